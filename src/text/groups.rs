//! The words of a caseload split into groups: one [`GroupWords`] per language, words as fields
//! and sentences with figures as functions over a named struct. Which sentence is said when is
//! `crate::present`'s. The suggested values come from `shared/reference/domain.md`, "Groups".

use serde::Serialize;

/// One group in the paragraph, each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct GroupLine<'a> {
    /// Its name as shown (its own, or "Groep 2").
    pub name: &'a str,
    /// Its clients.
    pub caseload: &'a str,
    /// Its share expected to leave within the period.
    pub share: &'a str,
}

/// What a link gave more of than a scenario holds.
#[derive(Clone, Copy, Debug)]
pub struct TooManyGroups<'a> {
    /// The scenario's name as shown; none in the single link.
    pub scenario: Option<&'a str>,
    /// How many groups the link gave.
    pub given: usize,
    /// How many count.
    pub max: usize,
}

/// A range on the exit given in the other unit than the exit: each part already written.
#[derive(Clone, Copy, Debug)]
pub struct OtherUnit<'a> {
    /// Whether the range is given as a count (the exit as a share), or the other way.
    pub range_as_count: bool,
    /// Its parameters' names: `exits_low, exits_high`.
    pub names: &'a str,
    /// The names that would fit: `exit_low, exit_high`.
    pub fitting: &'a str,
}

/// Every word and sentence of groups in one language.
#[derive(Serialize)]
pub struct GroupWords {
    /// The button that splits the caseload: "Splits in groepen".
    pub split: &'static str,
    /// Why one would, under the button.
    pub split_hint: &'static str,
    /// The heading of the groups in the form.
    pub title: &'static str,
    /// What the groups hold and what stays the scenario's, under the heading.
    pub intro: &'static str,
    /// Suggested values with their sources, and how a yearly chance converts to one within the
    /// period.
    pub hints: &'static str,
    /// A group's number as its label says it: "Groep 2".
    #[serde(skip)]
    pub group: fn(usize) -> String,
    /// The label of a group's name.
    pub name_label: &'static str,
    /// The placeholder hint of a group's name.
    pub name_hint: &'static str,
    /// Add a group.
    pub add: &'static str,
    /// Move a group up, down, and remove it.
    pub up: &'static str,
    /// Move a group down.
    pub down: &'static str,
    /// Remove a group.
    pub remove: &'static str,
    /// No more groups fit.
    #[serde(skip)]
    pub full: fn(usize) -> String,
    /// The heading of the per-group table.
    pub table_title: &'static str,
    /// Under the heading of the per-group table.
    pub table_intro: &'static str,
    /// The column of the groups' names.
    pub name_column: &'static str,
    /// The column of the caseload.
    pub caseload_column: &'static str,
    /// The totals row.
    pub total: &'static str,
    /// Said by the ranges with groups: which ranges count.
    pub ranges_set_aside: &'static str,
    /// A link with more groups than a scenario holds.
    #[serde(skip)]
    pub too_many: fn(&TooManyGroups) -> String,
    /// A single link with groups that also gave the scenario's own caseload, exit, work or
    /// deadweight.
    pub fields_beside_groups: &'static str,
    /// A single link with groups that also gave ranges on the scenario's own exit or deadweight.
    pub ranges_beside_groups: &'static str,
    /// A single link with a range on the exit in the unit the exit is not given in.
    #[serde(skip)]
    pub range_in_other_unit: fn(&OtherUnit) -> String,
    /// The paragraph: how many groups, before the groups.
    #[serde(skip)]
    pub summary_intro: fn(usize) -> String,
    /// The paragraph: one group.
    #[serde(skip)]
    pub summary_group: fn(&GroupLine) -> String,
}

/// Dutch.
pub const NL: GroupWords = GroupWords {
    split: "Splits in groepen",
    split_hint: "Wie kort in de bijstand zit, stroomt vaker uit dan wie er al jaren in zit. Met groepen \
        krijgt elke groep haar eigen aantal cliënten, uitstroom, aandeel werk en uitstroom zonder project.",
    title: "Groepen",
    intro: "Elke groep heeft haar eigen aantal cliënten, uitstroom, aandeel naar werk en uitstroom zonder \
        project; de looptijd, de kosten, de rekenperiode en de andere aannames gelden voor alle groepen. \
        De totalen tellen de groepen op.",
    hints: "Uitstroom zonder project, per jaar: 22% van wie korter dan een jaar in de bijstand zat en 8% \
        van wie er langer dan drie jaar in zat verliet de bijstand binnen een jaar (CBS 2008, over 2006; \
        een deel van het bestand); 44% uitstroomkans in het eerste jaar van wie instroomt (Divosa \
        benchmark 2016–2021; een instroomcohort, geen bestand). De uitstroom binnen de looptijd is een \
        kans over P maanden: een kans h per jaar wordt 1 − (1 − h)^(P/12), dus 22% per jaar is 31% \
        binnen 18 maanden en 8% per jaar 12%.",
    group: |n| format!("Groep {n}"),
    name_label: "Naam van de groep",
    name_hint: "Bijvoorbeeld: korter dan een jaar in de bijstand",
    add: "Groep toevoegen",
    up: "Omhoog",
    down: "Omlaag",
    remove: "Verwijderen",
    full: |max| format!("Er passen hoogstens {max} groepen in een scenario."),
    table_title: "Per groep",
    table_intro: "Wat elke groep bijdraagt aan de uitkomsten hierboven, met dezelfde aannames.",
    name_column: "Groep",
    caseload_column: "Cliënten",
    total: "Totaal",
    ranges_set_aside: "Met groepen heeft elke groep haar eigen bandbreedte op de uitstroom en op de \
        uitstroom zonder project; die op de uitkeringslasten, de terugval en de projectkosten gelden voor \
        alle groepen.",
    too_many: |t| match t.scenario {
        Some(name) => format!(
            "De link gaf het scenario ‘{}’ {} groepen; er passen er {}, dus de eerste {} tellen.",
            name, t.given, t.max, t.max
        ),
        None => format!("De link gaf {} groepen; er passen er {}, dus de eerste {} tellen.", t.given, t.max, t.max),
    },
    fields_beside_groups: "De link gaf naast groepen ook een eigen aantal cliënten, uitstroom, aandeel \
        werk of uitstroom zonder project; de groepen tellen.",
    ranges_beside_groups: "De link gaf naast groepen ook een bandbreedte op de uitstroom of de uitstroom \
        zonder project van het scenario zelf; met groepen hoort die bij elke groep (g= of group=), dus \
        die telt niet.",
    range_in_other_unit: |r| {
        let (range, exit) = if r.range_as_count { ("als aantal", "als percentage") } else { ("als percentage", "als aantal") };
        format!(
            "De link gaf een bandbreedte op de uitstroom {range} ({}), maar de uitstroom zelf {exit}; die bandbreedte telt niet. Geef haar in dezelfde eenheid ({}).",
            r.names, r.fitting
        )
    },
    summary_intro: |n| format!("De caseload bestaat uit {n} groepen: "),
    summary_group: |g| format!("de groep ‘{}’, {} cliënten, van wie {} uitstroomt", g.name, g.caseload, g.share),
};

/// English.
pub const EN: GroupWords = GroupWords {
    split: "Split into groups",
    split_hint: "Clients who have been on benefit for months leave more often than those on it for years. \
        With groups, each group has its own number of clients, exit, share to work and exit without the project.",
    title: "Groups",
    intro: "Each group has its own number of clients, exit, share to work and exit without the project; the \
        period, the costs, the horizon and the other assumptions apply to all groups. The totals add \
        the groups up.",
    hints: "Exit without the project, per year: 22% of those on benefit for less than a year and 8% of those \
        on it for over three years left within the year (CBS 2008, for 2006; a share of the stock); a 44% \
        exit chance in the first year of those who come in (Divosa benchmark 2016–2021; an inflow cohort, \
        not the stock). The exit within the period is a chance over P months: a chance h per year becomes \
        1 − (1 − h)^(P/12), so 22% a year is 31% within 18 months, and 8% a year 12%.",
    group: |n| format!("Group {n}"),
    name_label: "Name of the group",
    name_hint: "For example: on benefit for less than a year",
    add: "Add a group",
    up: "Up",
    down: "Down",
    remove: "Remove",
    full: |max| format!("A scenario holds at most {max} groups."),
    table_title: "By group",
    table_intro: "What each group adds to the results above, under the same assumptions.",
    name_column: "Group",
    caseload_column: "Clients",
    total: "Total",
    ranges_set_aside: "With groups, each group has its own range on the exit and on the exit without the \
        project; those on the benefit cost, the returns and the project cost apply to every group.",
    too_many: |t| match t.scenario {
        Some(name) => format!("The link gave the scenario ‘{}’ {} groups; {} fit, so the first {} count.", name, t.given, t.max, t.max),
        None => format!("The link gave {} groups; {} fit, so the first {} count.", t.given, t.max, t.max),
    },
    fields_beside_groups: "Beside groups, the link also gave the scenario's own number of clients, exit, \
        share to work or exit without the project; the groups count.",
    ranges_beside_groups: "Beside groups, the link also gave a range on the scenario's own exit or exit \
        without the project; with groups it belongs to each group (g= or group=), so it does not count.",
    range_in_other_unit: |r| {
        let (range, exit) = if r.range_as_count { ("as a count", "as a percentage") } else { ("as a percentage", "as a count") };
        format!(
            "The link gave a range on the exit {range} ({}), but the exit itself {exit}; that range does not count. Give it in the same unit ({}).",
            r.names, r.fitting
        )
    },
    summary_intro: |n| format!("The caseload is made up of {n} groups: "),
    summary_group: |g| format!("the group ‘{}’, {} clients, of whom {} leave", g.name, g.caseload, g.share),
};

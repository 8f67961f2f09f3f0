//! The words of the team as the project's cost and of the exits it takes to pay back: one
//! [`TeamWords`] per language, words as fields and sentences with figures as functions over a
//! named struct. Which sentence is said when is `crate::present`'s.

use serde::Serialize;

/// The team's cost in one line: each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct TeamSum<'a> {
    /// The extra coaches: `10,43`.
    pub coaches: &'a str,
    /// The cost of a coach a year.
    pub fte_cost: &'a str,
    /// The other project costs a year (K).
    pub other: &'a str,
    /// The project cost a year: the team's and the other costs.
    pub total: &'a str,
}

/// The exits it takes to pay back, in a sentence: each figure already written.
#[derive(Clone, Copy, Debug)]
pub struct BreakEvenExits<'a> {
    /// The exits needed, rounded up to a whole client.
    pub needed: &'a str,
    /// The caseload.
    pub caseload: &'a str,
    /// The exits needed as a share of the caseload.
    pub share: &'a str,
    /// The exits expected.
    pub expected: &'a str,
}

/// Every word and sentence of the team and the break-even exits in one language.
#[derive(Serialize)]
pub struct TeamWords {
    /// The label of K when a team is given: the other project costs.
    pub other_costs_label: &'static str,
    /// Shown for the team's figures when no team is given.
    pub no_team: &'static str,
    /// Shown for the break-even exits when even every client leaving does not pay back.
    pub not_within_horizon: &'static str,
    /// The unit of the extra coaches: `fte`.
    pub fte_unit: &'static str,
    /// The heading of the team and break-even in the method.
    pub method_title: &'static str,
    /// The formulas and what they weigh, a paragraph each.
    pub method: [&'static str; 3],
    /// The team's cost in one line.
    #[serde(skip)]
    pub sum: fn(&TeamSum) -> String,
    /// The exits it takes to pay back, beside the exits expected.
    #[serde(skip)]
    pub break_even: fn(&BreakEvenExits) -> String,
    /// Even every client leaving does not pay back (the caseload written).
    #[serde(skip)]
    pub never: fn(&str) -> String,
    /// A field that must be filled in because another is (the other's label).
    #[serde(skip)]
    pub needed_with: fn(&str) -> String,
    /// Clients per coach without the project not above those in it (the value written).
    #[serde(skip)]
    pub not_above: fn(&str) -> String,
}

/// Dutch.
pub const NL: TeamWords = TeamWords {
    other_costs_label: "Overige projectkosten",
    no_team: "geen team ingevuld",
    not_within_horizon: "niet binnen de rekenperiode",
    fte_unit: "fte",
    method_title: "Het team als kosten, en hoeveel er moeten uitstromen",
    method: [
        "Met een team: extra coaches = cliënten / cliënten per coach in het project − cliënten / \
        cliënten per coach zonder project (het tweede deel alleen als dat is ingevuld; met groepen \
        alle cliënten samen). Kosten van het team per jaar = extra coaches × kosten van een coach. \
        De projectkosten per jaar waarmee alles rekent = kosten van het team + overige projectkosten. \
        Een bandbreedte op de projectkosten blijft een bandbreedte op de overige kosten.",
        "Terugverdienen: het aantal uitstromers binnen de looptijd waarbij het netto resultaat over \
        de rekenperiode nul is, al het andere zoals ingevuld. Meer uitstroom geeft een hoger resultaat \
        (tenzij een loonkostensubsidie meer kost dan de uitkering), dus er is hoogstens één zo'n aantal; we zoeken het tot op een fractie van een \
        uitstromer en ronden het in de tekst naar boven af. Met groepen schalen we de uitstroom van \
        alle groepen met dezelfde factor (elke groep hoogstens al haar cliënten).",
        "Let op: projectkosten worden meestal betaald uit het participatiebudget of de algemene \
        middelen, niet uit de BUIG. Het netto resultaat weegt dus geld uit verschillende potten \
        tegen elkaar af.",
    ],
    sum: |s| format!("{} extra coaches × {} + {} overige kosten = {} per jaar", s.coaches, s.fte_cost, s.other, s.total),
    break_even: |b| {
        format!(
            "Om zich binnen de rekenperiode terug te verdienen moeten ten minste {} van de {} \
             cliënten ({}) tijdens de looptijd uitstromen; verwacht: {}.",
            b.needed, b.caseload, b.share, b.expected
        )
    },
    never: |caseload| {
        format!("Ook als alle {caseload} cliënten uitstromen, verdient het project zich niet terug binnen de rekenperiode.")
    },
    needed_with: |other| format!("Vul dit ook in: het hoort bij ‘{other}’, zonder allebei telt het team niet mee."),
    not_above: |min| format!("Moet groter zijn dan het aantal cliënten per coach in het project ({min})."),
};

/// English.
pub const EN: TeamWords = TeamWords {
    other_costs_label: "Other project costs",
    no_team: "no team entered",
    not_within_horizon: "not within the horizon",
    fte_unit: "FTE",
    method_title: "The team as the cost, and the exits it takes",
    method: [
        "With a team: extra coaches = clients / clients per coach in the project − clients / clients \
        per coach without the project (the second term only when given; with groups, all clients \
        together). The team's cost a year = extra coaches × the cost of a coach. The project cost a \
        year every figure uses = the team's cost + the other project costs. A range on the project \
        cost stays a range on the other costs.",
        "Paying back: the number of exits within the period at which the net result over the \
        horizon is zero, everything else as entered. More exits give a higher result (unless a \
        wage-cost subsidy costs more than the benefit), so there is at most one such number; we find it to a fraction of an exit and round it up in \
        the text. With groups, every group's exits are scaled by the same factor (each group at \
        most all its clients).",
        "Note: a project's cost is usually paid from the participation budget or the general fund, \
        not from the BUIG. The net result therefore weighs money from different pots.",
    ],
    sum: |s| format!("{} extra coaches × {} + {} other costs = {} per year", s.coaches, s.fte_cost, s.other, s.total),
    break_even: |b| {
        format!(
            "To pay back within the horizon, at least {} of the {} clients ({}) must leave during \
             the period; expected: {}.",
            b.needed, b.caseload, b.share, b.expected
        )
    },
    never: |caseload| format!("Even if all {caseload} clients leave, the project does not pay back within the horizon."),
    needed_with: |other| format!("Fill this in too: it goes with ‘{other}’; without both the team does not count."),
    not_above: |min| format!("Must be larger than the clients per coach in the project ({min})."),
};

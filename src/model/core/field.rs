//! The inputs of a scenario as the form and the page address know them: one [`Field`] per
//! input, and one row of [`Facts`] per field: its name in the link, its group, its number style,
//! the range it allows, each preset's value with its source, the values of the sources the page
//! recognises, and to which sets of inputs it belongs (optional, uncertain, each group's own, a
//! bundle such as the team). Every list of fields ([`Field::UNCERTAIN`], [`Field::PER_GROUP`],
//! [`Field::GROUP_RANGES`], [`Field::TEAM`]) is derived from these rows.
//!
//! Adding an input is a variant here (at the end: the address's order) and its one row of facts,
//! placed where it goes in the form (the compiler asks for both: every field has exactly one
//! row); its value in [`crate::model::input::Inputs`] with its check in
//! [`crate::model::input::validate`] (every `match` over a field is exhaustive, so the compiler
//! points there); its words in each language; and its use in the projection. See
//! `docs/architecture.md`.

use super::every::every;
use super::number::{month_index, NumberStyle};
use super::sources::Source;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantArray};

/// One input of a scenario. The order of [`Field::ALL`] is the order of the page address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumCount, VariantArray)]
pub enum Field {
    /// N: clients at the start of the project.
    Caseload,
    /// P: how long the project runs, in whole months.
    Period,
    /// E: percentage of the caseload expected to leave benefit within P.
    ExitShare,
    /// E as a number of clients: E = exits / N.
    Exits,
    /// W: percentage of the exits that are to work.
    Work,
    /// C: benefit cost per client per year, in euros.
    Cost,
    /// H: months to project, at least P.
    Horizon,
    /// B: percentage of the caseload that leaves per year without the project.
    Baseline,
    /// R: percentage of exits that come back on benefit within 12 months.
    Return,
    /// K: project cost per year while the project runs, in euros.
    ProjectCost,
    /// D: discount rate, percent per year.
    Discount,
    /// The project's first month, `2008-09`: month t = 1 of the projection. Last in the
    /// address, so that links written before it still read.
    Start,
    /// The municipality's inhabitants: how much of a lower spending its BUIG budget keeps
    /// (`budget.rs`). May stay empty: unknown. After the start in the address.
    Inhabitants,
    /// Clients per coach in the project: with [`Field::FteCost`], the team is the project's
    /// cost (`team.rs`). May stay empty: no team.
    PerCoach,
    /// Clients per coach without the project: the coaches the caseload has anyway. May stay
    /// empty: the whole team is extra.
    PerCoachRegular,
    /// The cost of one coach (FTE) a year, with employer costs and overhead. May stay empty.
    FteCost,
    /// s: percentage of the exits to work that are placements with a wage-cost subsidy
    /// (loonkostensubsidie) paid from the BUIG. With [`Field::SubsidyCost`]; may stay empty.
    Subsidised,
    /// L: the wage-cost subsidy a year for one placement. With [`Field::Subsidised`].
    SubsidyCost,
    /// Q: clients of the starting caseload who, through the project, work part-time beside
    /// their benefit by the end of the period. With [`Field::ParttimeSaving`]; may stay empty.
    Parttime,
    /// F: the benefit not paid a month for one part-timer. With [`Field::Parttime`].
    ParttimeSaving,
    /// X: what executing one benefit costs the municipality a year (staff for income and
    /// re-integration), saved for each client fewer on benefit. May stay empty: not counted.
    ExecutionCost,
    /// G: the net income a client gains a year by leaving benefit for work (negative: the
    /// poverty trap). May stay empty: not counted.
    IncomeGain,
}

/// The groups of the scenario form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum FormGroup {
    /// The project and its exits.
    Project,
    /// Money: benefit cost, project cost, discounting.
    Money,
    /// What the project is compared with, and how far ahead.
    Assumptions,
}

impl FormGroup {
    /// The groups, in form order.
    pub const ALL: [FormGroup; FormGroup::COUNT] = every(FormGroup::VARIANTS);
}

impl Field {
    /// Every field, in the order of the page address and the form.
    pub const ALL: [Field; Field::COUNT] = every(Field::VARIANTS);

    /// Every field in the order a user decides them, which the form (within its groups) and
    /// the report follow: the order of the rows of facts.
    pub const IN_FORM_ORDER: [Field; Field::COUNT] = {
        let mut order = [Field::Caseload; Field::COUNT];
        let mut i = 0;
        while i < Field::COUNT {
            order[i] = FACTS[i].field;
            i += 1;
        }
        order
    };

    /// The inputs that can have a range, in the form's order. Of `exit` and `exits`, the one
    /// the user typed in carries the range.
    pub const UNCERTAIN: [Field; Column::Uncertain.len()] = Column::Uncertain.fields();

    /// The inputs each group of a split caseload has its own of, in the form's order: with
    /// groups, the scenario's are the groups' totals.
    pub const PER_GROUP: [Field; Column::PerGroup.len()] = Column::PerGroup.fields();

    /// The inputs of a group that can have a range: its exit (in either unit) and its
    /// deadweight.
    pub const GROUP_RANGES: [Field; Column::GroupRanges.len()] = Column::GroupRanges.fields();

    /// The team's inputs, in the order of the form (`Bundle::Team`).
    pub const TEAM: [Field; Column::Team.len()] = Column::Team.fields();

    /// The bundle the field belongs to, if any: given together with its other inputs.
    pub fn bundle(self) -> Option<Bundle> {
        self.facts().bundle
    }

    /// The field's position in [`Field::ALL`], for tables indexed by field.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The field whose label names this field's value on its own (a range's row, a tornado
    /// bar): the exit share's for the count of exits, whose own label ("or as a number of
    /// exits") reads only beside the share.
    pub fn named_by(self) -> Field {
        if self == Field::Exits { Field::ExitShare } else { self }
    }

    /// Everything the page knows about the field, from its one row of facts.
    pub fn facts(self) -> &'static Facts {
        &FACTS[ROW_OF[self.index()]]
    }

    /// The name of the field in the page address and in its input's `name` attribute.
    pub fn link_name(self) -> &'static str {
        self.facts().link_name
    }

    /// The field whose link name is `name`, if any.
    pub fn from_link_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.link_name() == name)
    }

    /// The group of the form the field is in.
    pub fn group(self) -> FormGroup {
        self.facts().group
    }

    /// How the field's numbers are written.
    pub fn style(self) -> NumberStyle {
        self.facts().style
    }

    /// Whether it can have a range.
    pub fn is_uncertain(self) -> bool {
        self.facts().uncertain
    }

    /// Whether each group of a split caseload has its own.
    pub fn is_per_group(self) -> bool {
        self.facts().per_group
    }

    /// Whether it may stay empty, meaning unknown.
    pub fn is_optional(self) -> bool {
        self.facts().optional
    }

    /// The smallest and largest value the field allows, in the unit the user types. The number
    /// of exits is further bounded by the caseload (see `input::validate`).
    pub fn range(self) -> (f64, f64) {
        self.facts().range
    }
}

/// What the page knows about one input, in one place: its name in links and files, its group in
/// the form, how its numbers are written, the values it allows, the value of each preset with
/// its source, the values of the sources the page recognises with theirs, and the sets of inputs
/// it belongs to. Its words (label, unit, hint) are in each language's `Texts`, keyed by the
/// field.
#[derive(Debug)]
pub struct Facts {
    /// The field the row is of.
    pub field: Field,
    /// The name in the page address, the input's `name` attribute and a saved file's key.
    pub link_name: &'static str,
    /// The group of the form.
    pub group: FormGroup,
    /// How its numbers are written and read.
    pub style: NumberStyle,
    /// How a value is written with its unit in a sentence.
    pub unit: Unit,
    /// The smallest and largest value, in the unit the user types.
    pub range: (f64, f64),
    /// What each preset gives, as a user would type it; none for a field derived from another
    /// (the exit share, from the count of exits).
    pub presets: Option<Presets>,
    /// Values of `domain.md` a user may type, with their sources; a preset's own value and
    /// source come first.
    pub known: &'static [Known],
    /// Whether it may stay empty, meaning unknown (the inhabitants, the team): then it is no
    /// problem; a file leaves it out, and a set link writes an empty slot (see
    /// `document::set_link`).
    pub optional: bool,
    /// Whether it can have a range (a low and a high value around the expected one): the bands
    /// and the tornado draw it. Of `exit` and `exits`, the one the user typed in carries it.
    pub uncertain: bool,
    /// Whether each group of a split caseload has its own (then the scenario's is the groups'
    /// total), rather than the groups sharing the scenario's.
    pub per_group: bool,
    /// The inputs it is given together with, if any: one without the others is marked.
    pub bundle: Option<Bundle>,
}

/// Inputs that are given together and checked as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The team as the project's cost: clients per coach (with and without the project) and
    /// the cost of a coach.
    Team,
    /// Work with a wage-cost subsidy: the share of the exits to work placed with one, and its
    /// cost a year.
    Subsidy,
    /// Part-time work beside the benefit: the clients, and the benefit not paid for each.
    PartTime,
}

/// A set of fields that a column of the facts selects, for the lists derived from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Uncertain,
    PerGroup,
    GroupRanges,
    Team,
}

impl Column {
    /// Whether the row is in the set.
    const fn holds(self, row: &Facts) -> bool {
        match self {
            Column::Uncertain => row.uncertain,
            Column::PerGroup => row.per_group,
            Column::GroupRanges => row.per_group && row.uncertain,
            Column::Team => matches!(row.bundle, Some(Bundle::Team)),
        }
    }

    /// How many rows are in the set.
    const fn len(self) -> usize {
        let (mut n, mut i) = (0, 0);
        while i < Field::COUNT {
            if self.holds(&FACTS[i]) {
                n += 1;
            }
            i += 1;
        }
        n
    }

    /// The fields of the set in the form's order (the order of the rows); `N` is [`Column::len`].
    const fn fields<const N: usize>(self) -> [Field; N] {
        let mut out = [Field::Caseload; N];
        let (mut n, mut i) = (0, 0);
        while i < Field::COUNT {
            if self.holds(&FACTS[i]) {
                out[n] = FACTS[i].field;
                n += 1;
            }
            i += 1;
        }
        assert!(n == N, "a derived list of the wrong length");
        out
    }
}

/// How a value of a field is written with its unit in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A number and the field's unit word after it: `569 cliënten`, `18 maanden`.
    Word,
    /// An amount of money: `€ 15.000`.
    Euros,
    /// A percentage: `52,5%`.
    Percent,
    /// A calendar month: `september 2008`.
    Month,
}

/// A preset's value for one field, as typed, and where it comes from (none: an assumption of
/// the preset, or a neutral setting).
#[derive(Clone, Copy, Debug)]
pub struct Given(pub &'static str, pub Option<Source>);

/// The start of the empty preset where the page knows no date.
pub const EMPTY_START: &str = "2026-01";

/// Each preset's value for one field (read with `Preset::given`, in the input layer, which knows the
/// presets: this file knows none of them, so the two do not import each other).
#[derive(Clone, Copy, Debug)]
pub struct Presets {
    /// [`Preset::Schiedam`].
    pub schiedam: Given,
    /// [`Preset::Haarlem`].
    pub haarlem: Given,
    /// [`Preset::Empty`].
    pub empty: Given,
}

/// A value, or a span of values, of `domain.md` and its source.
#[derive(Clone, Copy, Debug)]
pub struct Known {
    /// The smallest value it covers.
    pub from: f64,
    /// The largest value it covers.
    pub to: f64,
    /// Where it comes from.
    pub source: Source,
}

impl Known {
    /// One value and its source.
    pub const fn value(value: f64, source: Source) -> Known {
        Known { from: value, to: value, source }
    }
    /// Whether `value` is one it covers: a single value to a billionth (so that a share computed
    /// back from a count still matches), a span as it is.
    pub fn covers(&self, value: f64) -> bool {
        if self.from == self.to { (value - self.from).abs() < 1e-9 } else { (self.from..=self.to).contains(&value) }
    }
}

/// The facts of every field, one row each (checked when compiling, [`ROW_OF`]), in the order of
/// the form: a new input's row goes where its field goes in the form.
/// The presets' figures come from the articles in `shared/reference/` (see `domain.md`).
const FACTS: [Facts; Field::COUNT] = {
    use FormGroup::{Assumptions, Money, Project};
    use NumberStyle::{Amount, Month, Percent, Whole};
    use Source::*;
    const PERCENT: (f64, f64) = (0.0, 100.0);
    const ZERO: Given = Given("0", None);
    const NOT_INCLUDED: &[Known] = &[Known::value(0.0, NotIncluded)];
    [
        Facts {
            field: Field::Caseload,
            link_name: "caseload",
            group: Project,
            style: Whole,
            unit: Unit::Word,
            range: (0.0, 1_000_000.0),
            presets: Some(Presets { schiedam: Given("569", Some(SchiedamArticle)), haarlem: Given("280", Some(HaarlemRelease)), empty: ZERO }),
            known: &[],
            optional: false,
            uncertain: false,
            per_group: true,
            bundle: None,
        },
        Facts {
            field: Field::Period,
            link_name: "period",
            group: Project,
            style: Whole,
            unit: Unit::Word,
            range: (1.0, 120.0),
            // Haarlem: 1997 to 2002, assumed (the press release gives no period).
            presets: Some(Presets { schiedam: Given("18", Some(SchiedamArticle)), haarlem: Given("60", Some(HaarlemPeriodAssumed)), empty: Given("12", None) }),
            known: &[],
            optional: false,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        // Derived from the count of exits in every preset.
        Facts { field: Field::ExitShare, link_name: "exit", group: Project, style: Percent, unit: Unit::Percent, range: PERCENT, presets: None, known: &[], optional: false, uncertain: true, per_group: true, bundle: None },
        Facts {
            field: Field::Exits,
            link_name: "exits",
            group: Project,
            style: Amount,
            unit: Unit::Word,
            range: (0.0, 1_000_000.0),
            // Haarlem: 85 working + 43 benefit ended.
            presets: Some(Presets { schiedam: Given("139", Some(SchiedamArticle)), haarlem: Given("128", Some(HaarlemExits)), empty: ZERO }),
            known: &[],
            optional: false,
            uncertain: true,
            per_group: true,
            bundle: None,
        },
        Facts {
            field: Field::Work,
            link_name: "work",
            group: Project,
            style: Percent,
            unit: Unit::Percent,
            range: PERCENT,
            // Schiedam: 73 / 139 = 52,5% to work. Haarlem: 85 / 128 = 66,40625%, exactly, so
            // that 85 comes out.
            presets: Some(Presets { schiedam: Given("52,5", Some(SchiedamWork)), haarlem: Given("66,40625", Some(HaarlemWork)), empty: ZERO }),
            known: &[],
            optional: false,
            uncertain: false,
            per_group: true,
            bundle: None,
        },
        Facts {
            field: Field::Start,
            link_name: "start",
            group: Project,
            style: Month,
            unit: Unit::Month,
            range: (month_index(1990, 1) as f64, month_index(2100, 12) as f64),
            // Schiedam started 1 September 2008. Haarlem started in 1997, the month unknown:
            // January assumed (the page says so). The empty preset starts this month when the
            // page applies it (`State`), which knows the date; `EMPTY_START` stands in where no
            // date is known (native tests).
            presets: Some(Presets { schiedam: Given("2008-09", Some(SchiedamArticle)), haarlem: Given("1997-01", Some(HaarlemStartAssumed)), empty: Given(EMPTY_START, None) }),
            known: &[],
            optional: false,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Cost,
            link_name: "cost",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 1_000_000.0),
            // Schiedam: 139 × 15.000 = 2.085.000 a year. Haarlem: none given, the macrobudget
            // of 2019 assumed.
            presets: Some(Presets { schiedam: Given("15000", Some(SchiedamArticle)), haarlem: Given("14400", Some(HaarlemCostAssumed)), empty: ZERO }),
            known: &[Known::value(14_400.0, Budget2019), Known::value(17_500.0, Derived2025)],
            optional: false,
            uncertain: true,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Subsidised,
            link_name: "subsidised",
            group: Money,
            style: Percent,
            unit: Unit::Percent,
            range: PERCENT,
            // The examples leave the routes empty: their articles count every exit as a whole
            // benefit.
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::Subsidy),
        },
        Facts {
            field: Field::SubsidyCost,
            link_name: "subsidy_cost",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 100_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[Known::value(16_700.0, SubsidyDerived2026)],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::Subsidy),
        },
        Facts {
            field: Field::Parttime,
            link_name: "parttime",
            group: Money,
            style: Whole,
            unit: Unit::Word,
            range: (0.0, 1_000_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::PartTime),
        },
        Facts {
            field: Field::ParttimeSaving,
            link_name: "parttime_saving",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 100_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[Known::value(367.0, ParttimeDivosa2019), Known::value(489.0, ParttimeDivosa2019)],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::PartTime),
        },
        Facts {
            field: Field::PerCoach,
            link_name: "per_coach",
            group: Money,
            style: Whole,
            unit: Unit::Word,
            range: (1.0, 1_000.0),
            // The examples leave the team empty: their articles give no caseload per coach.
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[Known { from: 25.0, to: 35.0, source: IntensiveCaseload }],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::Team),
        },
        Facts {
            field: Field::PerCoachRegular,
            link_name: "per_coach_regular",
            group: Money,
            style: Whole,
            unit: Unit::Word,
            range: (1.0, 1_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[Known::value(150.0, RegularCaseload)],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::Team),
        },
        Facts {
            field: Field::FteCost,
            link_name: "fte_cost",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 500_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: Some(Bundle::Team),
        },
        Facts {
            field: Field::ProjectCost,
            link_name: "project_cost",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 1_000_000_000.0),
            presets: Some(Presets { schiedam: ZERO, haarlem: ZERO, empty: ZERO }),
            known: NOT_INCLUDED,
            optional: false,
            uncertain: true,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Discount,
            link_name: "discount",
            group: Money,
            style: Percent,
            unit: Unit::Percent,
            range: PERCENT,
            presets: Some(Presets { schiedam: Given("2,25", None), haarlem: Given("2,25", None), empty: Given("2,25", None) }),
            known: &[Known::value(2.25, DiscountNorm)],
            optional: false,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Inhabitants,
            link_name: "inhabitants",
            group: Money,
            style: Whole,
            unit: Unit::Word,
            range: (1.0, 1_500_000.0),
            // The examples leave it unknown: their articles do not give it.
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        // Who pays and who gains: the examples leave both empty (their articles give neither).
        Facts {
            field: Field::ExecutionCost,
            link_name: "execution_cost",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (0.0, 20_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[Known::value(2_883.0, ExecutionBerenschot2019), Known::value(2_900.0, ExecutionBerenschot2019)],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::IncomeGain,
            link_name: "income_gain",
            group: Money,
            style: Amount,
            unit: Unit::Euros,
            range: (-20_000.0, 50_000.0),
            presets: Some(Presets { schiedam: Given("", None), haarlem: Given("", None), empty: Given("", None) }),
            known: &[
                Known::value(2_100.0, IncomeDivosa2019),
                Known::value(4_700.0, IncomeDivosa2019),
                Known::value(-1_000.0, IncomeDivosaBefore2015),
                Known::value(1_800.0, IncomeDivosaBefore2015),
            ],
            optional: true,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Baseline,
            link_name: "baseline",
            group: Assumptions,
            style: Percent,
            unit: Unit::Percent,
            range: PERCENT,
            presets: Some(Presets { schiedam: ZERO, haarlem: ZERO, empty: ZERO }),
            known: &[Known::value(8.0, Cbs2008), Known::value(23.0, DivosaBenchmark), Known::value(23.4, DivosaBenchmark), Known::value(0.0, NotIncluded)],
            optional: false,
            uncertain: true,
            per_group: true,
            bundle: None,
        },
        Facts {
            field: Field::Return,
            link_name: "return",
            group: Assumptions,
            style: Percent,
            unit: Unit::Percent,
            range: PERCENT,
            presets: Some(Presets { schiedam: ZERO, haarlem: ZERO, empty: ZERO }),
            known: &[Known::value(22.0, DivosaMonitor), Known { from: 12.0, to: 16.0, source: ReturnAfterWork }, Known::value(0.0, NotIncluded)],
            optional: false,
            uncertain: true,
            per_group: false,
            bundle: None,
        },
        Facts {
            field: Field::Horizon,
            link_name: "horizon",
            group: Assumptions,
            style: Whole,
            unit: Unit::Word,
            range: (1.0, 600.0),
            presets: Some(Presets { schiedam: Given("60", None), haarlem: Given("120", None), empty: Given("60", None) }),
            known: &[],
            optional: false,
            uncertain: false,
            per_group: false,
            bundle: None,
        },
    ]
};

/// The row of facts of each field, by the field's place in [`Field::ALL`]; building it checks,
/// when compiling, that every field has exactly one row.
const ROW_OF: [usize; Field::COUNT] = {
    let mut row = [usize::MAX; Field::COUNT];
    let mut i = 0;
    while i < Field::COUNT {
        let field = FACTS[i].field as usize;
        assert!(row[field] == usize::MAX, "a field with two rows of facts");
        row[field] = i;
        i += 1;
    }
    row
};

//! The sources of the values the page recognises (the articles of the presets and the figures
//! of `shared/reference/domain.md`), and the caveats of `domain.md` the paragraph ends with. Which value has which source is in each field's row of
//! facts (`field.rs`); each source's name is in each language's `Texts`.

use super::every::every;
use strum::{EnumCount, VariantArray};

/// Where an input's value comes from, when it is a figure of a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Source {
    /// Schiedam's article: caseload, period, exits, cost.
    SchiedamArticle,
    /// Schiedam: 73 of 139 to work.
    SchiedamWork,
    /// Haarlem's press release: the caseload.
    HaarlemRelease,
    /// Haarlem: 85 working + 43 benefit ended.
    HaarlemExits,
    /// Haarlem: 85 of 128 to work.
    HaarlemWork,
    /// Haarlem's period, assumed.
    HaarlemPeriodAssumed,
    /// Haarlem's cost, assumed.
    HaarlemCostAssumed,
    /// Haarlem's start: 1997, the month unknown, January assumed.
    HaarlemStartAssumed,
    /// The national budget of 2019 (Berenschot).
    Budget2019,
    /// Derived from the national budget of 2025.
    Derived2025,
    /// CBS 2008: over 3 years on assistance.
    Cbs2008,
    /// Divosa benchmark 2023.
    DivosaBenchmark,
    /// Divosa monitor 2014.
    DivosaMonitor,
    /// Divosa and CBS on returns after work.
    ReturnAfterWork,
    /// Werkgroep discontovoet 2020.
    DiscountNorm,
    /// A zero that leaves the effect out.
    NotIncluded,
    /// Intensive guidance: 25 to 35 clients a coach (Almere's trial, at most 25; its pilot,
    /// about 35).
    IntensiveCaseload,
    /// Regular guidance: about 150 clients a coach (svland.nl kennisbank).
    RegularCaseload,
    /// A full-time placement with a wage-cost subsidy at the average wage value of 51% (Divosa
    /// 2017), the 2026 minimum wage and the 23.5% employer allowance: about € 16.700 a year.
    SubsidyDerived2026,
    /// Part-time earnings beside the benefit: typically € 489 a month (Divosa, factsheet 2019);
    /// € 367 of it not paid while 25% is disregarded (article 31(2)(n), the rule of 2026).
    ParttimeDivosa2019,
    /// The execution of a benefit: € 2.883 a year on average over 30 municipalities, mainly
    /// staff for income and re-integration (Berenschot 2019, via consultancy.nl).
    ExecutionBerenschot2019,
    /// A single parent at the minimum wage: about € 2.100 a year more working 4 days, € 4.700
    /// working 5 days (Divosa 2019, via trouw.nl).
    IncomeDivosa2019,
    /// The same before 2015: −€ 1.000 and +€ 1.800, the poverty trap (Divosa 2019, via
    /// trouw.nl).
    IncomeDivosaBefore2015,
}

impl Source {
    /// Every source.
    pub const ALL: [Source; Source::COUNT] = every(Source::VARIANTS);
}

/// The caveat the pasted paragraph ends with: the one that matters most for the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Caveat {
    /// No deadweight given: the figure is gross.
    Deadweight,
    /// Deadweight given, no returns: not every exit lasts.
    Returns,
    /// Both given: a saved benefit is not always a saved budget.
    Budget,
}

impl Caveat {
    /// Every caveat.
    pub const ALL: [Caveat; Caveat::COUNT] = every(Caveat::VARIANTS);
}

//! The words of ranges, bands and the tornado: one [`UncertaintyWords`] per language, words as
//! fields and sentences with figures as functions over a small named struct, so a missing word
//! does not compile and figures cannot be swapped. Which sentence is said when, and how figures
//! are formatted, is decided in `crate::present`, not here.

use serde::Serialize;

/// A band in words: its low and high ends, already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct BandFigures<'a> {
    /// P10.
    pub low: &'a str,
    /// P90.
    pub high: &'a str,
}

/// The input that moves the net result most: its name mid-sentence, and the net result at its
/// low and at its high value, already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct MostSensitive<'a> {
    /// The input, as it reads mid-sentence.
    pub input: &'a str,
    /// The net result with the input at its low value.
    pub at_low: &'a str,
    /// The net result with the input at its high value.
    pub at_high: &'a str,
}

/// The chart's band in words: at the end of the project, the caseload with the project in 8 of
/// 10 draws, already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct ChartBand<'a> {
    /// The project's period.
    pub period: &'a str,
    /// P10 of the caseload then.
    pub low: &'a str,
    /// P90 of the caseload then.
    pub high: &'a str,
}

/// Every word and sentence of uncertainty in one language. The words serialise by name (the
/// tests compare the languages word by word); the sentences are functions.
#[derive(Serialize)]
pub struct UncertaintyWords {
    /// The one control that shows the ranges in the form.
    pub toggle: &'static str,
    /// What ranges are for, above them.
    pub intro: &'static str,
    /// Column: the input.
    pub input_column: &'static str,
    /// Column and label: the low value.
    pub low: &'static str,
    /// Column: the expected value (the form's).
    pub expected: &'static str,
    /// Column and label: the high value.
    pub high: &'static str,
    /// A low value above the expected one.
    pub low_above_expected: &'static str,
    /// A high value below the expected one.
    pub high_below_expected: &'static str,
    /// The heading of the bands in the results.
    pub title: &'static str,
    /// Said while the bands of the inputs on screen are being computed.
    pub pending: &'static str,
    /// Column: P10.
    pub p10: &'static str,
    /// Column: the median.
    pub p50: &'static str,
    /// Column: P90.
    pub p90: &'static str,
    /// The share of draws with a positive net result.
    pub net_positive: &'static str,
    /// How the bands were made, under them.
    pub draws_note: &'static str,
    /// The tornado's heading.
    pub tornado_title: &'static str,
    /// What the tornado shows.
    pub tornado_intro: &'static str,
    /// Column: the net result with the input at its low value.
    pub at_low: &'static str,
    /// Column: the net result with the input at its high value.
    pub at_high: &'static str,
    /// The chart's legend for the band.
    pub chart_band: &'static str,
    /// The comparison's column of the headline's band.
    pub comparison_band: &'static str,
    /// The method's heading.
    pub method_title: &'static str,
    /// The method, a paragraph each.
    pub method: [&'static str; 5],
    /// The headline's band: "in 8 of 10 draws between … and … a year".
    #[serde(skip)]
    pub band: fn(&BandFigures) -> String,
    /// The paragraph's band of the yearly saving, a sentence.
    #[serde(skip)]
    pub band_summary: fn(&BandFigures) -> String,
    /// The input that moves the net result most, a sentence.
    #[serde(skip)]
    pub most_sensitive: fn(&MostSensitive) -> String,
    /// The chart's band in words, a sentence.
    #[serde(skip)]
    pub chart_band_text: fn(&ChartBand) -> String,
}

/// DUTCH.
pub const NL: UncertaintyWords = UncertaintyWords {
    toggle: "Bandbreedtes: hoe zeker zijn de aannames?",
    intro: "Vul bij de onzekere aannames een laagste en een hoogste waarde in (één van beide mag leeg \
        blijven: dan telt de verwachte waarde). De rekenaar rekent het project 2.000 keer door met \
        waarden uit die bandbreedtes en laat zien waartussen de uitkomst meestal valt.",
    input_column: "Aanname",
    low: "Laag",
    expected: "Verwacht",
    high: "Hoog",
    low_above_expected: "De lage waarde ligt boven de verwachte waarde; vul een waarde in die niet hoger is.",
    high_below_expected: "De hoge waarde ligt onder de verwachte waarde; vul een waarde in die niet lager is.",
    title: "Bandbreedte van de uitkomsten",
    pending: "Bandbreedte wordt berekend …",
    p10: "Laag (P10)",
    p50: "Midden (P50)",
    p90: "Hoog (P90)",
    net_positive: "Doorrekeningen met een positief netto resultaat",
    draws_note: "2.000 doorrekeningen met waarden uit de bandbreedtes (driehoeksverdeling, elke aanname \
        los getrokken, vaste startwaarde: dezelfde link geeft dezelfde cijfers). P10: 1 op de 10 \
        doorrekeningen komt lager uit; P90: 1 op de 10 hoger.",
    tornado_title: "Welke aanname telt het zwaarst?",
    tornado_intro: "Het netto resultaat met één aanname op haar lage en op haar hoge waarde, de andere \
        op hun verwachte waarde. De breedste balk staat bovenaan.",
    at_low: "Netto resultaat bij laag",
    at_high: "Netto resultaat bij hoog",
    chart_band: "Bandbreedte met project (P10–P90)",
    comparison_band: "Besparing per jaar, bandbreedte (P10–P90)",
    method_title: "Bandbreedtes en gevoeligheid",
    method: [
        "Een aanname met een bandbreedte krijgt een laagste, een verwachte en een hoogste waarde. De \
         rekenaar trekt er 2.000 keer een waarde uit, volgens een driehoeksverdeling: waarden dicht bij \
         de verwachte waarde vaker dan waarden aan de randen. Elke trekking is een volledige \
         doorrekening van het project, maand voor maand.",
        "Elke aanname wordt los van de andere getrokken (onafhankelijk). Hangen aannames in werkelijkheid \
         samen, bijvoorbeeld een hoge uitstroom met weinig terugval, dan is de werkelijke bandbreedte \
         breder of smaller dan deze.",
        "Met groepen heeft elke groep haar eigen bandbreedte op de uitstroom en op de uitstroom zonder \
         project. In één trekking bewegen de groepen samen: elke groep neemt hetzelfde punt van haar \
         eigen bandbreedte (hetzelfde kwantiel), want het is één project met één onzeker effect: een \
         project dat beter werkt, werkt beter voor iedereen die het bedient. Dat geeft een bredere, \
         eerlijkere band dan groepen los van elkaar trekken, waarbij meevallers en tegenvallers elkaar \
         ten onrechte zouden uitmiddelen. De tornado heeft dan één balk voor de uitstroom (alle groepen \
         op hun laagste, dan op hun hoogste waarde) en één voor de uitstroom zonder project.",
        "Van de 2.000 uitkomsten geven we de percentielen: P10 (1 op de 10 doorrekeningen komt lager \
         uit), P50 (de middelste) en P90 (1 op de 10 hoger). 'In 8 van de 10 doorrekeningen' is de \
         ruimte tussen P10 en P90; het is geen garantie, maar de redelijke bandbreedte die de \
         werkwijzer voor maatschappelijke kosten-batenanalyses vraagt. De trekkingen beginnen bij een \
         vaste startwaarde (SplitMix64), zodat een link overal dezelfde cijfers geeft.",
        "De gevoeligheid (tornado): het netto resultaat met één aanname op haar lage en op haar hoge \
         waarde en de andere op hun verwachte waarde. De aanname met de breedste balk bepaalt de \
         uitkomst het meest; daar loont het om beter te onderbouwen.",
    ],
    band: |f| format!("In 8 van de 10 doorrekeningen tussen {} en {} per jaar.", f.low, f.high),
    band_summary: |f| {
        format!("Met de opgegeven bandbreedtes ligt de besparing in 8 van de 10 doorrekeningen tussen {} en {} per jaar. ", f.low, f.high)
    },
    most_sensitive: |f| {
        format!(
            "De aanname die het netto resultaat het meest beweegt is {}: van {} bij de lage tot {} bij de hoge waarde. ",
            f.input, f.at_low, f.at_high
        )
    },
    chart_band_text: |f| {
        format!(
            "De band rond de lijn met project toont 8 van de 10 doorrekeningen: na {} tussen {} en {} cliënten in de bijstand.",
            f.period, f.low, f.high
        )
    },
};

/// ENGLISH.
pub const EN: UncertaintyWords = UncertaintyWords {
    toggle: "Ranges: how sure are the assumptions?",
    intro: "For the uncertain assumptions, enter a lowest and a highest value (either may stay empty: \
        the expected value then counts). The calculator runs the project 2,000 times with values from \
        those ranges and shows where the outcome usually falls.",
    input_column: "Assumption",
    low: "Low",
    expected: "Expected",
    high: "High",
    low_above_expected: "The low value is above the expected value; enter a value that is not higher.",
    high_below_expected: "The high value is below the expected value; enter a value that is not lower.",
    title: "Range of outcomes",
    pending: "Computing the range …",
    p10: "Low (P10)",
    p50: "Middle (P50)",
    p90: "High (P90)",
    net_positive: "Runs with a positive net result",
    draws_note: "2,000 runs with values from the ranges (triangular distribution, each assumption drawn \
        on its own, fixed seed: the same link gives the same figures). P10: 1 in 10 runs comes out \
        lower; P90: 1 in 10 higher.",
    tornado_title: "Which assumption matters most?",
    tornado_intro: "The net result with one assumption at its low and at its high value, the others at \
        their expected values. The widest bar is at the top.",
    at_low: "Net result at low",
    at_high: "Net result at high",
    chart_band: "Range with the project (P10–P90)",
    comparison_band: "Savings per year, range (P10–P90)",
    method_title: "Ranges and sensitivity",
    method: [
        "An assumption with a range has a lowest, an expected and a highest value. The calculator draws \
         a value from it 2,000 times, from a triangular distribution: values near the expected value \
         more often than values at the edges. Every draw is a full run of the project, month by month.",
        "Each assumption is drawn independently of the others. Where assumptions go together in reality, \
         say a high exit rate with few returns, the real range is wider or narrower than this one.",
        "With groups, each group has its own range on the exit and on the exit without the project. In \
         one draw the groups move together: every group takes the same point of its own range (the \
         same quantile), because it is one project with one uncertain effect: a project that works \
         better works better for everyone it serves. That gives a wider, more honest band than drawing \
         the groups independently, where good and bad luck would wrongly average out. The tornado then \
         has one bar for the exit (all groups at their lowest, then at their highest value) and one for \
         the exit without the project.",
        "Of the 2,000 outcomes we give the percentiles: P10 (1 in 10 runs comes out lower), P50 (the \
         middle one) and P90 (1 in 10 higher). 'In 8 of 10 runs' is the space between P10 and P90; it \
         is no guarantee, but the sensible range that Dutch guidance for social cost-benefit analysis \
         asks for. The draws start from a fixed seed (SplitMix64), so a link gives the same figures \
         everywhere.",
        "The sensitivity (tornado): the net result with one assumption at its low and at its high value \
         and the others at their expected values. The assumption with the widest bar drives the outcome \
         most; that is where better evidence pays.",
    ],
    band: |f| format!("In 8 of 10 runs between {} and {} a year.", f.low, f.high),
    band_summary: |f| {
        format!("With the ranges given, the saving lies between {} and {} a year in 8 of 10 runs. ", f.low, f.high)
    },
    most_sensitive: |f| {
        format!(
            "The assumption that moves the net result most is {}: from {} at its low to {} at its high value. ",
            f.input, f.at_low, f.at_high
        )
    },
    chart_band_text: |f| {
        format!(
            "The band around the line with the project shows 8 of 10 runs: after {} between {} and {} clients on benefit.",
            f.period, f.low, f.high
        )
    },
};

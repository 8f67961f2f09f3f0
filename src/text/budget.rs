//! The words of what the BUIG budget keeps: one [`BudgetWords`] per language, words as fields
//! and sentences with figures as functions over a named struct. Which sentence is said when is
//! `crate::present`'s.

use super::Keyed;
use crate::model::results::BudgetMetric;
use serde::Serialize;

/// What the budget keeps, in a sentence: each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct BudgetKept<'a> {
    /// The inhabitants.
    pub inhabitants: &'a str,
    /// The share of the budget that follows own spending.
    pub share: &'a str,
    /// The saving on benefits over the horizon, undiscounted.
    pub saving: &'a str,
    /// The part of it settled with the budget two years later, within the horizon.
    pub reduction: &'a str,
    /// The first year a reduction falls in.
    pub from_year: &'a str,
    /// What the municipality keeps.
    pub kept: &'a str,
}

/// Every word and sentence of the budget view in one language.
#[derive(Serialize)]
pub struct BudgetWords {
    /// The heading of the budget table.
    pub title: &'static str,
    /// What the table shows, under its heading.
    pub intro: &'static str,
    /// The columns.
    pub columns: Keyed<BudgetMetric>,
    /// Said instead of figures while the inhabitants are unknown.
    pub ask: &'static str,
    /// An unknown number of inhabitants, in the report's inputs.
    pub unknown: &'static str,
    /// The link to the rule and its sources.
    pub rule_link: &'static str,
    /// The heading of the rule in the method.
    pub method_title: &'static str,
    /// The rule, its sources and the caveats that stay caveats, a paragraph each.
    pub method: [&'static str; 4],
    /// Fully historic: the whole saving comes back as a lower budget two years later.
    #[serde(skip)]
    pub historic: fn(&BudgetKept) -> String,
    /// A mix: part of the saving comes back.
    #[serde(skip)]
    pub mixed: fn(&BudgetKept) -> String,
    /// Some of the budget follows own spending, but no saving is settled within the horizon.
    #[serde(skip)]
    pub after_horizon: fn(&BudgetKept) -> String,
    /// Fully objective: the municipality keeps the whole saving.
    #[serde(skip)]
    pub objective: fn(&BudgetKept) -> String,
}

/// Dutch.
pub const NL: BudgetWords = BudgetWords {
    title: "Wat houdt het BUIG-budget?",
    intro: "Per kalenderjaar: de besparing op uitkeringen, het deel daarvan dat twee jaar later met \
        het BUIG-budget wordt verrekend, en wat de gemeente houdt. Niet contant, en niets na de \
        rekenperiode.",
    columns: Keyed(|metric| match metric {
        BudgetMetric::Saving => "Besparing op uitkeringen",
        BudgetMetric::BudgetReduction => "Lager budget (twee jaar later)",
        BudgetMetric::Kept => "Houdt de gemeente",
    }),
    ask: "Vul het aantal inwoners van de gemeente in om te zien wat het BUIG-budget van de besparing houdt.",
    unknown: "onbekend",
    rule_link: "Hoe werkt de regel?",
    method_title: "Wat het BUIG-budget houdt",
    method: [
        "Het BUIG-budget van een kleine gemeente volgt haar eigen uitgaven aan uitkeringen van twee \
        jaar eerder; dat van een grote gemeente het objectieve verdeelmodel, waar haar eigen \
        uitgaven niets aan veranderen; daartussen een lineaire mix. Het deel dat de eigen uitgaven \
        volgt is 1 onder 15.000 inwoners, 0 vanaf 40.000 en (40.000 − inwoners) / 25.000 daartussen \
        (Besluit Participatiewet, artikel 1, onderdeel f, voor de twee jaar; artikel 2, derde lid, \
        voor de grenzen en artikel 4, eerste lid, voor de mix; de grens van 15.000 geldt sinds 2015, \
        daarvoor 25.000).",
        "Zo wordt het budget van jaar J lager met dat deel × de besparing in jaar J − 2, en houdt de \
        gemeente de rest. Een gemeente van 12.000 inwoners die in 2027 € 500.000 minder uitgeeft, \
        krijgt in 2029 € 500.000 minder budget: zij wint tijd, geen geld. Een gemeente van 120.000 \
        inwoners houdt alles. Wat na de rekenperiode valt, telt niet mee.",
        "Wat een voorbehoud blijft: het macrobudget volgt het landelijke aantal uitkeringen, dus een \
        grote stad geeft via het macrobudget een deel van haar besparing terug. Een gemeente met een \
        tekort van meer dan 7,5% van haar budget (5% onder de verruimde regels) krijgt een \
        vangnetuitkering, wat het beeld verandert. En loonkostensubsidies komen uit hetzelfde budget.",
        "Bronnen: Besluit Participatiewet (wetten.overheid.nl, BWBR0020183); Besluit van 26 september \
        2014 over het nieuwe verdeelmodel (Staatsblad 2014, 344); de drempels van 15.000 en 40.000 \
        inwoners en de mix in artikelen 2 tot en met 4 van de geconsolideerde tekst van januari 2015. \
        Wat we waar hebben nagelezen, staat in docs/computing.md bij de broncode.",
    ],
    historic: |f| format!(
        "Bij {} inwoners volgt het BUIG-budget de eigen uitgaven van twee jaar eerder: van de besparing \
         van {} wordt vanaf {} {} met het budget verrekend; de gemeente houdt {} over de rekenperiode. ",
        f.inhabitants, f.saving, f.from_year, f.reduction, f.kept
    ),
    mixed: |f| format!(
        "Bij {} inwoners volgt het BUIG-budget voor {} de eigen uitgaven van twee jaar eerder: van de \
         besparing van {} wordt vanaf {} {} met het budget verrekend; de gemeente houdt {} over de \
         rekenperiode. ",
        f.inhabitants, f.share, f.saving, f.from_year, f.reduction, f.kept
    ),
    after_horizon: |f| format!(
        "Bij {} inwoners volgt het BUIG-budget voor {} de eigen uitgaven van twee jaar eerder, maar de \
         verrekening valt na de rekenperiode: daarbinnen houdt de gemeente de hele besparing van {}. ",
        f.inhabitants, f.share, f.kept
    ),
    objective: |f| format!(
        "Bij {} inwoners volgt het BUIG-budget het objectieve verdeelmodel: de gemeente houdt de hele \
         besparing van {} over de rekenperiode. ",
        f.inhabitants, f.kept
    ),
};

/// English.
pub const EN: BudgetWords = BudgetWords {
    title: "What does the BUIG budget keep?",
    intro: "By calendar year: the saving on benefits, the part of it settled with the BUIG budget two \
        years later, and what the municipality keeps. Undiscounted, and nothing after the horizon.",
    columns: Keyed(|metric| match metric {
        BudgetMetric::Saving => "Saving on benefits",
        BudgetMetric::BudgetReduction => "Lower budget (two years later)",
        BudgetMetric::Kept => "Kept by the municipality",
    }),
    ask: "Enter the municipality's number of inhabitants to see what the BUIG budget keeps of the saving.",
    unknown: "unknown",
    rule_link: "How does the rule work?",
    method_title: "What the BUIG budget keeps",
    method: [
        "The BUIG budget of a small municipality follows its own spending on benefits two years \
        earlier; that of a large one the objective distribution model, which its own spending does \
        not move; in between, a linear mix. The share that follows own spending is 1 below 15,000 \
        inhabitants, 0 from 40,000 and (40,000 − inhabitants) / 25,000 in between (Besluit \
        Participatiewet, article 1 (f) for the two years; article 2 (3) for the thresholds and article \
        4 (1) for the mix; the threshold of 15,000 applies since 2015, 25,000 before).",
        "So the budget of year Y is lower by that share × the saving in year Y − 2, and the \
        municipality keeps the rest. A municipality of 12,000 inhabitants that spends €500,000 less in \
        2027 gets a budget €500,000 lower in 2029: it gains time, not money. One of 120,000 keeps it \
        all. What falls after the horizon is not counted.",
        "What stays a caveat: the national budget follows the national caseload, so a large city \
        gives part of its saving back through the national budget. A municipality with a deficit of \
        more than 7.5% of its budget (5% under the extended rules) receives a safety-net payment \
        (vangnetuitkering), which changes the picture. And wage subsidies come out of the same budget.",
        "Sources: Besluit Participatiewet (wetten.overheid.nl, BWBR0020183); the decree of 26 September \
        2014 on the new distribution model (Staatsblad 2014, 344); the thresholds of 15,000 and 40,000 \
        inhabitants and the mix in articles 2 to 4 of its consolidated text of January 2015. What we \
        checked where is in docs/computing.md beside the source code.",
    ],
    historic: |f| format!(
        "With {} inhabitants the BUIG budget follows the municipality's own spending of two years \
         earlier: of the saving of {}, {} is settled with the budget from {}; the municipality keeps {} \
         over the horizon. ",
        f.inhabitants, f.saving, f.reduction, f.from_year, f.kept
    ),
    mixed: |f| format!(
        "With {} inhabitants {} of the BUIG budget follows the municipality's own spending of two years \
         earlier: of the saving of {}, {} is settled with the budget from {}; the municipality keeps {} \
         over the horizon. ",
        f.inhabitants, f.share, f.saving, f.reduction, f.from_year, f.kept
    ),
    after_horizon: |f| format!(
        "With {} inhabitants {} of the BUIG budget follows the municipality's own spending of two years \
         earlier, but the settling falls after the horizon: within it the municipality keeps the whole \
         saving of {}. ",
        f.inhabitants, f.share, f.kept
    ),
    objective: |f| format!(
        "With {} inhabitants the BUIG budget follows the objective distribution model: the \
         municipality keeps the whole saving of {} over the horizon. ",
        f.inhabitants, f.kept
    ),
};

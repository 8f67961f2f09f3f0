//! The words of the routes out of benefit (issue 38): work with a wage-cost subsidy and
//! part-time work beside the benefit. One [`RouteWords`] per language, words as fields and
//! sentences with figures as functions over a named struct; which sentence is said when is
//! `crate::present`'s.

use serde::Serialize;

/// What the saving a year is made of when a route is used, each figure already written in the
/// page's language; the figures add up to the saving a year as the page shows it.
#[derive(Clone, Copy, Debug)]
pub struct RouteSum<'a> {
    /// The benefits not paid a year for the exits, Δ(P) × C.
    pub benefit: &'a str,
    /// The clients fewer on benefit at the end of the period, Δ(P).
    pub fewer: &'a str,
    /// The wage-cost subsidies a year, when subsidised placements are given.
    pub subsidy: Option<&'a str>,
    /// The part-timers' saving a year and how many they are, when given.
    pub parttime: Option<(&'a str, &'a str)>,
}

/// Every word and sentence of the routes in one language.
#[derive(Serialize)]
pub struct RouteWords {
    /// The heading of the routes in the method.
    pub method_title: &'static str,
    /// The formulas, the sources and assumptions, the budget rule and what stays a caveat, a
    /// paragraph each.
    pub method: [&'static str; 4],
    /// What the saving a year is made of: `€ 2.085.000 minder uitkering voor 139 cliënten − …`.
    #[serde(skip)]
    pub sum: fn(&RouteSum) -> String,
    /// The paragraph's sentence on the saving a year with its routes (the saving, then the sum).
    #[serde(skip)]
    pub summary: fn(&str, &RouteSum) -> String,
    /// Said in the paragraph with the budget when subsidies are given: they have their own part
    /// of the BUIG, which the calculator does not count.
    pub budget_note: &'static str,
    /// A field of a route that must be filled in because its other field is (the other's label).
    #[serde(skip)]
    pub needed_with: fn(&str) -> String,
}

/// The sum in Dutch, for the headline and the paragraph.
fn sum_nl(s: &RouteSum) -> String {
    let mut out = format!("{} minder uitkering voor {} cliënten", s.benefit, s.fewer);
    if let Some(subsidy) = s.subsidy {
        out.push_str(&format!(" − {subsidy} loonkostensubsidie"));
    }
    if let Some((saving, clients)) = s.parttime {
        out.push_str(&format!(" + {saving} minder uitkering aan {clients} deeltijdwerkers"));
    }
    out
}

/// The sum in English.
fn sum_en(s: &RouteSum) -> String {
    let mut out = format!("{} less benefit for {} clients", s.benefit, s.fewer);
    if let Some(subsidy) = s.subsidy {
        out.push_str(&format!(" − {subsidy} in wage-cost subsidies"));
    }
    if let Some((saving, clients)) = s.parttime {
        out.push_str(&format!(" + {saving} less benefit for {clients} part-timers"));
    }
    out
}

/// Dutch.
pub const NL: RouteWords = RouteWords {
    method_title: "Routes uit de uitkering: loonkostensubsidie en deeltijdwerk",
    method: [
        "Met loonkostensubsidie: van de uitstroom naar werk (W) werkt een deel s met \
        loonkostensubsidie, die de gemeente uit hetzelfde BUIG-budget betaalt, L per plaatsing per \
        jaar. Zolang een cliënt uit de uitkering is, kost zijn plaatsing dus de subsidie: de besparing \
        per maand = verschil × (uitkeringslasten − W × s × L) / 12. Het gesubsidieerde deel geldt voor \
        het hele verschil, terugval inbegrepen; met groepen telt elke groep met haar eigen W. \
        Deeltijdwerk naast de uitkering is geen uitstroom: Q cliënten gaan gelijkmatig over de \
        looptijd in deeltijd werken en blijven dat tot het einde van de rekenperiode, elk F per maand \
        minder uitkering: Q × min(t, looptijd) / looptijd × F in maand t. Besparing per jaar = \
        verschil aan het einde van de looptijd × (uitkeringslasten − W × s × L) + 12 × Q × F.",
        "Bronnen en aannames: loonkostensubsidie is het wettelijk minimumloon min de loonwaarde plus \
        23,5% werkgeverslasten; bij de gemiddelde loonwaarde van 51% (Divosa 2017) en het minimumloon \
        van 2026 ca. € 16.700 per jaar voltijds (afgeleid), ongeveer een bijstandsuitkering voor een \
        alleenstaande. In 2022 werkten ca. 33.000 mensen met loonkostensubsidie (gemeente.nu, 2024). \
        Ca. 8% van de bijstandsontvangers werkt in deeltijd, meestal voor ca. € 489 per maand \
        (Divosa, factsheet 2019); met de vrijlating van 25% (art. 31 lid 2 onder n Participatiewet, de \
        regel van 2026, hoogstens 6 maanden) is dat € 367 minder uitkering, daarna € 489. Een \
        gemiddelde subsidie per plaatsing of de duur ervan vonden we niet gepubliceerd.",
        "Budget: sinds Stb. 2021, 442 tellen loonkostensubsidies niet mee in de eigen uitgaven die het \
        BUIG-budget volgt. De budgetverlaging van een jaar is daarom het historische deel × de \
        uitkeringen die twee jaar eerder niet zijn betaald (de besparing plus de loonkostensubsidie van \
        dat jaar). Loonkostensubsidies hebben een eigen deel van de BUIG, verdeeld naar de \
        gerealiseerde loonkostensubsidies van elke gemeente in het jaar ervoor (Stb. 2023, 312); dat \
        deel telt de rekenaar niet mee.",
        "Blijft een kanttekening: vrijwilligerswerk, een opleiding en een baan waarbij de uitkering \
        doorloopt zijn geen uitstroom en besparen niets, of alleen een deel; tel ze niet als \
        uitstroom. De regels voor wat iemand van zijn verdiensten mag houden veranderen per 1 januari \
        2027 (art. 34a, Participatiewet in balans); het bedrag en de duur daarvan vonden we nog niet. \
        Met een loonkostensubsidie die hoger is dan de uitkering kost meer uitstroom naar werk de BUIG \
        meer dan ze bespaart; terugverdienen kan dan alleen bij minder uitstroom.",
    ],
    sum: sum_nl,
    summary: |saving, s| format!("Dat geeft een structurele besparing op de uitkeringslasten van {saving} per jaar: {}. ", sum_nl(s)),
    budget_note: "Loonkostensubsidies tellen niet mee in de eigen uitgaven die het budget volgt; ze hebben een \
        eigen deel van de BUIG, verdeeld naar de gerealiseerde loonkostensubsidies van het jaar ervoor, dat \
        deze berekening niet meetelt. ",
    needed_with: |other| format!("Vul dit ook in: het hoort bij ‘{other}’, zonder allebei telt deze route niet mee."),
};

/// English.
pub const EN: RouteWords = RouteWords {
    method_title: "Routes out of benefit: wage-cost subsidies and part-time work",
    method: [
        "With a wage-cost subsidy: of the exits to work (W) a share s works with a wage-cost subsidy \
        (loonkostensubsidie), which the municipality pays from the same BUIG budget, L a placement a \
        year. While a client is off benefit, the placement costs its subsidy: the saving a month = \
        difference × (benefit cost − W × s × L) / 12. The subsidised share applies to the whole \
        difference, returns included; with groups each group counts with its own W. Part-time work \
        beside the benefit is not an exit: Q clients start working part-time evenly over the period \
        and keep working to the end of the horizon, each F a month less benefit: Q × min(t, period) / \
        period × F in month t. Saving a year = the difference at the end of the period × (benefit \
        cost − W × s × L) + 12 × Q × F.",
        "Sources and assumptions: a wage-cost subsidy is the statutory minimum wage less the wage \
        value plus 23.5% employer costs; at the average wage value of 51% (Divosa 2017) and the 2026 \
        minimum wage about €16,700 a year full-time (derived), about a single person's benefit. \
        About 33,000 people worked with a wage-cost subsidy in 2022 (gemeente.nu, 2024). About 8% of \
        recipients work part-time, typically for about €489 a month (Divosa, factsheet 2019); with \
        25% disregarded (article 31(2)(n) Participatiewet, the rule of 2026, at most 6 months) that is \
        €367 less benefit, €489 after. We found no published average subsidy per placement or its \
        duration.",
        "Budget: since Stb. 2021, 442 wage-cost subsidies are not part of the own spending the BUIG \
        budget follows. A year's budget reduction is therefore the historic share × the benefits not \
        paid two years earlier (the saving plus that year's wage-cost subsidies). The subsidies have \
        their own part of the BUIG, distributed on each municipality's realised subsidies of the year \
        before (Stb. 2023, 312); the calculator does not count that part.",
        "What stays a caveat: volunteer work, training and a job that leaves the benefit running are \
        not exits and save nothing, or only part of it; do not count them as exits. The rules for \
        what a client may keep of their earnings change on 1 January 2027 (article 34a, \
        Participatiewet in balans); we have not yet found its amount and duration. With a wage-cost \
        subsidy above the benefit, more exits to work cost the BUIG more than they save; paying back \
        is then possible only with fewer exits.",
    ],
    sum: sum_en,
    summary: |saving, s| format!("That gives a structural saving on benefits of {saving} a year: {}. ", sum_en(s)),
    budget_note: "Wage-cost subsidies do not count as the own spending the budget follows; they have their own \
        part of the BUIG, distributed on the realised subsidies of the year before, which this calculation \
        does not count. ",
    needed_with: |other| format!("Fill this in too: it goes with ‘{other}’; without both this route does not count."),
};

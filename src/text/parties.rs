//! The words of who pays and who gains (issue 39): the table by pocket, what it does not count,
//! its method and the paragraph's sentence. One [`PartyWords`] per language, words as fields and
//! sentences with figures as functions over a named struct; which sentence is said when is
//! `crate::present`'s.

use super::Keyed;
use crate::model::results::{Party, PartyMetric};
use serde::Serialize;

/// The paragraph's sentence on the pockets, each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct PocketSentence<'a> {
    /// The project's cost to the municipality, discounted; none without project cost.
    pub cost: Option<&'a str>,
    /// What the BUIG saves, discounted (`savings_total`).
    pub buig: &'a str,
    /// The execution not spent, discounted, when counted.
    pub execution: Option<&'a str>,
    /// The clients' income over the horizon, discounted, as an amount (no sign), and whether
    /// it is a gain; none when not counted.
    pub clients: Option<(&'a str, bool)>,
}

/// What the budget rule takes back, in a sentence beside the table (undiscounted, from the
/// budget table).
#[derive(Clone, Copy, Debug)]
pub struct BudgetTakes<'a> {
    /// The budget reduction over the horizon.
    pub reduction: &'a str,
    /// What the municipality keeps of the saving on benefits.
    pub kept: &'a str,
}

/// Every word and sentence of the table by pocket in one language.
#[derive(Serialize)]
pub struct PartyWords {
    /// The table's heading.
    pub title: &'static str,
    /// What the table shows, under its heading.
    pub intro: &'static str,
    /// The party of a row.
    pub party: Keyed<Party>,
    /// What a row's party is, in a few words beside its name.
    pub party_note: Keyed<Party>,
    /// The columns.
    pub columns: Keyed<PartyMetric>,
    /// The first column's heading.
    pub party_column: &'static str,
    /// The total's row.
    pub total: &'static str,
    /// Said in the municipality's row without the execution cost.
    pub not_counted: &'static str,
    /// The clients' row is left out: how to count it.
    pub clients_ask: &'static str,
    /// The heading of what the table does not count.
    pub outside_title: &'static str,
    /// With the inhabitants: what the budget rule takes back of the BUIG's saving.
    #[serde(skip)]
    pub budget_takes: fn(&BudgetTakes) -> String,
    /// Without the inhabitants: that the budget rule is not counted.
    pub budget_unknown: &'static str,
    /// The state's taxes, premiums and allowances: not counted, no figure found, where we looked.
    pub state: &'static str,
    /// The societal view: a benefit is a transfer; what counts there.
    pub society: &'static str,
    /// The link to the method's section with the formulas and sources.
    pub method_link: &'static str,
    /// The heading of the method's section.
    pub method_title: &'static str,
    /// The formulas and sources, a paragraph each.
    pub method: [&'static str; 3],
    /// The CSV button.
    pub csv: &'static str,
    /// The paragraph's sentence.
    #[serde(skip)]
    pub sentence: fn(&PocketSentence) -> String,
}

/// The paragraph's sentence in Dutch: its clauses joined by semicolons.
fn sentence_nl(s: &PocketSentence) -> String {
    let mut clauses = Vec::new();
    if let Some(cost) = s.cost {
        clauses.push(format!("het project kost de gemeente {cost} uit het participatiebudget"));
    }
    clauses.push(format!("de BUIG bespaart {}", s.buig));
    if let Some(execution) = s.execution {
        clauses.push(format!("lagere uitvoeringskosten schelen de gemeente {execution}"));
    }
    if let Some((amount, gain)) = s.clients {
        let way = if gain { "vooruit" } else { "achteruit" };
        clauses.push(format!("de cliënten gaan er over de rekenperiode samen {amount} op {way}"));
    }
    format!("Wie betaalt, wie profiteert (contant): {}. ", clauses.join("; "))
}

/// The paragraph's sentence in English.
fn sentence_en(s: &PocketSentence) -> String {
    let mut clauses = Vec::new();
    if let Some(cost) = s.cost {
        clauses.push(format!("the project costs the municipality {cost} from its participation budget"));
    }
    clauses.push(format!("the BUIG saves {}", s.buig));
    if let Some(execution) = s.execution {
        clauses.push(format!("lower execution costs save the municipality {execution}"));
    }
    if let Some((amount, gain)) = s.clients {
        let way = if gain { "gain" } else { "lose" };
        clauses.push(format!("together the clients {way} {amount} over the horizon"));
    }
    format!("Who pays and who gains (discounted): {}. ", clauses.join("; "))
}

/// Dutch.
pub const NL: PartyWords = PartyWords {
    title: "Wie betaalt, wie profiteert",
    intro: "Per partij wat het project over de rekenperiode oplevert en kost, contant zoals het netto \
        resultaat. Netto = opbrengst − kosten. BUIG-budget en gemeente samen zijn het ‘Netto voor de \
        gemeente’ bij de resultaten; zonder de uitvoeringskosten is dat het netto resultaat. Het totaal \
        telt de cliënten mee.",
    party: Keyed(|party| match party {
        Party::Buig => "BUIG-budget",
        Party::Municipality => "Gemeente, eigen begroting",
        Party::Clients => "Cliënten",
    }),
    party_note: Keyed(|party| match party {
        Party::Buig => "minder uitkeringen; betaalt de loonkostensubsidies",
        Party::Municipality => "participatiebudget of algemene middelen: het project; minder uitvoeringskosten",
        Party::Clients => "netto inkomen uit werk tegenover de uitkering",
    }),
    columns: Keyed(|metric| match metric {
        PartyMetric::Gain => "Opbrengst",
        PartyMetric::Cost => "Kosten",
        PartyMetric::Net => "Netto",
    }),
    party_column: "Partij",
    total: "Totaal",
    // Soft hyphens: on a phone the note stands in a narrow column beside three figures.
    not_counted: "Uitvoerings\u{ad}kosten niet mee\u{ad}geteld: vul ‘Uitvoerings\u{ad}kosten per uitkering’ in.",
    clients_ask: "Vul ‘Inkomenswinst per cliënt die gaat werken’ in om te zien wat de cliënten erop vooruit of achteruit gaan.",
    outside_title: "Wat de tabel niet telt",
    budget_takes: |b| format!(
        "De budgetregel neemt van de besparing op uitkeringen {} terug als lager BUIG-budget twee jaar \
        later; de gemeente houdt {} (niet contant, uit de tabel ‘Wat houdt het BUIG-budget?’).",
        b.reduction, b.kept
    ),
    budget_unknown: "Wat de budgetregel van de besparing terugneemt, ziet u met het aantal inwoners (de \
        tabel ‘Wat houdt het BUIG-budget?’).",
    state: "Het Rijk: belastingen en premies over het loon en lagere toeslagen tellen niet mee; een \
        gepubliceerd bedrag per uitstromer vonden we niet (gezocht bij CPB, SEO en Berenschot).",
    society: "De maatschappij: in een maatschappelijke kosten-batenanalyse is een uitkering een \
        overdracht tussen Rijk en cliënt, geen winst; daar tellen de extra productie, de kosten van \
        uitvoering en project en de brede baten van werk (gezondheid, zorg, veiligheid: ca. € 5.000 \
        per persoon per jaar voor mensen met een arbeidsbeperking, CPB/SCP 2020; SEO 2006).",
    method_link: "Hoe rekenen we dit?",
    method_title: "Wie betaalt, wie profiteert",
    method: [
        "Per maand, uit dezelfde maanden als de andere uitkomsten en contant zoals het netto resultaat: \
        de BUIG krijgt de uitkeringen die niet betaald worden (uitstroom en deeltijdwerkers) en betaalt \
        de loonkostensubsidies; netto is dat de besparing over de rekenperiode. De gemeente betaalt het \
        project uit haar eigen begroting en bespaart uitvoeringskosten: verschil × uitvoeringskosten per \
        uitkering / 12. De cliënten winnen verschil × deel naar werk × inkomenswinst / 12 (met groepen \
        elke groep met haar eigen deel naar werk); een negatieve inkomenswinst is een verlies. Netto voor \
        de gemeente = besparing + minder uitvoeringskosten − projectkosten; zonder uitvoeringskosten is \
        dat het netto resultaat.",
        "Bronnen: uitvoeringskosten gemiddeld € 2.883 per uitkering per jaar over 30 gemeenten, vooral \
        personeel voor inkomen en re-integratie (Berenschot 2019, via consultancy.nl); een gemiddelde, \
        geen kosten van één uitkering minder: met een kleiner bestand krimpt de formatie niet meteen. \
        Inkomenswinst: een alleenstaande ouder op het minimumloon gaat er met 4 dagen werken ca. € 2.100 \
        per jaar op vooruit en met 5 dagen ca. € 4.700; vóór 2015 € -1.000 en € 1.800 (Divosa 2019, via \
        trouw.nl; CPB 2015 over de marginale druk per huishoudtype).",
        "Zo laten de Nederlandse kosten-batentools voor het sociaal domein het zien: de MKBA-tool sociale \
        wijkteams (LPBL voor BZK, 2015) en de MKBA loonkostensubsidie van Berenschot (2024) verdelen \
        kosten en baten over gemeente, Rijk en anderen.",
    ],
    csv: "Wie betaalt, wie profiteert als CSV",
    sentence: sentence_nl,
};

/// English.
pub const EN: PartyWords = PartyWords {
    title: "Who pays and who gains",
    intro: "For each party what the project yields and costs over the horizon, discounted like the net \
        result. Net = gain − cost. The BUIG budget and the municipality together are the ‘Net for the \
        municipality’ in the results; without the execution costs that is the net result. The total \
        counts the clients too.",
    party: Keyed(|party| match party {
        Party::Buig => "BUIG budget",
        Party::Municipality => "Municipality, own budget",
        Party::Clients => "Clients",
    }),
    party_note: Keyed(|party| match party {
        Party::Buig => "fewer benefits; pays the wage-cost subsidies",
        Party::Municipality => "participation budget or general fund: the project; lower execution costs",
        Party::Clients => "net income from work over the benefit",
    }),
    columns: Keyed(|metric| match metric {
        PartyMetric::Gain => "Gain",
        PartyMetric::Cost => "Cost",
        PartyMetric::Net => "Net",
    }),
    party_column: "Party",
    total: "Total",
    not_counted: "Execution cost not counted: fill in ‘Execution cost per benefit’.",
    clients_ask: "Fill in ‘Income gain per client who starts work’ to see what the clients gain or lose.",
    outside_title: "What the table does not count",
    budget_takes: |b| format!(
        "Of the saving on benefits the budget rule takes back {} as a lower BUIG budget two years \
        later; the municipality keeps {} (undiscounted, from the table ‘What does the BUIG budget \
        keep?’).",
        b.reduction, b.kept
    ),
    budget_unknown: "What the budget rule takes back of the saving shows with the number of inhabitants \
        (the table ‘What does the BUIG budget keep?’).",
    state: "The state: taxes and premiums on the wage and lower allowances are not counted; we found no \
        published figure per exit (we looked at CPB, SEO and Berenschot).",
    society: "Society: in a social cost-benefit analysis a benefit is a transfer between the state and \
        the client, not a gain; what counts there is the extra production, the costs of execution and \
        of the project, and the broader effects of work (health, care, safety: about €5,000 a person a \
        year for people with a work disability, CPB/SCP 2020; SEO 2006).",
    method_link: "How is this computed?",
    method_title: "Who pays and who gains",
    method: [
        "Month by month, from the same months as the other results and discounted like the net result: \
        the BUIG gets the benefits not paid (the exits and the part-timers) and pays the wage-cost \
        subsidies; its net is the saving over the horizon. The municipality pays the project from its own \
        budget and saves execution costs: difference × execution cost per benefit / 12. The clients gain \
        difference × share to work × income gain / 12 (with groups each group with its own share to \
        work); a negative income gain is a loss. Net for the municipality = saving + execution costs saved − \
        project cost; without the execution cost that is the net result.",
        "Sources: execution costs €2,883 a benefit a year on average over 30 municipalities, mainly staff \
        for income and re-integration (Berenschot 2019, via consultancy.nl); an average, not the cost of \
        one benefit less: a smaller caseload does not shrink the staff at once. Income gain: a single \
        parent at the minimum wage gains about €2,100 a year working 4 days and €4,700 working 5 days; \
        before 2015 -€1,000 and €1,800 (Divosa 2019, via trouw.nl; CPB 2015 on the marginal burden by \
        household type).",
        "This is how the Dutch cost-benefit tools for the social domain show it: the MKBA-tool sociale \
        wijkteams (LPBL for BZK, 2015) and Berenschot's MKBA loonkostensubsidie (2024) split costs and \
        benefits over the municipality, the state and others.",
    ],
    csv: "Who pays and who gains as CSV",
    sentence: sentence_en,
};

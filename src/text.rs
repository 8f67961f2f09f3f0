//! Every text the user reads, in Dutch, in one place. Figures in hints come from
//! `shared/reference/domain.md`, each with its source; a derived figure says so.

use crate::format;
use crate::model::realised::{Check, Count, Example, RealisedField, ShareOf, Stated};
use crate::model::set_file::LoadError;
use crate::model::{Field, Inputs, Metric, MetricKind, Preset, Problem, ProblemKind, Projection};

/// The page title.
pub const TITLE: &str = "Uitstroomrekenaar";
/// One sentence under the title.
pub const INTRO: &str = "Hoeveel cliënten van een re-integratieproject stromen uit de bijstand, \
    via welke route, en wat bespaart dat op het BUIG-budget? Vul de gegevens van uw project in: \
    de resultaten rekenen direct mee.";
/// Heading of the presets.
pub const PRESETS_LABEL: &str = "Voorbeelden";
/// Heading of the form.
pub const FORM_TITLE: &str = "Uw project";
/// Headings of the form's groups.
pub const GROUP_PROJECT: &str = "Project en uitstroom";
/// Group of money inputs.
pub const GROUP_MONEY: &str = "Geld";
/// Group of the comparison and the horizon.
pub const GROUP_COMPARISON: &str = "Vergelijking en rekenperiode";
/// Heading of the results.
pub const RESULTS_TITLE: &str = "Resultaten";
/// Heading of the chart.
pub const CHART_TITLE: &str = "Cliënten in de uitkering, met en zonder project";
/// Footer.
pub const FOOTER: &str = "Deze rekenaar werkt helemaal in uw browser: er gaan geen gegevens \
    naar een server. Het adres van de pagina bevat uw invoer; kopieer het om een scenario te delen.";

/// The button text of a preset.
pub fn preset_label(preset: Preset) -> &'static str {
    match preset {
        Preset::Schiedam => "Schiedam 2008–2010",
        Preset::Haarlem => "Haarlem SAMEN 1997–2002",
        Preset::Empty => "Leeg",
    }
}

/// What a preset rests on and what it assumes.
pub fn preset_note(preset: Preset) -> &'static str {
    match preset {
        Preset::Schiedam => "Voorbeeld: project \"Met Kompas Koersen Naar Eigen Kracht\", Schiedam, \
            1 september 2008 – 1 april 2010. Van 569 langdurig werklozen stroomden er in 18 maanden \
            139 uit (ruim 24%), 73 naar werk. Besparing volgens het artikel: 139 × € 15.000 = \
            € 2.085.000 per jaar. Bron: artikel Schiedam Kompas (2010).",
        Preset::Haarlem => "Voorbeeld: project SAMEN, Haarlem met KLIQ Reïntegratie, gestart 1997, \
            2e prijs Werksleutel 2002. Van 280 cliënten werken er 85 en is bij 43 de uitkering \
            beëindigd: 128 uitstromers. Aangenomen, want het persbericht noemt ze niet: een \
            looptijd van 60 maanden (1997–2002) en € 14.400 per uitkering per jaar (macrobudget \
            2019). Bron: persbericht gemeente Haarlem (2002).",
        Preset::Empty => "Leeg scenario: alle aantallen en bedragen op nul, discontovoet 2,25%. \
            Vul uw eigen project in.",
    }
}

/// Said when the scenario on screen has been changed since the preset was chosen.
pub const PRESET_EDITED: &str = "U heeft waarden van dit voorbeeld aangepast.";

/// The label of a field.
pub fn field_label(field: Field) -> &'static str {
    match field {
        Field::Caseload => "Aantal cliënten bij de start",
        Field::Period => "Looptijd van het project",
        Field::ExitShare => "Verwachte uitstroom binnen de looptijd",
        Field::Exits => "of als aantal uitstromers",
        Field::Work => "Waarvan naar werk",
        Field::Cost => "Uitkeringslasten per cliënt",
        Field::Horizon => "Rekenperiode",
        Field::Baseline => "Uitstroom zonder project",
        Field::Return => "Terugval binnen 12 maanden",
        Field::ProjectCost => "Projectkosten",
        Field::Discount => "Discontovoet",
    }
}

/// A label as it reads mid-sentence: its first letter in lower case. Labels start with an ASCII
/// letter; full Unicode case mapping would carry an 11 KB table into the page for this alone.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The unit a field is typed in.
pub fn field_unit(field: Field) -> &'static str {
    match field {
        Field::Caseload | Field::Exits => "cliënten",
        Field::Period | Field::Horizon => "maanden",
        Field::ExitShare => "% van de cliënten",
        Field::Work | Field::Return => "% van de uitstroom",
        Field::Cost => "€ per jaar",
        Field::ProjectCost => "€ per jaar, zolang het project loopt",
        Field::Baseline | Field::Discount => "% per jaar",
    }
}

/// A short hint with a suggested value and its source.
pub fn field_hint(field: Field) -> &'static str {
    match field {
        Field::Caseload => "De cliënten waarmee het project start. Schiedam: 569; Haarlem: 280.",
        Field::Period => "Hele maanden, 1 tot 120. Schiedam liep 18 maanden.",
        Field::ExitShare => "Landelijk stroomt 23% per jaar uit (Divosa benchmark 2023); wie langer \
            dan 3 jaar bijstand heeft 8% per jaar (CBS 2008). Schiedam: 24,4% in 18 maanden.",
        Field::Exits => "Vul het percentage of het aantal in; het andere rekent mee.",
        Field::Work => "De rest is overige uitstroom: uitkering beëindigd wegens onrechtmatigheid, \
            verhuizing en dergelijke. Schiedam: 73 van 139 = 52,5%; Haarlem: 85 van 128 = 66,4%.",
        Field::Cost => "€ 14.400 per uitkering per jaar (2019: macrobudget € 5,764 mld over ca. \
            399.000 uitkeringen; Berenschot 2019). 2025: ca. € 17.500 (afgeleid uit het macrobudget \
            2025, geen gepubliceerd bedrag). Schiedam rekende met € 15.000.",
        Field::Horizon => "Hoe ver vooruit de besparing wordt opgeteld, minstens de looptijd. \
            60 maanden is 5 jaar.",
        Field::Baseline => "Deadweight: wie ook zonder project was uitgestroomd. Langdurige \
            cliënten: 8% per jaar (CBS 2008); alle cliënten: 23% (Divosa 2023). Bij 0 is de \
            besparing bruto.",
        Field::Return => "Na uitstroom naar werk is 12–16% binnen een jaar terug (Divosa; CBS); van \
            alle uitstroom 20–22% (Divosa monitor 2014).",
        Field::ProjectCost => "Re-integratie kost ca. € 1.500–2.000 per cliënt per jaar (Divosa \
            factsheet 2015: € 1.511; Almere: € 2.000). Bij 0 is er geen rendement of terugverdientijd.",
        Field::Discount => "2,25% is de norm voor maatschappelijke kosten-batenanalyses sinds 2021 \
            (Werkgroep discontovoet 2020). 0 = niet verdisconteren.",
    }
}

/// A field's value written in its unit, for messages: `18 maanden`, `52,5%`, `€ 15.000`.
pub fn value_in_unit(field: Field, value: f64) -> String {
    match field {
        Field::Caseload | Field::Exits => format!("{} cliënten", format::number(value, 2)),
        Field::Period | Field::Horizon => format!("{} maanden", format::number(value, 0)),
        Field::Cost | Field::ProjectCost => format::money(value),
        _ => format!("{}%", format::number(value, 2)),
    }
}

/// What a field allows, for its message: `Toegestaan: van 1 tot en met 120 maanden.`
fn allowed(field: Field) -> String {
    let (min, max) = field.range();
    let range = match field {
        Field::Caseload | Field::Exits | Field::Period | Field::Horizon => {
            format!("{} tot en met {}", format::number(min, 0), value_in_unit(field, max))
        }
        _ => format!("{} tot en met {}", value_in_unit(field, min), value_in_unit(field, max)),
    };
    let whole = if matches!(field, Field::Caseload | Field::Period | Field::Horizon) {
        ", hele getallen"
    } else {
        ""
    };
    format!("Toegestaan: van {range}{whole}.")
}

/// The message beside a field with a problem: what is wrong and what is allowed.
pub fn problem_message(problem: &Problem) -> String {
    let field = problem.field;
    match problem.kind {
        ProblemKind::Empty => format!("Vul een getal in. {}", allowed(field)),
        ProblemKind::NotANumber => {
            format!("Dit is geen getal; gebruik cijfers, zoals 569 of 24,4. {}", allowed(field))
        }
        ProblemKind::NotWhole => format!("Vul een heel getal in. {}", allowed(field)),
        ProblemKind::TooManyDecimals => {
            format!("Gebruik hoogstens twee decimalen. {}", allowed(field))
        }
        ProblemKind::OutOfRange { .. } => format!("Deze waarde valt buiten het bereik. {}", allowed(field)),
        ProblemKind::HorizonBeforePeriod { period } => format!(
            "De rekenperiode moet minstens zo lang zijn als de looptijd ({}).",
            value_in_unit(Field::Period, f64::from(period))
        ),
        ProblemKind::ExitsAboveCaseload { caseload } => format!(
            "Er kunnen niet meer uitstromers zijn dan cliënten. Toegestaan: van 0 tot en met {}.",
            value_in_unit(Field::Caseload, f64::from(caseload))
        ),
    }
}

/// Said above the results when fields have problems: the results use other values for them.
/// `opened_from_link` says whether the values are the default scenario's (a link opened with
/// bad values) or the last valid ones (the user is typing).
pub fn fallback_notice(fields: &[(Field, f64)], opened_from_link: bool) -> String {
    let used: Vec<String> = fields
        .iter()
        .map(|(f, v)| format!("{}: {}", lower_first(field_label(*f)), value_in_unit(*f, *v)))
        .collect();
    let which = if opened_from_link {
        "de standaardwaarde van het voorbeeld Schiedam"
    } else {
        "de laatste geldige waarde"
    };
    format!(
        "Niet alle invoer is geldig. Tot u dat herstelt, rekenen de resultaten voor de gemarkeerde \
         velden met {which}: {}.",
        used.join("; ")
    )
}

/// The label of a result.
pub fn metric_label(metric: Metric) -> &'static str {
    match metric {
        Metric::SavingsPerYear => "Besparing per jaar (structureel)",
        Metric::Exits => "Uitstroom binnen de looptijd",
        Metric::ExitShare => "Uitstroompercentage",
        Metric::ExitsWork => "waarvan naar werk",
        Metric::ExitsOther => "waarvan overige uitstroom",
        Metric::ExitsBaseline => "Uitstroom die zonder project ook was gebeurd",
        Metric::CaseloadEnd => "Cliënten in de uitkering aan het einde",
        Metric::SavingsTotal => "Besparing over de rekenperiode, contant",
        Metric::ProjectCostTotal => "Projectkosten, contant",
        Metric::NetResult => "Netto resultaat",
        Metric::ReturnRatio => "Opbrengst per euro projectkosten",
        Metric::BreakEvenMonth => "Terugverdiend in maand",
    }
}

/// A result's value as the page shows it. `value` is none where the projection has none;
/// `has_cost` and `horizon` say why (no cost entered, or not paid back within the horizon).
pub fn metric_value(metric: Metric, value: Option<f64>, has_cost: bool, horizon: u32) -> String {
    let Some(v) = value else {
        return if has_cost && metric == Metric::BreakEvenMonth {
            not_within(horizon)
        } else {
            NO_PROJECT_COST.to_string()
        };
    };
    match metric.kind() {
        MetricKind::Money => format::money(v),
        MetricKind::Clients => clients_text(v),
        MetricKind::Share => format::percent(v, 1),
        MetricKind::Ratio => format!("€ {} per € 1", format::number(v, 2)),
        MetricKind::Month => format!("maand {}", format::number(v, 0)),
    }
}

/// A difference from the base scenario as the comparison shows it: `+€ 120.000` or `−11 cliënten`.
pub fn metric_difference(metric: Metric, difference: f64) -> String {
    let sign = sign(difference);
    let size = difference.abs();
    let text = match metric.kind() {
        MetricKind::Money => format::money(size),
        MetricKind::Clients => format::number(size, 1),
        MetricKind::Share => format!("{} procentpunt", format::number(size * 100.0, 1)),
        MetricKind::Ratio => format!("€ {}", format::number(size, 2)),
        MetricKind::Month => format!("{} mnd", format::number(size, 0)),
    };
    format!("{sign}{text}")
}

/// The explanation under the headline: what the yearly saving rests on.
pub fn headline_explanation(reduction: f64, period: u32, cost: f64, gross: bool) -> String {
    let basis = format!(
        "{} cliënten minder in de uitkering na {} × {} per jaar (het inverdieneffect op jaarbasis).",
        format::number(reduction, 1),
        value_in_unit(Field::Period, f64::from(period)),
        format::money(cost),
    );
    if gross {
        format!(
            "{basis} Bruto: uitstroom die zonder project ook was gebeurd en terugval zijn niet \
             afgetrokken."
        )
    } else {
        format!("{basis} Na aftrek van uitstroom zonder project en van terugval.")
    }
}

/// The short label of the bar that keeps the headline in view on small screens.
pub const STICKY_LABEL: &str = "Besparing per jaar";

/// Shown for a ratio or month that does not exist.
pub const NO_PROJECT_COST: &str = "geen projectkosten ingevuld";
/// Shown when the cost is not earned back within the horizon.
pub fn not_within(horizon: u32) -> String {
    format!("niet binnen {}", value_in_unit(Field::Horizon, f64::from(horizon)))
}
/// A count of clients with a period: `139 cliënten`.
pub fn clients_text(count: f64) -> String {
    format!("{} cliënten", format::number(count, 0))
}

/// Axis titles of the chart.
pub const CHART_X_AXIS: &str = "Maanden vanaf de start";
/// Y axis title.
pub const CHART_Y_AXIS: &str = "Cliënten in de uitkering";
/// Legend entry for the baseline.
pub const CHART_WITHOUT: &str = "Zonder project";
/// Label of the shaded project period.
pub const CHART_PERIOD: &str = "Projectperiode";

/// The chart's text alternative, first sentence.
pub const CHART_INTRO: &str = "Lijngrafiek van het aantal cliënten in de uitkering per maand.";

/// The chart's text alternative for one line: the figures it shows.
pub fn chart_line_description(name: &str, start: f64, period: u32, at_period: f64, horizon: u32, at_end: f64) -> String {
    format!(
        "{name}: bij de start {}, na {} (einde project) {}, na {} {}.",
        format::number(start, 0),
        value_in_unit(Field::Period, f64::from(period)),
        format::number(at_period, 0),
        value_in_unit(Field::Horizon, f64::from(horizon)),
        format::number(at_end, 0),
    )
}

/// The legend entry of the path without the project.
pub fn chart_without(base_name: &str) -> String {
    format!("{CHART_WITHOUT} (basis: {base_name})")
}

/// Heading of the method section.
pub const METHOD_TITLE: &str = "Hoe rekenen we?";

/// The formulas in words, one paragraph each.
pub const METHOD_FORMULAS: &[&str] = &[
    "We volgen de cliënten die bij de start in de uitkering zitten maand voor maand, twee keer: \
     met het project en zonder (de vergelijking).",
    "Met het project stroomt elke maand hetzelfde deel van de resterende cliënten uit, zo gekozen \
     dat na de looptijd precies het verwachte percentage is uitgestroomd: maandkans = \
     1 − (1 − uitstroompercentage)^(1 / looptijd). Na de looptijd, en zonder project de hele tijd, \
     geldt de maandkans van de uitstroom zonder project: 1 − (1 − percentage per jaar)^(1 / 12).",
    "Van de uitstroom van elke maand komt het terugvalpercentage terug in de uitkering, gelijk \
     verdeeld over de twaalf maanden erna.",
    "Het verschil tussen beide sporen is het aantal cliënten dat dankzij het project niet in de \
     uitkering zit. De besparing per jaar is dat verschil aan het einde van de looptijd maal de \
     uitkeringslasten per jaar: het inverdieneffect op jaarbasis waarmee Schiedam rekende \
     (139 × € 15.000 = € 2.085.000).",
    "Over de rekenperiode tellen we per maand het verschil × uitkeringslasten / 12 op, contant \
     gemaakt met de discontovoet: een euro over t maanden telt als 1 / (1 + discontovoet)^(t / 12). \
     De projectkosten tellen we op dezelfde manier, per maand een twaalfde van het jaarbedrag \
     zolang het project loopt.",
    "Netto resultaat = besparing over de rekenperiode − projectkosten. Opbrengst per euro = \
     besparing / projectkosten. Terugverdiend in de eerste maand waarin de opgetelde besparing de \
     opgetelde kosten haalt.",
    "De uitstroom naar werk is het opgegeven percentage van alle uitstroom; de rest is overige \
     uitstroom.",
];

/// Heading of the caveats.
pub const CAVEATS_TITLE: &str = "Waar u op moet letten";

/// The caveats of `domain.md`: title and explanation.
pub const CAVEATS: &[(&str, &str)] = &[
    (
        "Bruto is geen netto.",
        "Een deel van de cliënten was ook zonder project uitgestroomd (deadweight). De cijfers van \
         Schiedam en Haarlem zijn bruto. In een gerandomiseerd onderzoek in Almere gaf intensieve \
         begeleiding ongeveer 8 procentpunt meer uitstroom dan in de controlegroep (ZonMw). Vul bij \
         'Uitstroom zonder project' in wat er toch zou gebeuren.",
    ),
    (
        "Een bespaarde uitkering is niet altijd een besparing op het budget.",
        "De ongeveer € 14.000 per uitstromer is een maximum; vaak is de besparing lager, soms nul \
         (Divosa, factsheet bijstandsbudget 2017). Het macrobudget volgt het landelijke aantal \
         uitkeringen een jaar later en het verdeelmodel schuift geld tussen gemeenten (AEF voor \
         Divosa, 'De winst van bijstandsuitstroom'). Een gemeente die het beter doet dan haar \
         objectieve budget houdt het verschil.",
    ),
    (
        "Niet elke uitstroom is blijvend.",
        "Ongeveer één op de vijf uitstromers is binnen een jaar terug in de uitkering (Divosa \
         monitor 2014: 22% binnen 12 maanden). Vul dit in bij 'Terugval'.",
    ),
    (
        "Deeltijdwerk bespaart een deel van de uitkering.",
        "Ongeveer 8% van de bijstandsgerechtigden heeft inkomsten uit deeltijdwerk die op de \
         uitkering worden gekort (Divosa). Zij tellen hier niet als uitstroom.",
    ),
    (
        "Gemeente of maatschappij.",
        "In een maatschappelijke kosten-batenanalyse is een bespaarde uitkering een overdracht, geen \
         winst; in de business case van de gemeente wel. Kosten en baten landen vaak bij \
         verschillende partijen.",
    ),
];

/// Heading of the sources table.
pub const SOURCES_TITLE: &str = "Bronnen van de voorbeeldwaarden";
/// The sources behind the suggested values: what, value, source.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("Schiedam, Kompas 2008–2010", "569 cliënten, 139 uitstromers in 18 maanden, 73 naar werk, € 15.000 per uitkering", "artikel 'Met Kompas Koersen Naar Eigen Kracht' (2010)"),
    ("Haarlem, SAMEN 1997–2002", "280 cliënten, 85 aan het werk, 43 uitkering beëindigd", "persbericht gemeente Haarlem, Werksleutel 2002"),
    ("Uitkeringslasten per jaar", "€ 14.400 (2019); ca. € 17.500 (2025, afgeleid)", "macrobudget 2019 en 2025; Berenschot 2019 (consultancy.nl)"),
    ("Uitstroom per jaar, alle cliënten", "23%–26%", "Divosa benchmark werk & inkomen 2023"),
    ("Uitstroom per jaar, langer dan 3 jaar in de bijstand", "8%", "CBS 2008"),
    ("Terugval binnen 12 maanden", "12–16% na werk; 20–22% van alle uitstroom", "Divosa; CBS; Divosa monitor 2014"),
    ("Netto-effect van intensieve begeleiding", "ca. +8 procentpunt", "Almere 45+, gerandomiseerd onderzoek (ZonMw)"),
    ("Discontovoet", "2,25% (sinds 2021)", "Werkgroep discontovoet 2020"),
    ("Re-integratiekosten per cliënt per jaar", "€ 1.500–2.000", "Divosa factsheet 2015; Almere"),
];

/// Heading of the scenario list.
pub const SCENARIOS_TITLE: &str = "Scenario's";
/// Explains the list.
pub const SCENARIOS_INTRO: &str = "Vergelijk varianten van uw project. Kies een scenario om het te \
    bewerken; de andere worden vergeleken met het basisscenario.";
/// Marks the base scenario.
pub const BASE_BADGE: &str = "basis";
/// The name of a scenario as shown: its name, or `Scenario 2` when it has none.
pub fn scenario_name(name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("Scenario {}", index + 1)
    } else {
        name.trim().to_string()
    }
}
/// Label of the name field.
pub const NAME_LABEL: &str = "Naam van dit scenario";
/// Hint under the name field.
pub fn name_hint(max: usize) -> String {
    format!("Hoogstens {max} tekens.")
}
/// Shown when the name has reached its limit.
pub fn name_full(max: usize) -> String {
    format!("De naam is {max} tekens lang: het maximum. Wat u verder typt, wordt niet opgenomen.")
}
/// Buttons of the scenario list.
pub const ADD: &str = "Nieuw scenario";
/// Duplicate button.
pub const DUPLICATE: &str = "Dupliceren";
/// Make-base button.
pub const MAKE_BASE: &str = "Als basis gebruiken";
/// Move buttons.
pub const MOVE_UP: &str = "Omhoog";
/// Move down.
pub const MOVE_DOWN: &str = "Omlaag";
/// Delete button.
pub const DELETE: &str = "Verwijderen";
/// Why no more scenarios can be added.
pub fn list_full(max: usize) -> String {
    format!("Er passen hoogstens {max} scenario's in een set.")
}

/// Heading of the comparison.
pub const COMPARISON_TITLE: &str = "Vergelijking";
/// Explains the comparison.
pub const COMPARISON_INTRO: &str = "Elk resultaat per scenario, met het verschil ten opzichte van het \
    basisscenario.";
/// Header of the first column.
pub const COMPARISON_RESULT: &str = "Resultaat";

/// The sign of a difference, a true minus for less: `+`, `−` or `±`.
fn sign(difference: f64) -> &'static str {
    if difference > 0.0 {
        "+"
    } else if difference < 0.0 {
        "−"
    } else {
        "±"
    }
}

/// A difference with its relative size: `+€ 120.000 (+5,8%)`, `−11 (−7,9%)`.
pub fn difference_text(metric: Metric, absolute: f64, relative: Option<f64>) -> String {
    match relative {
        Some(r) => format!("{} ({}{})", metric_difference(metric, absolute), sign(r), format::percent(r.abs(), 1)),
        None => metric_difference(metric, absolute),
    }
}

/// Heading of the files and exports panel.
pub const FILES_TITLE: &str = "Bewaren, delen en exporteren";
/// How saving and sharing work.
pub const FILES_INTRO: &str = "Uw scenario's worden in deze browser bewaard terwijl u werkt. Het adres \
    van deze pagina bevat alle scenario's: kopieer het om ze te delen.";
/// Save-as-file button.
pub const SAVE_FILE: &str = "Opslaan als bestand (JSON)";
/// Open-file label.
pub const OPEN_FILE: &str = "Bestand openen";
/// CSV buttons.
pub const CSV_MONTHLY: &str = "Maandprojectie als CSV";
/// CSV of the comparison.
pub const CSV_COMPARISON: &str = "Vergelijking als CSV";
/// The dialect choice.
pub const CSV_DIALECT: &str = "CSV voor";
/// Dutch spreadsheet dialect.
pub const CSV_DUTCH: &str = "Nederlandse spreadsheet (puntkomma, decimale komma)";
/// Standard dialect.
pub const CSV_STANDARD: &str = "Standaard (komma, decimale punt)";
/// Column headers of the monthly CSV.
pub const CSV_MONTHLY_HEADERS: [&str; 12] = [
    "scenario", "maand", "cliënten met project", "cliënten zonder project", "uitstroom", "terugval",
    "besparing", "besparing cumulatief", "besparing contant", "besparing contant cumulatief",
    "projectkosten", "projectkosten contant",
];
/// Column headers of the comparison CSV.
pub const CSV_COMPARISON_HEADERS: [&str; 7] =
    ["scenario", "basis", "resultaat", "code", "waarde", "verschil met basis", "verschil met basis (%)"];
/// The words for the base column.
pub const YES_NO: [&str; 2] = ["ja", "nee"];

/// Said when the page opened from a link while another set is saved.
pub fn pending_notice(saved: usize) -> String {
    format!(
        "U bekijkt de scenario's uit een link. In deze browser zijn ook eigen scenario's bewaard \
         ({saved}); die blijven ongewijzigd tot u kiest. Wijzigingen aan de scenario's uit de link \
         worden pas bewaard als u ze bewaart."
    )
}
/// Keep the link's set.
pub const KEEP_LINK_SET: &str = "Scenario's uit de link bewaren (vervangt de bewaarde)";
/// Show the saved set.
pub const OPEN_SAVED_SET: &str = "Mijn bewaarde scenario's openen";
/// Said when the stored entry could not be read.
pub fn unreadable_notice(error: &LoadError) -> String {
    format!(
        "De bewaarde scenario's in deze browser konden niet worden gelezen: {} Ze zijn apart \
         bewaard en niet gewijzigd; u kunt ze downloaden. De pagina begint met het voorbeeld.",
        load_error(error)
    )
}
/// Said when the browser refuses to store the set.
pub const STORAGE_REFUSED: &str = "Deze browser bewaart uw scenario's niet (bijvoorbeeld in een \
    privévenster, of omdat de opslag vol is). Bewaar ze als bestand of bewaar het adres van de pagina, \
    anders zijn ze weg als u de pagina sluit.";
/// Download the unreadable entry.
pub const DOWNLOAD_UNREADABLE: &str = "Onleesbare gegevens downloaden";
/// Close a message.
pub const DISMISS: &str = "Melding sluiten";
/// Said when an opened file could not be read.
pub fn file_problem(error: &LoadError) -> String {
    format!("Het bestand is niet geopend: {} Er is niets veranderd.", load_error(error))
}

/// What is wrong with a document, in a sentence.
pub fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Unreadable => "het bestand kon niet worden gelezen.".to_string(),
        LoadError::NotJson { line, column } => {
            format!("het is geen geldig JSON-bestand (fout in regel {line}, kolom {column}).")
        }
        LoadError::NotOurs => "het is geen bestand van de Uitstroomrekenaar.".to_string(),
        LoadError::NewerVersion(v) => {
            format!("het komt uit een nieuwere versie van de Uitstroomrekenaar (formaat {v}).")
        }
        LoadError::UnknownVersion => "het heeft een onbekende formaatversie.".to_string(),
        LoadError::Missing(key) => format!("het onderdeel '{key}' ontbreekt of is onjuist."),
        LoadError::ScenarioCount(n) => {
            format!("het bevat {n} scenario's; dat moeten er 1 tot en met 12 zijn.")
        }
        LoadError::BadIndex(key) => format!("'{key}' verwijst niet naar een scenario in het bestand."),
        LoadError::BadName(i) => {
            format!("de naam van scenario {i} ontbreekt of is langer dan 60 tekens.")
        }
        LoadError::BadInputs(i) => {
            format!("de invoer van scenario {i} is geen lijst van teksten van hoogstens 200 tekens.")
        }
        LoadError::UnknownInput(i, key) => format!("scenario {i} bevat een onbekend veld: '{key}'."),
    }
}

/// Heading of the proposal section.
pub const PROPOSAL_TITLE: &str = "Voor uw voorstel";
/// Explains the section.
pub const PROPOSAL_INTRO: &str = "Een alinea over dit scenario om in een projectvoorstel of \
    prijsinzending te plakken, en een rapport om af te drukken of als PDF te bewaren.";
/// Label of the generated paragraph.
pub const SUMMARY_LABEL: &str = "Tekst over dit scenario";
/// Copy button.
pub const COPY: &str = "Tekst kopiëren";
/// Said when copied.
pub const COPIED: &str = "De tekst staat op het klembord.";
/// Said when the clipboard refused: the text is selected instead.
pub const COPY_SELECTED: &str = "Kopiëren lukte niet automatisch. De tekst is geselecteerd: kopieer \
    hem met Ctrl+C (of Cmd+C).";
/// Print buttons.
pub const PRINT_SCENARIO: &str = "Rapport van dit scenario afdrukken of als PDF bewaren";
/// Print the comparison.
pub const PRINT_COMPARISON: &str = "Rapport van de vergelijking afdrukken of als PDF bewaren";

/// The paragraph a proposal quotes: who, how many, by when, to work, the structural saving and
/// what it rests on, the cost side when there is one, and the caveat that matters most here.
/// It never claims more than the inputs support: without deadweight it says the figure is gross.
pub fn summary(name: &str, inputs: &Inputs, p: &Projection) -> String {
    let reduction = p.reduction_at_period();
    let gross = inputs.baseline_per_year.fraction() == 0.0;
    let mut out = format!(
        "{name}: van de {} cliënten verwachten we dat er binnen {} {} uit de bijstand stromen ({}), \
         van wie {} naar werk. ",
        format::number(f64::from(inputs.caseload), 0),
        value_in_unit(Field::Period, f64::from(inputs.period_months)),
        format::number(p.exits, 0),
        format::percent(p.exit_share, 1),
        format::number(p.exits_work, 0),
    );
    out.push_str(&format!(
        "Dat geeft een structurele besparing op de uitkeringslasten van {} per jaar: {} cliënten \
         minder in de uitkering aan het einde van het project, maal {} per uitkering per jaar. ",
        format::money(p.savings_per_year),
        format::number(reduction, 0),
        format::money(inputs.cost_per_year.0),
    ));
    if gross {
        out.push_str("Dit is een brutobedrag: uitstroom die ook zonder het project zou zijn gebeurd, is niet afgetrokken. ");
    } else {
        out.push_str(&format!(
            "Daarbij is afgetrokken wat zonder het project ook zou gebeuren ({} per jaar, {} cliënten \
             in de looptijd). ",
            format::percent(inputs.baseline_per_year.fraction(), 1),
            format::number(p.exits_baseline, 0),
        ));
    }
    if inputs.return_share.fraction() > 0.0 {
        out.push_str(&format!(
            "We rekenen ermee dat {} van de uitstromers binnen een jaar terugkeert. ",
            format::percent(inputs.return_share.fraction(), 0)
        ));
    }
    if p.has_cost() {
        out.push_str(&format!(
            "Over {} staat tegenover {} aan projectkosten een besparing van {} (contant, {} per jaar): \
             netto {}. ",
            value_in_unit(Field::Horizon, f64::from(p.horizon())),
            format::money(p.project_cost_total),
            format::money(p.savings_total),
            format::percent(inputs.discount_per_year.fraction(), 2),
            format::money(p.net_result),
        ));
        out.push_str(&match p.break_even_month {
            Some(m) => format!("Het project verdient zich terug in maand {m}. "),
            None => format!("Binnen {} verdient het project zich niet terug. ", value_in_unit(Field::Horizon, f64::from(p.horizon()))),
        });
    }
    out.push_str(if gross {
        "Let op: een deel van deze cliënten was ook zonder het project uitgestroomd; het netto-effect \
         van intensieve begeleiding is in onderzoek ongeveer 8 procentpunt (Almere, ZonMw)."
    } else if inputs.return_share.fraction() == 0.0 {
        "Let op: niet elke uitstroom is blijvend; ongeveer één op de vijf uitstromers is binnen een jaar \
         terug (Divosa monitor 2014)."
    } else {
        "Let op: een bespaarde uitkering is niet altijd een besparing op het budget van de gemeente, \
         omdat het macrobudget en het verdeelmodel meebewegen (Divosa, factsheet bijstandsbudget 2017)."
    });
    out
}

/// Report texts.
pub const REPORT_TITLE: &str = "Uitstroomrekenaar: rapport";
/// Subtitle of the comparison report.
pub const REPORT_COMPARISON: &str = "Vergelijking van scenario's";
/// Label of the date.
pub const REPORT_DATE: &str = "Datum";
/// Heading of the inputs table.
pub const REPORT_INPUTS: &str = "Invoer en bronnen";
/// Columns of the inputs table.
pub const REPORT_INPUT_COLUMNS: [&str; 3] = ["Invoer", "Waarde", "Bron"];
/// When an input has no source.
pub const OWN_ASSUMPTION: &str = "eigen aanname";
/// Heading of the link.
pub const REPORT_LINK: &str = "Dit scenario online";
/// Explains the link.
pub const REPORT_LINK_TEXT: &str = "Open dit adres om de berekening te bekijken en aan te passen:";

/// Where an input's value comes from: the article of the preset it started from (when it is
/// still that preset's value), a figure of `domain.md`, or none (the user's own assumption).
pub fn input_source(field: Field, value: f64, origin: Option<Preset>) -> Option<&'static str> {
    let same = |v: f64| (value - v).abs() < 1e-9;
    match (origin, field) {
        (Some(Preset::Schiedam), Field::Caseload) if same(569.0) => Some("Schiedam, artikel Kompas (2010)"),
        (Some(Preset::Schiedam), Field::Period) if same(18.0) => Some("Schiedam, artikel Kompas (2010)"),
        (Some(Preset::Schiedam), Field::Exits) if same(139.0) => Some("Schiedam, artikel Kompas (2010)"),
        (Some(Preset::Schiedam), Field::Work) if same(52.5) => Some("Schiedam: 73 van 139 naar werk"),
        (Some(Preset::Schiedam), Field::Cost) if same(15_000.0) => Some("Schiedam, artikel Kompas (2010)"),
        (Some(Preset::Haarlem), Field::Caseload) if same(280.0) => Some("Haarlem, persbericht SAMEN (2002)"),
        (Some(Preset::Haarlem), Field::Exits) if same(128.0) => Some("Haarlem: 85 aan het werk + 43 uitkering beëindigd"),
        (Some(Preset::Haarlem), Field::Work) if same(85.0 / 128.0 * 100.0) => Some("Haarlem: 85 van 128 naar werk"),
        (Some(Preset::Haarlem), Field::Period) if same(60.0) => Some("aanname: 1997–2002 (het persbericht noemt geen looptijd)"),
        (Some(Preset::Haarlem), Field::Cost) if same(14_400.0) => {
            Some("aanname: macrobudget 2019 (het persbericht noemt geen bedrag)")
        }
        (_, Field::Cost) if same(14_400.0) => Some("macrobudget 2019; Berenschot 2019"),
        (_, Field::Cost) if same(17_500.0) => Some("afgeleid uit macrobudget 2025"),
        (_, Field::Baseline) if same(8.0) => Some("CBS 2008: > 3 jaar in de bijstand"),
        (_, Field::Baseline) if same(23.0) || same(23.4) => Some("Divosa benchmark 2023"),
        (_, Field::Return) if same(22.0) => Some("Divosa monitor 2014"),
        (_, Field::Return) if (12.0..=16.0).contains(&value) => Some("Divosa; CBS (terugval na werk)"),
        (_, Field::Discount) if same(2.25) => Some("Werkgroep discontovoet 2020"),
        (_, Field::Baseline | Field::Return | Field::ProjectCost) if same(0.0) => Some("niet meegerekend"),
        _ => None,
    }
}

// Realised results (nacalculatie).

/// The label of the switch between the two modes.
pub const MODE_LABEL: &str = "Wat wilt u doen?";

/// The two modes: projection and realised results.
pub const MODES: [&str; 2] = ["Vooruit rekenen", "Nacalculatie"];

/// The title of the realised-results section.
pub const REALISED_TITLE: &str = "Nacalculatie: wat is er werkelijk gebeurd?";

/// What the realised-results section is for.
pub const REALISED_INTRO: &str = "Vul in wat uw project heeft bereikt. U ziet de uitstroom en de besparing \
    zoals de bronnen die berekenen, en waar de cijfers niet op elkaar aansluiten. Daarna kunt u er \
    een scenario voor een volgend project van maken.";

/// The label of the examples of realised results.
pub const REALISED_EXAMPLES: &str = "Voorbeelden uit de bronnen";

/// The name of a source's example of realised results.
pub fn realised_example(example: Example) -> &'static str {
    match example {
        Example::Schiedam => "Schiedam 2008–2010",
        Example::Haarlem => "Haarlem SAMEN 1997–2002",
    }
}

/// Empties the realised-results form.
pub const REALISED_CLEAR: &str = "Leegmaken";

/// The two groups of the realised-results form.
pub const REALISED_GROUPS: [&str; 2] = ["Wat er gebeurde", "Wat de bron zelf noemt (om na te rekenen)"];

/// A realised-results input's label, unit and hint.
pub fn realised_field(field: RealisedField) -> [&'static str; 3] {
    match field {
        RealisedField::Caseload => ["Cliënten bij de start", "cliënten", "Verplicht. Schiedam: 569; Haarlem: 280."],
        RealisedField::ExitsWork => ["Uitgestroomd naar werk", "cliënten", "Verplicht. Schiedam: 73; Haarlem: 85."],
        RealisedField::ExitsOther => [
            "Anders uitgestroomd",
            "cliënten",
            "Verplicht: uitkering beëindigd om een andere reden dan werk. Schiedam: 139 − 73 = 66; Haarlem: 43.",
        ],
        RealisedField::InTrajectory => {
            ["Nog in traject", "cliënten", "Optioneel: nog bezig of met een goede kans op een baan. Haarlem: 10."]
        }
        RealisedField::Closed => ["Afgesloten trajecten", "trajecten", "Optioneel, als de bron ze telt. Haarlem: 238."],
        RealisedField::LadderSteps => {
            ["Stappen op de participatieladder", "cliënten", "Optioneel: één of meer stappen vooruit. Schiedam: 236."]
        }
        RealisedField::Period => ["Looptijd", "maanden", "Optioneel; nodig voor een scenario. Schiedam: 18 (anderhalf jaar)."],
        RealisedField::Cost => {
            ["Uitkeringslasten per cliënt", "euro per jaar", "Optioneel; voor de besparing per jaar. Schiedam: 15.000."]
        }
        RealisedField::StatedExitShare => ["Uitstroom", "% van de cliënten", "Schiedam noemt 24% (\u{201c}ruim 24%\u{201d})."],
        RealisedField::StatedWorkShare => ["Naar werk", "% van de uitstroom", "Schiedam noemt 54%."],
        RealisedField::StatedLadderShare => ["Stap op de ladder", "% van de cliënten", "Schiedam noemt 42%."],
    }
}

/// The message beside a realised-results input with a problem.
pub fn realised_problem(field: RealisedField, kind: &ProblemKind) -> String {
    let (min, max) = field.range();
    let what = match kind {
        ProblemKind::Empty => "Vul een getal in.",
        ProblemKind::NotANumber => "Dit is geen getal; gebruik cijfers, zoals 569 of 24,4.",
        ProblemKind::NotWhole => "Vul een heel getal in.",
        ProblemKind::TooManyDecimals => "Gebruik hoogstens twee decimalen.",
        _ => "Deze waarde valt buiten het bereik.",
    };
    let whole = if field.whole() { ", hele getallen" } else { "" };
    format!("{what} Toegestaan: van {} tot en met {}{whole}.", format::number(min, 0), format::number(max, 0))
}

/// The title of the realised outcome.
pub const REALISED_OUTCOME: &str = "Uitkomst, zoals de bronnen rekenen";

/// The labels of the realised outcome: exits, their share, the share to work, the share up the
/// ladder, the saving per year.
pub const REALISED_METRICS: [&str; 5] = [
    "Uitstroom (naar werk + anders)",
    "Uitstroom als deel van de cliënten",
    "Waarvan naar werk",
    "Stap op de participatieladder",
    "Besparing per jaar (uitstroom × uitkeringslasten)",
];

/// Shown for a realised figure that needs an input that is empty.
pub const REALISED_NOT_GIVEN: &str = "niet ingevuld";

/// Said instead of the outcome while a required input is missing or wrong.
pub const REALISED_INCOMPLETE: &str = "Vul cliënten bij de start, uitstroom naar werk en andere uitstroom geldig in \
    om de uitkomst te zien.";

/// Said under the realised saving: what it is and is not.
pub const REALISED_GROSS: &str = "Dit is bruto, zoals in de bronnen: uitstroom die zonder project ook was \
    gebeurd en terugval zijn niet afgetrokken.";

/// The title of the consistency checks.
pub const CHECKS_TITLE: &str = "Kloppen de cijfers?";

/// Said when every check passes.
pub const CHECKS_OK: &str = "Ja: geen deel is groter dan zijn geheel, er blijft niets onverklaard en de \
    genoemde percentages volgen uit de aantallen.";

/// A count as a check names it.
fn count_label(count: Count) -> &'static str {
    match count {
        Count::Caseload => "cliënten bij de start",
        Count::ExitsWork => "naar werk",
        Count::ExitsOther => "anders uitgestroomd",
        Count::InTrajectory => "nog in traject",
        Count::Closed => "afgesloten trajecten",
        Count::LadderSteps => "stappen op de ladder",
    }
}

/// Parts with their arithmetic: `naar werk + anders uitgestroomd = 85 + 43 = 128`.
fn parts_sum(parts: &[(Count, f64)]) -> String {
    let labels: Vec<&str> = parts.iter().map(|(c, _)| count_label(*c)).collect();
    let values: Vec<String> = parts.iter().map(|(_, v)| format::number(*v, 0)).collect();
    let total = format::number(parts.iter().map(|(_, v)| v).sum(), 0);
    if parts.len() == 1 {
        format!("{} = {total}", labels[0])
    } else {
        format!("{} = {} = {total}", labels.join(" + "), values.join(" + "))
    }
}

/// What a check found, with the arithmetic.
pub fn check_message(check: &Check) -> String {
    match check {
        Check::PartsExceedWhole { parts, whole } => format!(
            "Meer dan het geheel: {}, maar {} = {}.",
            parts_sum(parts),
            count_label(whole.0),
            format::number(whole.1, 0)
        ),
        Check::Unexplained { parts, whole, remainder } => format!(
            "Niet verklaard: {}, maar {} = {}. Over {} zegt de bron niets.",
            parts_sum(parts),
            count_label(whole.0),
            format::number(whole.1, 0),
            format::number(*remainder, 0)
        ),
        Check::StatedShareDiffers { share, numerator, denominator, stated } => {
            let what = match share {
                ShareOf::Exits => "Uitstroom",
                ShareOf::Work => "Naar werk",
                ShareOf::Ladder => "Stap op de ladder",
            };
            format!(
                "Percentage klopt niet: {what} is {} van {} = {}, de bron noemt {}.",
                format::number(*numerator, 0),
                format::number(*denominator, 0),
                format::percent(crate::model::realised::share(*numerator, *denominator), 1),
                stated_percent(*stated)
            )
        }
    }
}

/// A stated share as the source gave it: `54%`.
fn stated_percent(stated: Stated) -> String {
    format::percent(stated.percent / 100.0, stated.decimals)
}

/// Turns the realised results into a scenario.
pub const REALISED_USE: &str = "Maak hiervan een scenario voor een volgend project";

/// The name of that scenario.
pub const REALISED_USE_NAME: &str = "Volgend project (uit nacalculatie)";

/// What that scenario takes over.
pub const REALISED_USE_NOTE: &str = "Het scenario krijgt dezelfde cliënten, de gerealiseerde uitstroom als \
    verwachting en hetzelfde deel naar werk, en de looptijd en uitkeringslasten als u die invulde; de \
    rest komt uit het voorbeeld Schiedam.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_what_is_wrong_and_what_is_allowed() {
        let cases = [
            (Field::Period, ProblemKind::NotANumber,
             "Dit is geen getal; gebruik cijfers, zoals 569 of 24,4. Toegestaan: van 1 tot en met 120 maanden, hele getallen."),
            (Field::Cost, ProblemKind::OutOfRange { min: 0.0, max: 1e6 },
             "Deze waarde valt buiten het bereik. Toegestaan: van €\u{a0}0 tot en met €\u{a0}1.000.000."),
            (Field::Work, ProblemKind::Empty, "Vul een getal in. Toegestaan: van 0% tot en met 100%."),
            (Field::Caseload, ProblemKind::NotWhole,
             "Vul een heel getal in. Toegestaan: van 0 tot en met 1.000.000 cliënten, hele getallen."),
            (Field::Horizon, ProblemKind::HorizonBeforePeriod { period: 24 },
             "De rekenperiode moet minstens zo lang zijn als de looptijd (24 maanden)."),
        ];
        for (field, kind, want) in cases {
            assert_eq!(problem_message(&Problem { field, kind }), want);
        }
    }

    #[test]
    fn the_notice_names_fields_and_values() {
        let notice = fallback_notice(&[(Field::Work, 52.5), (Field::Period, 18.0)], false);
        assert!(notice.ends_with("de laatste geldige waarde: waarvan naar werk: 52,5%; looptijd van het project: 18 maanden."), "{notice}");
        assert!(fallback_notice(&[(Field::Work, 52.5)], true).contains("standaardwaarde van het voorbeeld Schiedam"));
    }

    #[test]
    fn every_field_has_label_unit_and_hint() {
        for field in Field::ALL {
            assert!(!field_label(field).is_empty() && !field_unit(field).is_empty());
            assert!(field_hint(field).len() > 20, "{field:?}");
        }
    }
}

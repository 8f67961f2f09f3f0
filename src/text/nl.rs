//! The Dutch texts, the page's default.

use super::{
    Caveat, ChartLine, Download, FieldText, HeadlineBasis, Lang, PlanColumn, RealisedExits, ShareDiffers, Source, SummaryCost, SummaryExits, SummarySaving,
    Texts, Unexplained,
};
use crate::model::realised::{Count, Example, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::projection::YearMetric;
use crate::model::set_file::LoadError;
use crate::model::{Field, FormGroup, Metric, Mode, Preset, ProblemKind};

/// Dutch.
pub struct Dutch;

impl Texts for Dutch {
    fn lang(&self) -> Lang {
        Lang::Nl
    }

    fn other_language(&self) -> (Lang, &'static str) {
        (Lang::En, "English")
    }

    fn language_label(&self) -> &'static str {
        "Taal"
    }

    fn file_name(&self, file: Download) -> &'static str {
        match file {
            Download::Set => "uitstroomrekenaar-scenarios.json",
            Download::MonthlyCsv => "uitstroomrekenaar-maanden.csv",
            Download::YearCsv => "uitstroomrekenaar-kalenderjaren.csv",
            Download::ComparisonCsv => "uitstroomrekenaar-vergelijking.csv",
            Download::Unreadable => "uitstroomrekenaar-onleesbaar.json",
        }
    }

    fn copy_suffix(&self) -> &'static str {
        " (kopie)"
    }

    fn months_short(&self) -> &'static str {
        "mnd"
    }

    fn title(&self) -> &'static str {
        "Uitstroomrekenaar"
    }

    fn intro(&self) -> &'static str {
        "Hoeveel cliënten van een re-integratieproject stromen uit de bijstand, \
        via welke route, en wat bespaart dat op het BUIG-budget? Vul de gegevens van uw project in: \
        de resultaten rekenen direct mee."
    }

    fn presets_label(&self) -> &'static str {
        "Voorbeelden"
    }

    fn form_title(&self) -> &'static str {
        "Uw project"
    }

    fn form_group(&self, group: FormGroup) -> &'static str {
        match group {
            FormGroup::Project => "Project en uitstroom",
            FormGroup::Money => "Geld",
            FormGroup::Assumptions => "Vergelijking en rekenperiode",
        }
    }

    fn results_title(&self) -> &'static str {
        "Resultaten"
    }

    fn chart_title(&self) -> &'static str {
        "Cliënten in de uitkering, met en zonder project"
    }

    fn open_full(&self) -> &'static str {
        "Open in de volledige rekenaar"
    }

    fn update_available(&self) -> &'static str {
        "Nieuwe versie beschikbaar —"
    }

    fn update_reload(&self) -> &'static str {
        "herladen"
    }

    fn footer(&self) -> &'static str {
        "Deze rekenaar werkt helemaal in uw browser: er gaan geen gegevens \
        naar een server. Het adres van de pagina bevat uw invoer; kopieer het om een scenario te delen."
    }

    fn preset_label(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Schiedam 2008–2010",
            Preset::Haarlem => "Haarlem SAMEN 1997–2002",
            Preset::Empty => "Leeg",
        }
    }

    fn preset_source(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Bron: artikel Schiedam Kompas (2010)",
            Preset::Haarlem => "Bron: persbericht gemeente Haarlem (2002); startmaand, looptijd en bedrag aangenomen",
            Preset::Empty => "Leeg scenario: vul uw eigen project in",
        }
    }

    fn preset_note(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Voorbeeld: project \"Met Kompas Koersen Naar Eigen Kracht\", Schiedam, \
                1 september 2008 – 1 april 2010. Van 569 langdurig werklozen stroomden er in 18 maanden \
                139 uit (ruim 24%), 73 naar werk. Besparing volgens het artikel: 139 × € 15.000 = \
                € 2.085.000 per jaar. Bron: artikel Schiedam Kompas (2010).",
            Preset::Haarlem => "Voorbeeld: project SAMEN, Haarlem met KLIQ Reïntegratie, gestart 1997, \
                2e prijs Werksleutel 2002. Van 280 cliënten werken er 85 en is bij 43 de uitkering \
                beëindigd: 128 uitstromers. Aangenomen, want het persbericht noemt ze niet: een \
                start in januari 1997 (het jaar staat er, de maand niet), een looptijd van 60 maanden \
                (1997–2002) en € 14.400 per uitkering per jaar (macrobudget \
                2019). Bron: persbericht gemeente Haarlem (2002).",
            Preset::Empty => "Leeg scenario: alle aantallen en bedragen op nul, discontovoet 2,25%, start deze maand. \
                Vul uw eigen project in.",
        }
    }

    fn preset_edited(&self) -> &'static str {
        "U heeft waarden van dit voorbeeld aangepast."
    }

    fn manage_scenario(&self) -> &'static str {
        "Naam wijzigen, dupliceren, nieuw scenario …"
    }

    fn realised_pending_notice(&self) -> &'static str {
        "U ziet de nacalculatie uit de link. De nacalculatie die deze browser bewaart, blijft ongewijzigd tot u kiest."
    }

    fn keep_link_realised(&self) -> &'static str {
        "Nacalculatie uit de link bewaren (vervangt de bewaarde)"
    }

    fn open_saved_realised(&self) -> &'static str {
        "Bewaarde nacalculatie openen"
    }

    fn realised_proposal_title(&self) -> &'static str {
        "Voor uw prijsinzending of evaluatie"
    }

    fn realised_proposal_intro(&self) -> &'static str {
        "Een alinea over wat het project bereikte, om in een prijsinzending (zoals de Werksleutel) of een evaluatie te plakken, en een rapport van één pagina om af te drukken of als PDF te bewaren."
    }

    fn realised_summary_label(&self) -> &'static str {
        "Tekst over de nacalculatie"
    }

    fn print_realised(&self) -> &'static str {
        "Rapport van de nacalculatie afdrukken of als PDF bewaren"
    }

    fn realised_report_title(&self) -> &'static str {
        "Uitstroomrekenaar: nacalculatie"
    }

    fn realised_summary_exits(&self, f: &RealisedExits) -> String {
        let RealisedExits { caseload, period, exits, share, work, work_share } = *f;
        let within = period.map(|p| format!("binnen {p} ")).unwrap_or_default();
        format!("Van de {caseload} cliënten stroomden er {within}{exits} uit de bijstand ({share}), van wie {work} naar werk ({work_share}). ")
    }

    fn realised_summary_ladder(&self, steps: &str, share: &str) -> String {
        format!("{steps} cliënten ({share}) zetten een of meer stappen op de participatieladder. ")
    }

    fn realised_summary_saving(&self, saving: &str, exits: &str, cost: &str) -> String {
        format!("Op jaarbasis scheelt dat {saving} aan uitkeringslasten ({exits} uitstromers × {cost}), het inverdieneffect zoals de bron het berekent. ")
    }

    fn realised_summary_gross(&self) -> &'static str {
        "Dit is bruto: zonder vergelijkingsgroep is niet bekend hoeveel cliënten ook zonder het project waren uitgestroomd, dus over het netto-effect zeggen deze cijfers niets. "
    }

    fn realised_summary_checks(&self) -> &'static str {
        "Bij het narekenen van de bron:"
    }

    fn realised_summary_checks_ok(&self) -> &'static str {
        "De genoemde percentages volgen uit de aantallen en er blijft niets onverklaard. "
    }

    fn plan_label(&self) -> &'static str {
        "Vergelijk met het plan"
    }

    fn plan_none(&self) -> &'static str {
        "Geen plan"
    }

    fn plan_title(&self) -> &'static str {
        "Plan tegenover resultaat"
    }

    fn plan_column(&self, column: PlanColumn) -> &'static str {
        match column {
            PlanColumn::Figure => "Cijfer",
            PlanColumn::Plan => "Plan",
            PlanColumn::Actual => "Gerealiseerd",
            PlanColumn::Difference => "Verschil",
            PlanColumn::Relative => "Verschil in %",
        }
    }

    fn plan_metric_label(&self, metric: PlanMetric) -> &'static str {
        match metric {
            PlanMetric::Exits => "Uitstroom binnen de looptijd",
            PlanMetric::ExitShare => "Uitstroompercentage",
            PlanMetric::ExitsWork => "Naar werk",
            PlanMetric::WorkShare => "Deel naar werk",
            PlanMetric::SavingsPerYear => "Besparing per jaar",
        }
    }

    fn plan_period_differs(&self, plan: &str, actual: &str) -> String {
        format!("Let op: het plan rekent met een looptijd van {plan}, de nacalculatie met {actual}. De cijfers zijn niet omgerekend.")
    }

    fn csv_years(&self) -> &'static str {
        "Per kalenderjaar als CSV"
    }

    fn years_title(&self) -> &'static str {
        "Per kalenderjaar"
    }

    fn years_intro(&self) -> &'static str {
        "Zo landt het project in de begroting: per kalenderjaar de maanden van de rekenperiode, gemiddeld hoeveel cliënten minder in de uitkering, de besparing, de projectkosten en het verschil, niet contant. De laatste kolom is contant; opgeteld is die het netto resultaat."
    }

    fn year_column(&self) -> &'static str {
        "Jaar"
    }

    fn year_total(&self) -> &'static str {
        "Totaal"
    }

    fn year_metric_label(&self, metric: YearMetric) -> &'static str {
        match metric {
            YearMetric::Months => "Maanden",
            YearMetric::ReductionAverage => "Gemiddeld minder in de uitkering",
            YearMetric::Saving => "Besparing",
            YearMetric::ProjectCost => "Projectkosten",
            YearMetric::Net => "Netto",
            YearMetric::NetDiscounted => "Netto, contant",
        }
    }

    fn summary_first_year(&self, year: u32, saving: &str) -> String {
        format!("In {year}, het eerste volledige kalenderjaar, scheelt dat {saving} aan uitkeringslasten. ")
    }

    fn month_name(&self, month: u32) -> &'static str {
        match month {
            1 => "januari",
            2 => "februari",
            3 => "maart",
            4 => "april",
            5 => "mei",
            6 => "juni",
            7 => "juli",
            8 => "augustus",
            9 => "september",
            10 => "oktober",
            11 => "november",
            _ => "december",
        }
    }

    fn not_a_month(&self) -> &'static str {
        "Vul een maand in als jjjj-mm, bijvoorbeeld 2008-09."
    }

    fn field_label(&self, field: Field) -> &'static str {
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
            Field::Start => "Startmaand van het project",
        }
    }

    fn field_unit(&self, field: Field) -> &'static str {
        match field {
            Field::Caseload | Field::Exits => "cliënten",
            Field::Period | Field::Horizon => "maanden",
            Field::ExitShare => "% van de cliënten",
            Field::Work | Field::Return => "% van de uitstroom",
            Field::Cost => "€ per jaar",
            Field::ProjectCost => "€ per jaar, zolang het project loopt",
            Field::Baseline | Field::Discount => "% per jaar",
            Field::Start => "jjjj-mm",
        }
    }

    fn field_hint(&self, field: Field) -> &'static str {
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
            Field::Start => "De eerste maand van het project; de tabel per kalenderjaar begint hier. Schiedam startte op 1 september 2008 (2008-09); Haarlem in 1997, de maand is onbekend (we nemen 1997-01).",
        }
    }

    fn metric_label(&self, metric: Metric) -> &'static str {
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
            Metric::NetExits => "Netto uitstroom door het project",
            Metric::CostPerExit => "Projectkosten per uitstromer (niet contant)",
            Metric::CostPerNetExit => "Projectkosten per netto uitstromer (niet contant)",
        }
    }

    fn no_exits(&self, net: bool) -> &'static str {
        if net {
            "geen netto uitstroom"
        } else {
            "geen uitstroom"
        }
    }

    fn sticky_label(&self) -> &'static str {
        "Besparing per jaar"
    }

    fn no_project_cost(&self) -> &'static str {
        "geen projectkosten ingevuld"
    }

    fn not_within(&self, horizon: u32) -> String {
        format!("niet binnen {}", (self as &dyn Texts).value_in_unit(Field::Horizon, f64::from(horizon)))
    }

    fn chart_x_axis(&self) -> &'static str {
        "Maanden vanaf de start"
    }

    fn chart_y_axis(&self) -> &'static str {
        "Cliënten in de uitkering"
    }

    fn chart_without_label(&self) -> &'static str {
        "Zonder project"
    }

    fn chart_period(&self) -> &'static str {
        "Projectperiode"
    }

    fn chart_intro(&self) -> &'static str {
        "Lijngrafiek van het aantal cliënten in de uitkering per maand."
    }

    fn method_title(&self) -> &'static str {
        "Hoe rekenen we?"
    }

    fn method_formulas(&self) -> &'static [&'static str] {
        &[
        "We volgen de cliënten die bij de start in de uitkering zitten maand voor maand, twee keer: \
         met het project en zonder (de vergelijking).",
        "Met het project stroomt elke maand hetzelfde deel van de resterende cliënten uit, zo gekozen \
         dat na de looptijd precies het verwachte percentage is uitgestroomd: maandkans = \
         1 − (1 − uitstroompercentage)^(1 / looptijd). Na de looptijd, en zonder project de hele tijd, \
         geldt de maandkans van de uitstroom zonder project: 1 − (1 − percentage per jaar)^(1 / 12).",
        "Van de uitstroom van elke maand komt het terugvalpercentage terug in de uitkering, gelijk \
         verdeeld over de twaalf maanden erna. De uitstroom die we tonen telt personen: wie terugkomt \
         en opnieuw uitstroomt, telt één keer, dus 139 verwachte uitstromers zijn er 139, ook met \
         terugval. De besparing volgt wel het werkelijke aantal in de uitkering, terugval inbegrepen.",
        "Een bedrag is bruto als er geen uitstroom zonder project is opgegeven; met uitstroom zonder \
         project is het netto. Terugval wordt, als die is opgegeven, apart genoemd en afgetrokken. \
         Netto uitstroom = uitstroom − uitstroom die zonder project ook was gebeurd. Projectkosten per \
         uitstromer = projectkosten over de looptijd (niet contant) / uitstroom; per netto uitstromer \
         gedeeld door de netto uitstroom.",
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
        "Per kalenderjaar: maand 1 is de startmaand. Per jaar tellen we de maanden van de rekenperiode, \
         het gemiddelde verschil in cliënten, de besparing (per maand verschil × uitkeringslasten / 12) \
         en de projectkosten op, niet contant, zoals een begroting ze boekt. De laatste kolom is \
         contant; over alle jaren opgeteld is die precies het netto resultaat.",
    ]
    }

    fn caveats_title(&self) -> &'static str {
        "Waar u op moet letten"
    }

    fn caveats(&self) -> &'static [(&'static str, &'static str)] {
        &[
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
    ]
    }

    fn sources_title(&self) -> &'static str {
        "Bronnen van de voorbeeldwaarden"
    }

    fn sources_columns(&self) -> [&'static str; 3] {
        ["Gegeven", "Waarde", "Bron"]
    }

    fn sources(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        &[
        ("Schiedam, Kompas 2008–2010", "569 cliënten, 139 uitstromers in 18 maanden, 73 naar werk, € 15.000 per uitkering", "artikel 'Met Kompas Koersen Naar Eigen Kracht' (2010)"),
        ("Haarlem, SAMEN 1997–2002", "280 cliënten, 85 aan het werk, 43 uitkering beëindigd", "persbericht gemeente Haarlem, Werksleutel 2002"),
        ("Uitkeringslasten per jaar", "€ 14.400 (2019); ca. € 17.500 (2025, afgeleid)", "macrobudget 2019 en 2025; Berenschot 2019 (consultancy.nl)"),
        ("Uitstroom per jaar, alle cliënten", "23%–26%", "Divosa benchmark werk & inkomen 2023"),
        ("Uitstroom per jaar, langer dan 3 jaar in de bijstand", "8%", "CBS 2008"),
        ("Terugval binnen 12 maanden", "12–16% na werk; 20–22% van alle uitstroom", "Divosa; CBS; Divosa monitor 2014"),
        ("Netto-effect van intensieve begeleiding", "ca. +8 procentpunt", "Almere 45+, gerandomiseerd onderzoek (ZonMw)"),
        ("Discontovoet", "2,25% (sinds 2021)", "Werkgroep discontovoet 2020"),
        ("Re-integratiekosten per cliënt per jaar", "€ 1.500–2.000", "Divosa factsheet 2015; Almere"),
    ]
    }

    fn scenarios_title(&self) -> &'static str {
        "Scenario's"
    }

    fn scenarios_intro(&self) -> &'static str {
        "Vergelijk varianten van uw project. Kies een scenario om het te \
        bewerken; de andere worden vergeleken met het basisscenario."
    }

    fn base_badge(&self) -> &'static str {
        "basis"
    }

    fn name_label(&self) -> &'static str {
        "Naam van dit scenario"
    }

    fn name_hint(&self, max: usize) -> String {
        format!("Hoogstens {max} tekens.")
    }

    fn name_full(&self, max: usize) -> String {
        format!("De naam is {max} tekens lang: het maximum. Wat u verder typt, wordt niet opgenomen.")
    }

    fn add(&self) -> &'static str {
        "Nieuw scenario"
    }

    fn duplicate(&self) -> &'static str {
        "Dupliceren"
    }

    fn make_base(&self) -> &'static str {
        "Als basis gebruiken"
    }

    fn move_up(&self) -> &'static str {
        "Omhoog"
    }

    fn move_down(&self) -> &'static str {
        "Omlaag"
    }

    fn delete(&self) -> &'static str {
        "Verwijderen"
    }

    fn list_full(&self, max: usize) -> String {
        format!("Er passen hoogstens {max} scenario's in een set.")
    }

    fn comparison_title(&self) -> &'static str {
        "Vergelijking"
    }

    fn comparison_intro(&self) -> &'static str {
        "Elk resultaat per scenario, met het verschil ten opzichte van het \
        basisscenario."
    }

    fn comparison_result(&self) -> &'static str {
        "Resultaat"
    }

    fn files_title(&self) -> &'static str {
        "Bewaren, delen en exporteren"
    }

    fn files_intro(&self) -> &'static str {
        "Uw scenario's worden in deze browser bewaard terwijl u werkt. Het adres \
        van deze pagina bevat alle scenario's: kopieer het om ze te delen."
    }

    fn save_file(&self) -> &'static str {
        "Opslaan als bestand (JSON)"
    }

    fn open_file(&self) -> &'static str {
        "Bestand openen"
    }

    fn csv_monthly(&self) -> &'static str {
        "Maandprojectie als CSV"
    }

    fn csv_comparison(&self) -> &'static str {
        "Vergelijking als CSV"
    }

    fn csv_dialect(&self) -> &'static str {
        "CSV voor"
    }

    fn csv_dutch(&self) -> &'static str {
        "Nederlandse spreadsheet (puntkomma, decimale komma)"
    }

    fn csv_standard(&self) -> &'static str {
        "Standaard (komma, decimale punt)"
    }

    fn csv_monthly_header(&self, column: MonthlyColumn) -> &'static str {
        match column {
            MonthlyColumn::Scenario => "scenario",
            MonthlyColumn::Month => "maand",
            MonthlyColumn::CaseloadProject => "cliënten met project",
            MonthlyColumn::CaseloadBaseline => "cliënten zonder project",
            MonthlyColumn::Exits => "uitstroom",
            MonthlyColumn::Returns => "terugval",
            MonthlyColumn::Saving => "besparing",
            MonthlyColumn::SavingCumulative => "besparing cumulatief",
            MonthlyColumn::SavingDiscounted => "besparing contant",
            MonthlyColumn::SavingDiscountedCumulative => "besparing contant cumulatief",
            MonthlyColumn::ProjectCost => "projectkosten",
            MonthlyColumn::ProjectCostDiscounted => "projectkosten contant",
        }
    }

    fn csv_comparison_header(&self, column: ComparisonColumn) -> &'static str {
        match column {
            ComparisonColumn::Scenario => "scenario",
            ComparisonColumn::Base => "basis",
            ComparisonColumn::Result => "resultaat",
            ComparisonColumn::Code => "code",
            ComparisonColumn::Value => "waarde",
            ComparisonColumn::Difference => "verschil met basis",
            ComparisonColumn::DifferencePercent => "verschil met basis (%)",
            ComparisonColumn::P10 => "p10 (laag)",
            ComparisonColumn::P50 => "p50 (midden)",
            ComparisonColumn::P90 => "p90 (hoog)",
        }
    }

    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "ja"
        } else {
            "nee"
        }
    }

    fn pending_notice(&self, saved: usize) -> String {
        format!(
            "U bekijkt de scenario's uit een link. In deze browser zijn ook eigen scenario's bewaard \
             ({saved}); die blijven ongewijzigd tot u kiest. Wijzigingen aan de scenario's uit de link \
             worden pas bewaard als u ze bewaart."
        )
    }

    fn keep_link_set(&self) -> &'static str {
        "Scenario's uit de link bewaren (vervangt de bewaarde)"
    }

    fn open_saved_set(&self) -> &'static str {
        "Mijn bewaarde scenario's openen"
    }

    fn unreadable_notice(&self, error: &LoadError) -> String {
        format!(
            "De bewaarde scenario's in deze browser konden niet worden gelezen: {} Ze zijn apart \
             bewaard en niet gewijzigd; u kunt ze downloaden. De pagina begint met het voorbeeld.",
            self.load_error(error)
        )
    }

    fn storage_refused(&self) -> &'static str {
        "Deze browser bewaart uw scenario's niet (bijvoorbeeld in een \
        privévenster, of omdat de opslag vol is). Bewaar ze als bestand of bewaar het adres van de pagina, \
        anders zijn ze weg als u de pagina sluit."
    }

    fn download_unreadable(&self) -> &'static str {
        "Onleesbare gegevens downloaden"
    }

    fn dismiss(&self) -> &'static str {
        "Melding sluiten"
    }

    fn file_problem(&self, error: &LoadError) -> String {
        format!("Het bestand is niet geopend: {} Er is niets veranderd.", self.load_error(error))
    }

    fn load_error(&self, error: &LoadError) -> String {
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

    fn proposal_title(&self) -> &'static str {
        "Voor uw voorstel"
    }

    fn proposal_intro(&self) -> &'static str {
        "Een alinea over dit scenario om in een projectvoorstel of \
        prijsinzending te plakken, en een rapport om af te drukken of als PDF te bewaren."
    }

    fn summary_label(&self) -> &'static str {
        "Tekst over dit scenario"
    }

    fn copy(&self) -> &'static str {
        "Tekst kopiëren"
    }

    fn copied(&self) -> &'static str {
        "De tekst staat op het klembord."
    }

    fn copy_selected(&self) -> &'static str {
        "Kopiëren lukte niet automatisch. De tekst is geselecteerd: kopieer \
        hem met Ctrl+C (of Cmd+C)."
    }

    fn print_scenario(&self) -> &'static str {
        "Rapport van dit scenario afdrukken of als PDF bewaren"
    }

    fn print_comparison(&self) -> &'static str {
        "Rapport van de vergelijking afdrukken of als PDF bewaren"
    }

    fn report_title(&self) -> &'static str {
        "Uitstroomrekenaar: rapport"
    }

    fn report_comparison(&self) -> &'static str {
        "Vergelijking van scenario's"
    }

    fn report_date(&self) -> &'static str {
        "Datum"
    }

    fn report_inputs(&self) -> &'static str {
        "Invoer en bronnen"
    }

    fn report_input_columns(&self) -> [&'static str; 3] {
        ["Invoer", "Waarde", "Bron"]
    }

    fn own_assumption(&self) -> &'static str {
        "eigen aanname"
    }

    fn report_link(&self) -> &'static str {
        "Dit scenario online"
    }

    fn report_link_text(&self) -> &'static str {
        "Open dit adres om de berekening te bekijken en aan te passen:"
    }

    // Realised results (nacalculatie).

    fn mode_label(&self) -> &'static str {
        "Wat wilt u doen?"
    }

    fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Projection => "Vooruit rekenen",
            Mode::Realised => "Nacalculatie",
        }
    }

    fn realised_title(&self) -> &'static str {
        "Nacalculatie: wat is er werkelijk gebeurd?"
    }

    fn realised_intro(&self) -> &'static str {
        "Vul in wat uw project heeft bereikt. U ziet de uitstroom en de besparing \
        zoals de bronnen die berekenen, en waar de cijfers niet op elkaar aansluiten. Daarna kunt u er \
        een scenario voor een volgend project van maken."
    }

    fn realised_examples(&self) -> &'static str {
        "Voorbeelden uit de bronnen"
    }

    fn realised_example(&self, example: Example) -> &'static str {
        match example {
            Example::Schiedam => "Schiedam 2008–2010",
            Example::Haarlem => "Haarlem SAMEN 1997–2002",
        }
    }

    fn realised_clear(&self) -> &'static str {
        "Leegmaken"
    }

    fn realised_group(&self, group: RealisedGroup) -> &'static str {
        match group {
            RealisedGroup::Counts => "Wat er gebeurde",
            RealisedGroup::Stated => "Wat de bron zelf noemt (om na te rekenen)",
        }
    }

    fn realised_field(&self, field: RealisedField) -> FieldText {
        match field {
            RealisedField::Caseload => FieldText { label: "Cliënten bij de start", unit: "cliënten", hint: "Verplicht. Schiedam: 569; Haarlem: 280." },
            RealisedField::ExitsWork => FieldText { label: "Uitgestroomd naar werk", unit: "cliënten", hint: "Verplicht. Schiedam: 73; Haarlem: 85." },
            RealisedField::ExitsOther => FieldText { label: "Anders uitgestroomd", unit: "cliënten", hint: "Verplicht: uitkering beëindigd om een andere reden dan werk. Schiedam: 139 − 73 = 66; Haarlem: 43." },
            RealisedField::InTrajectory => {
                FieldText { label: "Nog in traject", unit: "cliënten", hint: "Optioneel: nog bezig of met een goede kans op een baan. Haarlem: 10." }
            }
            RealisedField::Closed => FieldText { label: "Afgesloten trajecten", unit: "trajecten", hint: "Optioneel, als de bron ze telt. Haarlem: 238." },
            RealisedField::LadderSteps => {
                FieldText { label: "Stappen op de participatieladder", unit: "cliënten", hint: "Optioneel: één of meer stappen vooruit. Schiedam: 236." }
            }
            RealisedField::Period => FieldText { label: "Looptijd", unit: "maanden", hint: "Optioneel; nodig voor een scenario. Schiedam: 18 (anderhalf jaar)." },
            RealisedField::Cost => {
                FieldText { label: "Uitkeringslasten per cliënt", unit: "euro per jaar", hint: "Optioneel; voor de besparing per jaar. Schiedam: 15.000." }
            }
            RealisedField::StatedExitShare => FieldText { label: "Uitstroom", unit: "% van de cliënten", hint: "Schiedam noemt 24% (\u{201c}ruim 24%\u{201d})." },
            RealisedField::StatedWorkShare => FieldText { label: "Naar werk", unit: "% van de uitstroom", hint: "Schiedam noemt 54%." },
            RealisedField::StatedLadderShare => FieldText { label: "Stap op de ladder", unit: "% van de cliënten", hint: "Schiedam noemt 42%." },
        }
    }

    fn realised_outcome(&self) -> &'static str {
        "Uitkomst, zoals de bronnen rekenen"
    }

    fn realised_metric(&self, metric: RealisedMetric) -> &'static str {
        match metric {
            RealisedMetric::Exits => "Uitstroom (naar werk + anders)",
            RealisedMetric::ExitShare => "Uitstroom als deel van de cliënten",
            RealisedMetric::WorkShare => "Waarvan naar werk",
            RealisedMetric::LadderShare => "Stap op de participatieladder",
            RealisedMetric::SavingsPerYear => "Besparing per jaar (uitstroom × uitkeringslasten)",
        }
    }

    fn realised_not_given(&self) -> &'static str {
        "niet ingevuld"
    }

    fn realised_incomplete(&self) -> &'static str {
        "Vul cliënten bij de start, uitstroom naar werk en andere uitstroom geldig in \
        om de uitkomst te zien."
    }

    fn realised_gross(&self) -> &'static str {
        "Dit is bruto, zoals in de bronnen: uitstroom die zonder project ook was \
        gebeurd en terugval zijn niet afgetrokken."
    }

    fn checks_title(&self) -> &'static str {
        "Kloppen de cijfers?"
    }

    fn checks_ok(&self) -> &'static str {
        "Ja: geen deel is groter dan zijn geheel, er blijft niets onverklaard en de \
        genoemde percentages volgen uit de aantallen."
    }

    fn count_label(&self, count: Count) -> &'static str {
        match count {
            Count::Caseload => "cliënten bij de start",
            Count::ExitsWork => "naar werk",
            Count::ExitsOther => "anders uitgestroomd",
            Count::InTrajectory => "nog in traject",
            Count::Closed => "afgesloten trajecten",
            Count::LadderSteps => "stappen op de ladder",
        }
    }


    fn realised_use(&self) -> &'static str {
        "Maak hiervan een scenario voor een volgend project"
    }

    fn realised_use_name(&self) -> &'static str {
        "Volgend project (uit nacalculatie)"
    }

    fn realised_use_note(&self) -> &'static str {
        "Het scenario krijgt dezelfde cliënten, de gerealiseerde uitstroom als \
        verwachting en hetzelfde deel naar werk, en de looptijd en uitkeringslasten als u die invulde; de \
        rest komt uit het voorbeeld Schiedam."
    }

    fn headline_basis(&self, f: &HeadlineBasis) -> String {
        let HeadlineBasis { fewer, period, cost } = *f;
        format!("{fewer} cliënten minder in de uitkering na {period} × {cost} per jaar (het inverdieneffect op jaarbasis).")
    }

    fn headline_note(&self, gross: bool) -> &'static str {
        if gross {
            "Bruto: uitstroom die zonder project ook was gebeurd, is niet afgetrokken."
        } else {
            "Netto: uitstroom die zonder project ook was gebeurd, is afgetrokken."
        }
    }

    fn chart_line_text(&self, f: &ChartLine) -> String {
        let ChartLine { name, start, period, at_period, horizon, at_end } = *f;
        format!("{name}: bij de start {start}, na {period} (einde project) {at_period}, na {horizon} {at_end}.")
    }

    fn euros_text(&self, euros: f64) -> String {
        format!("€ {}", self.number(euros, 2))
    }

    fn points_text(&self, points: f64) -> String {
        format!("{} procentpunt", self.number(points, 1))
    }

    fn month_text(&self, month: f64) -> String {
        format!("maand {}", self.number(month, 0))
    }

    fn range_text(&self, from: &str, to: &str) -> String {
        format!("van {from} tot en met {to}")
    }

    fn allowed_text(&self, range: &str, whole: bool) -> String {
        format!("Toegestaan: {range}{}.", if whole { ", hele getallen" } else { "" })
    }

    fn problem_kind_text(&self, kind: &ProblemKind) -> &'static str {
        match kind {
            ProblemKind::Empty => "Vul een getal in.",
            ProblemKind::NotANumber => "Dit is geen getal; gebruik cijfers, zoals 569 of 24,4.",
            ProblemKind::NotWhole => "Vul een heel getal in.",
            ProblemKind::TooManyDecimals => "Gebruik hoogstens twee decimalen.",
            _ => "Deze waarde valt buiten het bereik.",
        }
    }

    fn horizon_before_period(&self, period: &str) -> String {
        format!("De rekenperiode moet minstens zo lang zijn als de looptijd ({period}).")
    }

    fn too_many_exits(&self) -> &'static str {
        "Er kunnen niet meer uitstromers zijn dan cliënten."
    }

    fn fallback_text(&self, used: &str, opened_from_link: bool) -> String {
        let which = if opened_from_link {
            "de standaardwaarde van het voorbeeld Schiedam"
        } else {
            "de laatste geldige waarde"
        };
        format!(
            "Niet alle invoer is geldig. Tot u dat herstelt, rekenen de resultaten voor de gemarkeerde \
             velden met {which}: {used}."
        )
    }

    fn source_name(&self, source: Source) -> &'static str {
        match source {
            Source::SchiedamArticle => "Schiedam, artikel Kompas (2010)",
            Source::SchiedamWork => "Schiedam: 73 van 139 naar werk",
            Source::HaarlemRelease => "Haarlem, persbericht SAMEN (2002)",
            Source::HaarlemExits => "Haarlem: 85 aan het werk + 43 uitkering beëindigd",
            Source::HaarlemWork => "Haarlem: 85 van 128 naar werk",
            Source::HaarlemPeriodAssumed => "aanname: 1997–2002 (het persbericht noemt geen looptijd)",
            Source::HaarlemCostAssumed => "aanname: macrobudget 2019 (het persbericht noemt geen bedrag)",
            Source::HaarlemStartAssumed => "aanname: januari 1997 (het persbericht noemt 1997, niet de maand)",
            Source::Budget2019 => "macrobudget 2019; Berenschot 2019",
            Source::Derived2025 => "afgeleid uit macrobudget 2025",
            Source::Cbs2008 => "CBS 2008: > 3 jaar in de bijstand",
            Source::DivosaBenchmark => "Divosa benchmark 2023",
            Source::DivosaMonitor => "Divosa monitor 2014",
            Source::ReturnAfterWork => "Divosa; CBS (terugval na werk)",
            Source::DiscountNorm => "Werkgroep discontovoet 2020",
            Source::NotIncluded => "niet meegerekend",
        }
    }

    fn share_label(&self, share: ShareOf) -> &'static str {
        match share {
            ShareOf::Exits => "Uitstroom",
            ShareOf::Work => "Naar werk",
            ShareOf::Ladder => "Stap op de ladder",
        }
    }

    fn exceeds_text(&self, parts: &str, whole: &str) -> String {
        format!("Meer dan het geheel: {parts}, maar {whole}.")
    }

    fn unexplained_text(&self, f: &Unexplained) -> String {
        let Unexplained { parts, whole, remainder } = *f;
        format!("Niet verklaard: {parts}, maar {whole}. Over {remainder} zegt de bron niets.")
    }

    fn share_differs_text(&self, f: &ShareDiffers) -> String {
        let ShareDiffers { what, numerator, denominator, computed, stated } = *f;
        format!("Percentage klopt niet: {what} is {numerator} van {denominator} = {computed}, de bron noemt {stated}.")
    }

    fn summary_exits(&self, f: &SummaryExits) -> String {
        let SummaryExits { name, caseload, period, exits, share, work } = *f;
        format!(
            "{name}: van de {caseload} cliënten verwachten we dat er binnen {period} {exits} uit de bijstand \
             stromen ({share}), van wie {work} naar werk. "
        )
    }

    fn summary_saving(&self, f: &SummarySaving) -> String {
        let SummarySaving { saving, fewer, cost } = *f;
        format!(
            "Dat geeft een structurele besparing op de uitkeringslasten van {saving} per jaar: {fewer} \
             cliënten minder in de uitkering aan het einde van het project, maal {cost} per uitkering per jaar. "
        )
    }

    fn summary_gross(&self) -> &'static str {
        "Dit is een brutobedrag: uitstroom die ook zonder het project zou zijn gebeurd, is niet afgetrokken. "
    }

    fn summary_deadweight(&self, per_year: &str, exits: &str) -> String {
        format!(
            "Daarbij is afgetrokken wat zonder het project ook zou gebeuren ({per_year} per jaar, {exits} \
             cliënten in de looptijd). "
        )
    }

    fn summary_returns(&self, share: &str) -> String {
        format!("We rekenen ermee dat {share} van de uitstromers binnen een jaar terugkeert; die terugval is afgetrokken. ")
    }

    fn summary_cost(&self, f: &SummaryCost) -> String {
        let SummaryCost { horizon, cost, saving, rate, net } = *f;
        format!(
            "Over {horizon} staat tegenover {cost} aan projectkosten een besparing van {saving} (contant, \
             {rate} per jaar): netto {net}. "
        )
    }

    fn summary_pays_back(&self, month: u32) -> String {
        format!("Het project verdient zich terug in maand {month}. ")
    }

    fn summary_no_pay_back(&self, horizon: &str) -> String {
        format!("Binnen {horizon} verdient het project zich niet terug. ")
    }

    fn uncertainty(&self) -> &'static super::uncertainty::UncertaintyWords {
        &super::uncertainty::NL
    }

    fn summary_caveat(&self, caveat: Caveat) -> &'static str {
        match caveat {
            Caveat::Deadweight => {
                "Let op: een deel van deze cliënten was ook zonder het project uitgestroomd; het \
                 netto-effect van intensieve begeleiding is in onderzoek ongeveer 8 procentpunt (Almere, ZonMw)."
            }
            Caveat::Returns => {
                "Let op: niet elke uitstroom is blijvend; ongeveer één op de vijf uitstromers is binnen \
                 een jaar terug (Divosa monitor 2014)."
            }
            Caveat::Budget => {
                "Let op: een bespaarde uitkering is niet altijd een besparing op het budget van de \
                 gemeente, omdat het macrobudget en het verdeelmodel meebewegen (Divosa, factsheet \
                 bijstandsbudget 2017)."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Problem;
    use crate::text::Texts;

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
            assert_eq!((&Dutch as &dyn Texts).problem_message(&Problem { field, kind }), want);
        }
    }

    #[test]
    fn the_notice_names_fields_and_values() {
        let notice = (&Dutch as &dyn Texts).fallback_notice(&[(Field::Work, 52.5), (Field::Period, 18.0)], false);
        assert!(notice.ends_with("de laatste geldige waarde: waarvan naar werk: 52,5%; looptijd van het project: 18 maanden."), "{notice}");
        assert!((&Dutch as &dyn Texts).fallback_notice(&[(Field::Work, 52.5)], true).contains("standaardwaarde van het voorbeeld Schiedam"));
    }

    #[test]
    fn every_field_has_label_unit_and_hint() {
        for field in Field::ALL {
            assert!(!Dutch.field_label(field).is_empty() && !Dutch.field_unit(field).is_empty());
            assert!(Dutch.field_hint(field).len() > 20, "{field:?}");
        }
    }
}

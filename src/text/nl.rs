//! The Dutch texts, the page's default.

use super::{
    ChartLine, Deadweight, Exceeds, FieldText, HeadlineBasis, Keyed, LadderSteps, Lang, Periods, RealisedExits, RealisedSaving, ShareDiffers, Span, SummaryCost, SummaryExits, SummarySaving, Texts, Unexplained,
};
use crate::model::realised::{Count, Example, PlanColumn, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::document::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::results::YearMetric;
use crate::model::document::set_file::LoadError;
use crate::model::{Caveat, Download, Field, FormGroup, Metric, Mode, Preset, ProblemKind, Source};

pub const DUTCH: Texts = Texts {
    lang: Lang::Nl,
    other_language: (Lang::En, "English"),
    language_label: "Taal",

    file_name: Keyed(|file| match file {
        Download::Set => "uitstroomrekenaar-scenarios.json",
        Download::MonthlyCsv => "uitstroomrekenaar-maanden.csv",
        Download::YearCsv => "uitstroomrekenaar-kalenderjaren.csv",
        Download::GroupCsv => "uitstroomrekenaar-groepen.csv",
        Download::PartiesCsv => "uitstroomrekenaar-wie-betaalt.csv",
        Download::Excel => "uitstroomrekenaar-businesscase.xlsx",
        Download::ExcelSet => "uitstroomrekenaar-scenarioset.xlsx",
        Download::ComparisonCsv => "uitstroomrekenaar-vergelijking.csv",
        Download::Unreadable => "uitstroomrekenaar-onleesbaar.json",
    }),

    copy_suffix: " (kopie)",
    months_short: "mnd",
    title: "Uitstroomrekenaar",

    intro: "Hoeveel cliënten van een re-integratieproject stromen uit de bijstand, \
        via welke route, en wat bespaart dat op het BUIG-budget? Vul de gegevens van uw project in: \
        de resultaten rekenen direct mee.",

    presets_label: "Voorbeelden",
    form_title: "Uw project",

    form_group: Keyed(|group| match group {
        FormGroup::Project => "Project en uitstroom",
        FormGroup::Money => "Geld",
        FormGroup::Assumptions => "Vergelijking en rekenperiode",
    }),

    results_title: "Resultaten",
    skip_to_results: "Direct naar de resultaten",
    chart_title: "Cliënten in de uitkering, met en zonder project",
    open_full: "Open in de volledige rekenaar",
    update_available: "Nieuwe versie beschikbaar —",
    update_reload: "herladen",

    footer: "Deze rekenaar werkt helemaal in uw browser: er gaan geen gegevens \
        naar een server. Het adres van de pagina bevat uw invoer; kopieer het om een scenario te delen.",

    preset_label: Keyed(|preset| match preset {
        Preset::Schiedam => "Schiedam 2008–2010",
        Preset::Haarlem => "Haarlem SAMEN 1997–2002",
        Preset::Empty => "Leeg",
    }),

    preset_source: Keyed(|preset| match preset {
        Preset::Schiedam => "Bron: artikel Schiedam Kompas (2010)",
        Preset::Haarlem => "Bron: persbericht gemeente Haarlem (2002); startmaand, looptijd en bedrag aangenomen",
        Preset::Empty => "Leeg scenario: vul uw eigen project in",
    }),

    preset_note: Keyed(|preset| match preset {
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
    }),

    preset_edited: "U heeft waarden van dit voorbeeld aangepast.",
    manage_scenario: "Naam wijzigen, dupliceren, nieuw scenario …",
    realised_pending_notice: "U ziet de nacalculatie uit de link. De nacalculatie die deze browser bewaart, blijft ongewijzigd tot u kiest.",
    keep_link_realised: "Nacalculatie uit de link bewaren (vervangt de bewaarde)",
    open_saved_realised: "Bewaarde nacalculatie openen",
    realised_proposal_title: "Voor uw prijsinzending of evaluatie",
    realised_proposal_intro: "Een alinea over wat het project bereikte, om in een prijsinzending (zoals de Werksleutel) of een evaluatie te plakken, en een rapport van één pagina om af te drukken of als PDF te bewaren.",
    realised_summary_label: "Tekst over de nacalculatie",
    print_realised: "Rapport van de nacalculatie afdrukken of als PDF bewaren",
    realised_report_title: "Uitstroomrekenaar: nacalculatie",

    realised_summary_exits: |f| {
        let RealisedExits { caseload, period, exits, share, work, work_share } = *f;
        let within = period.map(|p| format!("binnen {p} ")).unwrap_or_default();
        format!("Van de {caseload} cliënten stroomden er {within}{exits} uit de bijstand ({share}), van wie {work} naar werk ({work_share}). ")
    },

    realised_summary_ladder: |&LadderSteps { steps, share }| format!("{steps} cliënten ({share}) zetten een of meer stappen op de participatieladder. "),
    realised_summary_saving: |&RealisedSaving { saving, exits, cost }| format!("Op jaarbasis scheelt dat {saving} aan uitkeringslasten ({exits} uitstromers × {cost}), het inverdieneffect zoals de bron het berekent. "),
    realised_summary_gross: "Dit is bruto: zonder vergelijkingsgroep is niet bekend hoeveel cliënten ook zonder het project waren uitgestroomd, dus over het netto-effect zeggen deze cijfers niets. ",
    realised_summary_checks: "Bij het narekenen van de bron:",
    realised_summary_checks_ok: "De genoemde percentages volgen uit de aantallen en er blijft niets onverklaard. ",
    plan_label: "Vergelijk met het plan",
    plan_none: "Geen plan",
    plan_title: "Plan tegenover resultaat",

    plan_column: Keyed(|column| match column {
        PlanColumn::Figure => "Cijfer",
        PlanColumn::Plan => "Plan",
        PlanColumn::Actual => "Gerealiseerd",
        PlanColumn::Difference => "Verschil",
        PlanColumn::Relative => "Verschil in %",
    }),

    plan_metric_label: Keyed(|metric| match metric {
        PlanMetric::Exits => "Uitstroom binnen de looptijd",
        PlanMetric::ExitShare => "Uitstroompercentage",
        PlanMetric::ExitsWork => "Naar werk",
        PlanMetric::WorkShare => "Deel naar werk",
        PlanMetric::SavingsPerYear => "Besparing per jaar",
    }),

    plan_period_differs: |&Periods { plan, actual }| format!("Let op: het plan rekent met een looptijd van {plan}, de nacalculatie met {actual}. De cijfers zijn niet omgerekend."),
    csv_years: "Per kalenderjaar als CSV",
    csv_groups: "Per groep als CSV",
    excel_download: "Download als Excel",
    excel_set_download: "Download de set als Excel",
    excel_about: "Als rekenblad: elke uitkomst is een formule over de invoer, zodat u een andere aanname kunt proberen. Het eerste bestand bevat het scenario dat u bewerkt, het tweede alle scenario's met een vergelijking.",
    excel_busy: "Het Excel-bestand wordt gemaakt…",
    excel_failed: "Het Excel-bestand kon niet worden gemaakt. Probeer het opnieuw.",
    years_title: "Per kalenderjaar",
    years_intro: "Zo landt het project in de begroting: per kalenderjaar de maanden van de rekenperiode, gemiddeld hoeveel cliënten minder in de uitkering, de besparing, de projectkosten en het verschil, niet contant. De laatste kolom is contant; opgeteld is die het netto resultaat.",
    year_column: "Jaar",
    year_total: "Totaal",

    year_metric_label: Keyed(|metric| match metric {
        YearMetric::Months => "Maanden",
        YearMetric::ReductionAverage => "Gemiddeld minder in de uitkering",
        YearMetric::SubsidyCost => "Loonkostensubsidie",
        YearMetric::ParttimeSaving => "Minder uitkering deeltijdwerkers",
        YearMetric::Saving => "Besparing",
        YearMetric::ProjectCost => "Projectkosten",
        YearMetric::Net => "Netto",
        YearMetric::NetDiscounted => "Netto, contant",
    }),

    summary_first_year: |year, saving| format!("In {year}, het eerste volledige kalenderjaar, scheelt dat {saving} aan uitkeringslasten. "),

    month_name: |month| match month {
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
    },

    not_a_month: "Vul een maand in als jjjj-mm, bijvoorbeeld 2008-09.",

    field_label: Keyed(|field| match field {
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
        Field::Inhabitants => "Inwoners van de gemeente",
        Field::PerCoach => "Cliënten per coach in het project",
        Field::PerCoachRegular => "Cliënten per coach zonder project",
        Field::FteCost => "Kosten van een coach",
        Field::Subsidised => "Waarvan met loonkostensubsidie",
        Field::SubsidyCost => "Loonkostensubsidie per plaatsing",
        Field::Parttime => "Cliënten die in deeltijd gaan werken naast de uitkering",
        Field::ParttimeSaving => "Minder uitkering per deeltijdwerker",
        Field::ExecutionCost => "Uitvoeringskosten per uitkering",
        Field::IncomeGain => "Inkomenswinst per cliënt die gaat werken",
    }),

    field_unit: Keyed(|field| match field {
        Field::Caseload | Field::Exits => "cliënten",
        Field::Period | Field::Horizon => "maanden",
        Field::ExitShare => "% van de cliënten",
        Field::Work | Field::Return => "% van de uitstroom",
        Field::Cost => "€ per jaar",
        Field::ProjectCost => "€ per jaar, zolang het project loopt",
        Field::Baseline | Field::Discount => "% per jaar",
        Field::Start => "jjjj-mm",
        Field::Inhabitants => "inwoners",
        Field::PerCoach | Field::PerCoachRegular => "cliënten per fte",
        Field::FteCost => "€ per fte per jaar",
        Field::Subsidised => "% van de uitstroom naar werk",
        Field::SubsidyCost => "€ per jaar",
        Field::Parttime => "cliënten",
        Field::ParttimeSaving => "€ per maand",
        Field::ExecutionCost => "€ per jaar",
        Field::IncomeGain => "€ netto per jaar",
    }),

    field_hint: Keyed(|field| match field {
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
        Field::Inhabitants => "Voor wat het BUIG-budget van de besparing houdt. Onder 15.000 inwoners \
                volgt het budget de eigen uitgaven van twee jaar eerder, vanaf 40.000 het verdeelmodel. \
                Leeg = onbekend (CBS, Regionale kerncijfers).",
        Field::PerCoach => "Intensieve begeleiding: 25–35 cliënten per coach (proef Almere: hoogstens \
                25; pilot: ca. 35). Met de kosten van een coach is het team de projectkosten. Leeg = \
                geen team.",
        Field::PerCoachRegular => "Reguliere begeleiding: ca. 150 cliënten per klantmanager, \
                100–300 komt voor (svland.nl, kennisbank). Leeg = elke coach van het project is extra.",
        Field::FteCost => "Salaris (CAO Gemeenten) met werkgeverslasten en overhead. Een landelijk \
                bedrag per fte voor een klantmanager vonden we niet in een bron die we konden lezen: \
                vul het bedrag van uw gemeente in. Ter vergelijking: Zwolle rekende in 2017 alleen \
                aan overhead € 60.726 per fte (begroting 2017).",
        Field::Subsidised => "Plaatsingen met loonkostensubsidie: de gemeente betaalt de subsidie uit \
                hetzelfde BUIG-budget. In 2022 werkten ca. 33.000 mensen met loonkostensubsidie \
                (gemeente.nu, 2024). Met de subsidie per plaatsing; leeg = geen.",
        Field::SubsidyCost => "Wettelijk minimumloon min de loonwaarde, plus 23,5% werkgeverslasten. Bij \
                de gemiddelde loonwaarde van 51% (Divosa 2017) en het minimumloon van 2026 ca. \
                € 16.700 per jaar voltijds (afgeleid): ongeveer een bijstandsuitkering voor een \
                alleenstaande, dus bijna geen besparing.",
        Field::Parttime => "Geen uitstroom: de uitkering loopt door, de verdiensten gaan eraf. Ca. 8% van \
                de bijstandsontvangers werkt in deeltijd (Divosa 2019). Hoogstens de cliënten die \
                niet uitstromen; ze beginnen gelijkmatig over de looptijd en blijven werken. Leeg = \
                geen.",
        Field::ParttimeSaving => "Gemiddeld € 489 per maand verdiend (Divosa 2019). Met de vrijlating \
                van 25% (art. 31 lid 2 n Participatiewet, de regel van 2026, hoogstens 6 maanden) is \
                dat € 367 minder uitkering, daarna € 489. Per 1 januari 2027 verandert de regel \
                (art. 34a, Participatiewet in balans). Hoogstens de uitkering per maand.",
        Field::ExecutionCost => "Wat de gemeente zelf kwijt is aan het uitvoeren van één uitkering: \
                gemiddeld € 2.883 per jaar over 30 gemeenten, vooral personeel voor inkomen en \
                re-integratie (Berenschot 2019). Een gemiddelde: met een kleiner bestand krimpt de \
                formatie niet meteen. Leeg = niet meegeteld.",
        Field::IncomeGain => "Netto meer per jaar met werk dan met de uitkering; negatief is de \
                armoedeval. Alleenstaande ouder op het minimumloon: 4 dagen werken ca. € 2.100 per \
                jaar meer, 5 dagen ca. € 4.700; vóór 2015 € -1.000 en € 1.800 (Divosa 2019). Leeg = \
                niet meegeteld.",
    }),

    metric_label: Keyed(|metric| match metric {
        Metric::SavingsPerYear => "Besparing per jaar (structureel)",
        Metric::Exits => "Uitstroom binnen de looptijd",
        Metric::ExitShare => "Uitstroompercentage",
        Metric::ExitsWork => "waarvan naar werk",
        Metric::ExitsOther => "waarvan overige uitstroom",
        Metric::ExitsBaseline => "Uitstroom die zonder project ook was gebeurd",
        Metric::CaseloadEnd => "Cliënten in de uitkering aan het einde",
        Metric::BenefitSavingsPerYear => "Minder uitkering per jaar voor de uitstroom",
        Metric::SubsidisedPlacements => "Plaatsingen met loonkostensubsidie",
        Metric::SubsidyCostPerYear => "Loonkostensubsidie per jaar",
        Metric::ParttimeSavingsPerYear => "Minder uitkering per jaar voor deeltijdwerkers",
        Metric::SavingsTotal => "Besparing over de rekenperiode, contant",
        Metric::ProjectCostTotal => "Projectkosten, contant",
        Metric::NetResult => "Netto resultaat",
        Metric::ExecutionSavingsTotal => "Minder uitvoeringskosten, contant",
        Metric::ClientIncomeTotal => "Inkomenswinst van de cliënten, contant",
        Metric::MunicipalityNet => "Netto voor de gemeente (BUIG en eigen begroting)",
        Metric::ReturnRatio => "Opbrengst per euro projectkosten",
        Metric::BreakEvenMonth => "Terugverdiend in maand",
        Metric::BreakEvenExits => "Uitstroom nodig om terug te verdienen",
        Metric::BreakEvenExitShare => "Uitstroompercentage nodig om terug te verdienen",
        Metric::TeamFte => "Extra coaches voor het project",
        Metric::TeamCostPerYear => "Kosten van het team per jaar",
        Metric::NetExits => "Netto uitstroom door het project",
        Metric::CostPerExit => "Projectkosten per uitstromer (niet contant)",
        Metric::CostPerNetExit => "Projectkosten per netto uitstromer (niet contant)",
        Metric::HistoricShare => "Deel van het BUIG-budget dat de eigen uitgaven volgt",
        Metric::BudgetKept => "Besparing die het BUIG-budget houdt (niet contant)",
    }),

    no_exits: Keyed(|net| if net {
        "geen netto uitstroom"
    } else {
        "geen uitstroom"
    }),

    sticky_label: "Besparing per jaar",
    no_project_cost: "geen projectkosten ingevuld",
    not_within: |horizon| format!("niet binnen {horizon}"),
    chart_x_axis: "Maanden vanaf de start",
    chart_y_axis: "Cliënten in de uitkering",
    chart_without_label: "Zonder project",
    chart_period: "Projectperiode",
    chart_intro: "Lijngrafiek van het aantal cliënten in de uitkering per maand.",
    method_title: "Hoe rekenen we?",
    accessibility_title: "Toegankelijkheid",
    accessibility: &[
        "Deze rekenaar wil voldoen aan WCAG 2.1 niveau A en AA. Bij elke wijziging controleren \
            automatische tests met axe-core de pagina in beide talen, met fouten in velden, \
            bandbreedtes, de nacalculatie en de ingesloten pagina; andere tests bedienen de \
            pagina met het toetsenbord en kijken of de uitkomst op het eerste scherm staat, ook \
            op een telefoon.",
        "Niet gedaan: een onderzoek volgens WCAG-EM door een deskundige, en tests met \
            schermlezers of door mensen met een beperking. Automatische tests vinden maar een \
            deel van de problemen.",
        "Zet uw gemeente deze rekenaar op haar site, dan hoort daar een eigen \
            toegankelijkheidsverklaring bij (digitoegankelijk.nl). Het bestand ACCESSIBILITY.md \
            bij de broncode zegt wat getest is en hoe u de verklaring opstelt.",
    ],

    method_formulas: &[
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
    ],

    caveats_title: "Waar u op moet letten",

    caveats: &[
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
    ],

    sources_title: "Bronnen van de voorbeeldwaarden",
    sources_columns: ["Gegeven", "Waarde", "Bron"],

    sources: &[
    ("Schiedam, Kompas 2008–2010", "569 cliënten, 139 uitstromers in 18 maanden, 73 naar werk, € 15.000 per uitkering", "artikel 'Met Kompas Koersen Naar Eigen Kracht' (2010)"),
    ("Haarlem, SAMEN 1997–2002", "280 cliënten, 85 aan het werk, 43 uitkering beëindigd", "persbericht gemeente Haarlem, Werksleutel 2002"),
    ("Uitkeringslasten per jaar", "€ 14.400 (2019); ca. € 17.500 (2025, afgeleid)", "macrobudget 2019 en 2025; Berenschot 2019 (consultancy.nl)"),
    ("Uitstroom per jaar, alle cliënten", "23%–26%", "Divosa benchmark werk & inkomen 2023"),
    ("Uitstroom per jaar, langer dan 3 jaar in de bijstand", "8%", "CBS 2008"),
    ("Terugval binnen 12 maanden", "12–16% na werk; 20–22% van alle uitstroom", "Divosa; CBS; Divosa monitor 2014"),
    ("Netto-effect van intensieve begeleiding", "ca. +8 procentpunt", "Almere 45+, gerandomiseerd onderzoek (ZonMw)"),
    ("Discontovoet", "2,25% (sinds 2021)", "Werkgroep discontovoet 2020"),
    ("Re-integratiekosten per cliënt per jaar", "€ 1.500–2.000", "Divosa factsheet 2015; Almere"),
    ("Cliënten per coach, intensieve begeleiding", "25–35", "Almere: proef hoogstens 25, pilot ca. 35 (Regioplan; ZonMw)"),
    ("Cliënten per klantmanager, reguliere begeleiding", "ca. 150 (100–300)", "svland.nl, kennisbank"),
    ("Kosten van een coach per fte per jaar", "geen landelijk bedrag gevonden; alleen overhead al € 60.726 (Zwolle, 2017)", "CAO Gemeenten; begroting Zwolle 2017"),
    ],

    scenarios_title: "Scenario's",

    scenarios_intro: "Vergelijk varianten van uw project. Kies een scenario om het te \
        bewerken; de andere worden vergeleken met het basisscenario.",

    base_badge: "basis",
    name_label: "Naam van dit scenario",
    name_hint: |max| format!("Hoogstens {max} tekens."),
    name_full: |max| format!("De naam is {max} tekens lang: het maximum. Wat u verder typt, wordt niet opgenomen."),
    add: "Nieuw scenario",
    duplicate: "Dupliceren",
    make_base: "Als basis gebruiken",
    move_up: "Omhoog",
    move_down: "Omlaag",
    delete: "Verwijderen",
    list_full: |max| format!("Er passen hoogstens {max} scenario's in een set."),
    comparison_title: "Vergelijking",

    comparison_intro: "Elk resultaat per scenario, met het verschil ten opzichte van het \
        basisscenario.",
    comparison_unlike: "Let op: deze scenario's verschillen in aantal cliënten of in rekenperiode, \
        dus hun totalen (uitstroom, besparing, netto resultaat) verschillen ook daardoor. Vergelijk \
        de percentages en de bedragen per uitstromer.",

    comparison_result: "Resultaat",
    files_title: "Bewaren, delen en exporteren",

    files_intro: "Uw scenario's worden in deze browser bewaard terwijl u werkt. Het adres \
        van deze pagina bevat alle scenario's: kopieer het om ze te delen.",

    save_file: "Opslaan als bestand (JSON)",
    open_file: "Bestand openen",
    csv_monthly: "Maandprojectie als CSV",
    csv_comparison: "Vergelijking als CSV",
    csv_dialect: "CSV voor",
    csv_dutch: "Nederlandse spreadsheet (puntkomma, decimale komma)",
    csv_standard: "Standaard (komma, decimale punt)",

    csv_monthly_header: Keyed(|column| match column {
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
        MonthlyColumn::SubsidyCost => "loonkostensubsidie",
        MonthlyColumn::ParttimeSaving => "minder uitkering deeltijdwerkers",
        MonthlyColumn::ExecutionSaving => "minder uitvoeringskosten",
        MonthlyColumn::ClientIncome => "inkomenswinst cliënten",
    }),

    csv_comparison_header: Keyed(|column| match column {
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
    }),

    yes_no: Keyed(|yes| if yes {
        "ja"
    } else {
        "nee"
    }),

    pending_notice: |saved| format!(
        "U bekijkt de scenario's uit een link. In deze browser zijn ook eigen scenario's bewaard \
             ({saved}); die blijven ongewijzigd tot u kiest. Wijzigingen aan de scenario's uit de link \
             worden pas bewaard als u ze bewaart."
    ),

    keep_link_set: "Scenario's uit de link bewaren (vervangt de bewaarde)",
    open_saved_set: "Mijn bewaarde scenario's openen",

    unreadable_notice: |error, kept_aside| {
        let kept = if kept_aside {
            "Ze zijn apart bewaard en niet gewijzigd; u kunt ze downloaden."
        } else {
            "Ze konden niet apart worden bewaard: ze blijven ongewijzigd staan waar ze stonden en de \
             pagina bewaart niets in hun plaats. Download ze om ze veilig te stellen."
        };
        // Not what the page shows instead: the example, or a link's set.
        format!("De bewaarde scenario's in deze browser konden niet worden gelezen: {error} {kept}")
    },

    storage_refused: "Deze browser bewaart uw scenario's niet (bijvoorbeeld in een \
        privévenster, of omdat de opslag vol is). Bewaar ze als bestand of bewaar het adres van de pagina, \
        anders zijn ze weg als u de pagina sluit.",

    download_unreadable: "Onleesbare gegevens downloaden",
    dismiss: "Melding sluiten",
    file_problem: |error| format!("Het bestand is niet geopend: {} Er is niets veranderd.", error),

    load_error: |error| match error {
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
        LoadError::BadGroups(i) => format!(
            "de groepen van scenario {i} zijn geen lijst van hoogstens 8 groepen met een naam (hoogstens 60 tekens), \
             caseload, exit of exits, work en baseline als tekst."
        ),
        LoadError::BadName(i) => {
            format!("de naam van scenario {i} ontbreekt of is langer dan 60 tekens.")
        }
        LoadError::BadInputs(i) => {
            format!("de invoer van scenario {i} is geen lijst van teksten van hoogstens 200 tekens.")
        }
        LoadError::UnknownInput(i, key) => format!("scenario {i} bevat een onbekend veld: '{key}'."),
    },

    proposal_title: "Voor uw voorstel",

    proposal_intro: "Een alinea over dit scenario om in een projectvoorstel of \
        prijsinzending te plakken, en een rapport om af te drukken of als PDF te bewaren.",

    summary_label: "Tekst over dit scenario",
    copy: "Tekst kopiëren",
    copied: "De tekst staat op het klembord.",

    copy_selected: "Kopiëren lukte niet automatisch. De tekst is geselecteerd: kopieer \
        hem met Ctrl+C (of Cmd+C).",

    print_scenario: "Rapport van dit scenario afdrukken of als PDF bewaren",
    print_comparison: "Rapport van de vergelijking afdrukken of als PDF bewaren",
    report_title: "Uitstroomrekenaar: rapport",
    report_comparison: "Vergelijking van scenario's",
    report_date: "Datum",
    report_inputs: "Invoer en bronnen",
    report_input_columns: ["Invoer", "Waarde", "Bron"],
    own_assumption: "eigen aanname",
    report_link: "Dit scenario online",
    report_link_text: "Open dit adres om de berekening te bekijken en aan te passen:",

    // Realised results (nacalculatie).

    mode_label: "Wat wilt u doen?",

    mode: Keyed(|mode| match mode {
        Mode::Projection => "Vooruit rekenen",
        Mode::Realised => "Nacalculatie",
    }),

    realised_title: "Nacalculatie: wat is er werkelijk gebeurd?",

    realised_intro: "Vul in wat uw project heeft bereikt. U ziet de uitstroom en de besparing \
        zoals de bronnen die berekenen, en waar de cijfers niet op elkaar aansluiten. Daarna kunt u er \
        een scenario voor een volgend project van maken.",

    realised_examples: "Voorbeelden uit de bronnen",

    realised_example: Keyed(|example| match example {
        Example::Schiedam => "Schiedam 2008–2010",
        Example::Haarlem => "Haarlem SAMEN 1997–2002",
    }),

    realised_clear: "Leegmaken",

    realised_group: Keyed(|group| match group {
        RealisedGroup::Counts => "Wat er gebeurde",
        RealisedGroup::Stated => "Wat de bron zelf noemt (om na te rekenen)",
    }),

    realised_field: Keyed(|field| match field {
        RealisedField::Caseload => FieldText { label: "Cliënten bij de start", unit: "cliënten", hint: "Verplicht. Schiedam: 569; Haarlem: 280." },
        RealisedField::ExitsWork => FieldText { label: "Uitgestroomd naar werk", unit: "cliënten", hint: "Verplicht. Schiedam: 73; Haarlem: 85." },
        RealisedField::ExitsOther => FieldText { label: "Anders uitgestroomd", unit: "cliënten", hint: "Verplicht: uitkering beëindigd om een andere reden dan werk. Schiedam: 139 − 73 = 66; Haarlem: 43." },
        RealisedField::InTrajectory => FieldText { label: "Nog in traject", unit: "cliënten", hint: "Optioneel: nog bezig of met een goede kans op een baan. Haarlem: 10." },
        RealisedField::Closed => FieldText { label: "Afgesloten trajecten", unit: "trajecten", hint: "Optioneel, als de bron ze telt. Haarlem: 238." },
        RealisedField::LadderSteps => FieldText { label: "Stappen op de participatieladder", unit: "cliënten", hint: "Optioneel: één of meer stappen vooruit. Schiedam: 236." },
        RealisedField::Period => FieldText { label: "Looptijd", unit: "maanden", hint: "Optioneel; nodig voor een scenario. Schiedam: 18 (anderhalf jaar)." },
        RealisedField::Cost => FieldText { label: "Uitkeringslasten per cliënt", unit: "euro per jaar", hint: "Optioneel; voor de besparing per jaar. Schiedam: 15.000." },
        RealisedField::StatedExitShare => FieldText { label: "Uitstroom", unit: "% van de cliënten", hint: "Schiedam noemt 24% (\u{201c}ruim 24%\u{201d})." },
        RealisedField::StatedWorkShare => FieldText { label: "Naar werk", unit: "% van de uitstroom", hint: "Schiedam noemt 54%." },
        RealisedField::StatedLadderShare => FieldText { label: "Stap op de ladder", unit: "% van de cliënten", hint: "Schiedam noemt 42%." },
    }),

    realised_outcome: "Uitkomst, zoals de bronnen rekenen",

    realised_metric: Keyed(|metric| match metric {
        RealisedMetric::Exits => "Uitstroom (naar werk + anders)",
        RealisedMetric::ExitShare => "Uitstroom als deel van de cliënten",
        RealisedMetric::WorkShare => "Waarvan naar werk",
        RealisedMetric::LadderShare => "Stap op de participatieladder",
        RealisedMetric::SavingsPerYear => "Besparing per jaar (uitstroom × uitkeringslasten)",
    }),

    realised_not_given: "niet ingevuld",

    realised_incomplete: "Vul cliënten bij de start, uitstroom naar werk en andere uitstroom geldig in \
        om de uitkomst te zien.",

    realised_gross: "Dit is bruto, zoals in de bronnen: uitstroom die zonder project ook was \
        gebeurd en terugval zijn niet afgetrokken.",

    checks_title: "Kloppen de cijfers?",

    checks_ok: "Ja: geen deel is groter dan zijn geheel, er blijft niets onverklaard en de \
        genoemde percentages volgen uit de aantallen.",

    count_label: Keyed(|count| match count {
        Count::Caseload => "cliënten bij de start",
        Count::ExitsWork => "naar werk",
        Count::ExitsOther => "anders uitgestroomd",
        Count::InTrajectory => "nog in traject",
        Count::Closed => "afgesloten trajecten",
        Count::LadderSteps => "stappen op de ladder",
    }),

    realised_use: "Maak hiervan een scenario voor een volgend project",
    realised_use_name: "Volgend project (uit nacalculatie)",

    realised_use_note: "Het scenario krijgt dezelfde cliënten, de gerealiseerde uitstroom als \
        verwachting en hetzelfde deel naar werk, en de looptijd en uitkeringslasten als u die invulde; de \
        rest komt uit het voorbeeld Schiedam.",

    headline_basis: |f| {
        let HeadlineBasis { fewer, period, cost } = *f;
        format!("{fewer} cliënten minder in de uitkering na {period} × {cost} per jaar (het inverdieneffect op jaarbasis).")
    },

    headline_note: Keyed(|gross| if gross {
        "Bruto: uitstroom die zonder project ook was gebeurd, is niet afgetrokken."
    } else {
        "Netto: uitstroom die zonder project ook was gebeurd, is afgetrokken."
    }),

    chart_line_text: |f| {
        let ChartLine { name, start, period, at_period, horizon, at_end } = *f;
        format!("{name}: bij de start {start}, na {period} (einde project) {at_period}, na {horizon} {at_end}.")
    },

    euros_text: |euros| format!("€ {euros}"),
    points_text: |points| format!("{points} procentpunt"),
    month_text: |month| format!("maand {month}"),
    range_text: |&Span { from, to }| format!("van {from} tot en met {to}"),
    allowed_text: |range, whole| format!("Toegestaan: {range}{}.", if whole { ", hele getallen" } else { "" }),

    problem_kind_text: |kind| match kind {
        ProblemKind::Empty => "Vul een getal in.",
        ProblemKind::NotANumber => "Dit is geen getal; gebruik cijfers, zoals 569 of 24,4.",
        ProblemKind::NotWhole => "Vul een heel getal in.",
        ProblemKind::TooManyDecimals => "Gebruik hoogstens twee decimalen.",
        _ => "Deze waarde valt buiten het bereik.",
    },

    horizon_before_period: |period| format!("De rekenperiode moet minstens zo lang zijn als de looptijd ({period})."),
    too_many_exits: "Er kunnen niet meer uitstromers zijn dan cliënten.",

    fallback_text: |used, opened_from_link| {
        let which = if opened_from_link {
            "de standaardwaarde van het voorbeeld Schiedam"
        } else {
            "de laatste geldige waarde"
        };
        format!(
            "Niet alle invoer is geldig. Tot u dat herstelt, rekenen de resultaten voor de gemarkeerde \
             velden met {which}: {used}."
        )
    },

    source_name: Keyed(|source| match source {
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
        Source::IntensiveCaseload => "proef Almere (hoogstens 25) en pilot (ca. 35)",
        Source::RegularCaseload => "svland.nl, kennisbank: 1 op 150",
        Source::SubsidyDerived2026 => "afgeleid: loonwaarde 51% (Divosa 2017), minimumloon 2026",
        Source::ParttimeDivosa2019 => "Divosa, factsheet deeltijdwerk in de bijstand 2019",
        Source::ExecutionBerenschot2019 => "Berenschot 2019",
        Source::IncomeDivosa2019 => "Divosa 2019",
        Source::IncomeDivosaBefore2015 => "Divosa 2019, vóór 2015",
    }),

    share_label: Keyed(|share| match share {
        ShareOf::Exits => "Uitstroom",
        ShareOf::Work => "Naar werk",
        ShareOf::Ladder => "Stap op de ladder",
    }),

    exceeds_text: |&Exceeds { parts, whole }| format!("Meer dan het geheel: {parts}, maar {whole}."),

    unexplained_text: |f| {
        let Unexplained { parts, whole, remainder } = *f;
        format!("Niet verklaard: {parts}, maar {whole}. Over {remainder} zegt de bron niets.")
    },

    share_differs_text: |f| {
        let ShareDiffers { what, numerator, denominator, computed, rounded, stated } = *f;
        format!("Percentage klopt niet: {what} is {numerator} van {denominator} = {computed}, afgerond {rounded}; de bron noemt {stated}.")
    },

    summary_exits: |f| {
        let SummaryExits { name, caseload, period, exits, share, work } = *f;
        format!(
            "{name}: van de {caseload} cliënten verwachten we dat er binnen {period} {exits} uit de bijstand \
             stromen ({share}), van wie {work} naar werk. "
        )
    },

    summary_saving: |f| {
        let SummarySaving { saving, fewer, cost } = *f;
        format!(
            "Dat geeft een structurele besparing op de uitkeringslasten van {saving} per jaar: {fewer} \
             cliënten minder in de uitkering aan het einde van het project, maal {cost} per uitkering per jaar. "
        )
    },

    summary_gross: "Dit is een brutobedrag: uitstroom die ook zonder het project zou zijn gebeurd, is niet afgetrokken. ",

    summary_deadweight: |&Deadweight { per_year, exits }| format!(
        "Daarbij is afgetrokken wat zonder het project ook zou gebeuren ({per_year} per jaar, {exits} \
             cliënten in de looptijd). "
    ),

    summary_returns: |share| format!("We rekenen ermee dat {share} van de uitstromers binnen een jaar terugkeert; die terugval is afgetrokken. "),

    summary_cost: |f| {
        let SummaryCost { horizon, cost, saving, rate, net } = *f;
        format!(
            "Over {horizon} staat tegenover {cost} aan projectkosten een besparing van {saving} (contant, \
             {rate} per jaar): netto {net}. "
        )
    },

    summary_pays_back: |month| format!("Het project verdient zich terug in maand {month}. "),
    summary_no_pay_back: |horizon| format!("Binnen {horizon} verdient het project zich niet terug. "),
    uncertainty: &super::uncertainty::NL,
    budget: &super::budget::NL,
    groups: &super::groups::NL,
    team: &super::team::NL,
    routes: &super::routes::NL,
    parties: &super::parties::NL,

    summary_caveat: Keyed(|caveat| match caveat {
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
    }),
};

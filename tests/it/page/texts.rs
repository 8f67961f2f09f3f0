//! Every text in both languages. A word missing from either language's file does not compile
//! (each is one `Texts`); these tests find a word that is empty, or that was copied without being
//! translated, reading every word by name and asking for every sentence with sample arguments.

use uitstroomrekenaar::model::realised::{Check, Count, Example, RealisedField, ShareOf, Stated};
use uitstroomrekenaar::model::document::set_file::LoadError;
use uitstroomrekenaar::model::{Field, Inputs, Metric, Preset, Problem, ProblemKind, Share, project};
use uitstroomrekenaar::text::{texts, Deadweight, Lang, SummaryCost, Texts};

/// Every word of a language read from its `Texts` by name (`title`, `field_label.Caseload`,
/// `caveats[2][0]`), so a new word is checked without being listed here.
fn words(t: &Texts) -> Vec<(String, String)> {
    fn walk(path: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(word) => out.push((path, word.clone())),
            serde_json::Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| walk(format!("{path}[{i}]"), v, out)),
            serde_json::Value::Object(named) => named.iter().for_each(|(k, v)| walk(format!("{path}.{k}"), v, out)),
            other => panic!("{path} is not a word: {other}"),
        }
    }
    let mut out = Vec::new();
    walk(String::new(), &serde_json::to_value(t).expect("the words serialise"), &mut out);
    out
}

/// Every word of a language, then every sentence and presentation with sample arguments, each
/// with a name saying which it is, in a fixed order.
fn all(t: &Texts) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |name: &str, text: String| out.push((name.to_string(), text));
    for (name, word) in words(t) {
        put(&name, word);
    }
    for field in Field::ALL {
        put(&format!("value_in_unit({field:?})"), t.value_in_unit(field, 18.5));
        put(&format!("allowed({field:?})"), t.allowed(field));
        for origin in [Some(Preset::Schiedam), Some(Preset::Haarlem), None] {
            let value = origin.unwrap_or(Preset::Schiedam).inputs().value(field);
            if let Some(source) = value.and_then(|value| t.input_source(field, value, origin)) {
                put(&format!("input_source({field:?}, {origin:?})"), source.to_string());
            }
        }
    }
    let kinds = [
        ProblemKind::Empty,
        ProblemKind::NotANumber,
        ProblemKind::NotWhole,
        ProblemKind::TooManyDecimals,
        ProblemKind::OutOfRange { min: 0.0, max: 100.0 },
        ProblemKind::HorizonBeforePeriod { period: 24 },
        ProblemKind::ExitsAboveCaseload { caseload: 569 },
    ];
    for kind in kinds {
        put(&format!("problem_message({kind:?})"), t.problem_message(&Problem { field: Field::Work, kind }));
    }
    put("fallback_notice(typing)", t.fallback_notice(&[(Field::Work, 52.5)], false));
    put("fallback_notice(link)", t.fallback_notice(&[(Field::Work, 52.5)], true));
    let p = project(&Preset::Schiedam.inputs());
    for metric in Metric::ALL {
        put(&format!("metric_value({metric:?})"), t.metric_value(metric, Some(3.0), true, 60));
        put(&format!("metric_value({metric:?}, none)"), t.metric_value(metric, None, true, 60));
        put(&format!("difference_text({metric:?})"), t.difference_text(metric, -2.0, Some(-0.1)));
    }
    put("no_cost", t.metric_value(Metric::ReturnRatio, None, false, 60));
    for (b, r) in [(0.0, 0.0), (8.0, 0.0), (0.0, 20.0), (8.0, 20.0)] {
        let inputs = with_deductions(b, r);
        put(&format!("headline_explanation(B {b}, R {r})"), t.headline_explanation(&project(&inputs), &inputs));
    }
    // With both routes out of benefit: what the saving is made of.
    let routes = uitstroomrekenaar::model::Inputs {
        subsidy: Some(uitstroomrekenaar::model::input::Subsidy { share: uitstroomrekenaar::model::Share::from_percent(30.0), cost_per_year: uitstroomrekenaar::model::Euros(16_700.0) }),
        parttime: Some(uitstroomrekenaar::model::input::PartTime { clients: 40, saving_per_month: uitstroomrekenaar::model::Euros(367.0) }),
        inhabitants: Some(27_500),
        ..Preset::Schiedam.inputs()
    };
    put("headline_explanation(routes)", t.headline_explanation(&project(&routes), &routes));
    put("summary(routes)", t.summary("Plan", &routes, &project(&routes), None));
    put("not_within", (t.not_within)("60 maanden"));
    put("clients_text", t.clients_text(139.0));
    put("chart_line_description", t.chart_line_description("A", 569.0, 18, 430.0, 60, 430.0));
    put("chart_without", t.chart_without("A"));
    put("scenario_name", t.scenario_name("", 1));
    put("name_hint", (t.name_hint)(60));
    put("name_full", (t.name_full)(60));
    put("list_full", (t.list_full)(12));
    put("pending_notice", (t.pending_notice)(2));
    let errors = [
        LoadError::Unreadable,
        LoadError::NotJson { line: 1, column: 2 },
        LoadError::NotOurs,
        LoadError::NewerVersion(2),
        LoadError::UnknownVersion,
        LoadError::Missing("scenarios"),
        LoadError::ScenarioCount(13),
        LoadError::BadIndex("base"),
        LoadError::BadName(1),
        LoadError::BadInputs(1),
        LoadError::UnknownInput(1, "x".to_string()),
    ];
    for e in &errors {
        put(&format!("load_error({e:?})"), (t.load_error)(e));
    }
    put("unreadable_notice", (t.unreadable_notice)(&(t.load_error)(&errors[0]), true));
    put("unreadable_notice_not_kept", (t.unreadable_notice)(&(t.load_error)(&errors[0]), false));
    put("file_problem", (t.file_problem)(&(t.load_error)(&errors[0])));
    put("summary", t.summary("A", &Preset::Schiedam.inputs(), &p, None));
    put("summary_deadweight", (t.summary_deadweight)(&Deadweight { per_year: "8%", exits: "12" }));
    put("summary_returns", (t.summary_returns)("20%"));
    put("summary_cost", (t.summary_cost)(&SummaryCost { horizon: "60", cost: "1", saving: "2", rate: "3", net: "4" }));
    put("summary_pays_back", (t.summary_pays_back)(14));
    put("summary_no_pay_back", (t.summary_no_pay_back)("60"));
    for field in RealisedField::ALL {
        for kind in &kinds[..5] {
            put(&format!("realised_problem({field:?}, {kind:?})"), t.realised_problem(field, kind));
        }
    }
    let stated = Stated { percent: 54.0, decimals: 0 };
    let checks = [
        Check::PartsExceedWhole { parts: vec![(Count::ExitsWork, 300.0), (Count::ExitsOther, 43.0)], whole: (Count::Caseload, 280.0) },
        Check::Unexplained { parts: vec![(Count::ExitsWork, 85.0)], whole: (Count::Closed, 238.0), remainder: 153.0 },
        Check::StatedShareDiffers { share: ShareOf::Exits, numerator: 1.0, denominator: 3.0, stated },
        Check::StatedShareDiffers { share: ShareOf::Work, numerator: 1.0, denominator: 3.0, stated },
        Check::StatedShareDiffers { share: ShareOf::Ladder, numerator: 1.0, denominator: 3.0, stated },
    ];
    for (i, check) in checks.iter().enumerate() {
        put(&format!("check_message[{i}]"), t.check_message(check));
    }
    out
}

/// Texts that are the same in both languages on purpose: names of places, projects and
/// sources, and numbers.
const SAME_IN_BOTH: &[&str] = &[
    "Schiedam 2008–2010",
    "Haarlem SAMEN 1997–2002",
    "Schiedam, Kompas 2008–2010",
    "Haarlem, SAMEN 1997–2002",
    "scenario",
    "code",
    "8%",
    "23%–26%",
    "25–35",
    "CBS 2008",
    "Divosa benchmark werk & inkomen 2023",
    "Divosa benchmark 2023",
    "Divosa monitor 2014",
    "Werkgroep discontovoet 2020",
    "Berenschot 2019",
    "Divosa 2019",
    "Divosa factsheet 2015; Almere",
    "Divosa; CBS; Divosa monitor 2014",
    "Scenario 2",
    "Schiedam noemt 54%.",
    "Schiedam noemt 42%.",
    "Plan",
];

#[test]
fn every_text_is_there_in_both_languages() {
    let (nl, en) = (all(texts(Lang::Nl)), all(texts(Lang::En)));
    assert_eq!(nl.len(), en.len());
    assert!(nl.len() > 300, "{} texts", nl.len());
    for ((name, dutch), (_, english)) in nl.iter().zip(&en) {
        assert!(!dutch.trim().is_empty(), "Dutch {name} is empty");
        assert!(!english.trim().is_empty(), "English {name} is empty");
    }
}

#[test]
fn every_english_text_is_translated() {
    let (nl, en) = (all(texts(Lang::Nl)), all(texts(Lang::En)));
    let untranslated: Vec<String> = nl
        .iter()
        .zip(&en)
        .filter(|((_, dutch), (_, english))| dutch == english && !SAME_IN_BOTH.contains(&dutch.as_str()))
        .map(|((name, dutch), _)| format!("{name}: {dutch}"))
        .collect();
    assert!(untranslated.is_empty(), "the same in both languages:\n{}", untranslated.join("\n"));
}

/// Amounts written in a text's words (sources, examples) take the forms the page's own figures
/// take (`format.rs`): `€ 1.800` and `€ -1.000` in Dutch, `€1,800` and `-€1,000` in English; and no
/// text has a run of spaces (a string continued without its backslash). Sentences made from
/// figures get their amounts from `format.rs` itself.
#[test]
fn every_text_writes_euros_as_the_page_does() {
    // `€` and a gap before an amount (a unit such as `€ a year` is no amount).
    let euro_then = |text: &str, gap: &str| {
        text.match_indices('€').any(|(at, _)| text[at + '€'.len_utf8()..].strip_prefix(gap).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())))
    };
    // The words as written (a difference, `−€ 2`, is signed in front on purpose: `+€ 2`).
    for (name, text) in words(texts(Lang::En)) {
        assert!(!euro_then(&text, " ") && !euro_then(&text, "\u{a0}"), "English {name}: {text}");
        assert!(!text.contains("−€"), "English {name} (the page writes -€): {text}");
    }
    for (name, text) in words(texts(Lang::Nl)) {
        assert!(!text.contains("−€") && !text.contains("-€"), "Dutch {name} (the page writes € -): {text}");
    }
    for lang in Lang::ALL {
        for (name, text) in all(texts(lang)) {
            assert!(!text.contains("   "), "{lang:?} {name} has a run of spaces: {text}");
        }
    }
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(texts(Lang::Nl).money(2_085_000.0), "€\u{a0}2.085.000");
    assert_eq!(texts(Lang::En).money(2_085_000.0), "€2,085,000");
    assert_eq!(texts(Lang::Nl).percent(139.0 / 569.0, 1), "24,4%");
    assert_eq!(texts(Lang::En).percent(139.0 / 569.0, 1), "24.4%");
    assert_eq!(texts(Lang::En).number(1234.5, 1), "1,234.5");
}

/// A difference that rounds to nothing where it is shown takes `±`, not the sign of a float's
/// last bits (the comparison showed `−0 (−0,0%)` for two equal scenarios).
#[test]
fn a_difference_shown_as_zero_has_no_minus() {
    let nl = texts(Lang::Nl);
    assert_eq!(nl.difference_text(Metric::Exits, -1e-9, Some(-1e-12)), "±0 (±0,0%)");
    assert_eq!(nl.difference_text(Metric::SavingsPerYear, -0.4, Some(-0.000_4)), "±€\u{a0}0 (±0,0%)");
    assert_eq!(nl.difference_text(Metric::ExitShare, 0.000_4, None), nl.metric_difference(Metric::ExitShare, 0.0));
    // What shows as more than zero keeps its sign.
    assert_eq!(nl.difference_text(Metric::Exits, -0.5, Some(-0.000_5)), "−1 (−0,1%)");
    assert_eq!(nl.difference_text(Metric::SavingsPerYear, 0.5, Some(0.02)), "+€\u{a0}1 (+2,0%)");
    assert_eq!(texts(Lang::En).difference_text(Metric::Exits, -1e-9, Some(-1e-12)), "±0 (±0.0%)");
}

/// A difference in clients is written in whole clients, as the values beside it are ("139
/// cliënten", "85 cliënten": −54, not −53,6).
#[test]
fn a_difference_in_clients_is_in_whole_clients() {
    let nl = texts(Lang::Nl);
    assert_eq!(nl.difference_text(Metric::Exits, -53.6, Some(-0.386)), "−54 (−38,6%)");
    assert_eq!(nl.difference_text(Metric::ExitsBaseline, 66.9, None), "+67");
}

/// The paragraph a proposal quotes and the headline's explanation give the clients fewer alike
/// (the paragraph said 63 where the headline said 63,5).
#[test]
fn the_paragraph_and_the_headline_count_the_clients_fewer_alike() {
    let inputs = with_deductions(8.0, 20.0);
    let p = project(&inputs);
    for lang in Lang::ALL {
        let t = texts(lang);
        let fewer = t.number(p.reduction_at_period(), 1);
        assert!(fewer.contains([',', '.']), "a fraction of a client, to tell the roundings apart: {fewer}");
        assert!(t.headline_explanation(&p, &inputs).starts_with(&format!("{fewer} ")), "{lang:?}");
        assert!(t.summary("Plan", &inputs, &p, None).contains(&format!(": {fewer} ")), "{lang:?}: {}", t.summary("Plan", &inputs, &p, None));
    }
}

/// The budget's method cites the rule in force since 2015: the thresholds in article 2 (3) and the
/// mix in article 4 (1), as its list of sources says; not articles 4 to 7, the mix of the text
/// before 2015 (its first paragraph cited those, its last paragraph articles 2 to 4).
#[test]
fn the_budget_method_cites_the_articles_of_the_rule_since_2015() {
    for (lang, thresholds, mix) in [(Lang::Nl, "artikel 2, derde lid", "artikel 4, eerste lid"), (Lang::En, "article 2 (3)", "article 4 (1)")] {
        let method = texts(lang).budget.method.join(" ");
        assert!(method.contains(thresholds) && method.contains(mix), "{lang:?}: {method}");
        assert!(!method.contains("tot en met 7") && !method.contains("4 to 7"), "{lang:?}: {method}");
    }
}

/// The paragraph does not open two sentences in a row alike ("Het project verdient zich terug in
/// maand 12. Het project verdient zich binnen de rekenperiode terug als …").
#[test]
fn the_paragraph_does_not_repeat_a_sentence_opening() {
    // The Schiedam link of the bench: it pays back in month 12.
    let inputs = crate::common::opened("?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&baseline=8&return=20&project_cost=400000&discount=2.25");
    let p = uitstroomrekenaar::model::projection::project_plan(&inputs, &[]).total;
    assert!(p.break_even_month.is_some() && p.break_even_exits.is_some(), "a case that pays back");
    for lang in Lang::ALL {
        let summary = texts(lang).summary("Plan", &inputs, &p, None);
        let openings: Vec<String> = summary.split(". ").map(|s| s.split(' ').take(3).collect::<Vec<_>>().join(" ")).collect();
        for pair in openings.windows(2) {
            assert_ne!(pair[0], pair[1], "{lang:?}: {summary}");
        }
    }
}

#[test]
fn languages_have_codes_that_read_back() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(texts(lang).lang, lang);
        assert_ne!(texts(lang).other_language.0, lang);
    }
    assert_eq!(Lang::from_code("fr"), None);
}

/// Schiedam with deadweight `b` and returns `r`, in percent.
fn with_deductions(b: f64, r: f64) -> Inputs {
    let mut inputs = Preset::Schiedam.inputs();
    inputs.baseline_per_year = Share::from_percent(b);
    inputs.return_share = Share::from_percent(r);
    inputs
}

/// Issue 9, defect 2: with deadweight 0 and returns 20%, the headline said "Na aftrek van
/// uitstroom zonder project en van terugval" while the paragraph said "Dit is een brutobedrag".
/// Gross exactly when B = 0; returns, when given, named as deducted; headline and paragraph
/// agree, in both languages.
#[test]
fn gross_and_net_mean_one_thing_everywhere() {
    let words = [(Lang::Nl, ("Bruto", "brutobedrag", "Netto", "terugval is afgetrokken")), (Lang::En, ("Gross", "gross amount", "Net:", "returns are deducted"))];
    for (lang, (gross_head, gross_par, net_head, returns_deducted)) in words {
        let t = texts(lang);
        for (b, r) in [(0.0, 0.0), (8.0, 0.0), (0.0, 20.0), (8.0, 20.0)] {
            let inputs = with_deductions(b, r);
            let p = project(&inputs);
            let head = t.headline_explanation(&p, &inputs);
            let par = t.summary("Schiedam", &inputs, &p, None);
            let case = format!("{lang:?}, B {b}%, R {r}%:\n{head}\n{par}");
            assert_eq!(head.contains(gross_head), b == 0.0, "{case}");
            assert_eq!(par.contains(gross_par), b == 0.0, "{case}");
            assert_eq!(head.contains(net_head), b > 0.0, "{case}");
            assert_eq!(head.contains(returns_deducted), r > 0.0, "{case}");
            assert_eq!(par.contains(returns_deducted), r > 0.0, "{case}");
        }
    }
}

/// Issue 13: the paragraph for an award entry or evaluation, in both languages: what the project
/// achieved, honestly what the checks found, and never a net effect.
#[test]
fn realised_paragraphs_tell_what_happened_and_what_the_checks_found() {
    use uitstroomrekenaar::model::realised::read;
    let (schiedam, _) = read(&Example::Schiedam.texts());
    let (haarlem, _) = read(&Example::Haarlem.texts());
    let nl = texts(Lang::Nl);
    let s = nl.realised_summary(&schiedam);
    assert!(s.starts_with("Van de 569 cliënten stroomden er binnen 18 maanden 139 uit de bijstand (24,4%), van wie 73 naar werk (52,5%)."), "{s}");
    assert!(s.contains("236 cliënten (41,5%) zetten een of meer stappen op de participatieladder."), "{s}");
    assert!(s.contains("€\u{a0}2.085.000"), "{s}");
    assert!(s.contains("de bron noemt 54%"), "{s}");
    assert!(s.contains("52,5%"), "{s}");
    assert!(s.contains("Dit is bruto"), "{s}");
    let h = nl.realised_summary(&haarlem);
    assert!(h.starts_with("Van de 280 cliënten stroomden er 128 uit de bijstand (45,7%), van wie 85 naar werk (66,4%)."), "{h}");
    assert!(h.contains("Over 100 zegt de bron niets."), "{h}");
    assert!(!h.contains("€"), "no cost, no saving: {h}");
    let en = texts(Lang::En);
    let e = en.realised_summary(&schiedam);
    assert!(e.starts_with("Of the 569 clients, 139 left social assistance within 18 months (24.4%), 73 of them for work (52.5%)."), "{e}");
    assert!(e.contains("the source states 54%"), "{e}");
    assert!(en.realised_summary(&haarlem).contains("The source says nothing about 100."));
    assert!(e.contains("These figures are gross"), "{e}");
    for text in [&s, &h, &e, &en.realised_summary(&haarlem)] {
        assert!(!text.to_lowercase().contains("netto-effect van") && !text.contains("net effect of"), "{text}");
    }
}

/// A stated share that differs is shown with the decimals that tell why: 236 of 569 is 41,48%,
/// 41% rounded, so the source's 42% does not follow; "41,5%, de bron noemt 42%" read as if it did.
#[test]
fn a_differing_share_is_shown_with_its_rounding() {
    use uitstroomrekenaar::model::realised::read;
    let (schiedam, _) = read(&Example::Schiedam.texts());
    let nl = texts(Lang::Nl).realised_summary(&schiedam);
    assert!(nl.contains("Stap op de ladder is 236 van 569 = 41,48%, afgerond 41%; de bron noemt 42%."), "{nl}");
    assert!(nl.contains("Naar werk is 73 van 139 = 52,52%, afgerond 53%; de bron noemt 54%."), "{nl}");
    let en = texts(Lang::En).realised_summary(&schiedam);
    assert!(en.contains("236 of 569 = 41.48%, 41% rounded; the source states 42%."), "{en}");
}

/// Issue 12: an example opened from a preset is named after it, once, in both languages.
#[test]
fn examples_are_named_after_their_source() {
    for lang in Lang::ALL {
        let shown = texts(lang).scenario_names(&[
            ("", Some(Preset::Schiedam)),
            ("", Some(Preset::Schiedam)),
            ("Mijn plan", Some(Preset::Haarlem)),
            ("", None),
            ("", Some(Preset::Empty)),
            ("", Some(Preset::Haarlem)),
        ]);
        assert_eq!(shown, ["Schiedam 2008–2010", "Scenario 2", "Mijn plan", "Scenario 4", "Scenario 5", "Haarlem SAMEN 1997–2002"], "{lang:?}");
    }
}

#[test]
fn every_word_of_uncertainty_is_there_and_translated() {
    use uitstroomrekenaar::text::uncertainty::{BandFigures, ChartBand, MostSensitive, EN, NL};
    // The words by name: both languages have the same names (one struct), none empty, none
    // copied untranslated.
    let words = |w| serde_json::to_value(w).expect("words serialise");
    let (nl, en) = (words(&NL), words(&EN));
    let (nl, en) = (nl.as_object().expect("an object"), en.as_object().expect("an object"));
    assert!(nl.len() > 20);
    for (name, dutch) in nl {
        let english = &en[name];
        let flat = |v: &serde_json::Value| v.to_string();
        assert!(flat(dutch).len() > 4, "{name} is empty in Dutch");
        assert_ne!(flat(dutch), flat(english), "{name} is not translated");
    }
    // The sentences put each figure where it belongs.
    let band = BandFigures { low: "<L>", high: "<H>" };
    let sensitive = MostSensitive { input: "<I>", at_low: "<L>", at_high: "<H>" };
    let chart = ChartBand { period: "<P>", low: "<L>", high: "<H>" };
    for w in [&NL, &EN] {
        for text in [(w.band)(&band), (w.band_summary)(&band), (w.most_sensitive)(&sensitive), (w.chart_band_text)(&chart)] {
            assert!(text.find("<L>") < text.find("<H>"), "{text}");
        }
        assert!((w.most_sensitive)(&sensitive).contains("<I>"));
        assert!((w.chart_band_text)(&chart).contains("<P>"));
    }
}

// The Dutch messages, word for word.

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
        assert_eq!(texts(Lang::Nl).problem_message(&Problem { field, kind }), want);
    }
}

#[test]
fn the_notice_names_fields_and_values() {
    let notice = texts(Lang::Nl).fallback_notice(&[(Field::Work, 52.5), (Field::Period, 18.0)], false);
    assert!(notice.ends_with("de laatste geldige waarde: waarvan naar werk: 52,5%; looptijd van het project: 18 maanden."), "{notice}");
    assert!(texts(Lang::Nl).fallback_notice(&[(Field::Work, 52.5)], true).contains("standaardwaarde van het voorbeeld Schiedam"));
}

#[test]
fn every_field_has_label_unit_and_hint() {
    for field in Field::ALL {
        assert!(!texts(Lang::Nl).field_label.of(field).is_empty() && !texts(Lang::Nl).field_unit.of(field).is_empty());
        assert!(texts(Lang::Nl).field_hint.of(field).len() > 20, "{field:?}");
    }
}

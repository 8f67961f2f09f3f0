//! How sure are we: the ranges in the form (behind one control), the bands of the results
//! and the tornado. Band figures carry `data-metric` with the unrounded `data-value`, tornado
//! bars `data-sensitivity` with `data-low` and `data-high`; while the worker computes the bands
//! of the inputs on screen their values are empty, never the previous inputs' figures.

use super::field_input::use_typing;
use super::use_texts;
use crate::bands::Uncertainty;
use crate::model::core::number::canonical;
use crate::model::results::{BANDED, NET_POSITIVE_SHARE, band_metric_name};
use crate::model::core::units::Bound;
use crate::model::projection::draws::{Percentile, Sensitivity};
use crate::model::{Checked, ExitSource, Field, RawInputs};
use crate::present::lower_first;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the ranges' table shows.
#[derive(Properties, PartialEq)]
pub struct RangeTableProps {
    /// The scenario's texts as typed, ranges among them.
    pub raw: RawInputs,
    /// The checked inputs (the expected values) and the ranges' problems.
    pub checked: Checked,
    /// Called with every change of a range's end.
    pub on_edit: Callback<(Field, Bound, String)>,
    /// Called with every change of an end of a group's range: the group (from 0), the field,
    /// the end, the text.
    pub on_group: Callback<(usize, Field, Bound, String)>,
}

/// One row of the ranges' table: an input of the scenario, or a group's exit or deadweight.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    /// The scenario's own input.
    Own(Field),
    /// A group's (from 0) exit, in the unit typed, or deadweight.
    Group(usize, Field),
}

/// The rows, in the form's order: of `exit` and `exits` the one typed in; with groups, each
/// group's exit and deadweight where the scenario's would be.
fn range_rows(raw: &RawInputs) -> Vec<Row> {
    let grouped = raw.has_groups();
    Field::IN_FORM_ORDER
        .into_iter()
        .filter(|f| f.is_uncertain())
        .flat_map(|field| -> Vec<Row> {
            if grouped && field.is_per_group() {
                // Of the exit, each group's in the view it typed.
                raw.groups
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| ExitSource::of(field).is_none_or(|_| g.exit_field() == field))
                    .map(|(i, _)| Row::Group(i, field))
                    .collect()
            } else if field == raw.derived_exit_field() {
                Vec::new()
            } else {
                vec![Row::Own(field)]
            }
        })
        .collect()
}

/// The ranges of the uncertain inputs: one control that opens a table with a low and a high
/// value beside each expected one. Open from the start when the scenario has ranges.
#[component]
pub fn RangeTable(props: &RangeTableProps) -> Html {
    let t = use_texts();
    let w = t.uncertainty;
    let given = props.raw.given_ranges().next().is_some() || props.raw.groups.iter().any(|g| !g.ranges.is_empty());
    let open = use_state(|| given);
    let typing = use_typing();
    {
        // A scenario that brings ranges (another tab, a file) shows them.
        let open = open.clone();
        use_effect_with(given, move |given| {
            if *given {
                open.set(true);
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // With a team, the range on K is a range on the other costs, and says so.
    let has_team = props.checked.inputs.team.is_some();
    // The row's name, its link name's stem for ids, its text and problem of each end, and its
    // expected value.
    let name_of = |row: Row| -> String {
        match row {
            Row::Own(field) => t.input_label(field.named_by(), has_team).to_string(),
            Row::Group(i, field) => {
                let name = props.raw.groups.get(i).map(|g| t.group_name(&g.name, i)).unwrap_or_default();
                format!("{name}: {}", lower_first(t.field_label.of(field.named_by())))
            }
        }
    };
    let end = |row: Row, bound: Bound| {
        let (id, name, text, problem, oninput) = match row {
            Row::Own(field) => {
                let name = bound.link_name(field);
                let problem = props.checked.range_problems.iter().find(|p| (p.field, p.bound) == (field, bound)).copied();
                let oninput = props.on_edit.reform(move |e: InputEvent| (field, bound, e.target_unchecked_into::<HtmlInputElement>().value()));
                (format!("input-{name}"), name, props.raw.ranges.get(field, bound).to_string(), problem, oninput)
            }
            Row::Group(i, field) => {
                let name = format!("group-{}-{}", i + 1, bound.link_name(field));
                let problem = props.checked.group_range_problems.iter().find(|p| p.group == i && (p.problem.field, p.problem.bound) == (field, bound)).map(|p| p.problem);
                let text = props.raw.groups.get(i).map(|g| g.ranges.get(field, bound).to_string()).unwrap_or_default();
                let oninput = props.on_group.reform(move |e: InputEvent| (i, field, bound, e.target_unchecked_into::<HtmlInputElement>().value()));
                (format!("input-{name}"), name, text, problem, oninput)
            }
        };
        let problem = typing.shown(&id, problem);
        let (oninput, onblur) = (typing.oninput(&id, oninput), typing.onblur());
        let label = format!("{}: {}", name_of(row), lower_first(if bound == Bound::Low { w.low } else { w.high }));
        html! {
            <td class={classes!("range-end", problem.is_some().then_some("field--invalid"))}>
                <input class="utrecht-textbox utrecht-textbox--html-input field-input range-input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    id={id.clone()} name={name} aria-label={label} value={text}
                    aria-invalid={if problem.is_some() { "true" } else { "false" }}
                    aria-describedby={problem.map(|_| format!("{id}-problem"))} {oninput} {onblur} />
                if let Some(problem) = problem {
                    <p class="utrecht-form-field-error-message field-problem" id={format!("{id}-problem")}>{ t.range_problem_message(&problem) }</p>
                }
            </td>
        }
    };
    let expected = |row: Row| match row {
        Row::Own(field) => t.value_in_unit(field, props.checked.inputs.value(field).unwrap_or_default()),
        Row::Group(i, field) => t.value_in_unit(field, props.checked.groups.get(i).map(|g| g.value(field)).unwrap_or_default()),
    };
    let data = |row: Row| match row {
        Row::Own(field) => field.link_name().to_string(),
        Row::Group(i, field) => format!("group-{}-{}", i + 1, field.link_name()),
    };
    let unit = |row: Row| match row {
        Row::Own(field) | Row::Group(_, field) => t.field_unit.of(field),
    };
    html! {
        <section class="ranges" aria-labelledby="ranges-toggle">
            <h3 class="utrecht-heading-3 ranges-heading">
                <button type="button" id="ranges-toggle" class="utrecht-button utrecht-button--secondary-action ranges-toggle" aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls="ranges-body" onclick={toggle}>{ w.toggle }</button>
            </h3>
            <div id="ranges-body" class="ranges-body" hidden={!*open}>
                <p class="ranges-intro">{ w.intro }</p>
                if props.raw.has_groups() {
                    <p class="ranges-intro" id="ranges-groups">{ t.groups.ranges_set_aside }</p>
                }
                // A row with the input's name over a row with its low, expected and high value:
                // the form's column is narrow.
                <table class="utrecht-table ranges-table">
                    <thead><tr>
                        <th scope="col">{ w.low }</th>
                        <th scope="col">{ w.expected }</th>
                        <th scope="col">{ w.high }</th>
                    </tr></thead>
                    { for range_rows(&props.raw).into_iter().map(|row| html! {
                        <tbody data-range={data(row)}>
                            <tr>
                                <th scope="colgroup" colspan="3" class="range-name">
                                    { name_of(row) }<span class="field-unit">{ format!(" ({})", unit(row)) }</span>
                                </th>
                            </tr>
                            <tr>
                                { end(row, Bound::Low) }
                                <td class="range-expected">{ expected(row) }</td>
                                { end(row, Bound::High) }
                            </tr>
                        </tbody>
                    }) }
                </table>
            </div>
        </section>
    }
}

/// What the bands show.
#[derive(Properties, PartialEq)]
pub struct BandsProps {
    /// The edited scenario's uncertainty.
    pub uncertainty: Uncertainty,
    /// Whether its inputs have project cost: only then is there a share of runs with a
    /// positive net result, also while it is computed.
    pub with_cost: bool,
}

/// The bands of the headline results: P10, P50 and P90 of each, and the share of runs with a
/// positive net result when there is project cost. Nothing without ranges; while computing,
/// every figure is withdrawn (`data-value` empty) and the page says so.
#[component]
pub fn Bands(props: &BandsProps) -> Html {
    let t = use_texts();
    let w = t.uncertainty;
    let analysis = match &props.uncertainty {
        Uncertainty::None => return html! {},
        other => other.analysis(),
    };
    let bands = analysis.map(|a| &a.bands);
    let cell = |name: &'static str, value: Option<f64>| {
        html! { <td data-metric={name} data-value={value.map(canonical).unwrap_or_default()}>{ value.map_or("…".to_string(), |v| t.money(v)) }</td> }
    };
    html! {
        <section class="bands" aria-labelledby="bands-title" aria-busy={if bands.is_none() { "true" } else { "false" }}>
            <h3 class="utrecht-heading-3" id="bands-title">{ w.title }</h3>
            if bands.is_none() {
                <p class="bands-pending">{ w.pending }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="bands-title">
            // A row with the result's name over a row with its three values: a phone's column
            // holds three amounts side by side, not four columns.
            <table class="utrecht-table bands-table">
                <thead><tr>
                    <th scope="col">{ w.p10 }</th>
                    <th scope="col">{ w.p50 }</th>
                    <th scope="col">{ w.p90 }</th>
                </tr></thead>
                { for BANDED.into_iter().map(|metric| html! {
                    <tbody>
                        <tr><th scope="colgroup" colspan="3" class="bands-name">{ t.metric_label.of(metric) }</th></tr>
                        <tr>
                            { for [Percentile::P10, Percentile::P50, Percentile::P90].into_iter().map(|p| {
                                let value = bands.and_then(|b| crate::model::results::band(b, metric)).map(|b| b.at(p));
                                cell(band_metric_name(metric, p), value)
                            }) }
                        </tr>
                    </tbody>
                }) }
            </table>
            </div>
            if let Some(share) = bands.and_then(|b| b.net_positive_share) {
                <p class="bands-positive">{ format!("{}: ", w.net_positive) }
                    <strong data-metric={NET_POSITIVE_SHARE} data-value={canonical(share)}>{ t.percent(share, 0) }</strong>
                </p>
            } else if bands.is_none() && props.with_cost {
                // While computing, the row stays, withdrawn.
                <p class="bands-positive">{ format!("{}: …", w.net_positive) }
                    <strong data-metric={NET_POSITIVE_SHARE} data-value=""></strong>
                </p>
            }
            <p class="bands-note">{ w.draws_note }</p>
        </section>
    }
}

/// The scale of the tornado's bars: every bar's ends and the expected net result.
fn scale(bars: &[Sensitivity], expected: f64) -> impl Fn(f64) -> f64 {
    let (lo, hi) = bars.iter().flat_map(|b| [b.low, b.high]).fold((expected, expected), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let width = if hi > lo { hi - lo } else { 1.0 };
    move |v: f64| ((v - lo) / width * 196.0 + 2.0).round()
}

/// What the tornado shows.
#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    /// The edited scenario's uncertainty.
    pub uncertainty: Uncertainty,
    /// The net result at the expected values.
    pub expected: f64,
    /// Whether the scenario has a team: the bar of K is then the other costs'.
    #[prop_or_default]
    pub has_team: bool,
}

/// The tornado: for each input with a range, the net result at its low and at its high value,
/// the widest bar first, as a table with a bar in each row, and a sentence naming the input
/// that moves the result most.
#[component]
pub fn Tornado(props: &TornadoProps) -> Html {
    let t = use_texts();
    let w = t.uncertainty;
    let Some(analysis) = props.uncertainty.analysis() else { return html! {} };
    let bars = &analysis.tornado;
    let x = scale(bars, props.expected);
    let mid = x(props.expected);
    html! {
        <section class="tornado" aria-labelledby="tornado-title">
            <h3 class="utrecht-heading-3" id="tornado-title">{ w.tornado_title }</h3>
            <p class="tornado-intro">{ w.tornado_intro }</p>
            if let Some(widest) = bars.first() {
                <p class="tornado-sentence">{ t.most_sensitive(widest, props.has_team) }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="tornado-title">
            <table class="utrecht-table tornado-table">
                <thead><tr>
                    <th scope="col">{ w.input_column }</th>
                    <th scope="col">{ w.at_low }</th>
                    <th scope="col">{ w.at_high }</th>
                    <td class="tornado-bar-cell" aria-hidden="true"></td>
                </tr></thead>
                <tbody>
                    { for bars.iter().map(|bar| {
                        let (a, b) = (x(bar.low.min(bar.high)), x(bar.low.max(bar.high)));
                        html! {
                            <tr data-sensitivity={bar.field.link_name()} data-low={canonical(bar.low)} data-high={canonical(bar.high)}>
                                <th scope="row">{ t.input_label(bar.field.named_by(), props.has_team) }</th>
                                <td>{ t.money(bar.low) }</td>
                                <td>{ t.money(bar.high) }</td>
                                <td class="tornado-bar-cell" aria-hidden="true">
                                    <svg class="tornado-bar" viewBox="0 0 200 16" preserveAspectRatio="none">
                                        <rect x={a.to_string()} y="3" width={(b - a).max(1.0).to_string()} height="10" />
                                        <line x1={mid.to_string()} x2={mid.to_string()} y1="0" y2="16" />
                                    </svg>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

//! The caseload month by month for every scenario, and without the project for the base, drawn
//! as SVG: axes with Dutch labels and units, the edited scenario's project period shaded, a
//! legend, and a text alternative that states the figures.

use crate::bands::Uncertainty;
use crate::model::Projection;
use super::{Projections, Shared};
use super::use_texts;
use yew::prelude::*;

/// What the chart shows.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The names as shown, in order.
    pub names: Vec<AttrValue>,
    /// The projections, in the same order.
    pub projections: Projections,
    /// The base scenario, whose path without the project is drawn.
    pub base: usize,
    /// The edited scenario, whose project period is shaded and whose line is drawn on top.
    pub editing: usize,
    /// Prefix of the element ids, so the chart can appear twice (page and report).
    #[prop_or(AttrValue::Static("chart"))]
    pub id: AttrValue,
    /// The edited scenario's uncertainty: its caseload band (P10–P90) is drawn around its line.
    #[prop_or(Uncertainty::None)]
    pub uncertainty: Uncertainty,
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 44.0;

/// A round step for about `target` ticks up to `max`: 1, 2 or 5 times a power of ten.
pub fn nice_step(max: f64, target: f64) -> f64 {
    // Also NaN: only a finite, positive maximum has steps.
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let raw = max / target;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw);
    step.unwrap_or(10.0 * magnitude)
}

/// Month ticks: every 3, 6, 12, 24, 60 or 120 months, whichever gives at most about ten.
pub fn month_step(horizon: u32) -> u32 {
    [3, 6, 12, 24, 60, 120].into_iter().find(|s| horizon / s <= 10).unwrap_or(120)
}

/// A coordinate in whole SVG units: at a 720-unit wide drawing a fraction is invisible, and
/// integer formatting keeps the fixed-precision float formatter out of our code.
fn unit(v: f64) -> String {
    (v.round() as i64).to_string()
}

/// An SVG path through the points.
fn path(points: impl Iterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&unit(x));
        d.push(',');
        d.push_str(&unit(y));
    }
    d
}

/// Where the axes put a month and a number of clients: the horizon and the top of the
/// vertical axis.
#[derive(Clone, Copy)]
struct Scale {
    horizon: f64,
    y_max: f64,
}

impl Scale {
    fn x(self, month: f64) -> f64 {
        LEFT + month / self.horizon * (WIDTH - LEFT - RIGHT)
    }
    fn y(self, value: f64) -> f64 {
        TOP + (1.0 - value / self.y_max) * (HEIGHT - TOP - BOTTOM)
    }
    /// The plot's own units, in which the lines and the band are drawn: months across and
    /// hundredths of a client up (negative, as SVG's y grows downwards), mapped onto the plot
    /// area by its `viewBox` (integers, as [`unit`] writes them; at least one hundredth high).
    fn view_box(self) -> String {
        let high = (self.y_max * PER_CLIENT).round().max(1.0);
        format!("0 {} {} {}", unit(-high), unit(self.horizon), unit(high))
    }
}

/// The plot's units per client (see [`Scale::view_box`]): a hundredth of a client is finer than
/// a pixel on any axis the chart draws.
const PER_CLIENT: f64 = 100.0;

/// A point of a line or the band in the plot's own units.
fn plot_point(month: f64, clients: f64) -> (f64, f64) {
    (month, -clients * PER_CLIENT)
}

/// What one line of the chart shows.
#[derive(Properties, PartialEq)]
struct LineProps {
    /// Its projection.
    projection: Shared<Projection>,
    /// Its caseload with the project, or without it.
    with: bool,
    /// Its classes.
    class: Classes,
    /// Its scenario's place (from 0), for its colour; none for the line without the project.
    #[prop_or_default]
    index: Option<usize>,
}

/// One line: a component, so that of twelve 600-month scenarios only the changed one's path
/// (601 points) is written again. It is drawn in the plot's own units, which the axes do not
/// change: when another scenario raises the vertical axis, only the plot's `viewBox` is
/// written again, not every line.
#[component]
fn Line(props: &LineProps) -> Html {
    let with = props.with;
    let d = path(props.projection.months.iter().map(|m| plot_point(f64::from(m.month), if with { m.caseload_project } else { m.caseload_baseline })));
    html! { <path class={props.class.clone()} data-index={props.index.map(|i| i.to_string())} {d} /> }
}

/// The chart with its legend and text alternative.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let t = use_texts();
    let all = &props.projections;
    let last = all.len().saturating_sub(1);
    let (base, editing) = (&all[props.base.min(last)], props.editing.min(last));
    let horizon = f64::from(all.iter().map(|p| p.horizon()).max().unwrap_or(1).max(1));
    let band = props.uncertainty.analysis().map(|a| a.bands.caseload.as_slice()).filter(|b| !b.is_empty());
    let top = all
        .iter()
        .flat_map(|p| p.months.iter().map(|m| m.caseload_project.max(m.caseload_baseline)))
        .chain(band.iter().flat_map(|b| b.iter().map(|(_, high)| *high)))
        .fold(0.0, f64::max);
    let y_step = nice_step(top, 5.0);
    let y_max = ((top / y_step).ceil() * y_step).max(y_step);
    let scale = Scale { horizon, y_max };
    let (x, y) = (|month: f64| scale.x(month), |value: f64| scale.y(value));
    let period = f64::from(all[editing].period_months);
    let y_ticks: Vec<f64> = (0..=((y_max / y_step).round() as u32)).map(|i| f64::from(i) * y_step).collect();
    let x_ticks: Vec<u32> = (0..=horizon as u32).step_by(month_step(horizon as u32) as usize).collect();
    // The edited scenario last, so it is drawn on top.
    let order: Vec<usize> = (0..all.len()).filter(|i| *i != editing).chain([editing]).collect();

    let name = |i: usize| props.names.get(i).map(|n| n.to_string()).unwrap_or_default();
    let describe = |label: &str, p: &Projection, with: bool| {
        let at = |t: usize| {
            let m = &p.months[t.min(p.months.len() - 1)];
            if with { m.caseload_project } else { m.caseload_baseline }
        };
        t.chart_line_description(label, at(0), p.period_months, at(p.period_months as usize), p.horizon(), at(p.months.len() - 1))
    };
    let mut description = vec![t.chart_intro.to_string()];
    description.extend(all.iter().enumerate().map(|(i, p)| describe(&name(i), p, true)));
    description.push(describe(&t.chart_without(&name(props.base)), base, false));
    let period_months = all[editing].period_months;
    if let Some(band) = band {
        description.push(t.chart_band_description(period_months, band[(period_months as usize).min(band.len() - 1)]));
    }
    // Said twice (the drawing's description and the caption): one text, shared.
    let description = AttrValue::from(description.join(" "));
    // The band: along its top (P90) and back along its bottom (P10), in the plot's units.
    let band_path = band.map(|b| {
        let top = b.iter().enumerate().map(|(m, (_, high))| plot_point(m as f64, *high));
        let bottom = b.iter().enumerate().rev().map(|(m, (low, _))| plot_point(m as f64, *low));
        format!("{} Z", path(top.chain(bottom)))
    });
    let id = |part: &str| format!("{}-{part}", props.id);

    html! {
        <figure class="chart" aria-labelledby={id("heading")}>
            <h2 id={id("heading")} class="utrecht-heading-2 chart-title">{ t.chart_title }</h2>
            <svg class="chart-svg" viewBox={format!("0 0 {} {}", unit(WIDTH), unit(HEIGHT))} role="img"
                aria-labelledby={format!("{} {}", id("svg-title"), id("svg-desc"))} preserveAspectRatio="xMidYMid meet">
                <title id={id("svg-title")}>{ t.chart_title }</title>
                <desc id={id("svg-desc")}>{ description.clone() }</desc>
                <rect class="chart-period" x={unit(x(0.0))} y={unit(TOP)}
                    width={unit(x(period) - x(0.0))} height={unit(HEIGHT - TOP - BOTTOM)} />
                <text class="chart-period-label" x={unit(x(period / 2.0))} y={unit(HEIGHT - BOTTOM - 8.0)}
                    text-anchor="middle">{ format!("{} ({} {})", t.chart_period, all[editing].period_months, t.months_short) }</text>
                { for y_ticks.iter().map(|v| html! {
                    <g class="chart-tick">
                        <line x1={unit(LEFT)} x2={unit(WIDTH - RIGHT)} y1={unit(y(*v))} y2={unit(y(*v))} />
                        <text x={unit(LEFT - 6.0)} y={unit(y(*v) + 4.0)} text-anchor="end">{ t.number(*v, 0) }</text>
                    </g>
                }) }
                { for x_ticks.iter().map(|m| html! {
                    <text class="chart-tick-label" x={unit(x(f64::from(*m)))} y={unit(HEIGHT - BOTTOM + 16.0)}
                        text-anchor="middle">{ m.to_string() }</text>
                }) }
                <line class="chart-axis" x1={unit(LEFT)} x2={unit(WIDTH - RIGHT)}
                    y1={unit(HEIGHT - BOTTOM)} y2={unit(HEIGHT - BOTTOM)} />
                <text class="chart-axis-title" x={unit((LEFT + WIDTH - RIGHT) / 2.0)} y={unit(HEIGHT - 6.0)}
                    text-anchor="middle">{ t.chart_x_axis }</text>
                <text class="chart-axis-title chart-axis-title--y" transform={format!("translate(14 {}) rotate(-90)", unit((TOP + HEIGHT - BOTTOM) / 2.0))}
                    text-anchor="middle">{ t.chart_y_axis }</text>
                // The plot area in its own units (months, hundredths of a client): the lines
                // keep their paths when the axes change. Their strokes keep the drawing's
                // widths (chart.css); what overflows the area (half a stroke at its edges) shows.
                <svg class="chart-plot" x={unit(LEFT)} y={unit(TOP)} width={unit(WIDTH - LEFT - RIGHT)} height={unit(HEIGHT - TOP - BOTTOM)}
                    viewBox={scale.view_box()} preserveAspectRatio="none" overflow="visible">
                    if let Some(d) = band_path {
                        <path class="chart-band" {d} />
                    }
                    <Line projection={base.clone()} with={false} class={classes!("chart-line", "chart-line--without")} />
                    { for order.iter().map(|i| html! {
                        <Line projection={all[*i].clone()} with={true} index={Some(*i)}
                            class={classes!("chart-line", "chart-line--with", (*i == editing).then_some("chart-line--editing"))} />
                    }) }
                </svg>
            </svg>
            <ul class="chart-legend">
                { for (0..all.len()).map(|i| html! {
                    <li><span class="chart-swatch scenario-swatch" data-index={i.to_string()} aria-hidden="true"></span>{ name(i) }</li>
                }) }
                <li><span class="chart-swatch chart-swatch--without" aria-hidden="true"></span>{ t.chart_without(&name(props.base)) }</li>
                <li><span class="chart-swatch chart-swatch--period" aria-hidden="true"></span>{ t.chart_period }</li>
                if band.is_some() {
                    <li><span class="chart-swatch chart-swatch--band" aria-hidden="true"></span>{ t.uncertainty.chart_band }</li>
                }
            </ul>
            <figcaption class="chart-caption">{ description }</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(569.0, 5.0), 200.0);
        assert_eq!(nice_step(280.0, 5.0), 100.0);
        assert_eq!(nice_step(1_000_000.0, 5.0), 200_000.0);
        assert_eq!(nice_step(0.0, 5.0), 1.0);
        assert_eq!(nice_step(f64::NAN, 5.0), 1.0);
        assert_eq!(month_step(60), 6);
        assert_eq!(month_step(18), 3);
        assert_eq!(month_step(120), 12);
        assert_eq!(month_step(600), 60);
    }
}

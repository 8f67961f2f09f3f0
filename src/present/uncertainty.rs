//! What the page says of ranges and bands: the headline's band, the input that moves the net
//! result most, the chart's band in words and the messages of a range's ends.

use super::lower_first;
use crate::model::projection::draws::{Analysis, Band, Sensitivity};
use crate::model::input::{RangeProblem, RangeProblemKind};
use crate::model::{Field, Problem, ProblemKind};
use crate::text::uncertainty::{BandFigures, ChartBand, MostSensitive};
use crate::text::{Span, Texts};

impl Texts {
    /// The headline's band: "in 8 of 10 runs between € … and € … a year".
    pub fn band_headline(&self, band: &Band) -> String {
        (self.uncertainty.band)(&BandFigures { low: &self.money(band.p10), high: &self.money(band.p90) })
    }

    /// The sentence that names the input moving the net result most (the tornado's widest bar);
    /// with a team (`has_team`), K is the other costs.
    pub fn most_sensitive(&self, bar: &Sensitivity, has_team: bool) -> String {
        (self.uncertainty.most_sensitive)(&MostSensitive {
            input: &lower_first(self.input_label(bar.field.named_by(), has_team)),
            at_low: &self.money(bar.low),
            at_high: &self.money(bar.high),
        })
    }

    /// What the paragraph and the report say of the uncertainty: the band of the yearly saving,
    /// and the input that moves the net result most.
    pub fn uncertainty_summary(&self, analysis: &Analysis, has_team: bool) -> String {
        let band = analysis.bands.savings_per_year;
        let mut out = (self.uncertainty.band_summary)(&BandFigures { low: &self.money(band.p10), high: &self.money(band.p90) });
        if let Some(widest) = analysis.tornado.first() {
            out.push_str(&self.most_sensitive(widest, has_team));
        }
        out
    }

    /// The chart's band in words: the caseload at the end of the project in 8 of 10 runs.
    pub fn chart_band_description(&self, period: u32, caseload: (f64, f64)) -> String {
        (self.uncertainty.chart_band_text)(&ChartBand {
            period: &self.value_in_unit(Field::Period, f64::from(period)),
            low: &self.number(caseload.0, 0),
            high: &self.number(caseload.1, 0),
        })
    }

    /// The message beside a range's end with a problem: what is wrong and what is allowed
    /// (`max`: the largest value the input allows here, the caseload for a count of exits).
    pub fn range_problem_message(&self, problem: &RangeProblem) -> String {
        let w = self.uncertainty;
        match problem.kind {
            RangeProblemKind::LowAboveExpected => w.low_above_expected.to_string(),
            RangeProblemKind::HighBelowExpected => w.high_below_expected.to_string(),
            RangeProblemKind::Invalid(ProblemKind::OutOfRange { min, max }) => {
                let field = problem.field;
                let range = (self.range_text)(&Span { from: &self.value_in_unit(field, min), to: &self.value_in_unit(field, max) });
                format!("{} {}", (self.problem_kind_text)(&ProblemKind::OutOfRange { min, max }), (self.allowed_text)(&range, false))
            }
            RangeProblemKind::Invalid(kind) => self.problem_message(&Problem { field: problem.field, kind }),
        }
    }
}

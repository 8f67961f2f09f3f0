//! One month of the projection. Its figures are listed once, in [`month!`]'s call below, which
//! writes the struct, the list of its figures by name ([`Month::FIGURES`]) and the sum of two
//! months ([`Month::add`]): a figure added to a month is summed over groups, named in tests and
//! compared without another line.

/// Writes [`Month`] from its figures (each an `f64` with its doc), after `month: u32`.
macro_rules! month {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// One month of the projection.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Month {
            /// t, 0 for the start.
            pub month: u32,
            $($(#[doc = $doc])* pub $name: f64,)*
        }

        impl Month {
            /// Every figure of a month by its name, in order, with how to read it.
            pub const FIGURES: &'static [(&'static str, fn(&Month) -> f64)] = &[$((stringify!($name), |m: &Month| m.$name),)*];

            /// Adds `other`'s figures to this month's, one by one (a group's to the sum of the
            /// groups); `month` stays.
            pub fn add(&mut self, other: &Month) {
                $(self.$name += other.$name;)*
            }
        }
    };
}

month! {
    /// S_project(t): clients on benefit with the project.
    caseload_project,
    /// S_baseline(t): clients on benefit without the project.
    caseload_baseline,
    /// x_project(t): exits this month with the project.
    exits_project,
    /// x_baseline(t): exits this month without the project.
    exits_baseline,
    /// Clients of earlier project exits who return this month.
    returns_project,
    /// The month's saving, not discounted: Δ(t) × (C − W × s × L) / 12 for the exits, net of
    /// their wage-cost subsidies, plus the part-timers' Q × min(t, P) / P × F.
    saving,
    /// The month's saving, discounted.
    saving_discounted,
    /// Δ(t) × W × s × L / 12: the wage-cost subsidies of the month, not discounted (0 without
    /// them). The benefits not paid are `saving` + `subsidy_cost`.
    subsidy_cost,
    /// Q × min(t, P) / P × F: the benefit not paid to the part-timers, not discounted (0
    /// without them); part of `saving`.
    parttime_saving,
    /// Δ(t) × X / 12: the municipality's execution not spent on the clients fewer on benefit,
    /// not discounted (0 without X).
    execution_saving,
    /// Δ(t) × W × G / 12: the net income the clients who left for work gain, not discounted (0
    /// without G; with groups, each group's W).
    client_income,
    /// K / 12 while the project runs, not discounted.
    cost,
    /// K / 12 while the project runs, discounted.
    cost_discounted,
}

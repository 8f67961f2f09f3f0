//! Printing the report: built only when the page is printed.

use crate::browser;
use crate::components::proposal::ReportKind;
use yew::prelude::*;

/// How long a print waits for bands that do not come, in ms.
const PRINT_WAIT_MS: i32 = 5_000;

/// Printing: the report to print, none until the page is first printed (it is 40% of the
/// page's elements: building it delayed the first result and every keystroke), and the
/// callback that chooses it, renders it and then opens the print dialog. The browser's own
/// print command renders it too: yew renders the `beforeprint` change before the browser lays
/// out the print. The print dialog opens once `ready` (the bands of the inputs on screen are
/// in), so the report prints the final bands; should the bands' worker never answer (its files
/// not served, say), it opens after [`PRINT_WAIT_MS`] all the same.
#[hook]
pub(super) fn use_print(printing: bool, ready: bool) -> (Option<ReportKind>, Callback<ReportKind>) {
    let report_kind = use_state(|| ReportKind::Scenario);
    let printing = use_state(|| printing);
    // Counted by a reducer, whose dispatcher stays the same: so does `on_print`.
    let print_requests = use_reducer(|| Requests(0));
    {
        let printing = printing.setter();
        use_effect_with((), move |()| browser::before_print(move || printing.set(true)));
    }
    // The last print request whose dialog was opened.
    let printed = use_mut_ref(|| 0u32);
    use_effect_with((print_requests.0, ready), move |(n, ready)| {
        let print = move |printed: &std::cell::RefCell<u32>, n: u32| {
            if *printed.borrow() < n {
                *printed.borrow_mut() = n;
                browser::print();
            }
        };
        if *ready {
            print(&printed, *n);
        } else if *n > *printed.borrow() {
            let (printed, n) = (printed.clone(), *n);
            browser::after(PRINT_WAIT_MS, move || print(&printed, n));
        }
    });
    let on_print = use_callback(
        (report_kind.setter(), printing.setter(), print_requests.dispatcher()),
        |kind: ReportKind, (report_kind, printing, print_requests)| {
            report_kind.set(kind);
            printing.set(true);
            print_requests.dispatch(());
        },
    );
    ((*printing).then_some(*report_kind), on_print)
}

/// How many prints were asked for.
#[derive(PartialEq)]
struct Requests(u32);

impl Reducible for Requests {
    type Action = ();
    fn reduce(self: std::rc::Rc<Self>, (): ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Requests(self.0 + 1))
    }
}

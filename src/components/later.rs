//! The sections far below the first screen, shown one idle moment after another once the page has
//! rendered its first screen, and brought up to date at the idle moment after a change. The
//! app's takeover of the prerendered page (hydration: every element visited, every text set
//! again) is then one short task and a few shorter ones rather than one long one that keeps a
//! phone from answering a tap (Lighthouse's "total blocking time"). The prerender leaves them
//! out as the app's first render does, so the two match.
//!
//! A keystroke's frame shows its result, the figures beside it and the chart; the sections
//! below them (the years, the budget, the comparison, the paragraph) are out of view while the
//! form is typed in, and follow once that frame is painted and the page is idle, once for a
//! burst of keystrokes, as the address does (issue 37: with twelve 600-month scenarios they were
//! half of a keystroke's render).

use crate::browser;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// The sections, shown in their order, one more each time the page is idle.
    pub children: Children,
    /// Whether to hold them back at first (the page's first render); else all are shown at once.
    pub hold: bool,
    /// Called when all are shown.
    #[prop_or_default]
    pub on_shown: Callback<()>,
}

#[component]
pub fn Later(props: &LaterProps) -> Html {
    let count = props.children.len();
    let shown = use_state(|| if props.hold { 0 } else { count });
    {
        let (shown, on_shown) = (shown.clone(), props.on_shown.clone());
        use_effect_with(*shown, move |&now| {
            if now < count {
                // When the page is idle: a keystroke, and the frame that shows its result, go
                // before the next section (issue 37: a section in between cost the first
                // keystroke a frame).
                browser::when_idle(move || shown.set(now + 1));
            } else {
                on_shown.emit(());
            }
        });
    }
    let children = use_following(&props.children);
    html! { { for children.iter().take(*shown) } }
}

/// `children` as they were at the last idle moment: the first render's at once, then each
/// change once the page is idle after it, the newest of however many came before.
#[hook]
fn use_following(children: &Children) -> Children {
    let on_screen = use_state(|| children.clone());
    let newest = use_mut_ref(|| children.clone());
    let waiting = use_mut_ref(|| false);
    if *newest.borrow() != *children {
        *newest.borrow_mut() = children.clone();
    }
    let behind = *on_screen != *newest.borrow();
    // After every render, not only when `behind` changes: should newer children ever arrive in
    // the same render as the idle moment's catch-up, `behind` would stay true and nothing would
    // ask for the next idle moment. `waiting` keeps it to one request at a time.
    use_effect({
        let (on_screen, newest, waiting) = (on_screen.clone(), newest.clone(), waiting.clone());
        move || {
            if behind && !waiting.replace(true) {
                browser::when_idle(move || {
                    *waiting.borrow_mut() = false;
                    on_screen.set(newest.borrow().clone());
                });
            }
        }
    });
    (*on_screen).clone()
}

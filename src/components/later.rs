//! The sections far below the first screen, shown one idle moment after another once the page has
//! rendered its first screen. The app's takeover of the prerendered page (hydration: every
//! element visited, every text set again) is then one short task and a few shorter ones rather
//! than one long one that keeps a phone from answering a tap (Lighthouse's "total blocking
//! time"). The prerender leaves them out as the app's first render does, so the two match.

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
    html! { { for props.children.iter().take(*shown) } }
}

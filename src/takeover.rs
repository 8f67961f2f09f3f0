//! The app takes over the first screen. The built page may hold the default page prerendered
//! (`scripts/post-build.mjs`, `src/prerender.rs`) in its root, `#app`: the app hydrates it (its
//! first render is the prerender's, so the painted elements stay). Nothing a visitor did on the
//! prerendered page is lost: what they typed is typed again into the app's inputs, the focus and
//! the caret go back where they were, and a button clicked before the takeover (remembered by
//! the page's inline script) is clicked again. Then the root says `data-ready`.

/// The id of the element the app mounts on.
pub const ROOT: &str = "app";

/// Mounts the app on [`ROOT`] (made when the page has none: a build without a prerender), and
/// carries over what the visitor did before.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let root = document.get_element_by_id(ROOT).unwrap_or_else(|| {
        let root = document.create_element("div").expect("a div");
        root.set_id(ROOT);
        if let Some(body) = document.body() {
            let _ = body.append_child(&root);
        }
        root
    });
    // The prerendered page is hydrated: its elements, painted already, stay. Without one (a
    // visitor with a link, a stored set or English; a build without a prerender) the app renders.
    let prerendered = root.has_attribute("data-prerendered");
    if prerendered {
        // V8 compiles a wasm function when it is first called. Computed once in a task of its
        // own, the model's functions are compiled there, and the hydration's task that follows
        // is shorter by that much (on this machine's Chromium one task of 40–60 ms became one
        // of 12–24 and one of 28–41). What it computes is the default page's, the page being
        // hydrated, and is thrown away: the app computes it again.
        let state = crate::state::State::open("", None);
        let checked = &state.editing().checked;
        std::hint::black_box(crate::model::projection::project_plan(&checked.inputs, &checked.groups));
        crate::browser::after(0, move || {
            carry_over(&root);
            yew::Renderer::<crate::App>::with_root(root).hydrate();
        });
    } else {
        carry_over(&root);
        yew::Renderer::<crate::App>::with_root(root).render();
    }
}

/// Reads what the visitor typed into the prerendered page, and where the focus and the caret
/// are, right before the app takes over; and once it has, types it into the app's inputs,
/// puts the focus back, repeats an early click and marks the root ready.
#[cfg(target_arch = "wasm32")]
fn carry_over(root: &web_sys::Element) {
    use std::cell::Cell;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, HtmlInputElement};

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    // What was typed into the prerendered inputs (a value other than the one rendered), and
    // where the focus and the caret were.
    let inputs = root.query_selector_all("input").ok();
    let typed: Vec<(String, String)> = (0..inputs.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| inputs.as_ref()?.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.value() != input.default_value() && !input.id().is_empty())
        .map(|input| (input.id(), input.value()))
        .collect();
    let focused = document.active_element().filter(|e| root.contains(Some(e)) && !e.id().is_empty()).map(|e| {
        let caret = e.dyn_ref::<HtmlInputElement>().and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        (e.id(), caret)
    });
    let pending = Cell::new(Some((typed, focused, root.clone())));
    crate::browser::on_ready(move || {
        let Some((typed, focused, root)) = pending.take() else { return };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let input = |id: &str| document.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        for (id, value) in typed {
            if let Some(field) = input(&id) {
                field.set_value(&value);
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                    let _ = field.dispatch_event(&event);
                }
            }
        }
        if let Some((id, caret)) = focused {
            if let Some(element) = document.get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = element.focus();
            }
            if let (Some(field), Some((start, end))) = (input(&id), caret) {
                let _ = field.set_selection_range(start, end);
            }
        }
        // The button clicked before, by its place among the root's buttons.
        if let Some(place) = root.get_attribute("data-early-click").and_then(|n| n.parse::<u32>().ok()) {
            let _ = root.remove_attribute("data-early-click");
            let button = root.query_selector_all("button").ok().and_then(|all| all.item(place));
            if let Some(button) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                button.click();
            }
        }
        let _ = root.set_attribute("data-ready", "");
    });
}

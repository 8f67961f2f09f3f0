//! The edge to the browser: the page address. Everything else of the app is pure; outside a
//! browser (the native render tests) these read nothing and write nothing.

/// The query string of the page address, with its leading `?` (empty when there is none).
pub fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Replaces the query string of the page address without a new history entry, so the address
/// always shares the scenario on screen.
pub fn replace_query(query: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // A failure only means the address is not updated; the page keeps working.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
}

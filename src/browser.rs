//! The edge to the browser: the page address, storage, downloads (gloo-file), opened files, the
//! clipboard, printing, today's date, the document's language, a new version of the page and
//! the host page of an embedded one. Everything else of the app is pure. Every call here tolerates a browser that refuses (no storage in a
//! private window, say): the page keeps working. Outside a browser (the native render tests)
//! they read nothing and write nothing.

/// The storage key of the scenario set (a versioned JSON document, `model::set_file`).
pub const STORAGE_KEY: &str = "uitstroomrekenaar.scenarios";
/// The storage key of the realised-results form's texts (`model::realised::texts_to_json`).
pub const REALISED_KEY: &str = "uitstroomrekenaar.nacalculatie";
/// The storage key of the page's language code (`nl`, `en`).
pub const LANG_KEY: &str = "uitstroomrekenaar.taal";
/// Where an entry that could not be read is kept aside, untouched; more get `.2`, `.3`, ….
pub const ASIDE_KEY: &str = "uitstroomrekenaar.scenarios.onleesbaar";

/// The event `static/sw-register.js` sends when a new version of the page has installed.
pub const UPDATE_EVENT: &str = "uitstroomrekenaar:update";
/// The event that lets the waiting version take over and reloads the page.
pub const RELOAD_EVENT: &str = "uitstroomrekenaar:reload";
/// The event the page sends once it has rendered its first result.
pub const READY_EVENT: &str = "uitstroomrekenaar:ready";
/// The `type` of the message an embedded page posts to its host with its results.
pub const RESULTS_MESSAGE: &str = "uitstroomrekenaar:results";

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{HtmlAnchorElement, Storage};

    pub fn query() -> String {
        web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
    }

    thread_local! {
        /// The page's writes (its address, its storage) waiting for the frame that shows the
        /// result: only the newest, which writes the state on screen then.
        static PENDING_WRITE: std::cell::RefCell<Option<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(None) };
        /// One closure for the page's lifetime, called after the frame.
        static WRITER: wasm_bindgen::closure::Closure<dyn Fn()> = wasm_bindgen::closure::Closure::new(write_pending);
        /// Whether the page writes what is pending when it is left.
        static ON_LEAVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// After the frame: the write waits for the page to be idle.
    fn write_pending() {
        super::when_idle(write_now);
    }

    /// What is pending, written now.
    fn write_now() {
        if let Some(write) = PENDING_WRITE.with(|p| p.take()) {
            write();
        }
    }

    pub fn write_after_frame(write: impl FnOnce() + 'static) {
        // `history.replaceState` took 7.5 ms of every keystroke (a sampling profile, 600-month
        // horizon), and encoding and serialising the set grows with it (issue 37): the writes
        // wait until the frame with the results is painted and the page is idle after it (a
        // keystroke waiting goes first), once for however many keystrokes came before.
        if PENDING_WRITE.with(|p| p.replace(Some(Box::new(write))).is_none()) {
            if let Some(window) = web_sys::window() {
                WRITER.with(|w| window.request_animation_frame(w.as_ref().unchecked_ref()).ok());
                // A page left (closed, reloaded, navigated away) before the frame still saves
                // what was typed.
                if !ON_LEAVE.with(|l| l.replace(true)) {
                    let leave = wasm_bindgen::closure::Closure::<dyn Fn()>::new(write_now);
                    let _ = window.add_event_listener_with_callback("pagehide", leave.as_ref().unchecked_ref());
                    leave.forget();
                }
            }
        }
    }

    pub fn replace_query(query: &str) {
        let Some(window) = web_sys::window() else { return };
        // An address that would not change is not written: every write makes the browser
        // fetch and parse the tab's icon again.
        if window.location().search().ok().as_deref() == Some(query) {
            return;
        }
        if let Ok(history) = window.history() {
            // A failure only means the address is not updated; the page keeps working.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(query));
        }
    }

    // web-sys rather than gloo-storage: `LocalStorage::raw()` throws when the browser offers no
    // storage (a private window, storage switched off), which would blank the page; here that
    // is only a storage that refuses, and the page says so.
    fn storage() -> Option<Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok()?
    }

    pub fn store(key: &str, text: &str) -> bool {
        storage().is_some_and(|s| s.set_item(key, text).is_ok())
    }

    pub fn download(filename: &str, mime: &str, content: &str) {
        save(filename, gloo_file::Blob::new_with_options(content, Some(mime)));
    }

    pub fn download_bytes(filename: &str, mime: &str, content: &[u8]) {
        save(filename, gloo_file::Blob::new_with_options(content, Some(mime)));
    }

    fn save(filename: &str, blob: gloo_file::Blob) {
        // Revoked when dropped, at the end of this function: the click has taken the file.
        let url = gloo_file::ObjectUrl::from(blob);
        let anchor = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
        if let Some(a) = anchor {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        }
    }

    pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return done(false) };
        let clipboard = navigator.clipboard();
        // navigator.clipboard is missing outside secure contexts (plain http on another host):
        // calling it then would throw, so look first.
        if JsValue::from(&clipboard).is_undefined() {
            return done(false);
        }
        let promise = clipboard.write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    pub fn page_address() -> String {
        web_sys::window()
            .and_then(|w| Some(format!("{}{}", w.location().origin().ok()?, w.location().pathname().ok()?)))
            .unwrap_or_default()
    }

    pub fn today(locale: &str) -> String {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        js_sys::Date::new_0().to_locale_date_string(locale, &options).into()
    }

    pub fn this_month() -> Option<u32> {
        let now = js_sys::Date::new_0();
        Some(now.get_full_year() * 12 + now.get_month())
    }

    pub fn set_language(code: &str, title: &str) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", code);
            }
            document.set_title(title);
        }
    }

    pub fn read_file(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
        // The browser's own `File.text()`: one promise. gloo-file's reader would bring a
        // FileReader, its callbacks and a channel for the same text (2 KB of the page).
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()));
        });
    }

    pub fn listen(event: &str, done: impl Fn() + 'static) {
        // A plain listener for the page's lifetime (nothing removes these): gloo-events'
        // removable listener cost 1.5 KB of page for a listener nobody removes.
        if let Some(w) = web_sys::window() {
            let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(done);
            let _ = w.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
            closure.forget();
        }
    }

    pub fn tell_host(metrics: &[(&str, Option<f64>)], pockets: &super::Pockets, link: &str) {
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
        let set = |object: &js_sys::Object, key: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(object, &key.into(), value);
        };
        let values = js_sys::Object::new();
        for (name, value) in metrics {
            set(&values, name, &value.map_or(JsValue::NULL, JsValue::from_f64));
        }
        let message = js_sys::Object::new();
        set(&message, "type", &super::RESULTS_MESSAGE.into());
        set(&message, "metrics", &values);
        // Who pays and who gains: `parties.buig.net` and so on, and `parties.total`.
        let parties = js_sys::Object::new();
        for (party, figures) in &pockets.rows {
            let row = js_sys::Object::new();
            for (name, value) in figures {
                set(&row, name, &JsValue::from_f64(*value));
            }
            set(&parties, party, &row);
        }
        set(&parties, "total", &JsValue::from_f64(pockets.total));
        set(&message, "parties", &parties);
        set(&message, "link", &link.into());
        // Any host may embed the page and read its results: they are what the user typed and
        // what follows from it, nothing else.
        let _ = parent.post_message(&message, "*");
    }

    pub fn announce(name: &str) {
        if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
            let _ = w.dispatch_event(&event);
        }
    }

    pub fn focus(id: &str) {
        let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }

    pub fn when_idle(done: impl FnOnce() + 'static) {
        let Some(w) = web_sys::window() else { return };
        let callback = wasm_bindgen::closure::Closure::once_into_js(done);
        // Not every browser has `requestIdleCallback` (Safari): there, the next task.
        let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match idle {
            Some(idle) => {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"timeout".into(), &super::IDLE_TIMEOUT_MS.into());
                let _ = idle.call2(&w, &callback, &options);
            }
            None => {
                let _ = w.set_timeout_with_callback(callback.unchecked_ref());
            }
        }
    }

    pub fn after(ms: i32, done: impl FnOnce() + 'static) {
        if let Some(w) = web_sys::window() {
            let callback = wasm_bindgen::closure::Closure::once_into_js(done);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn query() -> String {
        String::new()
    }
    pub fn replace_query(_: &str) {}
    pub fn write_after_frame(write: impl FnOnce() + 'static) {
        write()
    }
    pub fn load(_: &str) -> Option<String> {
        None
    }
    pub fn store(_: &str, _: &str) -> bool {
        false
    }
    pub fn download(_: &str, _: &str, _: &str) {}
    pub fn download_bytes(_: &str, _: &str, _: &[u8]) {}
    pub fn read_file(_: web_sys::File, _: impl FnOnce(Option<String>) + 'static) {}
    pub fn copy_text(_: String, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn print() {}
    pub fn page_address() -> String {
        String::new()
    }
    pub fn today(_: &str) -> String {
        String::new()
    }
    pub fn set_language(_: &str, _: &str) {}
    pub fn this_month() -> Option<u32> {
        None
    }
    pub fn listen(_: &str, _: impl Fn() + 'static) {}
    pub fn announce(_: &str) {}
    pub fn tell_host(_: &[(&str, Option<f64>)], _: &super::Pockets, _: &str) {}
    pub fn after(_: i32, _: impl FnOnce() + 'static) {}
    pub fn when_idle(_: impl FnOnce() + 'static) {}
    pub fn focus(_: &str) {}
}

/// How long work that waits for an idle main thread waits at most, in ms.
pub const IDLE_TIMEOUT_MS: i32 = 200;

/// Runs `done` when the main thread is idle (input, rendering and other tasks first), at the
/// latest after [`IDLE_TIMEOUT_MS`]; in the next task where the browser has no idle callbacks.
/// Outside a browser never.
pub fn when_idle(done: impl FnOnce() + 'static) {
    imp::when_idle(done)
}

/// Moves the keyboard focus to the element with `id`, if there is one.
pub fn focus(id: &str) {
    imp::focus(id)
}

/// The query string of the page address, with its leading `?` (empty when there is none).
pub fn query() -> String {
    imp::query()
}

/// Replaces the query string of the page address without a new history entry, so the address
/// always shares the set on screen; an address that would not change is not written.
pub fn replace_query(query: &str) {
    imp::replace_query(query)
}

/// Runs `write` (the page's writes of its address and storage) after the next frame is painted,
/// once the main thread is idle ([`when_idle`]); a later call before then takes its place, so a burst of keystrokes
/// writes once, what is on screen then. Pending writes are made at once when the page is left.
/// Outside a browser it runs at once.
pub fn write_after_frame(write: impl FnOnce() + 'static) {
    imp::write_after_frame(write)
}

/// What is stored under `key`, exactly as stored.
pub fn load(key: &str) -> Option<String> {
    imp::load(key)
}

/// Stores `text` under `key`. False when the browser refused (no storage, or full).
pub fn save(key: &str, text: &str) -> bool {
    imp::store(key, text)
}

/// The stored scenario set, exactly as stored.
pub fn load_stored() -> Option<String> {
    imp::load(STORAGE_KEY)
}

/// Stores the scenario set. False when the browser refused (no storage, or full).
pub fn store(text: &str) -> bool {
    imp::store(STORAGE_KEY, text)
}

/// Keeps an unreadable entry aside, untouched, before anything is saved over it: under
/// [`ASIDE_KEY`], or the first free `ASIDE_KEY.n`. Nothing is written when it is already kept.
/// False when it could not be kept: then nothing may be saved over it.
pub fn keep_aside(text: &str) -> bool {
    for n in 1..100 {
        let key = if n == 1 { ASIDE_KEY.to_string() } else { format!("{ASIDE_KEY}.{n}") };
        match imp::load(&key) {
            Some(kept) if kept == text => return true,
            Some(_) => continue,
            None => return imp::store(&key, text),
        }
    }
    false
}

/// Offers `content` as a file to save.
pub fn download(filename: &str, mime: &str, content: &str) {
    imp::download(filename, mime, content)
}

/// Offers `content` (bytes: the Excel file) as a download named `filename`.
pub fn download_bytes(filename: &str, mime: &str, content: &[u8]) {
    imp::download_bytes(filename, mime, content)
}

/// Copies `text` to the clipboard; `done` says whether it worked.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    imp::copy_text(text, done)
}

/// Calls `done` before the browser prints the page (from the page's button or the browser's
/// own menu), for as long as the page lives.
pub fn before_print(done: impl Fn() + 'static) {
    imp::listen("beforeprint", done)
}

/// Calls `done` once, `ms` milliseconds from now.
pub fn after(ms: i32, done: impl FnOnce() + 'static) {
    imp::after(ms, done)
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    imp::print()
}

/// The page's address without its query string (`http://host/path/`).
pub fn page_address() -> String {
    imp::page_address()
}

/// Today's date, written out for `locale` (`23 november 2026`, `23 November 2026`).
pub fn today(locale: &str) -> String {
    imp::today(locale)
}

/// The current month as `model::core::number::month_index` (year × 12 + month − 1), in the browser's
/// time zone; none outside a browser.
pub fn this_month() -> Option<u32> {
    imp::this_month()
}

/// Sets the language of the document (`<html lang>`, which screen readers follow) and its title.
pub fn set_language(code: &str, title: &str) {
    imp::set_language(code, title)
}

/// Reads a file the user chose; `done` gets its text, or none when it could not be read.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    imp::read_file(file, done)
}

/// Calls `done` when a new version of the page has installed, for as long as the page lives.
pub fn on_update(done: impl Fn() + 'static) {
    imp::listen(UPDATE_EVENT, done)
}

/// Calls `done` when the page has rendered its first result ([`announce_ready`]).
pub fn on_ready(done: impl Fn() + 'static) {
    imp::listen(READY_EVENT, done)
}

/// Lets the waiting version take over; the page reloads in it.
pub fn take_update() {
    imp::announce(RELOAD_EVENT)
}

/// Tells the service worker's script that the page has rendered: only then is the worker
/// registered (it caches the whole build, which must not compete with the first result).
pub fn announce_ready() {
    imp::announce(READY_EVENT)
}

/// Posts the results to the page that embeds this one (`window.parent`):
/// `{type: "uitstroomrekenaar:results", metrics: {NAME: value or null, …}, link}`.
pub fn tell_host(metrics: &[(&str, Option<f64>)], pockets: &Pockets, link: &str) {
    imp::tell_host(metrics, pockets, link)
}

/// Who pays and who gains, for the embed message: each party's figures by name, and the total.
#[derive(Clone, Debug, PartialEq)]
pub struct Pockets {
    /// Each party's `data-party` name with its `gain`, `cost` and `net`.
    pub rows: Vec<(&'static str, [(&'static str, f64); 3])>,
    /// The sum of the nets.
    pub total: f64,
}

//! The first screen as HTML: the default page (no link, nothing stored, Dutch) rendered by
//! yew's server renderer, written to standard output. `scripts/post-build.mjs` runs it at build
//! time and puts the HTML into the built `index.html`, so a first visitor sees the answer before
//! the WebAssembly arrives; the app then renders over it (`main.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use uitstroomrekenaar::App;
    use yew::LocalServerRenderer;
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let html = runtime.block_on(async {
        // Hydratable: the app takes it over without rebuilding it (`takeover.rs`). The whole
        // `App`, as the page mounts it: natively it finds no link and nothing stored.
        LocalServerRenderer::<App>::new().hydratable(true).render().await
    });
    print!("{html}");
}

// Built for the page only as a stub: Trunk builds the page's and the worker's binaries, and
// `cargo build --target wasm32-unknown-unknown` would build this one too.
#[cfg(target_arch = "wasm32")]
fn main() {}

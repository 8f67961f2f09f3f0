//! The bands' worker (`crate::bands`): a second, small WebAssembly module with the model and
//! no page, loaded by the page when a scenario first has ranges.

use gloo_worker::Registrable;
use uitstroomrekenaar::bands::BandsWorker;

// The page's allocator here too (see main.rs).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    BandsWorker::registrar().register();
}

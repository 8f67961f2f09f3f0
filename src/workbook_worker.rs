//! The workbook's worker (`crate::workbook`): a WebAssembly module with the model and the
//! spreadsheet writer, loaded by the page only when the user first asks for the Excel file.

use gloo_worker::Registrable;
use uitstroomrekenaar::workbook::WorkbookWorker;

// The page's allocator here too (see main.rs).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    WorkbookWorker::registrar().register();
}

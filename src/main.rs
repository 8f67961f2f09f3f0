// Talc instead of Rust's default dlmalloc: a maintained allocator made for WebAssembly, smaller
// in the page and faster (measured in the issue 12 note).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    uitstroomrekenaar::takeover::mount();
}

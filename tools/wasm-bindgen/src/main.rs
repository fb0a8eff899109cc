//! `wasm-bindgen`, exactly as upstream's binary runs it, built from this folder's Cargo.lock.

fn main() {
    if let Err(error) =
        wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(std::env::args_os())
    {
        eprintln!("error: {error:?}");
        std::process::exit(1);
    }
}

//! The worker that opens a reader's CSV file (built by Trunk as its own wasm, loaded only
//! when a file is opened): see `explorateur_ftap::open_worker`.

use explorateur_ftap::open_worker::OpenWorker;
use gloo::worker::Registrable;

fn main() {
    OpenWorker::registrar().register();
}

//! The worker that opens a reader's file, off the page's thread: it reads the file in
//! chunks, checks and indexes its rows, then answers queries. The page talks to it with the
//! messages of `ftap_core::open::protocol`; this module only moves bytes and messages.

use ftap_core::open::explore::Explorer;
use ftap_core::open::protocol::{Failure, Loaded, Previewed, Progress, Reply, Request};
use ftap_core::open::summary::summarise;
use ftap_core::open::{preview, Load, Preview, Schema};
use gloo::worker::{HandlerId, Worker, WorkerScope};
use js_sys::{Reflect, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ReadableStreamDefaultReader, Response, WorkerGlobalScope};

/// Bytes read before a mapping is proposed.
const HEAD: usize = 64 * 1024;

/// How often a load reports its progress, in milliseconds.
const PROGRESS_EVERY_MS: f64 = 100.0;

/// The worker's state: the file previewed and, once loaded, its explorer.
pub struct OpenWorker {
    previewed: Option<(String, Rc<Preview>)>,
    explorer: Option<Explorer>,
    /// Set to stop the read in progress (each read has its own flag).
    stop: Rc<Cell<bool>>,
}

/// What the worker's own reads tell it when they finish.
pub enum Finished {
    /// The start of the file at this address was read.
    Previewed(String, Rc<Preview>),
    /// The file is loaded and indexed.
    Loaded(Box<Explorer>),
}

impl Worker for OpenWorker {
    type Message = Finished;
    type Input = Request;
    type Output = Reply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        OpenWorker {
            previewed: None,
            explorer: None,
            stop: Rc::new(Cell::new(false)),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, finished: Finished) {
        match finished {
            Finished::Previewed(url, preview) => self.previewed = Some((url, preview)),
            Finished::Loaded(explorer) => self.explorer = Some(*explorer),
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        match request {
            Request::Preview { url } => {
                let stop = self.restart();
                self.previewed = None;
                spawn_local(read_preview(scope.clone(), id, url, stop));
            }
            Request::Load(schema) => match self.previewed.clone() {
                Some((url, preview)) if schema.check(preview.headers.len()).is_ok() => {
                    let stop = self.restart();
                    spawn_local(read_all(scope.clone(), id, url, preview, schema, stop));
                }
                _ => scope.respond(id, Reply::Failed(Failure::Mapping)),
            },
            Request::Cancel => {
                self.restart();
            }
            Request::Query(number, query) => {
                if let Some(explorer) = &self.explorer {
                    scope.respond(id, Reply::Answer(number, explorer.answer(&query)));
                }
            }
            Request::Export(query) => {
                if let Some(explorer) = &self.explorer {
                    scope.respond(id, Reply::Csv(explorer.csv(&query)));
                }
            }
        }
    }
}

impl OpenWorker {
    /// Stops the read in progress, drops the loaded data, and gives the next read its flag.
    fn restart(&mut self) -> Rc<Cell<bool>> {
        self.stop.set(true);
        self.explorer = None;
        self.stop = Rc::new(Cell::new(false));
        self.stop.clone()
    }
}

/// Reads the start of the file and proposes a mapping.
async fn read_preview(
    scope: WorkerScope<OpenWorker>,
    id: HandlerId,
    url: String,
    stop: Rc<Cell<bool>>,
) {
    let (reader, size) = match open(&url).await {
        Ok(opened) => opened,
        Err(status) => return scope.respond(id, Reply::Failed(Failure::Unreachable(status))),
    };
    let mut head = Vec::new();
    let mut complete = false;
    while head.len() < HEAD {
        match next_chunk(&reader).await {
            Ok(Some(chunk)) => head.extend_from_slice(&chunk),
            Ok(None) => {
                complete = true;
                break;
            }
            Err(status) => return scope.respond(id, Reply::Failed(Failure::Unreachable(status))),
        }
    }
    // The rest is read again when the reader confirms the mapping.
    let _ = reader.cancel();
    if stop.get() {
        return;
    }
    match preview(&head, complete) {
        Ok(preview) => {
            let preview = Rc::new(preview);
            scope.respond(id, Reply::Previewed(Previewed::of(&preview, size)));
            scope.send_message(Finished::Previewed(url, preview));
        }
        Err(not_csv) => scope.respond(id, Reply::Failed(Failure::NotCsv(not_csv))),
    }
}

/// Reads, checks and indexes the whole file, telling its progress.
async fn read_all(
    scope: WorkerScope<OpenWorker>,
    id: HandlerId,
    url: String,
    preview: Rc<Preview>,
    schema: Schema,
    stop: Rc<Cell<bool>>,
) {
    let started = now();
    let (reader, size) = match open(&url).await {
        Ok(opened) => opened,
        Err(status) => return scope.respond(id, Reply::Failed(Failure::Unreachable(status))),
    };
    let mut load = Load::new(&preview, schema);
    if let Some(size) = size {
        load.reserve(size);
    }
    let mut bytes = 0u64;
    let mut told = started;
    loop {
        let chunk = match next_chunk(&reader).await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(status) => return scope.respond(id, Reply::Failed(Failure::Unreachable(status))),
        };
        if stop.get() {
            let _ = reader.cancel();
            return scope.respond(id, Reply::Cancelled);
        }
        load.push(&chunk);
        bytes += chunk.len() as u64;
        if now() - told >= PROGRESS_EVERY_MS {
            told = now();
            let (rows, rejected) = load.counts();
            scope.respond(
                id,
                Reply::Progress(Progress {
                    bytes,
                    total: size,
                    rows,
                    rejected,
                    elapsed_ms: (told - started) as u64,
                }),
            );
        }
    }
    let loaded = load.finish();
    let summary = summarise(&loaded.table);
    let explorer = Explorer::new(loaded.table);
    if stop.get() {
        return scope.respond(id, Reply::Cancelled);
    }
    // The explorer is in place before the page hears of it and sends its first query.
    scope.send_message(Finished::Loaded(Box::new(explorer)));
    scope.respond(
        id,
        Reply::Loaded(Loaded {
            report: loaded.report,
            summary,
            truncated: loaded.truncated,
            elapsed_ms: (now() - started) as u64,
            memory_bytes: memory_bytes(),
        }),
    );
}

/// The size of the worker's wasm memory, in bytes.
fn memory_bytes() -> u64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
        .into()
}

/// Milliseconds on the worker's clock.
fn now() -> f64 {
    js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
        .map_or(0.0, |p| p.now())
}

/// Fetches `url` and gives a reader of its body and its size when the server tells it.
/// Fails with the HTTP status, or 0 when the request itself failed.
async fn open(url: &str) -> Result<(ReadableStreamDefaultReader, Option<u64>), u16> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let response: Response = JsFuture::from(scope.fetch_with_str(url))
        .await
        .map_err(|_| 0u16)?
        .unchecked_into();
    if !response.ok() {
        return Err(response.status());
    }
    let size = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse().ok());
    let body = response.body().ok_or(0u16)?;
    Ok((body.get_reader().unchecked_into(), size))
}

/// The next chunk of the body, or `None` at its end.
async fn next_chunk(reader: &ReadableStreamDefaultReader) -> Result<Option<Vec<u8>>, u16> {
    let result = JsFuture::from(reader.read()).await.map_err(|_| 0u16)?;
    let field =
        |name: &str| Reflect::get(&result, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if field("done").is_truthy() {
        return Ok(None);
    }
    Ok(Some(field("value").unchecked_into::<Uint8Array>().to_vec()))
}

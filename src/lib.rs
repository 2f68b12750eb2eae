//! innograph: rule-based knowledge graphs of Chinese science and technology policy documents.
//!
//! The pipeline, one stage per module, data flowing one way:
//! [`ingest`] → [`normalise`] → [`extract`] → [`resolve`] → [`graph`] → [`rdf`] / [`output`]
//! → [`store`] (SPARQL) → [`export`] (graph tools, HTML view). Rules and word lists are data,
//! loaded by [`rules`].
//!
//! ```
//! use innograph::{process_text, rules::RuleSet};
//! let rules = RuleSet::defaults().unwrap();
//! let doc = process_text("note.txt", "昆山市科学技术局组织江苏恒瑞医药股份有限公司申报。", &rules);
//! let names: Vec<&str> = doc.resolved.entities.iter().map(|e| e.name.as_str()).collect();
//! assert!(names.contains(&"江苏恒瑞医药股份有限公司"));
//! ```
#![warn(missing_docs)]

pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod normalise;
pub mod output;
pub mod rdf;
pub mod record;
pub mod remote;
pub mod resolve;
pub mod rules;
pub mod serve;
pub mod store;

use ingest::{IngestFailure, IngestOptions, RawDocument, SourceDocument};
use record::DocumentRecord;
use rayon::prelude::*;
use rules::RuleSet;
use std::path::PathBuf;

/// One document through the pipeline.
#[derive(Debug, Clone)]
pub struct DocumentResult {
    /// The decoded document.
    pub source: SourceDocument,
    /// Its normalised text.
    pub normalised: normalise::NormalisedText,
    /// What the rules found.
    pub extraction: extract::Extraction,
    /// Entities and relations.
    pub resolved: resolve::Resolved,
    /// Name of the place the document is about, when one was inferred.
    pub locality: Option<String>,
}

/// Runs normalise, extract and resolve over one decoded document. Does no IO.
pub fn process_document(source: SourceDocument, rules: &RuleSet) -> DocumentResult {
    process_document_with(source, rules, false)
}

/// As [`process_document`], recording every candidate and its fate when `explain` is set.
pub fn process_document_with(source: SourceDocument, rules: &RuleSet, explain: bool) -> DocumentResult {
    let normalised = normalise::normalise(&source.text, &rules.normalise);
    let extraction = extract::extract(&normalised, rules, explain);
    let resolved = resolve::resolve(&normalised, &extraction, rules);
    let locality = resolved.locality.map(|p| rules.gazetteer.places[p].name.clone());
    DocumentResult { source, normalised, extraction, resolved, locality }
}

/// Processes a text that did not come from a file (tests, examples, `explain TEXT`).
pub fn process_text(name: &str, text: &str, rules: &RuleSet) -> DocumentResult {
    use sha2::Digest;
    let source = SourceDocument {
        path: PathBuf::from(name),
        name: name.to_string(),
        text: text.to_string(),
        encoding: "UTF-8",
        content_hash: ingest::hex(&sha2::Sha256::digest(text.as_bytes())),
    };
    process_document(source, rules)
}

/// The documents of a batch (or what was made of each, see [`process_paths_into`]), and
/// what could not be read.
#[derive(Debug)]
pub struct Batch<T = DocumentResult> {
    /// Processed documents, sorted by (file name, content hash): independent of input
    /// order and of thread scheduling.
    pub documents: Vec<T>,
    /// Inputs that failed, in input order.
    pub failures: Vec<IngestFailure>,
    /// Files under input folders that were passed over (not a readable format).
    pub skipped: Vec<PathBuf>,
}

/// Reads and processes every input, in parallel; one bad file never stops the rest.
/// `on_done` is called once per file read (for progress).
pub fn process_paths(
    inputs: &[PathBuf],
    options: &IngestOptions,
    rules: &RuleSet,
    on_done: &(dyn Fn() + Sync),
) -> Batch {
    process_paths_into(inputs, options, rules, on_done, &|doc| doc)
}

/// As [`process_paths`], keeping of each document only what `make` makes of it (its output
/// lines, say): a document is dropped as soon as it is made, so the batch holds the
/// documents being processed and the things made, not every document's text and mentions
/// at once.
pub fn process_paths_into<T: Send>(
    inputs: &[PathBuf],
    options: &IngestOptions,
    rules: &RuleSet,
    on_done: &(dyn Fn() + Sync),
    make: &(dyn Fn(DocumentResult) -> T + Sync),
) -> Batch<T> {
    let set = ingest::collect_inputs(inputs);
    // Each made thing with what orders it: (file name, content hash).
    let results: Vec<Result<(String, String, T), IngestFailure>> = set
        .files
        .par_iter()
        .map(|path| {
            process_path(path, options, rules, on_done, &|doc: DocumentResult| {
                let (name, hash) = (doc.source.name.clone(), doc.source.content_hash.clone());
                (name, hash, make(doc))
            })
        })
        .collect();
    let mut failures = set.failures;
    let mut made = Vec::new();
    for r in results {
        match r {
            Ok(m) => made.push(m),
            Err(f) => failures.push(f),
        }
    }
    made.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    // The same file given twice (or two identical copies) is one document.
    made.dedup_by(|a, b| a.1 == b.1 && a.0 == b.0);
    Batch { documents: made.into_iter().map(|(_, _, t)| t).collect(), failures, skipped: set.skipped }
}

/// As [`process_paths_into`], handing each made thing to `emit` in the batch's order as
/// soon as it and every one before it are made, when the inputs' file names already run in
/// that order (the files of one folder do; the order is by file name, and names that all
/// differ leave the content hash nothing to decide). The batch then never holds every
/// document's lines at once: they are written while the next documents are processed.
/// Inputs named out of order are all made first and sorted, as [`process_paths_into`] does.
/// The returned batch holds a `()` per document emitted.
pub fn process_paths_in_order<T: Send>(
    inputs: &[PathBuf],
    options: &IngestOptions,
    rules: &RuleSet,
    on_done: &(dyn Fn() + Sync),
    make: &(dyn Fn(DocumentResult) -> T + Sync),
    emit: &mut (dyn FnMut(T) + Send),
) -> Batch<()> {
    let set = ingest::collect_inputs(inputs);
    if !set.named_in_order() {
        let batch = process_paths_into(inputs, options, rules, on_done, make);
        let documents = batch.documents.into_iter().map(|t| emit(t)).collect();
        return Batch { documents, failures: batch.failures, skipped: batch.skipped };
    }
    // What is made waits here for the documents before it; whichever worker makes the
    // next one writes it and what waited for it. No thread of its own that every document
    // would wake: that cost more than the writing on batches of small documents.
    struct Order<'e, T> {
        next: usize,
        waiting: std::collections::BTreeMap<usize, Result<T, IngestFailure>>,
        emit: &'e mut (dyn FnMut(T) + Send),
        documents: Vec<()>,
        failures: Vec<IngestFailure>,
    }
    let order = std::sync::Mutex::new(Order { next: 0, waiting: std::collections::BTreeMap::new(), emit, documents: Vec::new(), failures: set.failures });
    // Handed out one by one in input order (not split into halves, as a slice's parallel
    // iterator is), so what waits for an earlier document stays little.
    set.files.iter().enumerate().par_bridge().for_each(|(i, path)| {
        let r = process_path(path, options, rules, on_done, make);
        let mut o = order.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        o.waiting.insert(i, r);
        loop {
            let next = o.next;
            let Some(r) = o.waiting.remove(&next) else { break };
            o.next += 1;
            match r {
                Ok(t) => {
                    (o.emit)(t);
                    o.documents.push(());
                }
                Err(f) => o.failures.push(f),
            }
        }
    });
    let o = order.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    Batch { documents: o.documents, failures: o.failures, skipped: set.skipped }
}

/// Reads and processes one input, makes what the batch keeps of it, and reports it done.
fn process_path<T>(path: &PathBuf, options: &IngestOptions, rules: &RuleSet, on_done: &(dyn Fn() + Sync), make: &(dyn Fn(DocumentResult) -> T + Sync)) -> Result<T, IngestFailure> {
    // A fault in a rule on one document fails that document, not the batch of thousands
    // around it: the panic is reported as the file's error and the rest goes on.
    let processed = |src| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| make(process_document(src, rules)))).map_err(|panic| {
            let what = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown panic".into());
            ingest::IngestError::Internal(what)
        })
    };
    let r = ingest::read_document(path, options).and_then(processed).map_err(|error| IngestFailure { path: path.clone(), error });
    on_done();
    r
}

/// Which slice of the inputs a build reads: shard `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, from 1 to `count`.
    pub index: u32,
    /// How many shards the inputs are cut into.
    pub count: u32,
}

impl Shard {
    /// Whether a file belongs to this shard. Decided by the file name alone, so a document
    /// lands in the same shard whatever folder it is read from and whatever else is built.
    pub fn holds(&self, path: &std::path::Path) -> bool {
        use sha2::Digest;
        let h = sha2::Sha256::digest(ingest::document_name(path).as_bytes());
        let n = u64::from_be_bytes(h[..8].try_into().expect("8 bytes"));
        n % u64::from(self.count) == u64::from(self.index - 1)
    }
}

/// The records of a build, and what could not be read.
#[derive(Debug, Default)]
pub struct RecordBatch {
    /// One record per document, in the build's canonical order: by content hash, then name.
    pub records: Vec<DocumentRecord>,
    /// Inputs that failed, in input order.
    pub failures: Vec<IngestFailure>,
    /// Files under input folders that were passed over (not a readable format).
    pub skipped: Vec<PathBuf>,
    /// How many records were taken from the previous build instead of being made again.
    pub reused: usize,
}

/// Sorts records into the canonical order of a build and drops repeats (the same file
/// given twice).
pub fn canonical_order(records: &mut Vec<DocumentRecord>) {
    records.sort_by(|a, b| (&a.content_hash, &a.name).cmp(&(&b.content_hash, &b.name)));
    records.dedup_by(|a, b| a.content_hash == b.content_hash && a.name == b.name);
}

/// Where a build finds the records of unchanged documents and keeps new ones.
pub trait RecordCache: Sync {
    /// The record made before for these bytes, if any.
    fn get(&self, raw: &RawDocument) -> Option<DocumentRecord>;
    /// Keeps a new record (best effort: a record that could not be kept is made again next
    /// time).
    fn put(&self, record: &DocumentRecord);
}

/// A cache that has nothing and keeps nothing.
pub struct NoCache;

impl RecordCache for NoCache {
    fn get(&self, _: &RawDocument) -> Option<DocumentRecord> {
        None
    }
    fn put(&self, _: &DocumentRecord) {}
}

/// Reads every input (of `shard`, when given) and makes its record, in parallel: a record
/// the cache has for the file's bytes is taken as it is, any other document is decoded,
/// processed and its record kept. One bad file never stops the rest; `on_done` is called
/// once per file.
pub fn build_records(
    inputs: &[PathBuf],
    options: &IngestOptions,
    rules: &RuleSet,
    shard: Option<Shard>,
    cache: &dyn RecordCache,
    on_done: &(dyn Fn() + Sync),
) -> RecordBatch {
    let mut set = ingest::collect_inputs(inputs);
    if let Some(shard) = shard {
        set.files.retain(|f| shard.holds(f));
    }
    let words = resolve::across::IdentityWords::new(rules);
    let results: Vec<Result<(DocumentRecord, bool), IngestFailure>> = set
        .files
        .par_iter()
        .map(|path| {
            let fail = |error| IngestFailure { path: path.clone(), error };
            let r = ingest::read_raw(path, options).map_err(fail).and_then(|raw| match cache.get(&raw) {
                Some(record) => Ok((record, true)),
                None => raw.decode(options).map_err(fail).map(|src| {
                    let record = DocumentRecord::with_words(&process_document(src, rules), rules, &words);
                    cache.put(&record);
                    (record, false)
                }),
            });
            on_done();
            r
        })
        .collect();
    let mut batch = RecordBatch { failures: set.failures, skipped: set.skipped, ..RecordBatch::default() };
    for r in results {
        match r {
            Ok((record, reused)) => {
                batch.reused += usize::from(reused);
                batch.records.push(record);
            }
            Err(f) => batch.failures.push(f),
        }
    }
    canonical_order(&mut batch.records);
    batch
}

//! Output: the files a build writes, each written whole or not at all.

use crate::graph::KnowledgeGraph;
use crate::rdf::{self, GraphBlock, Iris, RdfError};
use crate::record::DocumentRecord;
use crate::DocumentResult;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Errors writing outputs.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// RDF serialisation failed.
    #[error(transparent)]
    Rdf(#[from] RdfError),
    /// A folder given to `merge` is not a build's output.
    #[error("{path}: not a build's output folder (no .innograph/manifest.json): {reason}")]
    NotABuild {
        /// The folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Shards built with different rules or tool versions cannot be merged.
    #[error("{path}: built by {found}, the other shards by {expected}: rebuild it")]
    Mismatch {
        /// The shard.
        path: PathBuf,
        /// Its tool and rules.
        found: String,
        /// The first shard's.
        expected: String,
    },
    /// A record listed in a manifest is missing or unreadable.
    #[error("{path}: record of {name} missing or unreadable: rebuild the folder")]
    Record {
        /// The record file.
        path: PathBuf,
        /// The document.
        name: String,
    },
}

/// Files written to temporary siblings, renamed into place together by [`Staging::commit`].
/// Until then (and if the process is interrupted, or the staging dropped) the previous files
/// stay as they were; dropped staging removes its temporary files.
#[derive(Debug, Default)]
pub struct Staging {
    staged: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    /// Removes the temporary files a killed build left in `dir` (`.NAME.PID.tmp` of a process
    /// that no longer runs), so that an interrupted build leaves nothing behind for long.
    pub fn clean_stale(dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else { continue };
            let Some(pid) = stem.rsplit('.').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
            let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
            if !alive {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Writes `path`'s new content to a temporary file beside it.
    pub fn stage(&mut self, path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
        let err = |source| OutputError::Write { path: path.to_path_buf(), source };
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = (|| {
            let file = std::fs::File::create(&tmp)?;
            let mut w = BufWriter::new(file);
            fill(&mut w)?;
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()
        })();
        match result {
            Ok(()) => {
                self.staged.push((tmp, path.to_path_buf()));
                Ok(())
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(err(e))
            }
        }
    }

    /// Opens a temporary file beside `path` for streaming writes; [`Staging::finish`] adds it
    /// to the files renamed into place by [`Staging::commit`].
    pub fn open(&mut self, path: &Path, gzip: bool) -> Result<StagedFile, OutputError> {
        let err = |source| OutputError::Write { path: path.to_path_buf(), source };
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let file = BufWriter::with_capacity(1 << 20, File::create(&tmp).map_err(err)?);
        let sink = if gzip {
            // No file name and a zero time in the header: the same bytes on every run.
            Sink::Gzip(flate2::GzBuilder::new().write(file, flate2::Compression::fast()))
        } else {
            Sink::Plain(file)
        };
        Ok(StagedFile { tmp, path: path.to_path_buf(), sink: Some(sink) })
    }

    /// Closes a streamed file and stages it.
    pub fn finish(&mut self, mut file: StagedFile) -> Result<(), OutputError> {
        let err = |source| OutputError::Write { path: file.path.clone(), source };
        let sink = file.sink.take().expect("a staged file is finished once");
        let buffered = match sink {
            Sink::Plain(w) => w,
            Sink::Gzip(gz) => gz.finish().map_err(err)?,
        };
        let f = buffered.into_inner().map_err(|e| err(e.into_error()))?;
        f.sync_all().map_err(err)?;
        self.staged.push((std::mem::take(&mut file.tmp), file.path.clone()));
        Ok(())
    }

    /// Renames every staged file into place; returns the paths written.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, OutputError> {
        let staged = std::mem::take(&mut self.staged);
        let mut done = Vec::new();
        for (i, (tmp, path)) in staged.iter().enumerate() {
            if let Err(source) = std::fs::rename(tmp, path) {
                self.staged = staged[i..].to_vec();
                return Err(OutputError::Write { path: path.clone(), source });
            }
            done.push(path.clone());
        }
        Ok(done)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        for (tmp, _) in &self.staged {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

enum Sink {
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
}

/// A file being written under a temporary name (see [`Staging::open`]); removed if dropped
/// before it is finished.
pub struct StagedFile {
    tmp: PathBuf,
    path: PathBuf,
    sink: Option<Sink>,
}

impl StagedFile {
    fn io(&self, e: std::io::Error) -> OutputError {
        OutputError::Write { path: self.path.clone(), source: e }
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.sink.as_mut().expect("open") {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self.sink.as_mut().expect("open") {
            Sink::Plain(w) => w.write_all(buf),
            Sink::Gzip(w) => w.write_all(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self.sink.as_mut().expect("open") {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
        }
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if self.sink.is_some() {
            self.sink = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes one file through a temporary sibling and a rename, so a reader (or a crash) never
/// sees half a file.
pub fn write_atomic(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
    let mut staging = Staging::default();
    staging.stage(path, fill)?;
    staging.commit().map(|_| ())
}

/// A document's entities, figures and relations as the JSONL contract of
/// `innograph extract`, one JSON object a line. Fields are written in alphabetical order.
/// The IRIs a build of this document alone gives its entities: a generic name holds at the
/// place the document names as its own, a bare one without a place stays the document's.
pub fn own_entity_ids(doc: &DocumentResult, rules: &crate::rules::RuleSet, words: &crate::resolve::across::IdentityWords, iris: &Iris) -> Vec<String> {
    let record = DocumentRecord::identities_only(doc, rules, words);
    let ids = rdf::own_entity_iris(&record, iris);
    // A long document's identities (a few hundred thousand, each a few allocations) are
    // freed by another worker while its lines are written.
    if record.entities.len() > 10_000 {
        rayon::spawn(move || drop(record));
    }
    ids
}

/// `ids` are the IRIs of the document's entities as a build of it alone names them
/// ([`own_entity_ids`]), so that a line's `id` is the node a graph of the document has.
pub fn write_document_jsonl(doc: &DocumentResult, ids: &[String], out: &mut impl Write) -> std::io::Result<()> {
    // The lines are written field by field into one buffer for the document, then written
    // at once: no JSON tree, no serialiser per line, each string escaped once.
    let mut buf = Vec::with_capacity(4096);
    document_jsonl_into(doc, ids, &mut buf);
    out.write_all(&buf)
}

/// As [`write_document_jsonl`], appending the lines to `buf`: a caller that keeps a
/// document's lines in memory (`extract` keeps them until the batch is sorted) holds one
/// copy of them, not a buffer and its copy (the lines of a 27 MB document are about 200 MB).
pub fn document_jsonl_into(doc: &DocumentResult, ids: &[String], buf: &mut Vec<u8>) {
    entity_lines(doc, ids, 0..doc.resolved.entities.len(), buf);
    observation_lines(doc, 0..doc.extraction.observations.len(), buf);
    relation_lines(doc, ids, 0..doc.resolved.relations.len(), buf);
}

/// Lines per piece of [`document_jsonl_pieces`].
const LINES_PER_PIECE: usize = 2048;

/// Whether a document has more lines than one piece holds: its lines are then best written
/// with [`write_document_jsonl_pieces`], in parallel and as they are made.
pub fn jsonl_in_pieces(doc: &DocumentResult) -> bool {
    doc.resolved.entities.len() + doc.extraction.observations.len() + doc.resolved.relations.len() > LINES_PER_PIECE
}

/// What a piece of a document's lines holds.
#[derive(Clone, Copy)]
enum LineKind {
    Entities,
    Observations,
    Relations,
}

/// The pieces of a document's lines, in order: which kind, and which of them.
fn pieces_of(doc: &DocumentResult) -> Vec<(LineKind, std::ops::Range<usize>)> {
    let mut pieces = Vec::new();
    for (kind, n) in [
        (LineKind::Entities, doc.resolved.entities.len()),
        (LineKind::Observations, doc.extraction.observations.len()),
        (LineKind::Relations, doc.resolved.relations.len()),
    ] {
        let mut at = 0;
        while at < n {
            let end = (at + LINES_PER_PIECE).min(n);
            pieces.push((kind, at..end));
            at = end;
        }
    }
    pieces
}

fn piece_lines(doc: &DocumentResult, ids: &[String], (kind, range): (LineKind, std::ops::Range<usize>)) -> Vec<u8> {
    let mut buf = Vec::new();
    match kind {
        LineKind::Entities => entity_lines(doc, ids, range, &mut buf),
        LineKind::Observations => observation_lines(doc, range, &mut buf),
        LineKind::Relations => relation_lines(doc, ids, range, &mut buf),
    }
    buf
}

/// The lines [`document_jsonl_into`] writes, in pieces of at most [`LINES_PER_PIECE`] lines
/// that follow each other: a long document's lines (some 200 MB for 27 MB of text) are
/// written in parallel, and never copied as one buffer grows. A document of fewer lines is
/// one piece, written on the calling thread.
pub fn document_jsonl_pieces(doc: &DocumentResult, ids: &[String]) -> Vec<Vec<u8>> {
    if !jsonl_in_pieces(doc) {
        let mut buf = Vec::new();
        document_jsonl_into(doc, ids, &mut buf);
        return vec![buf];
    }
    use rayon::prelude::*;
    pieces_of(doc).into_par_iter().with_max_len(1).map(|p| piece_lines(doc, ids, p)).collect()
}

/// As [`document_jsonl_pieces`], handing each piece to `write` as soon as it and those
/// before it are made, a few pieces being made at a time on as many threads as the rayon
/// pool has: a long document's lines are never all in memory. Threads of its own, not the
/// pool's: a caller may hold a lock that another task of the pool waits for.
pub fn write_document_jsonl_pieces(doc: &DocumentResult, ids: &[String], write: &mut dyn FnMut(&[u8]) -> std::io::Result<()>) -> std::io::Result<()> {
    let pieces = pieces_of(doc);
    let threads = rayon::current_num_threads().max(1);
    for group in pieces.chunks(4 * threads) {
        let per_thread = group.len().div_ceil(threads);
        let made: Vec<Vec<Vec<u8>>> = std::thread::scope(|scope| {
            let mut parts = group.chunks(per_thread);
            let first = parts.next().unwrap_or(&[]);
            let others: Vec<_> = parts.map(|part| scope.spawn(move || part.iter().map(|p| piece_lines(doc, ids, p.clone())).collect::<Vec<_>>())).collect();
            let mut made = vec![first.iter().map(|p| piece_lines(doc, ids, p.clone())).collect::<Vec<_>>()];
            made.extend(others.into_iter().map(|h| h.join().expect("a piece's lines are made without panicking")));
            made
        });
        for lines in made.iter().flatten() {
            write(lines)?;
        }
    }
    Ok(())
}

/// The lines of entities `range`.
fn entity_lines(doc: &DocumentResult, ids: &[String], range: std::ops::Range<usize>, buf: &mut Vec<u8>) {
    // Keys are in alphabetical order; the bytes are those serde_json gives (a test holds
    // them to it).
    let name = doc.source.name.as_str();
    for (e, id) in doc.resolved.entities[range.clone()].iter().zip(&ids[range]) {
        let mut line = json_line::Object::open(buf);
        line.strings("aliases", e.aliases.iter().map(String::as_str));
        line.str("doc", name);
        line.str("id", id);
        line.str("kind", "entity");
        line.objects("mentions", e.mentions.iter(), |&i, mention| {
            let m = &doc.extraction.mentions[i];
            let (source_start, source_end) = doc.normalised.source_span(m.start, m.end);
            // composed: the text was composed from parts of the span (扬子江药业 +
            // 工程技术研究中心); written only when set.
            if m.composed {
                mention.bool("composed", true);
            }
            mention.number("end", m.end);
            mention.str("rule", &m.rule);
            mention.number("source_end", source_end);
            mention.number("source_start", source_start);
            mention.number("start", m.start);
            mention.str("text", &m.text);
        });
        line.str("name", &e.name);
        line.str("type", e.entity_type.as_str());
        line.close();
        buf.push(b'\n');
    }
}

/// The lines of observations `range`.
fn observation_lines(doc: &DocumentResult, range: std::ops::Range<usize>, buf: &mut Vec<u8>) {
    let name = doc.source.name.as_str();
    for o in &doc.extraction.observations[range] {
        let mut line = json_line::Object::open(buf);
        line.opt_str("area", doc.locality.as_deref());
        line.opt_str("classifier", o.classifier.as_deref());
        line.str("doc", name);
        line.number("end", o.end);
        line.str("indicator", &o.indicator);
        line.str("kind", "observation");
        line.opt_str("period", o.period.as_deref());
        line.str("rule", &o.rule);
        line.number("sentence", o.sentence);
        line.number("start", o.start);
        line.str("text", doc.normalised.slice(o.label_start, o.end));
        line.str("unit", o.unit);
        line.str("value", &o.value);
        line.close();
        buf.push(b'\n');
    }
}

/// The lines of relations `range`.
fn relation_lines(doc: &DocumentResult, ids: &[String], range: std::ops::Range<usize>, buf: &mut Vec<u8>) {
    let name = doc.source.name.as_str();
    let ents = &doc.resolved.entities;
    for r in &doc.resolved.relations[range] {
        let (subject, object) = (&ents[r.subject], &ents[r.object]);
        let mut line = json_line::Object::open(buf);
        line.str("doc", name);
        line.objects("evidence", r.evidence.iter(), |&i, evidence| {
            let rm = &doc.extraction.relations[i];
            evidence.number("end", rm.end);
            evidence.str("rule", &rm.rule);
            evidence.number("sentence", rm.sentence);
            evidence.number("start", rm.start);
            evidence.str("text", doc.normalised.slice(rm.start, rm.end));
        });
        line.str("kind", "relation");
        line.str("object", &object.name);
        line.str("object_id", &ids[r.object]);
        line.str("predicate", r.predicate.as_str());
        line.str("rule", &doc.extraction.relations[r.evidence[0]].rule);
        line.str("subject", &subject.name);
        line.str("subject_id", &ids[r.subject]);
        line.close();
        buf.push(b'\n');
    }
}

/// JSON objects written straight into a byte buffer, compact, with serde_json's string
/// escapes: the extract lines are many and small, and a serialiser's generic machinery
/// cost more than the bytes.
mod json_line {
    /// An object being written: fields are added in the order they are to appear.
    pub(super) struct Object<'b> {
        buf: &'b mut Vec<u8>,
        empty: bool,
    }

    impl<'b> Object<'b> {
        pub fn open(buf: &'b mut Vec<u8>) -> Self {
            buf.push(b'{');
            Object { buf, empty: true }
        }

        pub fn close(self) {
            self.buf.push(b'}');
        }

        fn key(&mut self, key: &str) {
            if !self.empty {
                self.buf.push(b',');
            }
            self.empty = false;
            // Keys are this module's own ASCII words, which need no escape.
            debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
            self.buf.push(b'"');
            self.buf.extend_from_slice(key.as_bytes());
            self.buf.extend_from_slice(b"\":");
        }

        pub fn str(&mut self, key: &str, value: &str) {
            self.key(key);
            string(self.buf, value);
        }

        /// A string, or `null`.
        pub fn opt_str(&mut self, key: &str, value: Option<&str>) {
            match value {
                Some(v) => self.str(key, v),
                None => {
                    self.key(key);
                    self.buf.extend_from_slice(b"null");
                }
            }
        }

        pub fn number(&mut self, key: &str, value: usize) {
            self.key(key);
            // Decimal digits, last first, into a buffer long enough for any usize.
            let mut digits = [0u8; 20];
            let mut at = digits.len();
            let mut n = value;
            loop {
                at -= 1;
                digits[at] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            self.buf.extend_from_slice(&digits[at..]);
        }

        pub fn bool(&mut self, key: &str, value: bool) {
            self.key(key);
            self.buf.extend_from_slice(if value { b"true" } else { b"false" });
        }

        /// An array of strings.
        pub fn strings<'s>(&mut self, key: &str, values: impl Iterator<Item = &'s str>) {
            self.key(key);
            self.buf.push(b'[');
            for (i, v) in values.enumerate() {
                if i > 0 {
                    self.buf.push(b',');
                }
                string(self.buf, v);
            }
            self.buf.push(b']');
        }

        /// An array of objects, each written by `fill`.
        pub fn objects<T>(&mut self, key: &str, items: impl Iterator<Item = T>, mut fill: impl FnMut(T, &mut Object<'_>)) {
            self.key(key);
            self.buf.push(b'[');
            for (i, item) in items.enumerate() {
                if i > 0 {
                    self.buf.push(b',');
                }
                let mut object = Object::open(self.buf);
                fill(item, &mut object);
                object.close();
            }
            self.buf.push(b']');
        }
    }

    /// A JSON string: quote marks and backslashes escaped, control characters as serde_json
    /// writes them (\b \t \n \f \r, others as \u00XX), everything else as it is.
    pub(super) fn string(buf: &mut Vec<u8>, s: &str) {
        buf.push(b'"');
        let bytes = s.as_bytes();
        let needs_escape = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        // Almost no string needs an escape: check the whole string (a loop the compiler
        // vectorises), then copy it at once.
        if !bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
            buf.extend_from_slice(bytes);
        } else {
            let mut from = 0;
            for (i, &b) in bytes.iter().enumerate() {
                if !needs_escape(b) {
                    continue;
                }
                buf.extend_from_slice(&bytes[from..i]);
                match b {
                    b'"' => buf.extend_from_slice(b"\\\""),
                    b'\\' => buf.extend_from_slice(b"\\\\"),
                    b'\x08' => buf.extend_from_slice(b"\\b"),
                    b'\t' => buf.extend_from_slice(b"\\t"),
                    b'\n' => buf.extend_from_slice(b"\\n"),
                    b'\x0c' => buf.extend_from_slice(b"\\f"),
                    b'\r' => buf.extend_from_slice(b"\\r"),
                    _ => {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        buf.extend_from_slice(b"\\u00");
                        buf.push(HEX[usize::from(b >> 4)]);
                        buf.push(HEX[usize::from(b & 0xf)]);
                    }
                }
                from = i + 1;
            }
            buf.extend_from_slice(&bytes[from..]);
        }
        buf.push(b'"');
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn strings_escape_as_serde_json_does() {
            let mut every_control: String = (0u8..0x20).map(char::from).collect();
            every_control.push_str("\u{7f}末");
            for s in ["", "苏州科技大学", "a\"b\\c/d", "行\n一\t二\r\u{8}\u{c}", "\u{1}x\u{1f}", every_control.as_str(), "“引号”"] {
                let mut buf = Vec::new();
                super::string(&mut buf, s);
                assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
            }
        }

        #[test]
        fn objects_are_compact_with_fields_in_order() {
            let mut buf = Vec::new();
            let mut o = super::Object::open(&mut buf);
            o.str("a", "x");
            o.opt_str("b", None);
            o.number("c", 0);
            o.number("d", usize::MAX);
            o.bool("e", true);
            o.strings("f", ["p", "q"].into_iter());
            o.objects("g", [1usize, 20].into_iter(), |n, inner| inner.number("n", n));
            o.strings("h", std::iter::empty());
            o.close();
            let expected = serde_json::json!({"a": "x", "b": null, "c": 0, "d": usize::MAX, "e": true, "f": ["p", "q"], "g": [{"n": 1}, {"n": 20}], "h": []});
            assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(&expected).unwrap());
        }
    }
}

/// One node as a line of `entities.jsonl`: what it is, every name it carries with the
/// documents that use it, the earlier IRIs it is `owl:sameAs`, and how its names were
/// merged (rule, the two names and their documents, the evidence).
pub fn entity_line(n: &crate::graph::EntityNode, id: &str, records: &[DocumentRecord], iris: &Iris) -> Value {
    let docs_of: std::collections::BTreeSet<&str> = n.documents.iter().map(|&d| records[d].name.as_str()).collect();
    let names: serde_json::Map<String, Value> = n
        .names
        .iter()
        .map(|(name, ds)| {
            let ds: std::collections::BTreeSet<&str> = ds.iter().map(|&d| records[d].name.as_str()).collect();
            (name.clone(), json!(ds))
        })
        .collect();
    let side = |(d, e): (usize, usize)| json!({"name": records[d].entities[e].name, "document": records[d].name});
    let merges: Vec<Value> = n
        .merges
        .iter()
        .map(|m| json!({"rule": m.rule, "from": side(m.from), "into": side(m.into), "evidence": m.evidence}))
        .collect();
    let same_as: Vec<String> = n.same_as.iter().map(|k| iris.entity(n.entity_type, k)).collect();
    json!({
        "id": id,
        "type": n.entity_type.as_str(),
        "name": n.name,
        "aliases": n.aliases,
        "mentions": n.mentions,
        "documents": docs_of,
        "level": n.level.as_ref().map(|(l, _)| l.as_str()),
        "names": names,
        "same_as": same_as,
        "merges": merges,
    })
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Quads in the query dump (`graph.nq`).
    pub quads: usize,
    /// Quads in the provenance dump (`provenance.nq`).
    pub provenance_quads: usize,
    /// Files written.
    pub files: Vec<PathBuf>,
}

/// How a build writes its files.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Gzip the N-Quads dumps (`graph.nq.gz`, `provenance.nq.gz`).
    pub compress: bool,
}

/// The folder, under a build's output, where it keeps its records and manifest.
pub const STATE_DIR: &str = ".innograph";

/// What a build was made of: the tool, the rules, and each document's record key. The
/// next build reads it to skip unchanged documents; `merge` reads it to combine shards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// `innograph VERSION`.
    pub tool: String,
    /// Fingerprint of the rules.
    pub rules: String,
    /// The documents, in the build's order.
    pub documents: Vec<ManifestEntry>,
}

/// One document of a manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// File name.
    pub name: String,
    /// SHA-256 of its bytes.
    pub content_hash: String,
    /// Its record's key.
    pub key: String,
}

/// The layout of records: part of their keys, so that a build never reads a record of
/// another layout (made by an earlier binary of the same version) as its own.
/// The tool and the source it was built from (see `build.rs`): records and shards made by
/// other code, even under the same version number, are made again rather than reused.
pub const TOOL_BUILD: &str = concat!("innograph ", env!("CARGO_PKG_VERSION"), " (source ", env!("INNOGRAPH_SOURCE_ID"), ")");

const RECORD_FORMAT: &str = "record-2: identities";

/// The records a build keeps (`OUT/.innograph/records/KEY.json`), one per document, named by
/// a key over everything that determines the record: tool version, rules, forced encoding,
/// file name and content. A record is only ever replaced by an identical one, so records
/// are written as the documents are processed, before the dumps that use them.
#[derive(Debug, Clone)]
pub struct RecordStore {
    dir: PathBuf,
    tool: String,
    rules: String,
    encoding: String,
}

impl RecordStore {
    /// The records under a build's output folder, for this tool and these rules.
    pub fn new(out: &Path, rules_fingerprint: &str, encoding: Option<&str>) -> Self {
        Self {
            dir: out.join(STATE_DIR),
            tool: TOOL_BUILD.to_string(),
            rules: rules_fingerprint.to_string(),
            encoding: encoding.unwrap_or("").to_string(),
        }
    }

    /// The key of a document's record.
    pub fn key(&self, name: &str, content_hash: &str) -> String {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        for part in [self.tool.as_str(), RECORD_FORMAT, &self.rules, &self.encoding, name, content_hash] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        crate::ingest::hex(&h.finalize())[..32].to_string()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join("records").join(format!("{key}.json"))
    }

    /// The record kept for a document, if there is one and it reads back whole.
    pub fn get(&self, name: &str, content_hash: &str) -> Option<DocumentRecord> {
        let bytes = std::fs::read(self.path(&self.key(name, content_hash))).ok()?;
        let record: DocumentRecord = serde_json::from_slice(&bytes).ok()?;
        (record.name == name && record.content_hash == content_hash).then_some(record)
    }

    /// Keeps a record (through a temporary file and a rename, so a reader never sees half of
    /// one); one already kept is left as it is.
    pub fn put(&self, record: &DocumentRecord) -> Result<(), OutputError> {
        write_record(&self.path(&self.key(&record.name, &record.content_hash)), record)
    }

    /// Keeps a record under a key made elsewhere (a shard's), in the output folder `out`.
    pub fn put_keyed(out: &Path, key: &str, record: &DocumentRecord) -> Result<(), OutputError> {
        write_record(&out.join(STATE_DIR).join("records").join(format!("{key}.json")), record)
    }

    /// The manifest of the build these records belong to.
    pub fn manifest(&self, records: &[DocumentRecord]) -> Manifest {
        Manifest {
            tool: self.tool.clone(),
            rules: self.rules.clone(),
            documents: records
                .iter()
                .map(|r| ManifestEntry { name: r.name.clone(), content_hash: r.content_hash.clone(), key: self.key(&r.name, &r.content_hash) })
                .collect(),
        }
    }

    /// Removes kept records that `manifest` does not list (documents gone or changed).
    pub fn prune(&self, manifest: &Manifest) {
        let keep: std::collections::HashSet<String> = manifest.documents.iter().map(|d| format!("{}.json", d.key)).collect();
        let Ok(entries) = std::fs::read_dir(self.dir.join("records")) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") && !keep.contains(&name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

impl crate::RecordCache for RecordStore {
    fn get(&self, raw: &crate::ingest::RawDocument) -> Option<DocumentRecord> {
        RecordStore::get(self, &raw.name, &raw.content_hash)
    }
    fn put(&self, record: &DocumentRecord) {
        let _ = RecordStore::put(self, record);
    }
}

/// Writes a record through a temporary file and a rename, unless one is there already.
/// Not synced to disk: a record torn by a crash fails to read back (or to match its
/// document) and is simply made again.
fn write_record(path: &Path, record: &DocumentRecord) -> Result<(), OutputError> {
    if path.exists() {
        return Ok(());
    }
    let err = |source| OutputError::Write { path: path.to_path_buf(), source };
    let dir = path.parent().expect("records live in a folder");
    std::fs::create_dir_all(dir).map_err(err)?;
    let tmp = dir.join(format!(".{}.{}.tmp", path.file_name().expect("named").to_string_lossy(), std::process::id()));
    let bytes = serde_json::to_vec(record).map_err(|e| err(std::io::Error::other(e)))?;
    std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        err(e)
    })
}

/// Reads the manifest of a build's output folder.
pub fn read_manifest(out: &Path) -> Result<Manifest, OutputError> {
    let path = out.join(STATE_DIR).join("manifest.json");
    let not_a_build = |reason: String| OutputError::NotABuild { path: out.to_path_buf(), reason };
    let bytes = std::fs::read(&path).map_err(|e| not_a_build(e.to_string()))?;
    serde_json::from_slice(&bytes).map_err(|e| not_a_build(e.to_string()))
}

/// Reads every record a build's manifest lists.
pub fn read_records(out: &Path, manifest: &Manifest) -> Result<Vec<DocumentRecord>, OutputError> {
    manifest
        .documents
        .par_iter()
        .map(|d| {
            let path = out.join(STATE_DIR).join("records").join(format!("{}.json", d.key));
            let missing = || OutputError::Record { path: path.clone(), name: d.name.clone() };
            let bytes = std::fs::read(&path).map_err(|_| missing())?;
            serde_json::from_slice(&bytes).map_err(|_| missing())
        })
        .collect()
}

/// The dump files a build writes, by whether they are compressed.
pub fn dump_names(compress: bool) -> [&'static str; 2] {
    if compress { ["graph.nq.gz", "provenance.nq.gz"] } else { ["graph.nq", "provenance.nq"] }
}

/// One document graph, serialised for the three dumps.
struct Rendered {
    nquads: Vec<u8>,
    provenance: Vec<u8>,
    trig: Vec<u8>,
    quads: usize,
    provenance_quads: usize,
}

/// Renders the named graph of one document (or of several read under different names
/// from the same bytes).
fn render(records: &[DocumentRecord], group: std::ops::Range<usize>, graph: &KnowledgeGraph, node_iri: &[String], iris: &Iris, rules_fingerprint: &str) -> Result<Rendered, RdfError> {
    let (mut g, mut p): (Vec<GraphBlock>, Vec<GraphBlock>) = (Vec::new(), Vec::new());
    for d in group {
        let entity_iri = rdf::document_entity_iris(graph, node_iri, d);
        let d = rdf::document_graphs(&records[d], &entity_iri, iris, rules_fingerprint);
        g.push(d.graph);
        p.push(d.provenance);
    }
    let (g, p) = if g.len() == 1 { (g.remove(0), p.remove(0)) } else { (GraphBlock::merge(g), GraphBlock::merge(p)) };
    let (mut gq, mut pq) = (Vec::new(), Vec::new());
    g.write_nquads(&mut gq)?;
    p.write_nquads(&mut pq)?;
    Ok(Rendered { nquads: gq, provenance: pq, trig: g.trig(), quads: g.len(), provenance_quads: p.len() })
}

/// Documents rendered at once: enough to keep both cores busy, few enough that the rendered
/// text of a batch stays small next to the build.
const RENDER_BATCH: usize = 64;

/// Writes a build into `dir`: `graph.nq` (the query dump: the entity graph in the default
/// graph, and per document its description, the entities it mentions, its figures and its
/// relation evidence), `provenance.nq` (every mention's span, anchor and rule, in the same
/// document graphs), `graph.trig` (the query dump, readable), `entities.jsonl`, and the
/// manifest. `records` must be in canonical order ([`crate::canonical_order`]).
///
/// The N-Quads dumps list the default graph first, then the document graphs in IRI order,
/// each graph's lines sorted: the same inputs give the same bytes. Documents are rendered
/// in parallel, a batch at a time, and streamed out.
pub fn write_build(
    dir: &Path,
    graph: &KnowledgeGraph,
    records: &[DocumentRecord],
    iris: &Iris,
    rules_fingerprint: &str,
    manifest: &Manifest,
    options: WriteOptions,
) -> Result<Written, OutputError> {
    Staging::clean_stale(dir);
    Staging::clean_stale(&dir.join(STATE_DIR));
    Staging::clean_stale(&dir.join(STATE_DIR).join("records"));
    let mut staging = Staging::default();
    let [nq_name, prov_name] = dump_names(options.compress);
    let mut nq = staging.open(&dir.join(nq_name), options.compress)?;
    let mut prov = staging.open(&dir.join(prov_name), options.compress)?;
    let mut trig = staging.open(&dir.join("graph.trig"), false)?;
    let mut written = Written::default();

    let node_iri = rdf::node_iris(graph, iris);
    let entity_graph = rdf::entity_graph(graph, records, &node_iri, iris, rules_fingerprint);
    written.quads += entity_graph.len();
    entity_graph.write_nquads(&mut nq).map_err(|e| nq.io(e))?;
    trig.write_all(rdf::trig_header().as_bytes()).map_err(|e| trig.io(e))?;
    trig.write_all(&entity_graph.trig_parallel()).map_err(|e| trig.io(e))?;
    drop(entity_graph);

    // Documents with the same IRI (the same bytes under two names) share one named graph.
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some(first) = records.get(at) {
        let iri = iris.document(&first.content_hash);
        let n = records[at..].iter().take_while(|r| iris.document(&r.content_hash) == iri).count();
        groups.push(at..at + n);
        at += n;
    }
    // Rendering (both cores) and writing (mostly waiting on the disk) overlap: a writer
    // thread takes each rendered batch while the next one is made.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Rendered>>(2);
    let (nq, prov, trig) = std::thread::scope(|scope| -> Result<_, OutputError> {
        let writer = scope.spawn(move || -> Result<_, OutputError> {
            let (mut quads, mut provenance_quads) = (0, 0);
            for batch in rx {
                for r in batch {
                    nq.write_all(&r.nquads).map_err(|e| nq.io(e))?;
                    prov.write_all(&r.provenance).map_err(|e| prov.io(e))?;
                    trig.write_all(&r.trig).map_err(|e| trig.io(e))?;
                    quads += r.quads;
                    provenance_quads += r.provenance_quads;
                }
            }
            Ok((nq, prov, trig, quads, provenance_quads))
        });
        for batch in groups.chunks(RENDER_BATCH) {
            let rendered: Result<Vec<Rendered>, RdfError> = batch.par_iter().map(|group| render(records, group.clone(), graph, &node_iri, iris, rules_fingerprint)).collect();
            // A writer that stopped (a full disk) says why when joined.
            if tx.send(rendered?).is_err() {
                break;
            }
        }
        drop(tx);
        let (nq, prov, trig, quads, provenance_quads) = writer.join().expect("the writer thread does not panic")?;
        written.quads += quads;
        written.provenance_quads += provenance_quads;
        Ok((nq, prov, trig))
    })?;
    staging.finish(nq)?;
    staging.finish(prov)?;
    staging.finish(trig)?;
    staging.stage(&dir.join("entities.jsonl"), |w| {
        for (n, id) in graph.graph.node_weights().zip(&node_iri) {
            writeln!(w, "{}", entity_line(n, id, records, iris))?;
        }
        Ok(())
    })?;
    staging.stage(&dir.join(STATE_DIR).join("manifest.json"), |w| {
        serde_json::to_writer_pretty(&mut *w, manifest).map_err(std::io::Error::other)?;
        writeln!(w)
    })?;
    written.files = staging.commit()?;
    written.files.retain(|f| !f.starts_with(dir.join(STATE_DIR)));
    // A dump of the other form (compressed or not) from an earlier build is stale now.
    for stale in dump_names(!options.compress) {
        let _ = std::fs::remove_file(dir.join(stale));
    }
    Ok(written)
}

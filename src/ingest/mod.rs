//! Ingest: turn files on disk into decoded text, one [`SourceDocument`] per file.
//!
//! This is the only stage that reads input files. Each file is read and decoded on its own,
//! so one bad file never stops the rest of a batch: callers collect [`IngestFailure`]s and
//! go on.

mod decode;
mod docx;
mod html;
mod pdf;

use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

pub use decode::{decode_bytes, Decoded};

/// Largest input file read by default (bytes). Larger files are refused, not truncated.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What can go wrong reading one input file. The message never names the file: the caller
/// pairs it with the path in an [`IngestFailure`].
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The path does not exist.
    #[error("no such file or folder")]
    NotFound,
    /// Reading failed at the operating-system level.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The file holds no bytes, or no text once decoded.
    #[error("empty file: no text to read")]
    Empty,
    /// The bytes are not text in any encoding we read.
    #[error("binary file: {0}")]
    Binary(String),
    /// The file claims UTF-8 (BOM, HTML charset or `--encoding`) but is not.
    #[error("invalid UTF-8 at byte {offset} in a file that claims UTF-8")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The bytes are not valid in the encoding that was detected or requested.
    #[error("cannot decode as {encoding}: invalid byte sequence near byte {offset}")]
    Undecodable {
        /// Encoding label tried.
        encoding: &'static str,
        /// Byte offset near the first error.
        offset: usize,
    },
    /// The extension names a format innograph does not read.
    #[error("unsupported file type '{0}' (reads .txt, .md, .html, .htm, .docx, .pdf)")]
    Unsupported(String),
    /// The file is larger than the configured limit.
    #[error("file is {size} bytes, over the {limit}-byte limit (raise it with --max-file-size)")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A `.docx` package that cannot be read.
    #[error("corrupt .docx: {0}")]
    Docx(String),
    /// A `.pdf` that cannot be read, or has no text layer.
    #[error("PDF: {0}")]
    Pdf(String),
    /// A limit that keeps processing bounded was hit.
    #[error("limit: {0}")]
    Limit(String),
    /// Processing the document failed inside innograph: a bug, reported with the file so
    /// that the rest of the batch goes on.
    #[error("internal error while processing it (please report this with the file): {0}")]
    Internal(String),
}

/// A file that could not be ingested, and why.
#[derive(Debug)]
pub struct IngestFailure {
    /// The path as the user gave it (or as found under a folder they gave).
    pub path: PathBuf,
    /// Why it failed.
    pub error: IngestError,
}

impl fmt::Display for IngestFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.error)
    }
}

/// How input files are read.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Files larger than this many bytes are refused.
    pub max_file_bytes: u64,
    /// Decode every file with this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self { max_file_bytes: DEFAULT_MAX_FILE_BYTES, encoding: None }
    }
}

/// One decoded input document.
#[derive(Debug, Clone)]
pub struct SourceDocument {
    /// Where it was read from.
    pub path: PathBuf,
    /// The file name, which the JSONL contract calls `doc`.
    pub name: String,
    /// The decoded text, before normalisation.
    pub text: String,
    /// The encoding it was decoded from.
    pub encoding: &'static str,
    /// Hex SHA-256 of the file's bytes: the document's identity in IRIs.
    pub content_hash: String,
}

/// The file formats innograph reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.md`: plain text.
    Text,
    /// `.html`, `.htm`: text content of the page.
    Html,
    /// `.docx`: paragraph text from `word/document.xml`.
    Docx,
    /// `.pdf`: the text layer.
    Pdf,
}

impl Format {
    /// The format of a path, from its extension (case-insensitive).
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "text" => Some(Self::Text),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            "docx" => Some(Self::Docx),
            "pdf" => Some(Self::Pdf),
            _ => None,
        }
    }
}

/// The inputs found under the paths a user gave.
#[derive(Debug, Default)]
pub struct InputSet {
    /// Files to read, in a deterministic order.
    pub files: Vec<PathBuf>,
    /// Paths that could not be used at all (missing, unreadable folders).
    pub failures: Vec<IngestFailure>,
    /// Files under given folders that were passed over: not a format innograph reads.
    pub skipped: Vec<PathBuf>,
}

impl InputSet {
    /// Do the documents' names run in sorted order? Then a batch can be written document by
    /// document as it is read, and its order is still the sorted one.
    pub fn named_in_order(&self) -> bool {
        let names: Vec<String> = self.files.iter().map(|p| document_name(p)).collect();
        names.windows(2).all(|w| w[0] < w[1])
    }
}

/// Expands files and folders (recursively) into a sorted, de-duplicated list of inputs.
///
/// A file named explicitly is always listed, whatever its extension, so that an unsupported
/// type is reported rather than silently ignored; inside folders, only readable formats are
/// listed and the rest are counted as skipped. Hidden entries (dot files) in folders are
/// ignored, as ripgrep does.
pub fn collect_inputs(paths: &[PathBuf]) -> InputSet {
    let mut set = InputSet::default();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                set.failures.push(IngestFailure { path: path.clone(), error: IngestError::NotFound })
            }
            Err(e) => set.failures.push(IngestFailure { path: path.clone(), error: e.into() }),
            Ok(meta) if meta.is_dir() => walk(path, &mut set),
            Ok(_) => set.files.push(path.clone()),
        }
    }
    set.files.sort();
    set.files.dedup();
    set.skipped.sort();
    set
}

fn walk(dir: &Path, set: &mut InputSet) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            set.failures.push(IngestFailure { path: dir.to_path_buf(), error: e.into() });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if child.is_dir() {
            walk(&child, set);
        } else if Format::of(&child).is_some() {
            set.files.push(child);
        } else {
            set.skipped.push(child);
        }
    }
}

/// A file's bytes, read but not yet decoded: enough to know whether a document changed.
#[derive(Debug, Clone)]
pub struct RawDocument {
    /// Where it was read from.
    pub path: PathBuf,
    /// The file name.
    pub name: String,
    /// Hex SHA-256 of the bytes.
    pub content_hash: String,
    format: Format,
    bytes: Vec<u8>,
}

impl RawDocument {
    /// Decodes the document's text.
    pub fn decode(self, options: &IngestOptions) -> Result<SourceDocument, IngestError> {
        let decoded = decode_document(self.format, &self.bytes, options)?;
        source_document(self.path, self.name, self.content_hash, decoded)
    }
}

/// The document a decoded file holds, unless it holds only white space.
fn source_document(path: PathBuf, name: String, content_hash: String, decoded: Decoded) -> Result<SourceDocument, IngestError> {
    if decoded.text.chars().all(char::is_whitespace) {
        return Err(IngestError::Empty);
    }
    Ok(SourceDocument { path, name, text: decoded.text, encoding: decoded.encoding, content_hash })
}

/// Reads one file's bytes, checking its type and size.
pub fn read_raw(path: &Path, options: &IngestOptions) -> Result<RawDocument, IngestError> {
    let raw = read_raw_unhashed(path, options)?;
    let content_hash = hex(&Sha256::digest(&raw.bytes));
    Ok(RawDocument { content_hash, ..raw })
}

/// As [`read_raw`], with the content hash left empty.
fn read_raw_unhashed(path: &Path, options: &IngestOptions) -> Result<RawDocument, IngestError> {
    let format = Format::of(path).ok_or_else(|| {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        IngestError::Unsupported(if ext.is_empty() { "(no extension)".into() } else { format!(".{ext}") })
    })?;
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => IngestError::NotFound,
        _ => IngestError::Io(e),
    })?;
    if meta.len() > options.max_file_bytes {
        return Err(IngestError::TooLarge { size: meta.len(), limit: options.max_file_bytes });
    }
    let bytes = std::fs::read(path)?;
    Ok(RawDocument { path: path.to_path_buf(), name: document_name(path), content_hash: String::new(), format, bytes })
}

/// Bytes of a long file (a megabyte or more) whose hash is taken while they are decoded.
const HASH_ALONGSIDE_BYTES: usize = 1 << 20;

/// The name a document goes by: its file's name, without the folder (a batch is ordered and
/// sharded by it).
pub fn document_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Reads and decodes one file.
pub fn read_document(path: &Path, options: &IngestOptions) -> Result<SourceDocument, IngestError> {
    let raw = read_raw_unhashed(path, options)?;
    if raw.bytes.len() < HASH_ALONGSIDE_BYTES {
        let content_hash = hex(&Sha256::digest(&raw.bytes));
        return RawDocument { content_hash, ..raw }.decode(options);
    }
    // A long document's hash (some 60 ms for 27 MB) is taken while it is decoded.
    let (content_hash, decoded) = rayon::join(|| hex(&Sha256::digest(&raw.bytes)), || decode_document(raw.format, &raw.bytes, options));
    source_document(raw.path, raw.name, content_hash, decoded?)
}

/// Decodes the bytes of a document of a known format. Public so that fuzzers and tests can
/// reach it without touching the file system.
pub fn decode_document(format: Format, bytes: &[u8], options: &IngestOptions) -> Result<Decoded, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    match format {
        Format::Text => decode_bytes(bytes, options.encoding),
        Format::Html => html::html_text(bytes, options.encoding),
        Format::Docx => docx::docx_text(bytes, options.max_file_bytes),
        Format::Pdf => pdf::pdf_text(bytes),
    }
}

/// Lower-case hex of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    // Called for every IRI written: a table, not the formatting machinery.
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

#![no_main]
//! Any bytes as a .docx, .pdf, HTML page or text file: an error or text, never a panic or
//! unbounded memory.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = innograph::ingest::IngestOptions { max_file_bytes: 1 << 20, encoding: None };
    let _ = innograph::ingest::decode_document(innograph::ingest::Format::Docx, data, &options);
    let _ = innograph::ingest::decode_document(innograph::ingest::Format::Pdf, data, &options);
    let _ = innograph::ingest::decode_document(innograph::ingest::Format::Html, data, &options);
    let _ = innograph::ingest::decode_document(innograph::ingest::Format::Text, data, &options);
});

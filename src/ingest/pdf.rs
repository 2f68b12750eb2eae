//! `.pdf` text: the text layer, page by page, in content-stream order (the reading order of
//! documents exported from word processors, which is what reports are).
//!
//! lopdf decodes fonts through their ToUnicode maps and the predefined Chinese CID
//! encodings. A PDF without a text layer (a scan) is reported as such, not read as empty.

use super::{decode::Decoded, IngestError};

pub(super) fn pdf_text(bytes: &[u8]) -> Result<Decoded, IngestError> {
    // A hostile file must not take the batch down: a panic in the parser is this file's error.
    let result = std::panic::catch_unwind(|| -> Result<String, IngestError> {
        let doc = lopdf::Document::load_mem(bytes).map_err(|e| IngestError::Pdf(format!("cannot parse ({e})")))?;
        if doc.is_encrypted() {
            return Err(IngestError::Pdf("encrypted".into()));
        }
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        if pages.is_empty() {
            return Err(IngestError::Pdf("no pages".into()));
        }
        let mut text = String::new();
        for page in pages {
            let page_text = doc.extract_text(&[page]).map_err(|e| IngestError::Pdf(format!("page {page}: {e}")))?;
            text.push_str(&page_text);
            // A page break is a paragraph break.
            text.push_str("\n\n");
        }
        Ok(text)
    });
    let text = match result {
        Ok(r) => r?,
        Err(_) => return Err(IngestError::Pdf("the PDF parser failed on this file".into())),
    };
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters == 0 {
        return Err(IngestError::Pdf("no text layer (a scanned PDF? run OCR on it first)".into()));
    }
    if text.chars().filter(|c| *c == '\u{fffd}').count() * 4 > letters {
        return Err(IngestError::Pdf("its fonts cannot be mapped to text (no ToUnicode map and an unknown encoding)".into()));
    }
    Ok(Decoded { text, encoding: "PDF" })
}

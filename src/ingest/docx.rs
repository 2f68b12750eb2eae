//! `.docx` text: the paragraphs of `word/document.xml`, one per line.

use super::{decode::Decoded, IngestError};
use quick_xml::events::Event;
use std::io::Read;

/// Most entries a `.docx` package may hold; real documents have a few dozen.
const MAX_ENTRIES: usize = 10_000;

pub(super) fn docx_text(bytes: &[u8], max_xml_bytes: u64) -> Result<Decoded, IngestError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| IngestError::Docx(format!("not a zip package ({e})")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(IngestError::Docx(format!("{} entries, over the limit of {MAX_ENTRIES}", archive.len())));
    }
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| IngestError::Docx("no word/document.xml in the package".into()))?;
    if entry.size() > max_xml_bytes {
        return Err(IngestError::Docx(format!(
            "word/document.xml expands to {} bytes, over the {max_xml_bytes}-byte limit",
            entry.size()
        )));
    }
    // The declared size can lie (zip bombs): cap what is actually inflated as well.
    let mut xml = Vec::new();
    entry
        .take(max_xml_bytes + 1)
        .read_to_end(&mut xml)
        .map_err(|e| IngestError::Docx(format!("cannot inflate word/document.xml ({e})")))?;
    if xml.len() as u64 > max_xml_bytes {
        return Err(IngestError::Docx(format!("word/document.xml expands past the {max_xml_bytes}-byte limit")));
    }
    Ok(Decoded { text: paragraphs(&xml)?, encoding: "UTF-8" })
}

/// Walks WordprocessingML: text runs (`w:t`) joined, a line per paragraph (`w:p`), tabs and
/// breaks kept as white space.
fn paragraphs(xml: &[u8]) -> Result<String, IngestError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut text = String::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name().as_ref() == b"w:t" => in_text = true,
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                // A blank line after each paragraph: a paragraph break, which normalisation
                // keeps, unlike the single line breaks of wrapped text.
                b"w:p" => text.push_str("\n\n"),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:tab" => text.push('\t'),
                b"w:br" | b"w:cr" => text.push('\n'),
                b"w:p" => text.push_str("\n\n"),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let s = t.unescape().map_err(|e| IngestError::Docx(format!("bad XML text ({e})")))?;
                text.push_str(&s);
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(IngestError::Docx(format!("bad XML at byte {} ({e})", reader.buffer_position())))
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(document_xml: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document_xml.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn paragraphs_become_lines() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>昆山市</w:t></w:r><w:r><w:t>科技局</w:t></w:r></w:p><w:p><w:r><w:t>第二段&amp;</w:t></w:r></w:p></w:body></w:document>"#;
        let d = docx_text(&docx(xml), 1 << 20).unwrap();
        assert_eq!(d.text, "昆山市科技局\n\n第二段&\n\n");
    }

    #[test]
    fn not_a_zip_is_refused() {
        let e = docx_text(b"PK\x03\x04 truncated", 1 << 20).unwrap_err();
        assert!(e.to_string().contains("not a zip package"), "{e}");
    }

    #[test]
    fn oversized_xml_is_refused() {
        let big = format!("<w:document>{}</w:document>", "<w:p/>".repeat(2000));
        let e = docx_text(&docx(&big), 1000).unwrap_err();
        assert!(e.to_string().contains("limit"), "{e}");
    }
}

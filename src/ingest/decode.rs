//! Character-encoding detection for Chinese government files.
//!
//! The order of evidence: a byte-order mark; an encoding the user forced; UTF-16 without a
//! BOM (told by its zero bytes); valid UTF-8; otherwise the legacy encoding chardetng (the
//! detector Firefox uses) finds most likely among GB18030 (a superset of GBK and GB2312) and
//! Big5. Decoding is strict: a byte sequence that is invalid in the chosen encoding is an
//! error, never silently replaced, so no text is quietly lost.

use super::IngestError;
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, and the encoding it was in.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Name of the encoding (WHATWG label).
    pub encoding: &'static str,
}

/// Decodes bytes that should be text. `forced` skips detection (a BOM still wins, as in
/// browsers: it is the stronger evidence).
pub fn decode_bytes(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, IngestError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return strict(encoding, &bytes[bom_len..]);
    }
    if let Some(encoding) = forced {
        return strict(encoding, bytes);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return strict(encoding, bytes);
    }
    if bytes.contains(&0) {
        return Err(IngestError::Binary("contains NUL bytes".into()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked(text.to_owned(), UTF_8.name()),
        // Chinese text in UTF-8 up to some point and then not: two encodings in one file
        // (pasted or concatenated). No single decoding is right; refuse rather than garble.
        Err(e) if utf8_chinese_prefix(&bytes[..e.valid_up_to()]) => Err(IngestError::Undecodable {
            encoding: "one encoding (mixed: UTF-8 Chinese text, then other bytes)",
            offset: e.valid_up_to(),
        }),
        Err(_) if cjk_utf16(bytes).is_some() => strict(cjk_utf16(bytes).expect("just checked"), bytes),
        Err(_) => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let guess = detector.guess(None, true);
            // Chinese files are GB18030 or Big5; anything else chardetng guesses for bytes
            // that are not UTF-8 is less likely than GB18030.
            let first = if guess == encoding_rs::BIG5 { encoding_rs::BIG5 } else { GB18030 };
            let second = if first == GB18030 { encoding_rs::BIG5 } else { GB18030 };
            match strict(first, bytes) {
                Ok(decoded) => Ok(decoded),
                Err(IngestError::Undecodable { offset, .. }) => strict(second, bytes).map_err(|_| IngestError::Undecodable {
                    encoding: "UTF-8, GB18030 or Big5",
                    offset,
                }),
                Err(e) => Err(e),
            }
        }
    }
}

/// Does this valid UTF-8 prefix already hold Chinese text (several multi-byte characters)?
fn utf8_chinese_prefix(prefix: &[u8]) -> bool {
    std::str::from_utf8(prefix).is_ok_and(|s| s.chars().filter(|c| matches!(*c as u32, 0x3000..=0x9FFF | 0xFF00..=0xFFEF)).count() >= 4)
}

/// Chinese UTF-16 without a BOM has no zero bytes; it is told by decoding to mostly CJK
/// ideographs and punctuation, which legacy encodings read as UTF-16 almost never do.
fn cjk_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8192) & !1];
    [UTF_16LE, UTF_16BE].into_iter().find(|enc| {
        let (text, malformed) = enc.decode_without_bom_handling(sample);
        let total = text.chars().count();
        let chinese = text
            .chars()
            .filter(|c| matches!(*c as u32, 0x4E00..=0x9FFF | 0x3000..=0x303F | 0xFF00..=0xFFEF) || c.is_ascii_graphic() || c.is_whitespace())
            .count();
        !malformed && total > 0 && chinese * 10 >= total * 9
    })
}

/// UTF-16 without a BOM: text whose every other byte is mostly zero (Latin) or whose
/// decoding is mostly CJK, with an even length. Returns the byte order.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let plausible = |enc: &'static Encoding| {
        let (text, malformed) = enc.decode_without_bom_handling(sample);
        let good = text.chars().filter(|c| !c.is_control() || c.is_whitespace()).count();
        !malformed && good * 10 >= text.chars().count() * 9
    };
    let (le, be) = (zeros(1), zeros(0));
    if le * 3 > pairs && be * 10 < pairs && plausible(UTF_16LE) {
        return Some(UTF_16LE);
    }
    if be * 3 > pairs && le * 10 < pairs && plausible(UTF_16BE) {
        return Some(UTF_16BE);
    }
    None
}

fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded, IngestError> {
    if encoding == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(text) => checked(text.to_owned(), UTF_8.name()),
            Err(e) => Err(IngestError::InvalidUtf8 { offset: e.valid_up_to() }),
        };
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() * 3 / 2 + 16);
    let max = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 4);
    text.reserve(max.saturating_sub(text.capacity()));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => checked(text, encoding.name()),
        encoding_rs::DecoderResult::Malformed(_, _) => Err(IngestError::Undecodable { encoding: encoding.name(), offset: read }),
        encoding_rs::DecoderResult::OutputFull => {
            // Cannot happen with the reserved capacity; report rather than lose text.
            Err(IngestError::Undecodable { encoding: encoding.name(), offset: read })
        }
    }
}

/// Refuses text that decoded but is mostly control characters: a binary file that happened
/// to be valid in some encoding.
fn checked(text: String, encoding: &'static str) -> Result<Decoded, IngestError> {
    let sample = text.chars().take(4096);
    let (mut total, mut control) = (0usize, 0usize);
    for c in sample {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if total > 0 && control * 10 > total {
        return Err(IngestError::Binary(format!("{control} of the first {total} characters are control characters")));
    }
    Ok(Decoded { text, encoding })
}

/// UTF-16 encodings, exported for callers that detect them from markup.
pub(crate) fn utf16(big_endian: bool) -> &'static Encoding {
    if big_endian { UTF_16BE } else { UTF_16LE }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], expected: Result<(&str, &str), &str>) {
        match (decode_bytes(bytes, None), expected) {
            (Ok(d), Ok((text, enc))) => {
                assert_eq!(d.text, text);
                assert_eq!(d.encoding, enc);
            }
            (Err(e), Err(msg)) => assert!(e.to_string().contains(msg), "{e}"),
            (got, want) => panic!("got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        check("科技局".as_bytes(), Ok(("科技局", "UTF-8")));
        check(&[b"\xEF\xBB\xBF".as_slice(), "科技局".as_bytes()].concat(), Ok(("科技局", "UTF-8")));
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = GB18030.encode("昆山市科学技术局");
        check(&bytes, Ok(("昆山市科学技术局", "gb18030")));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "科技".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        check(&bytes, Ok(("科技", "UTF-16LE")));
    }

    #[test]
    fn big5_is_detected() {
        let (bytes, _, _) = encoding_rs::BIG5.encode("臺北市政府產業發展局推動科技創新,補助新創企業研發計畫。");
        check(&bytes, Ok(("臺北市政府產業發展局推動科技創新,補助新創企業研發計畫。", "Big5")));
    }

    #[test]
    fn mixed_encodings_are_refused() {
        let (gbk, _, _) = GB18030.encode("常州市科技局认定常州天合光能有限公司。");
        let mixed = [("昆山市科技局2023年工作总结\n".as_bytes()), &gbk].concat();
        check(&mixed, Err("mixed: UTF-8 Chinese text, then other bytes"));
    }

    #[test]
    fn chinese_utf16_without_bom() {
        let text = "无锡市科技局支持无锡先导智能装备股份有限公司。";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        check(&le, Ok((text, "UTF-16LE")));
        let (gbk, _, _) = GB18030.encode("常州市科技局认定常州天合光能有限公司企业技术中心。");
        check(&gbk, Ok(("常州市科技局认定常州天合光能有限公司企业技术中心。", "gb18030")));
    }

    #[test]
    fn utf16_without_bom() {
        let text = "Suzhou 科技局 2023 report";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        check(&le, Ok((text, "UTF-16LE")));
        check(&be, Ok((text, "UTF-16BE")));
    }

    #[test]
    fn invalid_utf8_after_bom_is_refused() {
        check(b"\xEF\xBB\xBFabc\xFF\xFE", Err("invalid UTF-8 at byte 3"));
    }

    #[test]
    fn binary_is_refused() {
        check(b"\x00\x01\x02PK", Err("binary"));
        check(&[1u8, 2, 3, 4, 5, 6, 7, 8, 65], Err("control characters"));
    }
}

//! Character-encoding detection for Chinese government files.
//!
//! The order of evidence: a byte-order mark; an encoding the user forced; UTF-16 without a
//! BOM; valid UTF-8; otherwise the legacy encoding chardetng (the detector Firefox uses) finds
//! most likely among GB18030 (a superset of GBK and GB2312) and Big5. Decoding is strict: a
//! byte sequence that is invalid in the chosen encoding is an error, never silently replaced,
//! so no text is quietly lost.
//!
//! UTF-16 without a BOM is told by what it decodes to, not by how many zero bytes it has: a
//! Chinese report saved by Windows as "Unicode" mixes ideographs (no zero bytes, or a zero in
//! either half) with ASCII digits and punctuation (a zero in the high half), in any share.
//! Each byte order is decoded and kept only if nearly every character is one that such
//! documents are written in (ideographs, ASCII, CJK and general punctuation, symbols); the
//! byte order whose characters are most often ones real text uses (ASCII, the common
//! ideographs) wins. Binary data decodes to unpaired surrogates, control characters, NULs,
//! Hangul and private-use characters, and fails the first test.

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
    if bytes.contains(&0) {
        // Text in UTF-8 or in a legacy Chinese encoding never holds a NUL byte; UTF-16 text
        // is the only text that does.
        return match utf16_text(bytes) {
            Some(encoding) => strict(encoding, bytes),
            None => Err(IngestError::Binary("contains NUL bytes and does not read as UTF-16 text".into())),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked(text.to_owned(), UTF_8.name()),
        // Chinese text in UTF-8 up to some point and then not: two encodings in one file
        // (pasted or concatenated). No single decoding is right; refuse rather than garble.
        Err(e) if utf8_chinese_prefix(&bytes[..e.valid_up_to()]) => Err(IngestError::Undecodable {
            encoding: "one encoding (mixed: UTF-8 Chinese text, then other bytes)",
            offset: e.valid_up_to(),
        }),
        Err(_) => {
            // Chinese UTF-16 without ASCII can have no zero bytes at all.
            if let Some(encoding) = utf16_text(bytes) {
                return strict(encoding, bytes);
            }
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

/// Characters read from each byte order: no more than one in this many may be other than
/// text before a reading is rejected.
const NON_TEXT_ONE_IN: usize = 20;
/// Characters (from the start) whose "commonness" is weighed to choose a byte order.
const WEIGHED_CHARS: usize = 4096;
/// Ideographs (from the start) looked up in the legacy character sets to tell common ones.
const LOOKED_UP_IDEOGRAPHS: usize = 512;

/// The byte order in which `bytes` read as text, if either does: UTF-16 without a BOM.
fn utf16_text(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let le = utf16_reading(bytes, false);
    let be = utf16_reading(bytes, true);
    match (le, be) {
        // Both can pass on short or ASCII-only texts; the one with more of what real text
        // is made of is right, and Windows writes little-endian when in doubt.
        (Some(l), Some(b)) => Some(if b > l { UTF_16BE } else { UTF_16LE }),
        (Some(_), None) => Some(UTF_16LE),
        (None, Some(_)) => Some(UTF_16BE),
        (None, None) => None,
    }
}

/// Reads `bytes` as UTF-16 in one byte order. `None` when the result is not text; otherwise
/// how many of its first [`WEIGHED_CHARS`] characters are evidence of real text, as a share
/// in thousandths.
fn utf16_reading(bytes: &[u8], big_endian: bool) -> Option<u32> {
    let units = bytes.chunks_exact(2).map(|p| if big_endian { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) });
    // A whole file is checked (not a prefix), stopping as soon as too much is not text: a
    // binary file with a text-like start is still refused.
    let budget = bytes.len() / 2 / NON_TEXT_ONE_IN;
    let (mut chars, mut non_text, mut weighed, mut evidence, mut looked_up) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for c in char::decode_utf16(units) {
        chars += 1;
        let c = match c {
            Ok(c) if is_text(c) => c,
            // An unpaired surrogate or a character no report is written in.
            _ => {
                non_text += 1;
                if non_text > budget {
                    return None;
                }
                continue;
            }
        };
        if weighed < WEIGHED_CHARS {
            weighed += 1;
            evidence += usize::from(is_evidence(c, &mut looked_up));
        }
    }
    if chars == 0 || non_text * NON_TEXT_ONE_IN > chars {
        return None;
    }
    // Real text is mostly ASCII and common ideographs; a reading that is not, though every
    // character in it is printable, is the other byte order's text or a coincidence.
    let share = (evidence * 1000 / weighed.max(1)) as u32;
    (share >= 500).then_some(share)
}

/// Characters Chinese documents are written in: ASCII text, Latin letters with accents (pinyin
/// tones), Greek and Cyrillic (both in GB2312), punctuation and symbols (general punctuation,
/// arrows, maths, circled numbers, box drawing, shapes), CJK punctuation, kana and bopomofo,
/// ideographs in and beyond the BMP, full-width forms and pictographs.
fn is_text(c: char) -> bool {
    matches!(c as u32,
        0x09 | 0x0A | 0x0C | 0x0D | 0x20..=0x7E
        | 0xA0..=0x24F
        | 0x370..=0x4FF
        | 0x2000..=0x27BF
        | 0x2E80..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFE10..=0xFE1F
        | 0xFE30..=0xFE6F
        | 0xFF00..=0xFFEF
        | 0x1F300..=0x1FAFF
        | 0x20000..=0x3FFFF)
}

/// Is this character, read in this byte order, evidence that the byte order is right? ASCII
/// and punctuation are; an ideograph is if it is a common one (GB2312 level 1 or Big5 level
/// 1, the sets that hold the characters of nearly all simplified and traditional text),
/// which the other byte order's characters rarely are. A character whose low byte is zero
/// is not: it is what an ASCII character becomes in the wrong byte order.
fn is_evidence(c: char, looked_up: &mut usize) -> bool {
    let u = c as u32;
    if u > 0xFF && u & 0xFF == 0 {
        return false;
    }
    if !matches!(u, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..) {
        return true;
    }
    if *looked_up >= LOOKED_UP_IDEOGRAPHS {
        // Enough ideographs have been looked up to tell; the rest count as evidence, which
        // neither helps nor hinders a choice made on the first ones.
        return true;
    }
    *looked_up += 1;
    common_ideograph(c)
}

/// An ideograph in GB2312 level 1 (lead bytes B0 to D7) or Big5 level 1 (A4 40 to C6 7E).
fn common_ideograph(c: char) -> bool {
    let mut utf8 = [0u8; 4];
    let s: &str = c.encode_utf8(&mut utf8);
    let two_bytes = |encoding: &'static Encoding| {
        let mut out = [0u8; 4];
        let mut encoder = encoding.new_encoder();
        let (result, _, written) = encoder.encode_from_utf8_without_replacement(s, &mut out, true);
        (matches!(result, encoding_rs::EncoderResult::InputEmpty) && written == 2).then_some((out[0], out[1]))
    };
    if two_bytes(GB18030).is_some_and(|(lead, trail)| (0xB0..=0xD7).contains(&lead) && trail >= 0xA1) {
        return true;
    }
    two_bytes(encoding_rs::BIG5).is_some_and(|(lead, trail)| (0xA4..=0xC5).contains(&lead) || (lead == 0xC6 && trail <= 0x7E))
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

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    /// Both byte orders of `text`, without a BOM, decode back to it.
    fn both_orders(text: &str) {
        check(&utf16(text, false), Ok((text, "UTF-16LE")));
        check(&utf16(text, true), Ok((text, "UTF-16BE")));
    }

    /// A report as Windows saves it as "Unicode": ideographs with ASCII digits, Latin
    /// letters and punctuation, full-width punctuation and CRLF line ends.
    const REPORT: &str = "泰兴市科学技术局2022年工作总结\r\n\
        一、主要工作\r\n\
        1. 全社会R&D投入24.8亿元,同比增长11.88%;技术合同成交额106.5亿元。\r\n\
        2. 新增高新技术企业106家(其中省级以上企业研发平台11个),科技型中小企业入库1,024家。\r\n\
        3. 实施“五级梯次培育”机制,与中国科学院、江苏大学(Jiangsu University)共建研究院3家。\r\n";

    #[test]
    fn chinese_utf16_without_bom() {
        // No ASCII: no zero byte in a little-endian file but for ideographs such as 一 (U+4E00).
        both_orders("无锡市科技局支持无锡先导智能装备股份有限公司。");
        both_orders("一是加强统筹协调,二是强化企业主体地位。");
        let (gbk, _, _) = GB18030.encode("常州市科技局认定常州天合光能有限公司企业技术中心。");
        check(&gbk, Ok(("常州市科技局认定常州天合光能有限公司企业技术中心。", "gb18030")));
    }

    #[test]
    fn mixed_chinese_and_ascii_utf16_without_bom() {
        both_orders(REPORT);
        // ASCII shares from none to nearly all: zero bytes in every proportion.
        both_orders("Suzhou 科技局 2023 report");
        both_orders("Annual report 2023, Science and Technology Bureau of Taixing (泰兴市科技局).\n");
        both_orders("2023年12月31日 09:30 R&D 24.8% (+1.5)");
        both_orders("科技局\n");
        both_orders("ab");
        // A long report: the whole file is checked, not only its start.
        both_orders(&REPORT.repeat(200));
    }

    #[test]
    fn utf16_with_an_unpaired_surrogate_is_refused() {
        let mut bytes = utf16(REPORT, false);
        bytes.extend([0x00, 0xD8]);
        bytes.extend(utf16("科技局", false));
        check(&bytes, Err("cannot decode as UTF-16LE"));
    }

    /// A deterministic byte stream (xorshift), for binary files that do not depend on a
    /// random-number crate.
    fn noise(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    fn refused_as_binary(name: &str, bytes: &[u8]) {
        match decode_bytes(bytes, None) {
            Err(IngestError::Binary(_)) => {}
            other => panic!("{name}: want a binary-file refusal, got {other:?}"),
        }
    }

    #[test]
    fn binary_files_are_still_refused() {
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00".to_vec();
        png.extend(noise(1, 4096));
        refused_as_binary("PNG", &png);
        let mut zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x21\x00".to_vec();
        zip.extend([0; 14]);
        zip.extend(b"word/document.xml");
        zip.extend(noise(2, 8192));
        refused_as_binary("zip", &zip);
        // An ELF header, zero padding, then machine code-like bytes and a string table.
        let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
        elf.extend([0; 8]);
        elf.extend([0x02, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]);
        elf.extend(noise(3, 2048));
        elf.extend(b"\x00.text\x00.data\x00.bss\x00main\x00printf\x00");
        elf.extend([0; 64]);
        refused_as_binary("ELF", &elf);
        for (seed, len) in [(5, 1024), (6, 4096), (7, 65536), (8, 100_000)] {
            refused_as_binary(&format!("noise {seed}"), &noise(seed, len));
        }
        refused_as_binary("every byte", &(0..=255u8).cycle().take(256 * 64).collect::<Vec<_>>());
        // UTF-32 text is not UTF-16: every other unit is a NUL.
        let utf32: Vec<u8> = "科技局 report".chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        refused_as_binary("UTF-32", &utf32);
        // Text with a run of NULs in it (a truncated download padded with zeros).
        let mut padded = utf16(REPORT, false);
        padded.extend([0; 4096]);
        refused_as_binary("NUL padding", &padded);
    }

    #[test]
    fn random_bytes_never_decode() {
        // Whatever random bytes are refused as (binary, or undecodable when they happen to
        // hold no NUL), they are never taken for text. Shorter runs can be valid UTF-8.
        for seed in 10..110 {
            for len in [256, 258, 1000, 1001, 5000] {
                let bytes = noise(seed, len);
                assert!(decode_bytes(&bytes, None).is_err(), "seed {seed}, {len} bytes: {:?}", decode_bytes(&bytes, None));
            }
        }
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

//! HTML text: what a reader sees, without markup, scripts or styles.
//!
//! A small scanner rather than a full HTML5 parser: government pages are simple, and all we
//! need is the text in document order with block elements turned into line breaks.

use super::decode::{decode_bytes, utf16, Decoded};
use super::IngestError;
use encoding_rs::Encoding;

/// Elements whose content is never text a reader sees.
const SKIPPED: [&str; 4] = ["script", "style", "noscript", "template"];
/// Deepest element nesting read; deeper pages are refused (a hostile or broken page).
pub const MAX_NESTING: usize = 1_000;

/// Elements that never have content, so never nest.
const VOID: [&str; 14] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements that start a new line of text.
const BLOCKS: [&str; 22] = [
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article", "header", "footer", "title", "ul", "ol", "blockquote",
];

pub(super) fn html_text(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, IngestError> {
    let declared = forced.or_else(|| declared_charset(bytes));
    let decoded = decode_bytes(bytes, declared)?;
    let text = strip(&decoded.text).map_err(|depth| {
        IngestError::Limit(format!("HTML nesting deeper than {MAX_NESTING} elements (at least {depth})"))
    })?;
    Ok(Decoded { text, encoding: decoded.encoding })
}

/// The charset named in a `<meta>` within the first 2 KiB, as browsers look for it.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let encoding = Encoding::for_label(label.as_bytes())?;
    // A page that says UTF-16 in ASCII is not UTF-16; only a BOM tells that.
    if encoding == utf16(false) || encoding == utf16(true) {
        return None;
    }
    Some(encoding)
}

/// The text of a page; `Err(depth)` when elements nest deeper than [`MAX_NESTING`].
fn strip(html: &str) -> Result<String, usize> {
    let mut out = String::with_capacity(html.len() / 2);
    let mut depth = 0usize;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // An unclosed tag at the end: keep it as text rather than lose it.
            push_text(&mut out, rest);
            return Ok(out);
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && SKIPPED.contains(&name.as_str()) {
            let close = format!("</{name}");
            rest = find_ascii_ci(rest, &close).map_or("", |end| {
                let after = &rest[end..];
                after.find('>').map_or("", |gt| &after[gt + 1..])
            });
            continue;
        }
        // Block elements are paragraphs: a blank line, which normalisation keeps as a break.
        if BLOCKS.contains(&name.as_str()) && !out.ends_with("\n\n") {
            out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !tag.ends_with('/') && !name.is_empty() && !VOID.contains(&name.as_str()) && !tag.starts_with('!') {
            depth += 1;
            if depth > MAX_NESTING {
                return Err(depth);
            }
        }
    }
    push_text(&mut out, rest);
    Ok(out)
}

fn push_text(out: &mut String, text: &str) {
    if !text.is_empty() {
        out.push_str(&html_escape::decode_html_entities(text));
    }
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_markup() {
        let html = "<html><head><title>通知</title><style>p{color:red}</style><script>var a='<p>';</script></head>\
                    <body><p>昆山市&nbsp;科技局</p><!-- 注释 --><div>第二段 &amp; 更多</div></body></html>";
        let text = strip(html).unwrap();
        assert!(text.contains("通知\n"));
        assert!(text.contains("昆山市\u{a0}科技局"));
        assert!(text.contains("第二段 & 更多"));
        assert!(!text.contains("color") && !text.contains("var a") && !text.contains("注释"));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!("{}科技{}", "<div>".repeat(MAX_NESTING + 1), "</div>".repeat(MAX_NESTING + 1));
        let e = html_text(deep.as_bytes(), None).unwrap_err();
        assert!(e.to_string().contains("nesting deeper than"), "{e}");
        let wide = "<p>一</p>".repeat(MAX_NESTING * 3);
        assert!(html_text(wide.as_bytes(), None).is_ok());
    }

    #[test]
    fn meta_charset_gbk() {
        let (body, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>科技局</p>");
        let d = html_text(&body, None).unwrap();
        assert!(d.text.contains("科技局"));
    }
}

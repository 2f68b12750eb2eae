//! Normalise: from decoded text to the text rules match on, with a map back.
//!
//! Steps, each keeping the origin of every output character:
//! 1. drop site boilerplate lines and the page markers a document-sharing site leaves
//!    mid-sentence (patterns are data, `ontology/rules/normalise.toml`);
//! 2. undo common OCR confusions (data too);
//! 3. NFKC;
//! 4. remove the white space that line wrapping and OCR put between Chinese characters,
//!    keeping a line break where a sentence really ended;
//! 5. split sentences.
//!
//! Offsets everywhere are Unicode code points. `origin[i]` is the half-open range of
//! original code points that normalised character `i` came from, so any normalised span maps
//! back to the original text.

pub mod fold;

use aho_corasick::AhoCorasick;
pub use fold::FoldTable;
use regex::Regex;
use std::sync::Arc;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Longest sentence, in characters, that rules see at once. A longer run without sentence
/// punctuation (a table flattened into one line, a hostile file) is cut into pieces of this
/// size, so matching stays linear in the input length.
pub const MAX_SENTENCE_CHARS: usize = 2_000;

/// Longest line, in characters, that a boilerplate pattern may drop. Site chrome is a short
/// line of its own; a longer line that happens to contain such words (a page flattened into
/// one line, a paragraph quoting them) is text, and dropping it would lose data.
pub const MAX_BOILERPLATE_CHARS: usize = 200;

/// What normalisation needs to know, compiled from the rules data.
#[derive(Debug, Clone)]
pub struct NormaliseRules {
    /// Lines matching any of these are site boilerplate, dropped whole.
    pub boilerplate: regex::RegexSet,
    /// A page marker at the start of a line (e.g. `2、`), dropped when the line before did
    /// not end a sentence.
    pub page_marker: Option<Regex>,
    /// The numbering that opens a section heading (一、 (二) 第三章): a short line that starts
    /// with it and ends no sentence keeps the break after it.
    pub heading: Option<Regex>,
    /// OCR confusions: `ocr_from[i]` is replaced by `ocr_to[i]`.
    pub ocr: Option<(AhoCorasick, Vec<String>)>,
    /// How a title line ends (工作总结, 通知): such a first line stays a sentence of its own.
    pub title_endings: Vec<String>,
    /// A pinyin gloss a repost inserts after a character (發(fā)展): dropped.
    pub gloss: Option<Regex>,
    /// The marker that opens a list item at a line start (1、 (1) ① 一是 第三条): the line
    /// before it ends there, whatever its punctuation.
    pub item_marker: Option<Regex>,
    /// Traditional → simplified characters, for the folded copy rules match on.
    pub fold: Arc<FoldTable>,
    /// Words a line break never falls inside (有限公司, 研究院): a break that splits one is
    /// wrapping, whatever the line's length.
    pub joins: Option<AhoCorasick>,
    /// How a line holding one name ends (…有限公司, …园区, …实验室), in simplified
    /// characters: two such lines in a row are a list, not a paragraph wrapped at its width.
    pub name_line_endings: Vec<String>,
}

/// A sentence: a half-open range of normalised character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Normalised text with its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct NormalisedText {
    /// The text names are cut from: the document's characters after NFKC and white-space
    /// repair.
    pub text: String,
    /// The text rules match on: `text` with traditional characters folded to simplified
    /// ones. Same length in bytes and characters as `text`, so offsets are shared.
    pub fold: String,
    /// For each normalised character, the original characters it came from.
    pub origin: Vec<(u32, u32)>,
    /// Byte offset in `text` of each character, plus one past the end.
    char_bytes: Vec<u32>,
    /// Sentences in order, covering every non-break character.
    pub sentences: Vec<Sentence>,
    /// This is a later window of a longer document (see [`NormalisedText::window`]): its
    /// first sentence is not the document's title.
    pub continued: bool,
}

impl NormalisedText {
    /// Number of characters.
    pub fn len_chars(&self) -> usize {
        self.origin.len()
    }

    /// The text of a character range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[self.char_bytes[start] as usize..self.char_bytes[end] as usize]
    }

    /// Byte offset of a character offset.
    pub fn byte_of(&self, char_offset: usize) -> usize {
        self.char_bytes[char_offset] as usize
    }

    /// Character offset of a byte offset (which must fall on a character boundary).
    pub fn char_of(&self, byte_offset: usize) -> usize {
        self.char_bytes.partition_point(|&b| (b as usize) < byte_offset)
    }

    /// Sentences `[first, last)` as a text of their own, with offsets counted from the first
    /// one's start; original offsets are the document's. A long document is extracted
    /// window by window, so the work on it grows with its length and no faster.
    pub fn window(&self, first: usize, last: usize) -> NormalisedText {
        let start = self.sentences[first].start;
        let end = if last < self.sentences.len() { self.sentences[last].start } else { self.len_chars() };
        let (b0, b1) = (self.char_bytes[start] as usize, self.char_bytes[end] as usize);
        NormalisedText {
            text: self.text[b0..b1].to_string(),
            fold: self.fold[b0..b1].to_string(),
            origin: self.origin[start..end].to_vec(),
            char_bytes: self.char_bytes[start..=end].iter().map(|b| b - b0 as u32).collect(),
            sentences: self.sentences[first..last].iter().map(|s| Sentence { start: s.start - start, end: s.end - start }).collect(),
            continued: self.continued || first > 0,
        }
    }

    /// The original character range a normalised range came from.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.origin.len() {
            let at = self.origin.get(start).map_or(0, |o| o.0 as usize);
            return (at, at);
        }
        (self.origin[start].0 as usize, self.origin[end - 1].1 as usize)
    }
}

/// One character on its way through the steps, with where it came from.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    from: u32,
    to: u32,
    /// A break that must survive white-space removal (where a dropped line stood).
    hard: bool,
}

/// Characters per piece of a long document that steps 3 and 4 treat in parallel.
const UNITS_PER_PIECE: usize = 1 << 16;

/// Normalises a document's text.
pub fn normalise(original: &str, rules: &NormaliseRules) -> NormalisedText {
    normalise_in_pieces(original, rules, UNITS_PER_PIECE)
}

/// As [`normalise`], steps 3 and 4 in pieces of about `per_piece` units.
fn normalise_in_pieces(original: &str, rules: &NormaliseRules, per_piece: usize) -> NormalisedText {
    use rayon::prelude::*;
    // Sized once: collecting from the string would grow it from a quarter of its length.
    let mut chars: Vec<char> = Vec::with_capacity(original.chars().count());
    chars.extend(original.chars());
    let mut units = drop_and_fix(original, &chars, rules);
    drop(chars);
    // Steps 3 and 4 piece by piece, in parallel: pieces are cut where neither a cluster nor
    // a run of white space crosses the cut, so each comes out as it would from the whole.
    let mut rest: &mut [Unit] = &mut units;
    let mut slices: Vec<&mut [Unit]> = Vec::new();
    let mut taken = 0;
    for cut in cuts(rest, per_piece) {
        let (piece, after) = rest.split_at_mut(cut - taken);
        slices.push(piece);
        rest = after;
        taken = cut;
    }
    slices.push(rest);
    let pieces: Vec<Piece> = slices.into_par_iter().map(Piece::of).collect();
    let units = || pieces.iter().flat_map(Piece::units);
    let n: usize = pieces.iter().map(|p| p.units().len()).sum();
    // The text with its folded copy, and the map back with the sentences, on two threads.
    let ((text, fold), (origin, char_bytes, sentences)) = rayon::join(
        || {
            let mut text = String::with_capacity(n * 3);
            // The folded copy is written alongside, character by character, as `fold_str` would.
            let mut fold = String::with_capacity(n * 3);
            // Straight double quotes (and full-width ＂, which NFKC makes one) are read as the
            // curly pair they stand for, opening and closing in turn on each line: rules know
            // quoted names by “ and ” (省"乐购辽宁"工程).
            for c in paired_quotes(units().map(|u| u.c)) {
                text.push(c);
                fold.push(rules.fold.fold(c));
            }
            (text, fold)
        },
        || {
            let mut origin = Vec::with_capacity(n);
            let mut char_bytes = Vec::with_capacity(n + 1);
            let mut at = 0u32;
            for (u, c) in units().zip(paired_quotes(units().map(|u| u.c))) {
                char_bytes.push(at);
                at += c.len_utf8() as u32;
                origin.push((u.from, u.to));
            }
            char_bytes.push(at);
            (origin, char_bytes, split_sentences(paired_quotes(units().map(|u| u.c)), n))
        },
    );
    NormalisedText { text, fold, origin, char_bytes, sentences, continued: false }
}

/// Straight double quotes (and full-width ＂, which NFKC makes one) as the curly pair they
/// stand for, opening and closing in turn on each line: rules know a quoted name by “ and ”
/// (省"乐购辽宁"工程). Corner brackets, the quotes of traditional-character texts, are the
/// same marks (擁有「…示範基地」等稱號): 「」 as “”, 『』 as ‘’. One character for one, so
/// offsets stay as they were.
fn paired_quotes(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let mut open = false;
    chars.map(move |c| match c {
        '"' => {
            open = !open;
            if open { '“' } else { '”' }
        }
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        '\n' => {
            open = false;
            c
        }
        c => c,
    })
}

/// A piece of the units after steps 3 and 4: where it was, unless NFKC made it longer.
enum Piece<'a> {
    InPlace(&'a [Unit]),
    Grown(Vec<Unit>),
}

impl<'a> Piece<'a> {
    fn of(units: &'a mut [Unit]) -> Piece<'a> {
        match nfkc_in_place(units) {
            Ok(kept) => {
                let kept = &mut units[..kept];
                let n = fold_white_space(kept);
                let kept: &'a [Unit] = kept;
                Piece::InPlace(&kept[..n])
            }
            Err(mut grown) => {
                let n = fold_white_space(&mut grown);
                grown.truncate(n);
                Piece::Grown(grown)
            }
        }
    }

    fn units(&self) -> &[Unit] {
        match self {
            Piece::InPlace(units) => units,
            Piece::Grown(units) => units,
        }
    }
}

/// Where a long document's units are cut into pieces for steps 3 and 4: about every
/// `per_piece` units, between two plain characters that are not white space. No
/// cluster crosses such a cut (the character after it combines with nothing before it), nor
/// does a run of white space, and the characters each run's treatment looks at (the kept
/// ones before it, the one after it) are in its piece.
fn cuts(units: &[Unit], per_piece: usize) -> Vec<usize> {
    let solid = |u: &Unit| plain(u.c) && !u.c.is_whitespace();
    let mut cuts = Vec::new();
    let mut at = per_piece.max(1);
    while at < units.len() {
        let Some(k) = (at..units.len()).find(|&k| solid(&units[k - 1]) && solid(&units[k])) else { break };
        cuts.push(k);
        at = k + per_piece.max(1);
    }
    cuts
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | ':' | '…')
}

/// Is `c` a character after which a line break is not a word boundary (Chinese text and
/// its punctuation)?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF
        | 0x2018..=0x201F | 0x2026 | 0x00B7 | 0x20000..=0x2FFFF)
}

/// Step 1 and 2: boilerplate lines, page markers and OCR fixes.
fn drop_and_fix(original: &str, chars: &[char], rules: &NormaliseRules) -> Vec<Unit> {
    // Per original character: dropped or kept; where a dropped line stood, the line break
    // after it is hard. OCR replacements are (start, end, index of the replacement).
    let mut dropped = vec![false; chars.len()];
    let mut hard = vec![false; chars.len()];
    let mut replace: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, replacement idx)

    // Lines, with character offsets.
    let mut line_start = 0usize;
    let mut byte = 0usize;
    let mut prev_line_end_char: Option<char> = None;
    let mut lines: Vec<(usize, usize, usize, usize)> = Vec::new(); // (char start, char end, byte start, byte end)
    let mut b = 0usize;
    for (i, c) in chars.iter().enumerate() {
        if *c == '\n' {
            lines.push((line_start, i, byte, b));
            line_start = i + 1;
            byte = b + 1;
        }
        b += c.len_utf8();
    }
    lines.push((line_start, chars.len(), byte, original.len()));
    // Which line breaks are structure and which are wrapping. A document wrapped at a fixed
    // width (a PDF text layer, OCR) breaks lines wherever the width runs out, so a line that
    // fills the width and ends no sentence runs on into the next. Every other break is
    // structure: a title, a heading, a list item, a table row or a name on its own line ends
    // there, even without punctuation. A document whose lines are paragraphs (web pages,
    // .docx) has no width, and all its breaks are structure, except where a sharing site's
    // page marker cut a sentence.
    let texts: Vec<&str> = lines.iter().map(|l| original[l.2..l.3].trim()).collect();
    let width = wrap_width(&texts);
    let starts_item = |t: &str| {
        let at_start = |re: &Option<Regex>| re.as_ref().is_some_and(|re| re.find(t).is_some_and(|m| m.start() == 0));
        at_start(&rules.item_marker) || at_start(&rules.heading)
    };
    // A notice's title broken over two of the opening lines (关于…高新技术企业 / 先期…的公示):
    // the first opens a title (关于) and ends none, the next ends one. Those lines are one.
    // Or over three (…关于公布 / 2021年度…孵化器和 / …众创空间的通知): the middle line runs on too.
    let ends_title = |t: &str| rules.title_endings.iter().any(|e| t.ends_with(e.as_str()));
    // Compared from the end, character by character, folded as read: no copy of the line.
    let ends_name = |t: &str| {
        rules.name_line_endings.iter().any(|e| {
            let mut line_back = t.chars().rev();
            e.chars().rev().all(|w| line_back.next().is_some_and(|c| rules.fold.fold(c) == w))
        })
    };
    let title_piece = |t: &str| t.chars().count() <= 40 && !t.contains(['。', ',', '，', ':', '：']);
    let mut opening_lines = 0;
    let mut title_runs_to = 0;
    for (k, &(_, ce, _, _)) in lines.iter().enumerate() {
        if ce >= chars.len() || texts[k].is_empty() {
            continue;
        }
        opening_lines += 1;
        let mut following = texts[k + 1..].iter().filter(|t| !t.is_empty()).copied();
        let next = following.next().unwrap_or("");
        // Only the opening lines can open a title: the others are not read for one.
        let opens = opening_lines <= 3 && {
            let head = texts[k].char_indices().nth(20).map_or(texts[k], |(i, _)| &texts[k][..i]);
            // 关于 as written in either script (關於, and 關于 in mixed reposts).
            ["关于", "關於", "關于"].iter().any(|w| head.contains(w)) && !ends_title(texts[k]) && !texts[k].contains(['。', ',', '，'])
        };
        if opens && !ends_title(next) && title_piece(next) && following.next().is_some_and(|t| ends_title(t) && title_piece(t)) {
            title_runs_to = opening_lines + 2;
        }
        let open_title = (opens && ends_title(next) && title_piece(next)) || opening_lines < title_runs_to;
        let n = texts[k].chars().count();
        // A table row (cells between bars or tabs) is a line of its own, whatever its length.
        let row = texts[k].matches(['|', '｜']).count() >= 2 || texts[k].contains('\t');
        let ends_sentence = texts[k].chars().last().is_some_and(|c| is_sentence_end(nfkc_char(c)));
        // Names one per line (a list of parks or companies, 10 to 20 characters each) can
        // look like a paragraph wrapped at its width; but a wrapped line ends wherever the
        // width runs out, and two in a row ending with a name's head word, or a numbered
        // heading ending with the count of what it heads (一、…园区(41个)), is no chance.
        let fills_width = width.is_some_and(|w| n * 100 >= w * 85) && !(ends_name(texts[k]) && ends_name(next)) && !(starts_item(texts[k]) && ends_with_count(texts[k]));
        // Whether the break splits a word is asked only where the width does not decide.
        let runs_on = !row && !ends_sentence && (fills_width || open_title || splits_a_word(texts[k], next, rules));
        if !runs_on || starts_item(next) {
            hard[ce] = true;
        }
    }
    // The last non-empty line before each line, found once: a run of empty lines is not
    // walked back over again for every line of it.
    let mut prev_nonempty = Vec::with_capacity(texts.len());
    let mut last = None;
    for (k, t) in texts.iter().enumerate() {
        prev_nonempty.push(last);
        if !t.is_empty() {
            last = Some(k);
        }
    }
    for (k, &(cs, ce, bs, be)) in lines.iter().enumerate() {
        let line = &original[bs..be];
        if ce - cs <= MAX_BOILERPLATE_CHARS && rules.boilerplate.is_match(line) {
            for d in &mut dropped[cs..ce] {
                *d = true;
            }
            if ce < chars.len() {
                hard[ce] = true;
            }
            continue;
        }
        // A sharing site's page number ("2、") in the middle of a sentence: the long line
        // before it ran on, so the number goes and the break with it. A short line before it
        // is a list item of its own, and the number is the next item's.
        if let Some(marker) = &rules.page_marker {
            let continues = prev_line_end_char.is_some_and(|c| !is_sentence_end(c) && c != '”');
            let long_before = prev_nonempty[k].is_some_and(|p| texts[p].chars().count() >= 40);
            if continues && long_before {
                if let Some(m) = marker.find(line) {
                    if m.start() == 0 {
                        let n = line[..m.end()].chars().count();
                        for d in &mut dropped[cs..cs + n] {
                            *d = true;
                        }
                        if let Some(prev_end) = prev_nonempty[k].map(|p| lines[p].1) {
                            if prev_end < chars.len() {
                                hard[prev_end] = false;
                            }
                        }
                    }
                }
            }
        }
        if let Some(gloss) = &rules.gloss {
            // Character offsets counted on from the previous match, not from the line start.
            let (mut counted_byte, mut counted_chars) = (0, 0);
            // Some reposts write the gloss twice or more (家(jia)(jia)): a gloss right after a
            // dropped one goes too.
            let mut dropped_until = None;
            for m in gloss.find_iter(line) {
                let follows_han = line[..m.start()].chars().last().is_some_and(|c| matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF));
                counted_chars += line[counted_byte..m.start()].chars().count();
                counted_byte = m.start();
                if follows_han || dropped_until == Some(m.start()) {
                    dropped_until = Some(m.end());
                    let s = cs + counted_chars;
                    let e = s + m.as_str().chars().count();
                    for d in &mut dropped[s..e] {
                        *d = true;
                    }
                }
            }
        }
        if let Some(last) = line.trim_end().chars().last() {
            prev_line_end_char = Some(nfkc_char(last));
        }
    }
    if let Some((ac, _)) = &rules.ocr {
        let mut char_at = 0usize;
        let mut last_byte = 0usize;
        for m in ac.find_iter(original) {
            char_at += original[last_byte..m.start()].chars().count();
            let len = original[m.start()..m.end()].chars().count();
            if !dropped[char_at..char_at + len].iter().any(|d| *d) {
                replace.push((char_at, char_at + len, m.pattern().as_usize()));
            }
            char_at += len;
            last_byte = m.end();
        }
    }

    // A comma right before another separator (A,、B; 委),,國資委; 发布,。) is a repost's stray
    // mark, never the writer's: dropped, so lists and sentences read as written.
    let mut next_kept: Option<char> = None;
    for i in (0..chars.len()).rev() {
        if dropped[i] {
            continue;
        }
        if matches!(chars[i], ',' | '，') && next_kept.is_some_and(|n| matches!(n, '、' | '。' | ',' | '，' | ';' | '；')) {
            dropped[i] = true;
            continue;
        }
        next_kept = Some(chars[i]);
    }

    let mut units = Vec::with_capacity(chars.len());
    let mut next_replace = replace.iter().peekable();
    let mut i = 0usize;
    while i < chars.len() {
        if let Some(&&(s, e, idx)) = next_replace.peek() {
            if s == i {
                let to = &rules.ocr.as_ref().expect("replacements imply OCR rules").1[idx];
                for c in to.chars() {
                    units.push(Unit { c, from: s as u32, to: e as u32, hard: false });
                }
                next_replace.next();
                i = e;
                continue;
            }
        }
        if !dropped[i] {
            units.push(Unit { c: chars[i], from: i as u32, to: i as u32 + 1, hard: hard[i] });
        }
        i += 1;
    }
    units
}

/// Does a line end with a count in brackets, (41个) or （3家）: what a heading says of the
/// list under it.
fn ends_with_count(t: &str) -> bool {
    let mut cs = t.chars().rev();
    if !matches!(cs.next(), Some(')' | '）')) || !matches!(cs.next(), Some('个' | '個' | '家' | '项' | '項' | '所' | '座' | '处' | '處' | '批')) {
        return false;
    }
    let digits = cs.clone().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c) || "一二三四五六七八九十百".contains(*c)).count();
    digits > 0 && matches!(cs.nth(digits), Some('(' | '（'))
}

/// Does joining the end of one line and the start of the next make a word that never has a
/// break inside (股份|有限公司)?
fn splits_a_word(line: &str, next: &str, rules: &NormaliseRules) -> bool {
    let Some(joins) = &rules.joins else { return false };
    // The last six characters of the line and the first six of the next, white space left
    // out, in one string.
    let mut tail = ['\0'; 6];
    let mut kept = 0;
    for c in line.chars().rev().filter(|c| !c.is_whitespace()).take(6) {
        kept += 1;
        tail[6 - kept] = c;
    }
    let mut joined = String::with_capacity(12 * 4);
    joined.extend(&tail[6 - kept..]);
    let cut = joined.len();
    joined.extend(next.chars().filter(|c| !c.is_whitespace()).take(6));
    joins.find_overlapping_iter(&joined).any(|m| m.start() < cut && m.end() > cut)
}

/// The width a document is wrapped at, when it is: most lines of ten characters or more
/// end within 15% of one length and run on without sentence punctuation. `None` for a
/// document whose lines are paragraphs.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let is_row = |l: &&&str| l.matches(['|', '｜']).count() >= 2 || l.contains('\t');
    let lines: Vec<&str> = lines.iter().filter(|l| !is_row(l)).copied().collect();
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).filter(|&n| n >= 10).collect();
    if lengths.len() < 4 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 3 / 4];
    if width > 80 {
        return None;
    }
    let runs_on = lines
        .iter()
        .filter(|l| {
            let n = l.chars().count();
            n >= 10 && n * 100 >= width * 85 && !l.chars().last().is_some_and(|c| is_sentence_end(nfkc_char(c)))
        })
        .count();
    (runs_on * 10 >= lengths.len() * 4).then_some(width)
}

fn nfkc_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut it = std::iter::once(c).nfkc();
    match (it.next(), it.next()) {
        (Some(n), None) => n,
        _ => c,
    }
}

/// Step 3: NFKC, cluster by cluster (a starter and the combining marks after it), so every
/// output character still knows its origin.
///
/// In place while no cluster grows (NFKC of Han, ASCII and punctuation is one character):
/// a long document's units are not copied into fresh memory. From the first cluster that
/// grows (㈱ → (株)), the rest is written into a new vector. `Ok(n)`: the result is
/// `units[..n]`; `Err(v)`: it is `v`.
fn nfkc_in_place(units: &mut [Unit]) -> Result<usize, Vec<Unit>> {
    let punctuation = punctuation_nfkc();
    let mut w = 0;
    let mut i = 0;
    let mut cluster: Vec<Unit> = Vec::new();
    while i < units.len() {
        // The common case written in place without the cluster buffer.
        if plain(units[i].c) && !combines_next(units, i) {
            units[w] = units[i];
            w += 1;
            i += 1;
            continue;
        }
        cluster.clear();
        let j = nfkc_cluster(units, i, punctuation, |u| cluster.push(u));
        if w + cluster.len() > j {
            // It would overwrite units not read yet: the rest goes into a new vector.
            let mut out = Vec::with_capacity(w + cluster.len() + (units.len() - j) + 16);
            out.extend_from_slice(&units[..w]);
            out.extend_from_slice(&cluster);
            out.extend(nfkc_copy(&units[j..]));
            return Err(out);
        }
        units[w..w + cluster.len()].copy_from_slice(&cluster);
        w += cluster.len();
        i = j;
    }
    Ok(w)
}

/// Step 3 into a new vector, as [`nfkc_in_place`] does in place.
fn nfkc_copy(units: &[Unit]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    let punctuation = punctuation_nfkc();
    let mut i = 0;
    while i < units.len() {
        i = nfkc_cluster(units, i, punctuation, |u| out.push(u));
    }
    out
}

/// Most characters are Han or ASCII, which NFKC leaves alone and which never combine.
fn plain(c: char) -> bool {
    c.is_ascii() || matches!(c as u32, 0x4E00..=0x9FFF)
}

/// Does a combining mark follow the unit at `i`?
fn combines_next(units: &[Unit], i: usize) -> bool {
    units.get(i + 1).is_some_and(|n| !plain(n.c) && canonical_combining_class(n.c) != 0)
}

/// The NFKC of the cluster that starts at `i` (a starter and the combining marks after it),
/// each unit given to `emit` with the cluster's origin; returns where the next one starts.
fn nfkc_cluster(units: &[Unit], i: usize, punctuation: &PunctuationNfkc, mut emit: impl FnMut(Unit)) -> usize {
    let u = units[i];
    let next_combines = combines_next(units, i);
    if plain(u.c) && !next_combines {
        emit(u);
        return i + 1;
    }
    // Chinese punctuation (,。、“”) is most of the rest: alone, its NFKC is looked up.
    if let Some(c) = punctuation.get(u.c).filter(|_| !next_combines) {
        emit(Unit { c, ..u });
        return i + 1;
    }
    let mut j = i + 1;
    while j < units.len() && canonical_combining_class(units[j].c) != 0 {
        j += 1;
    }
    let (from, to) = (units[i].from, units[j - 1].to.max(units[i].to));
    let hard = units[i..j].iter().any(|u| u.hard);
    for c in units[i..j].iter().map(|u| u.c).nfkc() {
        emit(Unit { c, from, to, hard });
    }
    j
}

/// The NFKC of each character of the CJK symbols and punctuation block and of the
/// half- and fullwidth forms, where it is one character: what the cluster-by-cluster path
/// gives a character of these blocks that no combining mark follows, computed once.
struct PunctuationNfkc {
    cjk: [Option<char>; 0x40],
    width: [Option<char>; 0xF0],
}

impl PunctuationNfkc {
    fn get(&self, c: char) -> Option<char> {
        match c as u32 {
            cp @ 0x3000..=0x303F => self.cjk[(cp - 0x3000) as usize],
            cp @ 0xFF00..=0xFFEF => self.width[(cp - 0xFF00) as usize],
            _ => None,
        }
    }
}

fn punctuation_nfkc() -> &'static PunctuationNfkc {
    static TABLE: std::sync::OnceLock<PunctuationNfkc> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let single = |cp: u32| {
            let c = char::from_u32(cp)?;
            let mut it = std::iter::once(c).nfkc();
            match (it.next(), it.next()) {
                (Some(n), None) => Some(n),
                _ => None,
            }
        };
        PunctuationNfkc { cjk: std::array::from_fn(|k| single(0x3000 + k as u32)), width: std::array::from_fn(|k| single(0xFF00 + k as u32)) }
    })
}

/// Step 4: white space. A run of white space between Chinese characters is a line-wrap or
/// OCR artefact and goes; between Latin letters or digits it becomes one space; a line break
/// after the end of a sentence, or where a boilerplate line was dropped, stays a line break.
///
/// In place: a run of white space becomes at most one unit, so the units kept, `units[..out]`,
/// never reach the one being read. Returns how many are kept.
fn fold_white_space(units: &mut [Unit]) -> usize {
    let mut out = 0;
    let mut i = 0;
    while i < units.len() {
        if !units[i].c.is_whitespace() {
            units[out] = units[i];
            out += 1;
            i += 1;
            continue;
        }
        let start = i;
        while i < units.len() && units[i].c.is_whitespace() {
            i += 1;
        }
        let run = &units[start..i];
        let prev = out.checked_sub(1).map(|p| units[p].c);
        let next = units.get(i).map(|u| u.c);
        let newlines = run.iter().filter(|u| u.c == '\n').count();
        let has_newline = newlines > 0;
        // A tab or several spaces within a line separate columns of a table: a boundary
        // that names must not cross, unlike the single space OCR leaves inside a word.
        let column = !has_newline && (run.iter().any(|u| u.c == '\t') || run.len() >= 2);
        let hard = run.iter().any(|u| u.hard);
        let (from, to) = (run[0].from, run[run.len() - 1].to);
        let Some(prev_c) = prev else { continue };
        if next.is_none() {
            continue;
        }
        // A blank line ends a paragraph: OCR and line wrapping break lines, never paragraphs.
        let paragraph = newlines >= 2;
        // …but a people's congress's name breaks nowhere (在平阳县|第十六届人民代表大会,
        // 在新兴县第十七届|人民代表大会…): a page that sets the line under a government work
        // report's title in pieces breaks it, blank lines and all.
        let congress = has_newline && splits_congress_name(&units[..out], &units[i..]);
        let kept = if congress {
            None
        } else if hard || paragraph || (has_newline && (is_sentence_end(prev_c) || prev_c == '”' && out >= 2 && is_sentence_end(units[out - 2].c))) {
            Some(Unit { c: '\n', from, to, hard: true })
        } else if column {
            Some(Unit { c: ' ', from, to, hard: false })
        } else if is_cjk(prev_c) || next.is_some_and(is_cjk) {
            None
        } else {
            Some(Unit { c: ' ', from, to, hard: false })
        };
        if let Some(u) = kept {
            units[out] = u;
            out += 1;
        }
    }
    out
}

/// Does a line break between `before` and `after` cut the name of a people's congress's
/// session: after its numbered term (…第十七届|人民代表大会) or after its place (…平阳县|第十六届
/// 人民代表大会)?
fn splits_congress_name(before: &[Unit], after: &[Unit]) -> bool {
    const CONGRESS: [char; 6] = ['人', '民', '代', '表', '大', '会'];
    const NUMERALS: &str = "一二三四五六七八九十";
    let opens = |units: &[Unit], word: &[char]| units.len() >= word.len() && units.iter().zip(word).all(|(u, c)| u.c == *c);
    let term_ends = |units: &[Unit]| units.len() >= 2 && units[units.len() - 1].c == '届' && NUMERALS.contains(units[units.len() - 2].c);
    if term_ends(before) && opens(after, &CONGRESS) {
        return true;
    }
    // A place's level, then 第, a numeral run, 届 and the congress.
    let level_ends = before.last().is_some_and(|u| "省市县区州旗盟".contains(u.c));
    if !level_ends || !opens(after, &['第']) {
        return false;
    }
    let numerals = after[1..].iter().take_while(|u| NUMERALS.contains(u.c)).count();
    numerals > 0 && after.get(1 + numerals).is_some_and(|u| u.c == '届') && opens(&after[2 + numerals..], &CONGRESS)
}

/// Step 5: sentences end after 。!? (and their full-width forms, folded by NFKC) or at a
/// kept line break; a closing quote right after the end mark stays with its sentence.
fn split_sentences(chars: impl Iterator<Item = char>, len: usize) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let close = |s: &mut Vec<Sentence>, a: usize, b: usize| {
        let mut a = a;
        while a < b {
            let end = (a + MAX_SENTENCE_CHARS).min(b);
            s.push(Sentence { start: a, end });
            a = end;
        }
    };
    let mut chars = chars.enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            close(&mut sentences, start, i);
            start = i + 1;
        } else if matches!(c, '。' | '!' | '?') {
            let mut end = i + 1;
            while chars.next_if(|&(_, c)| matches!(c, '”' | '’' | ')' | '」')).is_some() {
                end += 1;
            }
            close(&mut sentences, start, end);
            start = end;
        }
    }
    close(&mut sentences, start, len);
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> NormaliseRules {
        NormaliseRules {
            boilerplate: regex::RegexSet::new(["由会员分享"]).unwrap(),
            page_marker: Some(Regex::new(r"^\s*\d{1,3}\s*、").unwrap()),
            heading: Some(Regex::new(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])").unwrap()),
            ocr: Some((AhoCorasick::new(["戈IJ"]).unwrap(), vec!["划".to_string()])),
            title_endings: vec!["工作总结".to_string(), "公示".to_string(), "通知".to_string()],
            name_line_endings: vec!["有限公司".to_string(), "园区".to_string()],
            gloss: Some(Regex::new("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,6} ?[)）]").unwrap()),
            item_marker: Some(Regex::new(r"^\s*(?:\d{1,3}\s*(?:、|[.．][^\d])|[(（]\s*\d{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*(?:[、.．]|是))").unwrap()),
            fold: Arc::new(FoldTable::parse("發\t发\n實\t实\n驗\t验\n").unwrap()),
            joins: Some(AhoCorasick::new(["有限公司", "股份有限公司"]).unwrap()),
        }
    }

    /// Normalises `input` and checks the text, and that every character maps back.
    fn check(input: &str, expected: &str) {
        let n = normalise(input, &rules());
        assert_eq!(n.text, expected);
        let orig: Vec<char> = input.chars().collect();
        for (i, (a, b)) in n.origin.iter().enumerate() {
            assert!(a < b && (*b as usize) <= orig.len(), "char {i} maps to {a}..{b}");
        }
    }

    #[test]
    fn line_wrap_spaces_between_chinese_go() {
        // Wrapped at 12 characters: lines that fill the width run on, spaces between
        // Chinese characters go.
        check(
            "今年昆山市科技局组建了科创\n委员会并印发了工作方案和相\n关的规则制度以及配套的文件\n全年推进科技创新 工作顺利。",
            "今年昆山市科技局组建了科创委员会并印发了工作方案和相关的规则制度以及配套的文件全年推进科技创新工作顺利。",
        );
    }

    #[test]
    fn short_lines_of_a_document_without_width_stay_apart() {
        // One name per line (a list, a table flattened one cell per line) is structure.
        check("推荐名单\n江苏恒瑞医药股份有限公司\n昆山汇川技术有限公司", "推荐名单\n江苏恒瑞医药股份有限公司\n昆山汇川技术有限公司");
    }

    #[test]
    fn names_one_per_line_of_like_length_stay_apart() {
        // Lengths alike enough to look wrapped; but each line ends with a name's head, and the
        // numbered heading with the count of what it heads.
        let text = "一、新认定省级园区(4个)\n宜昌市远安县柑橘现代农业园区\n宜昌市枝江市水稻现代农业园区\n宜都市茶叶现代农业园区\n襄阳市谷城县香菇现代农业园区";
        check(text, text);
    }

    #[test]
    fn a_numbered_item_starts_a_line() {
        let n = normalise("今年我们组织企业申报了国家高新技术企业认定工作和省级\n科技型中小企业评价工作两项重点工作取得了良好成绩\n1、江苏恒瑞医药股份有限公司\n2、昆山汇川技术有限公司", &rules());
        assert!(n.text.contains("省级科技型"), "{}", n.text);
        assert!(n.text.contains("成绩\n1、江苏"), "{}", n.text);
        assert!(n.text.contains("公司\n2、昆山"), "{}", n.text);
    }

    #[test]
    fn a_comma_before_another_separator_goes() {
        check("甲,、乙,,丙,。", "甲、乙,丙。");
    }

    #[test]
    fn repeated_pinyin_glosses_go() {
        check("國家(jia)(jia)級(jí)工程中心", "國家級工程中心");
    }

    #[test]
    fn pinyin_glosses_go() {
        check("市發(fā)展改革委組織了申報", "市發展改革委組織了申報");
        // Some converters leave a space before the closing bracket.
        check("技術創(chuàng )新聯合體", "技術創新聯合體");
    }

    #[test]
    fn traditional_characters_fold_for_matching_only() {
        let n = normalise("工程實驗室", &rules());
        assert_eq!(n.text, "工程實驗室");
        assert_eq!(n.fold, "工程实验室");
    }

    #[test]
    fn table_columns_stay_apart() {
        check("常州大学\t常州市新材料中心  武进区", "常州大学 常州市新材料中心 武进区");
    }

    #[test]
    fn a_blank_line_ends_a_paragraph() {
        let n = normalise("三、创新平台\n\n江苏恒瑞医药股份有限公司建设研究院", &rules());
        let s: Vec<&str> = n.sentences.iter().map(|s| n.slice(s.start, s.end)).collect();
        assert_eq!(s, ["三、创新平台", "江苏恒瑞医药股份有限公司建设研究院"]);
    }

    #[test]
    fn latin_spaces_fold_to_one() {
        check("AI  model 与 5G", "AI model与5G");
    }

    #[test]
    fn nfkc_folds_full_width() {
        check("（试行），１２３", "(试行),123");
    }

    #[test]
    fn page_markers_and_boilerplate_go() {
        // A page number a sharing site puts where a long line of a page broke off.
        let page = "我局深入实施创新驱动发展战略持续加大研发投入推动科技成果转化取得新进展全面提升创新能力加大";
        check(&format!("{page}\n2、力度,整合资源。\n文档由会员分享\n第二句"), &format!("{page}力度,整合资源。\n第二句"));
    }

    #[test]
    fn a_long_line_that_mentions_boilerplate_words_is_kept() {
        // A page flattened into one line: the sharing site's words are in it, but so is text.
        let body = "科技局推动企业创新".repeat(30);
        let text = format!("{body}文档由会员分享{body}");
        check(&text, &text);
    }

    #[test]
    fn a_section_heading_stays_its_own_sentence() {
        let text = "一、2021年科技工作落实情况\n江华东杰新材料股份有限公司获批建设省级企业技术中心。\n(二)在平台建设上有新进展\n新增众创空间3家。";
        let n = normalise(text, &rules());
        let s: Vec<&str> = n.sentences.iter().map(|s| n.slice(s.start, s.end)).collect();
        assert_eq!(s, ["一、2021年科技工作落实情况", "江华东杰新材料股份有限公司获批建设省级企业技术中心。", "(二)在平台建设上有新进展", "新增众创空间3家。"]);
    }

    #[test]
    fn a_wrapped_line_that_starts_with_a_numeral_is_not_a_heading() {
        // Wrapped at 20 characters: the second line fills the width, so it runs on.
        let text = "今年以来我局坚持创新驱动发展战略,取得成\n效。一是聚焦主体培育,推动科技型中小企\n一、实施科技型中小企业培育计划和科技企\n业孵化工程,成效明显。";
        let n = normalise(text, &rules());
        assert!(n.text.contains("科技企业孵化工程"), "{}", n.text);
    }

    #[test]
    fn a_title_line_stays_its_own_sentence() {
        let n = normalise("昆山市科技局工作总结\n今年以来,我局完成任务。", &rules());
        let s: Vec<&str> = n.sentences.iter().map(|s| n.slice(s.start, s.end)).collect();
        assert_eq!(s, ["昆山市科技局工作总结", "今年以来,我局完成任务。"]);
    }

    #[test]
    fn a_title_broken_over_the_opening_lines_is_one() {
        check("关于2022年度高新技术企业\n拟兑付奖励资金的公示\n现将名单公示如下。", "关于2022年度高新技术企业拟兑付奖励资金的公示\n现将名单公示如下。");
        // A title whole on its line keeps its break; so does a first line that opens none.
        check("关于开展申报工作的通知\n各有关单位的通知", "关于开展申报工作的通知\n各有关单位的通知");
        check("明州市科技局\n关于开展申报工作的通知", "明州市科技局\n关于开展申报工作的通知");
    }

    #[test]
    fn list_item_after_sentence_end_stays() {
        check("完成。\n2、成立", "完成。\n2、成立");
    }

    #[test]
    fn ocr_fix_maps_to_its_source() {
        let n = normalise("工作计戈IJ今年", &rules());
        assert_eq!(n.text, "工作计划今年");
        assert_eq!(n.source_span(3, 4), (3, 6));
    }

    #[test]
    fn pieces_come_out_as_the_whole() {
        // Cut wherever a cut may fall, the pieces give what the whole text gives: clusters
        // that grow (㈱), combining marks, runs of white space and line breaks of every kind,
        // closing quotes after a sentence end, full-width forms.
        let parts = ["昆山市科技局", "㈱", "e\u{301}", "AI  model", " 与 ", "\t", "\n", "\n\n", "完成。", "”", "（试行）", "１２３", "\u{3000}", "ab", "戈IJ", "發(fā)展", " ", "研究院"];
        let mut text = String::new();
        let mut seed = 7u64;
        for _ in 0..3000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(parts[(seed >> 33) as usize % parts.len()]);
        }
        let whole = normalise_in_pieces(&text, &rules(), usize::MAX);
        for per_piece in [1, 2, 3, 5, 17, 1000] {
            let cut = normalise_in_pieces(&text, &rules(), per_piece);
            assert_eq!(cut.text, whole.text, "{per_piece}");
            assert_eq!(cut.fold, whole.fold, "{per_piece}");
            assert_eq!(cut.origin, whole.origin, "{per_piece}");
            assert_eq!(cut.char_bytes, whole.char_bytes, "{per_piece}");
            assert_eq!(cut.sentences, whole.sentences, "{per_piece}");
        }
    }

    #[test]
    fn sentences() {
        let n = normalise("第一句。第二句!“第三句。”第四", &rules());
        let s: Vec<&str> = n.sentences.iter().map(|s| n.slice(s.start, s.end)).collect();
        assert_eq!(s, ["第一句。", "第二句!", "“第三句。”", "第四"]);
    }

    #[test]
    fn source_span_of_a_name_split_by_a_line_break() {
        let input = "组建昆山市科技创新委 员会";
        let n = normalise(input, &rules());
        let start = n.text.chars().position(|c| c == '昆').unwrap();
        let (a, b) = n.source_span(start, start + 10);
        let orig: String = input.chars().skip(a).take(b - a).collect();
        assert_eq!(orig, "昆山市科技创新委 员会");
    }

    #[test]
    fn straight_quotes_become_the_pair_they_stand_for() {
        // Each line opens and closes in turn; the map back is one character for one.
        check("入选省\"乐购明州\"工程。\n\"青岚\"", "入选省“乐购明州”工程。\n“青岚”");
        check("推广＂科贷通＂产品", "推广“科贷通”产品");
    }
}

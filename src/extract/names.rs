//! Names that end with a head word: the head is found by the lexicon pass, the left edge by
//! a bounded scan back over the text (punctuation, cell borders, boundary words, numbers,
//! earlier names), and the part between (the modifier) decides what the name is.

use super::cand::{AcceptedSet, Cand};
use super::{Ctx, Outcome};
use crate::model::EntityType;
use crate::rules::{ListId, Modifier, NameRule};

/// Why a name may start somewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EdgeKind {
    /// A boundary word, a conjunction or a complete name's head before it: the nearest
    /// such edge decides, and a name refused there is refused.
    Word,
    /// The end of a name found by an earlier stage: a name refused here may still extend
    /// over it (北京大学 | 科技开发有限公司).
    Name,
    /// A year that may open a program's name, or be left out of it.
    Year,
    /// A conjunction after a complete name (…分中心和|监管科学创新研究基地): the name after it
    /// stands alone only when it distinguishes itself well; else it may reach further.
    Conj,
    /// Punctuation, a cell or line border, a count, the window's end: nothing to the left
    /// joins the name.
    Hard,
}

/// Where a name may start, scanning left from its head; nearest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edge {
    /// The name's first character.
    pub at: usize,
    /// Why.
    pub kind: EdgeKind,
}

impl Edge {
    /// Nothing to its left may join the name.
    pub fn hard(&self) -> bool {
        self.kind == EdgeKind::Hard
    }
}

/// Does `c` end the clause a list of names stands in (its items are parted by 、 and 和 only)?
fn ends_list_clause(c: char) -> bool {
    matches!(c, '。' | ';' | '；' | '!' | '?' | '\n' | ',' | '，' | ':' | '：')
}

/// Is `c` a character no name contains?
pub(crate) fn is_stop(c: char) -> bool {
    matches!(
        c,
        ',' | '。' | ';' | ':' | '!' | '?' | '、' | '《' | '》' | '〈' | '〉' | '【' | '】' | '[' | ']' | '|' | '\n' | '/' | '\\'
            | '〔' | '〕' | '{' | '}' | '<' | '>' | '=' | '+' | '~' | '…' | '"' | '\'' | '‘' | '’' | '「' | '」' | '『' | '』'
            | '●' | '■' | '◆' | '▲' | '★' | '☆' | '◇' | '►' | '▶' | '•' | '◉' | '◎' | '❖' | '◈'
    ) || c.is_whitespace()
        // Box drawing and bopomofo: what is left of a page decoded with the wrong encoding
        // (?。ㄒ唬┲攸c實驗室), never part of a name.
        || matches!(c as u32, 0x2500..=0x257F | 0x3100..=0x312F | 0xFFFD)
}

/// Is the character at `i` a full stop that is no decimal point (a file name's .xlsx)?
pub(crate) fn is_dot_stop(chars: &[char], i: usize) -> bool {
    chars[i] == '.' && !(i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
}

/// Characters that never start a name.
fn bad_first(c: char) -> bool {
    matches!(c, '(' | ')' | '”' | '-' | '—' | '·' | '.' | '%' | '&')
}

/// Whether `c` may be part of a programme's code (215, 1+9, 1+N).
fn is_code_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | 'N')
}

/// Whether `code` is how programmes are numbered: two to four digits (“215”工程), or
/// numbers joined by + with an open N last (“1+9”行动, “15+7”专项行动, “1+N”政策): a
/// single figure (“1”) or a year-sized run counts something instead.
fn is_code(code: &[char]) -> bool {
    if code.iter().all(char::is_ascii_digit) {
        return (2..=4).contains(&code.len());
    }
    let number = |p: &[char]| (1..=2).contains(&p.len()) && p.iter().all(char::is_ascii_digit);
    let joins = code.iter().filter(|&&c| c == '+').count();
    joins >= 1 && code.split(|&c| c == '+').enumerate().all(|(i, p)| number(p) || (i == joins && p == ['N']))
}

/// Is `c` a Chinese character of the basic block (the characters names are made of)?
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The longest place written between a platform's name and the word of its branch there
/// (…实验室|宜昌|基地, …工程中心|西双版纳|分中心).
const BRANCH_PLACE: usize = 8;

/// The longest stretch between a company's place in brackets and the head of the base or
/// project it locates (X集团(宜昌)|智能制造产业基地).
const SITE_REACH: usize = 12;

/// Is `c` a masking character (XX区, **公司, 某某)?
pub(crate) fn is_mask(c: char) -> bool {
    matches!(c, 'x' | 'X' | '×' | '*' | '某' | '○' | '□')
}

/// Is `c` a masked digit of a year (20xx年)?
pub(crate) fn is_masked_digit(c: char) -> bool {
    matches!(c, 'x' | 'X')
}

/// Is `c` a mask that may stand for a place before a body's level (XX区, *市)?
pub(crate) fn is_place_mask(c: char) -> bool {
    matches!(c, 'x' | 'X' | '×' | '*')
}

/// The bracket that closes an opening one, scanning left from a closing one.
fn matching_open(chars: &[char], close_at: usize, floor: usize, close: char) -> Option<usize> {
    let open = match close {
        ')' => '(',
        '”' => '“',
        _ => return None,
    };
    let mut depth = 0;
    let mut i = close_at;
    while i > floor {
        i -= 1;
        let c = chars[i];
        if c == close {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        } else if matches!(c, '\n' | '。' | ';' | '|' | ',' | ':') || is_dot_stop(chars, i) {
            return None;
        }
        // A bracket holds a short qualifier (黄桥, 低空电磁安全), not a passage.
        if close_at - i > 16 {
            return None;
        }
    }
    None
}

impl<'a> Ctx<'a> {
    /// Where the clause holding `start` opens, after its punctuation, looking back at most
    /// `reach` characters: `None` when the reach ends first (the opening is further back),
    /// `Some(0)` when the text does.
    fn clause_opening(&self, start: usize, reach: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        let from = start.saturating_sub(reach);
        (from..start).rev().find(|&q| matches!(chars[q], '。' | ',' | ';' | ':' | '!' | '?' | '\n')).map(|q| q + 1).or((from == 0).then_some(0))
    }

    /// Whether the list `start` is an item of (after a 、) opens with 各 at its clause's start,
    /// within a list's reach.
    fn list_opened_by_each(&self, start: usize) -> bool {
        const LIST_REACH: usize = 40;
        self.clause_opening(start, LIST_REACH).is_some_and(|q| self.scan.chars[q] == '各')
    }

    /// Does the list the name ending at `end` stands in close, within its clause, with one of
    /// `nouns` right after 等, a closing quote or the name itself (A、B和C等称号; A、B等一批省
    /// 重点学科)?
    fn list_closed_by(&self, end: usize, nouns: &[&[char]]) -> bool {
        const REACH: usize = 80;
        const WORDS_BETWEEN: usize = 8;
        let chars = &self.scan.chars;
        let Some((at, _)) = (end..(end + REACH).min(chars.len())).take_while(|&i| !ends_list_clause(chars[i])).find_map(|i| nouns.iter().find(|n| chars[i..].starts_with(n)).map(|n| (i, n.len()))) else {
            return false;
        };
        if at == end || matches!(chars[at - 1], '”' | '"') {
            return true;
        }
        // (A few words may rank or count the noun after 等: 等一批省重点培养|学科.)
        (at.saturating_sub(WORDS_BETWEEN).max(end)..at).rev().find(|&i| chars[i] == '等').is_some_and(|d| !chars[d + 1..at].iter().any(|&c| c == '、' || c == '“'))
    }

    /// Is `start..end` an item of a list of honours got (先后获得A、B和C等称号, 荣获“A”、“B”
    /// 称号)? A verb of getting or conferring opens the clause before it, and the list runs on
    /// from it to 称号 with nothing but other items between.
    fn in_honour_list(&self, start: usize, end: usize) -> bool {
        const REACH: usize = 80;
        let chars = &self.scan.chars;
        if !self.list_closed_by(end, &[&['称', '号']]) {
            return false;
        }
        let from = (start.saturating_sub(REACH)..start).rev().take_while(|&i| !ends_list_clause(chars[i])).last().unwrap_or(start);
        chars[from..start].windows(2).any(|w| w == ['获', '得'] || w == ['荣', '获'] || w == ['授', '予'] || w == ['获', '评'] || w == ['评', '为'])
    }


    /// Whether a verb of making into (建设成为, 打造成) stands before `start` in its clause,
    /// within a list's reach.
    fn after_make_into_verb(&self, start: usize) -> bool {
        const MAKE_INTO_REACH: usize = 60;
        let Some(verbs) = self.rules.lexicon.id("make_into_verb") else { return false };
        let clause = self.clause_opening(start, MAKE_INTO_REACH).unwrap_or(start.saturating_sub(MAKE_INTO_REACH));
        self.scan.within(clause, start).any(|h| self.rules.lexicon.in_list(h.pattern, verbs))
    }

    /// Whether a document number's year bracket follows `end`, after at most four characters
    /// of its code (…|企业函|〔2018〕, …|[2021]).
    fn document_number_after(&self, end: usize) -> bool {
        let chars = &self.scan.chars;
        let Some(open) = (end..(end + 5).min(chars.len())).find(|&q| !is_han(chars[q])) else { return false };
        matches!(chars[open], '〔' | '[' | '【') && chars.len() >= open + 6 && chars[open + 1..open + 5].iter().all(|c| c.is_ascii_digit()) && matches!(chars[open + 5], '〕' | ']' | '】')
    }

    /// Does a word of `list` right at `at` make what ends there part of a longer word (市委|员,
    /// 组织部|分人大代表)? Not a word that only begins like one (分管, 分别: 工信局|分管负责同志).
    pub(crate) fn spoiled_after(&self, at: usize, list: crate::rules::ListId) -> bool {
        let to = (at + 8).min(self.scan.chars.len());
        self.scan.longest_starting(at, to, list, self.rules).is_some() && !self.rules.lexicon.id("not_spoiling_after").is_some_and(|l| self.scan.longest_starting(at, to, l, self.rules).is_some())
    }

    /// Does a list of short items opened at `at` by 、 end with a word of `list` before the
    /// clause does (示范区、开发区、高新区|管委会)? The items then share that word, and the
    /// name before `at` is as much the first part of a longer name as if the word followed
    /// it directly. Looks at most four items of at most twelve characters each.
    fn closes_shared_list(&self, at: usize, list: crate::rules::ListId) -> bool {
        let chars = &self.scan.chars;
        if chars.get(at) != Some(&'、') {
            return false;
        }
        let mut item_start = at + 1;
        for _ in 0..4 {
            let stop = (item_start..(item_start + 13).min(chars.len())).find(|&i| !is_han(chars[i]));
            let Some(stop) = stop else { return false };
            if stop == item_start {
                return false;
            }
            if chars[stop] != '、' {
                return self.scan.ends_with(stop, list, self.rules);
            }
            item_start = stop + 1;
        }
        false
    }

    /// Where a name ending its modifier at `h0` may start, nearest first, looking back at
    /// most `max` characters. `owner`: names of enterprises, institutions and agencies found
    /// before may open the name (they are skipped whole, not taken as edges).
    pub(crate) fn left_edges(&self, h0: usize, max: usize, owner: bool, boundaries: bool, year: bool, accepted: &AcceptedSet<'_>) -> Vec<Edge> {
        self.left_edges_for(h0, max, owner, boundaries, year, None, false, accepted)
    }

    /// As `left_edges`, for a name of type `ty`: a conjunction after a complete name of the
    /// same type is an edge (…分中心和|监管科学创新研究基地), after one of another type it
    /// is part of the name (生物工程与发酵工程技术研究院).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn left_edges_for(&self, h0: usize, max: usize, owner: bool, boundaries: bool, year: bool, ty: Option<EntityType>, categories: bool, accepted: &AcceptedSet<'_>) -> Vec<Edge> {
        let chars = &self.scan.chars;
        let floor = h0.saturating_sub(max);
        // Sized for the usual few edges at once: growing from empty took several
        // reallocations for every head word.
        let mut edges: Vec<Edge> = Vec::with_capacity(16);
        let mut p = h0;
        // A place's public investment group (远安县|发展|集团) is named by its place and what it
        // does: 发展 there is the group's trade, not a verb ending the text before the name.
        // (So is one whose name the gazetteer does not know, 董家口|发展|集团: two characters
        // or more of a name, no verb, before the trade.)
        let public_group_from = (ty == Some(EntityType::Enterprise) && chars[h0..].starts_with(&['集', '团']))
            .then(|| {
                let placed = self.scan.places_within(h0.saturating_sub(12), h0).filter(|pl| !pl.as_level && pl.end < h0 && self.public_group_trade(pl.end, h0)).map(|pl| pl.end).min();
                placed.or_else(|| {
                    (h0.saturating_sub(8).max(2)..h0.saturating_sub(1))
                        .find(|&q| self.public_group_trade(q, h0) && chars[q - 2..q].iter().all(|&c| is_han(c)) && !self.scan.boundary_before(q) && !self.scan.boundary_before(q - 1))
                })
            })
            .flatten();
        // An edge right at the head leaves the head alone as the name: right for names that
        // are a head word (教育部, 高新技术企业), refused by rules that need a modifier.
        let push = |edges: &mut Vec<Edge>, at: usize, kind: EdgeKind| {
            if at <= h0 {
                if let Some(last) = edges.last_mut() {
                    if last.at == at {
                        if kind == EdgeKind::Hard || (kind == EdgeKind::Word && last.kind != EdgeKind::Hard) {
                            last.kind = kind;
                        }
                        return;
                    }
                }
                edges.push(Edge { at, kind });
            }
        };
        let eminent_kind = if ty == Some(EntityType::Platform) { self.rules.lexicon.id("eminent_company_kind") } else { None };
        let branch_word = if ty == Some(EntityType::Agency) { self.rules.lexicon.id("department_head") } else { None };
        loop {
            self.steps.set(self.steps.get() + 1);
            if p <= floor {
                // (A window's edge inside a file name's tail, 名单.do|cx陕西省…, is moved past
                // the tail: the tail ends the name, as below.)
                let tail_end = (p..h0).find(|&q| !chars[q].is_ascii_lowercase()).unwrap_or(h0);
                let at = if tail_end > p && !chars[tail_end].is_ascii() && self.after_path_tail(tail_end - 1, p.saturating_sub(12)) { tail_end } else { p };
                push(&mut edges, at, EdgeKind::Hard);
                break;
            }
            let c = chars[p - 1];
            if self.structure.separator[p - 1] || is_stop(c) || is_dot_stop(chars, p - 1) || self.structure.body_start[p] {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A file name's or an address's tail (….docx|陕西省…, …/index.html|安徽省…) ends
            // the name: lower-case Latin letters run on from a dot or a slash open none.
            if c.is_ascii_lowercase() && p < chars.len() && !chars[p].is_ascii() && self.after_path_tail(p - 1, floor) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A dash of two (——, a break in the sentence) ends the name; one dash may join two
            // names inside one (中国—东盟…中心).
            if c == '—' && p >= 2 && chars[p - 2] == '—' {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // An ordinal (第三条, 第二章) ends the name like a number does.
            if matches!(c, '条' | '章' | '节' | '款') && self.ordinal_before(p - 1) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A list marker inside a line ((一)科技园区, (2)…) ends the name: a qualifier in
            // brackets is words, never a bare numeral.
            if c == ')' && p >= 3 && chars[p - 3] == '(' && super::lists::is_numeral(chars[p - 2]) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A year with its last digits masked (20xx年) is a year all the same.
            let masked_year = chars.get(p) == Some(&'年') && p >= floor + 4 && chars[p - 4] == '2' && chars[p - 3..p].iter().all(|&d| d.is_ascii_digit() || is_masked_digit(d)) && is_masked_digit(c);
            // A count left blank (有 家|特色小镇: the number was to be filled in) ends the
            // name as one written would.
            if matches!(c, '家' | '个' | '所' | '项') && p >= 2 && self.space_dropped_before(p - 1) && is_han(chars[p - 2]) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A masked count (xx个) ends the name like a number does.
            if is_mask(c) && !masked_year && self.scan.longest_starting(p, h0, self.rules.core.classifier, self.rules).is_some() {
                let at = self.scan.longest_starting(p, h0, self.rules.core.classifier, self.rules).unwrap_or(p);
                push(&mut edges, at, EdgeKind::Hard);
                break;
            }
            // An accepted name ending here: an owner is skipped whole; anything else is an
            // edge, and the scan goes on past it (a longer name may contain it).
            let mut jumped = false;
            for i in accepted.ending_at(p) {
                let a = &accepted.all[i];
                if a.start >= p || a.start < floor || a.ty == EntityType::Place {
                    continue;
                }
                // (An academy or university opening a registered company's name, 某省科学院|
                // 佛山…研究院有限公司, is the company's founder named in it: its name's first words.)
                let founder = ty == Some(EntityType::Enterprise) && a.ty == EntityType::Institution && (chars[h0..].starts_with(&['有', '限']) || chars[h0..].starts_with(&['股', '份']));
                // (A national body that names its branches by their places, 国家税务总局|宜昌
                // 高新区税务局, owns no zone its branch's name holds: list top_down_body.)
                let top_down = a.ty == EntityType::Agency && ty != Some(EntityType::Agency) && self.scan.ends_with(p, self.rules.core.top_down_body, self.rules);
                let owns = (owner && matches!(a.ty, EntityType::Enterprise | EntityType::Institution | EntityType::Agency) && !top_down) || founder;
                // A category a program is about is part of its name (科技型中小企业“护航”计划).
                if a.ty == EntityType::Designation && categories {
                    p = a.start;
                    // …and the categories coordinated with it (高新技术企业、科技型企业…).
                    while p > 1 && chars[p - 1] == '、' {
                        match accepted.ending_at(p - 1).find(|&j| accepted.all[j].ty == EntityType::Designation) {
                            Some(j) => p = accepted.all[j].start,
                            None => break,
                        }
                    }
                    // A conjunction before the category starts another name (…培育和|科技型
                    // 中小企业“育苗”计划).
                    if p > 0 && self.rules.core.is_conjunction(chars[p - 1]) {
                        push(&mut edges, p, EdgeKind::Word);
                    }
                    jumped = true;
                    break;
                }
                // An agency before a quoted name runs it, it is not part of its name
                // (市委市政府“赛马争先”专项行动).
                let quoted_after = a.ty == EntityType::Agency && chars.get(p) == Some(&'“');
                // So do bodies coordinated before a program (市委、市政府|…行动): they issue
                // it together, and neither names it.
                let coissued = ty == Some(EntityType::Program) && a.ty == EntityType::Agency && a.start >= 2 && (chars[a.start - 1] == '、' || self.rules.core.is_conjunction(chars[a.start - 1])) && accepted.ending_at(a.start - 1).any(|j| accepted.all[j].ty == EntityType::Agency);
                if !owns || quoted_after || coissued {
                    push(&mut edges, p, if quoted_after || coissued { EdgeKind::Word } else { EdgeKind::Name });
                    p = a.start;
                    jumped = true;
                    break;
                }
                // An owner opens the name: nothing before it joins, but its year
                // (2024年|市政府立法计划).
                let mut s0 = a.start;
                if year && s0 >= 5 && chars[s0 - 1] == '年' && chars[s0 - 5..s0 - 1].iter().all(|c| c.is_ascii_digit()) {
                    s0 -= 5;
                }
                push(&mut edges, s0, EdgeKind::Hard);
                return edges;
            }
            if jumped {
                continue;
            }
            // (Not right before a registered legal form, 股份… or 有限…: a verb never stands
            // there, the word is the company's trade, 清洁服务|股份有限公司. A bare 公司 may
            // follow a verb, 完善|公司治理.)
            let before_legal_form = p == h0 && ty == Some(EntityType::Enterprise) && (chars[h0..].starts_with(&['股', '份']) || chars[h0..].starts_with(&['有', '限']));
            // (Nor a lone 为 after a character of a name, before nothing but a trade and a
            // legal form (鸿|为|科技有限公司, 瑞|为|技术有限公司): no company is named by its
            // trade alone, so 为 is the trade name's own character. 成为, 评为 and 认定为 are
            // verbs all the same.)
            // (A list's items are looked for with no type: 引进迈|为|股份、…等 is such a name too.)
            let trade_name_wei = matches!(ty, Some(EntityType::Enterprise) | None)
                && p >= 2
                && p < h0
                && chars[p - 1] == '为'
                && is_han(chars[p - 2])
                && !self.scan.boundary_before(p - 1)
                && self.scan.longest_ending(p, self.rules.core.boundary, self.rules).is_some_and(|(s, _)| s == p - 1)
                && match ty {
                    Some(_) => self.proper_chars(p, h0, None) == 0,
                    None => self.rules.lexicon.id("trade_name_suffix").is_some_and(|l| self.scan.longest_starting(p, h0, l, self.rules) == Some(h0)),
                };
            if boundaries && self.scan.boundary_before(p) && !public_group_from.is_some_and(|q| p > q) && !before_legal_form && !trade_name_wei {
                push(&mut edges, p, EdgeKind::Word);
            }
            // White space the normaliser took out before a place, after something that is no
            // place (政府网 |吉林市政府, 突出单位 |兰州高新区), stood between two names: the
            // place opens the second.
            if p < h0 && self.space_dropped_before(p) && self.scan.place_starting(p).is_some_and(|pl| pl.end - pl.start >= 2 && !pl.as_level) && !self.scan.places_within(p.saturating_sub(8), p).any(|pl| pl.end == p) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A count (一次, 两家) or a verb that names may open (研究, 促进: 促进会) right before
            // a level or a place in full is no part of the name the level or place opens
            // (申报一次|省级重点实验室, 促进|天津滨海高新技术产业开发区).
            if boundaries && p >= 2 && p < h0 {
                let opens_rank = || self.scan.place_starting(p).is_some_and(|pl| !pl.short || pl.with_own_level || self.rules.gazetteer.places[pl.place].level != crate::rules::PlaceLevel::County) || self.scan.longest_starting(p, h0, self.rules.core.level, self.rules).is_some();
                let counted = super::lists::is_numeral(chars[p - 2]) && matches!(chars[p - 1], '次' | '家' | '个' | '项' | '批' | '所' | '座' | '类');
                if (counted || self.scan.rank_verb_before(p)) && opens_rank() {
                    push(&mut edges, p, EdgeKind::Word);
                }
                // A count of bodies in numerals (十家|未来产业科技园) counts what follows, as
                // digits do: it is no word of a name. (Not inside a place's name: 五家渠.)
                if counted && chars[p - 1] == '家' && !self.scan.places_within(p.saturating_sub(4), p + 4).any(|pl| pl.start < p && p < pl.end) {
                    push(&mut edges, p, EdgeKind::Word);
                }
            }
            // A body's word ends its name: a body named right after it is another
            // (…海关|国家税务总局, a title's issuers written without separators). A body that
            // belongs to the one before it is named with it (a sub-body's owner; 市委科创委,
            // where 市委 may open a body's name).
            // (An office closing a body's name ends it too: 中共中央办公厅|国务院办公厅.)
            // (So does a sub-body's or a branch's word before a national body: 办公厅|国家…,
            // 广东分署|国家税务总局.)
            let national_after = |p: usize| self.scan.longest_starting(p, (p + 12).min(chars.len()), self.rules.core.national_agency, self.rules).is_some();
            let branch_ends = |p: usize| branch_word.is_some_and(|l| self.scan.ends_with(p, l, self.rules));
            let body_ends = |p: usize| self.scan.ends_with(p, self.rules.core.agency_body, self.rules) || self.scan.ends_with(p, self.rules.core.national_agency, self.rules) || ((self.scan.ends_with(p, self.rules.core.sub_body, self.rules) || branch_ends(p)) && national_after(p));
            if ty == Some(EntityType::Agency) && !owner && p <= h0 && !self.scan.is_protected(p) && body_ends(p) && !self.scan.ends_with(p, self.rules.core.agency_prefix, self.rules) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A bare level opening a body's name after a verb of sending or calling (…材料报|
            // 市科技局, 拨打|县科技局; list verb_before_level) ends the text before it.
            if ty == Some(EntityType::Agency)
                && p < h0
                && p >= 1
                && "省市县区".contains(chars[p])
                && self.rules.lexicon.id("verb_before_level").is_some_and(|l| self.scan.ends_with(p, l, self.rules))
                && self.scan.longest_starting(p + 1, (p + 12).min(chars.len()), self.rules.core.agency_body, self.rules).is_some()
                && !self.scan.places_within(p.saturating_sub(10), p + 1).any(|pl| pl.start < p + 1 && pl.end >= p + 1)
            {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A body's term of office before it (十五届|县委, 第十四届|省委) is no part of its
            // name: the body is the place's own. (An event keeps its term: 第十届…大会.)
            if ty == Some(EntityType::Agency) && p >= 2 && chars[p - 1] == '届' && (chars[p - 2].is_ascii_digit() || super::lists::is_numeral(chars[p - 2])) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A dash after a kind's head sets a name after it (…研究院—|苏州…研究院, 实验室—|…联合实验室).
            if p < h0 && p >= 2 && matches!(chars[p - 1], '—' | '－') && self.scan.head_ends_at(p - 1 - usize::from(chars[p - 2] == '—')) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // So does one after a company's legal form (…农业发展有限公司-|百果园星创天地): the
            // company runs what is named after it. (With only a head after it, the dash sets
            // no name apart: a head alone names nothing.)
            if p + 2 <= h0 && p >= 2 && super::is_dash(chars[p - 1]) && self.scan.ends_with(p - 1 - usize::from(chars[p - 2] == '—'), self.rules.core.legal_form, self.rules) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // A source opening its clause (据|苏州高新区管委会介绍) is no part of a name; inside a
            // word (大数|据) it is none.
            if p < h0 && c == '据' && (p == 1 || !is_han(chars[p - 2])) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A kind of company before a company's name is no part of it (龙头企业|鸿翔集团有限公司);
            // nor is the zone it is in, before the place its name opens with (望城经开区|长沙…有限公司).
            // (Short names found by their context, of no type yet, read it too: 高新区企业|麒麟软件.)
            // A province after a lower place and its district (晋城市城区|山西焕星科技有限公司) opens a company's
            // name: names run from the larger place down, so the places before are where the
            // writer lists it, not part of the name.
            if ty == Some(EntityType::Enterprise) && p < h0 && p >= 2 {
                let province = |pl: &crate::extract::PlaceHit| !pl.as_level && !pl.straddled && self.rules.gazetteer.places[pl.place].level == crate::rules::PlaceLevel::Province;
                if self.scan.place_starting(p).is_some_and(province) && self.scan.places_within(p.saturating_sub(10), p).any(|pl| pl.end <= p && p - pl.end <= 2 && self.scan.chars[pl.end..p].iter().all(|&c| is_han(c)) && !pl.as_level && self.rules.gazetteer.places[pl.place].level != crate::rules::PlaceLevel::Province) {
                    push(&mut edges, p, EdgeKind::Word);
                }
                // So does one after a town the gazetteer does not hold (大致坡镇|海南…有限责任公司).
                let town = matches!(chars[p - 1], '镇' | '乡') || chars[..p].ends_with(&['街', '道']);
                // (The gazetteer is asked directly: a place the scan read across the town's
                // last character, 坡|镇海|南, hides the province.)
                // (Or a city or county written in full, 罗店镇|宜昌市…有限公司: a town lies
                // in a county, so a whole place after it opens the next name.)
                let place_in_full_at = || {
                    self.rules.gazetteer.prefix(&chars[p..]).is_some_and(|(pl, len)| {
                        let place = &self.rules.gazetteer.places[pl];
                        place.level == crate::rules::PlaceLevel::Province || (place.name.chars().count() == len && place.name.chars().eq(chars[p..p + len].iter().copied()))
                    })
                };
                if town && p >= 3 && is_han(chars[p - 2]) && is_han(chars[p - 3]) && place_in_full_at() {
                    push(&mut edges, p, EdgeKind::Word);
                }
            }
            // (A kind of company whose rest names nothing, 科技企业|孵化器有限公司, is the
            // company's own trade.)
            // (Nor one opening a word of the trade, 台青企业|管理咨询: protected 企业管理.)
            if (ty == Some(EntityType::Enterprise) || ty.is_none()) && p < h0 && ((self.scan.ends_with(p, self.rules.core.company_kind, self.rules) && !self.scan.is_protected(p) && !(ty.is_some() && self.proper_chars(p, h0, None) == 0)) || (self.scan.ends_with(p, self.rules.core.zone, self.rules) && self.scan.place_starting(p).is_some_and(|pl| !pl.as_level && !pl.straddled && pl.end < h0))) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A zone after its place in full before a company's trade (宜昌市高新区|青岚数字科技
            // 有限公司) says where the company is; the zone's own companies are named by what
            // public groups do (宜昌市高新区|投资控股集团有限公司) and keep it.
            if ty == Some(EntityType::Enterprise) && p + 2 <= h0 && self.zone_before_trade(p, h0) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A platform's head before a place that opens a company's name (省工业设计中心|宜昌
            // 青岚电气股份有限公司) ends the category the company holds, not the company's words.
            if ty == Some(EntityType::Enterprise) && p < h0 && self.scan.head_of_type_ends_at(p, EntityType::Platform) && self.scan.place_starting(p).is_some_and(|pl| !pl.as_level && pl.end + 2 <= h0) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A zone and 内 before a company's name (…经济技术开发区内|宜昌青岚电器有限公司) say
            // where it is: no part of its name.
            // So does a zone and 在 before anything (宜昌高新区在|研发平台建设方面): 在 there is
            // a verb, whatever word it opens (在研).
            let zone_then = |c: char| chars[p - 1] == c && self.scan.ends_with(p - 1, self.rules.core.zone, self.rules);
            if p >= 3 && ((p < h0 && ty == Some(EntityType::Enterprise) && zone_then('内')) || zone_then('在')) {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            // The whole of a place as a scope (落实|全省|科技兴鄂六大行动) is no part of a
            // program's name. (A category keeps it: 全省瞪羚企业 are the province's.)
            if ty == Some(EntityType::Program) && p < h0 && p >= 2 && chars[p - 2] == '全' && matches!(chars[p - 1], '省' | '市' | '县') {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A known firm's kind before the company's platform (上市企业|宜昌青岚制药研发中心)
            // names the company, not the platform.
            if p < h0 && eminent_kind.is_some_and(|l| self.scan.ends_with(p, l, self.rules)) && self.proper_chars(p, h0, None) > 0 {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A quoted name right after a complete name or a conjunction stands alone
            // (…试点|“揭榜挂帅”行动, 自动驾驶和|“车路云一体化”试点).
            // (After a place it stays one: 宜昌市和|县科技局 is the county's own bureau, named
            // by the county alone. A platform after the place that holds the county it opens,
            // 马鞍山市|和县|…科技园, keeps the county in its name.)
            // (Nor after a whole name of the kind sought: …发展规划和|县…办法 is no 和县.)
            // (A conjunction's character opening a protected word, 同|位素, is none.)
            let is_conj = self.rules.core.is_conjunction(c)
                && if self.opens_place(p - 1) {
                    let mut places_before = self.scan.places_within((p - 1).saturating_sub(8), p - 1).filter(|pl| pl.end == p - 1).peekable();
                    if places_before.peek().is_none() {
                        ty.is_some_and(|t| self.scan.head_of_type_ends_at(p - 1, t))
                    } else {
                        places_before.any(|pl| ty == Some(EntityType::Agency) || !self.scan.place_starting(p - 1).is_some_and(|inner| inner.place != pl.place && self.rules.gazetteer.within(inner.place, pl.place)))
                    }
                } else {
                    // (A short place the character opens, 和龙, is no word either, when a
                    // complete name of the kind ends before it and a place opens after it:
                    // …有限公司和|龙口…有限公司. The gazetteer is asked directly: the scan
                    // read the place across the conjunction.)
                    !self.scan.is_protected(p) || (ty.is_some_and(|t| self.scan.head_of_type_ends_at(p - 1, t)) && self.rules.gazetteer.prefix(&chars[p..]).is_some_and(|(_, len)| len >= 2))
                };
            if p < h0 && chars[p] == '“' && (self.scan.head_ends_at(p) || is_conj) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A name or category and 有 introduce its members (省级众创空间有|A、B等2家); 有限
            // is a legal form's.
            // So does 有 before a place (…企业有|宜昌…有限公司): a name opening with 有 goes on
            // with no place (有研科技).
            // (Not where 有 opens a word, 有色, 有机: …有限公司|有色金属….)
            if p < h0 && p >= 2 && c == '有' && chars[p] != '限' && !self.rules.common.contains(&chars[p - 1..p + 1]) && (self.scan.head_ends_at(p - 1) || accepted.ending_at(p - 1).next().is_some() || self.scan.place_starting(p).is_some_and(|pl| !pl.as_level)) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // 与 before a company's registered name joins it to what precedes (博士生导师齐涛与|
            // 贵研资源(易门)有限公司): no registered name holds it.
            // (Unless what follows it names nothing on its own: 生命科学与|技术有限责任公司 is one
            // company's trade.)
            if ty == Some(EntityType::Enterprise) && p < h0 && c == '与' && !self.scan.is_protected(p - 1) && self.proper_chars(p, h0, None) > 0 {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A platform's head right after a conjunction (发展态势和|园区, 学校及|实验室) is a kind
            // coordinated with what precedes, not the end of one name
            // (unless activities or fields coordinate before the shared head: 中试及|示范基地 is
            // 中试基地 and 示范基地, 材料科学与|工程研究院 one institute of two fields).
            if p == h0
                && is_conj
                && ty == Some(EntityType::Platform)
                && self.rules.lexicon.id("shared_head_activity").is_none_or(|l| !self.scan.ends_with(p - 1, l, self.rules))
                && self.rules.lexicon.id("shared_head_field").is_none_or(|l| self.scan.longest_starting(h0, (h0 + 2).min(chars.len()), l, self.rules).is_none())
            {
                push(&mut edges, p, EdgeKind::Word);
            }
            // An example's marker opening its clause (…,如|大气污染…国家工程研究中心) is no part
            // of the name it introduces (如意 inside a name opens no clause).
            if p < h0 && c == '如' && (p == 1 || matches!(chars[p - 2], ',' | ';' | '。' | ':' | '\n' | '(')) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A conjunction opening its clause is a preposition (代表大兴区,与|中国融通、…签约).
            // (Not before one distinguishing character and a head, 同|济大学: the name holds it.)
            if p < h0 && is_conj && (p == 1 || matches!(chars[p - 2], ',' | '，' | ';' | '。' | ':' | '\n')) && self.proper_chars(p, h0, None) != 1 {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A conjunction before a place or after a name joins two names (与|上海…,
            // …分中心和|监管科学创新研究基地).
            if p <= h0 && is_conj {
                let place_before = self.scan.places_within((p - 1).saturating_sub(8), p - 1).any(|pl| pl.end == p - 1 && !pl.short);
                // A company's legal form ends its name: no company name coordinates inside
                // (水轮机厂公司和|森美公司), as a platform's may (…设计与制造工程技术研究中心).
                // Nor does a platform's head (…技术中心和|青岚科技股份有限公司).
                let company_before = (ty == Some(EntityType::Enterprise) && (self.scan.head_of_type_ends_at(p - 1, EntityType::Enterprise) || self.scan.head_of_type_ends_at(p - 1, EntityType::Platform)))
                    // Nor does a university's or a hospital's after a company's (…有限公司和|
                    // 三峡大学): the two found in one stage, the company is no accepted name yet.
                    || (ty == Some(EntityType::Institution) && self.scan.head_of_type_ends_at(p - 1, EntityType::Enterprise));
                // A platform's name after it that opens with its own owner is another
                // platform (…有限公司技术中心和|青岚科技股份有限公司技术中心).
                let owned_after = ty == Some(EntityType::Platform)
                    && self.scan.head_of_type_ends_at(p - 1, EntityType::Platform)
                    && accepted.starting_at(p).any(|o| matches!(accepted.all[o].ty, EntityType::Enterprise | EntityType::Institution) && accepted.all[o].end <= h0);
                // A closing quote before it ends a quoted name (“…中心”和|瑞丰陶瓷有限公司).
                let quoted_before = p >= 2 && chars[p - 2] == '”';
                // A body's level right after the conjunction opens another body (…和|省委、省政府),
                // and a level opens a platform's or a program's name the same way (发展情况和|
                // 省级民营科技园): no name holds a level after a conjunction.
                // (A bare 市 or 国家 may be a word's first character, 和|市场, 和|国家…: only a
                // rank written with 级 counts for those.)
                let level_body = p < h0
                    && self.opens_with_level(p, h0)
                    && (ty == Some(EntityType::Agency)
                        || self.scan.longest_starting(p, h0, self.rules.core.level, self.rules).is_some_and(|e| chars[p..e].contains(&'级'))
                        // …or any level after a program's head (…发展规划和|县…管理办法): the
                        // second title opens with its own issuer's level.
                        // (Not a level's character that opens a word, 和|市场化….)
                        || (ty == Some(EntityType::Program)
                            && self.scan.head_of_type_ends_at(p - 1, EntityType::Program)
                            && self.rules.lexicon.id("level_word").is_none_or(|l| self.scan.longest_starting(p, (p + 2).min(chars.len()), l, self.rules).is_none())));
                if ty == Some(EntityType::Designation) || company_before || owned_after || quoted_before || level_body || self.scan.place_starting(p).is_some() || place_before || accepted.ending_at(p - 1).next().is_some() {
                    push(&mut edges, p, EdgeKind::Word);
                } else if ty.is_some_and(|t| self.scan.head_of_type_ends_at(p - 1, t)) {
                    push(&mut edges, p, EdgeKind::Conj);
                }
            }
            // A quoted title before a body's level or place is the title of what the body
            // meets about (召开“创建…先进区”|区科技工作领导小组会议), not part of its name.
            if c == '”' && ty == Some(EntityType::Agency) && p < h0 && (self.scan.place_starting(p).is_some() || self.scan.longest_starting(p, h0, self.rules.core.level, self.rules).is_some()) {
                push(&mut edges, p, EdgeKind::Word);
            }
            // A registered name holds no quotation marks: a quoted word before a company's
            // name (“小巨人”|鸿翔科技有限公司) is the writer's, a title it holds.
            if c == '”' && ty == Some(EntityType::Enterprise) && p < h0 {
                push(&mut edges, p, EdgeKind::Hard);
                break;
            }
            match c {
                ')' | '”' => match matching_open(chars, p - 1, floor, c) {
                    // A news dateline's byline (…5日电(记者王明)|福建省…实验室) ends what
                    // precedes the name. (A trade ending in 电, 光电(漳州)有限公司, is no
                    // dateline: one has its day before 电.)
                    Some(open) if c == ')' && (chars[open + 1..].starts_with(&['记', '者']) || chars[open + 1..].starts_with(&['通', '讯', '员']) || (open > 1 && chars[open - 1] == '电' && (chars[open - 2] == '日' || chars[open - 2].is_ascii_digit()))) => {
                        push(&mut edges, p, EdgeKind::Hard);
                        break;
                    }
                    // A count of rounds before a quoted title (第三轮|“清零”行动, 五批|“…”工程)
                    // numbers the program's runs, no part of its name.
                    Some(open) if c == '”' && ty == Some(EntityType::Program) && open >= 2 && matches!(chars[open - 1], '轮' | '批') && crate::extract::lists::is_numeral(chars[open - 2]) => {
                        push(&mut edges, open, EdgeKind::Hard);
                        break;
                    }
                    Some(open) => {
                        p = open;
                        continue;
                    }
                    None => {
                        push(&mut edges, p, EdgeKind::Hard);
                        break;
                    }
                },
                '(' | '“' => {
                    push(&mut edges, p, EdgeKind::Hard);
                    break;
                }
                _ => {}
            }
            if c.is_ascii_digit() || masked_year {
                // An event's term (第33届|湖北省青少年科技创新大赛) is part of its name.
                if ty == Some(EntityType::Event) && chars.get(p) == Some(&'届') {
                    let mut q = p - 1;
                    while q > floor && chars[q - 1].is_ascii_digit() {
                        q -= 1;
                    }
                    if q > floor && chars[q - 1] == '第' {
                        p = q - 1;
                        continue;
                    }
                }
                // A program's code number (863|计划) is part of its name.
                if ty == Some(EntityType::Program) {
                    if let Some(q) = self.code_number_before(h0).filter(|_| p == h0) {
                        p = q;
                        continue;
                    }
                }
                let mut q = p - 1;
                while q > floor && (chars[q - 1].is_ascii_digit() || chars[q - 1] == '.' || (masked_year && is_masked_digit(chars[q - 1]))) {
                    q -= 1;
                }
                // A list's number run into the year (附件2.|2022年…) is no part of it.
                if chars.get(p) == Some(&'年') && p - q > 5 && p >= 5 && chars[p - 5] == '.' && chars[p - 4..p].iter().all(char::is_ascii_digit) {
                    q = p - 4;
                }
                // A year may open a program's name (2020年度…); otherwise a number ends the
                // name, with the classifier after it (3家, 12个).
                // A range of years (2022-2024年) is one year for this.
                if p - q == 4 && q >= 5 && matches!(chars[q - 1], '-' | '—' | '~' | '至' | '–') && chars[q - 5..q - 1].iter().all(|c| c.is_ascii_digit()) && chars.get(p) == Some(&'年') {
                    q -= 5;
                }
                let year_then_place = p - q == 4 && self.scan.place_starting(p).is_some() && chars[q..p].first() == Some(&'2');
                let is_year = (p - q == 4 || p - q == 9) && chars.get(p) == Some(&'年') || year_then_place;
                if year && is_year {
                    // A year before a place, a level or an agency is part of an annual
                    // program's title (2020年阜阳市…计划, 2024年市政府立法计划) and is tried
                    // first; before anything else it dates a round (2019年度“工业四十条”).
                    let after = if year_then_place { p } else if chars.get(p + 1) == Some(&'度') { p + 2 } else { p + 1 };
                    let titled = self.scan.place_starting(after).is_some()
                        || self.unknown_place_end(after, h0).is_some()
                        || self.scan.longest_starting(after, h0, self.rules.core.level, self.rules).is_some()
                        || self.rules.lexicon.id("region_opening").is_some_and(|l| self.scan.longest_starting(after, h0, l, self.rules).is_some())
                        || accepted.starting_at(after).any(|i| accepted.all[i].ty == EntityType::Agency);
                    if titled {
                        push(&mut edges, q, EdgeKind::Year);
                        push(&mut edges, after, EdgeKind::Year);
                    } else {
                        push(&mut edges, after, EdgeKind::Year);
                        push(&mut edges, q, EdgeKind::Year);
                    }
                    p = q;
                    continue;
                }
                // A technology's token (5G, 3D, 4K: one or two digits and a capital) is a word
                // of the name, not a count.
                // (A measure's unit, 12GW, 7GWh, has two letters or more.)
                // It is inside a name only after a word of the name (湖南|5G应用…, 广电(河南)|5G…),
                // not as a list's whole item (、5G、); opening an item, it is a word of the
                // item's name when Han words follow it (、3U双创众创空间).
                let opens_item = q > 0 && chars[q - 1] == '、' && chars.get(p + 1).is_some_and(|&c| is_han(c));
                if !is_year && p - q <= 2 && q > floor && (is_han(chars[q - 1]) || chars[q - 1] == ')' || opens_item) && chars.get(p).is_some_and(|c| c.is_ascii_uppercase()) && chars.get(p + 1).is_some_and(|c| !c.is_ascii_alphabetic()) {
                    p = q;
                    continue;
                }
                let mut at = p;
                // A measure's unit in Latin letters after the figure (3GW|光伏组件…, 20MWh|储能…)
                // is the figure's, no word of a name.
                let unit_end = (at..(at + 4).min(h0)).take_while(|&u| chars[u].is_ascii_alphabetic()).last().map_or(at, |u| u + 1);
                if unit_end > at + 1 && unit_end < h0 && !chars[unit_end].is_ascii() {
                    at = unit_end;
                }
                if let Some(e) = self.scan.longest_starting(at, h0, self.rules.core.classifier, self.rules) {
                    at = e;
                    // A magnitude and then the unit (20万|支, 3亿|只) count together.
                    if matches!(chars[at - 1], '万' | '亿' | '千' | '百') {
                        if let Some(e) = self.scan.longest_starting(at, h0, self.rules.core.classifier, self.rules).filter(|&e| e == at + 1) {
                            at = e;
                        }
                    }
                }
                push(&mut edges, at, EdgeKind::Hard);
                break;
            }
            p -= 1;
        }
        edges
    }

    /// Where a code number of three or four digits ends at `h0` (国家863|计划, 211|工程):
    /// its first digit. A year (2023|计划, 2023年) is none, nor a count (3个).
    pub(crate) fn code_number_before(&self, h0: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        let mut q = h0;
        while q > 0 && h0 - q < 5 && chars[q - 1].is_ascii_digit() {
            q -= 1;
        }
        let n = h0 - q;
        let year_like = n == 4 && matches!(chars[q], '1' | '2');
        ((3..=4).contains(&n) && !year_like && (q == 0 || !chars[q - 1].is_ascii_digit() && chars[q - 1] != '.')).then_some(q)
    }

    /// Where a count of holders before a title starts (跻身|全国15个|…之一): the title's
    /// start where there is none.
    fn before_count_of_holders(&self, start: usize) -> usize {
        let chars = &self.scan.chars;
        let mut p = start;
        if p > 0 && matches!(chars[p - 1], '个' | '家' | '座' | '批') {
            let mut q = p - 1;
            while q > 0 && (chars[q - 1].is_ascii_digit() || super::lists::is_numeral(chars[q - 1])) {
                q -= 1;
            }
            if q < p - 1 {
                p = q;
                if p >= 2 && matches!(&chars[p - 2..p], ['全', '国'] | ['全', '省'] | ['全', '球']) {
                    p -= 2;
                }
            }
        }
        p
    }

    /// Where a batch of holders before a title starts (入选|全国首批|…示范城市, 入选|第二批国家级|…),
    /// and whether it holds a level: the title's start and false where there is none. A batch
    /// of holders is how a list of those granted a title is named, so a verb of having won
    /// it may stand before the batch.
    fn before_batch_of_holders(&self, start: usize) -> (usize, bool) {
        const BATCH_MAX: usize = 6;
        let level_before = |p: usize| self.scan.longest_ending(p, self.rules.core.level, self.rules).map(|(s, _)| s);
        let after_level = level_before(start);
        let p = after_level.unwrap_or(start);
        match first_batch(&self.scan.chars, p.saturating_sub(BATCH_MAX), p).filter(|&(_, b1)| b1 == p) {
            Some((b0, _)) => {
                let before_level = level_before(b0);
                (before_level.unwrap_or(b0), after_level.is_some() || before_level.is_some())
            }
            None => (start, false),
        }
    }

    /// Characters of `[start, end)` that distinguish: not generic words, levels, places
    /// (full names, and any place opening the span), numbers, punctuation, or `skip`.
    pub(crate) fn proper_chars(&self, start: usize, end: usize, skip: Option<(usize, usize)>) -> usize {
        self.proper_chars_with(start, end, skip, None)
    }

    /// Characters of `[start, end)` outside its places and level words.
    fn purpose_len(&self, start: usize, end: usize) -> usize {
        let level = self.rules.core.level;
        let mut spans: Vec<(usize, usize)> = self.scan.places_within(start, end).map(|p| (p.start, p.end)).collect();
        spans.extend(self.scan.within(start, end).filter(|h| self.rules.lexicon.lists_of(h.pattern).contains(level)).map(|h| (h.start as usize, h.end as usize)));
        spans.sort_unstable();
        let (mut outside, mut covered_to) = (0, start);
        for (s, e) in spans {
            outside += s.saturating_sub(covered_to);
            covered_to = covered_to.max(e);
        }
        outside + end.saturating_sub(covered_to)
    }

    /// As `proper_chars`, also leaving out the words of `weak` (industry words in a
    /// company's name).
    pub(crate) fn proper_chars_with(&self, start: usize, end: usize, skip: Option<(usize, usize)>, weak: Option<crate::rules::ListId>) -> usize {
        self.proper_chars_quoting(start, end, skip, weak, true)
    }

    /// As `proper_chars_with`; with `quotes_distinguish` false, quotes and what they hold
    /// count as if unquoted (a category quoted whole, “湖北省科技特派员工作站”).
    fn proper_chars_quoting(&self, start: usize, end: usize, skip: Option<(usize, usize)>, weak: Option<crate::rules::ListId>, quotes_distinguish: bool) -> usize {
        if start >= end {
            return 0;
        }
        // One buffer for every call of a window (this runs for most candidates), taken and
        // given back; a call in between would only allocate its own.
        let mut covered = self.covered.take();
        covered.clear();
        covered.resize(end - start, false);
        let core = self.rules.core;
        for h in self.scan.within(start, end) {
            let lists = self.rules.lexicon.lists_of(h.pattern);
            // In a company's name a lone qualifying character opens a coined trade name (新|奥
            // of 新奥集团股份有限公司) as often as it qualifies.
            let lone_in_company = weak.is_some() && h.end - h.start == 1 && !lists.contains(core.level);
            if (lists.contains(core.generic) && !lone_in_company) || lists.contains(core.level) || weak.is_some_and(|w| lists.contains(w)) {
                covered[h.start as usize - start..h.end as usize - start].iter_mut().for_each(|c| *c = true);
            }
        }
        // Official place names are covered, and so is a short form with its own level (恩施州);
        // a short form otherwise only as a level (无锡市级), or opening a span whose rest is
        // all generic (南京重点实验室): a short form opening more is as often the start of a
        // name (凤泉湖, 紫金山).
        let mut short_at_start: Option<(usize, usize)> = None;
        for pl in self.scan.places_within(start, end) {
            if !pl.short || pl.as_level || pl.with_own_level {
                let e = if pl.as_level || pl.with_own_level { (pl.end + 1).min(end) } else { pl.end };
                covered[pl.start - start..e - start].iter_mut().for_each(|c| *c = true);
            } else if pl.start == start {
                short_at_start = Some((pl.start, pl.end));
            }
        }
        if let Some((a, b)) = skip {
            for i in a.max(start)..b.min(end) {
                covered[i - start] = true;
            }
        }
        // A place the gazetteer does not know opening the span, after its date (明州市…,
        // 2021年明州市…), is a place too.
        let mut s0 = start;
        while s0 < end && (self.scan.chars[s0].is_ascii_digit() || (s0 > start && matches!(self.scan.chars[s0], '年' | '度'))) {
            s0 += 1;
        }
        if self.scan.place_starting(s0).is_none() {
            if let Some(e) = self.unknown_place_end(s0, end) {
                covered[s0 - start..e - start].iter_mut().for_each(|c| *c = true);
            }
        }
        // Masks distinguish nothing (xx国家农业科技园区 names no more than a category).
        for (i, c) in self.scan.chars[start..end].iter().enumerate() {
            if is_mask(*c) {
                covered[i] = true;
            }
        }
        // Dates distinguish nothing (2022年, 2023年度, 3月).
        let all = &self.scan.chars;
        for i in start..end {
            let after_digit = i > 0 && all[i - 1].is_ascii_digit();
            if (after_digit && matches!(all[i], '年' | '月' | '日' | '届' | '期' | '批')) || (all[i] == '度' && i > 0 && all[i - 1] == '年') {
                covered[i - start] = true;
            }
        }
        // A quoted name distinguishes, whatever words it is made of (“双创计划”), but a
        // slogan in quotes (“一揽子”) does not; a distinctive word (创新券) distinguishes
        // though generic words are inside it.
        let mut quoted = start > 0 && self.scan.chars[start - 1] == '“';
        for (i, c) in self.scan.chars[start..end].iter().enumerate() {
            match c {
                '“' | '”' if !quotes_distinguish => covered[i] = true,
                '“' => quoted = true,
                '”' => quoted = false,
                _ if quoted && quotes_distinguish => covered[i] = false,
                _ => {}
            }
        }
        for h in self.scan.within(start, end) {
            let lists = self.rules.lexicon.lists_of(h.pattern);
            if lists.contains(core.distinctive) {
                covered[h.start as usize - start..h.end as usize - start].iter_mut().for_each(|c| *c = false);
            }
            if lists.contains(core.slogan) {
                covered[h.start as usize - start..h.end as usize - start].iter_mut().for_each(|c| *c = true);
            }
        }
        let chars = &self.scan.chars[start..end];
        // The characters not covered, and not in `also` (a span counted as covered too).
        // A conjunction joins names, and no name is one character: one right after a span's
        // first character, that distinguishes, is part of the name (康和|化工, 中和|电气).
        // (Only where the span opens a clause or an item: a word cut at its end, 拥有|量和…,
        // is no such character.)
        let opens_item = start == 0 || !is_han(self.scan.chars[start - 1]);
        let joined_inside = |i: usize, covered: &[bool]| i == 1 && opens_item && !covered[0] && is_han(chars[0]);
        // A digit in a word with Latin letters (3U, 5G) before or after other words of the
        // name (3U|双创众创空间) is part of a coined name, not a count; alone (、5G、) a field's.
        let in_latin_word = |i: usize| (chars.get(i + 1).is_some_and(char::is_ascii_alphabetic) || (i > 0 && chars[i - 1].is_ascii_alphabetic())) && chars.iter().any(|&c| is_han(c));
        let count = |covered: &[bool], also: std::ops::Range<usize>| {
            chars
                .iter()
                .zip(covered)
                .enumerate()
                .filter(|(i, (c, cov))| {
                    !**cov
                        && !also.contains(i)
                        && (!c.is_ascii_digit() || in_latin_word(*i))
                        && !c.is_ascii_punctuation()
                        && !matches!(c, '“' | '”' | '—' | '·' | '、')
                        && (!matches!(c, '和' | '与' | '及') || joined_inside(*i, covered))
                })
                .count()
        };
        let proper = count(&covered, 0..0);
        // With a short place form opening the span covered as well: no copy of the buffer.
        let place_only = short_at_start.is_some_and(|(a, b)| count(&covered, a - start..b - start) == 0);
        self.covered.set(covered);
        if place_only {
            return 0;
        }
        proper
    }

    /// A place's platform named with generic words that is built, opened or finished
    /// (宜昌市工业技术研究中心|项目全面封顶, …孵化器|揭牌) is one platform, not the category:
    /// categories are granted, not built.
    /// So is one that is founded or gone into (成立|远安县科创中心, 走进|…), and one that a
    /// university or a company named first sets up in a place (宜昌大学|远安县|产业技术研究院,
    /// settled case 4).
    fn built_platform(&self, rule: &NameRule, start: usize, h0: usize, end: usize, accepted: &AcceptedSet<'_>) -> bool {
        if rule.entity_type != EntityType::Platform || start >= h0 {
            return false;
        }
        let owner_end = accepted.starting_at(start).filter(|&i| matches!(accepted.all[i].ty, EntityType::Institution | EntityType::Enterprise) && accepted.all[i].end < h0).map(|i| accepted.all[i].end).max();
        let s = owner_end.unwrap_or_else(|| self.after_year(start, h0));
        // (A company's or university's platform that holds a rank, …有限公司|国家级企业技术中心,
        // is its own one too.)
        if owner_end.is_some() && self.scan.longest_starting(s, h0, self.rules.core.level, self.rules).is_some() {
            return true;
        }
        if !self.scan.place_starting(s).is_some_and(|p| !p.as_level) {
            return false;
        }
        owner_end.is_some()
            || self.scan.longest_starting(end, (end + 6).min(self.scan.chars.len()), self.rules.core.platform_instance_after, self.rules).is_some()
            || self.rules.lexicon.id("platform_instance_before").is_some_and(|l| self.scan.longest_ending(start, l, self.rules).is_some())
    }

    /// Where the quotation closing right at `end` opens, when another closes right before
    /// it (“A”“B”|): the last of quoted names written one after another.
    pub(crate) fn last_of_adjacent_quotes(&self, end: usize) -> Option<usize> {
        let q = self.quotation_ending(end)?;
        (q >= 1 && self.scan.chars[q - 1] == '”' && self.quotation_ending(q).is_some()).then_some(q)
    }

    /// Where the short quotation closing right at `end` (“…”|) opens: no quote mark or
    /// sentence stop inside.
    pub(crate) fn quotation_ending(&self, end: usize) -> Option<usize> {
        const QUOTED_MAX: usize = 20;
        self.quotation_ending_within(end, QUOTED_MAX)
    }

    /// Where the quotation closing right at `end` opens, `max` characters back at most,
    /// quotes included.
    pub(crate) fn quotation_ending_within(&self, end: usize, max: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        if end < 2 || chars[end - 1] != '”' {
            return None;
        }
        let q = (end.saturating_sub(max)..end - 1).rev().find(|&i| matches!(chars[i], '“' | '”') || is_stop(chars[i]))?;
        (chars[q] == '“' && q + 2 < end).then_some(q)
    }

    /// The quotation written right before the one opening at `open` (“A”|“B”), perhaps parted
    /// from it by 、 or a conjunction (“A”和|“B”): where it opens and where it ends.
    pub(crate) fn quotation_before(&self, open: usize) -> Option<(usize, usize)> {
        let chars = &self.scan.chars;
        if let Some(q) = self.quotation_ending(open) {
            return Some((q, open));
        }
        let parted = open > 1 && chars[open] == '“' && (chars[open - 1] == '、' || self.rules.core.is_conjunction(chars[open - 1]));
        if parted { self.quotation_ending(open - 1).map(|q| (q, open - 1)) } else { None }
    }

    /// Does the quoted text `[start, end)` read as a research project's title: long enough,
    /// no run of slogans (“育苗护苗、成林成势”), and one of `words` (…关键技术研究) where given?
    pub(crate) fn reads_as_title(&self, start: usize, end: usize, words: Option<crate::rules::ListId>) -> bool {
        // A title says what it studies and how: shorter than this it is a slogan or a
        // scheme's nickname (“青岚兴村”).
        const TITLE_MIN: usize = 6;
        end >= start + TITLE_MIN && !self.scan.chars[start..end].iter().any(|&c| matches!(c, '、' | ',' | ';')) && words.is_none_or(|l| self.scan.holds_word(start, end, l, self.rules))
    }

    /// Is `[s, e)` one quotation and nothing else: “…” with no quote marks inside.
    pub(crate) fn quoted_whole(&self, s: usize, e: usize) -> bool {
        let chars = &self.scan.chars;
        e >= s + 2 && chars[s] == '“' && chars[e - 1] == '”' && !chars[s + 1..e - 1].iter().any(|&c| matches!(c, '“' | '”'))
    }

    /// Is `[s, e)` a short label in quotes and nothing else (“一企一技术”): the name of a
    /// scheme, which a category of platforms may be named after.
    fn quoted_label(&self, s: usize, e: usize) -> bool {
        const LABEL_MAX: usize = 10;
        e >= s + 3 && e - s <= LABEL_MAX && self.quoted_whole(s, e) && !self.scan.chars[s + 1..e - 1].iter().any(|&c| is_stop(c))
    }

    /// Is `[s, e)` empty or made of common words end to end (科技|成果|转化), each two to four
    /// characters, at most twelve in all?
    pub(crate) fn all_common_words(&self, s: usize, e: usize) -> bool {
        const SPAN_MAX: usize = 12;
        if e < s || e - s > SPAN_MAX {
            return false;
        }
        let chars = &self.scan.chars;
        let mut reach = [false; SPAN_MAX + 1];
        reach[0] = true;
        for i in 0..e - s {
            if reach[i] {
                for len in 2..=4 {
                    if i + len <= e - s && self.rules.common.contains(&chars[s + i..s + i + len]) {
                        reach[i + len] = true;
                    }
                }
            }
        }
        reach[e - s]
    }

    /// Is `第` and a numeral right before position `p` (第三|条)?
    fn ordinal_before(&self, p: usize) -> bool {
        let chars = &self.scan.chars;
        let mut q = p;
        while q > 0 && (chars[q - 1].is_ascii_digit() || "一二三四五六七八九十百零〇两".contains(chars[q - 1])) {
            q -= 1;
        }
        q < p && q > 0 && chars[q - 1] == '第'
    }

    /// The end of a place name the gazetteer does not know, starting at `p`: two or three
    /// characters and a level character (南庄镇, 明州市), before `end`.
    pub(crate) fn unknown_place_end(&self, p: usize, end: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        (p + 2..=(p + 3).min(end.saturating_sub(1)))
            // …holding no common word (所在|区, 报所在|区: a protected word is one) and not
            // opening with a generic reference (有关|县, 相关|市).
            .find(|&e| {
                // Every province is in the gazetteer: an unknown X省 is words (近期|省科技厅).
                matches!(chars[e], '市' | '县' | '区' | '镇' | '乡' | '旗')
                    && chars[p..e].iter().all(|&c| is_han(c))
                    // …nor a particle or a verb of being and having, which no town's name
                    // holds (领导有|区委书记).
                    && !chars[p..e].iter().any(|c| matches!(c, '有' | '的' | '是' | '了' | '在' | '对' | '把' | '被' | '将' | '等'))
                    && !self.scan.boundary_before(e)
                    && (p + 1..=e).all(|k| !self.scan.is_protected(k))
                    && self.scan.longest_starting(p, e, self.rules.core.generic_reference, self.rules).is_none()
            })
            .map(|e| e + 1)
    }

    /// Does an amount of money start at `p` (1550万元, 3.2亿元)?
    fn amount_at(&self, p: usize) -> bool {
        let chars = &self.scan.chars;
        let mut q = p;
        while q < chars.len() && (chars[q].is_ascii_digit() || chars[q] == '.') {
            q += 1;
        }
        q > p && chars.get(q).is_some_and(|c| matches!(c, '万' | '亿' | '元' | '千'))
    }

    /// Does a verb of reaching and a count of units follow `p` (达到6个, 共3家)?
    fn count_after(&self, p: usize) -> bool {
        let chars = &self.scan.chars;
        // Without the verb the count may be a list's (A、B2个百亿级项目).
        let Some(from) = self.rules.lexicon.id("count_verb").and_then(|l| self.scan.longest_starting(p, (p + 4).min(chars.len()), l, self.rules)) else { return false };
        // A count that names what it counts after its classifier closes a list instead (A、B共2家|
        // 企业技术中心获得认定): the name is one of its items.
        self.classified_count(from).is_some_and(|(_, classifier)| chars.get(classifier + 1).is_none_or(|&c| !is_han(c) || self.scan.boundary_before(classifier + 1)))
    }

    /// Is `p` followed by a count of two or more and its classifier that ends the clause or
    /// an item (新增国家现代农业产业园3个。, 临床医学研究中心7家,): what it follows is counted.
    pub(crate) fn bare_count_after(&self, p: usize) -> bool {
        let chars = &self.scan.chars;
        self.classified_count(p).is_some_and(|(n, classifier)| n >= 2 && chars.get(classifier + 1).is_none_or(|&c| is_stop(c) || matches!(c, '、' | '和' | '及')))
    }

    /// Does a word of `list` stand before the first of the items that a list separated by 、
    /// runs through to `at` (先后被评为|A、B、|C): what it says of the first, it says of
    /// every item.
    fn verb_before_items(&self, at: usize, list: crate::rules::ListId) -> bool {
        const ITEM_MAX: usize = 24;
        const ITEMS_MAX: usize = 8;
        let chars = &self.scan.chars;
        let mut p = at;
        for _ in 0..ITEMS_MAX {
            if p < 2 || chars[p - 1] != '、' {
                return false;
            }
            let floor = (p - 1).saturating_sub(ITEM_MAX);
            let item_start = (floor..p - 1).rev().find(|&q| is_stop(chars[q]) || chars[q] == '、').map_or(floor, |q| q + 1);
            if (item_start..p - 1).any(|q| self.scan.ends_with(q, list, self.rules)) {
                return true;
            }
            p = item_start;
        }
        false
    }

    /// Does a verb of a recognition's frame (认定, 备案, 确定) open the clause that `wei` (its
    /// 为) is in, with the items between?
    fn in_recognition_frame(&self, wei: usize) -> bool {
        const FRAME_REACH: usize = 80;
        let chars = &self.scan.chars;
        let Some(verbs) = self.rules.lexicon.id("recognition_frame_verb") else { return false };
        // A 为 that ends another verb (更名为, 分别为) renames or lists, whatever opened the clause.
        if self.rules.lexicon.id("wei_not_frame").is_some_and(|l| self.scan.longest_ending(wei + 1, l, self.rules).is_some()) {
            return false;
        }
        let from = wei.saturating_sub(FRAME_REACH);
        let clause = (from..wei).rev().find(|&q| matches!(chars[q], '。' | ';' | '!' | '\n')).map_or(from, |q| q + 1);
        // A verb that qualifies the noun before 为 (认定的|17家省级新型研发机构为|A、B) makes
        // 为 a copula listing members, not the category granted.
        self.scan.within(clause, wei).any(|h| self.rules.lexicon.in_list(h.pattern, verbs) && (h.end as usize) + 2 <= wei && chars[h.end as usize] != '的')
    }

    /// Is `p` followed by a range of counts and its classifier (2—5个, 3至5家)?
    fn range_count_after(&self, p: usize) -> bool {
        let chars = &self.scan.chars;
        let Some((_, e)) = crate::extract::lists::count_value(chars, p).filter(|&(_, e)| e > p) else { return false };
        chars.get(e).is_some_and(|&c| matches!(c, '—' | '-' | '~' | '至' | '到')) && {
            let q = if chars.get(e + 1) == Some(&'—') { e + 2 } else { e + 1 };
            self.classified_count(q).is_some()
        }
    }

    /// A count starting at `p` and the classifier right after it (3个, 十二家): the number and
    /// where its classifier is.
    fn classified_count(&self, p: usize) -> Option<(usize, usize)> {
        let chars = &self.scan.chars;
        crate::extract::lists::count_value(chars, p).filter(|&(_, e)| e > p && chars.get(e).is_some_and(|&c| crate::extract::lists::is_classifier(c)))
    }

    /// Is `[start, end)` a bare kind right before the list or result of its holders
    /// (博士后创新实践基地|认定名单, …|评估结果), and so the category that list grants? Not after a
    /// conjunction: there it shares the rank of the kind before it, which it does not say
    /// (省科技企业孵化器和|众创空间|备案名单).
    pub(crate) fn kind_before_its_list(&self, start: usize, end: usize) -> bool {
        const WORD_MAX: usize = 6;
        let chars = &self.scan.chars;
        let coordinated = start > 0 && matches!(chars[start - 1], '和' | '及' | '与' | '、');
        !coordinated && self.rules.lexicon.id("category_list_after").is_some_and(|l| self.scan.longest_starting(end, (end + WORD_MAX).min(chars.len()), l, self.rules).is_some())
    }

    /// Is `[s, e)` a coined name: two to four Han characters holding no common word, no
    /// place starting in it, and no lexicon word that qualifies or ranks, nor one of `weak`
    /// (车汇莱, 龙犇; not 深国际, 清洁, 湖州)?
    pub(crate) fn coined_name(&self, s: usize, e: usize, weak: Option<crate::rules::ListId>) -> bool {
        let chars = &self.scan.chars;
        (2..=4).contains(&(e - s))
            && chars[s..e].iter().all(|&c| is_han(c))
            && (s..e).all(|q| self.scan.place_starting(q).is_none())
            && self.proper_chars_with(s, e, None, weak) == e - s
            && !self.rules.common.any_within(&chars[s..e])
    }

    /// Is `[start, end)` made only of places, levels and agency prefixes (where a body is)?
    pub(crate) fn only_places(&self, start: usize, end: usize, accepted: &AcceptedSet<'_>, body: Option<crate::rules::ListId>) -> bool {
        let core = self.rules.core;
        let mut p = start;
        let mut last_place: Option<usize> = None;
        'outer: while p < end {
            // A prefix that opens with a place and goes on past it (新疆|生产建设兵团) is the
            // prefix, not the place.
            if let Some(pl) = self.scan.place_starting(p).filter(|pl| self.scan.longest_starting(p, end, core.agency_prefix, self.rules).is_none_or(|e| e <= pl.end)) {
                if pl.end <= end {
                    // Places that name a body run from the larger to the smaller (江苏省泰州市).
                    if last_place.is_some_and(|outer| outer == pl.place || !self.rules.gazetteer.within(pl.place, outer)) {
                        return false;
                    }
                    last_place = Some(pl.place);
                    p = pl.end;
                    // A short form then 镇 or 乡 is a town of that name (海门镇), below
                    // whatever place the gazetteer knows by it.
                    // A short form then its own 州 is the place too (黔西南|州).
                    if pl.short && p < end && (matches!(self.scan.chars[p], '镇' | '乡') || self.scan.own_zhou_after(pl)) {
                        p += 1;
                    }
                    continue;
                }
            }
            // A zone or another agency opening the name (阜合现代产业园区经贸局, 区科技局党组).
            for i in accepted.starting_at(p) {
                let a = &accepted.all[i];
                if a.end <= end && matches!(a.ty, EntityType::Platform | EntityType::Agency) && a.end > p {
                    p = a.end;
                    continue 'outer;
                }
            }
            for list in [core.level, core.agency_prefix, core.zone] {
                if let Some(e) = self.scan.longest_starting(p, end, list, self.rules) {
                    p = e;
                    continue 'outer;
                }
            }
            // Another body the name belongs to (区科技局 in 区科技局党组).
            if let Some(heads) = body {
                if let Some(e) = self.scan.longest_starting(p, end, heads, self.rules) {
                    p = e;
                    continue 'outer;
                }
            }
            // A place the gazetteer does not know (a town, a new district): two to four
            // characters and a level character, at the start (南庄镇经济发展办公室).
            if p == start && last_place.is_none() {
                if let Some(e) = self.unknown_place_end(p, end) {
                    p = e;
                    continue 'outer;
                }
            }
            // So is a town right after its county (远安县|鸣凤镇人民政府, 浦东|老港镇): the
            // gazetteer stops at counties, and a county's towns are named in its bodies.
            if last_place.is_some_and(|pl| self.rules.gazetteer.places[pl].level == crate::rules::PlaceLevel::County) {
                if let Some(e) = self.unknown_place_end(p, end).filter(|&e| matches!(self.scan.chars[e - 1], '镇' | '乡')) {
                    p = e;
                    continue 'outer;
                }
            }
            // A named zone (阜合现代产业园区经贸局): a short name, then a zone word, up to
            // where the zone ends.
            let zone_end = (p + 2..=end.min(p + 12)).rev().find(|&e| self.scan.ends_with(e, core.zone, self.rules));
            if let Some(e) = zone_end {
                p = e;
                continue 'outer;
            }
            return false;
        }
        true
    }

    /// Does the span open with a level word, a place, or follow an agency directly?
    /// Where the words after a name's year, levels and places start (2024年|市级|… ,
    /// 重庆市|…), at most `h0`.
    fn after_levels(&self, start: usize, h0: usize, accepted: &AcceptedSet<'_>) -> usize {
        let core = self.rules.core;
        let mut s = self.after_year(start, h0);
        loop {
            // The longest opening wins: a level that opens a body's name (省|科技厅) is
            // part of the body (省科技厅|项目 is the body's projects).
            let next = [
                self.scan.place_starting(s).map(|p| p.end as usize),
                self.unknown_place_end(s, h0),
                self.scan.longest_starting(s, h0, core.level, self.rules),
                accepted.starting_at(s).filter(|&i| accepted.all[i].ty == EntityType::Agency && accepted.all[i].end <= h0).map(|i| accepted.all[i].end).max(),
            ]
            .into_iter()
            .flatten()
            .filter(|&e| e <= h0)
            .max();
            match next {
                Some(e) if e > s && e <= h0 => s = e,
                _ => return s,
            }
        }
    }

    /// Where a name's opening year ends (2020年|阜阳市…), at most `h0`.
    pub(crate) fn after_year(&self, start: usize, h0: usize) -> usize {
        let chars = &self.scan.chars;
        // (A year's last digits may be masked: 20xx年.)
        let masked_year = chars.get(start) == Some(&'2');
        (start..h0).find(|&s| !(chars[s].is_ascii_digit() || matches!(chars[s], '年' | '度') || (masked_year && is_masked_digit(chars[s])))).unwrap_or(h0)
    }

    /// A place alone before an institute's head that names one institute (沈阳|产业技术研究院,
    /// 山东|工业技术研究院): the place's own institute, not a category of them.
    fn placed_institute(&self, start: usize, h1: usize) -> bool {
        let Some((head, _)) = self.scan.longest_ending(h1, self.rules.core.placed_institute_head, self.rules) else { return false };
        self.scan.place_starting(start).is_some_and(|pl| !pl.as_level && pl.end == head)
    }

    /// Does a place's name of three characters or more open the text at `p`, its first
    /// character a conjunction's (和顺县, 和平区): the character is the place's, no conjunction.
    /// (A short form of two, 和平, is as often 和 and a word: 企业和平台.)
    fn opens_place(&self, p: usize) -> bool {
        self.scan.place_starting(p).is_some_and(|pl| !(pl.short && pl.end - pl.start < 3))
    }

    /// Did the normaliser drop a space between `p - 1` and `p`? (One or two characters: a
    /// pinyin gloss it drops, 區(qū), is longer.)
    fn space_dropped_before(&self, p: usize) -> bool {
        p > 0 && p < self.doc.origin.len() && (1..=2).contains(&(self.doc.origin[p].0.saturating_sub(self.doc.origin[p - 1].1)))
    }

    /// Is `[from, to)` made only of words of what a place's public investment groups do
    /// (发展, 投资, 城市建设, 交通; list `public_group_trade`)?
    fn public_group_trade(&self, from: usize, to: usize) -> bool {
        let Some(list) = self.rules.lexicon.id("public_group_trade") else { return false };
        let mut q = from;
        while q < to {
            match self.scan.longest_starting(q, to, list, self.rules) {
                Some(e) => q = e,
                None => return false,
            }
        }
        q == to && to > from
    }

    /// Does a zone named by its place end at `p`, with a company's own trade after it, not
    /// the words of a public group's (…高新区|投资控股集团)?
    fn zone_before_trade(&self, p: usize, h0: usize) -> bool {
        let Some((zs, _)) = self.scan.longest_ending(p, self.rules.core.zone, self.rules) else { return false };
        // (Only a place written in full: a registered name may hold its zone, by the city's
        // short form, 廊坊开发区|…仪器有限公司, where a report writes where the firm is,
        // 宿州市高新区|….)
        let placed = self.scan.places_within(zs.saturating_sub(8), zs).any(|pl| pl.end == zs && !pl.as_level && !pl.straddled && !pl.short);
        if !placed || self.scan.place_starting(p).is_some() {
            return false;
        }
        let chars = &self.scan.chars;
        let trade_end = if h0 >= p + 2 && chars[..h0].ends_with(&['集', '团']) { h0 - 2 } else { h0 };
        !self.public_group_trade(p, trade_end) && self.proper_chars(p, h0, None) >= 2
    }

    /// Does a level word open the text at `s` (before `h0`)? 区域, a region, is no district
    /// (区域性人才认定办法, 成果与区域司).
    fn opens_with_level(&self, s: usize, h0: usize) -> bool {
        !self.scan.chars[s..h0].starts_with(&['区', '域']) && self.scan.longest_starting(s, h0, self.rules.core.level, self.rules).is_some()
    }

    fn levelled(&self, start: usize, h0: usize, accepted: &AcceptedSet<'_>) -> bool {
        // A year before the level (2020年阜阳市…), and a scheme's rank before it (重点|省级
        // 星火计划项目).
        let s = self.after_year(start, h0);
        let chars = &self.scan.chars;
        let s = if s + 4 < h0 && matches!(chars[s..s + 2], ['重', '点'] | ['重', '大']) && self.opens_with_level(s + 2, h0) { s + 2 } else { s };
        self.scan.place_starting(s).is_some()
            || self.unknown_place_end(s, h0).is_some()
            || self.opens_with_level(s, h0)
            || self.rules.lexicon.id("region_opening").is_some_and(|l| self.scan.longest_starting(s, h0, l, self.rules).is_some())
            || accepted.ending_at(start).any(|i| accepted.all[i].ty == EntityType::Agency)
            || accepted.starting_at(start).any(|i| accepted.all[i].ty == EntityType::Agency)
    }

    /// Runs one name rule over the document.
    pub(crate) fn name_rule(&self, rule: &'a NameRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let mut last_end = usize::MAX;
        for h in self.scan.hits_in(rule.heads) {
            let (h0, h1) = (h.start as usize, h.end as usize);
            // Several head words end here (中心, 研究中心, 工程技术研究中心): the longest
            // is the head. Hits are sorted by end, then start.
            if h1 == last_end {
                continue;
            }
            last_end = h1;
            // A rule that needs a quoted name (“三进三帮”|活动) needs a closing quote within
            // its longest name before the head: most of its heads (活动, 机制) have none.
            if rule.quoted && !chars[h0.saturating_sub(rule.max_chars)..h0].contains(&'”') {
                continue;
            }
            // A head that ends inside a protected word (实行|动态 holds 行动) ends no name.
            if self.scan.is_protected(h1) {
                continue;
            }
            // A congress followed by its session (…人民代表大会|第五次会议) is named with it:
            // the session's 会议 ends the name.
            if rule.entity_type == EntityType::Event && session_after(chars, h1) {
                continue;
            }
            // A head followed directly by another head of the list (集团|有限公司) is not the
            // end of the name; nor is a head inside a longer head word of any rule (工程 in
            // 工程实验室), or one that a longer head of another rule ends with (所 in 分所).
            // (A body that belongs to it, 科技厅|党组, is another body: both are names.)
            let next_head = self.scan.longest_starting(h1, (h1 + 8).min(chars.len()), rule.heads, self.rules);
            // A head inside a protected word is none (党工委|委员: a member's post).
            // Two departments written together (科技厅|财政厅, 财政部|工业和信息化部, 科技部|中国
            // 科协, 财政厅|海关总署: a title's issuers whose spaces are gone) are two bodies: a
            // department's 厅, 局 or 部 ends its name, before another department's or a national
            // body's name; so does the centre's 中央 (党中央|国务院, 中共中央|国务院).
            let national_next = || self.scan.longest_starting(h1, (h1 + 12).min(chars.len()), self.rules.core.national_agency, self.rules).is_some();
            let two_bodies = rule.entity_type == EntityType::Agency
                && matches!(chars[h1 - 1], '厅' | '局' | '部' | '央')
                && next_head.is_some_and(|e| (e - h1 >= 3 && matches!(chars[e - 1], '厅' | '局' | '委' | '部' | '会' | '协' | '署')) || national_next());
            if !two_bodies && next_head.is_some_and(|e| !self.scan.ends_with(e, self.rules.core.sub_body, self.rules) && !self.scan.is_protected(e)) {
                continue;
            }
            // A rule whose names must open with given words (an academy's institutes) is
            // specific enough to claim its head whatever longer head ends there.
            if rule.opening.is_none() && self.scan.inside_longer_head(h0, h1) {
                continue;
            }
            // A zone's head word that 区 continues (示范园|区, 产业新城|区) is the start of a
            // longer one.
            // …and so is 城 that 市 continues (数字生态城|市: a city, 城市).
            if chars[h1 - 1] == '城' && chars.get(h1) == Some(&'市') {
                self.note(rule.entity_type, &rule.id, h0, h1, || "followed by 市: the word 城市".into());
                continue;
            }
            if rule.modifier == Modifier::Zone && chars.get(h1) == Some(&'区') && chars[h1 - 1] != '区' {
                self.note(rule.entity_type, &rule.id, h0, h1, || "followed by 区: part of a longer head".into());
                continue;
            }
            // A zone's 区 that opens 区域 (世界知名创新|区域) is a piece of that word. (Not
            // every word 区 opens: 高新区|位居 is a zone and a verb.)
            if chars[h1 - 1] == '区' && chars.get(h1) == Some(&'域') {
                self.note(rule.entity_type, &rule.id, h0, h1, || "its 区 opens 区域".into());
                continue;
            }
            // So is an institute's 院 before 所 (高校研究院所, 科研院所: institutes and
            // research institutes together), unless 所属 follows (研究院|所属企业).
            if chars[h1 - 1] == '院' && chars.get(h1) == Some(&'所') && chars.get(h1 + 1) != Some(&'属') {
                self.note(rule.entity_type, &rule.id, h0, h1, || "its 院 opens 院所".into());
                continue;
            }
            // A head word that 化 turns into a manner (集团化办学, 平台化运营, 公司化运作) names
            // nothing; 化工, 化学, 化肥, 化纤 and 化妆 open another word.
            if chars.get(h1) == Some(&'化') && !chars.get(h1 + 1).is_some_and(|c| "工学肥纤妆石".contains(*c)) {
                self.note(rule.entity_type, &rule.id, h0, h1, || "followed by 化: a manner, not a name".into());
                continue;
            }
            // A head right after the preposition 于 (感动于|开发区, 服务于|园区) is the thing
            // spoken of, bare: no name ends its distinguishing words with a preposition.
            if h0 > 0 && chars[h0 - 1] == '于' && self.scan.places_within(h0.saturating_sub(4), h0 + 1).all(|pl| pl.end != h0) {
                self.note(rule.entity_type, &rule.id, h0, h1, || "right after the preposition 于: the thing spoken of, unnamed".into());
                continue;
            }
            // 计划 right after the name of what can plan (a park's, a company's, a body's, or
            // their last character: 青岚园|计划|打造) and before a verb is the verb "plans to":
            // what it follows names no program.
            if rule.entity_type == EntityType::Program
                && chars[h0..h1] == ['计', '划']
                && h0 > 0
                && ([EntityType::Platform, EntityType::Enterprise, EntityType::Agency].into_iter().any(|ty| self.scan.head_of_type_ends_at(h0, ty)) || matches!(chars[h0 - 1], '园' | '司' | '局' | '厂'))
                && self.scan.longest_starting(h1, (h1 + 6).min(chars.len()), self.rules.core.boundary, self.rules).is_some()
            {
                self.note(rule.entity_type, &rule.id, h0, h1, || "计划 after a name that can plan and before a verb: the verb, not a plan".into());
                continue;
            }
            // A program described before a dash and its title (省级…行动计划——《宜昌市…》)
            // is that title's gloss: the title names the program.
            if rule.entity_type == EntityType::Program && chars.get(h1) == Some(&'—') && chars[h1..].iter().take(3).skip_while(|&&c| c == '—').next() == Some(&'《') {
                self.note(rule.entity_type, &rule.id, h0, h1, || "describes the title after the dash".into());
                continue;
            }
            // A head that ends a person's name before the person's title (张联盟|院士, 李中心|
            // 教授) is no head: the title says who. (A head opening there, 院士工作站, is
            // another name's.)
            if rule.entity_type == EntityType::Platform
                && self.rules.lexicon.id("person_title").is_some_and(|l| self.scan.longest_starting(h1, (h1 + 4).min(chars.len()), l, self.rules).is_some())
                && self.scan.longest_starting(h1, (h1 + 10).min(chars.len()), rule.heads, self.rules).is_none()
            {
                self.note(rule.entity_type, &rule.id, h0, h1, || "followed by a person's title: the end of a person's name".into());
                continue;
            }
            if let Some(list) = rule.not_before {
                if self.spoiled_after(h1, list) {
                    self.note(rule.entity_type, &rule.id, h0, h1, || "followed by a word that makes it part of a longer name".into());
                    continue;
                }
                if rule.not_before_shared && self.closes_shared_list(h1, list) {
                    self.note(rule.entity_type, &rule.id, h0, h1, || "opens a list whose last item's word is shared by every item".into());
                    continue;
                }
            }
            // A parenthesised qualifier after the head belongs to the name: 实施方案(试行),
            // 研究中心(低空电磁安全), 县(市、区). A list of names in parentheses is not one
            // (研发中心(华康、瑞达)).
            let mut end = h1;
            if chars.get(h1) == Some(&'(') {
                if let Some(close) = (h1 + 1..(h1 + 26).min(chars.len())).find(|&i| chars[i] == ')') {
                    let inner = &chars[h1 + 1..close];
                    let listed = inner.contains(&'、') && inner.split(|&c| c == '、').any(|item| item.len() > 2);
                    let worded = inner.iter().any(|&c| crate::normalise::is_cjk(c) && !c.is_ascii());
                    // (以下简称“X”) declares a short form; it is no part of the name.
                    let declares = inner.starts_with(&['以', '下']) || inner.starts_with(&['简', '称']) || inner.starts_with(&['下', '称']);
                    // (名单见附件), (详见附表), (名单附后) point elsewhere in the document.
                    let refers = inner.windows(2).any(|w| w == ['附', '件'] || w == ['附', '表'] || w == ['附', '后']) || inner.first() == Some(&'见') || inner.starts_with(&['详', '见']);
                    // (注册资本金万元), (盖章) remark on the entry, not on the name.
                    // (全市唯一), (筹) remark on the platform's standing.
                    let remark = inner.windows(2).any(|w| w == ['资', '本'] || w == ['万', '元'] || w == ['亿', '元'] || w == ['盖', '章'] || w == ['唯', '一'])
                        || inner == ['筹'] || inner == ['筹', '建']
                        // (全省仅6家), (共3家) count its peers; (原…开发区) gives its former name.
                        || inner.windows(2).any(|w| (w[0].is_ascii_digit() || crate::extract::lists::is_numeral(w[0])) && matches!(w[1], '家' | '个' | '所'))
                        || (inner.first() == Some(&'原') && inner.len() >= 3)
                        // (二期), (一期工程) is the phase being built, not the park's name (list
                        // phase_word, the phases a company's project is named with).
                        || self.rules.lexicon.id("phase_word").is_some_and(|l| self.scan.longest_starting(h1 + 1, close, l, self.rules) == Some(close))
                        // (材料未提交), (已撤销): a table's note on the entry's standing (list
                        // entry_note).
                        || self.rules.lexicon.id("entry_note").is_some_and(|l| (h1 + 1..close).any(|q| self.scan.longest_starting(q, close, l, self.rules).is_some()));
                    // In a list, a district in brackets closing an item (…众创空间(金水区)、…) is
                    // the list's column of where each is, not part of the name.
                    let district_column = matches!(rule.entity_type, EntityType::Platform | EntityType::Enterprise)
                        && inner.len() <= 6
                        && (matches!(chars.get(close + 1), Some('、' | ';' | '；')) || chars[h0.saturating_sub(40)..h0].windows(2).any(|w| w == [')', '、']))
                        && (self.scan.place_starting(h1 + 1).is_some_and(|pl| pl.end == close) || inner.last().is_some_and(|&c| matches!(c, '区' | '县')));
                    // (联合宜昌大学), (与…共建), (牵头) name a partner in the work or the role
                    // taken in it, not the name.
                    let partner = self.rules.lexicon.id("bracketed_partner").is_some_and(|l| self.scan.longest_starting(h1 + 1, close, l, self.rules).is_some());
                    // (无人机照片), (资料图片) caption the page's picture (list
                    // `bracketed_caption`), no part of the name.
                    let caption = self.rules.lexicon.id("bracketed_caption").is_some_and(|l| self.scan.holds_word(h1 + 1, close, l, self.rules));
                    // (市政府主楼1301房间), (西配楼463室) say where the office is.
                    let address = inner.iter().any(|c| c.is_ascii_digit()) && inner.iter().any(|c| matches!(c, '楼' | '室' | '号' | '层' | '房'));
                    // (明创科技有限公司) names the company that runs it, its owner; after a
                    // platform, so does a zone's committee, an institute or a park written whole
                    // there (…共同体(…科学院), …共同体(…示范区管委会); list `bracketed_operator`).
                    // (A university's college after it, 河南大学(化工学院), is its unit.)
                    let operator = self.scan.ends_with(close, self.rules.core.legal_form, self.rules)
                        || (rule.entity_type == EntityType::Platform && inner.len() >= 4 && self.rules.lexicon.id("bracketed_operator").is_some_and(|l| self.scan.ends_with(close, l, self.rules)));
                    // (委、局), (局), (经济和信息化委) after a body: other places' bodies of the same
                    // work, the plural of a notice's addressees (各省…科技厅(委、局)), no one body.
                    // A longer single name in brackets is the same body's other name
                    // (市场监督管理局(知识产权局)).
                    let alternatives = rule.entity_type == EntityType::Agency && !inner.is_empty() && (inner.contains(&'、') || inner.len() <= 2) && {
                        let mut ok = true;
                        let mut item_end = close;
                        for item_start in (h1 + 1..=close).rev().filter(|&i| i == h1 + 1 || chars[i - 1] == '、') {
                            let one_char_body = item_end == item_start + 1 && "局委厅办".contains(chars[item_start]);
                            ok &= item_end > item_start && (one_char_body || self.scan.longest_ending(item_end, rule.heads, self.rules).is_some_and(|(s, _)| s >= item_start));
                            item_end = item_start.saturating_sub(1);
                        }
                        ok
                    };
                    // …unless a place names the body (江陵县科技局(科协)): then the bracket names
                    // the body it shares its office with, and the name ends before it.
                    // (A place ending a list of places, 陕西省、宁夏回族自治区科技厅(科委), is one
                    // of the addressees still.)
                    let placed_body = alternatives
                        && (self.scan.places_within(h0.saturating_sub(12), h0).any(|pl| pl.end == h0 && !pl.as_level && (pl.start == 0 || !matches!(chars[pl.start - 1], '、' | ',' | '，')))
                            // …or the writer's own level (县科技局(科协)), not every one's (各县).
                            || (h0 >= 1 && matches!(chars[h0 - 1], '县' | '市' | '区' | '省') && (h0 < 2 || (!matches!(chars[h0 - 2], '各' | '、' | ')') && (!is_han(chars[h0 - 2]) || self.scan.boundary_before(h0 - 1))))));
                    if alternatives && !placed_body {
                        self.note(rule.entity_type, &rule.id, h0, close + 1, || "other bodies in brackets after it: the addressees of many places".into());
                        continue;
                    }
                    // A company's place in brackets before a base or project of its own
                    // (X集团(宜昌)|智能制造基地项目) says where that is; the company ends before
                    // it. Before a legal form it is the company's (X集团(宜昌)有限公司).
                    // So does an institute's before its branch there (…研究所(宜都)|柑橘产业研究院);
                    // a university's is its campus, part of its name (…大学(北京)).
                    let institute = rule.entity_type == EntityType::Institution && chars[h0..h1].ends_with(&['所']);
                    let site_of_next = (matches!(rule.entity_type, EntityType::Enterprise | EntityType::Platform) || institute) && self.scan.place_starting(h1 + 1).is_some_and(|pl| pl.end == close) && {
                        let mut i = close + 1;
                        let limit = (close + 1 + SITE_REACH).min(chars.len());
                        loop {
                            if i >= limit || !is_han(chars[i]) || is_stop(chars[i]) || self.scan.boundary_before(i) || self.scan.ends_with(i, self.rules.core.legal_form, self.rules) {
                                break false;
                            }
                            if self.scan.head_of_type_ends_at(i + 1, EntityType::Platform) || self.scan.head_of_type_ends_at(i + 1, EntityType::Project) {
                                break !self.scan.ends_with(i + 1, self.rules.core.legal_form, self.rules);
                            }
                            i += 1;
                        }
                    };
                    // A body's other name in brackets ends as a body's does (…局(知识产权局),
                    // …委员会(筹)); anything else after a body is the writer's remark on where
                    // or how to send (县科技局(并附电子版), …科(一式三份)).
                    let body_remark = rule.entity_type == EntityType::Agency
                        && !inner.is_empty()
                        && inner != ['筹']
                        && inner != ['筹', '建']
                        && !inner.last().is_some_and(|c| "局委厅办室会部署处科组".contains(*c))
                        && ![rule.heads, self.rules.core.agency_body, self.rules.core.national_agency, self.rules.core.sub_body].iter().any(|&l| self.scan.longest_ending(close, l, self.rules).is_some_and(|(s, _)| s > h1));
                    // A zone's town in brackets (…经开区(罗店镇), …园区(城关街道)) says where it
                    // lies: the zone's name ends before it. (A division the gazetteer knows,
                    // …高新区(高港区), is left to the name: the place it names is read there.)
                    let zone_where = rule.entity_type == EntityType::Platform
                        && matches!(chars[h1 - 1], '区' | '园' | '城')
                        && inner.len() >= 2
                        && (inner.ends_with(&['镇']) || inner.ends_with(&['乡']) || inner.ends_with(&['街', '道']))
                        && self.scan.place_starting(h1 + 1).is_none_or(|pl| pl.end + 1 < close);
                    // Between a company and 项目 a bracket names what the project makes or does
                    // (X有限公司(挖掘机)项目, (搬家安顿)项目): the project's words, not the company's.
                    let project_note = rule.entity_type == EntityType::Enterprise && chars[close + 1..].starts_with(&['项', '目']);
                    // A registered name is complete at its legal form (…股份有限公司): a bracket
                    // after it glosses the firm, its products in a list of champions (…有限公司
                    // (乳酸)), not its name, whose place or group goes before the form.
                    let after_registered = rule.entity_type == EntityType::Enterprise && chars[h0..h1].ends_with(&['公', '司']);
                    if worded && !listed && !declares && !refers && !remark && !address && !operator && !partner && !caption && !district_column && !placed_body && !site_of_next && !body_remark && !zone_where && !project_note && !after_registered && !inner.iter().any(|&c| is_stop(c) && c != '、') {
                        end = close + 1;
                    }
                }
            }
            // A name quoted whole after its place or level (江苏省“双创计划”): the quotes are
            // part of it, and the scan goes on before them.
            let mut scan_from = h0;
            if chars.get(h1) == Some(&'”') && end == h1 {
                if let Some(q) = (h0.saturating_sub(20)..h0).rev().find(|&i| chars[i] == '“') {
                    // …not a quoted phrase that holds the name after its verb (“走进|天津大学”).
                    // (A count in the quotes, “三个|一百工程”, is the coined title's own word.)
                    let counted = |p: usize| crate::extract::lists::is_classifier(chars[p - 1]) && crate::extract::lists::is_numeral(chars[p - 2]);
                    // (A program's title in quotes is whole, whatever verbs it holds: “高新技术企业
                    // 培育|青岚行动” is the campaign's name; its quotes set it apart from the clause.)
                    let titled = rule.entity_type == EntityType::Program && !self.scan.boundary_before(q + 2) && !self.scan.boundary_before(q + 3);
                    if !chars[q + 1..h0].iter().any(|&c| c == '”' || is_stop(c)) && (titled || !(q + 2..h0).any(|p| self.scan.boundary_before(p) && !counted(p))) {
                        end = h1 + 1;
                        scan_from = q;
                    }
                }
            }
            // (A scheme a place names, got by a company, is named before the sum it gave:
            // 获得|湖北省科技创新专项资金|200万元. The name must still distinguish itself.)
            let granted_scheme = || {
                let from = h0.saturating_sub(14);
                self.scan.places_within(from, h0).any(|pl| !pl.as_level && !pl.short && !chars[pl.start..h0].iter().any(|&c| is_stop(c)) && self.rules.lexicon.id("recognition_verb").is_some_and(|l| self.scan.ends_with(pl.start, l, self.rules)))
            };
            if rule.refuse_counted && self.amount_at(end) && !granted_scheme() {
                self.note(rule.entity_type, &rule.id, h0, end, || "followed by an amount of money: the label of a figure".into());
                continue;
            }
            // A platform whose address follows it in brackets (…管理服务平台(http://…), …信息
            // 平台(网址:…)) is a website where forms are filed, not a carrier of research.
            if rule.entity_type == EntityType::Platform && chars.get(end) == Some(&'(') && {
                let inner = &chars[end + 1..(end + 8).min(chars.len())];
                inner.starts_with(&['h', 't', 't', 'p']) || inner.starts_with(&['w', 'w', 'w']) || inner.starts_with(&['网', '址'])
            } {
                self.note(rule.entity_type, &rule.id, h0, end, || "its web address follows: a website, not a platform".into());
                continue;
            }
            // A platform counted right after it (农业科技示范基地达到6个) is a kind, whatever
            // stands before its head: one named platform is not counted.
            if rule.entity_type == EntityType::Platform && self.count_after(end) {
                self.note(rule.entity_type, &rule.id, h0, end, || "counted after it: a kind, not one platform".into());
                continue;
            }
            if rule.entity_type == EntityType::Enterprise {
                // A one-character form that makes a word with the next (厂|址, 厂|房), or that a
                // verb before makes a word with (宜昌设|厂, 进|厂; list verb_form_word), is no form.
                let in_word = h1 == h0 + 1
                    && ((h1 < chars.len() && self.rules.common.contains(&chars[h0..h1 + 1]))
                        || self.rules.lexicon.id("verb_form_word").is_some_and(|l| self.scan.longest_ending(h1, l, self.rules).is_some_and(|(s, _)| s < h0)));
                // A bare 公司 right after a conjunction (…与|公司发展) is the company spoken of,
                // joined to what precedes: no name ends with it.
                let spoken_of = chars[h0..h1] == ['公', '司'] && h0 > 0 && self.rules.core.is_conjunction(chars[h0 - 1]);
                if in_word || spoken_of {
                    self.note(rule.entity_type, &rule.id, h0, h1, || "no legal form here".into());
                    continue;
                }
            }
            // So is a company counted right after it (成立教授工作室2个, 转化产业化公司12家,), unless
            // its legal form is registered (…有限公司).
            if rule.entity_type == EntityType::Enterprise && self.bare_count_after(end) && !chars[h0..end].ends_with(&['有', '限', '公', '司']) && !chars[h0..end].ends_with(&['股', '份', '公', '司']) {
                self.note(rule.entity_type, &rule.id, h0, end, || "counted after it: a kind, not one company".into());
                continue;
            }
            let window = rule.max_chars.saturating_sub(h1 - scan_from);
            let mut edges = self.left_edges_for(scan_from, window, rule.owner, rule.boundaries, rule.year, Some(rule.entity_type), rule.designation_topic, accepted);
            // A title full of verbs after its owner's name (…有限公司|大功率…技术研究及其产业化)
            // is bounded by the owner, not by its verbs.
            if rule.owner_first {
                let unbounded = self.left_edges_for(scan_from, window, true, false, rule.year, Some(rule.entity_type), false, accepted);
                // A unit owned by an agency (…部|创新和高技术发展司) is bounded by that agency.
                let owners_agency = rule.owned_by.contains(&EntityType::Agency);
                if unbounded.last().is_some_and(|e| e.kind == EdgeKind::Hard && accepted.starting_at(e.at).any(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution) || (owners_agency && accepted.all[i].ty == EntityType::Agency))) {
                    edges = unbounded;
                }
            }
            if scan_from < h0 {
                // Before a quoted name only its place, level, owner or category joins it;
                // else the name is the quoted one (…网站首页|“火炬项目”).
                edges.retain(|e| {
                    e.at == scan_from
                        || self.only_places(e.at, scan_from, accepted, None)
                        || accepted.starting_at(e.at).any(|i| accepted.all[i].end == scan_from && matches!(accepted.all[i].ty, EntityType::Agency | EntityType::Designation | EntityType::Enterprise))
                });
                if edges.last().is_none_or(|e| e.at != scan_from) {
                    edges.push(Edge { at: scan_from, kind: EdgeKind::Hard });
                }
                if self.scan.longest_starting(end, (end + 8).min(chars.len()), rule.heads, self.rules).is_some() {
                    continue;
                }
            }
            // Quoted names written one after another before one head (“A”“B”“C”重点专项) are
            // each a name with it (GUIDELINES.md settled case 11): the head's own is the last;
            // the list rule gives the others theirs. (Only where that rule shares this head:
            // else the quotes together name one thing, “六个统筹”“六个优化”工作机制.)
            if matches!(rule.entity_type, EntityType::Program | EntityType::Platform) {
                let shared = || {
                    self.rules.enumerations.iter().any(|r| r.form == crate::rules::EnumerationForm::SharedHead && r.entity_type == rule.entity_type && self.scan.longest_ending(h1, r.nouns, self.rules).is_some_and(|(s, _)| s == h0))
                };
                if let Some(q) = self.last_of_adjacent_quotes(h0).filter(|_| shared()) {
                    edges.retain(|e| e.at >= q);
                    if edges.last().is_none_or(|e| e.at != q) {
                        edges.push(Edge { at: q, kind: EdgeKind::Hard });
                    }
                }
            }
            // The nearest edge decides; a name refused there may reach further left only over
            // an earlier name or a year (北京大学|科技开发有限公司), never over a boundary word.
            // A boundary word right before the head leaves no name: it belongs to the head
            // phrase (…建设项目), and the name may reach past it.
            let mut why_not = String::new();
            for (n_edge, edge) in edges.iter().enumerate() {
                let mut too_short = false;
                let result = self.judge(rule, edge.at, h0, h1, end, accepted).and_then(|c| {
                    let opens_levelled = self.scan.place_starting(edge.at).is_some() || self.scan.longest_starting(edge.at, h0, self.rules.core.level, self.rules).is_some();
                    let quoted = chars[edge.at..h0].contains(&'”');
                    // A name of the same kind found just before the conjunction is the first of
                    // two (明州研究院和|鸿翔研究院): a short second one stands alone too.
                    let after_name = edge.at >= 1 && out[out.len().saturating_sub(16)..].iter().any(|c| c.ty == rule.entity_type && c.end + 1 == edge.at && c.start < c.end);
                    if edge.kind == EdgeKind::Conj && self.proper_chars(edge.at, h0, None) < 3 && !opens_levelled && !quoted && !after_name {
                        too_short = true;
                        Err(self.why(|| format!("'{}' after a conjunction is too short to stand alone", self.doc.slice(edge.at, end))))
                    } else {
                        Ok(c)
                    }
                });
                match result {
                    Ok(mut c) => {
                        // A closing quote taken with the head keeps its name only with the
                        // opening one (简称“沙|区政府”: the body is 区政府, no quote).
                        if c.text.is_none() && c.end > c.start + 1 && chars[c.end - 1] == '”' && !chars[c.start..c.end - 1].contains(&'“') {
                            c.end -= 1;
                        }
                        // A place before a university named by its own place (泉州|天津大学…研究院)
                        // says where it works, not which one: the university is named without it.
                        if rule.entity_type == EntityType::Institution && c.text.is_none() {
                            if let Some(p1) = self.scan.place_starting(c.start).filter(|p| !p.as_level && !p.straddled) {
                                if self.scan.place_starting(p1.end).is_some_and(|p2| !p2.as_level && !p2.straddled && p2.end == h0 && p2.place != p1.place) {
                                    c.start = p1.end;
                                }
                            }
                        }
                        out.push(c);
                        why_not.clear();
                        break;
                    }
                    Err(why) => {
                        // A program listed right after one of its kind opened by the same level
                        // (省重点研发计划、|省技术创新专项) is named as its sibling is, however
                        // ordinary its words: writers list like with like.
                        let sibling = rule.entity_type == EntityType::Program
                            && edge.at >= 2
                            && matches!(chars[edge.at - 1], '、' | '和' | '及')
                            && "省市县区".contains(chars[edge.at])
                            && h0 >= edge.at + 3
                            && chars[edge.at..h0].iter().all(|&c| is_han(c))
                            && out[out.len().saturating_sub(16)..].iter().any(|c| c.ty == EntityType::Program && c.end + 1 == edge.at && chars[c.start] == chars[edge.at]);
                        if sibling {
                            out.push(Cand::new(rule.entity_type, edge.at, end, &rule.id, rule.priority));
                            why_not.clear();
                            break;
                        }
                        if !why_not.is_empty() {
                            why_not.push_str("; then ");
                        }
                        why_not.push_str(&why);
                    }
                }
                let bare = edge.at == h0 || chars.get(edge.at) == Some(&'(');
                let generic_head = rule.not_exactly.is_some_and(|l| self.scan.is_word(h0, h1, l, self.rules));
                // (So for a committee named by its purpose, where a place or level opens the
                // name further on, 国家创新型城市建设|领导小组, or where the purpose before the
                // next edge is stated at length: 数字经济发展推进|领导小组.)
                let placed_purpose = rule.purpose_chars > 0
                    && edges.get(n_edge + 1).is_some_and(|next| self.scan.place_starting(next.at).is_some_and(|p| !p.short || p.with_own_level) || self.scan.longest_starting(next.at, h0, self.rules.core.level, self.rules).is_some() || self.purpose_len(next.at, h0) >= rule.purpose_chars);
                let empty_word = edge.kind == EdgeKind::Word && bare && (generic_head || rule.levelled || placed_purpose) && self.scan.ends_with(edge.at, self.rules.core.head_phrase, self.rules);
                // What follows a conjunction too short to stand alone is the end of one name
                // that coordinates inside (科技计划项目与经费管理办法): the name may reach past it.
                // A registered name (…有限公司) that a word of its own cuts into a bare
                // category (北京瑞风协同|科技股份有限公司) reaches past that word: no company
                // is registered as a category alone.
                // (Only where a name of its own stands before the word: 近日,引进|科技有限公司
                // names no company.)
                let named_before_word = || {
                    let word_start = self.scan.longest_ending(edge.at, self.rules.core.boundary, self.rules).map_or(edge.at, |(ws, _)| ws);
                    edges.get(n_edge + 1).is_some_and(|next| next.at < word_start && self.proper_chars(next.at, word_start, None) >= 2)
                };
                let registered_category = edge.kind == EdgeKind::Word && rule.entity_type == EntityType::Enterprise && (chars[..h1].ends_with(&['有', '限', '公', '司']) || chars[..h1].ends_with(&['有', '限', '责', '任', '公', '司'])) && self.proper_chars(edge.at, h0, None) == 0 && named_before_word();
                if !matches!(edge.kind, EdgeKind::Name | EdgeKind::Year) && !empty_word && !too_short && !registered_category {
                    break;
                }
            }
            if !why_not.is_empty() {
                let at = edges.last().map_or(h0, |e| e.at);
                self.note(rule.entity_type, &rule.id, at, end, || why_not.clone());
            }
        }
    }

    /// Where the fields of work before a body word begin (满洲里市|工信和科技局: 工信和,
    /// 教育|科技局: 教育): words of `domains` ending at `h0`, each perhaps followed by 和,
    /// three at most, not reaching before `start`.
    fn before_domains(&self, start: usize, h0: usize, domains: Option<ListId>) -> usize {
        let Some(list) = domains else { return h0 };
        let chars = &self.scan.chars;
        let mut q = h0;
        for _ in 0..3 {
            let at = if q > start + 1 && chars[q - 1] == '和' { q - 1 } else { q };
            match self.scan.longest_ending(at, list, self.rules) {
                Some((s, _)) if s >= start => q = s,
                _ => break,
            }
        }
        q
    }

    /// Is `chars[last]` the end of a run of Latin letters and digits that a dot, slash or
    /// other path character opens (docx in ….docx, html in /a/b.html)?
    fn after_path_tail(&self, last: usize, floor: usize) -> bool {
        let chars = &self.scan.chars;
        let mut q = last;
        while q > floor && chars[q - 1].is_ascii_alphanumeric() && last - q < 12 {
            q -= 1;
        }
        q > floor && matches!(chars[q - 1], '.' | '/' | '\\' | '=' | '_' | '?' | '&' | '#')
    }

    /// Does `[start, end)` end with a company's own facility (list company_facility) that
    /// the words of a project follow, 建设 perhaps between (list owned_project_head)? (A
    /// park so written, …产业园|项目, is a platform still: it is read as the company's only
    /// where a trade name opens it.)
    fn facility_project_after(&self, start: usize, end: usize) -> bool {
        let Some(facility) = self.rules.lexicon.id("company_facility") else { return false };
        self.scan.longest_ending(end, facility, self.rules).is_some_and(|(fs, _)| fs > start) && self.project_words_at(end)
    }

    /// Do the words of a project (list owned_project_head) start at `at`, 建设 perhaps
    /// before them?
    pub(crate) fn project_words_at(&self, at: usize) -> bool {
        let Some(project) = self.rules.lexicon.id("owned_project_head") else { return false };
        let chars = &self.scan.chars;
        let at = if chars[at..].starts_with(&['建', '设']) { at + 2 } else { at };
        self.scan.longest_starting(at, (at + 4).min(chars.len()), project, self.rules).is_some()
    }

    /// Does a platform's head word (产业园, 研究院) end at `at`?
    fn platform_head_ending(&self, at: usize) -> bool {
        self.rules.names.iter().any(|r| r.entity_type == EntityType::Platform && self.scan.ends_with(at, r.heads, self.rules))
    }

    /// Does a company's event (list project_event: 签约, 开工), an adverb perhaps before it
    /// (正式签约), follow `at`?
    pub(crate) fn project_event_after(&self, at: usize) -> bool {
        let chars = &self.scan.chars;
        let Some(event) = self.rules.lexicon.id("project_event") else { return false };
        // A date may stand between (…项目|7月8日|竣工投产).
        let at = super::lists::date_after(chars, at);
        let at = self.rules.lexicon.id("event_adverb").and_then(|l| self.scan.longest_starting(at, (at + 3).min(chars.len()), l, self.rules)).unwrap_or(at);
        self.scan.longest_starting(at, (at + 4).min(chars.len()), event, self.rules).is_some()
    }

    /// The name `[start, end)` with its head at `h0`: a candidate, or why not.
    fn judge(&self, rule: &'a NameRule, start: usize, h0: usize, h1: usize, end: usize, accepted: &AcceptedSet<'a>) -> Result<Cand<'a>, String> {
        let chars = &self.scan.chars;
        let core = self.rules.core;
        let mut start = start;
        let edge = start;
        // A name never opens with a conjunction or a bracket. (A word that opens with a
        // conjunction's character, 同位素, protected, is none.)
        while start < h0 && ((core.is_conjunction(chars[start]) && !self.opens_place(start) && !self.scan.is_protected(start + 1)) || bad_first(chars[start])) && chars[start] != '(' {
            start += 1;
        }
        // …nor is the first character of a name that leaves one of its own without it (同|济大学:
        // a university named by one character is none), of one found already (同济大学|…研究院:
        // the owner's name is whole), or of an item between two of a list's marks, where no
        // conjunction stands (、|和远…有限公司|、; opening a clause after 、, 同 or 与 is a
        // preposition still: 、同|宜昌大学建立…).
        if start == edge + 1 && core.is_conjunction(chars[edge]) {
            let between_marks = edge > 0 && chars[edge - 1] == '、' && chars.get(end) == Some(&'、') && chars[edge] != '及';
            // (Nor where a bracket of names after their count opens: 10家(|同翔…有限公司、….)
            let opens_counted_bracket = edge >= 3
                && chars[edge - 1] == '('
                && matches!(chars[edge - 2], '家' | '个' | '户' | '所')
                && (chars[edge - 3].is_ascii_digit() || super::lists::is_numeral(chars[edge - 3]))
                && matches!(chars.get(end), Some('、' | ')'));
            let found = || accepted.starting_at(edge).any(|i| accepted.all[i].ty != EntityType::Place && accepted.all[i].end <= end);
            let needs_it = || rule.min_proper >= 2 && self.proper_chars(start, h0, None) == 1 && self.proper_chars(edge, h0, None) >= rule.min_proper;
            if between_marks || opens_counted_bracket || found() || needs_it() {
                start = edge;
            }
        }
        // A platform's name holds no other platform and a conjunction (…创业服务中心和|青岚
        // 科创创业园): two names coordinated, the second starts after the conjunction.
        // (So does a district written in full before the conjunction: 青岚新区和|鸿翔科技城.)
        if rule.entity_type == EntityType::Platform {
            // (A 新区 the gazetteer may not know is a district too: GUIDELINES.md, settled case 2.)
            let place_ends = |c: usize| chars[c - 2..c] == ['新', '区'] || self.scan.places_within(c.saturating_sub(8).max(start), c).any(|pl| pl.end == c && !pl.short && !pl.as_level && !pl.landform);
            if let Some(c) = (start + 2..h0.saturating_sub(2)).rev().find(|&c| core.is_conjunction(chars[c]) && !self.scan.is_protected(c) && (self.scan.head_of_type_ends_at(c, EntityType::Platform) || (place_ends(c) && !self.opens_place(c)))) {
                start = c + 1;
            }
        }
        // Nor with the unit of a figure before it (…1000万|公里金刚石切割生产线): the figure
        // and what it measures belong to the name before them.
        if start > 0 && (chars[start - 1].is_ascii_digit() || (start > 1 && matches!(chars[start - 1], '万' | '千' | '亿') && chars[start - 2].is_ascii_digit()))
            && self.rules.lexicon.id("capacity_unit").is_some_and(|l| self.scan.longest_starting(start, h0, l, self.rules).is_some())
        {
            return Err(self.why(|| "opens with the unit of a figure".into()));
        }
        // 原 before a place in brackets (…高新区(原|宜昌高新技术产业开发区)) says the name was
        // the place's former one: the name starts at the place.
        if start < h0 && chars[start] == '原' && start > 0 && chars[start - 1] == '(' && self.scan.place_starting(start + 1).is_some_and(|pl| !pl.as_level) {
            start += 1;
        }
        // …but a round in brackets (获评2017年|(第24批)|国家级企业技术中心) says when it was
        // granted: the name starts after it.
        if start < h0 && chars[start] == '(' {
            match first_batch(chars, start + 1, h0) {
                Some((b0, b1)) if b0 == start + 1 && chars.get(b1) == Some(&')') && b1 + 1 < h0 => start = b1 + 1,
                _ => return Err(self.why(|| "opens with a bracket".into())),
            }
        }
        // A place written before a larger one that holds it (钦州|广西金桂浆纸业有限公司) is a
        // label, as a list's city column is: names run from the larger place to the smaller.
        if let Some(a) = self.scan.place_starting(start) {
            if let Some(b) = self.scan.place_starting(a.end).filter(|b| b.end < h0 && b.place != a.place) {
                if self.rules.gazetteer.within(a.place, b.place) {
                    start = a.end;
                }
            }
        }
        // A zone named by its kind alone (开发区|青岚机械有限公司) says where the company
        // stands: its name starts after the zone (list bare_zone_opening).
        if rule.entity_type == EntityType::Enterprise {
            if let Some(e) = self.rules.lexicon.id("bare_zone_opening").and_then(|l| self.scan.longest_starting(start, h0, l, self.rules)) {
                if h0 >= e + 2 {
                    start = e;
                }
            }
        }
        let text = |s: usize| self.scan.folded(s, end);
        if let Some(list) = rule.not_opening {
            if self.scan.opens_with_refused(start, h0.max(start + 1), list, self.rules) {
                return Err(self.why(|| format!("'{}' opens with a refused word", text(start))));
            }
        }
        if let Some(list) = rule.not_exactly {
            if self.scan.is_word(start, end, list, self.rules) {
                return Err(self.why(|| format!("'{}' is a generic term", text(start))));
            }
        }
        // What a company builds for itself, written with the project it is (…产业基地|项目,
        // …生产基地|建设项目, …制造基地|一期): the whole is the company's Project (settled
        // case 5), and the base is no platform of its own.
        if rule.entity_type == EntityType::Platform && self.facility_project_after(start, end) {
            return Err(self.why(|| format!("'{}' is a company's works named by the project after it", text(start))));
        }
        // X项目 where X is a park's or a centre's name (…产业园|项目) is its construction, and
        // X项目 that is signed or started (…研发加工项目|签约) a company's: a scheme is
        // declared, funded and run, never built.
        if rule.entity_type == EntityType::Program && chars[h0..h1] == ['项', '目'] && (self.platform_head_ending(h0) || self.project_event_after(h1)) {
            return Err(self.why(|| format!("'{}' is a project that is built, not a scheme", text(start))));
        }
        // A year dates one round of the scheme (2024年明州市科技计划项目): only an undated
        // one is the category.
        if let Some(list) = rule.not_exactly_levelled.filter(|_| self.after_year(start, h0) == start) {
            let bare = self.after_levels(start, h0, accepted);
            if bare > start && self.scan.is_word(bare, end, list, self.rules) {
                return Err(self.why(|| format!("'{}' is a generic term after its level or place", text(start))));
            }
        }
        if let Some(list) = rule.branch_after {
            if self.scan.ends_with(start, list, self.rules) {
                return Err(self.why(|| format!("'{}' is a branch of the body before it", text(start))));
            }
        }
        if let Some(list) = rule.not_after {
            // (A word before a list says nothing of an item that opens with its own place:
            // 各区(市、县)、|宜昌经开区 is the one zone.)
            let own_place = || self.scan.place_starting(start).is_some_and(|pl| !pl.as_level) && !self.scan.ends_with(start, list, self.rules);
            if self.preceded_by(start, list) && !own_place() {
                return Err(self.why(|| format!("'{}' follows a word that makes it generic", text(start))));
            }
        }
        // A program's kind closing a list of titles (《A》《B》等|市级科技创新平台管理办法) is
        // what the titles are, not one more.
        if rule.entity_type == EntityType::Program && start >= 2 && self.scan.chars[start - 1] == '等' && matches!(self.scan.chars[start - 2], '》' | '”') {
            return Err(self.why(|| format!("'{}' closes a list of titles: their kind", text(start))));
        }
        // A bare body in a list that 各 opens (各市州科技局、高新区管委会: an addressee line) is
        // every one of its kind, no one body.
        if rule.entity_type == EntityType::Agency && start > 0 && self.scan.chars[start - 1] == '、' && !self.scan.places_within(start, h0).any(|p| !p.as_level) && self.list_opened_by_each(start) {
            return Err(self.why(|| format!("'{}' is an item of a list 各 opens: every one of its kind", text(start))));
        }
        // A body's name before 网 names its website (吉林省政府网, 湖北政府网站), on a page's
        // banner or links, not the body at work.
        if rule.entity_type == EntityType::Agency && self.scan.chars.get(end) == Some(&'网') && self.scan.chars.get(end + 1).is_none_or(|&c| !matches!(c, '络' | '格')) {
            return Err(self.why(|| format!("'{}' names a website", text(start))));
        }
        // A body's short form opening a document number (工信厅企业函|〔2018〕381号) names
        // no issuer (settled case 1): it is the number's prefix.
        if rule.entity_type == EntityType::Agency && self.document_number_after(end) {
            return Err(self.why(|| format!("'{}' opens a document number", text(start))));
        }
        // The body of a category of zones (国家级经开区|管委会, an addressee: all of them) is
        // no one body: a zone's committee is named by its zone's place or name.
        let ranked_category = || {
            let chars = &self.scan.chars;
            self.scan.longest_starting(start, h0, self.rules.core.level, self.rules).is_some_and(|e| chars[start] == '国' || chars[start..e].contains(&'级'))
                && self.proper_chars(start, h0, None) == 0
                && self.scan.ends_with(h0, self.rules.core.zone, self.rules)
                && !self.scan.places_within(start, h0).any(|p| !p.as_level)
        };
        if rule.entity_type == EntityType::Agency && start < h0 && ranked_category() {
            return Err(self.why(|| format!("'{}' is the body of a category, not one body", text(start))));
        }
        if rule.entity_type == EntityType::Enterprise && start + 2 <= h0 && chars[h0..h1] == ['厂'] && self.scan.place_starting(start).is_none() {
            // 工厂 as a word (电芯工|厂, not 化工|厂) is what a company builds, not a registered
            // form, and so is a plant named by its trade or what it does in ordinary words
            // alone (食品|加工|厂, 饲料|加工|厂): a registered factory opens with its place or
            // has a name of its own, which may be a word too (宏达|水泥厂).
            let plant_word = chars[h0 - 1] == '工' && !self.rules.common.contains(&chars[h0 - 2..h0]);
            let trade_first = || self.scan.longest_starting(start, h0, self.rules.core.industry, self.rules).is_some();
            let work_last = || self.rules.lexicon.id("plant_work").is_some_and(|l| self.scan.longest_ending(h0, l, self.rules).is_some());
            if plant_word || (self.all_common_words(start, h0) && (trade_first() || work_last())) {
                return Err(self.why(|| format!("'{}' names a plant, not a company", text(start))));
            }
        }
        if let Some(list) = rule.not_containing {
            if let Some(h) = self.scan.within(start, end).find(|h| self.rules.lexicon.in_list(h.pattern, list)) {
                return Err(self.why(|| format!("'{}' contains '{}'", text(start), self.rules.lexicon.words[h.pattern as usize])));
            }
        }
        if let Some(list) = rule.opening {
            // A year and a round before the opening word date the name (第三批|省级…产业园).
            let mut open_at = self.after_year(start, h0);
            if let Some((_, b1)) = first_batch(chars, open_at, h0).filter(|&(b0, _)| b0 == open_at) {
                open_at = b1;
            }
            if self.scan.longest_starting(start, h0.max(start + 1), list, self.rules).is_none() && (open_at == start || self.scan.longest_starting(open_at, h0.max(open_at + 1), list, self.rules).is_none()) {
                return Err(self.why(|| format!("'{}' does not open as the rule needs", text(start))));
            }
            // An institute's branch in a city (…研究所扬州研究院) is a platform it has.
            // (So is one whose place is in brackets: …研究所(宜都)柑橘产业研究院.)
            let placed_at = |p: usize| self.scan.place_starting(p).is_some() || (chars.get(p) == Some(&'(') && self.scan.place_starting(p + 1).is_some_and(|pl| chars.get(pl.end) == Some(&')')));
            let branch = self.scan.within(start, h0).any(|h| self.rules.lexicon.in_list(h.pattern, rule.heads) && placed_at(h.end as usize));
            if branch {
                return Err(self.why(|| format!("'{}' is a branch of the institution it opens with", text(start))));
            }
        }
        if let Some(list) = rule.preceded_by {
            // After the name, the word does only for a title that says what it is
            // (创新型省份|建设), not for a bare kind of zone, the tail of a longer name as
            // often as not (…议程创新示范区|建设, …发展先行区|建设).
            const TITLE_ALONE: usize = 4;
            let followed = end - start >= TITLE_ALONE && rule.or_followed_by.is_some_and(|l| self.scan.longest_starting(end, (end + 8).min(chars.len()), l, self.rules).is_some());
            // …or the second of two titles the word governs (建设创新型城市和|创新型省份): the
            // first ends with a head of the rule and follows the word.
            const TITLE_MAX: usize = 12;
            let second = start > 2 && matches!(chars[start - 1], '和' | '与' | '及' | '、') && self.scan.longest_ending(start - 1, rule.heads, self.rules).is_some() && {
                let from = (start - 1).saturating_sub(TITLE_MAX);
                (from..start - 1).rev().take_while(|&q| !is_stop(chars[q])).any(|q| self.scan.ends_with(q, list, self.rules))
            };
            // …or the last of quoted names written one after another (开展“A”|“B”活动), or
            // joined by a conjunction (开展“A”“B”和|“C”活动): the word before the first
            // governs them all.
            let after_quotes = {
                let mut q = start;
                while let Some((open, _)) = self.quotation_before(q) {
                    q = open;
                }
                q < start && self.scan.ends_with(q, list, self.rules)
            };
            if !self.scan.ends_with(start, list, self.rules) && !followed && !second && !after_quotes {
                return Err(self.why(|| format!("'{}' is not preceded by the words the rule needs", text(start))));
            }
        }
        if rule.refuse_masked {
            // (A masked year, 20xx年, hides no part of the name.)
            let start = self.after_year(start, h0);
            let masked = chars[start..end].iter().filter(|c| is_mask(**c)).count();
            // One mask between Chinese characters hides a word (陕西X钢铁有限责任公司); a
            // letter among letters is part of a written name (TCL).
            let hidden_word = (start + 1..end.saturating_sub(1)).any(|i| is_mask(chars[i]) && crate::normalise::is_cjk(chars[i - 1]) && crate::normalise::is_cjk(chars[i + 1]));
            // …but a name whose place alone is masked, or one word of it, keeps what names the
            // company (**市金土地生态农业有限责任公司, 陕西X钢铁有限责任公司): settled case 12
            // keeps it as written. Only a name with nothing distinguishing left (xx有限公司,
            // XX科技有限公司) is masked whole.
            let last_mask = (start..h0).rev().find(|&i| is_mask(chars[i]));
            let rest_from = last_mask.map_or(start, |m| if chars.get(m + 1).is_some_and(|c| "省市县区".contains(*c)) { m + 2 } else { m + 1 });
            let named_beyond = rest_from < h0 && self.proper_chars(rest_from, h0, None) >= 2;
            if (masked >= 2 || hidden_word || chars.get(start).is_some_and(|c| is_mask(*c))) && !named_beyond {
                return Err(self.why(|| format!("'{}' is masked", text(start))));
            }
        }
        // The owner opening the name.
        let after_year = if start + 5 <= h0 && self.scan.chars[start..start + 4].iter().all(|c| c.is_ascii_digit()) && self.scan.chars[start + 4] == '年' { start + 5 } else { start };
        let owner = if rule.owner {
            accepted.starting_at(start).chain(accepted.starting_at(after_year)).find(|&i| {
                let a = &accepted.all[i];
                a.end <= h0 && matches!(a.ty, EntityType::Enterprise | EntityType::Institution | EntityType::Agency)
            })
        } else {
            None
        };
        // A named platform's branch in another place (…实验室|宜昌|基地, …工程中心|温州|分中心)
        // opens with that platform instead of a company or an institution.
        let platform_branch = || self.place_before_branch(start, h0, |p| self.scan.head_of_type_ends_at(p, EntityType::Platform)).is_some();
        if !rule.owned_by.is_empty() && !owner.is_some_and(|i| rule.owned_by.contains(&accepted.all[i].ty)) && !(owner.is_none() && h0 > start + 3 && platform_branch()) {
            return Err(self.why(|| format!("'{}' does not open with its owner", text(start))));
        }
        let skip = owner.map(|i| (accepted.all[i].start, accepted.all[i].end));
        // What follows the owner opens the name's own words: a refused word there refuses it as
        // at the start (…有限公司|总经理王明…: the officer, no project).
        if let (Some(list), Some((_, owner_end))) = (rule.not_opening, skip) {
            if owner_end < h0 && self.scan.opens_with_refused(owner_end, h0, list, self.rules) {
                return Err(self.why(|| format!("'{}' opens with a refused word after its owner", text(owner_end))));
            }
        }
        // A unit word of the rule's own between the body and the head (中共中央|办公厅 国务院|
        // 办公厅) ends one unit's name: two bodies written together, not one.
        if rule.owned_by.contains(&EntityType::Agency) {
            if let Some((_, owner_end)) = skip.filter(|&(_, e)| e < h0) {
                // A unit word ending inside a protected word (农村|科|技处) is no unit, as a
                // head there ends no name.
                if self.scan.within(owner_end, h0).any(|h| self.rules.lexicon.in_list(h.pattern, rule.heads) && !self.scan.is_protected(h.end as usize)) {
                    return Err(self.why(|| format!("'{}' holds two units", text(start))));
                }
            }
        }
        let mut ty = rule.entity_type;
        // A company's registered name opening a program's words (宜昌青岚汽车股份有限公司
        // “一二五”工程) names the company's own works: a Project it undertakes (settled case 5),
        // no government program.
        if ty == EntityType::Program && owner.is_some_and(|i| accepted.all[i].ty == EntityType::Enterprise && self.scan.ends_with(accepted.all[i].end, self.rules.core.legal_form, self.rules)) {
            ty = EntityType::Project;
        }
        // A research project's title quoted before 项目 (宜昌市|“…关键技术研究”|项目, X有限公司|
        // “…研发”|项目) names a project, not a program: project.quoted-title reads the title,
        // without the word.
        if rule.entity_type == EntityType::Program && chars[h0..end] == ['项', '目'] && self.quotation_ending(h0).is_some_and(|q| {
            let title_words = self.rules.lexicon.id("project_title_word");
            title_words.is_some() && self.reads_as_title(q + 1, h0 - 1, title_words)
        }) {
            return Err(self.why(|| format!("'{}' ends with a project's quoted title", text(start))));
        }
        match rule.modifier {
            Modifier::Any => {
                if start >= h0 && rule.min_proper > 0 {
                    return Err(self.why(|| "no modifier".into()));
                }
            }
            Modifier::Generic => {
                // A round (第三批) says when, not what: it distinguishes no category.
                let proper = match batch_within(&self.scan.chars, start, h0 + 1) {
                    Some((b0, b1)) if b1 <= h0 => self.proper_chars(start, b0, None) + self.proper_chars(b1, h0, None),
                    // A category quoted whole (通过“湖北省专精特新中小企业”认定) is marked, not
                    // distinguished, by its quotes.
                    _ if self.quoted_whole(start, end) => self.proper_chars_quoting(start, h0, None, None, false),
                    _ => self.proper_chars(start, h0, None),
                };
                if proper > 0 {
                    return Err(self.why(|| format!("'{}' names more than a category", text(start))));
                }
            }
            Modifier::Place => {
                // The fields of a merged or sector body stand between its place and its body
                // word (满洲里市|工信和|科技局, 省|工信|委): what must be places starts before them.
                let body_at = h0;
                let h0 = self.before_domains(start, h0, rule.domains);
                // Fields right after another body (自治区党委|科技|委员会) name that body's
                // committee, which its own name must open with.
                if h0 < body_at && start == h0 && self.scan.ends_with(start, rule.heads, self.rules) {
                    return Err(self.why(|| format!("'{}' follows another body, which it belongs to", text(start))));
                }
                // A level's party committee, then the level again (州委|州政府, 市委|市政府) is
                // two bodies written together: this one starts at its own level.
                if h0 >= start + 3 && self.scan.chars[start + 1] == '委' && self.scan.chars[start] == self.scan.chars[start + 2] && "省市县区州盟旗".contains(self.scan.chars[start]) {
                    start += 2;
                }
                // Levels run together (省市|党委, 市县|科技局) name the bodies of several levels,
                // no one body.
                // So do levels with others in brackets (县(市、区)|科技局), an addressee's plural.
                if h0 >= start + 2 && self.scan.chars[start..h0].iter().all(|c| "省市县区乡镇州盟旗()、".contains(*c)) {
                    return Err(self.why(|| format!("'{}' names bodies of several levels", text(start))));
                }
                // Only a body that belongs to another (党组, 办公室) may follow one in its name.
                let sub = self.scan.ends_with(h1, self.rules.core.sub_body, self.rules);
                let body = sub.then_some(rule.heads);
                // An agency is named by where it is: its name starts at the longest run of
                // places, levels and prefixes before the body, whatever comes before that
                // (…议事规则|市委科创委).
                let known_start = |s: usize| self.scan.place_starting(s).is_some() || self.scan.longest_starting(s, h0, self.rules.core.level, self.rules).is_some() || self.scan.longest_starting(s, h0, self.rules.core.agency_prefix, self.rules).is_some();
                // Before fields, only a place the gazetteer knows or a level: a guessed town
                // there is the words before the name (申请材料报|市|工信委).
                if !self.only_places(start, h0, accepted, body) || (h0 < body_at && !known_start(start)) {
                    match (start + 1..h0).find(|&s| !self.scan.is_protected(s) && known_start(s) && self.only_places(s, h0, accepted, body)) {
                        // The body's own start must not follow a generic word either (所在|县科技局).
                        Some(s) if rule.not_after.is_some_and(|l| self.preceded_by(s, l)) => return Err(self.why(|| format!("'{}' follows a word that makes it generic", text(s)))),
                        Some(s) => start = s,
                        None if rule.owner || h0 - start > 0 => return Err(self.why(|| format!("'{}': only places and levels may stand before the body", text(start)))),
                        None => {}
                    }
                }
                // So do they where the first is a level of its own right before the name
                // (盟|市科技局, 州|县政府), unless it ends a place (福州|市).
                if start > 0 && start < h0 && "省市县区乡镇盟州旗".contains(chars[start - 1]) && "省市县区乡镇".contains(chars[start]) && !self.scan.places_within(start.saturating_sub(8), start).any(|p| p.end == start) {
                    return Err(self.why(|| format!("'{}' names bodies of several levels", self.scan.folded(start - 1, end))));
                }
            }
            Modifier::Proper | Modifier::Zone => {
                // A parenthesised qualifier after the head distinguishes as much as a
                // modifier (重点研发计划(社会发展)).
                // A qualifier never makes a category one instance (省重点实验室(华康药业)).
                let qualifier = if end > h1 + 1 && rule.generic.is_none() { self.proper_chars(h1 + 1, end - 1, None) } else { 0 };
                // (A masked year, 20xx年, distinguishes no more than a year written in full.)
                let year_end = self.after_year(start, h0);
                let from = if self.scan.chars[start..year_end].iter().any(|&c| is_masked_digit(c)) { year_end } else { start };
                // A platform quoted whole is a category when its words are (“企业院士专家工作
                // 站”, “创新园区”) or when its province or city opens it (“湖北省科技特派员工作
                // 站”), however it is quoted: the quotes coin nothing.
                let quoted_whole = rule.entity_type == EntityType::Platform
                    && (self.scan.chars[start] == '“' || (start > 0 && self.scan.chars[start - 1] == '“'))
                    && !self.scan.chars[start + 1..h1].contains(&'”');
                let unquoted = if quoted_whole { self.proper_chars_quoting(from, h0, skip, rule.undistinguishing, false) } else { 0 };
                let opened_by_region = || {
                    let s = if self.scan.chars[start] == '“' { start + 1 } else { start };
                    self.scan.place_starting(s).is_some_and(|p| {
                        !p.short && !p.as_level && matches!(self.rules.gazetteer.places[p.place].level, crate::rules::PlaceLevel::Province | crate::rules::PlaceLevel::Prefecture)
                    })
                };
                // (A short form of a province before generic words, “安徽工业技术创新研究院”, may
                // name the province's own institute: the quotes keep it one.)
                let quoted_category = quoted_whole && ((unquoted == 0 && self.scan.places_within(start, h0).next().is_none()) || opened_by_region());
                let proper = if quoted_category { unquoted } else { self.proper_chars_with(from, h0, skip, rule.undistinguishing) } + qualifier;
                // Two trade words or more (航天精工, 精密机械) distinguish as much as a name:
                // one alone (医药有限公司) does not.
                let proper = if rule.undistinguishing.is_some() && proper < rule.min_proper && self.proper_chars_with(start, h0, skip, None) >= 4 { rule.min_proper } else { proper };
                // A program's code number right before its head (863计划, 211工程) names it.
                let proper = if rule.entity_type == EntityType::Program && self.code_number_before(h0).is_some_and(|q| q >= start) { proper.max(rule.min_proper) } else { proper };
                // So does a coinage in quotes right before its head (“卡脖子”|工程), once it
                // has two characters of its own.
                let quoted_coinage = rule.entity_type == EntityType::Program && h0 >= start + 4 && self.scan.chars[h0 - 1] == '”' && {
                    let open = (start..h0 - 1).rev().find(|&q| self.scan.chars[q] == '“');
                    open.is_some_and(|o| self.proper_chars(o + 1, h0 - 1, None) >= 2)
                };
                let proper = if quoted_coinage { proper.max(rule.min_proper) } else { proper };
                // So does a code number in quotes, as 863计划 does without them (“215”, “15+7”):
                // opening the name (“215”|工业企业培育工程), or right before the head after levels or places
                // only (国家“973”|计划; 原|国家“973”计划 is the former programme). A way of
                // working so numbered (“1324”工作机制) is no scheme.
                let quoted_code = rule.entity_type == EntityType::Program && !self.scan.chars[h0..h1].ends_with(&['机', '制']) && !self.scan.chars[h0..h1].ends_with(&['制', '度']) && {
                    let ch = &self.scan.chars;
                    let opening = ch[start] == '“' && {
                        let digits = ch[start + 1..h0].iter().take_while(|&&c| is_code_char(c)).count();
                        is_code(&ch[start + 1..start + 1 + digits]) && ch.get(start + 1 + digits) == Some(&'”')
                    };
                    let before_head = h0 >= start + 4 && ch[h0 - 1] == '”' && {
                        let digits = ch[start..h0 - 1].iter().rev().take_while(|&&c| is_code_char(c)).count();
                        is_code(&ch[h0 - 1 - digits..h0 - 1]) && h0 >= start + digits + 2 && ch[h0 - 2 - digits] == '“' && self.after_levels(start, h0, accepted) == h0 - 2 - digits
                    };
                    opening || before_head
                };
                let proper = if quoted_code { proper.max(rule.min_proper) } else { proper };
                // A recognition category in a program's name says what it is about
                // (高新技术企业培育计划).
                let named_category = rule.designation_topic && accepted.overlapping(start, h0).any(|i| accepted.all[i].ty == EntityType::Designation && accepted.all[i].start >= start && accepted.all[i].end <= h0);
                // A weak head after the agency that runs it names that agency's scheme
                // (省政府|高质量发展考核, 市政府|立法计划).
                let run_by_agency = rule.entity_type == EntityType::Program && owner.is_some_and(|i| accepted.all[i].ty == EntityType::Agency) && skip.is_some_and(|(_, e)| e < h0);
                // A platform word after the company or university that has it names that
                // one's own platform (…有限公司技术中心, 中科院科技成果转化中心), however
                // generic the word (settled cases 4 and 7).
                // A rank between them (…有限公司市级中试平台) makes it the category held.
                // (A university's own park keeps its rank, 明州大学|国家|大学科技园: a university
                // has one, and the rank is what it was built as.)
                let university_park = |i: usize| accepted.all[i].ty == EntityType::Institution && self.rules.lexicon.id("rank_kept_by_owner").is_some_and(|l| self.scan.ends_with(h1, l, self.rules));
                let owned_instance = rule.entity_type == EntityType::Platform
                    && owner.is_some_and(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution) && (!self.levelled(accepted.all[i].end, h0, accepted) || university_park(i)));
                // A round in brackets right after the head (…提升工程(第一批)) is a scheme's:
                // only a named program is run in numbered rounds.
                let in_rounds = rule.entity_type == EntityType::Program && proper >= 2 && self.scan.chars.get(h1) == Some(&'(') && first_batch(&self.scan.chars, h1 + 1, (h1 + 8).min(self.scan.chars.len())).is_some_and(|(b0, b1)| b0 == h1 + 1 && self.scan.chars.get(b1) == Some(&')'));
                // A regulation a place or level issues (县重点产业科技专项资金管理暂行办法) is one
                // document, however generic what it governs.
                let regulation = rule.entity_type == EntityType::Program && start < h0 && self.scan.ends_with(h1, self.rules.core.regulation_head, self.rules) && self.levelled(start, h0, accepted);
                // A program quoted whole (“栽树工程”, “强基工程”) is coined, however short:
                // two characters of its own name it.
                let chars_here = &self.scan.chars;
                let quoted_whole = rule.entity_type == EntityType::Program && proper >= 2 && chars_here[start] == '“' && (chars_here.get(h1) == Some(&'”') || chars_here[h1 - 1] == '”');
                // A fund a place sets up is named by the place and what it invests in (远安县|
                // 产业发展|基金, 省|创业投资引导|基金): the place's one fund, however generic its
                // words. (A rank written with 级, 市级产业基金, names the funds of a level.)
                let placed_fund = rule.entity_type == EntityType::Program
                    && proper < rule.min_proper
                    && {
                        let s = self.after_year(start, h0);
                        self.scan.place_starting(s).is_some_and(|p| !p.as_level && (!p.short || p.with_own_level))
                            || (s + 1 < h0 && self.scan.longest_starting(s, h0, self.rules.core.level, self.rules) == Some(s + 1) && self.scan.place_starting(s + 1).is_none())
                    }
                    && self.rules.lexicon.id("place_fund_head").is_some_and(|l| self.scan.ends_with(h1, l, self.rules));
                let topical = run_by_agency || named_category || owned_instance || in_rounds || regulation || quoted_whole || placed_fund || rule.topic.is_some_and(|t| self.scan.holds_word(start, h1, t, self.rules));
                let proper = if topical { proper.max(rule.min_proper) } else { proper };
                // A committee is named by its purpose, however generic its words
                // (高新技术企业认定管理工作|领导小组), once the purpose is stated at length. A bare
                // office is named by the body it belongs to (中国科协|企业工作办公室), not by its work.
                let office = self.scan.chars[h0..h1] == ['办', '公', '室'];
                // A place or level opening it makes it that place's own: two characters of
                // purpose then name it (庆城县|科技|工作领导小组, 区|科技|工作领导小组).
                let placed_group = rule.purpose_chars > 0 && (self.scan.place_starting(start).is_some_and(|p| !p.short || p.with_own_level) || self.scan.longest_starting(start, h0, self.rules.core.level, self.rules).is_some());
                // A place's own office is named by its work at length (武汉市|技术市场管理|办公室).
                let purpose_needed = match (placed_group, office) {
                    (true, true) => 4,
                    (true, false) => 2,
                    (false, _) => rule.purpose_chars,
                };
                let proper = if rule.purpose_chars > 0 && proper < rule.min_proper && (!office || placed_group) && self.purpose_len(start, h0) >= purpose_needed { rule.min_proper } else { proper };
                // A zone, lab or event may be named by its place and generic words alone
                // (杭州高新区, 重庆实验室, 2023无锡市科技创新创业大赛).
                // …unless a count stands before it (一个|大连市实验室, 两个|开发区): then the
                // place and head name a kind, counted.
                // (A count of new ones, 8家|新建|…工作站, counts them as well.)
                let counted_at = |q: usize| q >= 2 && crate::extract::lists::is_classifier(self.scan.chars[q - 1]) && crate::extract::lists::is_numeral(self.scan.chars[q - 2]);
                let count_end = if counted_at(start) {
                    Some(start)
                } else {
                    start.checked_sub(2).filter(|&q| q >= 2 && self.scan.chars[q] == '新' && matches!(self.scan.chars[q + 1], '建' | '增' | '设') && counted_at(q))
                };
                let counted = count_end.is_some();
                let placed = rule.modifier == Modifier::Zone
                    && start < h0
                    && proper == 0
                    && !counted
                    && self.scan.places_within(start, h0).any(|p| {
                        // A province names a category of its zones; a municipality (重庆市),
                        // one city, names one. A university named by its province is one
                        // (浙江大学, 浙江理工大学).
                        let place = &self.rules.gazetteer.places[p.place];
                        (!p.short || p.start == start)
                            && (place.level != crate::rules::PlaceLevel::Province
                                || place.name.ends_with('市')
                                || matches!(rule.entity_type, EntityType::Institution | EntityType::Event)
                                || self.scan.ends_with(h1, self.rules.core.province_named_zone_head, self.rules))
                    });
                // An event with its year is one meeting, held once (2023年全省科技工作会议).
                // (A place right before the year opens the name: 庆城县|2024年科技工作会议.)
                let place_before_year = || self.scan.places_within(start.saturating_sub(8), start).any(|p| p.end == start);
                let placed = placed || (rule.entity_type == EntityType::Event && proper == 0 && start < h0 && self.after_year(start, h0) > start && !place_before_year());
                // A masked name stands for one zone whose name the text hides (XX高新区,
                // 江西X高新技术产业园区): settled case 12 keeps it as written.
                let masked_zone = rule.modifier == Modifier::Zone && proper == 0 && start < h0 && self.scan.chars[start..h0].iter().any(|&c| is_mask(c));
                // A rank written with 级 right after the opening place (明州市|省级现代农业
                // 产业园) names the category the place's zones hold, not one zone. (An item of
                // a list, beside other zones, is one: …、淇县省级农业科技园区、….)
                let list_item = (start > 0 && self.scan.chars[start - 1] == '、') || self.scan.chars.get(end) == Some(&'、');
                let ranked_in_place = rule.generic.is_some() && !list_item && {
                    let s = self.after_year(start, h0);
                    // (A short form glued to the rank names one zone: 淅川|省级农业科技园区.)
                    self.scan.place_starting(s).is_some_and(|p| {
                        ((!p.short || p.with_own_level) && self.scan.longest_starting(p.end, h0, self.rules.core.level, self.rules).is_some_and(|l| self.scan.chars[l - 1] == '级'))
                            // (A place's own level made a rank, 宜昌市|级: the city's rank.)
                            || (!p.short && p.end < h0 && self.scan.chars[p.end] == '级' && "省市县区".contains(self.scan.chars[p.end - 1]))
                    })
                };
                // A place (or none) and a category's words before its head (宜昌市|科技成果转化|
                // 中试基地), followed by what is said of a category (…备案名单, …管理办法,
                // …绩效考核) or after the grant of one (认定的|…), is the category in that
                // place, not one platform. (A zone's head after its place, 聊城|高新区, names the
                // place's one zone.)
                let ranked_in_place = ranked_in_place || (rule.generic.is_some() && !list_item && {
                    let s = self.after_year(start, h0);
                    !self.scan.is_word(h0, h1, self.rules.core.zone, self.rules)
                        && match self.scan.place_starting(s).filter(|p| !p.as_level) {
                            // (A scheme's label in quotes stands for the category's words:
                            // 山东省|“一企一技术”|研发中心名单.)
                            Some(p) => self.all_common_words(p.end, h0) || self.quoted_label(p.end, h0),
                            // (Without a place, the category's words must be there: a bare head
                            // is no name at all.)
                            None => s < h0 && self.all_common_words(s, h0),
                        }
                        && (self.rules.lexicon.id("category_context_after").is_some_and(|l| self.scan.longest_starting(end, (end + 8).min(self.scan.chars.len()), l, self.rules).is_some())
                            || self.rules.lexicon.id("category_context_before").is_some_and(|l| self.scan.longest_ending(start, l, self.rules).is_some()))
                });
                // Two or more of a platform counted (2家|国家引才引智示范基地, 布局新建3家|省基础学科
                // 研究中心) are a kind, however proper its words: one named platform is one. (A
                // bare head counted stays no name at all, as below.)
                let counted_many = proper > 0 && rule.entity_type == EntityType::Platform && count_end.is_some_and(|q| {
                    let mut n0 = q - 1;
                    while n0 > 0 && crate::extract::lists::is_numeral(self.scan.chars[n0 - 1]) {
                        n0 -= 1;
                    }
                    !matches!(self.scan.chars[n0..q - 1], ['一'] | ['1'])
                });
                // …and so are those counted after (新增|临床医学研究中心7家,), when a level or
                // place opens them: a named platform is seldom counted.
                let opens_ranked = self.scan.place_starting(start).is_some() || self.scan.longest_starting(start, h0, self.rules.core.level, self.rules).is_some();
                let counted_many = counted_many || (rule.entity_type == EntityType::Platform && proper > 0 && opens_ranked && self.bare_count_after(end));
                // A platform's kind with no place closing a list (“一谷七园”等|新经济园区), what
                // a description makes of a place (集…于一体的|健康产业园区) and the unit a
                // building holds (生物化学实验室|单元) are kinds, not one platform.
                let kind_in_context = rule.entity_type == EntityType::Platform
                    && proper > 0
                    && !self.scan.places_within(start, h0).any(|p| !p.as_level)
                    && ((start > 0 && self.scan.chars[start - 1] == '等')
                        || matches!(self.scan.chars[..start], [.., '于' | '为', '一', '体', '的'])
                        || self.scan.chars[end..].starts_with(&['单', '元']));
                if kind_in_context {
                    return Err(self.why(|| format!("'{}' closes a list, is described or is a unit: a kind, not one platform", text(start))));
                }
                // A quoted kind before the head and nothing else (“综合型”研究院, “专业型”
                // 平台) says what sort of platform, not which one.
                let quoted_sort = rule.entity_type == EntityType::Platform && {
                    let before = &self.scan.chars[start..h0];
                    matches!(before, ['“', .., '型', '”'] | ['"', .., '型', '"']) && !before[1..before.len() - 1].iter().any(|c| matches!(c, '“' | '”' | '"'))
                };
                if quoted_sort {
                    return Err(self.why(|| format!("'{}' names a sort of platform in quotes, not one platform", text(start))));
                }
                // A platform named by what it does alone (科技成果转化平台, 政产学研合作平台):
                // no place, owner, quotes, brackets or Latin name says which one.
                let by_function_alone = rule.entity_type == EntityType::Platform && {
                    let ch = &self.scan.chars;
                    ch[..end].ends_with(&['平', '台'])
                        && !self.scan.places_within(start, h0).any(|p| !p.as_level && !p.straddled)
                        && !accepted.overlapping(start, h0).any(|i| accepted.all[i].start >= start && matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution | EntityType::Platform | EntityType::Agency))
                        && !ch[start..end].iter().any(|&c| matches!(c, '“' | '”' | '"' | '(' | ')' | '·' | '《') || c.is_ascii_alphanumeric())
                        // (A zone's name in it says whose: 福厦泉…示范区|协同创新平台.)
                        && !self.scan.holds_word(start, h0, self.rules.core.zone, self.rules)
                };
                if by_function_alone {
                    return Err(self.why(|| format!("'{}' names a platform by what it does alone, not which one", text(start))));
                }
                // What a place or park is to be made into (建设成为|…成果转化孵化基地、…), with
                // no place or owner of its own, is a role it is to play, not one platform.
                if rule.entity_type == EntityType::Platform && proper > 0 && !self.scan.places_within(start, h0).any(|p| !p.as_level) && !accepted.starting_at(start).any(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution)) && self.after_make_into_verb(start) {
                    return Err(self.why(|| format!("'{}' is what something is to be made into: a role, not one platform", text(start))));
                }
                // A range counted after it (工作站2—5个) counts a kind, however it opens.
                let counted_many = counted_many || (rule.entity_type == EntityType::Platform && self.range_count_after(end));
                // N大 before the head (六大专业园区, 三大特色主题园区) counts a set of them: no one
                // platform. (A place holding it, 五大连池, is a place.)
                // So does an amount (营业收入超万亿元|高新区): a class by size.
                let counted_set = rule.entity_type == EntityType::Platform
                    && (start..h0.saturating_sub(1)).any(|i| {
                        let (c, next) = (self.scan.chars[i], self.scan.chars[i + 1]);
                        (crate::extract::lists::is_numeral(c) && next == '大' && !self.scan.places_within(start, h0).any(|p| p.start <= i && i < p.end)) || (matches!(c, '亿' | '万') && next == '元')
                    });
                if counted_set {
                    return Err(self.why(|| format!("'{}' counts a set of them (N大) or sizes them (亿元): a kind, not one platform", text(start))));
                }
                if counted_many && rule.generic.is_none() {
                    return Err(self.why(|| format!("'{}' is counted: a kind, not one platform", text(start))));
                }
                // A zone opened by a rank, with no place (国家级|大数据产业发展集聚区), is the
                // title zones are granted or built into, whatever field it names: one zone is
                // named by its place or a name of its own.
                let ranked_title = rule.modifier == Modifier::Zone && rule.generic.is_some() && !masked_zone && {
                    let s = self.after_year(start, h0);
                    // (A bare 市 or 区 is the writer's own place: 市现代农业产业园区 is its park.)
                    self.scan.longest_starting(s, h0, self.rules.core.level, self.rules).is_some_and(|e| self.scan.chars[s..e].contains(&'级') || matches!(self.scan.chars[s], '国' | '全'))
                        && !self.scan.places_within(start, h0).any(|p| !p.as_level)
                };
                // A zone named by its place owns what is built in it (衡阳高新技术产业开发区|创业服务
                // 中心, 盐城高新区|科技企业孵化器): one platform, not a category.
                let zone_owned = rule.entity_type == EntityType::Platform
                    && start < h0
                    && !counted
                    && self.scan.ends_with(h0, self.rules.core.zone, self.rules)
                    && self.scan.place_starting(self.after_year(start, h0)).is_some_and(|p| !p.as_level && (!p.short || p.start == start))
                    // (A word for platforms of every kind after it, 宜昌高新区|创新平台, is the
                    // zone's platforms in general.)
                    && !self.scan.is_word(h0, h1, self.rules.core.platform_umbrella, self.rules)
                    && !self.scan.is_word(h0, h1, self.rules.core.bare_platform_class, self.rules);
                // A registered name, its place's official name, a trade of two characters or more
                // and 有限公司 (宁津县新兴化工有限公司), is one company however generic its trade.
                // So is a place's group of public investment (远安县发展集团, 宜昌城市建设投资集团):
                // its place and words of what such groups do (list public_group_trade) only.
                // (A city's or province's short form names it as well: 新乡|化纤股份有限公司.
                // So does 中国 a national group: 中国|航空工业|集团公司.)
                let city_or_above = |p: &crate::extract::PlaceHit| !p.short || self.rules.gazetteer.places[p.place].level != crate::rules::PlaceLevel::County;
                // (…or 集团 alone: 中国|建材|集团 is one group, as no category is written so.)
                let national_group = self.scan.chars[start..].starts_with(&['中', '国']) && h0 >= start + 4 && (self.scan.chars[h0..h1].ends_with(&['公', '司']) || self.scan.chars[h0..h1] == ['集', '团']) && self.scan.chars[start + 2..h0].iter().all(|&c| is_han(c));
                // A city's name and 集团 and nothing else (鄂尔多斯|集团) is the group that took
                // the city's name: a category of groups is counted or qualified (宜昌集团企业),
                // never named by a city alone.
                let city_group = self.scan.chars[h0..h1] == ['集', '团']
                    && !counted
                    && !self.scan.chars[h1..].starts_with(&['企', '业'])
                    && self.scan.place_starting(start).is_some_and(|p| !p.as_level && !p.straddled && p.end == h0 && self.rules.gazetteer.places[p.place].level == crate::rules::PlaceLevel::Prefecture);
                let registered_placed = rule.entity_type == EntityType::Enterprise
                    && (national_group
                        || city_group
                        || (self.scan.chars[h0..h1].ends_with(&['有', '限', '公', '司']) && self.scan.places_within(start, h0).any(|p| p.start == start && city_or_above(&p) && !p.as_level && h0 >= p.end + 2))
                        || (self.scan.chars[h0..h1].ends_with(&['集', '团']) && self.scan.place_starting(start).is_some_and(|p| !p.as_level && h0 >= p.end + 2 && self.public_group_trade(p.end, h0)))
                        // A short form a group registers under alone (雁峰|集团有限公司): a name,
                        // as a place's own group is; no category is written with 有限公司.
                        || (self.scan.chars[h0..h1].ends_with(&['集', '团', '有', '限', '公', '司']) && self.scan.place_starting(start).is_some_and(|p| p.short && !p.as_level && !p.straddled && p.end == h0)));
                // A city or county and 国家 right before the head (合肥|国家|大学科技园, 宜昌|国家|
                // 农业科技园区) is the one national platform in that place: a category is ranked
                // by a province (湖北省重点实验室) or with 级 (远安国家级众创空间).
                let national_in_city = rule.entity_type == EntityType::Platform
                    && !counted
                    // (郑州国家中心|城市 is the city's role.)
                    && self.scan.chars.get(end) != Some(&'城')
                    && self.scan.place_starting(start).is_some_and(|p| {
                        !p.as_level && p.end + 2 == h0 && self.rules.gazetteer.places[p.place].level != crate::rules::PlaceLevel::Province && self.scan.chars[p.end..h0] == ['国', '家']
                    });
                // So is a place and then the province it is in, ranking the category (济南|山东省|
                // 大学科技园): the province's category has its instance in that place.
                let provincial_in_city = rule.entity_type == EntityType::Platform
                    && !counted
                    && self.scan.place_starting(start).is_some_and(|p| {
                        !p.as_level && self.scan.place_starting(p.end).is_some_and(|q| q.end == h0 && !q.as_level && q.place != p.place && self.rules.gazetteer.places[q.place].level == crate::rules::PlaceLevel::Province && self.rules.gazetteer.within(p.place, q.place))
                    });
                // An item of the honours a place got (获得A、B和C等称号) is a title it holds,
                // whatever place or name opens it.
                let honoured = rule.entity_type == EntityType::Platform && self.in_honour_list(start, end);
                // A name in a list of disciplines or majors (流体机械及工程、车辆工程等一批省重点
                // 学科) is a field taught, not a program.
                if rule.entity_type == EntityType::Program && self.list_closed_by(end, &[&['学', '科'], &['专', '业']]) {
                    return Err(self.why(|| format!("'{}' is one of a list of disciplines, not a program", text(start))));
                }
                if honoured && rule.generic.is_none() {
                    return Err(self.why(|| format!("'{}' is one of the titles a list of honours names, not a platform", text(start))));
                }
                if (ranked_in_place && !provincial_in_city) || ranked_title || (counted_many && rule.generic.is_some()) || honoured {
                    ty = rule.generic.expect("checked above");
                } else if proper < rule.min_proper && !placed && !masked_zone && !zone_owned && !registered_placed && !national_in_city && !provincial_in_city && !self.placed_institute(start, h1) && !self.built_platform(rule, start, h0, end, accepted) {
                    // A bare kind before the list of its holders is the category the list
                    // grants (settled case 3).
                    if proper == 0 && (start < h0 || (rule.generic.is_some() && self.kind_before_its_list(start, end))) {
                        match rule.generic {
                            Some(g) => ty = g,
                            None => return Err(self.why(|| format!("'{}' names a category, not one instance", text(start)))),
                        }
                    } else {
                        return Err(self.why(|| format!("'{}' has {proper} distinguishing characters, {} needed", text(start), rule.min_proper)));
                    }
                }
            }
        }
        if rule.quoted && !self.scan.chars[start..h0].contains(&'”') {
            return Err(self.why(|| format!("'{}' has no quoted name before its head", text(start))));
        }
        // A name opening with its owner's (a company's, an institution's) is the owner's own.
        let owned_from = |s: usize| accepted.starting_at(s).any(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution) && accepted.all[i].end <= h0);
        // A levelled name right after a verb of recognition is the category granted
        // (获批省化工中试基地), not one instance.
        // So is a levelled name quoted after 为 (认定…技术中心为“2023年度明州市企业技术中心”).
        if let Some(list) = rule.category_after {
            let chars = &self.scan.chars;
            let quoted_after_wei = start > 0 && chars[start - 1] == '为' && chars[start] == '“' && chars[end - 1] == '”';
            let s = if quoted_after_wei { start + 1 } else { start };
            // Joining the ranks of the titled (跻身全国15个|科技创新策源地|之一, 进入|国家创新型城市|
            // 行列) is holding the title: the verb may stand before a count of the holders, and
            // the ranks themselves are level enough.
            let ranks = chars.get(end..end + 2).is_some_and(|w| w == ['行', '列'] || w == ['之', '一']);
            let (verb_at, batch_levelled) = if ranks { (self.before_count_of_holders(start), false) } else { self.before_batch_of_holders(s) };
            // Places listed before it (思明区等|全国科技示范区) are its holders.
            let held_by_places = start > 1 && chars[start - 1] == '等' && self.scan.places.iter().any(|p| p.end == start - 1 && !p.as_level && !p.straddled);
            // (One opening with its owner's name is the owner's own platform, whatever was
            // granted: 被认定为|宜昌宏达股份有限公司|技术中心.)
            let owned = owned_from(s);
            // A count right after it (新认定|兵团重点实验室|2家, 建成“科创中国”创新基地|1个) says
            // it is a kind, however it opens and whatever the verb: one named instance is not
            // counted.
            // (A count of something else after it, 草堂科技产业基地|11家企业, counts its members.)
            let counted = || crate::extract::lists::count_value(chars, end).is_some_and(|(_, k)| chars.get(k).is_some_and(|&c| crate::extract::lists::is_classifier(c)) && !chars.get(k + 1).is_some_and(|&c| is_han(c)));
            if ty == rule.entity_type && !owned && (counted() || (quoted_after_wei || held_by_places || self.scan.ends_with(verb_at, list, self.rules) || self.verb_before_items(verb_at, list)) && (ranks || batch_levelled || self.levelled(s, h0, accepted))) {
                ty = EntityType::Designation;
            }
        }
        // What a recognition makes its items, after 为 (认定A等4家单位为|行业性创业孵化基地,
        // 认定A、B和C3家园区为|宜昌市农业科技园区), is the category, levelled or not, whatever
        // kind of platform it names; one opening with its owner's name is the owner's own.
        if ty == rule.entity_type && rule.entity_type == EntityType::Platform && start > 0 && self.scan.chars[start - 1] == '为' && self.in_recognition_frame(start - 1) && !owned_from(start) {
            ty = EntityType::Designation;
        }
        let placed_by_quote = rule.level_by_quote && {
            let m = &self.scan.chars[start..h0];
            m.contains(&'”') || m.windows(2).any(|w| w[0].is_ascii_digit() && w[1] == '年') && m.iter().any(|&c| matches!(c, '—' | '-' | '~' | '至'))
        };
        if rule.levelled && ty == rule.entity_type && !placed_by_quote && !self.levelled(start, h0, accepted) {
            return Err(self.why(|| format!("'{}' neither opens with a level or place nor follows an agency", text(start))));
        }
        // A department's duty of drafting (负责拟订|市科技发展规划) names the kind of plan it
        // drafts, however often: a bare level there names no place's own plan (湖州市… does).
        if rule.levelled && ty == rule.entity_type && !placed_by_quote && self.rules.lexicon.id("drafting_duty").is_some_and(|l| self.scan.ends_with(start, l, self.rules)) && self.scan.place_starting(self.after_year(start, h0)).is_none() {
            return Err(self.why(|| format!("'{}' is the kind of plan a duty drafts", text(start))));
        }
        // A place's or a body's own works (明州跨海大桥项目, 县委党校项目): a bare 项目 that a
        // place or body opens, with no level word and no scheme's topic in it, is built, not
        // applied to.
        if rule.levelled && ty == rule.entity_type && h1 - h0 == 2 && self.scan.chars[h0..h1] == ['项', '目'] {
            let s = self.after_year(start, h0);
            let ranked = self.scan.longest_starting(s, h0, self.rules.core.level, self.rules).is_some();
            // A company's trade name after the place (河南|金滔科技|建设项目) makes it that
            // company's project, whatever topic its trade word reads as (settled case 5).
            if !ranked && self.trade_name_opening(start, h1, self.rules.core.industry, true).is_some() {
                return Err(self.why(|| format!("'{}' is a company's project, not a scheme", text(start))));
            }
            // A coined name in quotes (宜昌市“揭榜挂帅”项目) names a scheme; a period's number
            // or a counted slogan (“十四五”, “四新”主导产业项目, “双创”) does not.
            let chars = &self.scan.chars;
            let coined = chars[s..h0].iter().position(|&c| c == '“').is_some_and(|o| {
                chars[s + o + 1..h0].iter().position(|&c| c == '”').is_some_and(|l| l >= 2 && !super::lists::is_numeral(chars[s + o + 1]) && chars[s + o + 1] != '双')
            });
            if !ranked && !coined && !rule.topic.is_some_and(|t| self.scan.holds_word(start, h0, t, self.rules)) {
                return Err(self.why(|| format!("'{}' is a place's or body's works, not a scheme", text(start))));
            }
        }
        if start >= end {
            return Err(self.why(|| "empty".into()));
        }
        // A scheme's words that a body's name goes on past (市科技局综合计划|处) are that body's.
        if ty == EntityType::Program && accepted.overlapping(start, end).any(|i| accepted.all[i].ty == EntityType::Agency && accepted.all[i].start <= start && accepted.all[i].end > end) {
            return Err(self.why(|| format!("'{}' is inside the name of a body", text(start))));
        }
        // The last item of a list right before a counted set (A、B和|C|五大工程) is one of
        // its members: the set is named by its count and head.
        let chars = &self.scan.chars;
        let start = if ty == EntityType::Program && start > 0 && h0 >= start + 4 && (chars[start - 1] == '、' || self.rules.core.is_conjunction(chars[start - 1])) && chars[h0 - 1] == '大' && super::lists::is_numeral(chars[h0 - 2]) {
            h0 - 2
        } else {
            start
        };
        // A name holds its brackets whole: a closing one without its opening (长春)国际合作
        // 示范区管委会) is a left edge inside a bracket, not a name.
        let mut depth = 0i32;
        for &c in &self.scan.chars[start..end] {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return Err(self.why(|| format!("'{}' closes a bracket it does not open", text(start))));
            }
        }
        // A word written twice running at its end (…园区园区) is a page's menu glued together,
        // no name.
        if end >= start + 4 && chars[end - 4..end - 2] == chars[end - 2..end] && is_han(chars[end - 1]) && chars[end - 1] != chars[end - 2] {
            return Err(self.why(|| format!("'{}' repeats a word: a menu, no name", text(start))));
        }
        // Kinds of platform chained by dashes (苗圃-孵化器-加速器-产业园, 众创空间—孵化器) are a sequence of
        // kinds, no platform. (A company's legal form before the dash is no kind: the left
        // edges set the name apart from its operator, …有限公司-|百果园星创天地.)
        if matches!(ty, EntityType::Platform | EntityType::Designation) && (start + 1..h0).any(|q| super::is_dash(self.scan.chars[q]) && (q + 1 == h0 || (self.scan.head_ends_at(q) && !self.scan.ends_with(q, self.rules.core.legal_form, self.rules)))) {
            return Err(self.why(|| format!("'{}' chains kinds of platform", text(start))));
        }
        // A masked place before a body's level (XX省委, xx区人民政府办公室) is part of its
        // name as written (settled case 12): the text hides which place, not that there is one.
        let start = if ty == EntityType::Agency && "省市县区州旗縣區镇乡鎮鄉".contains(chars[start]) {
            let mut m = start;
            while m > 0 && start - m < 3 && is_place_mask(chars[m - 1]) {
                m -= 1;
            }
            if m < start && (m == 0 || !chars[m - 1].is_ascii_alphanumeric()) { m } else { start }
        } else {
            start
        };
        let mut c = Cand::new(ty, start, end, &rule.id, rule.priority);
        c.owner = owner;
        // A round inside a category's name (省级第三批绿色工厂) names when it was granted, not
        // the category: the name is the category without it, the mention keeps the text.
        if ty == EntityType::Designation {
            if let Some((b0, b1)) = batch_within(&self.scan.chars, start, end) {
                c.text = Some(format!("{}{}", self.doc.slice(start, b0), self.doc.slice(b1, end)));
            }
        }
        // A platform's own name quoted after its owner's (…有限公司“…省重点实验室”) is the
        // name: the owner has it, the quotes close it.
        if ty == EntityType::Platform {
            if let Some(o) = owner {
                let a = &accepted.all[o];
                let chars = &self.scan.chars;
                let inner = a.end + 1;
                if matches!(a.ty, EntityType::Enterprise | EntityType::Institution)
                    && chars.get(a.end) == Some(&'“')
                    && end == h1 + 1
                    && chars[h1] == '”'
                    && !chars[inner..h1].contains(&'“')
                    && (self.proper_chars(inner, h0, None) >= 2 || self.scan.place_starting(inner).is_some())
                {
                    (c.start, c.end) = (inner, h1);
                }
            }
        }
        // A project's title follows its undertaker's registered name; a trade name is part
        // of it (华能…二期项目). (A bracket alone after the name, X有限公司(挖掘机)项目, notes
        // what the project makes and is no title: the whole is the project's name.)
        if ty == EntityType::Project {
            if let Some(o) = owner {
                let a = &accepted.all[o];
                let noted = super::only_bracket_between(chars, a.end, h0);
                if a.ty == EntityType::Enterprise && self.scan.ends_with(a.end, self.rules.core.legal_form, self.rules) && a.end < h0 && !noted {
                    c.start = a.end;
                }
            }
        }
        Ok(c)
    }

    /// Does a word of `list` end right before `start`, or before the run of short
    /// coordinated items (各县、市、区科技局) that `start` closes?
    pub(crate) fn preceded_by(&self, start: usize, list: crate::rules::ListId) -> bool {
        if self.scan.ends_with(start, list, self.rules) {
            return true;
        }
        let chars = &self.scan.chars;
        let mut p = start;
        for _ in 0..6 {
            if p == 0 || chars[p - 1] != '、' {
                return false;
            }
            // An item with a head of its own (各区科经局、|东湖高新区科创局) is a name of its
            // own: the word before it is that item's alone.
            if self.scan.head_ends_at(p - 1) {
                return false;
            }
            let mut q = p - 1;
            let mut n = 0;
            while q > 0 && n < 3 && !is_stop(chars[q - 1]) {
                q -= 1;
                n += 1;
                if self.scan.ends_with(q, list, self.rules) {
                    return true;
                }
            }
            p = q;
        }
        false
    }

    /// Why a candidate is refused, spelt out only for `explain`: nothing else reads it, and
    /// most candidates weighed are refused.
    pub(crate) fn why(&self, because: impl FnOnce() -> String) -> String {
        if self.explain { because() } else { String::new() }
    }

    /// Records a refused candidate for `explain`.
    /// The place written right before a branch word starting at `head` (…实验室|宜昌|基地),
    /// after a name of what it is a branch of that `after_name` accepts as ending where the
    /// place starts: the place's span. The branch rule and its locatedIn both read it.
    pub(crate) fn place_before_branch(&self, start: usize, head: usize, after_name: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        (head.saturating_sub(BRANCH_PLACE).max(start + 2)..head.saturating_sub(1)).find_map(|p| {
            let pl = self.scan.place_starting(p).filter(|pl| pl.end == head && !pl.as_level)?;
            after_name(p).then_some((pl.start, pl.end))
        })
    }

    pub(crate) fn note(&self, ty: EntityType, rule: &str, start: usize, end: usize, why: impl FnOnce() -> String) {
        if self.explain {
            self.trace.borrow_mut().push(super::Trace {
                rule: rule.to_string(),
                entity_type: ty,
                start,
                end,
                text: self.doc.slice(start.min(end), end).to_string(),
                outcome: Outcome::Rejected(why()),
            });
        }
    }
}

/// A round (第三批, 第3批次, 首批) inside `[start, end)` that is neither the whole span nor
/// its end: its span.
/// Does a session of a body (第五次会议, 第3次全体会议) follow at `at`?
fn session_after(chars: &[char], at: usize) -> bool {
    if chars.get(at) != Some(&'第') {
        return false;
    }
    let mut j = at + 1;
    while j < chars.len() && (chars[j].is_ascii_digit() || "一二三四五六七八九十".contains(chars[j])) {
        j += 1;
    }
    if j == at + 1 || chars.get(j) != Some(&'次') {
        return false;
    }
    let rest = &chars[j + 1..chars.len().min(j + 5)];
    rest.starts_with(&['会', '议']) || rest.starts_with(&['全', '体', '会', '议'])
}

pub(crate) fn batch_within(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    // A round filling a bracket (…孵化基地(第一批)) goes with its brackets.
    first_batch(chars, start, end).filter(|&(b0, b1)| b1 < end && b1 - b0 < end - start).map(|(b0, b1)| {
        if b0 > start && chars[b0 - 1] == '(' && chars[b1] == ')' {
            (b0 - 1, b1 + 1)
        } else {
            (b0, b1)
        }
    })
}

/// The first round (第三批, 第3批次, 首批) written in `[start, end)`: its span.
pub(crate) fn first_batch(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let mut i = start;
    while i + 1 < end {
        let found = if chars[i] == '第' {
            let mut j = i + 1;
            while j < end && numeral(chars[j]) {
                j += 1;
            }
            (j > i + 1 && j < end && chars[j] == '批').then_some(j + 1)
        } else if chars[i] == '首' && chars[i + 1] == '批' {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut b1) = found {
            if b1 < end && chars[b1] == '次' {
                b1 += 1;
            }
            return Some((i, b1));
        }
        i += 1;
    }
    None
}

//! One pass over a document: every word of every list (one automaton, overlapping matches)
//! and every place name, as character spans. Everything later looks words up here instead
//! of searching the text again, so a name's checks cost what its window holds, not what the
//! sentence holds.

use super::PlaceHit;
use crate::normalise::NormalisedText;
use crate::rules::{Lexicon, ListId, ListSet, Lists, RuleSet};

/// A word of the lexicon found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First character.
    pub start: u32,
    /// One past the last character.
    pub end: u32,
    /// Pattern index in the lexicon.
    pub pattern: u32,
}

/// The scanned document.
pub(crate) struct Scan<'r> {
    /// The lexicon the hits index into.
    lex: &'r Lexicon,
    /// The folded characters rules match on.
    pub chars: Vec<char>,
    /// Lexicon hits, sorted by end then start.
    pub hits: Vec<Hit>,
    /// `by_end[e]..by_end[e + 1]` are the hits ending at character `e`.
    by_end: Vec<u32>,
    /// `start_order[by_start[s]..by_start[s + 1]]` are the indices of the hits starting at
    /// character `s`, in order of their end: the longest word of a list starting somewhere
    /// is one short slice, not a look at each of the sixteen ends after it.
    by_start: Vec<u32>,
    start_order: Vec<u32>,
    /// Places found by the gazetteer (leftmost-longest), in order.
    pub places: Vec<PlaceHit>,
    /// For each character, the index of the place hit starting there, if any.
    place_at: Vec<u32>,
    /// `boundary[p]`: a boundary word ends right before character `p` (a name may start at
    /// `p`), and no protected word covers it.
    boundary: Vec<bool>,
    /// `rank_verb[p]`: a word of `verb_before_place` ends right before character `p`.
    rank_verb: Vec<bool>,
    /// `protected[p]`: character `p` is inside a protected word or a place name (not at its
    /// start), where no word boundary falls.
    protected: Vec<bool>,
    /// The indices of each list's words' hits, ascending, list after list: list `l`'s are
    /// `list_hits[list_start[l]..list_start[l + 1]]` (one array for all lists instead of a
    /// growing vector each).
    list_hits: Vec<u32>,
    list_start: Vec<u32>,
    /// `head_end[p]`: the head word of a thing's name (not a category's) ends right before
    /// `p`, and is not part of a longer head word.
    head_end: Vec<u16>,
    /// The lists name rules use as heads.
    heads_mask: &'r ListSet,
}

const NONE: u32 = u32::MAX;

/// Is the boundary word `h` a count's 余 (余家, 余个: 20余家|企业) with no number before it?
/// Then 余 is a character of a name (余家湾|鸿翔公司, a place named after a family), and no
/// count ends there.
fn uncounted_remainder(chars: &[char], h: &Hit) -> bool {
    let s = h.start as usize;
    chars[s] == '余' && !(s > 0 && (crate::extract::lists::is_numeral(chars[s - 1]) || matches!(chars[s - 1], '百' | '千' | '万')))
}

/// Is the boundary word `h` the particle 之 inside a trade name that opens with its place
/// (湖北久之洋…, 湖南田牧之家…: a place, one or two characters, 之, a character)? Registered
/// names are place, trade name, trade and form, and 之 is a common part of trade names; a
/// sentence seldom puts 之 two characters after a place.
fn particle_of_trade_name(chars: &[char], places: &[PlaceHit], h: &Hit) -> bool {
    let (s, e) = (h.start as usize, h.end as usize);
    if e != s + 1 || chars[s] != '之' || !chars.get(e).is_some_and(|c| crate::extract::names::is_han(*c)) || s < 3 {
        return false;
    }
    let from = places.partition_point(|p| p.start + 8 < s);
    places[from..].iter().take_while(|p| p.start < s).any(|p| (p.end + 1 == s || p.end + 2 == s) && !p.straddled && !p.landform && chars[p.end..s].iter().all(|c| crate::extract::names::is_han(*c)))
}

/// Is the boundary word `h` the first word of a registered company's trade name, right after
/// the place the name opens with (湖北|联合|创新科技有限公司, 山东|赋能|空气处理技术有限公司)? A
/// verb there would have the bare place as its subject and a company as its object, which
/// reports seldom write: only Chinese characters run from it to the company's legal form.
/// A one-character word there (的) is the particle it looks like. The verbs reports do write
/// so (远安县|引进|…有限公司), list `company_object_verb`, are left to the caller.
fn verb_in_registered_name(chars: &[char], places: &[PlaceHit], h: &Hit) -> bool {
    /// The longest registered name after its place.
    const REST_MAX: usize = 20;
    let (s, e) = (h.start as usize, h.end as usize);
    // (A particle, 无锡市|的|…有限公司, is one character and stays a boundary.)
    if e < s + 2 {
        return false;
    }
    let from = places.partition_point(|p| p.start + 8 < s);
    if !places[from..].iter().take_while(|p| p.start < s).any(|p| p.end == s && !p.straddled && !p.landform && !p.as_level) {
        return false;
    }
    let rest = &chars[e..(e + REST_MAX).min(chars.len())];
    let run = rest.iter().take_while(|c| crate::extract::names::is_han(**c)).count();
    rest[..run].windows(4).any(|w| matches!(w, ['有', '限', '公', '司'] | ['股', '份', '公', '司']))
}

/// How ordinary words sit around a place name at `start..end`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AmongWords {
    /// Nothing says it is not a name.
    Name,
    /// Words run into it from both sides (创|新平|台 holds 新平, 新平县's short form): it may
    /// be a name all the same (国|中山|海关 by chance), but is no evidence of the locality.
    Straddled,
    /// A piece of ordinary words: a longer word opens with it (新兴产业, 松山湖, 中山大学:
    /// things named after a place, not in it), a county's 县 is the first of a pair of
    /// levels (情况和|县区 holds 和县), or levels are joined (市|和县|委).
    Piece,
}

/// Does `rest` open with a numbered session (十五届, 第三次)?
fn opens_session(rest: &[char]) -> bool {
    let numerals = rest.iter().skip(usize::from(rest.first() == Some(&'第'))).take_while(|c| "一二三四五六七八九十".contains(**c)).count();
    numerals > 0 && rest.get(numerals + usize::from(rest.first() == Some(&'第'))).is_some_and(|c| matches!(c, '届' | '次'))
}

/// How the ordinary words around the place name at `start..end` read it. `place_before`:
/// a place ends at `start`, so no word runs in from the left (江苏|南通, though 苏南 is a
/// word).
fn among_words(chars: &[char], start: usize, end: usize, place_before: bool, provincial: bool, common: &crate::rules::common::CommonWords, place_after: impl Fn(usize) -> bool) -> AmongWords {
    use crate::rules::common::MAX_COMMON_WORD;
    // A level character after it makes the name, not another word (黔西南|州).
    let level_next = chars.get(end).is_some_and(|c| "省市县区州盟旗".contains(*c));
    // A word that is the place and another place after it, or a piece of one (湖南永州,
    // 广西北 of 广西北海: words of the common list), does not make the place a piece of it.
    // A province's or municipality's name opening a longer word (北京华|大…, 江苏大学) is
    // still the place: what is named after a province stands in it, unlike a county's
    // name inside an ordinary word (新兴产业).
    let opens_word = !level_next && !provincial && (end + 1..=(start + MAX_COMMON_WORD).min(chars.len())).any(|we| common.contains(&chars[start..we]) && !place_after(we));
    let level_pair = end - start == 2 && chars[end - 1] == '县' && chars.get(end).is_some_and(|c| matches!(c, '区' | '市'));
    // A level alone, a conjunction and a level (市和县委, 省与县): 和县 and 与县 only look
    // like places (after a place, 马鞍山市|和县 is one).
    let levels_joined = end - start == 2 && !place_before && start > 0 && "省市县区".contains(chars[start - 1]) && matches!(chars[start], '和' | '与' | '及');
    // A word running into a one-character name's level (创新|县, 百强|县 hold 新县, 强县):
    // the level character is a kind of county after the word, not a place.
    let word_then_level = end - start == 2
        && !place_before
        && "县区市".contains(chars[end - 1])
        && (start.saturating_sub(MAX_COMMON_WORD - 1)..start).any(|ws| common.contains(&chars[ws..start + 1]));
    let out_of = || (start + 1..end).any(|ws| (end + 1..=(ws + MAX_COMMON_WORD).min(chars.len())).any(|we| common.contains(&chars[ws..we])));
    let into = || (start.saturating_sub(MAX_COMMON_WORD - 1)..start).any(|ws| (start + 1..=end.min(ws + MAX_COMMON_WORD)).any(|we| common.contains(&chars[ws..we])));
    // A word running into a two-character name that ends with 州 (传达|州人民政府, 下达|州级):
    // the 州 is an autonomous prefecture's own level opening what follows, not 达州's.
    let word_then_zhou = end - start == 2 && !place_before && chars[end - 1] == '州' && into();
    if opens_word || level_pair || levels_joined || word_then_level || word_then_zhou {
        return AmongWords::Piece;
    }
    // A conjunction after a word (规划|和县|重点产业): most likely 和 joining two words, so no
    // evidence of the locality, though 和县 may be meant (在和县投资).
    let conjunction_after_word = end - start == 2 && !place_before && start > 0 && matches!(chars[start], '和' | '与' | '及') && super::names::is_han(chars[start - 1]);
    if conjunction_after_word || (!place_before && out_of() && into()) {
        AmongWords::Straddled
    } else {
        AmongWords::Name
    }
}

impl<'r> Scan<'r> {
    pub fn new(doc: &NormalisedText, rules: &'r RuleSet) -> Self {
        // Sized once: collecting from the string would grow it from a quarter of its length.
        let mut chars: Vec<char> = Vec::with_capacity(doc.len_chars());
        chars.extend(doc.fold.chars());
        let n = chars.len();
        // A bullet between two characters of names is a middle dot typed with the wrong key
        // (a developer's brand before its park: 鸿曜U谷•创智产业园), not a list's bullet, which
        // opens a line or follows a space. Rules see the middle dot; the name keeps the bullet.
        for i in 1..n.saturating_sub(1) {
            if chars[i] == '•' && [chars[i - 1], chars[i + 1]].iter().all(|&c| super::names::is_han(c) || c.is_ascii_alphanumeric()) {
                chars[i] = '·';
            }
        }
        let lex = &rules.lexicon;
        // Byte → character offsets by walking forward: matches come in order of their end,
        // and a start is at most a word's length before its end.
        let mut hits: Vec<Hit> = Vec::with_capacity(n);
        // Place names found, overlapping: (start, end, gazetteer pattern).
        let mut named: Vec<(usize, usize, u32)> = Vec::new();
        for f in rules.scanner.scan(doc.fold.as_str()) {
            if let Some(p) = f.lexicon {
                hits.push(Hit { start: (f.end - f.len) as u32, end: f.end as u32, pattern: p });
            }
            if let Some(p) = f.place {
                named.push((f.end - f.len, f.end, p));
            }
        }
        hits.sort_unstable_by_key(|h| (h.end, h.start, h.pattern));
        let core = rules.core;
        // One pass over the hits for everything that needs only the hit itself: the count
        // of hits ending at each character, the characters inside words that hide a place or
        // a boundary, and the number of hits of each list.
        let mut by_end = vec![0u32; n + 2];
        let mut by_start = vec![0u32; n + 2];
        // A place name starting inside a word that hides it (示|范县 in 示范县) is none.
        let mut masked = vec![false; n + 1];
        let mut protected = vec![false; n + 1];
        let mut list_start = vec![0u32; lex.names.len() + 1];
        for h in &hits {
            by_end[h.end as usize + 1] += 1;
            by_start[h.start as usize + 1] += 1;
            let lists = lex.lists_of(h.pattern);
            let inside = h.start as usize + 1..h.end as usize;
            if lists.contains(core.place_masking) {
                masked[inside.clone()].fill(true);
            }
            if lists.contains(core.protected) {
                // A boundary ending strictly inside a protected word is none.
                protected[inside].fill(true);
            }
            for l in lists.iter() {
                list_start[l.0 as usize + 1] += 1;
            }
        }
        for i in 1..by_end.len() {
            by_end[i] += by_end[i - 1];
            by_start[i] += by_start[i - 1];
        }
        // The hits by start, each start's in the order of their end (a counting sort of the
        // hits, which are in order of their end).
        let mut start_order = vec![0u32; hits.len()];
        {
            let mut next = by_start.clone();
            for (i, h) in hits.iter().enumerate() {
                let slot = &mut next[h.start as usize];
                start_order[*slot as usize] = i as u32;
                *slot += 1;
            }
        }
        // Place names are read leftmost-longest: the earliest name, the longest there, then
        // on after it (江苏省 is one name, not 江苏 and 苏省).
        named.sort_unstable_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
        let mut places = Vec::new();
        let mut place_at = vec![NONE; n + 1];
        let mut after = 0;
        // The list's one-character words, read once a document instead of asked per place.
        let landform: Vec<char> = rules.list("landform").iter().filter_map(|w| w.chars().next()).collect();
        let level_words: Vec<[char; 2]> = rules.list("level_word").iter().filter_map(|w| { let mut c = w.chars(); Some([c.next()?, c.next()?]) }).collect();
        // Whether a body's name starts at `at` (政府, 民政局).
        let body_at = |at: usize| start_order[by_start[at] as usize..by_start[at + 1] as usize].iter().any(|&h| lex.lists_of(hits[h as usize].pattern).contains(core.agency_body));
        // The level character at `at` opening one of those words with the next, unless a
        // body's name starts after the level (宜都市|政府 is no 市政, 市|民政局 no 市民).
        let opens_level_word = |at: usize| at + 1 < chars.len() && level_words.contains(&[chars[at], chars[at + 1]]) && !body_at(at + 1);
        let short_only = |pattern: u32| rules.gazetteer.places_of_pattern(pattern).iter().all(|&(_, short)| short);
        let self_reference = rules.lexicon.id("self_reference");
        for (k, &(start, end, pattern)) in named.iter().enumerate() {
            if start < after || masked[start] {
                continue;
            }
            // A short form that runs into an official name (建安 in 组建安徽省) gives way to it:
            // the official name is the better evidence of the two.
            let yields = short_only(pattern)
                && named[k + 1..].iter().take_while(|&&(s, _, _)| s < end).any(|&(s, e, q)| s > start && e > end && !short_only(q));
            // So does one that a word before it opens and a province's name closes (成|立山|东:
            // 成立 and 山东, not 立山).
            let is_province = |q: u32| rules.gazetteer.places_of_pattern(q).iter().all(|&(p, _)| rules.gazetteer.places[p].level == crate::rules::PlaceLevel::Province);
            let crossed = short_only(pattern)
                && start > 0
                && rules.common.contains(&chars[start - 1..start + 1])
                && named[k + 1..].iter().take_while(|&&(s, _, _)| s < end).any(|&(s, e, q)| s > start && e > end && is_province(q));
            if yields || crossed {
                continue;
            }
            // Short forms and two-character names are often pieces of ordinary words.
            let place_before = places.last().is_some_and(|p: &PlaceHit| p.end == start);
            // Whether a place name found from `end` reaches `we` (names are in order of their
            // start).
            let place_after = |we: usize| named[k + 1..].iter().skip_while(|&&(s, _, _)| s < end).take_while(|&&(s, _, _)| s == end).any(|&(_, e, _)| e >= we);
            let provincial = rules.gazetteer.places_of_pattern(pattern).iter().all(|&(p, _)| rules.gazetteer.places[p].level == crate::rules::PlaceLevel::Province);
            let among = if short_only(pattern) || end - start == 2 { among_words(&chars, start, end, place_before, provincial, &rules.common, place_after) } else { AmongWords::Name };
            // A level that opens another word (中原区|域, 北京|市场) makes the name a piece of it.
            let levelled_piece = if short_only(pattern) { opens_level_word(end) } else { opens_level_word(end - 1) };
            if levelled_piece {
                continue;
            }
            // A conjunction and a level (市政府|和县|委, 市委和|县委) read as a county's name:
            // right after a body's name it joins two bodies.
            let conjunction_and_level = end - start == 2 && core.is_conjunction(chars[start]) && "省市县区".contains(chars[start + 1]) && {
                let ending_here = &hits[by_end[start] as usize..by_end[start + 1] as usize];
                ending_here.iter().any(|h| lex.lists_of(h.pattern).contains(core.agency_body))
            };
            // A conjunction and a level after a word, and a body or a session opening at the
            // level (部署|和县|十五届人大, 上级|和县|委, 规划|和县|政府): 和 joins what comes
            // before to the level's own body, as 马鞍山市|和县 or 在|和县 does not.
            let conjunction_before_body = end - start == 2
                && !place_before
                && start > 0
                && super::names::is_han(chars[start - 1])
                && core.is_conjunction(chars[start])
                && "省市县区".contains(chars[start + 1])
                && (chars.get(end) == Some(&'委') || opens_session(&chars[end..]) || body_at(end));
            // A verb that opens a county's name, right after a body's name (县科技局|会同|县经信局:
            // the bureau acts with another, not 会同县), is the verb; the level after it opens
            // the next body.
            let verb_after_body = || {
                start > 0 && {
                    let ending_here = &hits[by_end[start] as usize..by_end[start + 1] as usize];
                    let verb_end = if "省市县区".contains(chars[end - 1]) { end - 1 } else { end };
                    let verb_here = &hits[by_end[verb_end] as usize..by_end[verb_end + 1] as usize];
                    // (Or after the author's own name for itself: 我局|会同|县经信….)
                    let body_before = ending_here.iter().any(|h| lex.lists_of(h.pattern).contains(core.agency_body) || self_reference.is_some_and(|l| lex.lists_of(h.pattern).contains(l)));
                    body_before && verb_here.iter().any(|h| h.start as usize == start && lex.lists_of(h.pattern).contains(core.boundary))
                }
            };
            if conjunction_and_level || conjunction_before_body || verb_after_body() {
                continue;
            }
            after = end;
            if among == AmongWords::Piece {
                continue;
            }
            let straddled = among == AmongWords::Straddled;
            // A short form before a word of water or land (白沙|溪, 广阳|湾) opens the name of a
            // stream, a bay or a mountain.
            let landform = chars.get(end).is_some_and(|c| landform.contains(c)) && short_only(pattern);
            let as_level = chars.get(end) == Some(&'级');
            for &(place, short) in rules.gazetteer.places_of_pattern(pattern) {
                // A short form followed by another level's character names something else
                // (江城 in 江城市 is not 江城区).
                let mut with_own_level = false;
                if short {
                    // A short form ending as a town does (丰镇 of 丰镇市) after a character of a
                    // word is the tail of a town's name (演|丰镇, a town of 海口), not the county.
                    if matches!(chars[end - 1], '镇' | '乡') && start > 0 && super::names::is_han(chars[start - 1]) && !"在和与及到赴至于从".contains(chars[start - 1]) {
                        continue;
                    }
                    // So is a short form followed by 镇 or 乡 after a lone character that no
                    // word ends with (罗|远安|镇, a town's three characters): a county's town
                    // is written after the county (远安县…镇), not as its short form and 镇.
                    // (After a verb, 深入|远安镇, or a place, 宜昌市|远安镇, it is the place.)
                    if matches!(chars.get(end), Some('镇' | '乡'))
                        && start > 0
                        && super::names::is_han(chars[start - 1])
                        && !"在和与及到赴至于从的对往去经省市县区州".contains(chars[start - 1])
                        && !place_before
                        && !(start.saturating_sub(crate::rules::common::MAX_COMMON_WORD)..start - 1).any(|ws| rules.common.contains(&chars[ws..start]))
                    {
                        continue;
                    }
                    let own = rules.gazetteer.places[place].name.chars().last();
                    // (One opening a rank is the rank's: 淅川|省级农业科技园区.)
                    // A county or county-level city made a district since the gazetteer's
                    // year (偃师市 → 偃师区) is still itself, where no district of the same
                    // short form exists.
                    let made_district = chars.get(end) == Some(&'区')
                        && matches!(own, Some('市' | '县'))
                        && rules.gazetteer.places[place].level == crate::rules::PlaceLevel::County
                        && !rules.gazetteer.places_of_pattern(pattern).iter().any(|&(other, _)| rules.gazetteer.places[other].name.ends_with('区'));
                    if chars.get(end).is_some_and(|c| "省市县区州".contains(*c) && Some(*c) != own) && chars.get(end + 1) != Some(&'级') && !made_district {
                        continue;
                    }
                    with_own_level = chars.get(end).is_some_and(|c| "省市县区州盟旗".contains(*c)) && chars.get(end) == own.as_ref();
                }
                if place_at[start] == NONE {
                    place_at[start] = places.len() as u32;
                }
                places.push(PlaceHit { start, end, place, short, as_level, straddled, landform, with_own_level });
            }
        }
        let mut boundary = vec![false; n + 1];
        let mut rank_verb = vec![false; n + 1];
        // Nor is one ending inside a place name (无锡, 以色列).
        for pl in &places {
            for p in &mut protected[pl.start + 1..pl.end] {
                *p = true;
            }
        }
        // Each list's hits, in order: rules look for the words of one list, and walk those
        // instead of every word found.
        for l in 1..list_start.len() {
            list_start[l] += list_start[l - 1];
        }
        let mut list_hits = vec![0u32; list_start[lex.names.len()] as usize];
        let mut next_slot = list_start.clone();
        // The second pass over the hits: what needs every protected character known, and the
        // lists' slots counted.
        for (i, h) in hits.iter().enumerate() {
            let lists = lex.lists_of(h.pattern);
            if lists.contains(core.boundary) && !protected[h.end as usize] && !protected[h.start as usize] && !particle_of_trade_name(&chars, &places, h) && !(verb_in_registered_name(&chars, &places, h) && !lists.contains(core.company_object_verb)) && !uncounted_remainder(&chars, h) {
                boundary[h.end as usize] = true;
                // A verb's result right after it (安排|好, 担负|起) ends the text before a name
                // as the verb does, unless it opens a word of its own (起草, 好评).
                let e = h.end as usize;
                if e + 1 < n && matches!(chars[e], '好' | '起') && !rules.common.contains(&chars[e..e + 2]) && !protected[e + 1] {
                    boundary[e + 1] = true;
                }
            }
            if lists.contains(core.verb_before_place) {
                rank_verb[h.end as usize] = true;
            }
            for l in lists.iter() {
                let l = l.0 as usize;
                list_hits[next_slot[l] as usize] = i as u32;
                next_slot[l] += 1;
            }
        }
        // 如 or 像 giving an example (鼓励|像|青岚、鸿翔等企业, 成立|如|…研究院等机构), after a
        // verb or a mark and not opening a word (如今, 像素) or a place (如皋), opens no name.
        for p in 0..n.saturating_sub(2) {
            if matches!(chars[p], '如' | '像')
                && (p == 0 || boundary[p] || super::names::is_stop(chars[p - 1]))
                && super::names::is_han(chars[p + 1])
                && place_at[p] == NONE
                && !protected[p]
                && !protected[p + 1]
                && !rules.common.contains(&chars[p..p + 2])
            {
                boundary[p + 1] = true;
            }
        }
        let mut scan = Scan { lex, chars, hits, by_end, by_start, start_order, list_hits, list_start, places, place_at, boundary, rank_verb, protected, head_end: Vec::new(), heads_mask: &rules.heads_mask };
        let mut head_end = vec![0u16; n + 1];
        for h in &scan.hits {
            let lists = lex.lists_of(h.pattern);
            if lists.intersects(&rules.strong_heads_mask) && !scan.inside_longer_head(h.start as usize, h.end as usize) {
                for r in rules.names.iter().filter(|r| r.entity_type != crate::model::EntityType::Designation && lists.contains(r.heads)) {
                    head_end[h.end as usize] |= 1 << (r.entity_type as u16);
                }
            }
        }
        scan.head_end = head_end;
        scan
    }

    fn membership_of(&self, pattern: u32) -> Lists<'r> {
        self.lex.lists_of(pattern)
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Hits of words of `list`, in order of their end.
    pub fn hits_in(&self, list: ListId) -> impl Iterator<Item = &Hit> {
        let l = list.0 as usize;
        self.list_hits[self.list_start[l] as usize..self.list_start[l + 1] as usize].iter().map(|&i| &self.hits[i as usize])
    }

    /// Hits of words of `list`, in order of their end, the first of those ending at one
    /// character only: a verb rule reads each place a word of its list ends once.
    pub fn hits_in_by_end(&self, list: ListId) -> impl Iterator<Item = &Hit> {
        let mut last = u32::MAX;
        self.hits_in(list).filter(move |h| std::mem::replace(&mut last, h.end) != h.end)
    }

    /// Hits ending at character `end`.
    pub fn ending_at(&self, end: usize) -> &[Hit] {
        if end + 1 >= self.by_end.len() {
            return &[];
        }
        &self.hits[self.by_end[end] as usize..self.by_end[end + 1] as usize]
    }

    /// Hits lying within `[start, end)`.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = &Hit> {
        let lo = self.by_end.get(start + 1).copied().unwrap_or(0) as usize;
        let hi = self.by_end.get(end + 1).copied().unwrap_or(self.hits.len() as u32) as usize;
        self.hits[lo.min(hi)..hi].iter().filter(move |h| h.start as usize >= start)
    }

    /// The longest word of `list` ending at `end`, as (start, pattern).
    pub fn longest_ending(&self, end: usize, list: ListId, rules: &RuleSet) -> Option<(usize, u32)> {
        self.ending_at(end)
            .iter()
            .filter(|h| rules.lexicon.in_list(h.pattern, list))
            .min_by_key(|h| h.start)
            .map(|h| (h.start as usize, h.pattern))
    }

    /// The longest word of `list` starting at `start` and ending by `limit`.
    pub fn longest_starting(&self, start: usize, limit: usize, list: ListId, rules: &RuleSet) -> Option<usize> {
        let last = limit.min(start + 16).min(self.len());
        if start + 1 > last {
            return None;
        }
        // The hits starting here, longest first: the first of the list within the limit.
        self.starting_at(start)
            .iter()
            .rev()
            .map(|&i| &self.hits[i as usize])
            .find(|h| h.end as usize <= last && rules.lexicon.in_list(h.pattern, list))
            .map(|h| h.end as usize)
    }

    /// The indices of the hits starting at character `start`, in order of their end.
    fn starting_at(&self, start: usize) -> &[u32] {
        if start + 1 >= self.by_start.len() {
            return &[];
        }
        &self.start_order[self.by_start[start] as usize..self.by_start[start + 1] as usize]
    }

    /// Does a word of `list` lie wholly within `[start, end)`?
    pub fn holds_word(&self, start: usize, end: usize, list: ListId, rules: &RuleSet) -> bool {
        self.within(start, end).any(|h| rules.lexicon.in_list(h.pattern, list))
    }

    /// Is `[start, end)` exactly a word of `list`? The scan found every word where it
    /// stands, so this asks the hits instead of building the span's text to look it up.
    pub fn is_word(&self, start: usize, end: usize, list: ListId, rules: &RuleSet) -> bool {
        self.ending_at(end).iter().any(|h| h.start as usize == start && rules.lexicon.in_list(h.pattern, list))
    }

    /// Does a word of `list` run over `p`, opening before it and ending after it?
    pub fn splits_word(&self, p: usize, list: ListId, rules: &RuleSet) -> bool {
        // Words of the lists asked about (trade words) are far shorter than this.
        const WORD_REACH: usize = 8;
        (p.saturating_sub(WORD_REACH)..p).any(|a| self.longest_starting(a, self.len(), list, rules).is_some_and(|e| e > p))
    }

    /// Does a word of `list` end at `end`?
    pub fn ends_with(&self, end: usize, list: ListId, rules: &RuleSet) -> bool {
        self.ending_at(end).iter().any(|h| rules.lexicon.in_list(h.pattern, list))
    }

    /// Is character `p` inside a protected word (高等 holds no list closer 等)?
    pub fn is_protected(&self, p: usize) -> bool {
        self.protected.get(p).copied().unwrap_or(false)
    }

    /// Does the head word of a thing's name end right before `p`?
    pub fn head_ends_at(&self, p: usize) -> bool {
        self.head_end.get(p).copied().unwrap_or(0) != 0
    }

    /// Does the head word of a name of type `ty` end right before `p`?
    pub fn head_of_type_ends_at(&self, p: usize, ty: crate::model::EntityType) -> bool {
        self.head_end.get(p).copied().unwrap_or(0) & (1 << (ty as u16)) != 0
    }

    /// Is the head word `[h0, h1)` inside a longer head word of any rule that runs on past
    /// it (工程 in 工程实验室), or the end of a longer one (实验室 in 工程实验室, 所 in 分所)?
    /// The longest head word says what a name is.
    pub fn inside_longer_head(&self, h0: usize, h1: usize) -> bool {
        let lex_heads = self.heads_mask;
        (h1..(h1 + 10).min(self.len() + 1)).any(|e| {
            self.ending_at(e).iter().any(|h| {
                (h.start as usize) <= h0 && (h.end - h.start) as usize > h1 - h0 && self.hit_lists(h).intersects(lex_heads)
            })
        })
    }

    fn hit_lists(&self, h: &Hit) -> Lists<'r> {
        self.membership_of(h.pattern)
    }

    /// Is a boundary word ending right before `p`?
    pub fn boundary_before(&self, p: usize) -> bool {
        self.boundary.get(p).copied().unwrap_or(false)
    }

    /// Does a verb that ends the text only before a level or place end right before `p`?
    pub fn rank_verb_before(&self, p: usize) -> bool {
        self.rank_verb.get(p).copied().unwrap_or(false)
    }

    /// Is a place's short form followed by its own 州 (黔西南|州: an autonomous prefecture
    /// written short)? Then the two name the place as fully as its official name.
    pub fn own_zhou_after(&self, pl: &PlaceHit) -> bool {
        pl.with_own_level && self.chars.get(pl.end) == Some(&'州')
    }

    /// Whether a word of `list` opens the text at `start` (before `limit`), unless a longer
    /// place name opens it: 贵 refuses 贵公司, not 贵州航天…有限公司 (本溪, 分宜 likewise).
    pub fn opens_with_refused(&self, start: usize, limit: usize, list: ListId, rules: &RuleSet) -> bool {
        self.longest_starting(start, limit, list, rules).is_some_and(|e| self.place_starting(start).is_none_or(|p| p.end <= e))
    }

    /// The place hit starting at `p`, if any.
    pub fn place_starting(&self, p: usize) -> Option<&PlaceHit> {
        match self.place_at.get(p) {
            Some(&i) if i != NONE => self.places.get(i as usize),
            _ => None,
        }
    }

    /// Place hits within `[start, end)`.
    pub fn places_within(&self, start: usize, end: usize) -> impl Iterator<Item = &PlaceHit> {
        let i = self.places.partition_point(|p| p.start < start);
        self.places[i..].iter().take_while(move |p| p.start < end).filter(move |p| p.end <= end)
    }

    /// The text of a span of folded characters.
    pub fn folded(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.len())..end.min(self.len())].iter().collect()
    }
}

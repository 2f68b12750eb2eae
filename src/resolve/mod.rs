//! Resolve: from mentions to entities, one per real-world thing in a document.
//!
//! - The document's locality (the place it is about) is inferred from its place names.
//! - Agency short forms expand to full names with it: 市科技局 in a 昆山 report is
//!   昆山市科学技术局, 省政府 is 江苏省人民政府, 我局 is the bureau that wrote the report.
//! - Mentions with the same type and canonical key are one entity; a program named once
//!   with its level (国家创新型城市建设) and once without (创新型示范市建设) is one.
//! - Across documents, entities with the same type and key are the same (the graph stage
//!   merges them), so their IRIs agree.

pub mod across;
use crate::extract::{Extraction, PlaceHit};
use crate::model::{EntityType, Level, Mention, Predicate};
use crate::normalise::NormalisedText;
use crate::rules::{PlaceLevel, RuleSet};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};

/// An entity of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Type.
    pub entity_type: EntityType,
    /// Display name: the official or fullest form.
    pub name: String,
    /// Identity key: the canonical name, normalised for matching (no spaces, no quote marks).
    pub key: String,
    /// Other surface forms.
    pub aliases: BTreeSet<String>,
    /// Indices of its mentions in the extraction.
    pub mentions: Vec<usize>,
    /// Administrative level (platforms, programs, designations), and the place a named level
    /// refers to (泰州市级 → 泰州市).
    pub level: Option<(Level, Option<String>)>,
    /// For a designation, the concept of the category it narrows (MakerSpace).
    pub concept: Option<String>,
}

/// A relation between two entities of a document, with the mention-level evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRelation {
    /// Subject entity index.
    pub subject: usize,
    /// Predicate.
    pub predicate: Predicate,
    /// Object entity index.
    pub object: usize,
    /// Indices of the relation mentions that state it.
    pub evidence: Vec<usize>,
}

/// A document's entities and relations.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Entities, sorted by type then key.
    pub entities: Vec<Entity>,
    /// For each mention, its entity.
    pub mention_entity: Vec<usize>,
    /// Entity-level relations, sorted.
    pub relations: Vec<EntityRelation>,
    /// The inferred locality (gazetteer index).
    pub locality: Option<usize>,
}

/// Characters dropped from identity keys, as the scorer and users' eyes ignore them.
pub fn key_of(name: &str) -> String {
    key_chars(name).collect()
}

/// The characters of [`key_of`], for callers that only count or look at them: no string
/// is built.
pub fn key_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '《' | '》' | '『' | '』' | '〈' | '〉'))
}

/// The identity of a name within its type: folded to simplified characters, without the
/// marks `key_of` drops; a program without a leading year, mask or trailing qualifier, and
/// for a notice that issues or forwards a document (关于印发Y的通知), Y; a zone by its short
/// form (杭州高新技术产业开发区 = 杭州高新区); an institution, and a platform opening with one,
/// by the institution's short form (中国科学院武汉分院 = 中科院武汉分院). Names with one identity
/// are one entity.
pub fn identity(entity_type: EntityType, name: &str, rules: &RuleSet) -> String {
    // Called for every name of every entity: the key is folded as its characters are
    // kept, into one string sized once (as `fold_str(&key_of(name))`, without the two
    // growing copies), and a program's key is cut in place.
    let mut k = String::with_capacity(name.len());
    // 〇 and 零 are one numeral, written either way (中核四〇四, 中核四零四).
    k.extend(key_chars(name).map(|c| if c == '〇' { '零' } else { rules.normalise.fold.fold(c) }));
    // A mask is one hidden place however it is written (xx区, XX区): its names keep the
    // document's letters, their identity does not.
    if k.starts_with('x') {
        let masked = k.chars().take_while(|&c| crate::extract::is_place_mask(c)).count();
        k = k.chars().enumerate().map(|(i, c)| if i < masked && c == 'x' { 'X' } else { c }).collect();
    }
    match entity_type {
        EntityType::Program => {
            if let Some(inner) = forwarded_document(&k, rules) {
                k = inner;
            }
            let year = k.len() - strip_leading_year(&k).len();
            k.drain(..year);
            // …or a year right after the place that opens it (远安县2022年科技计划项目 is
            // 2022年远安县科技计划项目: writers put the two in either order).
            if k.bytes().any(|b| b.is_ascii_digit()) {
                if let Some((_, len)) = rules.gazetteer.prefix_of(&k) {
                    let at = k.char_indices().nth(len).map_or(k.len(), |(i, _)| i);
                    let year = k.len() - at - strip_leading_year(&k[at..]).len();
                    k.drain(at..at + year);
                }
            }
            let masks = k.len() - k.trim_start_matches(|c: char| crate::extract::is_mask_char(c)).len();
            k.drain(..masks);
            while let Some(open) = k.rfind('(') {
                if k.ends_with(')') && open > 0 {
                    k.truncate(open);
                } else {
                    break;
                }
            }
        }
        // A body written with its other name in brackets (…科学技术局(知识产权局)) is the
        // body: one office under two names.
        EntityType::Agency => {
            if let Some(open) = k.rfind('(').filter(|&o| o > 0 && k.ends_with(')')) {
                if k[open + 1..k.len() - 1].chars().last().is_some_and(|c| "局委厅办室署部会".contains(c)) {
                    k.truncate(open);
                }
            }
        }
        EntityType::Platform | EntityType::Institution => {
            // 中国科学院武汉分院 is 中科院武汉分院: the longest full name it opens with.
            if let Some((long, short)) = rules.resolve.institution_short_forms.iter().filter(|(long, _)| k.starts_with(long.as_str())).max_by_key(|(long, _)| long.len()) {
                k = format!("{short}{}", &k[long.len()..]);
            }
            for (long, short) in &rules.resolve.abbreviations {
                if k.ends_with(long.as_str()) && k.len() > long.len() {
                    k = format!("{}{}", &k[..k.len() - long.len()], short);
                    break;
                }
            }
        }
        _ => {}
    }
    k
}

/// Y of a notice that issues or forwards it (…关于印发〈Y〉的通知, 关于转发Y的通知).
pub fn forwarded_document(title: &str, rules: &RuleSet) -> Option<String> {
    let at = title.find("关于")?;
    let rest = &title[at + "关于".len()..];
    let verb = rules.resolve.forwarding.iter().find(|v| rest.starts_with(v.as_str()))?;
    let rest = &rest[verb.len()..];
    let rest = rest.strip_suffix("的通知").or_else(|| rest.strip_suffix("的决定")).unwrap_or(rest);
    let rest = rest.trim_start_matches(['〈', '<', '《']).trim_end_matches(['〉', '>', '》']);
    (rest.chars().count() >= 4).then(|| rest.to_string())
}

/// [`forwarded_document`] of a title in the title's own characters (關于印發…: the
/// document as the text writes it), found on the folded title: folding keeps each
/// character where it is.
fn forwarded_as_written(title: &str, rules: &RuleSet) -> Option<String> {
    let folded = rules.normalise.fold.fold_str(title);
    let document = forwarded_document(&folded, rules)?;
    let at = folded.find(document.as_str())?;
    let skip = folded[..at].chars().count();
    Some(title.chars().skip(skip).take(document.chars().count()).collect())
}

fn strip_leading_year(k: &str) -> &str {
    let digits = k.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 4 {
        let rest = &k[4..];
        if let Some(r) = rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年')) {
            if !r.is_empty() {
                return r;
            }
        }
    }
    k
}

/// Characters a document must write traditionally, at least, to be read as traditional.
const TRADITIONAL_MIN: usize = 3;

/// The document's own characters for simplified ones it writes traditionally (庄 → 莊 in
/// a traditional document): names the resolver builds (石家莊市發展和改革委員會) are written
/// as the document writes.
fn script_of(doc: &NormalisedText, rules: &RuleSet) -> BTreeMap<char, char> {
    let mut map = BTreeMap::new();
    // Most documents are simplified throughout: one comparison of the bytes says so.
    if doc.text == doc.fold {
        return map;
    }
    // The two texts share every byte offset: blocks of bytes that are the same are passed
    // over, and only the characters of a block that differs are compared.
    let (text, fold) = (doc.text.as_bytes(), doc.fold.as_bytes());
    let mut at = 0;
    while at < text.len() {
        let end = (at + 256).min(text.len());
        if text[at..end] == fold[at..end] {
            at = end;
            continue;
        }
        let mut from = at;
        while !doc.text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = end;
        while !doc.text.is_char_boundary(to) {
            to += 1;
        }
        for (t, f) in doc.text[from..to].chars().zip(doc.fold[from..to].chars()) {
            if t != f {
                map.entry(f).or_insert(t);
            }
        }
        at = to;
    }
    if map.len() < TRADITIONAL_MIN {
        return map;
    }
    // A document is traditional when it writes more characters traditionally than it writes
    // in the simplified form that has a traditional one: a line of garbled characters atop
    // a simplified page does not make it so.
    let (mut traditional, mut simplified) = (0usize, 0usize);
    for (t, f) in doc.text.chars().zip(doc.fold.chars()) {
        if t != f {
            traditional += 1;
        } else if !t.is_ascii() && rules.unfold.fold(t) != t {
            simplified += 1;
            // A character it writes as the simplified text does (淀 of 海淀, 范 of 示范区) is
            // written so in the names built too, not by the traditional one that folds to
            // it (澱, 範).
            map.entry(t).or_insert(t);
        }
    }
    if traditional <= simplified {
        map.clear();
    }
    map
}

/// A name in the document's script: characters the document writes traditionally as it
/// writes them, others by the one traditional character that folds to them, if any.
fn in_script(name: &str, script: &BTreeMap<char, char>, rules: &RuleSet) -> String {
    // A document is traditional when it writes several characters so.
    if script.len() < TRADITIONAL_MIN {
        return name.to_string();
    }
    name.chars().map(|c| script.get(&c).copied().unwrap_or_else(|| rules.unfold.fold(c))).collect()
}

/// A document's entities while they are merged: merged entities point to the one they went
/// into, so a merge costs the size of the smaller entity, never a pass over all mentions.
struct Table {
    /// `None` once merged into another.
    entities: Vec<Option<Entity>>,
    /// Live entities by type and key: hashed, not ordered (a long document's hundred
    /// thousand keys are looked up and added far more often than walked in order).
    by_key: FxHashMap<(EntityType, String), usize>,
    /// Where a merged entity went (itself while it lives).
    into: Vec<usize>,
    /// Every entity added, by type then key ([`Table::sort`], once no more are added): the
    /// order keys are walked in and entities output in. Merged ones are passed over.
    sorted: Vec<(EntityType, usize)>,
}

impl Table {
    fn live(&self, t: EntityType, key: &str) -> Option<usize> {
        // Looked up as the `&str` it is, without making a `String` of it.
        self.by_key.get(&(t, key) as &dyn TypeKey).copied()
    }

    /// A new live entity, keyed `key`.
    fn add(&mut self, entity: Entity) -> usize {
        let at = self.entities.len();
        self.by_key.insert((entity.entity_type, entity.key.clone()), at);
        self.entities.push(Some(entity));
        self.into.push(at);
        at
    }

    /// Orders the entities by type, then key, as an ordered map of them would: called once
    /// every entity is added, before keys are walked. In parallel (a sort of a long
    /// document's keys is a good part of resolving it, on one thread).
    fn sort(&mut self) {
        let entities = &self.entities;
        // Each entity with its type and the first 16 bytes of its key (zero-padded, big-
        // endian, so they order as the bytes do): most comparisons end there, without
        // reading two keys elsewhere in memory. Equal prefixes compare the whole keys.
        let mut sorted: Vec<(EntityType, u128, usize)> = entities
            .par_iter()
            .enumerate()
            .map(|(i, e)| {
                let e = e.as_ref().expect("sorted before any merge");
                let mut head = [0u8; 16];
                let n = e.key.len().min(16);
                head[..n].copy_from_slice(&e.key.as_bytes()[..n]);
                (e.entity_type, u128::from_be_bytes(head), i)
            })
            .collect();
        let key = |i: usize| entities[i].as_ref().expect("sorted before any merge").key.as_str();
        // Keys of one type differ, so no two entities are equal and an unstable sort is
        // the order of the map.
        sorted.par_sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| key(a.2).cmp(key(b.2))));
        self.sorted = sorted.into_iter().map(|(t, _, i)| (t, i)).collect();
    }

    /// The live entities, in the order they are output.
    fn in_order(&self) -> Vec<usize> {
        self.sorted.iter().map(|&(_, i)| i).filter(|&i| self.entities[i].is_some()).collect()
    }

    fn find(&self, mut i: usize) -> usize {
        while self.into[i] != i {
            i = self.into[i];
        }
        i
    }

    /// Moves the entity keyed `from` into the one keyed `into` (same type), when both live.
    fn merge(&mut self, t: EntityType, from: &str, into: &str) {
        if from == into {
            return;
        }
        let (Some(f), Some(i)) = (self.live(t, from), self.live(t, into)) else { return };
        self.by_key.remove(&(t, from) as &dyn TypeKey);
        let moved = self.entities[f].take().expect("a live key names a live entity");
        let target = self.entities[i].as_mut().expect("a live key names a live entity");
        target.aliases.extend(moved.aliases);
        target.mentions.extend(moved.mentions);
        self.into[f] = i;
    }

    /// The live keys of one type, in order, borrowed.
    fn live_keys(&self, t: EntityType) -> impl Iterator<Item = &str> {
        let from = self.sorted.partition_point(|&(u, _)| u < t);
        self.sorted[from..].iter().take_while(move |&&(u, _)| u == t).filter_map(|&(_, i)| self.entities[i].as_ref().map(|e| e.key.as_str()))
    }

    /// The live keys of some types, in order.
    fn keys(&self, types: &[EntityType]) -> Vec<(EntityType, String)> {
        let mut keys = Vec::new();
        // The sorted entities of each type are one run.
        let mut types = types.to_vec();
        types.sort_unstable();
        types.dedup();
        for t in types {
            let from = self.sorted.partition_point(|&(u, _)| u < t);
            for &(_, i) in self.sorted[from..].iter().take_while(|&&(u, _)| u == t) {
                if let Some(e) = &self.entities[i] {
                    keys.push((t, e.key.clone()));
                }
            }
        }
        keys
    }
}

/// A (type, key) pair as the table's map looks it up: owned keys and borrowed probes hash
/// and compare alike.
trait TypeKey {
    fn pair(&self) -> (EntityType, &str);
}

impl TypeKey for (EntityType, String) {
    fn pair(&self) -> (EntityType, &str) {
        (self.0, self.1.as_str())
    }
}

impl TypeKey for (EntityType, &str) {
    fn pair(&self) -> (EntityType, &str) {
        (self.0, self.1)
    }
}

impl<'a> std::borrow::Borrow<dyn TypeKey + 'a> for (EntityType, String) {
    fn borrow(&self) -> &(dyn TypeKey + 'a) {
        self
    }
}

impl std::hash::Hash for dyn TypeKey + '_ {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.pair().hash(state);
    }
}

impl PartialEq for dyn TypeKey + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.pair() == other.pair()
    }
}

impl Eq for dyn TypeKey + '_ {}

/// Keys of one type ordered by their reversed characters, so the keys that end with a given
/// string are one range: a sorted vector, reversed and sorted in parallel.
struct SuffixIndex(Vec<String>);

impl SuffixIndex {
    fn new<'a>(keys: impl rayon::iter::IndexedParallelIterator<Item = &'a str>) -> Self {
        let mut reversed: Vec<String> = keys.with_min_len(1024).map(|k| k.chars().rev().collect()).collect();
        reversed.par_sort_unstable();
        reversed.dedup();
        SuffixIndex(reversed)
    }

    /// Up to `limit` keys longer than `suffix` that end with it.
    fn longer_ending_with(&self, suffix: &str, limit: usize) -> Vec<String> {
        let rev: String = suffix.chars().rev().collect();
        let from = self.0.partition_point(|k| k.as_str() < rev.as_str());
        self.0[from..]
            .iter()
            .take_while(|k| k.starts_with(rev.as_str()))
            .filter(|k| k.len() > rev.len())
            .take(limit)
            .map(|k| k.chars().rev().collect())
            .collect()
    }
}

/// Resolves one document's mentions.
pub fn resolve(doc: &NormalisedText, extraction: &Extraction, rules: &RuleSet) -> Resolved {
    let title_end = crate::extract::author_title_end(doc);
    // Places the text goes to (赴兰州, 到西安考察) or quotes are elsewhere: one pass up to
    // the last place named (places are in text order).
    let places = &extraction.places;
    let mut away = vec![false; places.len()];
    // A short form right before 镇, 乡 or 村 names a town of that name (东兴|镇), not the
    // county the gazetteer knows by it: no evidence of where the document is from.
    let mut by_end: Vec<usize> = (0..places.len()).filter(|&k| places[k].short).collect();
    by_end.sort_by_key(|&k| places[k].end);
    // A party that comes (…一行来宜昌考察, list `visitors_coming`) comes from the places its
    // clause named before those words, to the place after them: those are the visitors', the
    // writer's is the one they came to. (Where the words end is found once, by substring
    // search, as byte offsets the pass below meets in order.)
    let mut coming_ends: Vec<usize> = rules.list("visitors_coming").iter().filter(|w| !w.is_empty()).flat_map(|w| doc.fold.match_indices(w.as_str()).map(move |(b, _)| b + w.len())).collect();
    coming_ends.sort_unstable();
    let mut coming_at = 0;
    let mut byte = 0;
    let mut visitor = vec![false; places.len()];
    let mut clause_first = 0;
    let (mut next, mut next_end, mut quoted, mut prev) = (0, 0, false, '\0');
    for (i, c) in doc.fold.chars().enumerate() {
        // (Most documents hold none of the words: they pay no count of bytes.)
        if coming_at < coming_ends.len() {
            byte += c.len_utf8();
            if coming_ends[coming_at] == byte {
                visitor[clause_first..next].iter_mut().for_each(|v| *v = true);
            }
            while coming_ends.get(coming_at).is_some_and(|&e| e <= byte) {
                coming_at += 1;
            }
        }
        // (The text is NFKC already: full-width commas and stops are ASCII here.)
        if matches!(c, '。' | ',' | ';' | '\n' | '!' | '?') {
            clause_first = next;
        }
        while next < places.len() && places[next].start == i {
            away[next] = quoted || matches!(prev, '赴' | '到');
            next += 1;
        }
        while next_end < by_end.len() && places[by_end[next_end]].end == i {
            if matches!(c, '镇' | '乡' | '村') {
                away[by_end[next_end]] = true;
            }
            next_end += 1;
        }
        if next == places.len() && next_end == by_end.len() {
            break;
        }
        match c {
            '“' => quoted = true,
            '”' | '\n' => quoted = false,
            _ => {}
        }
        prev = c;
    }
    for (a, &v) in away.iter_mut().zip(&visitor) {
        *a |= v;
    }
    // A place inside a company's or a university's name (北京联东集团 or 深圳大学 in a 菏泽
    // report) says where it was registered or founded, not where the document is from.
    let companies: Vec<(usize, usize)> = extraction.mentions.iter().filter(|m| matches!(m.entity_type, EntityType::Enterprise | EntityType::Institution)).map(|m| (m.start, m.end)).collect();
    for (i, p) in places.iter().enumerate() {
        let k = companies.partition_point(|&(s, _)| s <= p.start);
        // Only the last few companies opened before it can hold it (names do not nest deeper).
        if companies[..k].iter().rev().take(4).any(|&(_, e)| p.end <= e) {
            away[i] = true;
        }
    }
    mark_addressed_places(doc, places, rules, &mut away);
    mark_street_addresses(doc, places, &mut away);
    // Places in the title, a 发文单位 line or the signature say who wrote the document; so
    // does the place of the congress a government work report is read to.
    let session = opens_congress_session(doc, places);
    let authored: Vec<bool> = places
        .iter()
        .zip(&visitor)
        .zip(&session)
        .map(|((h, &v), &congress)| !v && (congress || title_end.is_some_and(|t| h.end <= t) || extraction.author_spans.iter().any(|&(s, e)| s <= h.start && h.end <= e)))
        .collect();
    // …and, inside an agency's name there, whose it is: a place alone in a first line (a
    // site's banner, spam injected into a page) is no author's.
    let signed: Vec<bool> = places
        .iter()
        .zip(&authored)
        .map(|(h, &by_author)| by_author && extraction.mentions.iter().any(|m| m.entity_type == EntityType::Agency && m.start <= h.start && h.end <= m.end))
        .collect();
    let locality = infer_locality(&extraction.places, rules, &authored, &signed, &away).filter(|_| !names_itself_masked(doc, &extraction.places, title_end));
    let author = author_agency(doc, &extraction.mentions, rules, locality);
    // Without a title naming its author, a notice's signer (the agency of its 发文单位 line or
    // of the line above its closing date) is who 我委/我局 is, wherever they stand.
    let signer: Option<String> = if author.is_none() {
        extraction
            .mentions
            .iter()
            .filter(|m| m.entity_type == EntityType::Agency && !m.composed && !rules.agency.self_reference.contains_key(&m.text))
            .rfind(|m| extraction.author_spans.iter().any(|&(s, e)| s <= m.start && m.end <= e))
            .map(|m| agency_name(&m.text, rules, locality))
    } else {
        None
    };
    let script = script_of(doc, rules);
    // Sized for a new entity per mention: what is not used is never touched.
    let mut table = Table { entities: Vec::with_capacity(extraction.mentions.len()), by_key: FxHashMap::default(), into: Vec::with_capacity(extraction.mentions.len()), sorted: Vec::new() };
    let mut mention_entity = Vec::with_capacity(extraction.mentions.len());
    // The same text names the same thing throughout a document (self references aside,
    // which depend on where they stand): canonical names are computed once per text, with
    // the entity they name (entities merge only once every mention has one, so a key names
    // the same entity throughout this loop).
    // (Only an agency's name is kept: it is all the loop reads of it again.)
    let mut canonical_of: FxHashMap<(EntityType, &str), (Option<String>, usize)> = FxHashMap::default();
    // The last agency named so far whose name ends with each body 我局/本委 can refer to.
    let mut nearest_body: FxHashMap<&str, String> = FxHashMap::default();
    let bodies: BTreeSet<&str> = rules.agency.self_reference.values().map(String::as_str).collect();
    // Which agency mentions stand on the notice's addressee line, read once: a body written
    // to is never the one 我局 names.
    let addressed: Vec<bool> = extraction.mentions.iter().map(|m| m.entity_type == EntityType::Agency && crate::extract::on_addressee_line(doc, m.start, m.end)).collect();
    // The full name of each distinct agency the document names (self references aside),
    // computed once and only when one of the two readings below needs them.
    let self_reference = |m: &Mention| rules.agency.self_reference.contains_key(&m.text);
    let bare_level_body = |m: &Mention| m.text.starts_with('区') || m.text.starts_with('县');
    let needs_full_names = extraction.mentions.iter().any(|m| m.entity_type == EntityType::Agency && (self_reference(m) || bare_level_body(m)));
    let mut named_agencies: Vec<(&str, String)> = Vec::new();
    if needs_full_names {
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for (_, m) in extraction.mentions.iter().enumerate().filter(|&(i, m)| m.entity_type == EntityType::Agency && !m.composed && !self_reference(m) && !addressed[i]) {
            if seen.insert(m.text.as_str()) {
                named_agencies.push((m.text.as_str(), agency_name(&m.text, rules, locality)));
            }
        }
    }
    // Bare bodies of a district or a county (区科技局, 县科技局) and the one agency named in
    // full whose name ends with each, if only one does.
    let named_in_full: FxHashMap<&str, Option<String>> = named_agencies
        .iter()
        .filter(|(text, _)| text.starts_with('区') || text.starts_with('县'))
        .map(|&(bare, _)| (bare, the_one(named_agencies.iter().filter(|(text, _)| text.len() > bare.len() && text.ends_with(bare)).map(|(_, name)| name))))
        .collect();
    // With none named before it, 我委 is the one 委 the document names at all (its signature,
    // after the text): with two, which is meant is a guess.
    let only_body: FxHashMap<&str, Option<String>> = bodies.iter().map(|&body| (body, the_one(named_agencies.iter().map(|(_, name)| name).filter(|name| is_body(name, body))))).collect();
    fn note_body<'r>(bodies: &BTreeSet<&'r str>, nearest_body: &mut FxHashMap<&'r str, String>, name: &String) {
        for body in bodies.iter().filter(|b| is_body(name, b)) {
            // Most agency mentions repeat the last name: no copy then.
            if nearest_body.get(body) != Some(name) {
                nearest_body.insert(body, name.clone());
            }
        }
    }
    for (i, m) in extraction.mentions.iter().enumerate() {
        let self_body = rules.agency.self_reference.get(&m.text);
        let text_key = (m.entity_type, m.text.as_str());
        // Most mentions repeat a text named before: its entity already has the mention's
        // text and the aliases its canonical name adds.
        if let Some((name, at)) = if self_body.is_none() { canonical_of.get(&text_key) } else { None } {
            if let Some(name) = name.as_ref().filter(|_| !addressed[i]) {
                note_body(&bodies, &mut nearest_body, name);
            }
            let e = table.entities[*at].as_mut().expect("a live key names a live entity");
            e.mentions.push(i);
            if let Some(rest) = opening_agency_rest(m, &extraction.mentions) {
                e.aliases.insert(rest);
            }
            mention_entity.push(*at);
            continue;
        }
        // Without a title naming the author, 我局 is the signer when it is a bureau, else
        // the nearest bureau named before it.
        let author = match (&author, self_body) {
            (Some(a), Some(body)) if is_body(a, body) => Some(a.as_str()),
            (None, Some(body)) if signer.as_ref().is_some_and(|s| is_body(s, body)) => signer.as_deref(),
            (_, Some(body)) => nearest_body.get(body.as_str()).map(String::as_str).or_else(|| only_body.get(body.as_str()).and_then(Option::as_deref)),
            _ => author.as_deref(),
        };
        let (name, extra_aliases) = canonical(m, rules, locality, author);
        // A bare district's or county's body (区科技局) in a city's document is the one body
        // the document names in full that ends with it (洛阳市偃师区科技局).
        // (Only where the locality could not place it: a county's own 县科技局 stays its own,
        // whatever other county's bureau the text names.)
        let unplaced = name.starts_with('区') || name.starts_with('县');
        let name = match (unplaced && m.entity_type == EntityType::Agency && self_body.is_none()).then(|| named_in_full.get(m.text.as_str())).flatten() {
            Some(Some(full)) => full.clone(),
            _ => name,
        };
        // A name the resolver built (an agency's full name, a place's official one)
        // is written in the document's script.
        let name = if name != m.text { in_script(&name, &script, rules) } else { name };
        let key = identity(m.entity_type, &name, rules);
        // (A body the notice is addressed to is not who writes it: 我局 is never one.)
        if m.entity_type == EntityType::Agency && self_body.is_none() && !addressed[i] {
            note_body(&bodies, &mut nearest_body, &name);
        }
        let at = match table.live(m.entity_type, &key) {
            Some(at) => at,
            None => table.add(Entity {
                entity_type: m.entity_type,
                name: name.clone(),
                key,
                aliases: BTreeSet::new(),
                mentions: Vec::new(),
                level: None,
                concept: None,
            }),
        };
        let e = table.entities[at].as_mut().expect("a live key names a live entity");
        e.mentions.push(i);
        // Copied only the first time: most mentions repeat forms the entity has.
        for alias in std::iter::once(&m.text).chain(&extra_aliases) {
            if !e.aliases.contains(alias) {
                e.aliases.insert(alias.clone());
            }
        }
        if self_body.is_none() {
            canonical_of.insert(text_key, ((m.entity_type == EntityType::Agency).then_some(name), at));
        }
        // A program opening with the agency that runs it is also named without it
        // (省政府配套督查激励: 配套督查激励).
        if let Some(rest) = opening_agency_rest(m, &extraction.mentions) {
            e.aliases.insert(rest);
        }
        mention_entity.push(at);
    }
    table.sort();
    merge_unlevelled(&mut table, rules);
    merge_declared_short_forms(doc, extraction, &mut table, &mention_entity);
    merge_bracketed_names(extraction, &mut table, &mention_entity, rules);
    merge_restated_names(doc, extraction, &mut table, &mention_entity);
    merge_names_without_owner(extraction, &mut table, &mention_entity, rules);
    merge_place_qualified(extraction, &mut table, &mention_entity, rules);
    merge_place_forms(&mut table, rules);
    merge_broader_kinds(&mut table, rules);
    merge_shortened_names(&mut table, rules);
    merge_program_tails(&mut table, rules);
    merge_platform_tails(&mut table);
    merge_park_tails(&mut table, rules);
    merge_bare_heads(&mut table, rules);
    merge_trade_names(&mut table, rules);
    merge_agency_suffixes(&mut table);
    merge_issuer_titles(&mut table);
    merge_written_sub_bodies(&mut table, rules, locality);
    let standalone = standalone_mentions(extraction);
    let order: Vec<usize> = table.in_order();
    let mut position = vec![usize::MAX; table.entities.len()];
    for (n, &at) in order.iter().enumerate() {
        position[at] = n;
    }
    let mention_entity: Vec<usize> = mention_entity.iter().map(|&at| position[table.find(at)]).collect();
    let mut entities: Vec<Entity> = order.iter().filter_map(|&at| table.entities[at].take()).collect();
    // Each entity is named on its own: in parallel pieces (a long document has a hundred
    // thousand).
    let own_references = rules.list("locality_reference");
    entities.par_iter_mut().with_min_len(1024).for_each(|e| {
        if e.entity_type == EntityType::Place {
            // A place is named as the text names it on its own (a 属地 column's 濮阳), the
            // fullest such form; named only inside other names, by its official name.
            // 我省, 本市, 全市 (list `locality_reference`) refer to it; they never name it.
            let referring = |t: &str| (t.chars().count() == 2 && t.starts_with(['我', '本', '该'])) || own_references.iter().any(|r| r == t);
            let own = e.mentions.iter().filter(|&&i| standalone[i]).map(|&i| extraction.mentions[i].text.as_str()).filter(|t| !referring(t));
            if let Some(best) = own.max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a))) {
                e.name = best.to_string();
            } else {
                // Named only inside other names, a city's district is named as they write it
                // with its city (常州市金坛区 of 常州市金坛区第十八届人民代表大会): a district's
                // name alone is shared by many cities (鼓楼区, 新城区); a county's is its own.
                let official = e.name.clone();
                let district = official.ends_with('区');
                let chain = e.mentions.iter().map(|&i| extraction.mentions[i].text.as_str()).filter(|t| district && t.chars().count() > official.chars().count() && rules.normalise.fold.fold_str(t).ends_with(official.as_str()));
                if let Some(best) = chain.max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a))) {
                    e.aliases.insert(std::mem::replace(&mut e.name, best.to_string()));
                }
            }
        } else if e.entity_type == EntityType::Agency && e.name.starts_with(|c: char| LEVEL_CHARS.contains(c)) {
            // No place could be put before the level (a document that never names its county):
            // the fullest form the text writes is all it makes certain (县科技局, not a
            // 县科学技术局 of our making).
            let first = e.name.chars().next();
            let written = e.mentions.iter().map(|&i| extraction.mentions[i].text.as_str()).filter(|t| t.chars().next() == first);
            if let Some(best) = written.max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a))) {
                if best != e.name {
                    e.aliases.insert(std::mem::replace(&mut e.name, best.to_string()));
                }
            }
        } else if e.entity_type != EntityType::Agency {
            // The fullest surface form names it; ties go to the first in key order.
            if let Some(longest) = e.aliases.iter().max_by(|a, b| key_chars(a).count().cmp(&key_chars(b).count()).then(b.cmp(a))) {
                e.name = longest.clone();
            }
            // A notice that issues or forwards a document (…关于印发Y的通知) names Y, its
            // title an alias (settled case 1).
            if e.entity_type == EntityType::Program {
                if let Some(document) = forwarded_as_written(&e.name, rules) {
                    e.aliases.insert(std::mem::replace(&mut e.name, document));
                }
            }
        }
        e.aliases.remove(&e.name);
        e.mentions.sort_unstable();
        if matches!(e.entity_type, EntityType::Platform | EntityType::Program | EntityType::Designation) {
            e.level = level_of(&e.name, rules, locality);
        }
        if e.entity_type == EntityType::Designation {
            e.concept = rules.designations.iter().find(|d| e.name.ends_with(d.term.as_str())).map(|d| d.concept.clone());
        }
    });
    name_zone_bodies(&mut entities, rules);
    // Relations by (subject, predicate, object), each with its evidence in text order: one
    // sort of a flat array (stable, so evidence keeps its order), not a map entry and a
    // vector per relation.
    let own_place = rules.list("locality_reference");
    let mut rels: Vec<((usize, Predicate, usize), usize)> = extraction
        .relations
        .iter()
        .enumerate()
        .map(|(ri, r)| ((mention_entity[r.subject], r.predicate, mention_entity[r.object]), ri))
        .filter(|((s, _, o), _)| s != o && !unresolved_reference(&entities[*o], own_place))
        .collect();
    rels.par_sort_by_key(|r| r.0);
    let mut relations: Vec<EntityRelation> = Vec::new();
    for ((subject, predicate, object), ri) in rels {
        match relations.last_mut() {
            Some(last) if (last.subject, last.predicate, last.object) == (subject, predicate, object) => last.evidence.push(ri),
            _ => relations.push(EntityRelation { subject, predicate, object, evidence: vec![ri] }),
        }
    }
    // A long document's keys (a hundred thousand strings) are freed by another worker.
    let keys = std::mem::take(&mut table.by_key);
    if keys.len() > 10_000 {
        rayon::spawn(move || drop(keys));
    }
    Resolved { entities, mention_entity, relations, locality }
}

/// A zone's committee written with the zone's kind alone (区党工委, 经开区管委会) in a text
/// that names one zone of that kind (宜昌经开区) is that zone's: it takes the zone's name as
/// the text writes it, the shortest form ending with the kind, and keeps its own as an alias.
/// With two such zones, or none, it is left as written.
fn name_zone_bodies(entities: &mut [Entity], rules: &RuleSet) {
    let kinds = rules.list("bare_zone_word");
    let heads = rules.list("area_committee_head");
    let bare = |name| bare_zone_body(name, kinds, heads);
    if !entities.iter().any(|e| e.entity_type == EntityType::Agency && bare(&e.name).is_some()) {
        return;
    }
    // Each zone's forms: a form is a zone's name with more than its kind before the kind.
    let zones: Vec<Vec<&str>> = entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Platform)
        .map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).collect())
        .collect();
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if e.entity_type != EntityType::Agency {
            continue;
        }
        let Some((kind, head)) = bare(&e.name) else { continue };
        let forms: Vec<&str> = zones
            .iter()
            .filter_map(|z| z.iter().copied().filter(|f| f.ends_with(kind) && f.chars().count() >= kind.chars().count() + 2).min_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(a.cmp(b))))
            .collect();
        let [zone] = forms[..] else { continue };
        // (Never onto a name another body has or takes: two entities are not named alike.)
        let name = format!("{zone}{head}");
        let taken = entities.iter().any(|o| o.entity_type == EntityType::Agency && o.name == name) || renamed.iter().any(|(_, r)| *r == name);
        if !taken {
            renamed.push((i, name));
        }
    }
    for (i, name) in renamed {
        let e = &mut entities[i];
        e.aliases.insert(std::mem::replace(&mut e.name, name));
        e.aliases.remove(&e.name);
    }
}

/// The kind and the committee of a body named `kind` + `head` and nothing else (经开区|党工委).
fn bare_zone_body<'n, 'k>(name: &'n str, kinds: &'k [String], heads: &[String]) -> Option<(&'k str, &'n str)> {
    kinds.iter().find_map(|k| name.strip_prefix(k.as_str()).filter(|h| heads.iter().any(|w| w == h)).map(|h| (k.as_str(), h)))
}

/// A place known only as the document's own (我县, 本市) in a document whose place is not
/// known: it locates nothing that a reader could name.
fn unresolved_reference(e: &Entity, own_place: &[String]) -> bool {
    e.entity_type == EntityType::Place && own_place.contains(&e.name)
}

/// Which mentions stand on their own, not inside another mention's span.
fn standalone_mentions(extraction: &Extraction) -> Vec<bool> {
    let ms = &extraction.mentions;
    let mut out = vec![true; ms.len()];
    // Mentions are in document order (start, then longest first): a mention is inside an
    // earlier one that reaches past its end.
    let mut reach: Option<(usize, usize)> = None;
    for (i, m) in ms.iter().enumerate() {
        if let Some((s, e)) = reach {
            if m.start >= s && m.end <= e && (m.start, m.end) != (s, e) {
                out[i] = false;
            }
        }
        if m.entity_type != EntityType::Place && reach.is_none_or(|(_, e)| m.end > e) {
            reach = Some((m.start, m.end));
        }
    }
    out
}

/// The level a name opens with: a level word (国家级, 省, 市级) or a place (江苏省 → provincial,
/// 泰州市级 → municipal with the place, 泰兴市 → county-level). 市 is relative: in a report of a
/// county-level city it is that city, so county level.
pub fn level_of(name: &str, rules: &RuleSet, locality: Option<usize>) -> Option<(Level, Option<String>)> {
    let g = &rules.gazetteer;
    if let Some((p, len)) = g.prefix_of(name) {
        let place = &g.places[p];
        let named = Some(place.name.clone());
        return Some(match place.level {
            PlaceLevel::Province => (Level::Provincial, named),
            PlaceLevel::Prefecture => (Level::Municipal, named),
            // A county-level city named as a level (昆山市级) is still county level, as is
            // one that opens a longer name.
            PlaceLevel::County if name.chars().nth(len).is_some() => (Level::County, named),
            PlaceLevel::County => return None,
        });
    }
    let levels = [
        ("level_national", Level::National),
        ("level_provincial", Level::Provincial),
        ("level_municipal", Level::Municipal),
        ("level_county", Level::County),
    ];
    levels
        .iter()
        .filter_map(|(list, level)| {
            let w = rules.list(list).iter().filter(|w| name.starts_with(w.as_str())).max_by_key(|w| w.len())?;
            Some((w.len(), *level))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, level)| match (level, locality) {
            (Level::Municipal, Some(loc)) if g.places[loc].level == PlaceLevel::County => (Level::County, Some(g.places[loc].name.clone())),
            (Level::Municipal, Some(loc)) => (Level::Municipal, Some(g.places[loc].name.clone())),
            (l, _) => (l, None),
        })
}

/// How far around a place its line's opening (各…:, 地址:) and a 贯彻…精神 frame are looked
/// for, in characters: an addressee block (各市(含…)人民政府,各县(市、区)人民政府,省政府各部门:)
/// is shorter, and bounded windows keep the pass linear on a text without line breaks.
const ADDRESSEE_SPAN: usize = 120;
const RELAYED_SPAN: usize = 40;

/// Marks as `away` the places that a notice addresses or relays rather than comes from: an
/// addressee block (a line opening with 各 and closed by a colon: 各市(含定州、辛集市)人民政府:),
/// a labelled line of an address or copy list (地址:北京市西城区…, 抄送:…), and a meeting or
/// speech whose spirit the text carries out (贯彻落实省、湛江市科技创新座谈会精神, 就省、湛江市
/// 座谈会议精神作了讲话), and the level above that hands its targets down (宁州市下达的年度指标).
/// A provincial notice names every city it writes to; none of them is where it is from.
fn mark_addressed_places(doc: &NormalisedText, places: &[PlaceHit], rules: &RuleSet, away: &mut [bool]) {
    let labels = rules.list("elsewhere_line_label");
    let openers = rules.list("relayed_opening");
    let closers = rules.list("relayed_closing");
    let meetings = rules.list("relayed_meeting");
    let handed_down = rules.list("handed_down_after");
    let after_firsts: Vec<char> = closers.iter().chain(meetings).filter_map(|w| w.chars().next()).collect();
    let fold = doc.fold.as_str();
    let len = doc.len_chars();
    for (k, p) in places.iter().enumerate() {
        let reach = p.start.min(ADDRESSEE_SPAN);
        let before = &fold[doc.byte_of(p.start - reach)..doc.byte_of(p.start)];
        let after = &fold[doc.byte_of(p.end)..doc.byte_of((p.end + ADDRESSEE_SPAN).min(len))];
        let line_head = match before.rfind('\n') {
            Some(nl) => Some(&before[nl + 1..]),
            None if reach == p.start => Some(before),
            None => None,
        };
        if handed_down.iter().any(|w| after.starts_with(w.as_str())) {
            away[k] = true;
            continue;
        }
        // Only a line opening with 各 or a label is read further.
        if let Some(head) = line_head.map(str::trim_start) {
            let clause_end = |t: &str| t.contains(['。', ';', '!', '?']);
            if head.starts_with('各') && !clause_end(head) && !head.contains(':') {
                let after_line = after.split('\n').next().unwrap_or("");
                if after_line.find(':').is_some_and(|c| !clause_end(&after_line[..c])) {
                    away[k] = true;
                    continue;
                }
            }
            let labelled = |l: &String| head.strip_prefix(l.as_str()).is_some_and(|rest| rest.trim_start().starts_with(':'));
            if labels.iter().any(labelled) {
                away[k] = true;
                continue;
            }
        }
        let clause_break = |c: char| matches!(c, '。' | ';' | '!' | '?' | ',' | '\n');
        // The clause after it first, in one pass, trying words only where one may start:
        // most places have no 精神 after them, and their clause before is never read.
        let (mut closed, mut meeting) = (false, false);
        for (n, (i, c)) in after.char_indices().enumerate() {
            if n == RELAYED_SPAN || clause_break(c) {
                break;
            }
            if after_firsts.contains(&c) {
                let rest = &after[i..];
                meeting = meeting || meetings.iter().any(|w| rest.starts_with(w.as_str()));
                closed = closed || closers.iter().any(|w| rest.starts_with(w.as_str()));
            }
        }
        if meeting {
            away[k] = true;
            continue;
        }
        if closed {
            let from = before.char_indices().rev().take(RELAYED_SPAN).take_while(|&(_, c)| !clause_break(c)).last().map_or(before.len(), |(i, _)| i);
            if openers.iter().any(|w| before[from..].contains(w.as_str())) {
                away[k] = true;
            }
        }
    }
}

/// How far after a place a street address may run: a street's name, its number and 号.
const ADDRESS_SPAN: usize = 16;

/// A place opening a street address (武昌区石牌岭路130号) says where an office is, often a
/// third party's, not what the document is about.
/// Which places open a numbered session of a people's congress (在济宁市|第十七届|人民代表大会
/// 第七次会议上, the line under a government work report's title, often broken before 人民):
/// the report is that place's, however often it praises one of its counties.
fn opens_congress_session(doc: &NormalisedText, places: &[PlaceHit]) -> Vec<bool> {
    /// Room for 第, a session's number, 届, the white space of a broken line and 人民代表大会.
    const SESSION_SPAN: usize = 18;
    let mut marks = vec![false; places.len()];
    // Most documents read to no congress: one byte search says so.
    if !doc.fold.contains("人民代表大会") {
        return marks;
    }
    let len = doc.len_chars();
    for (k, p) in places.iter().enumerate() {
        if p.as_level || p.straddled {
            continue;
        }
        let span = &doc.fold[doc.byte_of(p.end)..doc.byte_of((p.end + SESSION_SPAN).min(len))];
        let rest = span.strip_prefix('第').unwrap_or(span);
        let numeral = rest.find(|c: char| !("一二三四五六七八九十".contains(c) || c.is_ascii_digit())).unwrap_or(rest.len());
        let Some(after) = rest[numeral..].strip_prefix('届').filter(|_| numeral > 0) else { continue };
        marks[k] = after.trim_start().starts_with("人民代表大会");
    }
    marks
}

fn mark_street_addresses(doc: &NormalisedText, places: &[PlaceHit], away: &mut [bool]) {
    let is_street = |c: char| matches!(c, '路' | '街' | '道' | '巷');
    let len = doc.len_chars();
    for (k, p) in places.iter().enumerate() {
        let span = &doc.fold[doc.byte_of(p.end)..doc.byte_of((p.end + ADDRESS_SPAN).min(len))];
        // Most places are followed by no 号 at all: a byte search says so.
        if !span.contains('号') {
            continue;
        }
        // A street's name (Chinese characters up to 路, 街, 道 or 巷), then its number and 号.
        let mut after = span.chars();
        let mut read = 0;
        let street = after.by_ref().find(|&c| {
            read += 1;
            is_street(c) || !crate::normalise::is_cjk(c)
        });
        if read > 1 && street.is_some_and(is_street) {
            let mut digits = 0;
            let number_ends = after.find(|c| {
                digits += 1;
                !c.is_ascii_digit()
            });
            if number_ends == Some('号') && digits > 1 {
                away[k] = true;
            }
        }
    }
}

/// How often a short place form must stand alone to count without its official name.
const RECURRING_SHORT_FORM: usize = 4;

/// The place a document is about: the county- or prefecture-level place with the most
/// evidence (a place in the title weighs most), not counting names used as a level (无锡市级: the level above the author's). An
/// official name counts twice a short form (short forms hide in trade names: 汇川 in
/// 苏州汇川技术), and a place whose province or prefecture is also named gains one; the
/// more specific wins a tie. A short form that recurs often enough counts as if named in
/// full.
/// `away` marks hits the text places elsewhere (a venue, a destination, a quote): they count
/// for nothing outside the title.
/// A document whose author is named with a province alone (a province's notice, signed by
/// its 科学技术厅) is the province's, whatever the names in it hold: `signed` marks the
/// hits inside an author agency's name, which alone say so.
pub fn infer_locality(hits: &[PlaceHit], rules: &RuleSet, authored: &[bool], signed: &[bool], away: &[bool]) -> Option<usize> {
    let g = &rules.gazetteer;
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    let mut first: BTreeMap<usize, usize> = BTreeMap::new();
    let named: BTreeSet<usize> = hits.iter().filter(|h| !h.straddled && !h.landform).map(|h| h.place).collect();
    let named_in_full: BTreeSet<usize> = hits.iter().filter(|h| !h.short).map(|h| h.place).collect();
    // A short form the text keeps coming back to (延安 eight times in a 延安 report) is the
    // place, whatever its words elsewhere: a word that looks like a place seldom recurs so.
    let mut short_uses: BTreeMap<usize, usize> = BTreeMap::new();
    for (n, h) in hits.iter().enumerate() {
        if h.short && !h.as_level && !h.straddled && !h.landform && !away.get(n).copied().unwrap_or(false) {
            *short_uses.entry(h.place).or_default() += 1;
        }
    }
    // The provinces of the author's places (内蒙古自治区科学技术厅 in the title): a place
    // of another province the text names is someone else's, however often it is named.
    let author_provinces: BTreeSet<usize> = hits
        .iter()
        .enumerate()
        .filter(|&(n, h)| signed.get(n).copied().unwrap_or(false) && !h.as_level && !h.straddled && !h.landform)
        .filter_map(|(_, h)| g.ancestor(h.place, PlaceLevel::Province))
        .collect();
    let outside_author = |place: usize| !author_provinces.is_empty() && !author_provinces.iter().any(|&pr| g.within(place, pr));
    // A province's own body wrote it (内蒙古自治区科学技术厅 in the title or the signature,
    // no city or county there): the document is the province's, however many of its cities
    // the names of companies and parks in it hold.
    let mut authors = hits.iter().enumerate().filter(|&(n, h)| signed.get(n).copied().unwrap_or(false) && !h.as_level && !h.straddled && !h.landform);
    if let Some((_, province)) = authors.clone().find(|(_, h)| g.places[h.place].level == PlaceLevel::Province) {
        if authors.all(|(_, h)| g.places[h.place].level == PlaceLevel::Province) {
            return Some(province.place);
        }
    }
    for (n, h) in hits.iter().enumerate() {
        let p = &g.places[h.place];
        let by_author = authored.get(n).copied().unwrap_or(false);
        if h.as_level || h.straddled || h.landform || (away.get(n).copied().unwrap_or(false) && !by_author) || outside_author(h.place) {
            continue;
        }
        // Provinces only decide when nothing more specific is named: a county report names
        // its province in passing, a provincial notice names no county. A short form alone
        // is weak evidence (台前, 南乐 are words too): it counts where the place's official
        // name or a place above it is also named, or where its own level follows it (恩施州).
        let confirmed = h.with_own_level || named_in_full.contains(&h.place) || p.parent.is_some_and(|up| named.contains(&up)) || short_uses.get(&h.place).is_some_and(|&u| u >= RECURRING_SHORT_FORM);
        let weight = if p.level == PlaceLevel::Province { 0 } else if h.short { usize::from(confirmed) } else { 2 };
        // The title names the place a report is about (泰兴市科技局2022年工作总结), and the
        // author's name in a 发文单位 line or a signature the place it is from; a place there
        // that only says where the next one lies (宜昌市|宜都市政府工作报告) is not it.
        let qualifies_next = hits.get(n + 1).is_some_and(|next| next.start == h.end && next.place != h.place && !next.straddled && g.within(next.place, h.place));
        let weight = if by_author && weight > 0 && !qualifies_next { weight + 4 } else { weight };
        *counts.entry(h.place).or_default() += weight;
        first.entry(h.place).or_insert(h.start);
    }
    for (place, c) in counts.iter_mut() {
        let mut up = g.places[*place].parent;
        while let Some(a) = up {
            if named.contains(&a) {
                *c += 1;
                break;
            }
            up = g.places[a].parent;
        }
    }
    if counts.values().all(|c| *c == 0) {
        for (n, h) in hits.iter().enumerate() {
            let elsewhere = away.get(n).copied().unwrap_or(false) && !authored.get(n).copied().unwrap_or(false);
            if !h.as_level && !h.straddled && !h.landform && !elsewhere && !outside_author(h.place) && g.places[h.place].level == PlaceLevel::Province {
                *counts.entry(h.place).or_default() += 1;
                first.entry(h.place).or_insert(h.start);
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, c)| *c > 0)
        .max_by(|(a, ca), (b, cb)| {
            ca.cmp(cb)
                .then(rules.gazetteer.places[*a].level.cmp(&rules.gazetteer.places[*b].level))
                .then(first[b].cmp(&first[a]))
        })
        .map(|(p, _)| p)
}

/// Does the document mask the name of its own place (XX区政府工作报告, 我代表xx市人民政府)?
/// Then the places it does name are others', and its locality is unknown: a masked report
/// is not the report of whatever county its passing mentions suggest. A place named in the
/// title still decides.
fn names_itself_masked(doc: &NormalisedText, hits: &[PlaceHit], title_end: Option<usize>) -> bool {
    if title_end.is_some_and(|t| hits.iter().any(|h| h.end <= t && !h.short)) {
        return false;
    }
    // A run of mask characters, then a level character not followed by 级; read in one
    // pass over the text, without a copy of its characters.
    let mut chars = doc.fold.chars().peekable();
    while let Some(c) = chars.next() {
        if !crate::extract::is_mask_char(c) {
            continue;
        }
        while chars.next_if(|&c| crate::extract::is_mask_char(c)).is_some() {}
        if chars.next_if(|c| matches!(c, '省' | '市' | '区' | '县')).is_some() && chars.peek() != Some(&'级') {
            return true;
        }
    }
    false
}

/// The agency that wrote the document (named in its title), which 我局/本局 refer to.
fn author_agency(doc: &NormalisedText, mentions: &[Mention], rules: &RuleSet, locality: Option<usize>) -> Option<String> {
    crate::extract::author_mention(doc, mentions).map(|i| agency_name(&mentions[i].text, rules, locality))
}

/// A mention's canonical name and any aliases resolution adds.
/// The rest of a program's name after an agency mention that opens it.
fn opening_agency_rest(m: &Mention, all: &[Mention]) -> Option<String> {
    if m.entity_type != EntityType::Program || m.composed {
        return None;
    }
    // Mentions are in document order: those starting at one place are one run.
    let opening_at = |at: usize| {
        let k = all.partition_point(|a| a.start < at);
        all[k..].iter().take_while(|a| a.start == at).filter(|a| a.entity_type == EntityType::Agency && a.end < m.end && !a.composed).max_by_key(|a| a.end)
    };
    let mut end = opening_at(m.start)?.end;
    // Several issuers may open it (中共中央办公厅|国务院办公厅|关于…, or with 、 between
    // them): the rest is after all.
    let joined = |at: usize| matches!(m.text.chars().nth(at - m.start), Some('、' | '和' | '与' | ','));
    loop {
        if let Some(next) = opening_at(end) {
            end = next.end;
        } else if joined(end) && opening_at(end + 1).is_some() {
            end += 1;
        } else {
            break;
        }
    }
    let rest: String = m.text.chars().skip(end - m.start).collect();
    (rest.chars().count() >= 4 && !rest.starts_with("关于") && !rest.starts_with(['、', ',', '和', '与'])).then_some(rest)
}

/// The one name all of `names` are, if there is at least one and no other.
fn the_one<'n>(mut names: impl Iterator<Item = &'n String>) -> Option<String> {
    let first = names.next()?;
    names.all(|n| n == first).then(|| first.clone())
}

/// Is `name` a body of the kind a self reference names (我委: a 委 or a 委员会; 我局: a 局)?
fn is_body(name: &str, body: &str) -> bool {
    name.ends_with(body) || (body == "委" && name.ends_with("委员会"))
}

fn canonical(m: &Mention, rules: &RuleSet, locality: Option<usize>, author: Option<&str>) -> (String, Vec<String>) {
    match m.entity_type {
        EntityType::Agency => {
            if let Some(body) = rules.agency.self_reference.get(&m.text) {
                if let Some(a) = author.filter(|a| is_body(a, body)) {
                    return (a.to_string(), Vec::new());
                }
            }
            (agency_name(&m.text, rules, locality), Vec::new())
        }
        EntityType::Platform | EntityType::Program => {
            // 研究院(储能研究中心), 实施方案(试行): the name without the parenthesis is an alias;
            // for platforms, so is the parenthesised name when it is one.
            let mut aliases = Vec::new();
            if let Some(open) = m.text.rfind('(') {
                if m.text.ends_with(')') && open > 0 {
                    aliases.push(m.text[..open].to_string());
                    let inner = &m.text[open + 1..m.text.len() - 1];
                    if m.entity_type == EntityType::Platform && inner.chars().count() >= 4 {
                        aliases.push(inner.to_string());
                    }
                }
            }
            (m.text.clone(), aliases)
        }
        EntityType::Place => {
            // 我市 is the locality; a short form is its division's official name.
            let g = &rules.gazetteer;
            if rules.list("locality_reference").contains(&m.text) {
                if let Some(p) = locality.filter(|&p| reference_fits(&m.text, g.places[p].level, &g.places[p].name)) {
                    return (g.places[p].name.clone(), Vec::new());
                }
            }
            let folded = rules.normalise.fold.fold_str(&m.text);
            // 常州市金坛区 is 金坛区 written with its city: one place with 金坛 elsewhere.
            match g.lookup(&folded).or_else(|| g.nested(&folded)) {
                Some(p) if g.places[p].name != m.text => (g.places[p].name.clone(), Vec::new()),
                _ => (m.text.clone(), Vec::new()),
            }
        }
        _ => (m.text.clone(), Vec::new()),
    }
}

/// Can a self-reference (我县, 本省) be the locality `name` at `level`? Its last character
/// says the level where only one fits (县 and 旗 a county, 州 and 盟 a prefecture, 省 a
/// province); 市 and 区 may be a prefecture's or a county's, and a province's only where
/// the province is itself so called (北京市, 广西壮族自治区): 我市 in a text about 河北省
/// is one of its cities.
fn reference_fits(reference: &str, level: crate::rules::PlaceLevel, name: &str) -> bool {
    use crate::rules::PlaceLevel::*;
    match reference.chars().last() {
        Some('县' | '旗') => level == County,
        Some('州' | '盟') => level == Prefecture,
        Some('省') => level == Province,
        Some(c @ ('市' | '区')) if level == Province => name.ends_with(c),
        _ => true,
    }
}

/// The level characters that open a body's name in place of its place (市科技局, 旗政府).
const LEVEL_CHARS: &str = "省市县区州盟旗";

/// Expands an agency mention to its full name: place from the text or the locality, body
/// from the expansion table, 中共 for party committees.
pub fn agency_name(text: &str, rules: &RuleSet, locality: Option<usize>) -> String {
    let folded = rules.normalise.fold.fold_str(text);
    let text = folded.as_str();
    let a = &rules.agency;
    let g = &rules.gazetteer;
    if let Some(official) = national_name(text, rules) {
        return official.to_string();
    }
    // A masked place before the level (XX区科技局, xx区科学技术局): one place the text hides.
    // The mask as written (settled case 12: masked names stay masked, in the document's
    // characters) and the body in full name it, so that its forms are one body.
    let mask_len = text.chars().take_while(|&c| crate::extract::is_place_mask(c)).count();
    if (1..=3).contains(&mask_len) && text.chars().nth(mask_len).is_some_and(|c| LEVEL_CHARS.contains(c)) {
        let mask: String = text.chars().take(mask_len).collect();
        let rest: String = text.chars().skip(mask_len).collect();
        return format!("{mask}{}", agency_name(&rest, rules, None));
    }
    // A body that belongs to a committee (市委统战部) is the committee's full name and its
    // own word; one inside another body (区科技局党组, 工业和信息化部办公厅) is named as the
    // text names it; a committee of the place (市委科创委) is neither.
    if let Some((parent, sub)) = sub_body_of(text, rules) {
        if parent.ends_with('委') {
            return format!("{}{sub}", agency_name(parent, rules, locality));
        }
        return text.to_string();
    }
    let written = text;
    let text = text.strip_prefix("中共").unwrap_or(text);
    // Split off the place/level prefix: the longest prefix that names a place, or a level
    // character (省/市/县/区/州/盟/旗), optionally followed by a party committee (市委科创委).
    let chars: Vec<char> = text.chars().collect();
    let mut place: Option<usize> = None;
    // Places written before the body's own, larger first.
    let mut outer: Vec<usize> = Vec::new();
    let mut level: Option<char> = None;
    let mut at = 0;
    // Where the innermost place's name starts.
    let mut inner_from = 0;
    if let Some((p, len)) = g.prefix(&chars[..chars.len().saturating_sub(1)]) {
        place = Some(p);
        at = len;
        // Places from the larger to the smaller (南通市海门区委) all name the body.
        while let Some((q, more)) = g.prefix(&chars[at..chars.len().saturating_sub(1)]) {
            if !g.within(q, place.expect("set above")) {
                break;
            }
            outer.push(place.expect("set above"));
            place = Some(q);
            inner_from = at;
            at += more;
        }
    }
    // A county's short form before 镇 or 乡 (远安|镇政府) is a town's name: the body is the
    // town's, named as written, not the county's (远安县镇政府 is no body).
    if let Some(p) = place {
        if matches!(chars.get(at), Some('镇' | '乡')) && at - inner_from < g.places[p].name.chars().count() {
            return written.to_string();
        }
    }
    // A prefix that opens with a place's short form and goes on past it (新疆|生产建设兵团)
    // names a body of its own kind, not the place's: it is written as it is, only the body
    // expands.
    if place.is_some() {
        if let Some(w) = rules.list("agency_prefix").iter().filter(|w| w.chars().count() > at && text.starts_with(w.as_str())).max_by_key(|w| w.len()) {
            let rest = &text[w.len()..];
            return format!("{w}{}", a.expand.get(rest).map_or(rest, |b| b.as_str()));
        }
    }
    // The place's level written again before its body (远安县县人民政府, 宜昌市市委) is the
    // place's body; not where the level opens the body's own word (宜昌市|市场监督管理局).
    if let Some(p) = place {
        let own_level = g.places[p].name.chars().last();
        if at + 1 < chars.len() && own_level == Some(chars[at]) && LEVEL_CHARS.contains(chars[at]) {
            let after: String = chars[at + 1..].iter().collect();
            let body = a.expand.get(&after).unwrap_or(&after);
            if after == "委" || a.party.contains(body) || rules.list("agency_body").iter().any(|b| *b == after || b == body) {
                at += 1;
            }
        }
    }
    // 自治区 stands for the region as 省 does for a province (自治区科技厅).
    if place.is_none() && chars.len() > 3 && text.starts_with("自治区") {
        level = Some('省');
        at = 3;
    } else if place.is_none() && chars.len() > 1 && LEVEL_CHARS.contains(chars[0]) {
        level = Some(chars[0]);
        at = 1;
    }
    // 苏州工业园区科创委: a zone named after a place keeps its own name, only the body expands.
    let rest: String = chars[at..].iter().collect();
    // A place's short form that opens an area's name (长白|山管委会: a mountain's area) is no
    // place of the area's committee: the name stays as written.
    if let Some(p) = place.filter(|_| rules.list("area_committee_head").iter().any(|h| rest.ends_with(h.as_str()))) {
        let short = at < g.places[p].name.chars().count();
        let body_follows = rules.list("agency_body").iter().chain(rules.list("sub_body")).chain(rules.list("agency_domain")).chain(rules.list("zone")).any(|b| rest.starts_with(b.as_str()))
            || rest.chars().next().is_some_and(|c| LEVEL_CHARS.contains(c));
        if short && outer.is_empty() && !body_follows {
            return written.to_string();
        }
    }
    // A body of a zone with a name of its own (中共南通锡通科技产业园区工委) is named as written.
    if rules.list("zone").iter().any(|z| rest.contains(z.as_str()) && !rest.starts_with(z.as_str())) {
        return written.to_string();
    }
    if let Some(zone) = rules.list("zone").iter().filter(|z| rest.starts_with(z.as_str())).max_by_key(|z| z.len()) {
        let body = &rest[zone.len()..];
        let full_body = a.expand.get(body).cloned().unwrap_or_else(|| body.to_string());
        let head: String = chars[..at].iter().collect();
        return format!("{head}{zone}{full_body}");
    }
    // 市委科创委: the committee belongs to the party committee's place.
    // (A party committee's own offices keep it: 中共银川市委办公室.)
    let rest = match rest.strip_prefix('委') {
        Some(r) if !r.is_empty() && (place.is_some() || level.is_some()) && a.local.iter().any(|l| l == r || a.expand.get(r) == Some(l)) => r.to_string(),
        _ => rest,
    };
    let body = a.expand.get(&rest).cloned().unwrap_or_else(|| rest.clone());
    let place_name = match (place, level, locality) {
        // A district written by its name as a county (江宁县科技局) keeps the name the text
        // gives it: the body was that county's, and the document knows it so.
        (Some(p), _, _) => {
            let inner: String = chars[inner_from..(inner_from + g.places[p].name.chars().count()).min(chars.len())].iter().collect();
            let inner = if g.places[p].former.contains(&inner) { inner } else { g.places[p].name.clone() };
            Some(outer.iter().map(|&q| g.places[q].name.as_str()).chain(std::iter::once(inner.as_str())).collect::<String>())
        }
        // (自治区 is the region's only where the document's province is one: 自治区政协 in a
        // province's page is some other region's.)
        (None, Some(l), Some(loc)) => locality_at(l, loc, rules).filter(|&p| !text.starts_with("自治区") || g.places[p].name.ends_with("自治区")).map(|p| g.places[p].name.clone()),
        (None, None, Some(loc)) if a.local.iter().any(|b| *b == rest || *b == body) => Some(g.places[loc].name.clone()),
        // Only a province has departments called 厅 (省农业农村厅、财政厅): a bare one is the
        // province's where the document is.
        (None, None, Some(loc)) if crate::rules::AgencyResolution::is_provincial_department(&body) => locality_at('省', loc, rules).map(|p| g.places[p].name.clone()),
        _ => None,
    };
    // A special administrative region's government is its 政府, no 人民政府 (香港特别行政区政府).
    let body = if place_name.as_deref().is_some_and(|n| n.ends_with("特别行政区")) && a.expand.get(&rest).is_some_and(|full| full.ends_with("人民政府")) { rest.clone() } else { body };
    let is_party = a.party.contains(&body);
    match (place_name, level) {
        // A one-character place writes its level again before 委, written so or not (郏县县委
        // and a bare 县委 of 郏县 are 中共郏县县委, as it is officially called).
        (Some(p), _) if is_party && body == "委" && p.chars().count() == 2 => format!("中共{p}{}委", p.chars().last().unwrap_or('县')),
        (Some(p), _) if is_party => format!("中共{p}{body}"),
        (Some(p), _) => format!("{p}{body}"),
        // The level as written (市, 自治区) when no place can be put for it.
        (None, Some(_)) => format!("{}{body}", chars[..at].iter().collect::<String>()),
        (None, None) => body,
    }
}

/// A body that belongs to another, split into (the body it belongs to, its own word):
/// 区科技局党组 → (区科技局, 党组). Not a committee of the place (市委科创委), which is the
/// place's own body.
fn sub_body_of<'t>(text: &'t str, rules: &RuleSet) -> Option<(&'t str, &'t str)> {
    let a = &rules.agency;
    let sub = rules
        .list("sub_body")
        .iter()
        .filter(|b| text.ends_with(b.as_str()) && text.len() > b.len() + 3 && !a.local.iter().any(|l| l == *b || a.expand.get(b.as_str()) == Some(l)))
        .max_by_key(|b| b.len())?;
    let cut = text.len() - sub.len();
    Some((&text[..cut], &text[cut..]))
}

/// The official name of a national body named by any of its names (科技部 →
/// 中华人民共和国科学技术部).
pub fn national_name<'r>(text: &str, rules: &'r RuleSet) -> Option<&'r str> {
    // 国家 before a ministry's short form (国家工信部) says only that it is the state's; so
    // does 中国 (中国科技部), as foreign news and agreements write it.
    rules.national_names.get(text).or_else(|| ["国家", "中国"].iter().find_map(|p| text.strip_prefix(p).and_then(|rest| rules.national_names.get(rest)))).map(String::as_str)
}

/// The locality's division at the level a level character names: 省 its province, 市 the
/// city (itself when it is a county-level city), 州/盟 its autonomous prefecture or league,
/// 县/区/旗 itself when it is one.
fn locality_at(level: char, locality: usize, rules: &RuleSet) -> Option<usize> {
    let g = &rules.gazetteer;
    let loc = &g.places[locality];
    match level {
        '省' => g.ancestor(locality, PlaceLevel::Province),
        '市' if loc.name.ends_with('市') => Some(locality),
        '市' => g.ancestor(locality, PlaceLevel::Prefecture),
        '县' if loc.name.ends_with('县') => Some(locality),
        '区' if loc.name.ends_with('区') => Some(locality),
        // An autonomous prefecture (州) or league (盟) is the prefecture a county is in; a
        // banner (旗) is a county of its own.
        '州' | '盟' => g.ancestor(locality, PlaceLevel::Prefecture).filter(|&p| g.places[p].name.ends_with(level)),
        '旗' if loc.name.ends_with('旗') => Some(locality),
        _ => None,
    }
}

/// A name the text gives a short form of, in parentheses right after it
/// (…试验区(以下简称“琶洲试验区”), …有限公司(简称“恒瑞”)): the short form's mentions are the
/// same entity.
fn merge_declared_short_forms(doc: &NormalisedText, extraction: &Extraction, table: &mut Table, mention_entity: &[usize]) {
    let ms = &extraction.mentions;
    // Declarations are read in the folded text (以下簡稱 is 以下简称), and the short form as
    // the document writes it. Brackets and marks fold to themselves: the text finds the
    // candidates, and the folded characters are gathered only once one is found.
    let n = doc.len_chars();
    // Mentions by type and surface key, built when the first declaration is found.
    let mut by_text: Option<FxHashMap<(EntityType, String), Vec<usize>>> = None;
    for (i, m) in ms.iter().enumerate() {
        if m.composed || m.end + 4 > n {
            continue;
        }
        // The name's closing mark (《…》(以下简称…)) stays outside it.
        let mut open = if matches!(doc.slice(m.end, m.end + 1), "》" | "”") { m.end + 1 } else { m.end };
        if doc.slice(open, open + 1) != "(" {
            continue;
        }
        // …or in the brackets after those of its document number ((…〔2022〕240号)(以下简称…)).
        if let Some(close) = (open + 1..(open + 25).min(n)).find(|&q| doc.slice(q, q + 1) == ")") {
            if doc.slice(close + 1, (close + 2).min(n)) == "(" && !doc.slice(open, close).contains("简称") && !doc.fold[doc.byte_of(open)..doc.byte_of(close)].contains("简称") {
                open = close + 1;
            }
        }
        // The folded text shares the text's offsets.
        let after = &doc.fold[doc.byte_of(open + 1)..doc.byte_of((open + 25).min(n))];
        // The declaration may follow the name's document number in the same brackets
        // (《…办法》(国科发火〔2016〕32号,以下简称《认定办法》)).
        let declared = ["以下简称", "下称", "简称"].iter().filter_map(|w| after.find(w).map(|at| (at, w.len()))).min_by_key(|&(at, _)| at).filter(|&(at, _)| {
            let before = &after[..at];
            at == 0 || (!before.contains(')') && !before.contains('(') && before.ends_with([',', ';', '、']))
        });
        let Some((at, word)) = declared else { continue };
        let rest = &after[at + word..];
        let skipped = after.chars().count() - rest.chars().count();
        let lead = rest.chars().take_while(|c| matches!(c, ':' | '“' | '"' | '《')).count();
        let Some(len) = rest.chars().skip(lead).position(|c| matches!(c, ')' | '”' | '"' | '》')) else { continue };
        let from = open + 1 + skipped + lead;
        let short: &str = doc.slice(from, from + len);
        if short.chars().count() < 2 {
            continue;
        }
        let by_text = by_text.get_or_insert_with(|| {
            let mut map: FxHashMap<(EntityType, String), Vec<usize>> = FxHashMap::default();
            for (j, o) in ms.iter().enumerate() {
                map.entry((o.entity_type, key_of(&o.text))).or_default().push(j);
            }
            map
        });
        let Some(into) = table.entities[table.find(mention_entity[i])].as_ref().map(|e| e.key.clone()) else { continue };
        // Each entity once, in the order its first mention comes: a short form named a
        // thousand times is one merge, not a thousand copies of one key.
        let mut entities: Vec<usize> = Vec::new();
        for &j in by_text.get(&(m.entity_type, key_of(short))).into_iter().flatten().filter(|&&j| j != i) {
            let at = table.find(mention_entity[j]);
            if !entities.contains(&at) {
                entities.push(at);
            }
        }
        let from: Vec<String> = entities.into_iter().filter_map(|at| table.entities[at].as_ref().map(|e| e.key.clone())).collect();
        for f in from {
            table.merge(m.entity_type, &f, &into);
        }
        if let Some(at) = table.live(m.entity_type, &into) {
            table.entities[at].as_mut().expect("live").aliases.insert(short.to_string());
        }
    }
}

/// A platform named with another name in brackets (精细化工产业研究院(新材料研究中心)): the
/// bracketed name is the same platform.
fn merge_bracketed_names(extraction: &Extraction, table: &mut Table, mention_entity: &[usize], rules: &RuleSet) {
    for (i, m) in extraction.mentions.iter().enumerate() {
        if m.entity_type != EntityType::Platform || !m.text.ends_with(')') {
            continue;
        }
        let Some(open) = m.text.rfind('(') else { continue };
        let inner = &m.text[open + 1..m.text.len() - 1];
        if inner.chars().count() < 4 {
            continue;
        }
        let key = identity(EntityType::Platform, inner, rules);
        let Some(into) = table.entities[table.find(mention_entity[i])].as_ref().map(|e| e.key.clone()) else { continue };
        table.merge(EntityType::Platform, &key, &into);
    }
}

/// A name restated after 即 (鸿翔实验室,即智能感知湖北省实验室): both names are one thing's,
/// so the second's entity is merged into the first's; which name leads is the table's usual
/// choice, the other an alias.
fn merge_restated_names(doc: &NormalisedText, extraction: &Extraction, table: &mut Table, mention_entity: &[usize]) {
    let ms = &extraction.mentions;
    let mut order: Vec<usize> = (0..ms.len()).filter(|&i| ms[i].entity_type.is_core() && !ms[i].composed).collect();
    order.sort_by_key(|&i| (ms[i].start, ms[i].end));
    for w in order.windows(2) {
        let (a, b) = (&ms[w[0]], &ms[w[1]]);
        if a.entity_type != b.entity_type || a.end > b.start || b.start > a.end + 2 {
            continue;
        }
        if !matches!(doc.slice(a.end, b.start), "即" | ",即" | "，即") {
            continue;
        }
        let key = |i: usize| table.entities[table.find(mention_entity[i])].as_ref().map(|e| e.key.clone());
        if let (Some(from), Some(into)) = (key(w[1]), key(w[0])) {
            table.merge(a.entity_type, &from, &into);
        }
    }
}

/// A platform named once with the owner that opens its name and again without it
/// (青岚电机有限公司张明院士工作站 … 张明院士工作站, 上海交通大学云南(大理)研究院 … 云南(大理)
/// 研究院) is one platform: the shorter name is what the text calls it once the owner is
/// said.
fn merge_names_without_owner(extraction: &Extraction, table: &mut Table, mention_entity: &[usize], rules: &RuleSet) {
    /// Shorter than this, the rest is a kind (研究院, 技术中心), not a name.
    const REST_MIN: usize = 5;
    let ms = &extraction.mentions;
    for r in extraction.relations.iter().filter(|r| r.predicate == Predicate::HasPlatform) {
        let (owner, platform) = (&ms[r.subject], &ms[r.object]);
        if platform.composed || owner.start != platform.start || owner.end >= platform.end {
            continue;
        }
        let Some(rest) = platform.text.strip_prefix(owner.text.as_str()) else { continue };
        if rest.chars().count() < REST_MIN {
            continue;
        }
        let key = identity(EntityType::Platform, rest, rules);
        let Some(into) = table.entities[table.find(mention_entity[r.object])].as_ref().map(|e| e.key.clone()) else { continue };
        table.merge(EntityType::Platform, &key, &into);
    }
}

/// The place a key opens with (an index into the gazetteer) and what follows it, if
/// anything does.
fn place_and_rest<'k>(k: &'k str, rules: &RuleSet) -> Option<(usize, &'k str)> {
    let (place, len) = rules.gazetteer.prefix_of(k)?;
    let (cut, _) = k.char_indices().nth(len)?;
    Some((place, &k[cut..]))
}

/// What follows the longest zone's head opening `rest` (高新区|丝路科学城, 产业集聚区|…), if
/// a zone's head opens it and something follows.
fn after_zone<'k>(rest: &'k str, rules: &RuleSet) -> Option<&'k str> {
    /// The longest zone head (高新技术产业开发区) is nine characters.
    const ZONE_MAX: usize = 9;
    let zone = rules.lexicon.id("zone")?;
    rest.char_indices().skip(2).take(ZONE_MAX - 1).map(|(i, _)| i).filter(|&i| rules.lexicon.contains(zone, &rest[..i])).last().map(|i| &rest[i..])
}

/// Ranks a zone's name may carry right after its place (宝丰|省级|农业科技园区).
const RANKS_AFTER_PLACE: [&str; 5] = ["国家级", "省级", "市级", "县级", "区级"];

/// Names that open with one place written two ways (远安县|大数据产业园, 远安|大数据产业园;
/// 宜昌市高新区, 宜昌高新区), or with a rank after the place or not, and go on alike are one
/// entity.
fn merge_place_forms(table: &mut Table, rules: &RuleSet) {
    /// At least this many characters after the place: a bare head is not merged here.
    const REST: usize = 2;
    for t in [EntityType::Platform, EntityType::Program, EntityType::Enterprise] {
        // Keys by (place, what follows it), read in place: only the few groups of two or
        // more are copied out.
        let mut by_rest: FxHashMap<(usize, &str), Vec<&str>> = FxHashMap::default();
        for k in table.live_keys(t) {
            let Some((place, rest)) = place_and_rest(k, rules) else { continue };
            // A rank written after the place (宝丰|省级|农业科技园区) is the zone's standing,
            // not part of what names it.
            let rest = RANKS_AFTER_PLACE.iter().find_map(|r| rest.strip_prefix(r)).unwrap_or(rest);
            if rest.chars().nth(REST - 1).is_none() {
                continue;
            }
            by_rest.entry((place, rest)).or_default().push(k);
        }
        // Each group merges into its fullest key, one written without a rank first; groups
        // share no key, so the order they are taken in does not matter.
        let ranked = |k: &str| place_and_rest(k, rules).is_some_and(|(_, rest)| RANKS_AFTER_PLACE.iter().any(|r| rest.starts_with(r)));
        let merges: Vec<(String, String)> = by_rest
            .into_values()
            .filter(|ks| ks.len() > 1)
            .flat_map(|ks| {
                let into = *ks.iter().max_by(|a, b| ranked(b).cmp(&ranked(a)).then(a.chars().count().cmp(&b.chars().count())).then(b.cmp(a))).expect("two keys or more");
                ks.into_iter().filter(move |k| *k != into).map(move |k| (k.to_string(), into.to_string()))
            })
            .collect();
        for (from, into) in merges {
            table.merge(t, &from, &into);
        }
    }
}

/// A zone named by a broader head (枝江开发区, 界牌园区) is the one zone of the document with
/// the same name and a narrower head (枝江经开区, 界牌工业园区: resolve.toml broader_kinds),
/// its place written or not (宜昌|界牌工业园区), when the document has exactly one.
fn merge_broader_kinds(table: &mut Table, rules: &RuleSet) {
    /// A shorter name before the head is a bare level or place word, too little to be sure.
    const STEM_MIN: usize = 2;
    let t = EntityType::Platform;
    let broader = &rules.resolve.across.broader_kinds;
    // The zones named with a place before them, by what follows the place.
    let mut placed: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for k in table.live_keys(t) {
        if let Some((_, rest)) = place_and_rest(k, rules) {
            if let Some(i) = table.live(t, k) {
                placed.entry(rest).or_default().push(i);
            }
        }
    }
    // Each broader head once (many narrower ones share it).
    let broads: BTreeSet<&str> = broader.values().map(String::as_str).collect();
    let mut merges: Vec<(String, String)> = Vec::new();
    for k in table.live_keys(t) {
        if broader.keys().any(|narrow| k.ends_with(narrow.as_str())) {
            continue;
        }
        let Some((stem, broad)) = broads.iter().find_map(|b| k.strip_suffix(b).map(|stem| (stem, *b))) else { continue };
        if stem.chars().nth(STEM_MIN - 1).is_none() {
            continue;
        }
        let mut targets: Vec<usize> = Vec::new();
        for (narrow, _) in broader.iter().filter(|(_, b)| b.as_str() == broad) {
            let name = format!("{stem}{narrow}");
            targets.extend(table.live(t, &name).into_iter().chain(placed.get(name.as_str()).into_iter().flatten().copied()).map(|i| table.find(i)));
        }
        targets.sort_unstable();
        targets.dedup();
        if let [target] = targets[..] {
            if let Some(into) = table.entities[target].as_ref() {
                merges.push((k.to_string(), into.key.clone()));
            }
        }
    }
    for (from, into) in merges {
        table.merge(t, &from, &into);
    }
}

/// A platform named with the larger place its own opening place lies in (湖北|远安经济开发区,
/// 宜昌市|远安高新区) is the one the document also names without it.
fn merge_place_qualified(extraction: &Extraction, table: &mut Table, mention_entity: &[usize], rules: &RuleSet) {
    /// Shorter than this, the rest is a place and a bare head, too little to be sure of.
    const REST_MIN: usize = 4;
    let places = &extraction.places;
    let g = &rules.gazetteer;
    for (i, m) in extraction.mentions.iter().enumerate() {
        if m.entity_type != EntityType::Platform || m.composed {
            continue;
        }
        let k = places.partition_point(|p| p.start < m.start);
        let Some(outer) = places.get(k).filter(|p| p.start == m.start && !p.landform) else { continue };
        let j = places.partition_point(|p| p.start < outer.end);
        let inner = places[j..].iter().take_while(|p| p.start == outer.end).find(|p| p.end < m.end && !p.landform && p.place != outer.place && g.within(p.place, outer.place));
        let Some(inner) = inner else { continue };
        let rest: String = m.text.chars().skip(inner.start - m.start).collect();
        if rest.chars().count() < REST_MIN {
            continue;
        }
        let key = identity(EntityType::Platform, &rest, rules);
        let Some(into) = table.entities[table.find(mention_entity[i])].as_ref().map(|e| e.key.clone()) else { continue };
        // The inner place may be written another way there (河南省|郑州高新区 … 郑州市高新区).
        let key = if table.live(EntityType::Platform, &key).is_some() { key } else { same_place_other_form(table, &key, &into, rules).unwrap_or(key) };
        table.merge(EntityType::Platform, &key, &into);
    }
}

/// The first live platform key other than `except` that opens with the place `key` opens
/// with, written another way, and goes on as `key` does (郑州高新区 → 郑州市高新区).
fn same_place_other_form(table: &Table, key: &str, except: &str, rules: &RuleSet) -> Option<String> {
    let (place, rest) = place_and_rest(key, rules)?;
    table.live_keys(EntityType::Platform).find(|k| *k != except && *k != key && place_and_rest(k, rules) == Some((place, rest))).map(str::to_string)
}

/// A platform or a company named again without the place that opens its name
/// (宜昌|青岚东升科技园 … 青岚东升科技园, 远安|宏达集团 … 宏达集团) is the one entity of its
/// type in the document whose name is that place and the shorter name. (Other words left
/// out may be a runaway left edge's, 项目深度契合|咸阳高新区: the shorter name is the better
/// one then, and is not merged into it.)
fn merge_shortened_names(table: &mut Table, rules: &RuleSet) {
    // Shorter than these, the rest is a head and little more (merge_bare_heads reads a
    // platform's); a company's trade name and its kind (宏达集团) are four characters.
    for (t, short_min) in [(EntityType::Platform, 5), (EntityType::Enterprise, 4)] {
        merge_shortened(table, rules, t, short_min);
    }
}

fn merge_shortened(table: &mut Table, rules: &RuleSet, t: EntityType, short_min: usize) {
    // Each key's rests after its opening places, if one is a key too: a gazetteer lookup per
    // place and a hashed lookup, no index of every key's suffixes.
    // (With whether the longer name holds a zone before the rest.)
    let mut longer_of: FxHashMap<String, Vec<(String, bool)>> = FxHashMap::default();
    for k in table.live_keys(t) {
        // The rests after the places opening it, one after another (无锡市|新吴区|空港经开区),
        // and after a place's zone (西安高新区|丝路科学城: a platform in the zone, named again
        // without it).
        let mut rest = k;
        while let Some((_, r)) = place_and_rest(rest, rules).filter(|(_, r)| !r.is_empty()) {
            let in_zone = if t == EntityType::Platform { after_zone(r, rules) } else { None };
            for (r, zoned) in std::iter::once((r, false)).chain(in_zone.map(|z| (z, true))) {
                if r.chars().nth(short_min - 1).is_some() && table.live(t, r).is_some() {
                    longer_of.entry(r.to_string()).or_default().push((k.to_string(), zoned));
                }
            }
            rest = r;
        }
    }
    // A longer name is merged before a shorter one it ends with, so that the shorter finds
    // it one platform already; the order is fixed by the keys, not by the map.
    let mut shorts: Vec<(String, Vec<(String, bool)>)> = longer_of.into_iter().collect();
    shorts.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.0.cmp(&b.0)));
    for (short, longer) in shorts {
        let Some(own) = table.live(t, &short).map(|i| table.find(i)) else { continue };
        // A name that is its place and the shorter one (常州|青岚产业园) is read before one
        // that holds a zone between them too (常州天宁经济开发区|青岚产业园): the zone's is
        // the shorter's longer form only where no other is.
        let plain = longer.iter().any(|(_, zoned)| !zoned);
        let mut targets: Vec<usize> = longer.iter().filter(|(_, zoned)| !(plain && *zoned)).filter_map(|(l, _)| table.live(t, l).map(|i| table.find(i))).filter(|&i| i != own).collect();
        targets.sort_unstable();
        targets.dedup();
        if let [target] = targets[..] {
            if let Some(into) = table.entities[target].as_ref().map(|e| e.key.clone()) {
                table.merge(t, &short, &into);
            }
        }
    }
}

/// A program name that ends exactly one longer program name of the document is a short form
/// of it, or a piece of it: the same program. So a title broken by a space or a line
/// (…加快|青岚产业技术创新体系建设实施方案), a coined name written again without its place or
/// topic (跃升计划 after 宜昌市县域科技创新跃升计划, “215”创新引领工程 after 远安县传统产业焕新
/// “215”创新引领工程), a drive without its place (国家自主创新示范区 after 宜昌国家自主创新示范区). A
/// rank written before the rest (重点|省级青岚计划项目, list `program_rank`) makes a program of
/// its own, and bare kinds (实施方案) are no program names to begin with.
fn merge_program_tails(table: &mut Table, rules: &RuleSet) {
    /// Characters a tail needs: a coined word and a head.
    const TAIL: usize = 4;
    merge_tails(table, EntityType::Program, TAIL, |_, _| true, rules.lexicon.id("program_rank").map(|l| (rules, l)));
}

/// So is a platform's name written in quotes that ends exactly one longer platform name of
/// the document: the lab or centre named again by its short form (“青岚实验室” after 深海技术
/// 科学青岚实验室). Quoted, as short forms are written: a name merely ending a longer one may
/// be the right name beside a longer one whose edge ran over other words (项目深度契合|远安
/// 高新区). Five characters at least: a coined pair and a head of three, or more.
fn merge_platform_tails(table: &mut Table) {
    const TAIL: usize = 5;
    let t = EntityType::Platform;
    let quoted = |e: &Entity| std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| n.starts_with('“') && n.ends_with('”'));
    merge_tails(table, t, TAIL, |table, k| table.live(t, k).and_then(|i| table.entities[i].as_ref()).is_some_and(quoted), None);
}

/// A park named again without what opens its name (智能制造产业园 after 长江新区智能制造产业园,
/// 云生工业园 after 杏陈云生工业园: a place the gazetteer lacks, a town, an owner) is the one
/// longer park of the document that ends with it, where what the longer adds is a few
/// characters with no verb, conjunction or particle among them: words that run into a name
/// from the sentence (开发|斗门产业新城, 王明和|…开发区) make the longer name the wrong one.
fn merge_park_tails(table: &mut Table, rules: &RuleSet) {
    /// A coined pair and a park's head of three.
    const TAIL: usize = 5;
    /// What a name may hold before the park's own: a town and a zone, an owner's short name.
    const BEFORE_MAX: usize = 8;
    let t = EntityType::Platform;
    let heads: Vec<crate::rules::ListId> = ["named_platform_head", "zone"].iter().filter_map(|l| rules.lexicon.id(l)).collect();
    let ends_with_head = |k: &str| k.char_indices().skip(1).any(|(i, _)| heads.iter().any(|&l| rules.lexicon.contains(l, &k[i..])));
    let keys: Vec<String> = table.live_keys(t).map(str::to_string).collect();
    // Most documents name no park twice: the names that may be short forms come first.
    let shorts: Vec<&String> = keys.iter().filter(|k| k.chars().nth(TAIL - 1).is_some() && place_and_rest(k, rules).is_none() && ends_with_head(k)).collect();
    if shorts.is_empty() {
        return;
    }
    let boundary = rules.list("left_boundary");
    // (Nor an activity opening it, 开发|…新城: a verb of building that is no boundary word.)
    let activities: Vec<&String> = ["shared_head_activity", "head_phrase"].iter().flat_map(|l| rules.list(l)).collect();
    let longer: Vec<&str> = keys.iter().map(String::as_str).filter(|k| k.chars().nth(TAIL).is_some()).collect();
    let index = SuffixIndex::new(longer.par_iter().copied());
    for k in shorts {
        if let [longer] = &index.longer_ending_with(k, 2)[..] {
            let before = &longer[..longer.len() - k.len()];
            let n = before.chars().count();
            let plain = before.chars().all(|c| (('\u{4e00}'..='\u{9fff}').contains(&c) && !"和与及同暨的".contains(c)) || c == '·') && !boundary.iter().any(|w| before.contains(w.as_str())) && !activities.iter().any(|w| before.starts_with(w.as_str()));
            if (2..=BEFORE_MAX).contains(&n) && plain {
                table.merge(t, k, longer);
            }
        }
    }
}

/// Merges each key of type `t`, of `tail` characters or more, that `short` accepts into the
/// one longer key of the document that ends with it, unless what the longer one adds is a
/// word of `rank`.
fn merge_tails(table: &mut Table, t: EntityType, tail: usize, short: impl Fn(&Table, &str) -> bool, rank: Option<(&RuleSet, crate::rules::ListId)>) {
    let keys: Vec<String> = table.live_keys(t).map(str::to_string).collect();
    // The names that may be short forms, found before any index is built: most documents
    // have none (no platform's name written in quotes).
    let shorts: Vec<&String> = keys.iter().filter(|k| k.chars().nth(tail - 1).is_some() && short(table, k)).collect();
    if shorts.is_empty() {
        return;
    }
    // Only names longer than a tail can end with one: the rest need not be reversed.
    let longer: Vec<&str> = keys.iter().map(String::as_str).filter(|k| k.chars().nth(tail).is_some()).collect();
    let index = SuffixIndex::new(longer.par_iter().copied());
    for k in shorts {
        if let [longer] = &index.longer_ending_with(k, 2)[..] {
            let before = &longer[..longer.len() - k.len()];
            if rank.is_some_and(|(rules, l)| rules.lexicon.contains(l, before)) {
                continue;
            }
            table.merge(t, k, longer);
        }
    }
}

/// A name that is only a head word (示范市, 高新区, 试验区) refers to the one entity of its type
/// in the document whose name ends with it.
fn merge_bare_heads(table: &mut Table, rules: &RuleSet) {
    let heads: Vec<(EntityType, crate::rules::ListId)> = rules.names.iter().map(|r| (r.entity_type, r.heads)).collect();
    for t in [EntityType::Platform, EntityType::Program] {
        let keys = table.keys(&[t]);
        // The bare heads first (few documents have any), folded in one reused buffer: the
        // index of every key is built only for a document that has one.
        let bare: Vec<&str> = keys
            .par_iter()
            .with_min_len(1024)
            .map(|(_, k)| k.as_str())
            .filter(|k| {
                let folded: String = k.chars().map(|c| rules.normalise.fold.fold(c)).collect();
                heads.iter().any(|(ht, l)| *ht == t && rules.lexicon.contains(*l, &folded))
            })
            .collect();
        if bare.is_empty() {
            continue;
        }
        let index = SuffixIndex::new(keys.par_iter().map(|(_, k)| k.as_str()));
        for k in bare {
            if let [target] = &index.longer_ending_with(k, 2)[..] {
                table.merge(t, k, target);
            }
        }
    }
}

/// An agency named by a shorter form that ends the full name of exactly one other agency of
/// the document (园区科技创新委员会 → 苏州工业园区科技创新委员会) is that agency.
fn merge_agency_suffixes(table: &mut Table) {
    let t = EntityType::Agency;
    let keys = table.keys(&[t]);
    let index = SuffixIndex::new(keys.par_iter().map(|(_, k)| k.as_str()));
    for (_, short) in &keys {
        if short.chars().count() < 4 {
            continue;
        }
        if let [target] = &index.longer_ending_with(short, 2)[..] {
            table.merge(t, short, target);
        }
    }
}

/// A notice's title written with its issuer (科技部火炬中心关于开展…的通知) and without it
/// (关于开展…的通知) is one notice: the bare title, when exactly one issuer-opened title
/// ends with it, is an alias.
fn merge_issuer_titles(table: &mut Table) {
    let t = EntityType::Program;
    let keys = table.keys(&[t]);
    let index = SuffixIndex::new(keys.par_iter().map(|(_, k)| k.as_str()));
    for (_, bare) in &keys {
        if !bare.starts_with("关于") {
            continue;
        }
        if let [target] = &index.longer_ending_with(bare, 2)[..] {
            let issuer = &target[..target.len() - bare.len()];
            if !issuer.contains("关于") && !issuer.contains('《') {
                table.merge(t, bare, target);
            }
        }
    }
}

/// A local body's office named short (市政府办公室) keeps the name the text gives it, unless
/// the document also names it in full (明州市人民政府办公室): then the short form is an alias
/// of the full one (GUIDELINES.md: the fullest form in the document).
fn merge_written_sub_bodies(table: &mut Table, rules: &RuleSet, locality: Option<usize>) {
    let t = EntityType::Agency;
    for (_, short) in table.keys(&[t]) {
        let Some((parent, sub)) = sub_body_of(&short, rules) else { continue };
        if parent.ends_with('委') || national_name(parent, rules).is_some() {
            continue;
        }
        let full = identity(t, &format!("{}{sub}", agency_name(parent, rules, locality)), rules);
        if full != short && table.live(t, &full).is_some() {
            table.merge(t, &short, &full);
        }
    }
}

/// A trade name (长电科技, or 长电科技公司) that opens the registered name of exactly one
/// enterprise of the document (江苏长电科技股份有限公司, once its place and legal form are
/// set aside) is that enterprise.
fn merge_trade_names(table: &mut Table, rules: &RuleSet) {
    let t = EntityType::Enterprise;
    let legal: Vec<&String> = rules.list("legal_form").iter().collect();
    // The core without its places (长电科技), and the name without its legal form alone when
    // that keeps a place (厦门钨业股份有限公司 is written 厦门钨业 as often as 钨业).
    let core_of = |key: &str| -> Option<(String, Option<String>)> {
        let form = legal.iter().filter(|f| key.ends_with(f.as_str())).max_by_key(|f| f.len())?;
        let placed = &key[..key.len() - form.len()];
        let mut chars: Vec<char> = placed.chars().collect();
        while let Some((_, len)) = rules.gazetteer.prefix(&chars) {
            if len >= chars.len() {
                break;
            }
            chars.drain(..len);
        }
        let core: String = chars.into_iter().collect();
        let with_place = (core.len() < placed.len()).then(|| placed.to_string());
        Some((core, with_place))
    };
    let keys = table.keys(&[t]);
    // Registered names by their core, so the ones a trade name opens are one range. A name
    // ending with a bare 公司 (新石器公司) is the trade name written as a company: it is
    // looked up by its core like a trade name, and is no registered name itself. Each key
    // is told apart in parallel (a long document has a hundred thousand); the merges then
    // follow in key order, as before.
    let kinds: Vec<Result<(String, Option<String>), String>> = keys
        .par_iter()
        .with_min_len(1024)
        .map(|(_, k)| {
            // 有限公司, 分公司 and the like are registered forms; only the bare 公司 is not.
            let bare_company = k.strip_suffix("公司").filter(|_| !legal.iter().any(|f| f.len() > "公司".len() && k.ends_with(f.as_str())));
            match bare_company {
                Some(core) => Err(core.to_string()),
                None => core_of(k).ok_or_else(|| k.clone()),
            }
        })
        .collect();
    let mut registered: Vec<(String, usize)> = Vec::new();
    let mut short: Vec<(String, usize)> = Vec::new();
    for (n, kind) in kinds.into_iter().enumerate() {
        match kind {
            Ok((core, with_place)) => {
                registered.push((core, n));
                if let Some(placed) = with_place {
                    registered.push((placed, n));
                }
            }
            Err(probe) => short.push((probe, n)),
        }
    }
    // By core, each core's names in key order (a stable sort): the order of a map from
    // cores to the names pushed in key order.
    registered.par_sort_by(|a, b| a.0.cmp(&b.0));
    for (probe, s) in short {
        if probe.chars().count() < 2 {
            continue;
        }
        let from = registered.partition_point(|(core, _)| core.as_str() < probe.as_str());
        let mut owners: Vec<usize> = registered[from..].iter().take_while(|(core, _)| core.starts_with(probe.as_str())).map(|&(_, n)| n).take(3).collect();
        owners.sort_unstable();
        owners.dedup();
        if let [target] = owners[..] {
            table.merge(t, &keys[s].1, &keys[target].1);
        } else if owners.is_empty() {
            // No registered name: the trade name written alone (山神漆器 and 山神漆器公司)
            // is the same company.
            if let Ok(n) = keys.binary_search_by(|(_, k)| k.as_str().cmp(probe.as_str())) {
                table.merge(t, &keys[s].1, &keys[n].1);
            }
        }
    }
    // A company written with 股份有限公司 or 有限责任公司 and elsewhere with 有限公司 after the
    // same name (湖北迪峰换热器股份有限公司, 湖北迪峰换热器有限公司) is one company: one
    // document does not name two whose registered names differ only so.
    for (_, k) in &keys {
        for long_form in ["股份有限公司", "有限责任公司"] {
            if let Some(base) = k.strip_suffix(long_form).filter(|b| b.chars().count() >= 2) {
                let short_form = format!("{base}有限公司");
                if keys.binary_search_by(|(_, other)| other.as_str().cmp(short_form.as_str())).is_ok() {
                    table.merge(t, &short_form, k);
                }
            }
        }
    }
    // A group written with and without 公司 (酒钢集团, 酒钢集团公司) is one company; only the
    // exact name is looked up, as a group's name opens its subsidiaries' too.
    for (_, k) in &keys {
        if let Some(group) = k.strip_suffix("公司").filter(|g| g.ends_with("集团")) {
            if keys.binary_search_by(|(_, other)| other.as_str().cmp(group)).is_ok() {
                table.merge(t, k, group);
            }
        }
    }
    // A group named by its trade name and 集团 alone (鸿翔集团) is the one registered group
    // of the document whose name opens with that trade name (宜昌鸿翔生态农业发展集团有限
    // 公司, its place set aside): groups are called so. With two such groups, which one is
    // meant is a guess.
    let group_forms = ["集团有限公司", "集团股份有限公司", "集团有限责任公司", "集团公司"];
    for (_, k) in &keys {
        let Some(trade) = k.strip_suffix("集团").filter(|c| c.chars().count() >= 2) else { continue };
        let from = registered.partition_point(|(core, _)| core.as_str() < trade);
        let mut groups: Vec<usize> = registered[from..]
            .iter()
            .take_while(|(core, _)| core.starts_with(trade))
            .map(|&(_, n)| n)
            .filter(|&n| keys[n].1 != *k && group_forms.iter().any(|f| keys[n].1.ends_with(f)))
            .take(3)
            .collect();
        groups.sort_unstable();
        groups.dedup();
        if let [target] = groups[..] {
            table.merge(t, k, &keys[target].1);
        }
    }
}

/// A program or platform named once with a level prefix (国家创新型城市建设) and elsewhere
/// without it (创新型示范市建设), with a trailing 建设/创建/项目, or after the scope it runs in
/// (全省“强科技”行动 and “强科技”行动), is one entity, when exactly one levelled form exists.
fn merge_unlevelled(table: &mut Table, rules: &RuleSet) {
    let levels = rules.list("level");
    let suffixes = rules.list("program_suffix");
    let scopes = rules.list("program_scope");
    let core = |k: &str| -> String {
        let mut k = k.to_string();
        if let Some(s) = scopes.iter().find(|s| k.starts_with(s.as_str()) && k.len() > s.len()) {
            k = k[s.len()..].to_string();
        }
        if let Some(l) = levels.iter().filter(|l| k.starts_with(l.as_str()) && k.len() > l.len()).max_by_key(|l| l.len()) {
            k = k[l.len()..].to_string();
        }
        if let Some(s) = suffixes.iter().find(|s| k.ends_with(s.as_str()) && k.len() > s.len()) {
            k.truncate(k.len() - s.len());
        }
        k
    };
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, k) in table.keys(&[EntityType::Program]) {
        groups.entry(core(&k)).or_default().push(k);
    }
    for keys in groups.into_values() {
        if keys.len() < 2 {
            continue;
        }
        let levelled: Vec<&String> = keys.iter().filter(|k| levels.iter().any(|l| k.starts_with(l.as_str()))).collect();
        // Two levels are two programs (国家火炬计划, 省火炬计划); one level written with and
        // without a suffix (国家科技支撑计划, 国家科技支撑计划项目) is one.
        let level_of = |k: &str| levels.iter().filter(|l| k.starts_with(l.as_str())).map(|l| l.len()).max().map(|n| k[..n].to_string());
        let mut by_level: BTreeMap<Option<String>, Vec<&String>> = BTreeMap::new();
        for k in &levelled {
            by_level.entry(level_of(k)).or_default().push(k);
        }
        for same in by_level.values() {
            if let Some(target) = same.iter().max_by_key(|k| k.len()) {
                for k in same {
                    table.merge(EntityType::Program, k, target);
                }
            }
        }
        // The unlevelled forms are the one level's, if only one is written.
        if by_level.len() > 1 {
            continue;
        }
        let target = levelled.iter().max_by_key(|k| k.len()).map(|k| (*k).clone()).unwrap_or_else(|| keys.iter().max_by_key(|k| k.len()).cloned().unwrap_or_default());
        for k in &keys {
            table.merge(EntityType::Program, k, &target);
        }
    }
}

//! Across documents: one node per real-world thing.
//!
//! Per-document resolution (the parent module) makes one entity per thing within a
//! document. This module decides which entities of *different* documents are the same
//! thing, in two steps at two times:
//!
//! - When a document's record is made ([`identity`], [`own_place`]), each entity gets an
//!   [`Identity`]: every form the document uses for it, each split into a *core* (the name
//!   without its place, level, legal form, trade word or head, and generic words) and a
//!   *kind* (the trade word or head), and the place its name names. The document gets its
//!   [`OwnPlace`]: where it names its locality as its own. Records carry both, so the graph
//!   stage needs no rules and `merge` of shards, incremental and clean builds all decide alike.
//! - When the graph is built, [`resolve_across`] merges entities of different documents,
//!   rule by rule, on evidence only, and records every merge (rule, the two names, the
//!   evidence) and every refusal.
//!
//! The rules, in order (each a [`Merge::rule`] id):
//!
//! 1. `across.same-name`: the same identity key (traditional and simplified spellings fold to
//!    one; for agencies, 中共 and body spellings aside). A name whose place is relative (市X,
//!    省X, a bare 市委 expanded with the document's locality) joins only names at the same
//!    place, and only when its document names that place as its own.
//! 2. `across.short-form`: a form one document ties to a fuller name (an alias within that
//!    document, 以下简称) is what another document calls by that form, when exactly one
//!    node carries it as a short form and the places agree.
//! 3. `across.same-core`: names with the same core, the same kind (or none) and compatible
//!    places: equal, or one within the other per the gazetteer (platform and program names
//!    need the same place in their name). A name with less (no place, no trade word) joins a
//!    fuller one only when exactly one fullest candidate in the build fits it.
//!
//! Refusals: a bare generic form without a place (市委 whose document does not name its city,
//! 管委会, 经济开发区, 高新区) never merges across documents, and gets an IRI of its own
//! document; two entities one document keeps apart are never merged; places that differ
//! never merge.
//!
//! Invariants: the result is a function of the records in canonical order, so input order,
//! shards and incremental builds give the same nodes; a node keeps the identity key of its
//! fullest (registered) name, and the keys of its other names are its `owl:sameAs`.

use crate::model::EntityType;
use crate::record::{DocumentRecord, EntityRecord};
use crate::rules::{PlaceLevel, RuleSet};
use crate::DocumentResult;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Rule id: the same identity key.
pub const SAME_NAME: &str = "across.same-name";
/// Rule id: a short form another document ties to a fuller name.
pub const SHORT_FORM: &str = "across.short-form";
/// Rule id: the same core, compatible kind and places.
pub const SAME_CORE: &str = "across.same-core";

/// The place of national names, in components: apart from every place of the gazetteer.
const NATIONAL: &str = "(national)";

/// A place, from itself up to its province, by official names joined by `/`
/// (江阴市/无锡市/江苏省): two divisions with one name are told apart by what they belong to.
/// Empty: no place.
pub type Chain = String;

/// Where the place of an entity's name comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlaceFrom {
    /// The name says it (江阴经济开发区, 宜兴市委, 华岳精工(江阴)有限公司).
    Name,
    /// A level word relative to the document (市智能制造产业园, 省重点研发计划): the
    /// document's own place at that level, when the document names it.
    Level,
    /// A bare body expanded with the document's locality (市委 → 中共宜兴市委), or a body
    /// named without a place (领导小组): the document's own place, when it names it.
    Locality,
    /// A national name (国务院, 全国…, 中国…): no place needed.
    National,
    /// No place.
    #[default]
    None,
}

/// One form a document uses for an entity, as identity sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// Its identity key (folded).
    pub key: String,
    /// What is left without place, level, legal form, kind and generic words.
    pub core: String,
    /// The trade word (enterprises) or head (platforms, programs) it ends with, or "".
    pub kind: String,
    /// The broader kind that kind is a case of (经开区: 开发区), or "".
    pub broad: String,
    /// A company's legal form, as far as identity tells them apart.
    pub legal: Legal,
    /// An alias: a form other than the entity's name.
    pub alias: bool,
}

/// A company's legal form, as identity tells them apart: a group (X集团有限公司) and the
/// company of the same name (X股份有限公司) are two companies; a name without a legal form
/// (X, X药业) may be either.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Legal {
    /// No legal form in the name.
    #[default]
    None,
    /// A group (集团, 集团有限公司...).
    Group,
    /// A company that is not a group (有限公司, 股份有限公司...).
    Company,
}

/// What cross-document resolution knows of one entity of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The name first, then the aliases, one per key.
    pub forms: Vec<Form>,
    /// The place the name names (its opening place, or its level at the document's place),
    /// empty when none is known.
    pub place: Chain,
    /// Where `place` comes from.
    pub place_from: PlaceFrom,
    /// A place in parentheses that locates it (生物高新区(惠山区)), empty when none.
    pub located: Chain,
    /// A registered name (a company's legal form).
    pub registered: bool,
}

/// Where a document names its locality as its own place: outside the names of other things
/// (无锡科技金融服务平台 names a platform's place) and not as the area it ranks itself in
/// (保持无锡第一).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPlace {
    /// The locality.
    pub chain: Chain,
    /// Offsets of the place name in the normalised text.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The place name and what follows it, for explanations.
    pub text: String,
}

/// Words by their text, for the longest one that opens or ends a name: a walk over the
/// name's first (last) characters that stops as soon as no word opens (ends) with them, so
/// a name that opens with no word costs one lookup, not one per word length.
#[derive(Debug, Clone, Default)]
struct WordSet {
    // Looked up for every form of every entity: Fx, not SipHash (the words are the rules'
    // own, not the documents').
    words: rustc_hash::FxHashSet<String>,
    /// Every proper prefix of a word.
    prefixes: rustc_hash::FxHashSet<String>,
    /// Every proper suffix of a word.
    suffixes: rustc_hash::FxHashSet<String>,
}

impl WordSet {
    fn new<'a>(words: impl Iterator<Item = &'a String>) -> Self {
        let words: rustc_hash::FxHashSet<String> = words.filter(|w| !w.is_empty()).cloned().collect();
        let prefixes = words.iter().flat_map(|w| w.char_indices().skip(1).map(|(end, _)| w[..end].to_string())).collect();
        let suffixes = words.iter().flat_map(|w| w.char_indices().skip(1).map(|(start, _)| w[start..].to_string())).collect();
        Self { words, prefixes, suffixes }
    }

    /// The longest word `s` opens with, leaving at least `keep` characters, in bytes.
    fn prefix(&self, s: &str, keep: usize) -> Option<usize> {
        let n = s.chars().count();
        let mut longest = None;
        // At most n - keep characters: the zip with the count of lengths allowed ends it.
        for (_, (at, c)) in (1..=n.saturating_sub(keep)).zip(s.char_indices()) {
            let end = at + c.len_utf8();
            let opening = &s[..end];
            if self.words.contains(opening) {
                longest = Some(end);
            }
            if !self.prefixes.contains(opening) {
                break;
            }
        }
        longest
    }

    /// The longest word `s` ends with, leaving at least `keep` characters, in bytes.
    fn suffix(&self, s: &str, keep: usize) -> Option<usize> {
        let n = s.chars().count();
        let mut longest = None;
        for (_, (start, _)) in (1..=n.saturating_sub(keep)).zip(s.char_indices().rev()) {
            let ending = &s[start..];
            if self.words.contains(ending) {
                longest = Some(s.len() - start);
            }
            if !self.suffixes.contains(ending) {
                break;
            }
        }
        longest
    }
}

/// The word lists identity reads, gathered once per build (see [`IdentityWords::new`]).
#[derive(Debug, Clone)]
pub struct IdentityWords {
    national: WordSet,
    levels: WordSet,
    level_of: rustc_hash::FxHashMap<String, PlaceLevel>,
    not_level: WordSet,
    legal: WordSet,
    trade: WordSet,
    platform_heads: WordSet,
    program_heads: WordSet,
    drive_heads: WordSet,
    generic: WordSet,
    broader: rustc_hash::FxHashMap<String, String>,
}

impl IdentityWords {
    /// The lists of `rules` that identity reads.
    pub fn new(rules: &RuleSet) -> Self {
        let a = &rules.resolve.across;
        let l = |name: &str| rules.list(name).iter();
        // A level word opens a name relative to the document's place; 国家 opens a national
        // one (handled as such, not as a level).
        let mut level_of = rustc_hash::FxHashMap::default();
        for (list, level) in [("level_county", PlaceLevel::County), ("level_municipal", PlaceLevel::Prefecture), ("level_provincial", PlaceLevel::Province)] {
            for w in rules.list(list) {
                level_of.insert(w.clone(), level);
            }
        }
        Self {
            national: WordSet::new(a.national.iter().chain(l("level_national"))),
            levels: WordSet::new(level_of.keys()),
            level_of,
            not_level: WordSet::new(a.not_level.iter()),
            legal: WordSet::new(l("legal_form")),
            trade: WordSet::new(l("industry_word").chain(a.kind_words.iter())),
            platform_heads: WordSet::new(l("platform_head").chain(l("named_platform_head")).chain(l("zone"))),
            program_heads: WordSet::new(l("program_head").chain(l("soft_program_head")).chain(l("weak_program_head")).chain(l("drive_head")).chain(l("engineering_head"))),
            drive_heads: WordSet::new(l("drive_head")),
            broader: a.broader_kinds.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            generic: WordSet::new(l("generic_modifier").chain(l("level")).chain(l("program_suffix")).chain(a.generic_words.iter())),
        }
    }
}

struct Words<'r> {
    rules: &'r RuleSet,
    w: &'r IdentityWords,
}

/// What a name is made of.
#[derive(Debug, Default)]
struct Parts {
    /// Places the name opens with, in order (江苏, 无锡 → both).
    places: Vec<usize>,
    /// A place in parentheses.
    located: Option<usize>,
    /// A level word it opens with, and its level.
    level: Option<PlaceLevel>,
    /// It opens with a national word (中国, 全国, 国家).
    national: bool,
    core: String,
    kind: String,
    legal: Legal,
    registered: bool,
}

/// A trailing "(...)" that names a place, as (place, the text before it).
fn parenthesised_place(s: &str, rules: &RuleSet) -> Option<(usize, usize)> {
    let body = s.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = &body[open + 1..];
    let inner_len = inner.chars().count();
    let g = &rules.gazetteer;
    let (p, len) = g.prefix_of(inner).or_else(|| g.lookup(inner).map(|p| (p, inner_len)))?;
    (len == inner_len).then_some((p, open))
}

/// The byte offset after the first `n` characters of `s`, when more characters follow.
fn before_rest(s: &str, n: usize) -> Option<usize> {
    s.char_indices().nth(n).map(|(at, _)| at)
}

impl Words<'_> {
    /// Splits a folded key into its parts.
    fn parts(&self, t: EntityType, key: &str) -> Parts {
        let g = &self.rules.gazetteer;
        let mut out = Parts::default();
        if t == EntityType::Agency {
            out.core = key.to_string();
            return out;
        }
        // What is left of the key, narrowed from both ends: one string is built, the core.
        let mut s = key;
        let w = self.w;
        // The front: national words, places, level words, in any order.
        loop {
            if let Some(end) = w.national.prefix(s, 1) {
                out.national = true;
                s = &s[end..];
                continue;
            }
            if let Some((p, at)) = g.prefix_of(s).and_then(|(p, len)| Some((p, before_rest(s, len)?))) {
                let official = s[..at] == g.places[p].name;
                // A company's short place prefix may be its trade name (汇川 in 汇川技术):
                // only official names and the short forms of provinces and prefectures count.
                if t != EntityType::Enterprise || official || g.places[p].level != PlaceLevel::County {
                    out.places.push(p);
                    s = &s[at..];
                    continue;
                }
            }
            if matches!(t, EntityType::Platform | EntityType::Program) && w.not_level.prefix(s, 0).is_none() {
                if let Some(end) = w.levels.prefix(s, 1) {
                    out.level = out.level.or_else(|| w.level_of.get(&s[..end]).copied());
                    s = &s[end..];
                    continue;
                }
            }
            break;
        }
        // The back: legal forms, places in parentheses, the kind.
        loop {
            if t == EntityType::Enterprise {
                if let Some(len) = w.legal.suffix(s, 1) {
                    let form = &s[s.len() - len..];
                    out.registered |= form.contains("公司");
                    // X集团 after X有限公司 stripped (X集团有限公司): a group either way.
                    out.legal = if form.contains("集团") { Legal::Group } else if out.legal == Legal::None { Legal::Company } else { out.legal };
                    s = &s[..s.len() - len];
                    continue;
                }
            }
            if let Some((p, open)) = parenthesised_place(s, self.rules) {
                out.located = out.located.or(Some(p));
                s = &s[..open];
                continue;
            }
            if out.kind.is_empty() {
                let heads = match t {
                    EntityType::Enterprise => &w.trade,
                    EntityType::Platform => &w.platform_heads,
                    _ => &w.program_heads,
                };
                // A trade word leaves at least two characters of trade name; a head may
                // leave nothing (a bare 高新区 is generic).
                let keep = usize::from(t == EntityType::Enterprise) * 2;
                if let Some(len) = heads.suffix(s, keep) {
                    out.kind = s[s.len() - len..].to_string();
                    s = &s[..s.len() - len];
                    continue;
                }
            }
            break;
        }
        // Generic words say nothing of which one (重点, 现代, 十四五): a platform or program
        // made only of them is a bare generic form.
        // A bare title (创新型城市, 示范区 of a drive) is one program wherever it is named.
        let title = t == EntityType::Program && w.drive_heads.words.contains(&out.kind);
        if t != EntityType::Enterprise {
            loop {
                let before = s.len();
                if let Some(end) = w.generic.prefix(s, 0) {
                    s = &s[end..];
                }
                if let Some(len) = w.generic.suffix(s, 0) {
                    s = &s[..s.len() - len];
                }
                if s.len() == before {
                    break;
                }
            }
        }
        out.core = if s.is_empty() && title {
            out.kind.clone()
        } else if s.is_empty() && t == EntityType::Platform && !out.places.is_empty() {
            // A zone named by its place and head alone (无锡经开区): the place tells it from
            // others, so it stands as the core (then 无锡开发区 can find it).
            let last = out.places[out.places.len() - 1];
            format!("@{}", g.places[last].name)
        } else {
            s.to_string()
        };
        out
    }
}

/// A place and the places it belongs to, by official names.
pub fn chain(place: usize, rules: &RuleSet) -> Chain {
    let g = &rules.gazetteer;
    let mut out = String::new();
    let mut at = Some(place);
    while let Some(p) = at {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(&g.places[p].name);
        at = g.places[p].parent;
    }
    out
}

/// Is `inner` the place `outer`, or within it?
pub fn within(inner: &str, outer: &str) -> bool {
    !outer.is_empty()
        && (inner == outer || (inner.len() > outer.len() && inner.ends_with(outer) && inner.as_bytes()[inner.len() - outer.len() - 1] == b'/'))
}

fn compatible(a: &str, b: &str) -> bool {
    within(a, b) || within(b, a)
}

/// The document's place at a level (省 its province, 市 its city, 县/区 itself).
fn at_level(level: PlaceLevel, locality: usize, rules: &RuleSet) -> Option<usize> {
    let g = &rules.gazetteer;
    let loc = &g.places[locality];
    match level {
        PlaceLevel::Province => g.ancestor(locality, PlaceLevel::Province),
        PlaceLevel::Prefecture if loc.level == PlaceLevel::County && loc.name.ends_with('市') => Some(locality),
        PlaceLevel::Prefecture => g.ancestor(locality, PlaceLevel::Prefecture),
        PlaceLevel::County => (loc.level == PlaceLevel::County).then_some(locality),
    }
}

/// Where the document names its locality as its own place, if it does.
pub fn own_place(doc: &DocumentResult, rules: &RuleSet) -> Option<OwnPlace> {
    let loc = doc.resolved.locality?;
    let text = &doc.normalised;
    let len = text.len_chars();
    let ranking = &rules.resolve.across.ranking_after;
    let ms = &doc.extraction.mentions;
    for h in doc.extraction.places.iter().filter(|h| h.place == loc && !h.as_level) {
        // Inside the name of a thing of another type, the place is that thing's: an agency's
        // name (无锡市人民政府) or a place's own mention still names it.
        let first_after = ms.partition_point(|m| m.start <= h.start);
        let inside = ms[..first_after]
            .iter()
            .rev()
            .take(64)
            .any(|m| m.end >= h.end && !m.composed && !matches!(m.entity_type, EntityType::Agency | EntityType::Place));
        if inside {
            continue;
        }
        // 无锡第一, 无锡市第一: the area ranked in, with or without its level character.
        let after = text.slice(h.end, (h.end + 6).min(len));
        let after = after.strip_prefix(['市', '省', '县', '区']).unwrap_or(after);
        if ranking.iter().any(|w| after.starts_with(w.as_str())) {
            continue;
        }
        let shown_end = text.slice(h.start, (h.end + 4).min(len)).find('\n').map_or((h.end + 4).min(len), |i| h.start + text.slice(h.start, len)[..i].chars().count());
        return Some(OwnPlace { chain: chain(loc, rules), start: h.start, end: h.end, text: text.slice(h.start, shown_end.max(h.end)).to_string() });
    }
    None
}

/// An agency key as identity compares it: without 中共, bodies in one spelling.
pub fn agency_key(key: &str, rules: &RuleSet) -> String {
    let k = key.strip_prefix("中共").unwrap_or(key);
    for (from, to) in &rules.resolve.across.body_synonyms {
        if let Some(stem) = k.strip_suffix(from.as_str()) {
            return format!("{stem}{to}");
        }
    }
    k.to_string()
}

/// The identities of every entity of a processed document, in order.
pub fn identities(doc: &DocumentResult, own: Option<&OwnPlace>, rules: &RuleSet, words: &IdentityWords) -> Vec<Identity> {
    identities_of(doc, own, rules, words, Forms::All)
}

/// Entities per piece of a long document whose identities are made in parallel.
const IDENTITIES_PER_PIECE: usize = 1024;

/// Each entity's identity, in order: in parallel pieces for a document of many entities
/// (each identity is a function of its entity alone).
fn identities_of(doc: &DocumentResult, own: Option<&OwnPlace>, rules: &RuleSet, words: &IdentityWords, which: Forms) -> Vec<Identity> {
    let words = Words { rules, w: words };
    let n = doc.resolved.entities.len();
    if n <= IDENTITIES_PER_PIECE {
        return (0..n).map(|i| identity_with(&words, doc, i, own, which)).collect();
    }
    use rayon::prelude::*;
    (0..n).into_par_iter().with_min_len(IDENTITIES_PER_PIECE).map(|i| identity_with(&words, doc, i, own, which)).collect()
}

/// As [`identities`], with each entity's name form only: what naming the nodes of the
/// document alone reads. The aliases' forms are compared only with other documents' (rules
/// 2 and 3), and splitting every alias was most of an identity's cost.
pub fn name_identities(doc: &DocumentResult, own: Option<&OwnPlace>, rules: &RuleSet, words: &IdentityWords) -> Vec<Identity> {
    identities_of(doc, own, rules, words, Forms::Name)
}

/// Which of an entity's forms an identity holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Forms {
    /// The name, then each alias with a key of its own.
    All,
    /// The name only.
    Name,
}

fn identity_with(words: &Words<'_>, doc: &DocumentResult, i: usize, own: Option<&OwnPlace>, which: Forms) -> Identity {
    let rules = words.rules;
    let g = &rules.gazetteer;
    let e = &doc.resolved.entities[i];
    let t = e.entity_type;
    let locality = doc.resolved.locality.filter(|_| own.is_some());
    let aliases = e.aliases.iter().take(if which == Forms::All { usize::MAX } else { 0 });
    // At most one form per name: sized for them, not grown from four (a form is about 100
    // bytes, and every entity of a document has an identity at once).
    let mut forms: Vec<Form> = Vec::with_capacity(1 + aliases.len());
    let mut name_parts = None;
    for (n, text) in std::iter::once(&e.name).chain(aliases).enumerate() {
        let key = if n == 0 { e.key.clone() } else { super::identity(t, text, rules) };
        let key = if t == EntityType::Agency { agency_key(&key, rules) } else { key };
        if forms.iter().any(|f| f.key == key) {
            continue;
        }
        let mut parts = words.parts(t, &key);
        // The form takes the core and kind; the name's other parts are read below.
        let (core, kind) = (std::mem::take(&mut parts.core), std::mem::take(&mut parts.kind));
        let broad = words.w.broader.get(&kind).cloned().unwrap_or_default();
        forms.push(Form { key, core, kind, broad, legal: parts.legal, alias: n > 0 });
        if n == 0 {
            name_parts = Some(parts);
        }
    }
    let parts = name_parts.unwrap_or_default();
    let mut id = Identity { forms, place: String::new(), place_from: PlaceFrom::None, located: String::new(), registered: parts.registered };
    if t == EntityType::Agency {
        // The body's place is in its resolved name; whether the text says it or resolution
        // took it from the locality is what the mentions tell.
        let key = agency_key(&e.key, rules);
        let place = g.prefix_of(&key).filter(|&(_, len)| before_rest(&key, len).is_some()).map(|(p, _)| p);
        let national = super::national_name(&e.name, rules).is_some()
            || words.w.national.prefix(&key, 1).is_some();
        // Each mention's folded key, read in one buffer: an agency is named many times.
        let mut folded = String::new();
        let said = e.mentions.iter().any(|&m| {
            folded.clear();
            folded.extend(super::key_chars(&doc.extraction.mentions[m].text).map(|c| rules.normalise.fold.fold(c)));
            let rest = folded.strip_prefix("中共").unwrap_or(&folded);
            g.prefix_of(rest).is_some_and(|(_, len)| before_rest(rest, len).is_some())
        });
        if national {
            id.place_from = PlaceFrom::National;
        } else if let (true, Some(p)) = (said, place) {
            id.place = chain(p, rules);
            id.place_from = PlaceFrom::Name;
        } else {
            id.place_from = PlaceFrom::Locality;
            if let Some(own) = own {
                id.place = place.map(|p| chain(p, rules)).unwrap_or_else(|| own.chain.clone());
            }
        }
        return id;
    }
    if let Some(p) = parts.located {
        id.located = chain(p, rules);
    }
    if parts.national && parts.places.is_empty() {
        id.place_from = PlaceFrom::National;
    } else if let Some(&first) = parts.places.first() {
        // 江苏无锡X: the most specific of the places that nest; else the first.
        let mut best = first;
        for &p in &parts.places[1..] {
            if g.within(p, best) {
                best = p;
            }
        }
        id.place = chain(best, rules);
        id.place_from = PlaceFrom::Name;
    } else if let Some(level) = parts.level {
        id.place_from = PlaceFrom::Level;
        if let Some(p) = locality.and_then(|loc| at_level(level, loc, rules)) {
            id.place = chain(p, rules);
        }
    }
    id
}

// ---------------------------------------------------------------------------------------
// Build time

/// One entity of one document: (document index in the build, entity index in its record).
pub type ItemRef = (usize, usize);

/// A merge: which rule joined which two names, on what evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Merge {
    /// Rule id ([`SAME_NAME`], [`SHORT_FORM`], [`SAME_CORE`]).
    pub rule: &'static str,
    /// The name that joined, and its document.
    pub from: ItemRef,
    /// The name it joined, and its document.
    pub into: ItemRef,
    /// The evidence, in words.
    pub evidence: String,
}

/// A merge that was not made, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Refusal {
    /// The entity kept apart.
    pub item: ItemRef,
    /// What it was kept apart from, when one other entity is in question.
    pub other: Option<ItemRef>,
    /// Why (most reasons are fixed words: no allocation per refusal).
    pub reason: Cow<'static, str>,
}

/// One node: the entities it joins and the key its IRI is made from.
#[derive(Debug, Clone)]
pub struct Node {
    /// Type.
    pub entity_type: EntityType,
    /// The key of its IRI: the identity key of its fullest (registered) name; a bare form
    /// without a place is qualified by its document (`市委@<hash>`), a relative name by its
    /// place, so that such a node never shares an IRI with another.
    pub key: String,
    /// The entities it joins, in build order.
    pub members: Vec<ItemRef>,
    /// The member whose name names the node.
    pub representative: ItemRef,
    /// The IRI keys of its members other than `key`, sorted: its `owl:sameAs`.
    pub same_as: Vec<String>,
    /// How its members were joined, in the order the rules ran.
    pub merges: Vec<Merge>,
}

/// The nodes of a build.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Nodes, sorted by type and key.
    pub nodes: Vec<Node>,
    /// For each document, for each entity, its node.
    pub node_of: Vec<Vec<usize>>,
    /// Merges that were not made, for `explain`.
    pub refusals: Vec<Refusal>,
}

/// What a component (a set of joined entities) knows of its place.
#[derive(Debug, Clone, Default)]
struct Comp {
    /// Its documents, ascending.
    docs: Vec<usize>,
    /// The place its names name (for enterprises, the most specific).
    place: Option<Chain>,
    /// Places in parentheses.
    located: BTreeSet<Chain>,
    /// The own places of the documents of its place-less names.
    soft: BTreeSet<Chain>,
}

struct Item<'a> {
    at: ItemRef,
    rec: &'a EntityRecord,
    /// Never merged across documents (a bare generic form without a place).
    alone: Option<&'static str>,
    /// The place only holds at the document's place (a level word, a body's locality, a
    /// generic name): joins names at the same place only.
    relative: bool,
    /// Its place: the name's, or the document's own for a relative name.
    place: Cow<'a, str>,
    iri_key: Cow<'a, str>,
    group: Cow<'a, str>,
}

struct State<'a> {
    items: Vec<Item<'a>>,
    parent: Vec<usize>,
    comps: Vec<Comp>,
    merges: Vec<Merge>,
    /// How many unions were made (recorded or not).
    unions: usize,
    refusals: Vec<Refusal>,
    docs: &'a [DocumentRecord],
}

fn place_text(c: &str) -> &str {
    c.split('/').next().filter(|p| !p.is_empty()).unwrap_or("-")
}

impl<'a> State<'a> {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Why two components may not be one, if they may not.
    fn conflict(&self, a: usize, b: usize, t: EntityType) -> Option<String> {
        let (x, y) = (&self.comps[a], &self.comps[b]);
        if let Some(d) = x.docs.iter().find(|d| y.docs.binary_search(d).is_ok()) {
            return Some(format!("{} keeps them apart", self.docs[*d].name));
        }
        let exact = t != EntityType::Enterprise;
        if let (Some(p), Some(q)) = (&x.place, &y.place) {
            let ok = if exact { p == q } else { compatible(p, q) };
            if !ok {
                return Some(format!("places differ: {} / {}", place_text(p), place_text(q)));
            }
        }
        // Places in parentheses and the document places of place-less names must fit the
        // other side's places.
        let strict_soft = t == EntityType::Program;
        for (mine, theirs) in [(x, y), (y, x)] {
            let others: Vec<&Chain> = theirs.place.iter().chain(theirs.located.iter()).collect();
            for l in &mine.located {
                if let Some(o) = others.iter().find(|o| !compatible(l, o)) {
                    return Some(format!("places differ: {} / {}", place_text(l), place_text(o)));
                }
            }
            let others: Vec<&Chain> = if strict_soft { others.into_iter().chain(theirs.soft.iter()).collect() } else { others };
            for s in &mine.soft {
                let clash = others.iter().find(|o| if strict_soft { s != **o } else { !compatible(s, o) });
                if let Some(o) = clash {
                    return Some(format!("document places differ: {} / {}", place_text(s), place_text(o)));
                }
            }
        }
        None
    }

    /// Joins two components; the merge is recorded when it comes with evidence.
    fn union(&mut self, a: usize, b: usize, rule: &'static str, from: ItemRef, into: ItemRef, evidence: Option<String>) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        // The lower index stays the root: the same unions give the same roots.
        let (root, other) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[other] = root;
        self.unions += 1;
        let o = std::mem::take(&mut self.comps[other]);
        let r = &mut self.comps[root];
        r.docs.extend(o.docs);
        r.docs.sort_unstable();
        r.docs.dedup();
        r.place = match (r.place.take(), o.place) {
            (Some(p), Some(q)) => Some(if within(&q, &p) { q } else { p }),
            (p, q) => p.or(q),
        };
        r.located.extend(o.located);
        r.soft.extend(o.soft);
        if let Some(evidence) = evidence {
            self.merges.push(Merge { rule, from, into, evidence });
        }
    }
}

fn place_phrase(item: &Item<'_>, docs: &[DocumentRecord]) -> String {
    let id = &item.rec.identity;
    match id.place_from {
        PlaceFrom::Name => format!("the name names {}", place_text(&id.place)),
        PlaceFrom::National => "a national name".into(),
        PlaceFrom::Level | PlaceFrom::Locality => match &docs[item.at.0].own_place {
            Some(own) => format!("{} of a document that names {} as its own ({})", place_text(&id.place), place_text(&own.chain), own.text),
            None => "no place".into(),
        },
        PlaceFrom::None if item.relative => match &docs[item.at.0].own_place {
            Some(own) => format!("a generic name, at {} which its document names as its own ({})", place_text(&own.chain), own.text),
            None => "no place".into(),
        },
        PlaceFrom::None => "no place in the name".into(),
    }
}

/// Merges the entities of a build's documents into nodes. `docs` in canonical order.
pub fn resolve_across(docs: &[DocumentRecord]) -> Resolution {
    // Each entity's item is its own: made in parallel pieces (a long document alone has a
    // hundred thousand entities), in order.
    use rayon::prelude::*;
    let at: Vec<ItemRef> = docs.iter().enumerate().flat_map(|(d, doc)| (0..doc.entities.len()).map(move |i| (d, i))).collect();
    let items: Vec<Item<'_>> = at.par_iter().with_min_len(1024).map(|&(d, i)| item((d, i), &docs[d].entities[i], &docs[d])).collect();
    let n = items.len();
    let mut state = State { parent: (0..n).collect(), comps: Vec::with_capacity(n), merges: Vec::new(), unions: 0, refusals: Vec::new(), docs, items: Vec::new() };
    // A document alone is joined by rule 1 only, which reads no component's places (they
    // are for the conflicts of rules 2 and 3): `extract` names every document's entities
    // so, and its components stay empty.
    let alone_doc = docs.len() < 2;
    for it in &items {
        if alone_doc {
            state.comps.push(Comp::default());
            if let Some(reason) = it.alone {
                state.refusals.push(Refusal { item: it.at, other: None, reason: Cow::Borrowed(reason) });
            }
            continue;
        }
        let id = &it.rec.identity;
        let mut c = Comp { docs: vec![it.at.0], ..Comp::default() };
        if !it.place.is_empty() {
            c.place = Some(it.place.to_string());
        } else if id.place_from == PlaceFrom::National {
            // A national name is at no place of the gazetteer, and at none below the nation.
            c.place = Some(NATIONAL.to_string());
        }
        if !id.located.is_empty() {
            c.located.insert(id.located.clone());
        }
        if it.place.is_empty() && id.located.is_empty() && id.place_from != PlaceFrom::National {
            if let Some(own) = &docs[it.at.0].own_place {
                c.soft.insert(own.chain.clone());
            }
        }
        state.comps.push(c);
        if let Some(reason) = it.alone {
            state.refusals.push(Refusal { item: it.at, other: None, reason: Cow::Borrowed(reason) });
        }
    }
    state.items = items;
    same_name(&mut state);
    // Rules 2 and 3 join entities of different documents only: a document alone (what
    // `extract` names its entities by) is done.
    if docs.len() < 2 {
        return finish(state);
    }
    let items: Vec<Item<'_>> = std::mem::take(&mut state.items);
    let (ties, blocks) = candidates(&items);
    state.items = items;
    // Short forms and cores can each enable the other (a merge makes a candidate unique):
    // run them until nothing changes.
    for _ in 0..8 {
        let before = state.unions;
        short_forms(&mut state, &ties);
        same_cores(&mut state, &blocks);
        if state.unions == before {
            break;
        }
    }
    finish(state)
}

fn item<'a>(at: ItemRef, e: &'a EntityRecord, doc: &'a DocumentRecord) -> Item<'a> {
    let id = &e.identity;
    let name_form = id.forms.first();
    let core_empty = name_form.is_none_or(|f| f.core.chars().count() < 2);
    let t = e.entity_type;
    let mut alone = None;
    let mut relative = false;
    let mut place: Option<&'a str> = None;
    let mut group = Cow::Borrowed(e.key.as_str());
    if t == EntityType::Agency {
        group = Cow::Borrowed(name_form.map_or(e.key.as_str(), |f| f.key.as_str()));
        match id.place_from {
            PlaceFrom::Locality if id.place.is_empty() => {
                alone = Some(match doc.locality {
                    Some(_) => "a body without a place in its name, whose document names its locality only inside other names or as an area it ranks in: kept to its document",
                    None => "a body without a place, in a document about no known place: kept to its document",
                })
            }
            PlaceFrom::Locality => relative = true,
            _ => {}
        }
    } else if t.is_core() {
        match id.place_from {
            PlaceFrom::Level if id.place.is_empty() => alone = Some("a name relative to its document's place (市…, 省…), which the document does not name: kept to its document"),
            PlaceFrom::Level => relative = true,
            // A generic name (高新技术企业培育计划) is each place's own: it holds at the place
            // its document names as its own, or in its document only.
            PlaceFrom::None if core_empty && id.located.is_empty() => match &doc.own_place {
                Some(own) => {
                    relative = true;
                    place = Some(&own.chain);
                }
                None => alone = Some("a bare generic form in a document that names no place of its own: kept to its document"),
            },
            _ => {}
        }
    }
    let place: &'a str = place.unwrap_or(&id.place);
    let iri_key = if alone.is_some() {
        // The document's text, not its bytes: the same text in another encoding is the same.
        Cow::Owned(format!("{}@{}", e.key, doc.text_hash))
    } else if relative && !(t == EntityType::Agency && place.split('/').next().is_some_and(|p| !p.is_empty() && group.starts_with(p))) {
        // 省重点研发计划 of one province is not another's: the key says where (an agency's
        // resolved name mostly says it already: 中共无锡市委).
        Cow::Owned(format!("{}@{}", e.key, place.split('/').rev().collect::<Vec<_>>().join("/")))
    } else {
        Cow::Borrowed(e.key.as_str())
    };
    // Only the same text has the same bare forms: those group by their whole key.
    if alone.is_some() {
        group = iri_key.clone();
    }
    Item { at, rec: e, alone, relative, place: Cow::Borrowed(place), iri_key, group }
}

/// Rule 1: the same identity key.
fn same_name(state: &mut State<'_>) {
    // Fx, not SipHash: one entry per entity of the build; the groups are sorted below, so
    // the hash never decides an order.
    let mut groups: rustc_hash::FxHashMap<(EntityType, &str), Vec<usize>> = rustc_hash::FxHashMap::default();
    for (i, it) in state.items.iter().enumerate() {
        groups.entry((it.rec.entity_type, it.group.as_ref())).or_default().push(i);
    }
    // Groups in the order of their first item: the same every build.
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_unstable_by_key(|g| g[0]);
    for g in groups {
        // Names that hold anywhere join the first of them; names that hold at their
        // document's place join the first name at the same place.
        let first = g[0];
        for &i in &g[1..] {
            let (a, b) = (&state.items[first], &state.items[i]);
            let target = if a.relative || b.relative {
                g.iter().copied().take_while(|&j| j != i).find(|&j| state.items[j].place == state.items[i].place)
            } else {
                Some(first)
            };
            let Some(j) = target else {
                let it = &state.items[i];
                state.refusals.push(Refusal {
                    item: it.at,
                    other: Some(state.items[first].at),
                    reason: format!("same name at another place ({})", place_text(&it.place)).into(),
                });
                continue;
            };
            let (x, y) = (&state.items[i], &state.items[j]);
            // One name in two documents is one IRI, as it always was: a merge worth recording
            // joins two names or two keys, or rests on the place a document names as its own.
            let noted = x.iri_key != y.iri_key || x.relative || y.relative || x.rec.name != y.rec.name;
            let evidence = noted.then(|| {
                if x.rec.entity_type.is_core() {
                    format!("both name it {} ({}; {})", y.rec.name, place_phrase(x, state.docs), place_phrase(y, state.docs))
                } else {
                    format!("both name it {}", y.rec.name)
                }
            });
            let (from, into) = (x.at, y.at);
            state.union(i, j, SAME_NAME, from, into, evidence);
        }
    }
}

/// Rule 2: a short form one document ties to a fuller name.
fn short_forms(state: &mut State<'_>, ties: &[Tie<'_>]) {
    let roots: Vec<usize> = (0..state.items.len()).map(|i| state.find(i)).collect();
    let mut decisions: Vec<(usize, usize, String)> = Vec::new();
    let mut refused: Vec<Refusal> = Vec::new();
    for tie in ties {
        let (own, k) = (&tie.aliased, tie.key);
        for &i in &tie.named {
            // One owner per component: the first of its members that holds the form.
            let mut owners: Vec<usize> = Vec::new();
            for &o in own {
                if roots[o] != roots[i] && !owners.iter().any(|&x| roots[x] == roots[o]) {
                    owners.push(o);
                }
            }
            match owners[..] {
                [] => {}
                [o] => decisions.push((i, o, k.to_string())),
                _ => refused.push(Refusal {
                    item: state.items[i].at,
                    other: None,
                    reason: format!("{k} is a short form of {} different names", owners.len()).into(),
                }),
            }
        }
    }
    state.refusals.extend(refused);
    for (i, owner, form) in decisions {
        let (ri, ro) = (state.find(i), state.find(owner));
        if ri == ro {
            continue;
        }
        let t = state.items[i].rec.entity_type;
        if let Some(why) = state.conflict(ri, ro, t) {
            let (a, b) = (state.items[i].at, state.items[owner].at);
            state.refusals.push(Refusal { item: a, other: Some(b), reason: why.into() });
            continue;
        }
        let (x, y) = (&state.items[i], &state.items[owner]);
        let evidence = format!("{} ties {} to {}; {} names it {}", state.docs[y.at.0].name, form, y.rec.name, state.docs[x.at.0].name, x.rec.name);
        let (from, into) = (x.at, y.at);
        state.union(i, owner, SHORT_FORM, from, into, Some(evidence));
    }
}

/// A form some documents tie to a fuller name (as an alias) and others use as a name: rule
/// 2's candidates.
struct Tie<'a> {
    key: &'a str,
    named: Vec<usize>,
    aliased: Vec<usize>,
}

/// Items whose forms share a core (with the kind each gives it): rule 3's candidates.
struct Block<'a> {
    t: EntityType,
    core: &'a str,
    members: Members<'a>,
}

/// Items of a block, with the form that gives it its core.
type Members<'a> = Vec<(usize, &'a Form)>;

/// The candidates of rules 2 and 3, found once: which items could be joined never changes,
/// only which are joined already.
fn candidates<'a>(items: &[Item<'a>]) -> (Vec<Tie<'a>>, Vec<Block<'a>>) {
    type Holders = (Vec<usize>, Vec<usize>);
    // Fx, not SipHash: an entry per form of every entity of the build; both are sorted
    // below, so the hash never decides an order.
    let mut ties: rustc_hash::FxHashMap<(EntityType, &'a str), Holders> = rustc_hash::FxHashMap::default();
    let mut blocks: rustc_hash::FxHashMap<(EntityType, &'a str), Members<'a>> = rustc_hash::FxHashMap::default();
    for (i, it) in items.iter().enumerate() {
        let t = it.rec.entity_type;
        if it.alone.is_some() || !matches!(t, EntityType::Enterprise | EntityType::Platform | EntityType::Program) {
            continue;
        }
        let rec: &'a EntityRecord = it.rec;
        for f in rec.identity.forms.iter().filter(|f| f.core.chars().count() >= 2) {
            let holders = ties.entry((t, f.key.as_str())).or_default();
            if f.alias { holders.1.push(i) } else { holders.0.push(i) }
            blocks.entry((t, f.core.as_str())).or_default().push((i, f));
        }
    }
    let docs = |ms: &mut dyn Iterator<Item = usize>| ms.map(|i| items[i].at.0).collect::<BTreeSet<usize>>().len();
    let mut ties: Vec<((EntityType, &str), Holders)> =
        ties.into_iter().filter(|(_, (n, a))| !n.is_empty() && !a.is_empty() && docs(&mut n.iter().chain(a).copied()) > 1).collect();
    ties.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // A core that many things share tells none of them apart (and would make the
    // comparisons quadratic): such blocks are left out.
    let mut blocks: Vec<((EntityType, &str), Members<'_>)> =
        blocks.into_iter().filter(|(_, ms)| ms.len() > 1 && ms.len() <= 4 * MAX_BLOCK && docs(&mut ms.iter().map(|m| m.0)) > 1).collect();
    blocks.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    (
        ties.into_iter().map(|((_, key), (named, aliased))| Tie { key, named, aliased }).collect(),
        blocks.into_iter().map(|((t, core), members)| Block { t, core, members }).collect(),
    )
}

/// The kind of a component that gives one core two kinds.
const CONFLICT: &str = "\u{0}";

/// The most components one core may gather and still be evidence.
const MAX_BLOCK: usize = 24;

/// What a component shows in one core's block.
#[derive(Debug, Clone)]
struct Entry {
    root: usize,
    /// A member with this core, for the explanation.
    member: usize,
    kind: String,
    broad: String,
    legal: Legal,
    place: Option<Chain>,
}

/// Does `d` say more than `c` and nothing against it (same kind or more, same place or
/// more)?
fn refines(d: &Entry, c: &Entry, exact: bool) -> bool {
    // 开发区 is said of an 经开区 too: the broader kind is less.
    let kind_ok = (c.kind.is_empty() || d.kind == c.kind || d.broad == c.kind) && (c.legal == Legal::None || d.legal == c.legal);
    let place_ok = match (&c.place, &d.place) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(p), Some(q)) => if exact { p == q } else { within(q, p) },
    };
    let more = (c.kind.is_empty() && !d.kind.is_empty())
        || (!c.kind.is_empty() && d.kind != c.kind)
        || (c.legal == Legal::None && d.legal != Legal::None)
        || (c.place.is_none() && d.place.is_some())
        || (c.place.is_some() && d.place != c.place);
    kind_ok && place_ok && more
}

/// Rule 3: the same core, compatible kind and places.
fn same_cores(state: &mut State<'_>, blocks: &[Block<'_>]) {
    for block in blocks {
        let (t, core) = (block.t, block.core);
        // Each component once, with the kind its members give this core; merges made so far
        // (in earlier blocks too) count.
        let entries: Vec<Entry> = block
            .members
            .iter()
            .map(|&(member, f)| {
                let root = state.find(member);
                Entry { root, member, kind: f.kind.clone(), broad: f.broad.clone(), legal: f.legal, place: state.comps[root].place.clone() }
            })
            .collect();
        let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
        let mut kept: Vec<Entry> = Vec::new();
        for e in entries {
            match seen.get(&e.root) {
                Some(&k) => {
                    let kept = &mut kept[k];
                    if kept.kind.is_empty() {
                        kept.kind = e.kind;
                    } else if !e.kind.is_empty() && kept.kind != e.kind {
                        kept.kind = CONFLICT.into();
                    }
                    if kept.legal == Legal::None {
                        kept.legal = e.legal;
                    } else if e.legal != Legal::None && kept.legal != e.legal {
                        kept.kind = CONFLICT.into();
                    }
                }
                None => {
                    seen.insert(e.root, kept.len());
                    kept.push(e);
                }
            }
        }
        let mut entries = kept;
        entries.retain(|e| e.kind != CONFLICT);
        // A core that many different things share tells none of them apart (and would make
        // the comparisons below quadratic).
        if entries.len() < 2 || entries.len() > MAX_BLOCK {
            continue;
        }
        let exact = t != EntityType::Enterprise;
        // Equal: same kind, same place.
        let mut decisions: Vec<(usize, usize, &'static str)> = Vec::new();
        for (a, x) in entries.iter().enumerate() {
            for y in &entries[a + 1..] {
                if x.kind == y.kind && x.legal == y.legal && x.place == y.place {
                    decisions.push((y.member, x.member, "the same core, kind and place"));
                }
            }
        }
        // Less joins the only fullest candidate that fits.
        for c in &entries {
            // Only candidates it could join: a fuller name elsewhere is no rival.
            let refiners: Vec<&Entry> =
                entries.iter().filter(|d| d.root != c.root && refines(d, c, exact) && state.conflict(c.root, d.root, t).is_none()).collect();
            let maximal: Vec<&&Entry> = refiners.iter().filter(|d| !refiners.iter().any(|e| e.root != d.root && refines(e, d, exact))).collect();
            // Candidates equal to one another are one candidate.
            let mut distinct: Vec<&&Entry> = Vec::new();
            for m in maximal {
                if !distinct.iter().any(|d| d.kind == m.kind && d.legal == m.legal && d.place == m.place) {
                    distinct.push(m);
                }
            }
            match distinct[..] {
                [] => {}
                [d] => decisions.push((c.member, d.member, "the only fuller candidate")),
                _ => state.refusals.push(Refusal {
                    item: state.items[c.member].at,
                    other: None,
                    reason: format!("core {core}: {} fuller candidates, none certain", distinct.len()).replace("core @", "named by its place ").into(),
                }),
            }
        }
        for (i, j, why) in decisions {
            let (ri, rj) = (state.find(i), state.find(j));
            if ri == rj {
                continue;
            }
            if let Some(conflict) = state.conflict(ri, rj, t) {
                let (a, b) = (state.items[i].at, state.items[j].at);
                state.refusals.push(Refusal { item: a, other: Some(b), reason: format!("core {core}: {conflict}").into() });
                continue;
            }
            let (x, y) = (&state.items[i], &state.items[j]);
            let kind = |it: &Item<'_>| it.rec.identity.forms.iter().find(|f| f.core == core).map_or(String::new(), |f| f.kind.clone());
            let (kx, ky) = (kind(x), kind(y));
            let kinds = if kx == ky { if kx.is_empty() { "no kind".to_string() } else { format!("kind {kx}") } } else { format!("kinds {} / {}", if kx.is_empty() { "-" } else { &kx }, if ky.is_empty() { "-" } else { &ky }) };
            let core_text = core.strip_prefix('@').map_or_else(|| format!("core {core}"), |p| format!("named by its place {p}"));
            let evidence = format!("{core_text}, {kinds}; {}; {}; {why}", place_phrase(x, state.docs), place_phrase(y, state.docs));
            let (from, into) = (x.at, y.at);
            state.union(i, j, SAME_CORE, from, into, Some(evidence));
        }
    }
}

/// The order in which a node's names compete to name it: a registered name, then the
/// fullest, then the smallest.
fn rank(e: &EntityRecord) -> (bool, usize, std::cmp::Reverse<&str>, std::cmp::Reverse<&str>) {
    (e.identity.registered, e.name.chars().count(), std::cmp::Reverse(e.name.as_str()), std::cmp::Reverse(e.key.as_str()))
}

fn finish(mut state: State<'_>) -> Resolution {
    let n = state.items.len();
    // Each component's members, ascending, in one array ordered by root (not a vector per
    // component: most have one member).
    let mut by_root: Vec<(usize, usize)> = (0..n).map(|i| (state.find(i), i)).collect();
    by_root.sort_unstable();
    let order: Vec<usize> = by_root.iter().map(|&(_, i)| i).collect();
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < n {
        let root = by_root[start].0;
        let end = start + by_root[start..].iter().take_while(|&&(r, _)| r == root).count();
        groups.push(start..end);
        start = end;
    }
    drop(by_root);
    let mut nodes: Vec<(Node, std::ops::Range<usize>)> = Vec::new();
    for group in groups {
        let ms = &order[group.clone()];
        let rep = *ms.iter().max_by(|&&a, &&b| rank(state.items[a].rec).cmp(&rank(state.items[b].rec)).then(b.cmp(&a))).expect("a component has a member");
        let key = state.items[rep].iri_key.to_string();
        let same_as: BTreeSet<String> = ms.iter().map(|&i| state.items[i].iri_key.as_ref()).filter(|k| *k != key).map(str::to_string).collect();
        let node = Node {
            entity_type: state.items[rep].rec.entity_type,
            key,
            members: ms.iter().map(|&i| state.items[i].at).collect(),
            representative: state.items[rep].at,
            same_as: same_as.into_iter().collect(),
            merges: Vec::new(),
        };
        nodes.push((node, group));
    }
    // No two nodes share a representative, so the order is total and an unstable sort
    // gives it without a buffer of half the nodes.
    nodes.sort_unstable_by(|a, b| (a.0.entity_type, &a.0.key, a.0.representative).cmp(&(b.0.entity_type, &b.0.key, b.0.representative)));
    // Two nodes never share an IRI: should the keys above leave two alike, the later one is
    // qualified by its representative's text.
    for k in 1..nodes.len() {
        if (nodes[k].0.entity_type, &nodes[k].0.key) == (nodes[k - 1].0.entity_type, &nodes[k - 1].0.key) {
            let (d, _) = nodes[k].0.representative;
            nodes[k].0.key = format!("{}@{}", nodes[k].0.key, state.docs[d].text_hash);
        }
    }
    nodes.sort_by(|a, b| (a.0.entity_type, &a.0.key).cmp(&(b.0.entity_type, &b.0.key)));
    let mut node_of: Vec<Vec<usize>> = state.docs.iter().map(|d| vec![usize::MAX; d.entities.len()]).collect();
    for (k, (_, group)) in nodes.iter().enumerate() {
        for &i in &order[group.clone()] {
            let (d, e) = state.items[i].at;
            node_of[d][e] = k;
        }
    }
    let mut nodes: Vec<Node> = nodes.into_iter().map(|(node, _)| node).collect();
    for m in std::mem::take(&mut state.merges) {
        let k = node_of[m.from.0][m.from.1];
        nodes[k].merges.push(m);
    }
    let mut refusals = std::mem::take(&mut state.refusals);
    refusals.sort();
    refusals.dedup();
    Resolution { nodes, node_of, refusals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn rules() -> &'static RuleSet {
        static R: OnceLock<RuleSet> = OnceLock::new();
        R.get_or_init(|| RuleSet::defaults().expect("default rules load"))
    }

    fn parts(t: EntityType, name: &str) -> Parts {
        let rules = rules();
        let words = IdentityWords::new(rules);
        let key = crate::resolve::identity(t, name, rules);
        Words { rules, w: &words }.parts(t, &key)
    }

    fn place_names(p: &Parts) -> Vec<&str> {
        p.places.iter().map(|&i| rules().gazetteer.places[i].name.as_str()).collect()
    }

    #[test]
    fn a_company_name_splits_into_place_core_trade_word_and_legal_form() {
        let p = parts(EntityType::Enterprise, "江苏鑫澄电气股份有限公司");
        assert_eq!((place_names(&p), p.core.as_str(), p.kind.as_str(), p.legal, p.registered), (vec!["江苏省"], "鑫澄", "电气", Legal::Company, true));
        let p = parts(EntityType::Enterprise, "鑫澄电气集团有限公司");
        assert_eq!((p.core.as_str(), p.kind.as_str(), p.legal), ("鑫澄", "电气", Legal::Group));
        // A trade name alone: no place, no legal form; the trade word leaves two characters.
        let p = parts(EntityType::Enterprise, "鑫澄电气");
        assert_eq!((p.core.as_str(), p.kind.as_str(), p.legal), ("鑫澄", "电气", Legal::None));
        let p = parts(EntityType::Enterprise, "澄电气");
        assert_eq!((p.core.as_str(), p.kind.as_str()), ("澄电气", ""));
        // A place in parentheses locates the company.
        let p = parts(EntityType::Enterprise, "华锐光电(常州)有限公司");
        assert_eq!((p.core.as_str(), p.located.map(|l| rules().gazetteer.places[l].name.as_str())), ("华锐", Some("常州市")));
    }

    #[test]
    fn a_zone_splits_into_place_core_and_head() {
        let p = parts(EntityType::Platform, "无锡生物高新区");
        assert_eq!((place_names(&p), p.core.as_str(), p.kind.as_str()), (vec!["无锡市"], "生物", "高新区"));
        // The long form is the short one (resolve.toml abbreviations).
        let p = parts(EntityType::Platform, "无锡生物高新技术产业开发区");
        assert_eq!((p.core.as_str(), p.kind.as_str()), ("生物", "高新区"));
        let p = parts(EntityType::Platform, "生物高新区(惠山区)");
        assert!(p.places.is_empty() && p.located.is_some() && p.core == "生物");
        let p = parts(EntityType::Platform, "市智能制造产业园");
        assert_eq!((p.level, p.core.as_str()), (Some(PlaceLevel::Prefecture), "智能制造"));
        // A bare head is generic: nothing is left.
        assert_eq!(parts(EntityType::Platform, "经济开发区").core, "");
        // A university that opens a name is no region word.
        assert!(!parts(EntityType::Platform, "东南大学共建工业互联网工程技术研究中心").national);
    }

    #[test]
    fn a_program_without_a_distinguishing_word_is_generic_but_a_title_is_not() {
        assert_eq!(parts(EntityType::Program, "十四五规划").core, "");
        assert_eq!(parts(EntityType::Program, "高新技术企业培育计划").core, "");
        let p = parts(EntityType::Program, "国家创新型城市");
        assert!(p.national);
        assert_eq!(p.core, "创新型城市");
        // 市场 opens no level.
        assert_eq!(parts(EntityType::Program, "市场监管专项行动").level, None);
        // A levelled generic name: the province of its document says which (rule 1 joins it
        // only at the same place).
        let p = parts(EntityType::Program, "省重点研发计划");
        assert_eq!((p.level, p.core.as_str()), (Some(PlaceLevel::Province), ""));
    }

    #[test]
    fn places_nest_by_their_chains() {
        let g = &rules().gazetteer;
        let huishan = chain(g.lookup("惠山区").unwrap(), rules());
        let wuxi = chain(g.lookup("无锡市").unwrap(), rules());
        let changzhou = chain(g.lookup("常州市").unwrap(), rules());
        assert!(within(&huishan, &wuxi) && !within(&wuxi, &huishan));
        assert!(compatible(&wuxi, &huishan) && !compatible(&huishan, &changzhou));
        assert!(!within(&wuxi, ""));
    }

    #[test]
    fn word_sets_find_the_longest_word() {
        let words = ["有限公司".to_string(), "股份有限公司".to_string(), "集团".to_string()];
        let set = WordSet::new(words.iter());
        assert_eq!(set.suffix("鑫澄股份有限公司", 1), Some("股份有限公司".len()));
        assert_eq!(set.suffix("股份有限公司", 1), Some("有限公司".len()));
        assert_eq!(set.prefix("集团公司", 0), Some("集团".len()));
        assert_eq!(set.prefix("鑫澄", 0), None);
    }
}

//! Extract: find the mentions of entities, and the relations the text states between them.
//!
//! Extraction does no IO and allocates per candidate, not per character. Rules run stage by
//! stage (agencies first); in each stage every rule's regex runs over every sentence,
//! each match is refined (left edge trimmed at boundary words and earlier mentions, head word
//! and modifier checked), and overlapping candidates are settled by priority, then length.
//! Relation rules then run over each sentence with its mentions rendered as tokens.

pub mod figures;

use crate::model::{EntityType, Mention, Observation, Predicate, RelationMention};
use crate::normalise::NormalisedText;
use crate::rules::{EntityRule, Modifier, RuleSet};
use regex::Regex;
use std::sync::OnceLock;

/// A place name found by the gazetteer (a character span), used for locality inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceHit {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Index into the gazetteer's places.
    pub place: usize,
    /// Matched by its short form (昆山 for 昆山市).
    pub short: bool,
    /// Used as a level (无锡市级): it names the level above the author's, not the author.
    pub as_level: bool,
}

/// What happened to a candidate, for `explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Kept as a mention.
    Accepted,
    /// Refused by a check of its rule.
    Rejected(String),
    /// Lost to an overlapping candidate of this rule.
    Overlapped(String),
}

/// A candidate as `explain` shows it.
#[derive(Debug, Clone)]
pub struct Trace {
    /// Rule id.
    pub rule: String,
    /// Type the rule gives.
    pub entity_type: EntityType,
    /// Span (normalised characters).
    pub start: usize,
    /// End of span.
    pub end: usize,
    /// Text.
    pub text: String,
    /// What became of it.
    pub outcome: Outcome,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Mentions, in document order of the matches that made them (a list's items, then the
    /// entities composed from them).
    pub mentions: Vec<Mention>,
    /// Relations between mentions (indices into `mentions`).
    pub relations: Vec<RelationMention>,
    /// Every gazetteer hit.
    pub places: Vec<PlaceHit>,
    /// Figures the text reports.
    pub observations: Vec<Observation>,
    /// The year the document reports on, when one is named.
    pub period: Option<String>,
    /// Candidates and their outcomes, when asked for.
    pub trace: Vec<Trace>,
}

/// One regex match, refined: the span it claims, the mentions it makes (the first is the
/// main one) and the relations among them.
#[derive(Debug, Clone)]
struct Candidate {
    rule: usize,
    priority: i32,
    start: usize,
    end: usize,
    mentions: Vec<Mention>,
    relations: Vec<(usize, Predicate, usize)>,
    /// How the candidate shows in a tagged sentence: (start, end, mention indices).
    render: Vec<(usize, usize, Vec<usize>)>,
    /// The span of an earlier mention this one contains as its owner.
    owner: Option<(usize, usize)>,
}

/// Where a stage's candidates and, for `explain`, the trace of every candidate go.
struct Sink<'a> {
    candidates: &'a mut Vec<Candidate>,
    trace: &'a mut Vec<Trace>,
    explain: bool,
}

impl Sink<'_> {
    fn note(&mut self, t: impl FnOnce() -> Trace) {
        if self.explain {
            self.trace.push(t());
        }
    }
}

/// A name span that passed its rule's checks.
struct Refined {
    start: usize,
    end: usize,
    owner: Option<(usize, usize)>,
}

/// Extracts mentions and relations from a normalised document.
pub fn extract(doc: &NormalisedText, rules: &RuleSet, explain: bool) -> Extraction {
    let mut out = Extraction::default();
    for (s, e, place, short) in rules.gazetteer.find_all(&doc.text) {
        let as_level = doc.text[e..].starts_with('级');
        out.places.push(PlaceHit { start: doc.char_of(s), end: doc.char_of(e), place, short, as_level });
    }
    let mut accepted: Vec<Candidate> = Vec::new();
    let mut stages: Vec<u8> = rules.entity_rules.iter().map(|r| r.stage).collect();
    stages.sort_unstable();
    stages.dedup();
    for stage in stages {
        let mut candidates = Vec::new();
        let mut sink = Sink { candidates: &mut candidates, trace: &mut out.trace, explain };
        for (ri, rule) in rules.entity_rules.iter().enumerate() {
            if rule.stage != stage {
                continue;
            }
            // One pass of the regex over the whole text is much cheaper than one per
            // sentence. A match that runs over a sentence end is not trusted: the sentences
            // it touches are matched again one by one, and later whole-text matches in them
            // are ignored.
            let mut redone = vec![false; doc.sentences.len()];
            for caps in rule.regex.captures_iter(&doc.text) {
                let m = caps.get(0).expect("group 0 always matches");
                let (cs, ce) = (doc.char_of(m.start()), doc.char_of(m.end()));
                let Some(si) = sentence_at(doc, cs) else { continue };
                if redone[si] {
                    continue;
                }
                let sentence = doc.sentences[si];
                let ctx = Ctx { doc, rules, rule, rule_index: ri, sentence: si, bounds: &accepted };
                if ce <= sentence.end {
                    ctx.handle(&caps, 0, sentence.start, sentence.end, &mut sink);
                    continue;
                }
                let last = sentence_at(doc, ce.saturating_sub(1)).unwrap_or(si).max(si);
                let last = last.min(doc.sentences.len() - 1);
                for (sj, done) in redone.iter_mut().enumerate().take(last + 1).skip(si) {
                    if !*done {
                        *done = true;
                        let s = doc.sentences[sj];
                        let ctx = Ctx { sentence: sj, ..ctx };
                        ctx.run(s.start, s.end, &mut sink);
                    }
                }
            }
        }
        select(candidates, &mut accepted, rules, &mut out.trace, explain);
    }
    add_places(doc, &out.places, rules, &mut accepted);
    finish(doc, rules, accepted, &mut out);
    out.period = figures::document_period(doc);
    out.observations = figures::figures(doc, rules, &rules.figure, out.period.as_deref(), &mut out.trace, explain);
    out
}

/// The sentence holding character `c`, if any (line breaks between sentences belong to none).
fn sentence_at(doc: &NormalisedText, c: usize) -> Option<usize> {
    let i = doc.sentences.partition_point(|s| s.end <= c);
    doc.sentences.get(i).filter(|s| s.start <= c).map(|_| i)
}

#[derive(Clone, Copy)]
struct Ctx<'a> {
    doc: &'a NormalisedText,
    rules: &'a RuleSet,
    rule: &'a EntityRule,
    rule_index: usize,
    sentence: usize,
    bounds: &'a [Candidate],
}

impl Ctx<'_> {
    /// Matches the rule over one sentence.
    fn run(&self, s_start: usize, s_end: usize, sink: &mut Sink<'_>) {
        let base = self.doc.byte_of(s_start);
        for caps in self.rule.regex.captures_iter(self.doc.slice(s_start, s_end)) {
            self.handle(&caps, base, s_start, s_end, sink);
        }
    }

    /// Turns one match (byte offsets relative to `base`) into a candidate, or a trace of why
    /// not.
    fn handle(&self, caps: &regex::Captures<'_>, base: usize, s_start: usize, s_end: usize, sink: &mut Sink<'_>) {
        let doc = self.doc;
        let span = |m: regex::Match| (doc.char_of(base + m.start()), doc.char_of(base + m.end()));
        if let Some(split) = &self.rule.split {
            let Some(items) = caps.name(split) else { return };
            let (is, ie) = span(items);
            let distribute = caps.name_of_distribute(self.rule).map(span);
            self.list_candidate((is, ie), distribute, (s_start, s_end), sink);
            return;
        }
        let whole = caps.name("name").or_else(|| caps.get(0)).expect("group 0 always matches");
        let (ns, ne) = span(whole);
        match self.refine(ns, ne, s_start, s_end, true) {
            Ok(Refined { start: ns, end: ne, owner }) => {
                let mut mentions = vec![self.mention(self.rule.entity_type, ns, ne)];
                let mut names: Vec<(&str, usize)> = vec![("name", 0)];
                for (group, ty) in &self.rule.groups {
                    if let Some(m) = caps.name(group) {
                        let (gs, ge) = span(m);
                        if gs < ge {
                            names.push((group.as_str(), mentions.len()));
                            mentions.push(self.mention(*ty, gs, ge));
                        }
                    }
                }
                let index = |g: &str| names.iter().find(|(n, _)| *n == g).map(|(_, i)| *i);
                let mut relations: Vec<(usize, Predicate, usize)> = self
                    .rule
                    .relations
                    .iter()
                    .filter_map(|(s, p, o)| Some((index(s)?, *p, index(o)?)))
                    .collect();
                if self.rule.locate {
                    if let Some((ps, pe)) = self.place_inside(ns, ne) {
                        relations.push((0, Predicate::LocatedIn, mentions.len()));
                        mentions.push(self.mention(EntityType::Place, ps, pe));
                    }
                }
                let (cs, ce) = mentions.iter().fold((ns, ne), |(a, b), m| (a.min(m.start), b.max(m.end)));
                sink.candidates.push(Candidate {
                    rule: self.rule_index,
                    priority: self.rule.priority,
                    start: cs,
                    end: ce,
                    mentions,
                    relations,
                    render: vec![(cs, ce, vec![0])],
                    owner,
                });
            }
            Err(why) => sink.note(|| self.trace(ns, ne, Outcome::Rejected(why))),
        }
    }

    /// A list of names (`items` span), with an optional group distributed over its items.
    fn list_candidate(&self, (is, ie): (usize, usize), distribute: Option<(usize, usize)>, (s_start, s_end): (usize, usize), sink: &mut Sink<'_>) {
        let doc = self.doc;
        let mut items = Vec::new();
        let list = doc.slice(is, ie);
        let mut pieces = Vec::new();
        let mut last = 0;
        for m in self.rules.list_separator.find_iter(list) {
            pieces.push((last, m.start()));
            last = m.end();
        }
        pieces.push((last, list.len()));
        for (k, &(bs, be)) in pieces.iter().enumerate() {
            let ps = is + list[..bs].chars().count();
            let pe = is + list[..be].chars().count();
            let refined = self.refine(ps, pe, s_start, s_end, k == 0);
            match refined {
                Ok(r) => items.push((r.start, r.end)),
                Err(why) => sink.note(|| self.trace(ps, pe, Outcome::Rejected(why))),
            }
        }
        if items.is_empty() {
            return;
        }
        let only = self.rule.distribute.as_ref().is_some_and(|d| d.only) && distribute.is_some();
        let item_mentions: Vec<Mention> =
            items.iter().map(|&(a, b)| self.mention(self.rule.entity_type, a, b)).collect();
        let mut mentions: Vec<Mention> = if only { Vec::new() } else { item_mentions.clone() };
        let mut relations = Vec::new();
        let mut render: Vec<(usize, usize, Vec<usize>)> =
            if only { Vec::new() } else { items.iter().enumerate().map(|(i, &(a, b))| (a, b, vec![i])).collect() };
        let mut end = items.last().map_or(ie, |i| i.1);
        if let (Some(d), Some((ds, de))) = (&self.rule.distribute, distribute) {
            let mut suffix = doc.slice(ds, de);
            for strip in &d.strip {
                suffix = suffix.strip_prefix(strip.as_str()).unwrap_or(suffix);
            }
            let ty = EntityType::parse(&d.r#type).expect("checked when rules were compiled");
            let mut composed = Vec::new();
            if !suffix.is_empty() {
                for (i, item) in item_mentions.iter().enumerate() {
                    let mut m = self.mention(ty, item.start, de);
                    m.text = format!("{}{}", item.text, suffix);
                    m.composed = true;
                    composed.push(mentions.len());
                    if let Some(p) = d.predicate.as_deref().and_then(Predicate::parse).filter(|_| !only) {
                        relations.push((i, p, mentions.len()));
                    }
                    mentions.push(m);
                }
                end = de;
                if only {
                    render.push((items[0].0, de, composed));
                } else {
                    render.push((ds, de, composed));
                }
            }
        }
        if mentions.is_empty() {
            return;
        }
        let start = items[0].0;
        sink.candidates.push(Candidate { rule: self.rule_index, priority: self.rule.priority, start, end, mentions, relations, render, owner: None });
    }

    fn mention(&self, entity_type: EntityType, start: usize, end: usize) -> Mention {
        Mention {
            entity_type,
            start,
            end,
            text: self.doc.slice(start, end).to_string(),
            rule: self.rule.id.clone(),
            sentence: self.sentence,
            composed: false,
        }
    }

    fn trace(&self, start: usize, end: usize, outcome: Outcome) -> Trace {
        Trace {
            rule: self.rule.id.clone(),
            entity_type: self.rule.entity_type,
            start,
            end,
            text: self.doc.slice(start, end).to_string(),
            outcome,
        }
    }

    /// Applies the rule's checks to a name span; returns the refined span (and the owner it
    /// kept, if any) or why not.
    fn refine(&self, mut start: usize, end: usize, s_start: usize, s_end: usize, trim: bool) -> Result<Refined, String> {
        let doc = self.doc;
        let rule = self.rule;
        let rules = self.rules;
        if start >= end {
            return Err("empty".into());
        }
        let name = doc.slice(start, end);
        // The head is the longest head word the name ends with, before any parenthesised
        // qualifier after it (研究院(储能研究中心), 实施方案(试行)).
        let head_len = match &rule.head {
            None => 0,
            Some(heads) => {
                let core = strip_trailing_paren(name);
                // A branch (研究院常州分院) is named after its parent platform: the head is
                // the parent's, and the branch words count with it.
                let core = if rules.list("branch_suffix").iter().any(|b| core.ends_with(b.as_str())) {
                    core.char_indices()
                        .rev()
                        .take(8)
                        .map(|(i, _)| &core[..i])
                        .find(|c| heads.longest_suffix(c).is_some())
                        .unwrap_or(core)
                } else {
                    core
                };
                let paren = name[core.len()..].chars().count();
                match heads.longest_suffix(core) {
                    Some(n) => n + paren,
                    None => return Err(format!("'{name}' does not end with a head word")),
                }
            }
        };
        let head_start = end - head_len;
        let mut owner = None;
        if rule.trim_left && trim {
            (start, owner) = self.trim_left(start, head_start);
        }
        if end - start > rule.max_chars {
            start = end - rule.max_chars;
            owner = None;
        }
        match rule.modifier {
            Modifier::Any => {}
            Modifier::Place => start = self.place_suffix(start, head_start),
            Modifier::Proper | Modifier::Levelled => {
                if rule.modifier == Modifier::Levelled && !self.opens_with_level(start, head_start) {
                    return Err(format!(
                        "'{}' neither opens with a level or place nor follows an agency",
                        doc.slice(start, end)
                    ));
                }
                let modifier = doc.slice(start, head_start);
                // A parenthesised qualifier after the head names a sub-category
                // (重点研发计划(社会发展)): it distinguishes as much as a modifier.
                let name = doc.slice(start, end);
                let qualifier = &name[strip_trailing_paren(name).len()..];
                let proper = proper_chars(modifier, rules) + proper_chars(qualifier, rules);
                if proper < rule.min_modifier {
                    return Err(format!(
                        "modifier '{modifier}' of '{}' is generic ({proper} proper characters, {} needed)",
                        doc.slice(start, end),
                        rule.min_modifier
                    ));
                }
            }
        }
        if start >= end {
            return Err("nothing left after trimming".into());
        }
        let name = doc.slice(start, end);
        if let Some(re) = &rule.reject_name {
            if re.is_match(name) {
                return Err(format!("'{name}' matches reject_name"));
            }
        }
        if let Some(re) = &rule.reject_before {
            if re.is_match(doc.slice(s_start, start)) {
                return Err(format!("text before '{name}' matches reject_before"));
            }
        }
        if let Some(re) = &rule.reject_after {
            if re.is_match(doc.slice(end, s_end)) {
                return Err(format!("text after '{name}' matches reject_after"));
            }
        }
        Ok(Refined { start, end, owner })
    }

    /// Moves `start` right past the last boundary inside the modifier: a boundary word
    /// (verbs, prepositions, list markers), a mention found by an earlier stage, or a count
    /// (3家, 2个).
    fn trim_left(&self, start: usize, head_start: usize) -> (usize, Option<(usize, usize)>) {
        let doc = self.doc;
        let mut cut = start;
        // A quoted name is never cut inside its quotes: only what precedes them is trimmed.
        let modifier = doc.slice(start, head_start);
        let modifier = modifier.find('“').map_or(modifier, |q| &modifier[..q]);
        let head_start = start + modifier.chars().count();
        if self.rule.boundary_words {
            for m in self.rules.left_boundary.find_iter(modifier) {
                cut = cut.max(start + modifier[..m.end()].chars().count());
            }
        }
        let chars: Vec<char> = modifier.chars().collect();
        for (i, ch) in chars.iter().enumerate() {
            if ch.is_ascii_digit() {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_digit() || matches!(chars[j], '.' | '-' | '%')) {
                    j += 1;
                }
                let rest: String = chars[j..].iter().collect();
                if let Some(unit) = self.rules.list("number_unit").iter().filter(|u| rest.starts_with(u.as_str())).max_by_key(|u| u.len()) {
                    j += unit.chars().count();
                }
                cut = cut.max(start + j);
            }
        }
        // Earlier mentions bound the name too.
        for c in self.bounds {
            for m in &c.mentions {
                if m.end > start && m.end <= head_start && m.start >= start && !m.composed {
                    cut = cut.max(m.end);
                }
            }
        }
        // A name never opens with a conjunction (…并与中科院…研究所).
        while cut < head_start && self.rules.list("leading_conjunction").iter().any(|w| w == doc.slice(cut, cut + 1)) {
            cut += 1;
        }
        let cut = cut.min(head_start);
        // An enterprise or institution named right before is the owner and stays in the name
        // (无锡先导智能装备股份有限公司 | 锂电池装备工程技术研究中心 is one platform).
        if self.rule.owner {
            let owner = self.bounds.iter().flat_map(|c| &c.mentions).find(|m| {
                m.end == cut && !m.composed && matches!(m.entity_type, EntityType::Enterprise | EntityType::Institution)
            });
            if let Some(m) = owner {
                return (m.start, Some((m.start, m.end)));
            }
        }
        (cut, None)
    }

    /// The first full place name inside a span, or a self-reference to the locality (我市).
    fn place_inside(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let text = self.doc.slice(start, end);
        for (s, e, _, short) in self.rules.gazetteer.find_all(text) {
            if !short {
                return Some((start + text[..s].chars().count(), start + text[..e].chars().count()));
            }
        }
        let at = self.rules.list("locality_reference").iter().filter_map(|w| text.find(w.as_str()).map(|i| (i, w))).min()?;
        let s = start + text[..at.0].chars().count();
        Some((s, s + at.1.chars().count()))
    }

    /// Does the name open with a level word or a place (省, 无锡市级, 昆山市), or directly
    /// follow an agency found by an earlier stage (省政府 | 高质量发展考核)?
    fn opens_with_level(&self, start: usize, head_start: usize) -> bool {
        let after_agency = self
            .bounds
            .iter()
            .flat_map(|c| &c.mentions)
            .any(|m| m.entity_type == EntityType::Agency && m.end == start && !m.composed);
        if after_agency {
            return true;
        }
        let modifier = self.doc.slice(start, head_start);
        if self.rules.levels.find(modifier).is_some_and(|m| m.start() == 0) {
            return true;
        }
        let chars: Vec<char> = modifier.chars().take(16).collect();
        self.rules.gazetteer.prefix(&chars).is_some()
    }

    /// The longest suffix of the modifier made only of place names, level words and agency
    /// prefixes; agencies are named by where they are, so anything else before the body is
    /// not part of the name.
    fn place_suffix(&self, start: usize, head_start: usize) -> usize {
        let chars: Vec<char> = self.doc.slice(start, head_start).chars().collect();
        for from in 0..chars.len() {
            if covered_by_places(&chars[from..], self.rules) {
                return start + from;
            }
        }
        head_start
    }
}

trait DistributeGroup {
    fn name_of_distribute(&self, rule: &EntityRule) -> Option<regex::Match<'_>>;
}

impl DistributeGroup for regex::Captures<'_> {
    fn name_of_distribute(&self, rule: &EntityRule) -> Option<regex::Match<'_>> {
        self.name(&rule.distribute.as_ref()?.group)
    }
}

fn strip_trailing_paren(name: &str) -> &str {
    if name.ends_with(')') {
        if let Some(open) = name.rfind('(') {
            if open > 0 {
                return &name[..open];
            }
        }
    }
    name
}

/// Characters of a modifier not covered by generic words, level words or digits.
fn proper_chars(modifier: &str, rules: &RuleSet) -> usize {
    let n = modifier.chars().count();
    let mut covered = vec![false; modifier.len()];
    for ac in [&rules.generic, &rules.levels] {
        for m in ac.find_iter(modifier) {
            covered[m.start()..m.end()].iter_mut().for_each(|c| *c = true);
        }
    }
    // An official place name opening the modifier qualifies, it does not name:
    // 无锡市工程技术研究中心 is a category, and in 无锡市级 the place is a level. Short forms
    // are left alone: they are as often part of a trade name (紫金山, 苏州汇川技术).
    for (s, e, _, short) in rules.gazetteer.find_all(modifier) {
        let as_level = modifier[e..].starts_with('级');
        if (s == 0 && !short) || as_level {
            let e = if as_level { e + '级'.len_utf8() } else { e };
            covered[s..e].iter_mut().for_each(|c| *c = true);
        }
    }
    let covered_chars = modifier
        .char_indices()
        .filter(|(i, c)| covered[*i] || c.is_ascii_digit() || c.is_ascii_punctuation() || matches!(c, '“' | '”'))
        .count();
    n - covered_chars
}

fn covered_by_places(chars: &[char], rules: &RuleSet) -> bool {
    let words = |name: &str| rules.list(name).iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let longest = words("level").max(words("agency_prefix")).max(words("zone"));
    let mut i = 0;
    // Places that name a body run from the larger to the smaller (江苏省泰州市泰兴市): a place
    // outside the one before it starts another name (会同 before 江华瑶族自治县 is the verb
    // 会同, "together with", not 会同县).
    let mut last: Option<usize> = None;
    'outer: while i < chars.len() {
        if let Some((place, len)) = rules.gazetteer.prefix(&chars[i..]) {
            if last.is_some_and(|outer| !rules.gazetteer.within(place, outer)) {
                return false;
            }
            last = Some(place);
            i += len;
            continue;
        }
        for len in (1..=longest.min(chars.len() - i)).rev() {
            let word: String = chars[i..i + len].iter().collect();
            if rules.list("level").contains(&word) || rules.list("agency_prefix").contains(&word) || rules.list("zone").contains(&word) {
                i += len;
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// Settles overlaps among one stage's candidates: higher priority, then longer, then
/// earlier, then rule order wins. A candidate may not overlap anything accepted before.
fn select(mut candidates: Vec<Candidate>, accepted: &mut Vec<Candidate>, rules: &RuleSet, trace: &mut Vec<Trace>, explain: bool) {
    candidates.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(a.rule.cmp(&b.rule))
    });
    for c in candidates {
        let clash = accepted.iter().find(|a| a.start < c.end && c.start < a.end && c.owner != Some((a.start, a.end)));
        if explain {
            let outcome = match clash {
                None => Outcome::Accepted,
                Some(a) => Outcome::Overlapped(rules.entity_rules.get(a.rule).map_or("place", |r| r.id.as_str()).to_string()),
            };
            for m in &c.mentions {
                trace.push(Trace {
                    rule: m.rule.clone(),
                    entity_type: m.entity_type,
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                    outcome: outcome.clone(),
                });
            }
        }
        if clash.is_none() {
            accepted.push(c);
        }
    }
}

/// Official place names not inside another mention become Place mentions.
fn add_places(doc: &NormalisedText, hits: &[PlaceHit], rules: &RuleSet, accepted: &mut Vec<Candidate>) {
    let mut last_end = 0;
    for h in hits {
        if h.short || h.start < last_end || accepted.iter().any(|a| a.start < h.end && h.start < a.end) {
            continue;
        }
        last_end = h.end;
        let sentence = doc.sentences.partition_point(|s| s.end <= h.start);
        accepted.push(Candidate {
            rule: rules.entity_rules.len(),
            priority: 0,
            start: h.start,
            end: h.end,
            mentions: vec![Mention {
                entity_type: EntityType::Place,
                start: h.start,
                end: h.end,
                text: doc.slice(h.start, h.end).to_string(),
                rule: "place.gazetteer".into(),
                sentence,
                composed: false,
            }],
            relations: Vec::new(),
            render: vec![(h.start, h.end, vec![0])],
            owner: None,
        });
    }
}

/// Where the title ends, when the first sentence is a title (short, not ended by a full
/// stop, as 市科技局2022年工作总结).
pub fn author_title_end(doc: &NormalisedText) -> Option<usize> {
    let title = doc.sentences.first()?;
    let text = doc.slice(title.start, title.end);
    (text.chars().count() <= 60 && !text.ends_with(['。', '!', '?'])).then_some(title.end)
}

/// The document's author: the agency named in its title, as in 市科技局2022年工作总结.
pub fn author_mention(doc: &NormalisedText, mentions: &[Mention]) -> Option<usize> {
    author_title_end(doc)?;
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity_type == EntityType::Agency && m.sentence == 0 && !m.composed)
        .min_by_key(|(_, m)| m.start)
        .map(|(i, _)| i)
}

fn token_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"⟦[A-Za-z]+:(\d+)⟧").expect("token pattern compiles"))
}

/// Flattens accepted candidates into the document's mentions and relations, then runs the
/// relation rules over tagged sentences.
fn finish(doc: &NormalisedText, rules: &RuleSet, mut accepted: Vec<Candidate>, out: &mut Extraction) {
    accepted.sort_by_key(|c| (c.start, c.end, c.rule));
    // Renders: (start, end, global mention indices), by sentence.
    let mut renders: Vec<Vec<(usize, usize, Vec<usize>)>> = vec![Vec::new(); doc.sentences.len()];
    let mut rel_seen = std::collections::BTreeSet::new();
    // The evidence of a relation is the sentence that states it (the object's), spanning
    // both mentions when both are in it: an author named in the title is not part of it.
    let mut add_relation = |out: &mut Extraction, s: usize, p: Predicate, o: usize, rule: &str| {
        if s == o || !rel_seen.insert((s, p, o)) {
            return;
        }
        let (a, b) = (&out.mentions[s], &out.mentions[o]);
        let (start, end) = if a.sentence == b.sentence { (a.start.min(b.start), a.end.max(b.end)) } else { (b.start, b.end) };
        out.relations.push(RelationMention {
            subject: s,
            predicate: p,
            object: o,
            rule: rule.to_string(),
            sentence: b.sentence,
            start,
            end,
        });
    };
    let mut owned = Vec::new();
    for c in &accepted {
        let base = out.mentions.len();
        if let Some(span) = c.owner {
            owned.push((span, base));
        }
        out.mentions.extend(c.mentions.iter().cloned());
        for &(s, p, o) in &c.relations {
            let rule = c.mentions[0].rule.clone();
            add_relation(out, base + s, p, base + o, &rule);
        }
        if let Some(first) = c.mentions.first() {
            if let Some(r) = renders.get_mut(first.sentence) {
                for (a, b, idx) in &c.render {
                    r.push((*a, *b, idx.iter().map(|i| base + i).collect()));
                }
            }
        }
    }
    for ((s, e), platform) in owned {
        if let Some(owner) = out.mentions.iter().position(|m| m.start == s && m.end == e && !m.composed) {
            let rule = out.mentions[platform].rule.clone();
            add_relation(out, owner, Predicate::HasPlatform, platform, &rule);
        }
    }
    let author = author_mention(doc, &out.mentions);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let items = &mut renders[si];
        if items.is_empty() {
            continue;
        }
        // Outer spans first: a platform hides the owner inside its name.
        items.sort_by_key(|(a, b, _)| (*a, std::cmp::Reverse(*b)));
        let mut tagged = String::new();
        let mut at = sentence.start;
        for (a, b, idx) in items.iter() {
            if *a < at {
                continue;
            }
            tagged.push_str(doc.slice(at, *a));
            for i in idx {
                tagged.push_str(&format!("⟦{}:{}⟧", out.mentions[*i].entity_type.as_str(), i));
            }
            at = *b;
        }
        tagged.push_str(doc.slice(at.min(sentence.end), sentence.end));
        for rule in &rules.relation_rules {
            for caps in rule.regex.captures_iter(&tagged) {
                let ids = |prefix: char| -> Vec<usize> {
                    rule.regex
                        .capture_names()
                        .flatten()
                        .filter(|n| n.starts_with(prefix))
                        .filter_map(|n| caps.name(n))
                        .flat_map(|m| token_regex().captures_iter(m.as_str()).map(|t| t[1].parse::<usize>().unwrap_or(usize::MAX)))
                        .filter(|&i| i < out.mentions.len())
                        .collect()
                };
                let subjects = if rule.author_subject { author.into_iter().collect() } else { ids('s') };
                let objects = ids('o');
                for &s in &subjects {
                    for &o in &objects {
                        add_relation(out, s, rule.predicate, o, &rule.id);
                    }
                }
            }
        }
    }
}

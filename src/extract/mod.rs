//! Extract: find the mentions of entities, and the relations the text states between them.
//!
//! Extraction does no IO and runs in time linear in the text:
//! 1. one pass of one automaton over the folded text finds every word of every list (head
//!    words, boundary words, triggers, generic words), one pass of the gazetteer every place
//!    ([`scan`]);
//! 2. the structure pass reads lines, list markers, table rows and headers ([`structure`]);
//! 3. rules run stage by stage: each proposes candidates from the words found (a name
//!    ending with a head word and its left edge found by a bounded scan; the items of a list
//!    closed by a category; a title in book-title marks; a table cell), and overlaps are
//!    settled by priority, then length, each stage bounded by the names of the stages before;
//! 4. relations are read from names (a place or an owner opening them), tables, lists and
//!    the words between two names of one sentence.
//!
//! No step looks further than a name's maximum length from where it starts, so a document
//! without a single line break costs what an ordinary one of the same size does.

pub mod figures;

mod cand;
mod context;
mod lists;
mod names;
pub(crate) use names::is_place_mask;
mod relations;
mod scan;
mod structure;

use crate::model::{EntityType, Mention, Observation, RelationMention};
use crate::normalise::NormalisedText;
use crate::rules::RuleSet;
use cand::{Accepted, AcceptedSet, Cand};
use std::cell::RefCell;

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
    /// Ordinary words run into it from both sides (创|新平|台): no evidence of the place a
    /// document is about.
    pub straddled: bool,
    /// A short form opening the name of water or land (白沙|溪, 广阳|湾): it bounds names as a
    /// place does, but locates nothing.
    pub landform: bool,
    /// A short form written with its own level character after it (恩施|州, 峨边|县): as sure
    /// a sign of the place as its official name.
    pub with_own_level: bool,
}

/// The places a document names, as evidence that a short form it writes is that place: a
/// short form is confirmed where the document names the place in full or names the division
/// above it (长安 in 时代长安 is no district of a document that names none).
pub(crate) struct PlaceEvidence {
    named: std::collections::BTreeSet<usize>,
    in_full: std::collections::BTreeSet<usize>,
}

impl PlaceEvidence {
    /// The evidence of `places`; with `skip_straddled`, places that ordinary words run into
    /// (创|新平|台) are none.
    pub(crate) fn of(places: &[PlaceHit], skip_straddled: bool) -> Self {
        let counted = || places.iter().filter(move |p| !(skip_straddled && p.straddled));
        PlaceEvidence { named: counted().map(|p| p.place).collect(), in_full: counted().filter(|p| !p.short).map(|p| p.place).collect() }
    }

    /// Is `pl` a place the document confirms (or not a short form at all)?
    pub(crate) fn confirms(&self, gazetteer: &crate::rules::Gazetteer, pl: &PlaceHit) -> bool {
        !pl.short || self.in_full.contains(&pl.place) || gazetteer.places[pl.place].parent.is_some_and(|up| self.named.contains(&up))
    }
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
    /// Mentions, in document order.
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
    /// Where the document names its author outside its title: a 发文单位 line, a signature.
    pub author_spans: Vec<(usize, usize)>,
    /// Work done, for tests that check extraction stays linear: characters read, words
    /// found, characters stepped over by the scans left of head words, candidates weighed.
    pub work: usize,
}

/// What every mechanism reads: the document, the rules, the scan and the structure.
pub(crate) struct Ctx<'a> {
    pub doc: &'a NormalisedText,
    pub rules: &'a RuleSet,
    pub scan: &'a scan::Scan<'a>,
    pub structure: &'a structure::Structure,
    pub explain: bool,
    pub trace: RefCell<Vec<Trace>>,
    /// Characters stepped over by scans to the left of head words, and candidates weighed:
    /// the work that would grow faster than the text if a scan were unbounded.
    pub steps: std::cell::Cell<usize>,
    /// Scratch for `proper_chars_with`: which characters of a span distinguish nothing.
    pub covered: std::cell::Cell<Vec<bool>>,
    /// Where lists may close, found by the first closed-list rule for the others.
    pub closers: std::cell::OnceCell<Vec<lists::Closer>>,
}

impl Ctx<'_> {
    /// The sentence holding character `c` (the last one before it for a line break).
    pub(crate) fn sentence_of(&self, c: usize) -> usize {
        self.doc.sentences.partition_point(|s| s.end <= c).min(self.doc.sentences.len().saturating_sub(1))
    }
}

/// The stage tables are read in: before free-text names, so a column's type wins.
const TABLE_STAGE: u8 = 1;

/// Longest window, in characters, that extraction reads at once. Names, lists and relations
/// live within paragraphs, far shorter than this; a longer document (a province's yearbook,
/// a flattened table, a PDF text layer with no breaks) is read window by window, cut at
/// sentence ends, so time and memory grow in proportion to its length.
pub const WINDOW_CHARS: usize = 100_000;

/// Extracts mentions and relations from a normalised document.
pub fn extract(doc: &NormalisedText, rules: &RuleSet, explain: bool) -> Extraction {
    if doc.len_chars() <= WINDOW_CHARS {
        return extract_window(doc, rules, explain, figures::document_period(doc));
    }
    let period = figures::document_period(doc);
    let mut out = Extraction { period: period.clone(), ..Extraction::default() };
    // Windows are independent: they are read in parallel (one by one on a pool of one
    // thread) and their results joined in document order, as reading them in turn would.
    use rayon::prelude::*;
    let parts: Vec<(usize, Extraction)> = windows(doc)
        .into_par_iter()
        .with_max_len(1)
        .map(|(first, last)| {
            let window = doc.window(first, last);
            (first, extract_window(&window, rules, explain, period.clone()))
        })
        .collect();
    // Sized once: grown part by part, the mentions of a long document were copied again
    // and again into fresh memory.
    out.mentions.reserve_exact(parts.iter().map(|p| p.1.mentions.len()).sum());
    out.relations.reserve_exact(parts.iter().map(|p| p.1.relations.len()).sum());
    out.places.reserve_exact(parts.iter().map(|p| p.1.places.len()).sum());
    out.observations.reserve_exact(parts.iter().map(|p| p.1.observations.len()).sum());
    for (first, part) in parts {
        let offset = doc.sentences[first].start;
        let mentions_before = out.mentions.len();
        out.mentions.extend(part.mentions.into_iter().map(|mut m| {
            m.start += offset;
            m.end += offset;
            m.sentence += first;
            m
        }));
        out.relations.extend(part.relations.into_iter().map(|mut r| {
            r.subject += mentions_before;
            r.object += mentions_before;
            r.start += offset;
            r.end += offset;
            r.sentence += first;
            r
        }));
        out.places.extend(part.places.into_iter().map(|mut p| {
            p.start += offset;
            p.end += offset;
            p
        }));
        out.observations.extend(part.observations.into_iter().map(|mut o| {
            o.start += offset;
            o.end += offset;
            o.label_start += offset;
            o.sentence += first;
            o
        }));
        out.trace.extend(part.trace.into_iter().map(|mut t| {
            t.start += offset;
            t.end += offset;
            t
        }));
        out.author_spans.extend(part.author_spans.into_iter().map(|(s, e)| (s + offset, e + offset)));
        out.work += part.work;
    }
    out
}

/// Windows of whole sentences, `[first, last)`, of at most [`WINDOW_CHARS`] characters each
/// (a sentence is never longer), each ending at a paragraph end when one falls in its
/// second half.
fn windows(doc: &NormalisedText) -> Vec<(usize, usize)> {
    let sentences = &doc.sentences;
    let mut out = Vec::new();
    let mut first = 0;
    while first < sentences.len() {
        let start = sentences[first].start;
        // The sentences that fit, and among them the last that ends a paragraph.
        let mut last = first;
        let mut paragraph_end = None;
        while last < sentences.len() && sentences[last].end - start <= WINDOW_CHARS {
            let end = sentences[last].end;
            if end - start > WINDOW_CHARS / 2 && doc.text.as_bytes().get(doc.byte_of(end)) == Some(&b'\n') {
                paragraph_end = Some(last + 1);
            }
            last += 1;
        }
        let last = if last == sentences.len() { last } else { paragraph_end.unwrap_or(last).max(first + 1) };
        out.push((first, last));
        first = last;
    }
    out
}

fn extract_window(doc: &NormalisedText, rules: &RuleSet, explain: bool, period: Option<String>) -> Extraction {
    let scan = scan::Scan::new(doc, rules);
    let structure = structure::Structure::new(doc, &scan, rules);
    let ctx = Ctx { doc, rules, scan: &scan, structure: &structure, explain, trace: RefCell::new(Vec::new()), steps: std::cell::Cell::new(0), covered: std::cell::Cell::new(Vec::new()), closers: std::cell::OnceCell::new() };
    let mut accepted = AcceptedSet::for_chars(scan.len());
    let mut stages: Vec<u8> = rules.names.iter().map(|r| r.stage).collect();
    stages.extend(rules.enumerations.iter().map(|r| r.stage));
    stages.extend(rules.contexts.iter().map(|r| r.stage));
    stages.push(TABLE_STAGE);
    stages.sort_unstable();
    stages.dedup();
    for stage in stages {
        let mut cands: Vec<Cand<'_>> = Vec::new();
        if stage == TABLE_STAGE {
            ctx.table_cells(&mut cands);
        }
        for r in rules.contexts.iter().filter(|r| r.stage == stage) {
            ctx.context_rule(r, &accepted, &mut cands);
        }
        for r in rules.names.iter().filter(|r| r.stage == stage) {
            ctx.name_rule(r, &accepted, &mut cands);
        }
        for r in rules.enumerations.iter().filter(|r| r.stage == stage) {
            ctx.enumeration_rule(r, &accepted, &mut cands);
        }
        ctx.steps.set(ctx.steps.get() + cands.len());
        ctx.select(cands, &mut accepted);
    }
    let mut accepted = ctx.drop_bare_bodies(accepted);
    let rels = ctx.relations(&mut accepted);
    let author_spans = structure.author_spans(doc, &scan, rules);
    let mut out = Extraction { places: scan.places.clone(), author_spans, work: scan.hits.len() + scan.len() + ctx.steps.get() + structure.rows_weighed, ..Extraction::default() };
    finish(&ctx, &accepted, &rels, &mut out);
    out.period = period;
    let mut trace = ctx.trace.into_inner();
    out.observations = figures::figures(doc, rules, &rules.figure, out.period.as_deref(), &mut trace, explain);
    out.trace = trace;
    out
}

impl<'a> Ctx<'a> {
    /// Settles one stage's candidates: higher priority, then longer, then earlier wins; a
    /// candidate may not cross anything accepted before.
    fn select(&self, mut cands: Vec<Cand<'a>>, accepted: &mut AcceptedSet<'a>) {
        // Names composed with an owner among the items come after the items.
        cands.sort_by(|a, b| {
            a.owner_span
                .is_some()
                .cmp(&b.owner_span.is_some())
                .then(b.priority.cmp(&a.priority))
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.start.cmp(&b.start))
                .then(a.rule.cmp(b.rule))
                .then(a.ty.cmp(&b.ty))
        });
        let mut fragment_of: Vec<(usize, &str, usize)> = Vec::new();
        let program_heads = [self.rules.lexicon.id("program_head"), self.rules.lexicon.id("weak_program_head")];
        for c in cands {
            if self.structure.in_furniture(c.start) {
                self.note(c.ty, c.rule, c.start, c.end, || "on a line of the page's furniture (copyright, licence, credits)".into());
                continue;
            }
            // A list that says something of a name already accepted adds to it.
            if c.recognized.is_some() {
                let same = accepted.overlapping(c.start, c.end).find(|&i| {
                    let a = &accepted.all[i];
                    a.start == c.start && a.end == c.end && a.ty == c.ty
                });
                if let Some(i) = same {
                    if accepted.all[i].recognized.is_none() {
                        accepted.all[i].recognized = c.recognized;
                    }
                    continue;
                }
            }
            // A company a later rule names as a project's owner, for a project accepted
            // already with the same bounds and no owner (瑞丰集团的|“…工艺研究”: the quoted
            // title), owns it.
            if c.ty == EntityType::Project {
                if let Some((s, e)) = c.owner_span {
                    let same = accepted.overlapping(c.start, c.end).find(|&i| {
                        let a = &accepted.all[i];
                        a.start == c.start && a.end == c.end && a.ty == c.ty && a.owner.is_none()
                    });
                    let owner = accepted.starting_at(s).find(|&i| accepted.all[i].end == e && accepted.all[i].ty != EntityType::Platform);
                    if let (Some(i), Some(o)) = (same, owner) {
                        accepted.all[i].owner = Some(o);
                        continue;
                    }
                }
            }
            // A platform named with the owner a list gives it (…杭州研究院和|成都研究院: 宜昌大学
            // 成都研究院) is no bare category: the place and head read as one before is it.
            if c.ty == EntityType::Platform && c.text.is_some() {
                let bare = accepted.overlapping(c.start, c.end).find(|&i| {
                    let a = &accepted.all[i];
                    a.start == c.start && a.end == c.end && a.ty == EntityType::Designation && a.text.is_none()
                });
                if let Some(i) = bare {
                    if self.explain {
                        self.trace.borrow_mut().push(Trace { rule: c.rule.to_string(), entity_type: c.ty, start: c.start, end: c.end, text: c.text.clone().unwrap_or_default(), outcome: Outcome::Accepted });
                    }
                    let a = &mut accepted.all[i];
                    a.ty = c.ty;
                    a.text = c.text;
                    a.rule = c.rule;
                    a.owner = c.owner;
                    continue;
                }
            }
            // A shorter reading of a name (same rule, same left edge, a shorter head) stands
            // or falls with its longer one: when the longer reading is the tail of a name
            // accepted before, the shorter is a fragment of that name too (…科技创新三年行动
            // inside …科技创新三年行动方案), not a name of its own.
            let clash = accepted
                .conflict(&c)
                .or_else(|| fragment_of.iter().find(|f| f.0 == c.start && f.1 == c.rule && c.end <= accepted.all[f.2].end).map(|f| f.2))
                .or_else(|| self.same_program_with_head(&c, &program_heads, accepted))
                .or_else(|| self.longer_trade_name_at(&c, accepted));
            if let Some(i) = clash {
                let a = &accepted.all[i];
                if a.end == c.end && a.ty == c.ty && a.start < c.start && c.text.is_none() && a.text.is_none() {
                    fragment_of.push((c.start, c.rule, i));
                }
            }
            if self.explain {
                let outcome = match clash {
                    None => Outcome::Accepted,
                    Some(i) => Outcome::Overlapped(accepted.all[i].rule.to_string()),
                };
                self.trace.borrow_mut().push(Trace {
                    rule: c.rule.to_string(),
                    entity_type: c.ty,
                    start: c.start,
                    end: c.end,
                    text: c.text.clone().unwrap_or_else(|| self.doc.slice(c.start, c.end).to_string()),
                    outcome,
                });
            }
            if clash.is_none() {
                let owner = c.owner.or_else(|| {
                    let (s, e) = c.owner_span?;
                    accepted.starting_at(s).find(|&i| accepted.all[i].end == e && accepted.all[i].ty != EntityType::Platform)
                });
                accepted.push(Accepted { ty: c.ty, start: c.start, end: c.end, text: c.text, rule: c.rule, owner, recognized: c.recognized });
            }
        }
    }
}

impl<'a> Ctx<'a> {
    /// A program read from the same start as one accepted, the one longer than the other by
    /// a head word alone (科技强桂三年行动 and …三年行动|方案, …科技重大专项 and …|项目计划): one
    /// program written up to two of its heads, not two. A longer tail (…管理办法|若干补充)
    /// names another document.
    fn same_program_with_head(&self, c: &Cand<'a>, heads: &[Option<crate::rules::ListId>; 2], accepted: &AcceptedSet<'a>) -> Option<usize> {
        if c.ty != EntityType::Program || c.text.is_some() {
            return None;
        }
        accepted.starting_at(c.start).find(|&i| {
            let a = &accepted.all[i];
            a.ty == EntityType::Program && a.text.is_none() && a.end != c.end && {
                let (from, to) = (a.end.min(c.end), a.end.max(c.end));
                heads.iter().flatten().any(|&l| self.scan.is_word(from, to, l, self.rules))
            }
        })
    }

    /// A trade name read from the same start as one accepted, shorter (瑞丰 beside 瑞丰制药
    /// read before it): one company named once, its name read two ways, not two companies.
    /// A legal name holds its group's whole (中国北车集团|大连…有限公司): two companies.
    fn longer_trade_name_at(&self, c: &Cand<'a>, accepted: &AcceptedSet<'a>) -> Option<usize> {
        if c.ty != EntityType::Enterprise || c.text.is_some() {
            return None;
        }
        let legal = self.rules.core.legal_form;
        if self.scan.ends_with(c.end, legal, self.rules) {
            return None;
        }
        accepted.starting_at(c.start).find(|&i| {
            let a = &accepted.all[i];
            a.ty == EntityType::Enterprise && a.text.is_none() && a.end > c.end && !self.scan.ends_with(a.end, legal, self.rules)
        })
    }

    /// A body named bare (财政局, 管委会) is a generic reference unless the document names
    /// it in full elsewhere (市财政局, 新区管委会), it belongs to the locality (科技局), or it
    /// can only be a province's (财政厅).
    fn drop_bare_bodies(&self, accepted: AcceptedSet<'a>) -> AcceptedSet<'a> {
        let body_rule = self.rules.names.iter().find(|r| r.modifier == crate::rules::Modifier::Place && r.entity_type == EntityType::Agency);
        let Some(body_rule) = body_rule else { return accepted };
        // Only agencies' texts are compared: the others stay empty, unbuilt.
        let texts: Vec<String> = accepted.all.iter().map(|a| if a.ty == EntityType::Agency { self.scan.folded(a.start, a.end) } else { String::new() }).collect();
        let keep: Vec<bool> = accepted
            .all
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if a.ty != EntityType::Agency || a.rule != body_rule.id || a.text.is_some() {
                    return true;
                }
                // A body given its place by the one coordinated before it (湖南省委、|省政府)
                // is that place's, not the one the bare level would give it.
                if "省市县区".contains(self.scan.chars[a.start]) && accepted.starting_at(a.start).any(|j| j != i && accepted.all[j].ty == EntityType::Agency && accepted.all[j].end == a.end && accepted.all[j].text.is_some()) {
                    return false;
                }
                let t = &texts[i];
                let bare = self.rules.lexicon.contains(body_rule.heads, t);
                // Only a province has departments called 厅: a bare one (财政厅、教育厅) is
                // the province's, no generic reference.
                if !bare || crate::rules::AgencyResolution::is_provincial_department(t) || self.rules.agency.local.iter().any(|l| l == t) {
                    return true;
                }
                accepted.all.iter().enumerate().any(|(j, b)| j != i && b.ty == EntityType::Agency && texts[j].len() > t.len() && texts[j].ends_with(t.as_str()))
            })
            .collect();
        if keep.iter().all(|k| *k) {
            return accepted;
        }
        let mut map = vec![None; accepted.all.len()];
        let mut out = AcceptedSet::for_chars(self.scan.len());
        for (i, a) in accepted.all.iter().enumerate() {
            if keep[i] {
                map[i] = Some(out.all.len());
                let mut a = a.clone();
                a.owner = a.owner.and_then(|o| map.get(o).copied().flatten());
                out.push(a);
            } else if self.explain {
                self.trace.borrow_mut().push(Trace {
                    rule: a.rule.to_string(),
                    entity_type: a.ty,
                    start: a.start,
                    end: a.end,
                    text: self.doc.slice(a.start, a.end).to_string(),
                    outcome: Outcome::Rejected("a bare body the document never names in full: a generic reference".into()),
                });
            }
        }
        out
    }
}

/// Flattens accepted names into the document's mentions, in document order, and their
/// relations.
fn finish(ctx: &Ctx<'_>, accepted: &AcceptedSet<'_>, rels: &[relations::Rel<'_>], out: &mut Extraction) {
    let doc = ctx.doc;
    let mut order: Vec<usize> = (0..accepted.all.len()).collect();
    order.sort_by_key(|&i| {
        let a = &accepted.all[i];
        (a.start, std::cmp::Reverse(a.end), a.ty, a.rule)
    });
    let mut index = vec![0usize; accepted.all.len()];
    out.mentions.reserve(accepted.all.len());
    for (k, &i) in order.iter().enumerate() {
        index[i] = k;
        let a = &accepted.all[i];
        out.mentions.push(Mention {
            entity_type: a.ty,
            start: a.start,
            end: a.end,
            text: a.text.clone().unwrap_or_else(|| doc.slice(a.start, a.end).to_string()),
            rule: a.rule.to_string(),
            sentence: ctx.sentence_of(a.start),
            composed: a.text.is_some(),
        });
    }
    let mut relations: Vec<RelationMention> = rels
        .iter()
        .map(|r| {
            let (s, o) = (&out.mentions[index[r.subject]], &out.mentions[index[r.object]]);
            // The evidence is the object's sentence, spanning both names when they share it.
            let (start, end) = if s.sentence == o.sentence { (s.start.min(o.start), s.end.max(o.end)) } else { (o.start, o.end) };
            RelationMention { subject: index[r.subject], predicate: r.predicate, object: index[r.object], rule: r.rule.to_string(), sentence: o.sentence, start, end }
        })
        .collect();
    relations.sort_by(|a, b| (a.subject, a.predicate, a.object).cmp(&(b.subject, b.predicate, b.object)));
    out.relations = relations;
}

/// A dash, of any width: it sets two names apart (X有限公司-Y星创天地, X公司——Y空间) or
/// chains kinds (众创空间-孵化器-加速器).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '－' | '–')
}

/// Where the bracket opening at `p` closes, if it does within a name's reach and before
/// any clause ends: the tail of a list item (A(X有限公司)、B, A(荥阳)、B), not a new clause.
pub(crate) fn bracket_close(chars: &[char], p: usize) -> Option<usize> {
    if chars.get(p) != Some(&'(') {
        return None;
    }
    chars[p + 1..chars.len().min(p + 40)].iter().take_while(|&&c| !matches!(c, '(' | '。' | ';' | '\n' | ',')).position(|&c| c == ')').map(|k| p + 1 + k)
}

/// Is the text from `at` to `head` one bracket and nothing else (X有限公司|(挖掘机)|项目)? After
/// a company's name it notes what the project makes: no title of its own.
pub(crate) fn only_bracket_between(chars: &[char], at: usize, head: usize) -> bool {
    head > at && chars[at] == '(' && bracket_close(chars, at) == Some(head - 1)
}

/// Where a name's words end before a note in brackets at its end (实施方案|(试行),
/// 众创空间|(金水区)): the opening bracket's position, or `end` when there is none.
pub(crate) fn before_bracketed_tail(chars: &[char], start: usize, end: usize) -> usize {
    if end > start && chars[end - 1] == ')' {
        (start..end).rev().find(|&k| chars[k] == '(').unwrap_or(end)
    } else {
        end
    }
}

/// Is `c` a masking character (XX区, **公司)?
pub fn is_mask_char(c: char) -> bool {
    names::is_mask(c)
}

/// Where the title ends, when the first sentence is a title (short, not ended by a full
/// stop, as 市科技局2022年工作总结).
pub fn author_title_end(doc: &NormalisedText) -> Option<usize> {
    if doc.continued {
        return None;
    }
    let title = doc.sentences.first()?;
    let text = doc.slice(title.start, title.end);
    // A page's breadcrumb (中国西藏网 > 即时新闻 > 地方) names the site's sections, not who
    // wrote the document: the page has no title line to read an author from.
    let breadcrumb = text.chars().filter(|c| matches!(c, '>' | '»' | '›')).count() >= 2;
    (text.chars().count() <= 60 && !text.ends_with(['。', '!', '?']) && !breadcrumb).then_some(title.end)
}

/// How far an addressee line is read on either side of a mention, in characters: bounded,
/// so that a text without line breaks is read in linear time.
const ADDRESSEE_LINE: usize = 120;

/// Is the mention at `[start, end)` on an addressee line (各镇区科技局、青岚新区经济发展局、
/// 各有关单位:), a line opening with 各, closed by a colon and ending no clause before it? A
/// body there is written to, never the writer.
pub(crate) fn on_addressee_line(doc: &NormalisedText, start: usize, end: usize) -> bool {
    let len = doc.len_chars();
    let from = start.saturating_sub(ADDRESSEE_LINE);
    let to = (end + ADDRESSEE_LINE).min(len);
    let before = &doc.fold[doc.byte_of(from)..doc.byte_of(start)];
    let after = &doc.fold[doc.byte_of(end)..doc.byte_of(to)];
    let head = match before.rfind('\n') {
        Some(nl) => &before[nl + 1..],
        None if from == 0 => before,
        None => return false,
    };
    let tail = after.split('\n').next().unwrap_or("");
    let clause_end = |t: &str| t.contains(['。', ';', '!', '?']);
    head.trim_start().starts_with('各') && !clause_end(head) && !head.contains(':') && tail.trim_end().ends_with(':') && !clause_end(tail)
}

/// The document's author: the agency named in its title, as in 市科技局2022年工作总结.
pub fn author_mention(doc: &NormalisedText, mentions: &[Mention]) -> Option<usize> {
    author_title_end(doc)?;
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity_type == EntityType::Agency && m.sentence == 0 && !m.composed && !on_addressee_line(doc, m.start, m.end))
        .min_by_key(|(_, m)| m.start)
        .map(|(i, _)| i)
}

//! Candidates: spans a rule proposes, before overlaps are settled; and the set of accepted
//! ones, which bounds and owns the names later stages find.

use crate::model::EntityType;
use std::collections::BTreeMap;

/// A proposed mention.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'r> {
    /// Type.
    pub ty: EntityType,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The name when it is not the span's text (a head shared by coordinated names).
    pub text: Option<String>,
    /// Id of the rule.
    pub rule: &'r str,
    /// Priority of the rule.
    pub priority: i32,
    /// The accepted mention opening this name as its owner (济川药业 in
    /// 济川药业工程技术研究中心).
    pub owner: Option<usize>,
    /// The designation this name is listed under (…等新型研发机构), as a span.
    pub recognized: Option<(usize, usize)>,
    /// For a composed platform, the span of its owner among the items (A in A、B等…中心).
    pub owner_span: Option<(usize, usize)>,
}

impl<'r> Cand<'r> {
    pub fn new(ty: EntityType, start: usize, end: usize, rule: &'r str, priority: i32) -> Self {
        Cand { ty, start, end, text: None, rule, priority, owner: None, recognized: None, owner_span: None }
    }
}

/// An accepted mention, as extraction keeps it until the end.
#[derive(Debug, Clone)]
pub(crate) struct Accepted<'r> {
    pub ty: EntityType,
    pub start: usize,
    pub end: usize,
    pub text: Option<String>,
    pub rule: &'r str,
    pub owner: Option<usize>,
    pub recognized: Option<(usize, usize)>,
}

/// The accepted mentions, indexed by start for overlap queries.
#[derive(Debug, Default)]
pub(crate) struct AcceptedSet<'r> {
    pub all: Vec<Accepted<'r>>,
    by_start: BTreeMap<(usize, usize), ()>,
    /// (end, index) for "which mentions end here".
    ends: BTreeMap<(usize, usize), ()>,
}

/// Longest span any mechanism proposes; overlap queries look this far back.
pub(crate) const MAX_SPAN: usize = 240;

impl<'r> AcceptedSet<'r> {
    pub fn push(&mut self, a: Accepted<'r>) -> usize {
        let i = self.all.len();
        self.by_start.insert((a.start, i), ());
        self.ends.insert((a.end, i), ());
        self.all.push(a);
        i
    }

    /// Indices of accepted mentions overlapping `[start, end)`.
    pub fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let from = start.saturating_sub(MAX_SPAN);
        self.by_start
            .range((from, 0)..(end, 0))
            .map(|(&(_, i), _)| i)
            .filter(move |&i| self.all[i].end > start && self.all[i].start < end)
    }

    /// Indices of accepted mentions ending exactly at `end`.
    pub fn ending_at(&self, end: usize) -> impl Iterator<Item = usize> + '_ {
        self.ends.range((end, 0)..(end + 1, 0)).map(|(&(_, i), _)| i)
    }

    /// Indices of accepted mentions starting exactly at `start`.
    pub fn starting_at(&self, start: usize) -> impl Iterator<Item = usize> + '_ {
        self.by_start.range((start, 0)..(start + 1, 0)).map(|(&(_, i), _)| i)
    }

    /// Does a candidate conflict with what is accepted? Names may nest (an owner in a
    /// platform's name, a zone in a program's), but may not cross, and of two names ending
    /// at the same place with the same type, one is enough.
    pub fn conflict(&self, c: &Cand<'_>) -> Option<usize> {
        self.overlapping(c.start, c.end).find(|&i| {
            let a = &self.all[i];
            // A name composed from a coordination (金凤 + 实验室) spans its neighbours by
            // construction: it only clashes with the same composed name.
            if c.text.is_some() || a.text.is_some() {
                return a.text == c.text && a.start == c.start && a.end == c.end;
            }
            let crosses = (a.start < c.start && c.start < a.end && a.end < c.end) || (c.start < a.start && a.start < c.end && c.end < a.end);
            let same = a.start == c.start && a.end == c.end;
            let same_end = a.end == c.end && a.ty == c.ty;
            // Nothing but a place, an institution or a company nests inside a company's name
            // (中国汽车工程研究院股份有限公司 holds no program 中国汽车工程).
            let inside = |outer: (usize, usize, EntityType), inner: (usize, usize, EntityType)| {
                outer.2 == EntityType::Enterprise
                    && outer.0 <= inner.0
                    && inner.1 <= outer.1
                    && !matches!(inner.2, EntityType::Place | EntityType::Institution | EntityType::Enterprise)
            };
            let in_company = inside((a.start, a.end, a.ty), (c.start, c.end, c.ty)) || inside((c.start, c.end, c.ty), (a.start, a.end, a.ty));
            crosses || same || same_end || in_company
        })
    }
}

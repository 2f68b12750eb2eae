//! Candidates: spans a rule proposes, before overlaps are settled; and the set of accepted
//! ones, which bounds and owns the names later stages find.

use crate::model::EntityType;

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

/// The accepted mentions, indexed by where they start and end.
///
/// Rules ask these questions once per character they step over (a name's left edge is a
/// scan back from its head), so the indexes are flat arrays by character position instead
/// of ordered maps: each position holds a chain of the mentions starting (ending) there, in
/// the order they were accepted, and a bit set of positions where some mention starts lets
/// an overlap query skip the empty ones a machine word at a time. Every query yields indices
/// in the order an ordered map keyed by (position, index) would.
#[derive(Debug, Default)]
pub(crate) struct AcceptedSet<'r> {
    pub all: Vec<Accepted<'r>>,
    starts: Chains,
    ends: Chains,
    /// Bit `p % 64` of word `p / 64`: some accepted mention starts at character `p`.
    start_bits: Vec<u64>,
}

/// For each character position, the indices of the mentions at it, as singly linked
/// chains in push order.
#[derive(Debug, Default)]
struct Chains {
    /// First and last index at each position (`NONE` when there is none).
    first: Vec<u32>,
    last: Vec<u32>,
    /// The next index at the same position, by index.
    next: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Chains {
    fn for_positions(n: usize) -> Self {
        Chains { first: vec![NONE; n], last: vec![NONE; n], next: Vec::new() }
    }

    /// Appends index `i` (always the largest so far) at position `p`.
    fn push(&mut self, p: usize, i: usize) {
        if p >= self.first.len() {
            // Positions grow with the window read, so the arrays do too; doubling keeps
            // the resizing linear.
            let len = (p + 1).max(self.first.len() * 2).max(64);
            self.first.resize(len, NONE);
            self.last.resize(len, NONE);
        }
        let i = i as u32;
        self.next.push(NONE);
        match self.last[p] {
            NONE => self.first[p] = i,
            prev => self.next[prev as usize] = i,
        }
        self.last[p] = i;
    }

    /// The indices at position `p`, in push order.
    fn at(&self, p: usize) -> ChainIter<'_> {
        ChainIter { next: &self.next, cur: self.first.get(p).copied().unwrap_or(NONE) }
    }
}

/// Walks one position's chain.
pub(crate) struct ChainIter<'s> {
    next: &'s [u32],
    cur: u32,
}

impl Iterator for ChainIter<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.cur == NONE {
            return None;
        }
        let i = self.cur as usize;
        self.cur = self.next[i];
        Some(i)
    }
}

/// Longest span any mechanism proposes; overlap queries look this far back.
pub(crate) const MAX_SPAN: usize = 240;

impl<'r> AcceptedSet<'r> {
    /// An empty set for a text of `n` characters, its indexes sized once (a set made by
    /// `default` grows them as names are pushed).
    pub fn for_chars(n: usize) -> Self {
        AcceptedSet { all: Vec::new(), starts: Chains::for_positions(n + 1), ends: Chains::for_positions(n + 1), start_bits: vec![0; n / 64 + 1] }
    }

    pub fn push(&mut self, a: Accepted<'r>) -> usize {
        let i = self.all.len();
        self.starts.push(a.start, i);
        self.ends.push(a.end, i);
        let word = a.start / 64;
        if word >= self.start_bits.len() {
            self.start_bits.resize((word + 1).max(self.start_bits.len() * 2), 0);
        }
        self.start_bits[word] |= 1 << (a.start % 64);
        self.all.push(a);
        i
    }

    /// Indices of accepted mentions overlapping `[start, end)`, by start, then index.
    pub fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let from = start.saturating_sub(MAX_SPAN);
        self.starts_in(from, end).flat_map(move |p| self.starts.at(p)).filter(move |&i| self.all[i].end > start && self.all[i].start < end)
    }

    /// Positions in `[from, to)` where some accepted mention starts, ascending.
    fn starts_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let to = to.min(self.start_bits.len() * 64);
        let mut word = from / 64;
        // The bits of the current word not yet visited.
        let mut bits = if from < to { self.start_bits[word] & (u64::MAX << (from % 64)) } else { 0 };
        std::iter::from_fn(move || loop {
            if bits != 0 {
                let p = word * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                return (p < to).then_some(p);
            }
            word += 1;
            if word * 64 >= to {
                return None;
            }
            bits = self.start_bits[word];
        })
    }

    /// Indices of accepted mentions ending exactly at `end`.
    pub fn ending_at(&self, end: usize) -> impl Iterator<Item = usize> + '_ {
        self.ends.at(end)
    }

    /// Indices of accepted mentions starting exactly at `start`.
    pub fn starting_at(&self, start: usize) -> impl Iterator<Item = usize> + '_ {
        self.starts.at(start)
    }

    /// Does a candidate conflict with what is accepted? Names may nest (an owner in a
    /// platform's name, a zone in a program's), but may not cross, and of two names ending
    /// at the same place with the same type, one is enough.
    pub fn conflict(&self, c: &Cand<'_>) -> Option<usize> {
        self.overlapping(c.start, c.end).find(|&i| {
            let a = &self.all[i];
            // A name composed from a coordination (金凤 + 实验室) spans its neighbours by
            // construction: it only clashes with the same composed name, or with a name of
            // another type read from the very same span (第三批|省级…产业园, a category whose
            // name leaves its round out, is not also a platform).
            if c.text.is_some() || a.text.is_some() {
                return (a.text == c.text || a.ty != c.ty) && a.start == c.start && a.end == c.end;
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

//! Relations the text states, mostly by its structure: a place or an owner opening a name,
//! the columns of a table row, the items of a list headed by a designation, the issuer of a
//! notice; and, inside one sentence, a subject, the words that state the relation, and an
//! object close by.

use super::cand::{Accepted, AcceptedSet};
use super::names::{is_han, is_mask, is_stop};
use super::lists::is_numeral;
use super::Ctx;
use crate::model::{EntityType, Predicate};
use crate::rules::{ColumnRole, ListId, RelationForm, RelationRule};
use std::rc::Rc;
use std::collections::{BTreeMap, BTreeSet};

/// A relation between two accepted mentions (indices into the accepted set).
#[derive(Debug, Clone)]
pub(crate) struct Rel<'a> {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    pub rule: &'a str,
}

/// Relations found so far, without repeats, and the place mentions they created.
pub(crate) struct Relations<'a> {
    pub list: Vec<Rel<'a>>,
    seen: BTreeSet<(usize, Predicate, usize)>,
    places: BTreeMap<(usize, usize), usize>,
    /// Accepted mentions by sentence, and how many mentions there were when it was made:
    /// made once for all the verb rules, again only when a mention was added since.
    by_sentence: Option<(usize, Rc<Vec<Vec<usize>>>)>,
}

impl<'a> Relations<'a> {
    fn add(&mut self, subject: usize, predicate: Predicate, object: usize, rule: &'a str) {
        if subject != object && self.seen.insert((subject, predicate, object)) {
            self.list.push(Rel { subject, predicate, object, rule });
        }
    }
}

/// The longest run of places from the larger to the smaller read before a word (在|湖北省
/// 宜昌市远安县|建设).
const PLACE_CHAIN_MAX: usize = 16;
/// How many recognitions a frame's verb goes on to after its first (…为X、B等…为Y、C等…为Z).
const FRAME_CHAIN_MAX: usize = 4;
/// The longest level or place that may open a coordinated item before its name (、县|关于…的意见).
const ISSUER_REACH: usize = 6;

/// The widest bracket of a task's responsible bodies (（牵头单位：…；配合单位：…）).
const TASK_BRACKET: usize = 60;

/// The longest task a bracket of responsible bodies closes, back to the line's start or the
/// task bracket before (a numbered item of a plan runs to a few sentences).
const TASK_REACH: usize = 300;

impl<'a> Ctx<'a> {
    /// All relation rules over the accepted mentions. Place mentions that relations need
    /// (a place inside a name) are added to `accepted`.
    pub(crate) fn relations(&self, accepted: &mut AcceptedSet<'a>) -> Vec<Rel<'a>> {
        let mut rels = Relations { list: Vec::new(), seen: BTreeSet::new(), places: BTreeMap::new(), by_sentence: None };
        for (i, a) in accepted.all.iter().enumerate() {
            if a.ty == EntityType::Place {
                rels.places.insert((a.start, a.end), i);
            }
        }
        for rule in &self.rules.relations {
            match rule.form {
                RelationForm::NamePlace => self.name_places(rule, accepted, &mut rels),
                RelationForm::NameOwner => self.name_owners(rule, accepted, &mut rels),
                RelationForm::Verb => self.verbs(rule, accepted, &mut rels),
                RelationForm::RecognitionList => self.recognition_lists(rule, accepted, &mut rels),
                RelationForm::SelectionList => self.selection_lists(rule, accepted, &mut rels),
                RelationForm::TitleIssuer => self.title_issuers(rule, accepted, &mut rels),
                RelationForm::Signature => self.signatures(rule, accepted, &mut rels),
                RelationForm::EnterpriseProject => self.enterprise_projects(rule, accepted, &mut rels),
                RelationForm::Table => self.table_rows(rule, accepted, &mut rels),
                RelationForm::AuthorVerb => self.author_verbs(rule, accepted, &mut rels),
                RelationForm::RecognitionFrame => self.recognition_frames(rule, accepted, &mut rels),
                RelationForm::IssuerTitle => self.issuers_before_titles(rule, accepted, &mut rels),
                RelationForm::PlaceVerb => self.placing_verbs(rule, accepted, &mut rels),
                RelationForm::PlaceBeforeVerb => self.built_in_place(rule, accepted, &mut rels),
                RelationForm::HeldIn => self.held_in_place(rule, accepted, &mut rels),
                RelationForm::Bracketed => self.bracketed(rule, accepted, &mut rels),
                RelationForm::Dashed => self.dashed(rule, accepted, &mut rels),
                RelationForm::Apposed => self.apposed(rule, accepted, &mut rels),
                RelationForm::CallOrganiser => self.call_organisers(rule, accepted, &mut rels),
                RelationForm::TaskLead => self.task_leads(rule, accepted, &mut rels),
                RelationForm::SignedDecision => self.signed_decisions(rule, accepted, &mut rels),
            }
        }
        rels.list
    }

    fn types_ok(types: &[EntityType], t: EntityType) -> bool {
        types.is_empty() || types.contains(&t)
    }

    /// The place mention at `[start, end)`, created when missing.
    fn place_mention(&self, start: usize, end: usize, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) -> usize {
        if let Some(&i) = rels.places.get(&(start, end)) {
            return i;
        }
        let i = accepted.push(Accepted { ty: EntityType::Place, start, end, text: None, rule: "place.gazetteer", owner: None, recognized: None });
        rels.places.insert((start, end), i);
        i
    }

    /// A name, at most `gap` characters and a word of the rule (位于, 落户), then a place
    /// (after 在 or 于): the text says where it is (settled case 6b). Places from the larger
    /// to the smaller (江苏省泰兴市) are one, the smallest.
    fn placing_verbs(&self, rule: &'a RelationRule, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        let core = self.rules.core;
        let clause_end = |c: char| matches!(c, '。' | ';' | '!' | '?' | '\n');
        for h in self.scan.hits_in_by_end(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            let mut p = w1;
            if p < chars.len() && matches!(chars[p], '在' | '于') {
                p += 1;
            }
            let Some(pl) = self.scan.place_starting(p) else { continue };
            if pl.as_level || pl.landform || self.scan.ends_with(pl.end, core.no_locality, self.rules) {
                continue;
            }
            // The smallest place, where a chain names it (江苏省|泰兴市).
            let Some((start, end)) = self.place_chain(p, usize::MAX) else { continue };
            // A place opening a company's or project's name (落地|广丰旗、…等项目) is where
            // that one is from, and says nothing of the subject; a short form running on into
            // more of a name may be a trade name's first word, and places nothing unless it
            // opens a zone's or platform's name (落地|远安|高新区).
            let opens = |tys: &[EntityType]| accepted.starting_at(pl.start).any(|i| accepted.all[i].end > end && tys.contains(&accepted.all[i].ty));
            if opens(&[EntityType::Enterprise, EntityType::Project]) || (pl.short && pl.end == end && chars.get(end).is_some_and(|&c| is_han(c)) && !opens(&[EntityType::Platform, EntityType::Agency])) {
                continue;
            }
            // 位于南京的企业: the verb describes the noun after it, not the name before; when
            // that is a name (位于常熟市的华丰电机有限公司), it is the one placed.
            if chars.get(end) == Some(&'的') {
                if let Some(named) = accepted.starting_at(end + 1).filter(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty) && accepted.all[i].text.is_none()).max_by_key(|&i| accepted.all[i].end) {
                    let place = self.place_mention(start, end, accepted, rels);
                    rels.add(named, rule.predicate, place, &rule.id);
                }
                continue;
            }
            let subject = (w0.saturating_sub(rule.gap)..=w0)
                .rev()
                .take_while(|&e| e == w0 || !clause_end(chars[e]))
                .find_map(|e| accepted.ending_at(e).find(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty) && accepted.all[i].text.is_none()));
            let Some(subject) = subject else { continue };
            let place = self.place_mention(start, end, accepted, rels);
            rels.add(subject, rule.predicate, place, &rule.id);
        }
    }

    /// 在 and a place ending right at `w0`, where a word follows (在|江苏省泰兴市|建设): the
    /// place's span, the smallest of a chain written from the larger to the smaller, after
    /// where 在 stands. A level used as a place, a landform or a word of `no_locality` is none.
    fn place_after_zai(&self, w0: usize) -> Option<(usize, usize, usize)> {
        let chars = &self.scan.chars;
        let first = self.scan.places_within(w0.saturating_sub(PLACE_CHAIN_MAX), w0).find(|p| p.start > 0 && chars[p.start - 1] == '在')?;
        if first.as_level || first.landform {
            return None;
        }
        let (start, end) = self.place_chain(first.start, w0 + 1).filter(|&(_, e)| e == w0)?;
        if self.scan.ends_with(end, self.rules.core.no_locality, self.rules) {
            return None;
        }
        Some((first.start - 1, start, end))
    }

    /// A name, then 在, a place and a word of holding (2023年全省科技工作会议在成都召开): the
    /// event is held there (settled case 6b). Within `gap` of the name, in its clause (…会议
    /// 于2月10日在成都召开).
    fn held_in_place(&self, rule: &'a RelationRule, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        for h in self.scan.hits_in_by_end(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            let Some((at, start, end)) = self.place_after_zai(w0) else { continue };
            // A name right after the word is what was held or opened (瑞丰集团在宜昌揭牌成立|
            // 青岚实验室): the one before 在 did it, and is not said to be there.
            let object_follows = (w1..=(w1 + 2).min(chars.len()))
                .take_while(|&b| b == w1 || is_han(chars[b - 1]))
                .any(|b| accepted.starting_at(b).any(|i| accepted.all[i].ty != EntityType::Place));
            if object_follows {
                continue;
            }
            let subject = (at.saturating_sub(rule.gap)..=at)
                .rev()
                .take_while(|&e| e == at || !matches!(chars[e], '。' | ';' | '!' | '?' | '\n' | ','))
                .find_map(|e| accepted.ending_at(e).find(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty) && accepted.all[i].text.is_none()));
            let Some(subject) = subject else { continue };
            let place = self.place_mention(start, end, accepted, rels);
            rels.add(subject, rule.predicate, place, &rule.id);
        }
    }

    /// 在 and a place, then a word of building and, within `gap` of it, a name (在枝江建设
    /// 明州智能装备生产基地项目): what is built there is there (settled case 6b: 在X建成).
    fn built_in_place(&self, rule: &'a RelationRule, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        for h in self.scan.hits_in_by_end(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            let Some((_, start, end)) = self.place_after_zai(w0) else { continue };
            // What is built: the first name of the subject's types after the word, in the
            // clause, not a place.
            let built = (w1..=(w1 + rule.gap).min(chars.len()))
                .take_while(|&b| b == w1 || !matches!(chars[b - 1], ',' | '。' | ';' | '!' | '?' | '\n' | '、'))
                .find_map(|b| accepted.starting_at(b).filter(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty) && accepted.all[i].text.is_none()).max_by_key(|&i| accepted.all[i].end));
            let Some(built) = built else { continue };
            // 在三亚市设立“X”的单位: the clause describes what follows 的, X is what such
            // units set up, a kind.
            if chars.get(accepted.all[built].end) == Some(&'的') {
                continue;
            }
            let place = self.place_mention(start, end, accepted, rels);
            rels.add(built, rule.predicate, place, &rule.id);
        }
    }

    /// Places written from the larger to the smaller from `at` (常州市金坛区), each within the
    /// one before and ending before `limit`: the smallest's start and the chain's end.
    pub(super) fn place_chain(&self, at: usize, limit: usize) -> Option<(usize, usize)> {
        let first = self.scan.place_starting(at)?;
        let (mut start, mut end, mut inner) = (first.start, first.end, first.place);
        while let Some(next) = self.scan.place_starting(end) {
            if next.end < limit && next.place != inner && self.rules.gazetteer.within(next.place, inner) {
                (start, end, inner) = (next.start, next.end, next.place);
            } else {
                break;
            }
        }
        // The smaller place in parentheses after it (福州(马尾)) is the place.
        if self.scan.chars.get(end) == Some(&'(') {
            if let Some(next) = self.scan.place_starting(end + 1) {
                if next.end < limit && self.scan.chars.get(next.end) == Some(&')') && next.place != inner && self.rules.gazetteer.within(next.place, inner) {
                    return Some((next.start, next.end));
                }
            }
        }
        Some((start, end))
    }

    /// A place opening a name (after its owner or a year), or in parentheses inside it.
    fn name_places(&self, rule: &'a RelationRule, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let chars = &self.scan.chars;
        let core = self.rules.core;
        let n = accepted.all.len();
        // A short form the document also names in full, or whose division above it the
        // document names, is that place (哈尔滨|创业孵化产业园 in a text naming 哈尔滨市); a
        // county's short form is shared by many (滨海, 麒麟) and places nothing on its own.
        let g = &self.rules.gazetteer;
        let evidence = crate::extract::PlaceEvidence::of(&self.scan.places, true);
        let confirmed = |pl: &crate::extract::PlaceHit| evidence.confirms(g, pl);
        let county = |pl: &crate::extract::PlaceHit| g.places[pl.place].level == crate::rules::PlaceLevel::County;
        // …unless it lies in a province the document names a place of: a county's short form
        // in a text about another province is another place's name (麒麟|科技城 in Nanjing).
        let province = |place: usize| g.ancestor(place, crate::rules::PlaceLevel::Province);
        let provinces: std::collections::BTreeSet<usize> = self.scan.places.iter().filter(|p| !p.straddled && !(p.short && g.places[p.place].level == crate::rules::PlaceLevel::County)).filter_map(|p| province(p.place)).collect();
        let in_region = |pl: &crate::extract::PlaceHit| provinces.is_empty() || province(pl.place).is_some_and(|p| provinces.contains(&p));
        for i in 0..n {
            let a = accepted.all[i].clone();
            if !Self::types_ok(&rule.subject, a.ty) {
                continue;
            }
            if let Some(t) = &a.text {
                // A name made of a list's item and a head the list shares (武功|高新技术产业
                // 开发区, 江苏宏达电机有限公司|技术中心) opens with the item's characters: a
                // place opening them opens the name; a short form, as in any name, before a
                // distinguishing name, or as the whole item before a zone's head (武功|高新区;
                // 金凤|实验室 is a lab's own name).
                let own = t.chars().zip(self.doc.slice(a.start, a.end).chars()).take_while(|(x, y)| x == y).count();
                let Some(pl) = self.scan.place_starting(a.start) else { continue };
                let Some((s, e)) = self.place_chain(pl.start, a.start + own + 1) else { continue };
                let masked = a.start > 0 && is_mask(chars[a.start - 1]);
                let region = self.scan.longest_ending(e, core.no_locality, self.rules).is_some_and(|(rs, _)| rs <= s);
                // Places from the larger to the smaller (湖南永州) name a place, never a trade name.
                let short_ok = !pl.short || e > pl.end || self.proper_chars(e, a.start + own, None) >= 2 || (e == a.start + own && self.scan.longest_ending(a.end, core.zone, self.rules).is_some());
                if e <= a.start + own && t.chars().count() > own && short_ok && !pl.as_level && !pl.landform && !masked && !region {
                    let from = if s > 0 && chars[s - 1] == '(' { s } else { pl.start };
                    let o = self.place_mention(from, e, accepted, rels);
                    rels.add(i, rule.predicate, o, &rule.id);
                }
                continue;
            }
            // The place opens the name after its owner (教育部|重庆…研究院), else the owner's
            // own name (河北…有限公司|…实验室 is in 河北).
            let owner_end = a.owner.map(|o| accepted.all[o].end).or_else(|| {
                accepted.starting_at(a.start).filter(|&j| j != i && matches!(accepted.all[j].ty, EntityType::Enterprise | EntityType::Institution) && accepted.all[j].end < a.end).map(|j| accepted.all[j].end).max()
            });
            // A place inside a university's or academy's own name (郑州大学|…众创空间) is not
            // where the platform is (settled case 6); one written before a university the
            // document names on its own (远安|武汉大学…研究院) is.
            let institution_opens = accepted.starting_at(a.start).any(|j| j != i && accepted.all[j].ty == EntityType::Institution && accepted.all[j].end < a.end && self.beside_its_place(j, accepted) == j);
            // A platform's branch is where the place before its branch word says, after the
            // name of what it is a branch of (…工程中心|温州|分中心, 怀柔…实验室|新疆|基地),
            // not where the name it opens with is.
            // (A county's short form there lies in a province the document names a place of:
            // 长宁 in a Hefei zone's centre, 合肥高新区|长宁|中心, is no Shanghai district.)
            // A place alone in the bracket opening at `open`.
            let bracketed_place = |open: usize| {
                (chars.get(open) == Some(&'('))
                    .then(|| self.scan.place_starting(open + 1))
                    .flatten()
                    .filter(|pl| chars.get(pl.end) == Some(&')') && !pl.as_level)
                    .map(|pl| (pl.start, pl.end))
            };
            let mut found: Option<(usize, usize)> = if a.ty == EntityType::Platform {
                self.branch_place(a.start, a.end, accepted).filter(|&(s, _)| self.scan.place_starting(s).is_none_or(|pl| !(pl.short && county(&pl)) || in_region(&pl)))
            } else {
                None
            };
            // A place in brackets closing a platform's name (山东产业技术研究院(青岛)) is where this
            // one of it is, whatever place opens the name.
            if found.is_none() && a.ty == EntityType::Platform && a.end >= 4 && chars[a.end - 1] == ')' {
                if let Some(open) = (a.start + 1..a.end - 1).rev().find(|&k| chars[k] == '(') {
                    found = self.scan.place_starting(open + 1).filter(|pl| pl.end == a.end - 1 && !pl.as_level).map(|pl| (pl.start, pl.end));
                }
            }
            // So is a place in brackets right after the owner that opens a name (X集团|(成都)|
            // …生产基地): it says where this base of the owner's is.
            if found.is_none() && matches!(a.ty, EntityType::Platform | EntityType::Project) {
                found = owner_end.and_then(bracketed_place);
            }
            // A company's place in brackets inside its name (荣昌生物制药(烟台)有限公司) is where
            // this one is, whatever word opens the name.
            if found.is_none() && a.ty == EntityType::Enterprise {
                found = (a.start + 1..a.end.saturating_sub(3)).find(|&k| chars[k] == '(').and_then(bracketed_place);
            }
            // …and so is a list's column of districts, a bracket right after the name
            // (…众创空间|(金水区)、).
            // (Not where a longer name holds that bracket, X集团|(宜昌)智能制造基地项目 or
            // X集团(宜昌)…生产基地: the place is that one's.)
            if found.is_none() && matches!(a.ty, EntityType::Platform | EntityType::Enterprise) {
                found = bracketed_place(a.end).filter(|&(_, e)| !accepted.overlapping(a.end, a.end + 1).any(|j| accepted.all[j].end > e + 1));
            }
            // A place alone in brackets inside a platform's name after words of a name (湖北理工|
            // (宜昌)|先进材料研究院) says where this one is, more nearly than a place its owner's
            // name opens with.
            if found.is_none() && a.ty == EntityType::Platform {
                // (Not a bracket of the owner's own name: 中国地质大学(北京)|石家庄创新研究院.)
                let from = owner_end.unwrap_or(a.start).max(a.start + 2);
                let in_named = |k: usize| accepted.overlapping(k, k + 1).any(|j| accepted.all[j].start < k && accepted.all[j].end > k && accepted.all[j].end < a.end && matches!(accepted.all[j].ty, EntityType::Enterprise | EntityType::Institution));
                // (Nor one right after a place, 宜都|(枝江): place_chain weighs that pair.)
                let after_place = |k: usize| self.scan.places_within(k.saturating_sub(8), k).any(|pl| pl.end == k);
                found = (from..a.end.saturating_sub(3)).filter(|&k| chars[k] == '(' && !in_named(k) && !after_place(k)).find_map(bracketed_place);
            }
            for from in owner_end.into_iter().chain(std::iter::once(a.start).filter(|_| !institution_opens)).filter(|_| found.is_none()) {
                let mut p = from;
                // (A year's last digits may be masked: 20xx年.)
                let year_char = |c: char| c.is_ascii_digit() || (chars[from] == '2' && super::names::is_masked_digit(c));
                while p < a.end && (year_char(chars[p]) || (p > a.start && matches!(chars[p], '年' | '度') && year_char(chars[p - 1]) | (chars[p] == '度'))) {
                    p += 1;
                }
                // An event's term (第33届|湖北省…大赛) opens its name before the place.
                if a.ty == EntityType::Event && chars.get(p) == Some(&'第') {
                    let mut q = p + 1;
                    while q < a.end && (chars[q].is_ascii_digit() || crate::extract::lists::is_numeral(chars[q])) {
                        q += 1;
                    }
                    if q > p + 1 && chars.get(q) == Some(&'届') {
                        p = q + 1;
                    }
                }
                // A name quoted whole (“湖北省…研究中心”) opens with its place inside the quote.
                if p == a.start && p + 1 < a.end && chars[p] == '“' {
                    p += 1;
                }
                if let Some(pl) = self.scan.place_starting(p) {
                    let masked = p > 0 && is_mask(chars[p - 1]);
                    // A short form written with its own 州 (黔西南|州) names the place as fully
                    // as the official name.
                    let (short, pl_end) = if self.scan.own_zhou_after(pl) { (false, pl.end + 1) } else { (pl.short, pl.end) };
                    let rest = self.proper_chars(pl_end, a.end, None);
                    // A short form opens a trade name as often as it names a place: it counts
                    // before a distinguishing name (重庆|信息与智慧医学研究院) or a zone or
                    // lab word (杭州|高新区), not alone before a head.
                    let named_kind = self.rules.names.iter().any(|r| r.modifier == crate::rules::Modifier::Zone && self.scan.longest_ending(a.end, r.heads, self.rules).is_some_and(|(s, _)| s == pl.end));
                    // After its owner's name, a short form is the place (华兴|泰州|储能项目): a
                    // trade name would have opened the name.
                    let after_owner = Some(from) == owner_end;
                    // A region word ending with the place (江南, 长三角) is no locality; one only
                    // inside it (西南 in 黔西南) is.
                    let region = self.scan.longest_ending(pl.end, core.no_locality, self.rules).is_some_and(|(s, _)| s <= pl.start);
                    // A university's short name opening the name with its own city (上海交大|
                    // 浙江|研究院): the city is the university's; the place after it is this one's.
                    let university_then = self
                        .rules
                        .lexicon
                        .id("university_short_form")
                        .and_then(|l| (pl_end + 2..=(pl_end + 3).min(a.end)).find(|&u| self.scan.is_word(pl_end, u, l, self.rules)))
                        .and_then(|u| self.scan.place_starting(u))
                        .filter(|q| a.ty == EntityType::Platform && q.end < a.end && !q.as_level && !q.landform);
                    if let Some(q) = university_then {
                        found = Some((q.start, q.end));
                        break;
                    }
                    // Places that follow each other from the larger to the smaller are one
                    // (常州市金坛区), and a place, not a trade name (湖南永州|国家农业科技园区).
                    if pl_end < a.end && !pl.as_level && !pl.landform && !masked && !region {
                        let chain = self.place_chain(pl.start, a.end);
                        let sure = confirmed(pl);
                        let named_kind = named_kind && (!county(pl) || confirmed(pl) || in_region(pl));
                        if !(!short || rest >= 2 || named_kind || after_owner || sure || chain.is_some_and(|(_, end)| end > pl.end)) {
                            continue;
                        }
                        // A county's short form in a text about another province opens a
                        // trade name there, whatever follows it (永福|绿能 in a Fuzhou report is
                        // no Guangxi county): settled case 6.
                        if short && county(pl) && !sure && !after_owner && !in_region(pl) && chain.is_none_or(|(_, end)| end == pl.end) {
                            continue;
                        }
                        // (Only a place in parentheses is named alone.)
                        found = chain.map(|(s, end)| if s > 0 && chars[s - 1] == '(' { (s, end) } else { (pl.start, end) });
                        break;
                    }
                }
            }
            if found.is_none() {
                // 西部(重庆)科学城, 先进材料(常熟)创新研究院.
                let mut k = a.start;
                while k < a.end {
                    if chars[k] == '(' {
                        if let Some(close) = (k + 1..a.end.min(k + 8)).find(|&j| chars[j] == ')') {
                            if let Some(pl) = self.scan.place_starting(k + 1) {
                                if pl.end == close {
                                    found = Some((pl.start, pl.end));
                                    break;
                                }
                            }
                            // A short name in brackets inside a platform's name, not closing
                            // it, is where it is (发酵工程技术(黄桥)产业研究院).
                            let inner = close - (k + 1);
                            // (A place right after the bracket, (中试)|德州|基地, is where it is: the
                            // bracket qualifies the kind.)
                            if let Some(pl) = self.scan.place_starting(close + 1).filter(|pl| a.ty == EntityType::Platform && !pl.as_level && (!pl.short || g.places[pl.place].level != crate::rules::PlaceLevel::County) && pl.end < a.end) {
                                found = Some((pl.start, pl.end));
                                break;
                            }
                            if a.ty == EntityType::Platform
                                && close + 1 < a.end
                                && (2..=3).contains(&inner)
                                && self.proper_chars(k + 1, close, None) == inner
                                // (A phase or a round, (一期), (第二批), is no place.)
                                && !chars[k + 1..close].iter().any(|&c| is_numeral(c))
                                && !self.scan.head_ends_at(close)
                                && !self.scan.ends_with(close, core.no_locality, self.rules)
                            {
                                found = Some((k + 1, close));
                                break;
                            }
                        }
                    }
                    k += 1;
                }
            }
            // 我市第一期…研修班: held in the document's own place.
            if found.is_none() && a.start >= 2 {
                let before = self.scan.longest_ending(a.start, core.locality_reference, self.rules);
                if let Some((s, _)) = before {
                    found = Some((s, a.start));
                }
            }
            if let Some((s, e)) = found {
                let o = self.place_mention(s, e, accepted, rels);
                rels.add(i, rule.predicate, o, &rule.id);
            }
        }
    }

    /// The length of 等 and the kind closing a list with no count (A、B等单位|建设的, 等企业;
    /// list `list_closing_kind`), right after the names and before the verb: the subject is
    /// still the names before it, as after a counted closing (等2家).
    /// The length of a passive's agents between a subject and its verb (A被|省科技厅、省财政厅|
    /// 授予…): the bodies that did it, after 被, filling the span; 0 when there are none.
    fn passive_agent(chars: &[char], at: usize, verb: usize, accepted: &AcceptedSet<'a>) -> usize {
        const LONGEST: usize = 24;
        let span = verb.saturating_sub(at);
        if span < 2 || span > LONGEST || chars[at] != '被' {
            return 0;
        }
        // The agents, one or several joined by 、 or a conjunction, fill the span.
        let mut p = at + 1;
        while let Some(e) = accepted.starting_at(p).filter(|&i| accepted.all[i].ty == EntityType::Agency).map(|i| accepted.all[i].end).max() {
            p = e;
            if p < verb && matches!(chars[p], '、' | '和' | '与' | '及') {
                p += 1;
            }
        }
        if p == verb {
            span
        } else {
            0
        }
    }

    fn kind_closing(&self, at: usize, limit: usize) -> usize {
        if self.scan.chars.get(at) != Some(&'等') {
            return 0;
        }
        self.rules.lexicon.id("list_closing_kind").and_then(|l| self.scan.longest_starting(at + 1, limit, l, self.rules)).map_or(0, |e| e - at)
    }

    /// The place of a branch named `[start, end)`: a place right before the branch word
    /// that ends the name, right after a platform's head or an owner's name.
    fn branch_place(&self, start: usize, end: usize, accepted: &AcceptedSet<'a>) -> Option<(usize, usize)> {
        let branch = self.rules.lexicon.id("branch_head")?;
        let zone = self.rules.lexicon.id("named_platform_head")?;
        let (hs, _) = self.scan.longest_ending(end, branch, self.rules).or_else(|| self.scan.longest_ending(end, zone, self.rules))?;
        self.place_before_branch(start, hs, |p| {
            !is_mask(self.scan.chars[p - 1])
                && (self.scan.head_of_type_ends_at(p, EntityType::Platform)
                    || accepted.ending_at(p).any(|j| accepted.all[j].start >= start && matches!(accepted.all[j].ty, EntityType::Enterprise | EntityType::Institution))
                    // …or a short owner's name the text does not give in full (天大|浙江绍兴|研究院,
                    // 中关村|贵阳|科技园), or the province the place lies in (浙江|绍兴). A county's
                    // short form there is too often a word of the name (生物育种|钟山|实验室).
                    || (self.scan.place_starting(p).is_some_and(|pl| !pl.short || self.rules.gazetteer.places[pl.place].level != crate::rules::PlaceLevel::County)
                        && ((p - start <= 4 && self.scan.place_starting(start).is_none() && !self.scan.chars[start..p].iter().any(|&c| is_mask(c)))
                            || self.scan.places_within(start, p).any(|q| q.end == p && q.start > start && q.start - start <= 4 && self.scan.place_starting(start).is_none()))))
        })
    }

    /// An owner opening a name: its enterprise or institution (hasPlatform), or the agency
    /// that set it up (establishes), as the rule's subject types say.
    fn name_owners(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        // As long as a registered name runs (湖北省宏达干细胞工程有限公司|技术中心, a table's
        // platform column written with its company's full name).
        const OWNER_MAX: usize = 32;
        let chars = &self.scan.chars;
        // A company or institution the document names elsewhere that opens a platform's name
        // (比亚迪 … 比亚迪汽车配件产业园) owns it though no mention of it stands inside the name.
        let mut known_owners: Option<rustc_hash::FxHashMap<&[char], usize>> = None;
        let mut longest_known: Option<usize> = None;
        let sub_body = self.rules.lexicon.id("sub_body");
        for (i, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.object, a.ty) {
                continue;
            }
            if rule.not_ending.is_some_and(|l| self.scan.ends_with(a.end, l, self.rules)) {
                continue;
            }
            // An organisation written right before a platform's quoted name, opening an item
            // or a clause (、宜昌学院“湖北省智慧安全工程实验室”), is its owner, as with 的.
            let quoted_after_owner = || {
                if a.ty != EntityType::Platform || chars[a.start] != '“' {
                    return None;
                }
                accepted.ending_at(a.start).find(|&o| {
                    let b = &accepted.all[o];
                    matches!(b.ty, EntityType::Enterprise | EntityType::Institution)
                        && Self::types_ok(&rule.subject, b.ty)
                        && b.start < a.start
                        && (b.start == 0 || matches!(chars[b.start - 1], '、' | ',' | ':' | ';' | '(') || self.rules.core.is_conjunction(chars[b.start - 1]) || self.scan.boundary_before(b.start))
                })
            };
            // An organisation in brackets closing a platform's name, all the bracket holds
            // (…重点实验室(宜昌大学)), is the body it rests on: its owner.
            let bracketed_owner = || {
                if a.ty != EntityType::Platform || chars[a.end - 1] != ')' {
                    return None;
                }
                let open = (a.start..a.end - 1).rev().find(|&q| chars[q] == '(')?;
                accepted.starting_at(open + 1).find(|&o| {
                    let b = &accepted.all[o];
                    b.end + 1 == a.end && matches!(b.ty, EntityType::Enterprise | EntityType::Institution) && Self::types_ok(&rule.subject, b.ty)
                })
            };
            if let Some(o) = a.owner {
                if Self::types_ok(&rule.subject, accepted.all[o].ty) {
                    rels.add(self.beside_its_place(o, accepted), rule.predicate, i, &rule.id);
                }
            } else if let Some(o) = bracketed_owner() {
                rels.add(o, rule.predicate, i, &rule.id);
            } else if let Some(o) = quoted_after_owner() {
                rels.add(o, rule.predicate, i, &rule.id);
            } else if a.ty == EntityType::Agency && rule.subject.contains(&EntityType::Agency) {
                // A body's office read whole by another rule (中共宜昌市委|办公室, a group's head):
                // the body opening it, and a word of the bodies that belong to others after.
                let owner = accepted.starting_at(a.start).filter(|&o| o != i && accepted.all[o].ty == EntityType::Agency && accepted.all[o].end < a.end).max_by_key(|&o| accepted.all[o].end);
                if let (Some(o), Some(l)) = (owner, sub_body) {
                    if self.scan.is_word(accepted.all[o].end, a.end, l, self.rules) {
                        rels.add(o, rule.predicate, i, &rule.id);
                    }
                }
            } else if a.ty == EntityType::Platform && a.text.is_none() && rule.subject.contains(&EntityType::Enterprise) {
                let known = known_owners.get_or_insert_with(|| {
                    let mut m = rustc_hash::FxHashMap::default();
                    for (j, c) in accepted.all.iter().enumerate() {
                        if Self::types_ok(&rule.subject, c.ty) && matches!(c.ty, EntityType::Enterprise | EntityType::Institution) && c.text.is_none() && c.end - c.start <= OWNER_MAX {
                            m.entry(&chars[c.start..c.end]).or_insert(j);
                        }
                    }
                    m
                });
                if known.is_empty() {
                    continue;
                }
                // Only as far as the longest name known: most documents' companies are short.
                let longest = *longest_known.get_or_insert_with(|| known.keys().map(|k| k.len()).max().unwrap_or(0));
                // The longest such opening, leaving a name of two characters or more after it;
                // inside the quotes of a quoted name (“宏达电子企业技术中心”).
                let open = if chars[a.start] == '“' { a.start + 1 } else { a.start };
                let owner = (open + 2..=(open + longest).min(a.end.saturating_sub(2))).rev().find_map(|e| known.get(&chars[open..e]).copied());
                if let Some(o) = owner {
                    rels.add(o, rule.predicate, i, &rule.id);
                }
            }
        }
    }

    /// The institution a place and an institution's name make when written together (远安|
    /// 武汉大学新材料研究院, the branch in 远安 of 武汉大学): the one the document names on its own
    /// near one of its mentions, with no place before it (…与武汉大学共建远安武汉大学…). Else `o`
    /// itself: a university named by its place (宜昌大学) is found whole nowhere else, and one
    /// whose place opens its own name (西安|电子科技大学) is named far from the other
    /// (电子科技大学) when a text speaks of both.
    fn beside_its_place(&self, o: usize, accepted: &AcceptedSet<'a>) -> usize {
        const NEAR: usize = 100;
        let chars = &self.scan.chars;
        let b = &accepted.all[o];
        if b.ty != EntityType::Institution || b.text.is_some() {
            return o;
        }
        let Some(p) = self.scan.place_starting(b.start).filter(|p| p.end + 2 < b.end) else { return o };
        let (whole, rest) = (&chars[b.start..b.end], &chars[p.end..b.end]);
        let named = |c: &Accepted<'a>, name: &[char]| c.ty == EntityType::Institution && c.text.is_none() && &chars[c.start..c.end] == name;
        let near_whole = |at: usize| accepted.all.iter().any(|w| named(w, whole) && w.start.abs_diff(at) <= NEAR);
        accepted.all.iter().position(|c| named(c, rest) && near_whole(c.start)).unwrap_or(o)
    }

    /// Mentions sorted by start, per sentence.
    fn by_sentence(&self, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) -> Rc<Vec<Vec<usize>>> {
        if let Some((n, cached)) = &rels.by_sentence {
            if *n == accepted.all.len() {
                return Rc::clone(cached);
            }
        }
        let made = Rc::new(self.mentions_by_sentence(accepted));
        rels.by_sentence = Some((accepted.all.len(), Rc::clone(&made)));
        made
    }

    fn mentions_by_sentence(&self, accepted: &AcceptedSet<'a>) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.doc.sentences.len()];
        for (i, a) in accepted.all.iter().enumerate() {
            let s = self.sentence_of(a.start);
            if let Some(v) = out.get_mut(s) {
                v.push(i);
            }
        }
        for v in &mut out {
            v.sort_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
        }
        out
    }

    /// Subject, at most `gap` characters, a word of the rule, at most `gap` characters,
    /// object (or the other way round), in one clause; lists on either side share it.
    fn verbs(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        let clause_end = |c: char| matches!(c, '。' | ';' | '!' | '?' | '\n');
        // A bracket closing between a name and the verb, or between the verb and a name, the
        // name with words after it in the bracket ((市科技局、市财政局负责)|组织实施…), parts
        // them: what follows the bracket is the next task's. (An operator filling a bracket
        // alone, X众创空间(Y有限公司)被…, is weighed below; a name after the verb behind a
        // bracket closing there, 负责)|组织实施X, is no object of it.)
        let bracket_closing = |from: usize, to: usize| chars[from..to].iter().position(|&c| c == ')').filter(|&k| !chars[from..from + k].contains(&'('));
        let by_sentence = self.by_sentence(accepted, rels);
        for h in self.scan.hits_in_by_end(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            // A verb inside a name (…的实施意见) states nothing.
            if accepted.overlapping(w0, w1).any(|i| accepted.all[i].start <= w0 && accepted.all[i].end >= w1 && accepted.all[i].ty != EntityType::Place) {
                continue;
            }
            // Nor does one opening a body's word, named or not (经|信委).
            if self.scan.longest_starting(w0, (w0 + 12).min(chars.len()), self.rules.core.agency_body, self.rules).is_some_and(|e| e > w1) {
                continue;
            }
            // An aim states no fact (力争|获批全国重点实验室8家).
            if rule.not_after.is_some_and(|l| self.scan.ends_with(w0, l, self.rules)) {
                continue;
            }
            // Nor does a page's field label (发布|机构: 宜昌市人民政府).
            let label = self.rules.lexicon.id("field_label_noun").and_then(|l| self.scan.longest_starting(w1, (w1 + 3).min(chars.len()), l, self.rules));
            if label.is_some_and(|e| matches!(chars.get(e), Some(':' | ' ' | '\n'))) {
                continue;
            }
            let sentence = self.sentence_of(w0);
            let Some(ms) = by_sentence.get(sentence) else { continue };
            let (left_types, right_types) = if rule.reversed { (&rule.object, &rule.subject) } else { (&rule.subject, &rule.object) };
            // `ms` is in order of start (then longest first): a name on the left starts at
            // or before the word, one on the right within the reach after it. Only those
            // are weighed, not every name of a long sentence for every word in it.
            let before = ms.partition_point(|&i| accepted.all[i].start <= w0);
            let after = ms.partition_point(|&i| accepted.all[i].start < w1);
            let reach = ms.partition_point(|&i| accepted.all[i].start <= w1 + rule.gap + ROUND);
            // Nearest mention of the left types ending within the gap before the word.
            let left = ms[..before]
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &accepted.all[i];
                    Self::types_ok(left_types, a.ty)
                        && a.end <= w0
                        && w0 - a.end <= rule.gap + counted_closing(chars, a.end, w0) + self.kind_closing(a.end, w0) + approval_clause(chars, a.end, w0) + Self::passive_agent(chars, a.end, w0, accepted) + crate::extract::lists::time_phrase_after(chars, a.end)
                        && !chars[a.end..w0].iter().any(|&c| clause_end(c))
                        && !rule.not_between.is_some_and(|l| self.scan.holds_word(a.end, w0, l, self.rules))
                        && !bracket_closing(a.end, w0).is_some_and(|k| k > 0)
                        // (A name right after 被 is the one who lists, 被|国务院…中心|列为: no
                        // one is recognised as what it lists.)
                        && !(rule.predicate == Predicate::RecognizedAs && a.start > 0 && chars[a.start - 1] == '被')
                })
                .max_by_key(|&i| (accepted.all[i].end, std::cmp::Reverse(accepted.all[i].start)));
            // A verb a comma follows ends its clause (…厅务会审议通过,现同意对A…): what comes
            // after the comma is another clause's.
            let ends_clause = chars.get(w1) == Some(&',');
            let right = ms[after..reach.max(after)]
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &accepted.all[i];
                    !ends_clause
                        && Self::types_ok(right_types, a.ty)
                        && a.start >= w1
                        // (由 makes the name after it an agent, 成立了由|区委书记任组长的…小组:
                        // what is set up comes after the clause.)
                        && !(a.start > w1 && chars[a.start - 1] == '由')
                        && (a.start - w1 <= rule.gap || a.start - w1 <= rule.gap + ROUND && batch_before(chars, w1, a.start) >= a.start - w1 - rule.gap)
                        && !chars[w1..a.start].iter().any(|&c| clause_end(c) || c == ',')
                        && bracket_closing(w1, a.start).is_none()
                        && rule.object_closing.is_none_or(|l| self.scan.longest_starting(a.end, (a.end + 4).min(chars.len()), l, self.rules).is_some())
                })
                .min_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
            // A company written as 公司 or 该公司 after its paragraph named it (…有限公司…。公司
            // 先后荣获…) is that company.
            let left = left.or_else(|| if rule.reversed { None } else { self.company_referred_to(w0, left_types, accepted) });
            // The operator in brackets after a platform (X众创空间(Y有限公司)被认定为…) only
            // says who runs it: the platform is the subject.
            let left = left.map(|l| if rule.reversed { l } else { self.bracketed_host(l, ms, accepted, left_types).unwrap_or(l) });
            let from_topic = right.is_none();
            let right = right.or_else(|| if rule.reversed || rule.object_closing.is_some() { None } else { self.topic_object(w1, sentence, right_types, accepted) });
            let (Some(l), Some(r)) = (left, right) else { continue };
            // Companies a place brought in, closed by their count and a comma (引进A、B等21家
            // 企业,|已建成…产业园), are the object of that clause: the next one's verb has the
            // sentence's subject, not them.
            if !rule.reversed && chars[accepted.all[l].end..w0].contains(&',') {
                let first = self.coordinated(l, ms, accepted, left_types, true).into_iter().map(|i| accepted.all[i].start).min().unwrap_or(accepted.all[l].start);
                if self.scan.ends_with(first, self.rules.core.company_object_verb, self.rules) {
                    continue;
                }
            }
            // An object whose name ends as the rule refuses (a zone, for a host) is no object.
            let object = if rule.reversed { l } else { r };
            // A document cited as the basis of what follows (根据《X》,经我局…) was not
            // approved by the body after it: the text does not say who issued it.
            if rule.reversed && self.cited_as_basis(&accepted.all[object]) {
                continue;
            }
            if rule.not_ending.is_some_and(|list| self.scan.ends_with(accepted.all[object].end, list, self.rules)) {
                continue;
            }
            // A word opening a bracket right after the name (X中心(依托单位:Y)、Z中心(…)) says
            // something of that name alone, and only of what the bracket holds: the list the
            // name stands in shares none of it.
            // (The word may open the bracket itself: X中心|(依托….)
            let open = accepted.all[l].end;
            let in_bracket = chars.get(open) == Some(&'(') && (open + 1..w0).all(|k| !is_stop(chars[k]) && chars[k] != ')');
            let mut lefts = if in_bracket { vec![l] } else { self.coordinated(l, ms, accepted, left_types, true) };
            // A category taken from the sentence's topic or an earlier list fits the names
            // only if they are of its kind (企业技术中心 is a centre's, not its company's).
            if from_topic && accepted.all[r].ty == EntityType::Designation {
                lefts.retain(|&i| self.kind_matches(&accepted.all[i], &accepted.all[r]));
            }
            // Names composed over one list end together (A、B等…研究中心): all are subjects,
            // and their owners with them.
            let l_end = accepted.all[l].end;
            // So does the last item, written whole, of the list a composed name opens (青岚、
            // 鸿翔众创空间获评…: 鸿翔众创空间 too).
            let composed = accepted.all[l].text.is_some();
            for &i in ms {
                let a = &accepted.all[i];
                if a.end == l_end && (a.text.is_some() || composed) && Self::types_ok(left_types, a.ty) && !lefts.contains(&i) {
                    lefts.push(i);
                }
            }
            // An owner is a subject only where it is a whole item (A、B等…中心), not the
            // opening of one (A集团|智能装备技术、…等…实验室: the laboratory is the item).
            let whole_item = |o: usize| chars.get(accepted.all[o].end).is_none_or(|&c| c == '、' || c == '等' || self.rules.core.is_conjunction(c) || is_numeral(c) || super::names::is_stop(c));
            for k in 0..lefts.len() {
                if let Some(o) = accepted.all[lefts[k]].owner {
                    if accepted.all[lefts[k]].text.is_some() && Self::types_ok(left_types, accepted.all[o].ty) && !lefts.contains(&o) && whole_item(o) {
                        lefts.push(o);
                    }
                }
            }
            let mut rights = self.coordinated(r, ms, accepted, right_types, false);
            if in_bracket {
                rights.retain(|&b| bracket_closing(w1, accepted.all[b].start).is_none());
            }
            // 分别 pairs them in order (A、B分别被认定为P和Q: A is P, B is Q), where both
            // sides count as many.
            let respectively = chars[w0.saturating_sub(4)..w1].windows(2).any(|w| w == ['分', '别']);
            if respectively && lefts.len() == rights.len() && lefts.len() > 1 {
                lefts.sort_by_key(|&i| accepted.all[i].start);
                rights.sort_by_key(|&i| accepted.all[i].start);
                for (&a, &b) in lefts.iter().zip(&rights) {
                    let (s, o) = if rule.reversed { (b, a) } else { (a, b) };
                    rels.add(s, rule.predicate, o, &rule.id);
                }
                continue;
            }
            // A title opening with its own issuer (科技部关于…的通知) was issued by that body
            // (rel.title-issuer says so); another that 发布 it again passes it on.
            if rule.predicate == crate::model::Predicate::Establishes && !rule.reversed {
                rights.retain(|&b| {
                    let o = &accepted.all[b];
                    !accepted.starting_at(o.start).any(|j| accepted.all[j].ty == EntityType::Agency && accepted.all[j].end + 2 < o.end && chars[accepted.all[j].end..].starts_with(&['关', '于']))
                });
            }
            for &a in &lefts {
                for &b in &rights {
                    let (s, o) = if rule.reversed { (b, a) } else { (a, b) };
                    rels.add(s, rule.predicate, o, &rule.id);
                }
            }
        }
    }

    /// The company a clause opening with 公司 or 该公司 (and adverbs: 公司先后|荣获) before the
    /// word at `w0` refers to: the nearest company its line named before by its registered
    /// name, when it is of the `types`.
    fn company_referred_to(&self, w0: usize, types: &[EntityType], accepted: &AcceptedSet<'a>) -> Option<usize> {
        const REACH: usize = 300;
        if !types.contains(&EntityType::Enterprise) {
            return None;
        }
        let chars = &self.scan.chars;
        let mut p = w0;
        if let Some(adverbs) = self.rules.lexicon.id("subject_adverb") {
            while let Some((s, _)) = self.scan.longest_ending(p, adverbs, self.rules) {
                p = s;
            }
        }
        let word = ["该公司", "公司", "该企业", "该集团"].iter().find(|w| {
            let n = w.chars().count();
            p >= n && chars[p - n..p].iter().copied().eq(w.chars())
        });
        // Or no subject at all, the sentence opening with the verb (…。先后荣获…): the
        // company the sentences before were about.
        let s = match word {
            Some(w) => p - w.chars().count(),
            None if p > 0 && chars[p - 1] == '。' => p,
            None => return None,
        };
        if s > 0 && !matches!(chars[s - 1], '。' | ',' | ';' | '!' | '\n' | ' ') {
            return None;
        }
        let line = &self.structure.lines[self.structure.line_of(s)];
        let from = line.start.max(s.saturating_sub(REACH));
        let legal = self.rules.core.legal_form;
        let named: Vec<usize> = accepted
            .overlapping(from, s)
            .filter(|&i| {
                let a = &accepted.all[i];
                a.ty == EntityType::Enterprise && a.start >= from && a.end <= s && a.text.is_none() && self.scan.ends_with(a.end, legal, self.rules)
            })
            .collect();
        // Only one company named there: with two, which one is meant is a guess.
        let first = *named.first()?;
        let one = named.iter().all(|&i| chars[accepted.all[i].start..accepted.all[i].end] == chars[accepted.all[first].start..accepted.all[first].end]);
        one.then(|| named.into_iter().max_by_key(|&i| accepted.all[i].end)).flatten()
    }

    /// A verb that ends its clause with no object (A、B上榜。) takes the sentence's topic: a
    /// name of the object's types opening the sentence before 中 and a comma (绿色工厂中,A、B
    /// 上榜; 在省重点研发计划中,…入选), or else the list an earlier sentence of the paragraph
    /// names (…省级绿色工厂名单公布。A、B入选).
    fn topic_object(&self, verb_end: usize, sentence: usize, types: &[EntityType], accepted: &AcceptedSet<'a>) -> Option<usize> {
        let chars = &self.scan.chars;
        let mut p = verb_end;
        while p < chars.len() && chars[p] == '了' {
            p += 1;
        }
        if p < chars.len() && !matches!(chars[p], ',' | '。' | ';' | '!' | '\n') {
            return None;
        }
        let s = self.doc.sentences.get(sentence)?;
        let topic = (s.start..verb_end).find(|&i| chars[i] == ',').filter(|&comma| comma >= 2 && chars[comma - 1] == '中').and_then(|comma| {
            let mut open = s.start;
            while open < comma && (chars[open].is_whitespace() || chars[open] == '在') {
                open += 1;
            }
            accepted.starting_at(open).find(|&i| accepted.all[i].end == comma - 1 && Self::types_ok(types, accepted.all[i].ty))
        });
        // Else the list named earlier in the paragraph (…绿色工厂名单公布,A、B入选): the
        // nearest name of the object's types that a list word (名单) follows; or the
        // category of a notice of recognition named earlier in the sentence (公布了《关于认定
        // …小巨人企业的通知》,A、B位列其中).
        topic.or_else(|| {
            let list = self.rules.lexicon.id("list_title")?;
            let recognising = self.rules.lexicon.id("recognition_verb");
            let line = &self.structure.lines[self.structure.line_of(s.start)];
            let from = line.start.max(s.start.saturating_sub(LIST_TITLE_REACH));
            let clause = (s.start..verb_end).rev().find(|&i| chars[i] == ',').unwrap_or(s.start);
            let in_notice = |a: &Accepted<'_>| {
                recognising.is_some_and(|r| {
                    accepted.overlapping(a.start, a.end).any(|j| {
                        let p = &accepted.all[j];
                        p.ty == EntityType::Program && p.start < a.start && p.end >= a.end && self.scan.holds_word(p.start, a.start, r, self.rules)
                    })
                })
            };
            accepted
                .overlapping(from, clause)
                .filter(|&i| {
                    let a = &accepted.all[i];
                    a.start >= from
                        && Self::types_ok(types, a.ty)
                        && ((a.end <= s.start && self.scan.longest_starting(a.end, (a.end + 4).min(chars.len()), list, self.rules).is_some()) || (a.start >= s.start && a.end <= clause && in_notice(a)))
                })
                .max_by_key(|&i| accepted.all[i].end)
        })
    }

    /// The agency a document speaks as: the one naming itself (我局).
    fn author(&self, accepted: &AcceptedSet<'a>) -> Option<usize> {
        let self_ref = self.rules.lexicon.id("self_reference");
        let first_self = (0..accepted.all.len())
            .filter(|&i| accepted.all[i].ty == EntityType::Agency && self_ref.is_some_and(|l| self.scan.is_word(accepted.all[i].start, accepted.all[i].end, l, self.rules)))
            .min_by_key(|&i| accepted.all[i].start);
        // Only an agency that speaks of itself (我局) reports what it does: a notice or a
        // plan that names an agency in its title says what others are to do. A report's
        // title (X区科学技术局2022年工作总结) makes its agency the speaker all the same.
        first_self.or_else(|| self.reporting_agency(accepted))
    }

    /// The agency opening a report's title (…科学技术局2022年工作总结, …工作汇报): the
    /// subject of every clause of the report that names none.
    fn reporting_agency(&self, accepted: &AcceptedSet<'a>) -> Option<usize> {
        let end = crate::extract::author_title_end(self.doc)?;
        let report = self.rules.lexicon.id("report_word")?;
        if !self.scan.holds_word(0, end, report, self.rules) {
            return None;
        }
        accepted.overlapping(0, end).filter(|&i| accepted.all[i].ty == EntityType::Agency && accepted.all[i].end <= end).min_by_key(|&i| accepted.all[i].start)
    }

    /// Where the clause holding `at` begins: after the last comma, stop, semicolon, colon or
    /// line break before it, reading back no further than `from`.
    fn clause_start(&self, from: usize, at: usize) -> usize {
        let chars = &self.scan.chars;
        (from..at).rev().find(|&i| matches!(chars[i], ',' | '。' | ';' | '\n' | ':')).map_or(from, |i| i + 1)
    }

    /// In an agency's own report, programs it 实施 with no other subject in the clause are
    /// its own to run (settled case 9).
    fn author_verbs(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let Some(author) = self.author(accepted) else { return };
        let words = rule.words.expect("checked when rules were compiled");
        let by_sentence = self.by_sentence(accepted, rels);
        for h in self.scan.hits_in(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            if accepted.overlapping(w0, w1).any(|i| accepted.all[i].start <= w0 && accepted.all[i].end >= w1 && accepted.all[i].ty != EntityType::Place) {
                continue;
            }
            let Some(ms) = by_sentence.get(self.sentence_of(w0)) else { continue };
            // The clause before the word names no agency (that would be the subject).
            let clause_start = self.clause_start(0, w0);
            if ms.iter().any(|&i| accepted.all[i].ty == EntityType::Agency && accepted.all[i].start >= clause_start && accepted.all[i].end <= w0 && i != author) {
                continue;
            }
            let right = ms
                .iter()
                .copied()
                .filter(|&i| Self::types_ok(&rule.object, accepted.all[i].ty) && accepted.all[i].start >= w1 && accepted.all[i].start - w1 <= rule.gap)
                .min_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
            let Some(r) = right else { continue };
            for o in self.coordinated(r, ms, accepted, &rule.object, false) {
                rels.add(author, rule.predicate, o, &rule.id);
            }
        }
    }

    /// The platform whose operator the mention `l` is, written in brackets right after it
    /// (青岚众创空间(宜昌青岚科技有限公司)), when that platform is of the `types`.
    fn bracketed_host(&self, l: usize, ms: &[usize], accepted: &AcceptedSet<'a>, types: &[EntityType]) -> Option<usize> {
        let chars = &self.scan.chars;
        let a = &accepted.all[l];
        if a.start == 0 || chars[a.start - 1] != '(' || chars.get(a.end) != Some(&')') {
            return None;
        }
        let open = a.start - 1;
        let upto = ms.partition_point(|&i| accepted.all[i].start < open);
        ms[..upto].iter().copied().filter(|&i| accepted.all[i].end == open && accepted.all[i].ty == EntityType::Platform && Self::types_ok(types, accepted.all[i].ty)).max_by_key(|&i| accepted.all[i].end - accepted.all[i].start)
    }

    /// A mention and the ones coordinated with it by 、 和 及 (before it when `backwards`).
    fn coordinated(&self, first: usize, ms: &[usize], accepted: &AcceptedSet<'a>, types: &[EntityType], backwards: bool) -> Vec<usize> {
        let chars = &self.scan.chars;
        let joins = |from: usize, to: usize| {
            // An operator or place in brackets after an item (A(X有限公司)、B) belongs to it.
            // Titles in their marks are joined outside them (《A》和《B》, “A”、“B”), after
            // the document number in brackets that may follow one (《A》(X科〔2022〕4号)和B).
            let from = if from < to && matches!(chars[from], '》' | '”') { from + 1 } else { from };
            let from = super::bracket_close(chars, from).map_or(from, |c| c + 1);
            // So does what an item is named for in quotes right after it (A有限公司“数控机床”、
            // B有限公司“盾构机”荣获单项冠军产品: each firm's product).
            const GLOSS: usize = 24;
            let from = if from < to && chars[from] == '“' {
                (from + 1..to.min(from + GLOSS)).find(|&k| chars[k] == '”').filter(|&k| !chars[from + 1..k].iter().any(|&c| super::names::is_stop(c) || c == '“')).map_or(from, |k| k + 1)
            } else {
                from
            };
            let to = if to > from && matches!(chars[to - 1], '《' | '“') { to - 1 } else { to };
            let sep = |k: usize| matches!(chars[k], '、' | '和' | '及' | '与');
            // The issuer's level or place may open an item but not its name (…的决定、县|关于
            // …的实施意见).
            let issuer = |k: usize| self.scan.longest_starting(k, to, self.rules.core.level, self.rules) == Some(to) || self.scan.place_starting(k).is_some_and(|p| p.end == to);
            to >= from && (to - from <= 1 && (from..to).all(sep) || to - from <= 1 + ISSUER_REACH && sep(from) && issuer(from + 1))
        };
        let mut out = vec![first];
        let mut cur = first;
        loop {
            let c = &accepted.all[cur];
            // `ms` is in order of start: the item before ends by `c`'s start, so it starts
            // by then; the item after starts right after `c`'s end, at most one joining
            // character on. Only those names are weighed.
            let by_start = |limit: usize| ms.partition_point(|&i| accepted.all[i].start <= limit);
            let next = if backwards {
                // An item may open with the one that hosts it (宜昌鸿翔有限公司承担的|…中心、|
                // 宜昌青岚有限公司承担的|…中心): the item before ends where the host starts.
                let host_at = |k: usize| accepted.ending_at(k).filter(|&h| matches!(accepted.all[h].ty, EntityType::Enterprise | EntityType::Institution)).map(|h| accepted.all[h].start).min();
                let item_start = if c.start >= 4 && chars[c.start - 3..c.start] == ['承', '担', '的'] {
                    host_at(c.start - 3).unwrap_or(c.start)
                } else {
                    c.start
                };
                ms[..by_start(item_start)].iter().copied().filter(|&i| Self::types_ok(types, accepted.all[i].ty) && joins(accepted.all[i].end, item_start) && i != cur).max_by_key(|&i| accepted.all[i].end - accepted.all[i].start)
            } else {
                let from = ms.partition_point(|&i| accepted.all[i].start < c.end);
                // (After a closing title mark and a bracket, the next item starts after them.)
                let marked = c.end + usize::from(matches!(chars.get(c.end), Some('》' | '”')));
                let past = super::bracket_close(chars, marked).map_or(c.end, |k| k + 1);
                let joined = ms[from..by_start(past + 1 + ISSUER_REACH).max(from)].iter().copied().filter(|&i| Self::types_ok(types, accepted.all[i].ty) && joins(c.end, accepted.all[i].start) && i != cur).max_by_key(|&i| accepted.all[i].end - accepted.all[i].start);
                // Counted items, each with its count and perhaps what it holds in brackets
                // (A项目2个(…),B项目1个(…);C项目1个): the next starts after the separator.
                joined.or_else(|| {
                    let next = counted_item_end(chars, c.end)?;
                    ms[from..].iter().copied().take_while(|&i| accepted.all[i].start <= next).filter(|&i| accepted.all[i].start == next && Self::types_ok(types, accepted.all[i].ty) && i != cur).max_by_key(|&i| accepted.all[i].end)
                })
            };
            match next {
                Some(n) if !out.contains(&n) => {
                    out.push(n);
                    cur = n;
                }
                _ => break,
            }
        }
        out
    }

    /// Where a name's head ends: before a qualifier or round in brackets (…众创空间(金水区),
    /// …企业技术中心(第27批)) and a closing quote (“…工程技术研究中心”).
    fn head_end(&self, a: &Accepted<'_>) -> usize {
        let chars = &self.scan.chars;
        let end = super::before_bracketed_tail(chars, a.start, a.end);
        if end > a.start + 1 && chars[end - 1] == '”' { end - 1 } else { end }
    }

    /// Does `item` name a thing of the kind the designation `d` names? The two end with the
    /// same head word (…重点实验室 and 周口市重点实验室), or the item is an enterprise and the
    /// designation ends with an enterprise category word (inside its quotes too: “瞪羚企业”).
    fn kind_matches(&self, item: &Accepted<'_>, d: &Accepted<'_>) -> bool {
        let chars = &self.scan.chars;
        if !self.is_recognition_category(d) {
            return false;
        }
        match item.ty {
            // (Or by a title only companies hold, 制造业单项冠军: list company_title_end.)
            EntityType::Enterprise => {
                [['企', '业'], ['单', '位'], ['工', '厂']].iter().any(|w| chars[d.start..self.head_end(d)].ends_with(w))
                    || self.enterprise_platform_category(d)
                    || self.rules.lexicon.id("company_title_end").is_some_and(|l| self.scan.ends_with(self.head_end(d), l, self.rules))
            }
            EntityType::Platform => {
                // A category named by a word that covers every kind of platform (省级新型研发
                // 机构, 国家级科技创新平台) holds whatever platform is listed under it.
                let umbrella = self.rules.core.platform_umbrella;
                if self.scan.ending_at(self.head_end(d)).iter().any(|h| h.start as usize >= d.start && self.rules.lexicon.in_list(h.pattern, umbrella)) {
                    return true;
                }
                // A station a unit hosts under its own name (博士后创新实践基地) is hosted by
                // institutes and parks as by companies: the list names the hosts.
                if self.rules.lexicon.id("unit_hosted_kind").is_some_and(|l| self.scan.ends_with(self.head_end(d), l, self.rules)) {
                    return true;
                }
                // Its head, before a qualifier in brackets (…众创空间(金水区)) or a closing
                // quote (“…工程技术研究中心”).
                let end = self.head_end(item);
                // …and the category's, before its round (…企业技术中心(第27批)).
                let d_end = self.head_end(d);
                let mut k = 0;
                while k < end - item.start && k < d_end - d.start && chars[end - 1 - k] == chars[d_end - 1 - k] {
                    k += 1;
                }
                // Any head of the category, not only its longest (孵化器 of 科技企业孵化器 for
                // 东创科技孵化器).
                let same_head = k >= 2 && self.scan.ending_at(d_end).iter().any(|h| d_end - h.start as usize <= k && self.rules.names.iter().any(|r| r.entity_type == EntityType::Platform && self.rules.lexicon.in_list(h.pattern, r.heads)));
                // A zone's head written in full and the category's short for it (…经济技术开发区
                // among 国家级经开区), or the other way round.
                let ends = |e: usize, from: usize, w: &str| {
                    let n = w.chars().count();
                    e >= from + n && chars[e - n..e].iter().copied().eq(w.chars())
                };
                // (Only a category a level opens: 中国高新区 opening a ranking's name ranks none.)
                let level_opens = || self.scan.longest_starting(self.after_year(d.start, d.end), d.end, self.rules.core.level, self.rules).is_some();
                same_head
                    || level_opens() && self.rules.resolve.abbreviations.iter().any(|(full, short)| (ends(end, item.start, full) && ends(d_end, d.start, short)) || (ends(end, item.start, short) && ends(d_end, d.start, full)))
            }
            _ => false,
        }
    }

    /// Can an item be of a category at all: a platform of a platform category, an enterprise
    /// of a category of enterprises or units?
    fn same_type(&self, item: &Accepted<'_>, d: &Accepted<'_>) -> bool {
        if !self.is_recognition_category(d) {
            return false;
        }
        let chars = &self.scan.chars[d.start..d.end];
        let of_units = chars.ends_with(&['企', '业']) || chars.ends_with(&['单', '位']);
        match item.ty {
            EntityType::Enterprise => of_units || self.enterprise_platform_category(d),
            EntityType::Platform => !of_units,
            _ => false,
        }
    }

    /// Is a designation a category of an enterprise's own platform (企业技术中心, 六安市企业研发
    /// 中心, 企业研发机构): 企业 and then a platform head? A list under it may name the
    /// enterprises rather than their centres, and each is recognised as it (settled case 8).
    fn enterprise_platform_category(&self, d: &Accepted<'_>) -> bool {
        // A station a unit hosts under its own name (博士后科研工作站, 院士专家工作站): lists
        // of them name the units.
        // Its head, before a round in brackets (…企业技术中心(第27批)) or a closing quote.
        let end = self.head_end(d);
        // So is a body the unit itself is (新型研发机构): a company is one as much as an
        // institute.
        if ["unit_hosted_kind", "unit_status_kind"].iter().any(|n| self.rules.lexicon.id(n).is_some_and(|l| self.scan.ends_with(end, l, self.rules))) {
            return true;
        }
        let chars = &self.scan.chars[d.start..end];
        // A company's centre written without 企业 (省级研发中心, 市级技术中心): lists of them
        // name companies as often (3家市研发中心(A、B、C)).
        if self.ranked(d) && (chars.ends_with(&['研', '发', '中', '心']) || chars.ends_with(&['技', '术', '中', '心'])) && !chars.ends_with(&['工', '程', '技', '术', '中', '心']) {
            return true;
        }
        let Some(k) = chars.windows(2).rposition(|w| w == ['企', '业']) else { return false };
        let after = d.start + k + 2;
        // Any platform head after 企业, not only the longest: 企业技术中心 may be a head itself.
        let heads_after = self.scan.ending_at(end).iter().filter(|h| h.start as usize >= after);
        after < end && heads_after.into_iter().any(|h| self.rules.names.iter().any(|r| r.entity_type == EntityType::Platform && self.rules.lexicon.in_list(h.pattern, r.heads)))
    }

    /// Is a designation a category things are recognised as (省级重点实验室, 新型研发机构), not a
    /// description (新型创新平台)?
    /// Does a level rank the category (国家级科技创新平台, 市级孵化载体)?
    fn ranked(&self, d: &Accepted<'_>) -> bool {
        (d.start..d.end).any(|p| self.scan.longest_starting(p, d.end, self.rules.core.level, self.rules).is_some())
    }

    /// Is the category ranked, or granted by a place named in full (湖北省工程技术研究中心;
    /// not 湖北孵化器, a province's incubators)?
    fn ranked_or_placed(&self, d: &Accepted<'_>) -> bool {
        let opening = self.after_year(d.start, d.end);
        self.ranked(d) || self.scan.place_starting(opening).is_some_and(|p| !p.short && p.end < d.end)
    }

    /// For an item of a list closed at `[s, e)` by a kind and a word of recognition after it
    /// (list `recognised_after_list`), the nearest ranked category of the item's kind named
    /// before the list on its line, or on the lines just before it (the title, a heading).
    fn category_named_before(&self, item: &Accepted<'_>, s: usize, e: usize, accepted: &AcceptedSet<'a>) -> Option<usize> {
        const REACH: usize = 400;
        let chars = &self.scan.chars;
        let verbs = self.rules.lexicon.id("recognised_after_list")?;
        let mut at = e;
        while at < chars.len() && at < e + 3 && matches!(chars[at], '均' | '全' | '部' | '都' | '已' | '成' | '功') {
            at += 1;
        }
        // The word ends the clause: one with an object (获评|市高新技术企业30强) names the
        // category itself.
        let v = self.scan.longest_starting(at, (at + 6).min(chars.len()), verbs, self.rules)?;
        if chars.get(v).is_some_and(|&c| !super::names::is_stop(c) && !matches!(c, '。' | ',' | ';' | '、' | '!' | '\n')) {
            return None;
        }
        let from = s.saturating_sub(REACH);
        // A category the text asks for (参评企业要拥有|…省级企业研发中心) is a condition of the
        // drive, not what the list is of.
        let conditions = self.rules.lexicon.id("condition_holding");
        let required = |c: &Accepted<'_>| {
            let back = (c.start.saturating_sub(12)..c.start).rev().take_while(|&q| !matches!(chars[q], '。' | ';' | '\n')).last().unwrap_or(c.start);
            conditions.is_some_and(|l| self.scan.holds_word(back, c.start, l, self.rules))
        };
        // (A bare kind that its list of holders follows, 博士后创新实践基地|认定名单, is
        // granted as a ranked one is.)
        let heads_list = |c: &Accepted<'_>| self.kind_before_its_list(c.start, c.end);
        // The nearest ranked category decides: one of another kind named nearer (…工程技术研究
        // 中心新建名单,A、B等28家企业上榜) is the list's, and no earlier one is.
        accepted
            .overlapping(from, s)
            .filter(|&d| {
                let c = &accepted.all[d];
                c.ty == EntityType::Designation && c.end <= s && c.start >= from && (self.ranked_or_placed(c) || heads_list(c)) && self.is_recognition_category(c) && !required(c)
            })
            .max_by_key(|&d| (accepted.all[d].end, accepted.all[d].end - accepted.all[d].start))
            .filter(|&d| self.kind_matches(item, &accepted.all[d]))
    }

    fn is_recognition_category(&self, d: &Accepted<'_>) -> bool {
        // …with a level it is one (国家级科技创新平台, 市级孵化载体): a rank is conferred.
        let ranked = self.ranked(d);
        let described = !ranked && self.rules.lexicon.id("not_recognition").is_some_and(|l| self.scan.ends_with(d.end, l, self.rules));
        // A category that a fund or scheme is for (科技型中小企业|奖补资金, 瞪羚企业|培育库):
        // the items are chosen for the scheme, not recognised as the category.
        let end = (d.end + 6).min(self.scan.chars.len());
        let topic = self.rules.lexicon.id("category_as_topic").is_some_and(|l| self.scan.longest_starting(d.end, end, l, self.rules).is_some());
        !described && !topic
    }

    /// Items of lists closed by a designation (…等新型研发机构), and the rows of tables or
    /// items of a list headed by one (2020年…示范企业名单, 被认定为…:A;B).
    fn recognition_lists(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        // Designations inside a span, found through the set's index: a document with
        // thousands of them is not searched whole for every item.
        let designations_in = |s: usize, e: usize| {
            accepted.overlapping(s, e).filter(move |&d| accepted.all[d].ty == EntityType::Designation && accepted.all[d].start >= s && accepted.all[d].end <= e)
        };
        let chars = &self.scan.chars;
        let host_verbs = self.rules.lexicon.id("host_build_verb");
        // The host of an item's platform (依托|A|建设的|“…重点实验室”、…) is no item: the list
        // recognises the platform it builds.
        let builds_platform = |a: &Accepted<'_>| {
            host_verbs.and_then(|l| self.scan.longest_starting(a.end, (a.end + 6).min(chars.len()), l, self.rules)).is_some_and(|v| {
                let v = if chars.get(v) == Some(&'“') { v + 1 } else { v };
                accepted.starting_at(v).chain(accepted.starting_at(v.saturating_sub(1))).any(|j| accepted.all[j].ty == EntityType::Platform)
            })
        };
        let status_kinds = self.rules.lexicon.id("unit_status_kind");
        for (i, a) in accepted.all.iter().enumerate() {
            let Some((s, e)) = a.recognized else { continue };
            if !Self::types_ok(&rule.subject, a.ty) || builds_platform(a) {
                continue;
            }
            // Another name of the category in brackets after it (省工程研究中心(工程实验室))
            // is part of the category found there.
            let e = if chars.get(e) == Some(&'(') { (e + 1..(e + 12).min(chars.len())).find(|&q| chars[q] == ')').map_or(e, |q| q + 1) } else { e };
            let d = designations_in(s, e)
                .filter(|&d| self.is_recognition_category(&accepted.all[d]))
                .max_by_key(|&d| accepted.all[d].end - accepted.all[d].start);
            // A list closed by a bare kind and what befell it (…等6家企业工程技术研究中心|榜上有名,
            // …共6家湖南孵化器|成功备案) is of the ranked category its paragraph named before it
            // (在科技部公布的2021年度国家级科技企业孵化器中,A、B…; a notice's title).
            // (A province's short form and a bare kind, 6家湖南孵化器, is where they are, no
            // category of its own.)
            let provincial_kind = |d: usize| self.scan.place_starting(self.after_year(accepted.all[d].start, accepted.all[d].end)).is_some_and(|p| p.short);
            // A bare kind that each platform's own name already ends with (A光电实验室、B材料
            // 实验室等5家创新实验室, …等4家众创空间) says what the items are, not what they
            // were made: with no rank, place or word of recognition there is no category.
            let own_kind = |d: usize| {
                let d = &accepted.all[d];
                let status = status_kinds.is_some_and(|l| self.scan.ends_with(d.end, l, self.rules));
                a.ty == EntityType::Platform && !status && d.end >= d.start + 2 && a.end >= a.start + 2 && chars[d.end - 2..d.end] == chars[a.end - 2..a.end]
            };
            let d = match d {
                Some(d) if self.ranked_or_placed(&accepted.all[d]) => Some(d),
                _ => self.category_named_before(a, s, e, accepted).or(d.filter(|&d| !provincial_kind(d) && !own_kind(d))),
            };
            if let Some(d) = d {
                rels.add(i, rule.predicate, d, &rule.id);
            }
        }
        // Lists under a heading: the heading's designations, for items of their kind; the
        // nearest heading that names one decides.
        let candidates = self.rules.lexicon.id("candidate_list");
        let qualification = self.rules.lexicon.id("qualification_word");
        let revoked = self.rules.lexicon.id("revoked_list");
        for (items, headings, section) in self.headed_lists(accepted) {
            // A list of candidates (…创建名单, …创建单位) recognises none of them (settled case 8).
            // Units that lose a category or fail its review (撤销…名单, 评价不合格) are not its
            // holders, whatever a heading above theirs grants others: the search stops there.
            let headings: Vec<(usize, usize)> = headings
                .into_iter()
                .filter(|&(hs, he)| !candidates.is_some_and(|l| self.scan.holds_word(hs, he, l, self.rules)))
                .take_while(|&(hs, he)| !revoked.is_some_and(|l| self.scan.holds_word(hs, he, l, self.rules)))
                .collect();
            for &it in &items {
                if !Self::types_ok(&rule.subject, accepted.all[it].ty) || builds_platform(&accepted.all[it]) {
                    continue;
                }
                for &(hs, he) in &headings {
                    // A category held as a qualification (企业具有市级企业技术中心|资格2年以上, a
                    // condition of the call the list follows) is not what the list grants.
                    let held_as_condition = |d: usize| qualification.is_some_and(|l| self.scan.longest_starting(accepted.all[d].end, (accepted.all[d].end + 4).min(chars.len()), l, self.rules).is_some());
                    let ds = designations_in(hs, he).filter(|&d| !held_as_condition(d));
                    // The designation nearest the list is the one it is under. A section
                    // headed by the category alone states it of every item of its type
                    // (一、国家级科技企业孵化器: 1.…创业服务中心).
                    let fits = |d: usize| if section { self.same_type(&accepted.all[it], &accepted.all[d]) } else { self.kind_matches(&accepted.all[it], &accepted.all[d]) };
                    // A heading naming only categories of another kind stops the search too
                    // (…工程技术研究中心新建名单,A、B等28家企业上榜: not a category named before).
                    let ds: Vec<usize> = ds.collect();
                    if let Some(d) = ds.iter().copied().filter(|&d| fits(d)).max_by_key(|&d| (accepted.all[d].start, accepted.all[d].end)) {
                        rels.add(it, rule.predicate, d, &rule.id);
                        break;
                    }
                    if !ds.is_empty() && ds.iter().all(|&d| self.is_recognition_category(&accepted.all[d]) && self.ranked_or_placed(&accepted.all[d])) {
                        break;
                    }
                }
            }
        }
    }

    /// A verb of recognition, the items, 为 and a designation, in one clause (拟认定A、B等2家
    /// 企业为2024年度市级企业技术中心): every item is recognised as the designation.
    fn recognition_frames(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        // Where the words granting a category's act start and end (予以): found once, not
        // looked up at every character of every clause.
        let grants: Vec<(usize, usize)> = self.rules.lexicon.id("grant_to_items").map_or_else(Vec::new, |l| {
            let mut g: Vec<(usize, usize)> = self.scan.hits_in(l).map(|h| (h.start as usize, h.end as usize)).collect();
            g.sort_unstable();
            g
        });
        // A frame, then the ones that go on from its category (…为X、B等…为Y), a few at most:
        // each is read from where the one before ended, never again from the verb.
        let chain = |from: usize, counted_list: bool, rels: &mut Relations<'a>| {
            let mut next = self.recognition_frame_from(rule, from, counted_list, &grants, accepted, rels);
            for _ in 0..FRAME_CHAIN_MAX {
                let Some(p) = next else { break };
                next = self.recognition_frame_from(rule, p, true, &grants, accepted, rels);
            }
        };
        for h in self.scan.hits_in_by_end(words) {
            chain(h.end as usize, false, rels);
        }
        // A result stated with no verb, its sentence opening with the list (A、B等25个实验室为
        // 优秀类国家重点实验室): the list closed by its count says the items are the category.
        // (A comma opens such a list too, and a list read without a verb stops at one: in
        // A等41个园区获评为X,B等11个园区为Y only B is Y.)
        for p in 0..chars.len() {
            if p == 0 || Self::ends_clause(chars[p - 1]) || chars[p - 1] == ',' {
                chain(p, true, rels);
            }
        }
    }

    fn ends_clause(c: char) -> bool {
        matches!(c, '。' | ';' | '!' | '?' | '\n')
    }

    /// The frame read from `v1`, where its verb ends (or, with `counted_list`, where a
    /// sentence opens: then the words before 为 must close a counted list, 等25个实验室).
    /// Returns where a frame going on from its category would start (…为X、|B等…为Y).
    fn recognition_frame_from(&self, rule: &'a RelationRule, v1: usize, counted_list: bool, grants: &[(usize, usize)], accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) -> Option<usize> {
        let chars = &self.scan.chars;
        // 为 (or 设立: 同意A、B设立省级高新区), then the designation, after a year, an opening
        // quote, or a place and the round (为2024年度…, 为明州市第26批|市级企业技术中心) at most.
        let limit = (v1 + rule.gap).min(chars.len());
        // 予以 (对A等16家单位予以|省级孵化器|备案) links the items to a category only with
        // the act granting it after the category.
        let acts = self.rules.lexicon.id("category_scheme_head");
        let grants_at = |p: usize| {
            let k = grants.partition_point(|&(s, _)| s < p);
            grants[k..].iter().take_while(|&&(s, _)| s == p).map(|&(_, e)| e - p).max()
        };
        let act_after = |d: usize| acts.is_some_and(|l| self.scan.longest_starting(accepted.all[d].end, (accepted.all[d].end + 4).min(chars.len()), l, self.rules).is_some());
        // …等25个实验室|为: the count's noun right before 为, no verb between (等138家企业拟认定为
        // is the verb's frame, read from its verb).
        // A name counted right after itself (A1家|为国家级高新技术企业) is such a list too.
        let counted_name = |w: usize| {
            w >= 2
                && crate::extract::lists::is_classifier(chars[w - 1])
                && (w.saturating_sub(5).max(v1)..w - 1).any(|k| {
                    crate::extract::lists::count_value(chars, k).is_some_and(|(_, end)| end == w - 1) && accepted.ending_at(k).any(|i| Self::types_ok(&rule.subject, accepted.all[i].ty))
                })
        };
        let closes_counted_list = |w: usize| {
            counted_name(w)
                || (w.saturating_sub(16).max(v1)..w).rev().find(|&k| chars[k] == '等').is_some_and(|k| {
                    crate::extract::lists::count_value(chars, k + 1).is_some_and(|(_, classifier)| !(classifier + 2..=w).any(|p| self.scan.boundary_before(p)))
                })
        };
        // A title quoted right after the counted list (授予A等5家企业|“…”称号) needs no 为.
        let link = |p: usize| match chars[p] {
            '为' => Some((p, 1)),
            '设' if !counted_list && chars.get(p + 1) == Some(&'立') => Some((p, 2)),
            '“' if !counted_list && closes_counted_list(p) => Some((p, 0)),
            _ => grants_at(p).map(|len| (p, len)),
        };
        let title_after = |d: usize| chars[accepted.all[d].end..].starts_with(&['称', '号']) || chars[accepted.all[d].end..].starts_with(&['荣', '誉', '称', '号']);
        let Some((w, d)) = (v1..limit).take_while(|&p| !Self::ends_clause(chars[p]) && !(counted_list && chars[p] == ',')).filter_map(link).filter(|&(w, _)| !counted_list || closes_counted_list(w)).find_map(|(w, link_len)| {
            let designation_at = |s: usize| accepted.starting_at(s).filter(|&d| accepted.all[d].ty == EntityType::Designation && self.is_recognition_category(&accepted.all[d])).max_by_key(|&d| accepted.all[d].end);
            let mut s = w + link_len;
            let mut found = None;
            while s < limit && found.is_none() {
                found = designation_at(s);
                if chars[s].is_ascii_digit() || matches!(chars[s], '年' | '度' | '“') {
                    s += 1;
                } else if let Some(p) = self.scan.place_starting(s) {
                    s = p.end;
                } else if chars[s] == '第' {
                    let n = (s + 1..limit.min(s + 5)).take_while(|&q| chars[q].is_ascii_digit() || is_numeral(chars[q])).count();
                    if n == 0 || chars.get(s + 1 + n) != Some(&'批') {
                        break;
                    }
                    s += n + 2;
                } else {
                    break;
                }
            }
            found.or_else(|| designation_at(s)).filter(|&d| match chars[w] {
                '为' | '设' => true,
                '“' => title_after(d),
                _ => act_after(d),
            })
            .map(|d| (w, d))
        }) else {
            return None;
        };
        // A recommendation between the verb and its items (…“组建与认定”等要求,经研究,市科技局
        // 正式推荐A和B为…试点) proposes the category, grants none (settled case 8).
        if self.rules.lexicon.id("proposal_verb").is_some_and(|l| self.scan.holds_word(v1, w, l, self.rules)) {
            return None;
        }
        // The outermost named things between the verb and 为.
        let mut reach = v1;
        let mut inside: Vec<usize> = accepted.overlapping(v1, w).filter(|&i| accepted.all[i].start >= v1 && accepted.all[i].end <= w).collect();
        inside.sort_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
        // Names a list composed from its items and a shared head (宜都|、枝江等2家|农业科技
        // 园区) end together and overlap: each is recognised, their owners are not.
        let owners: Vec<usize> = inside.iter().filter(|&&i| accepted.all[i].text.is_some()).filter_map(|&i| accepted.all[i].owner).collect();
        for i in inside {
            let a = &accepted.all[i];
            let in_owner = owners.iter().any(|&o| accepted.all[o].start <= a.start && a.end <= accepted.all[o].end);
            if a.text.is_none() && (a.start < reach || in_owner) {
                continue;
            }
            if a.text.is_none() {
                reach = a.end;
            }
            // A name that the rest of its item goes on from (宜昌鸿翔有限公司|承担的…工程研究
            // 中心、) is the item's owner or place: the item is what ends it.
            let item_goes_on = a.end < w && {
                let c = chars[a.end];
                // (A count after the name, A1家|为…, closes it as a separator does.)
                !(matches!(c, '、' | ',' | ';' | '等' | '和' | '与' | '及' | '(' | ' ' | '\n' | '”') || c.is_ascii_digit() || is_numeral(c) || (a.end..w).all(|p| !is_han(chars[p])))
            };
            if item_goes_on {
                continue;
            }
            // With no verb, the list is of the category's kind (a company that 承担 a centre
            // listed as a centre is not one).
            if Self::types_ok(&rule.subject, a.ty) && (!counted_list || self.same_type(a, &accepted.all[d])) {
                rels.add(i, rule.predicate, d, &rule.id);
            }
        }
        // The verb's next object and category after its first (认定A等3家孵化器为省级科技企业
        // 孵化器、B等25家众创空间为省级众创空间): a counted list and 为 again, with no verb.
        let next = accepted.all[d].end;
        matches!(chars.get(next), Some('、' | ',')).then_some(next + 1)
    }

    /// A recognition category written right before a name of its kind (国家级高新技术企业|
    /// 宜昌宏达电子有限公司, 省级专精特新中小企业|…股份有限公司): the name holds it.
    fn apposed(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        for (d, a) in accepted.all.iter().enumerate() {
            if a.ty != EntityType::Designation || !self.is_recognition_category(a) {
                continue;
            }
            let Some(s) = accepted.starting_at(a.end).filter(|&s| Self::types_ok(&rule.subject, accepted.all[s].ty) && self.same_type(&accepted.all[s], a)).max_by_key(|&s| accepted.all[s].end) else { continue };
            rels.add(s, rule.predicate, d, &rule.id);
        }
    }

    /// A name of the object types followed by one of the subject types that fills a bracket
    /// right after it (明创众创空间(明创科技有限公司)): the bracket names who runs it. A
    /// bracket holding more than the one name (…(与Y公司共建)) says something else.
    fn bracketed(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let chars = &self.scan.chars;
        for (o, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.object, a.ty) || chars.get(a.end) != Some(&'(') {
                continue;
            }
            let inner = a.end + 1;
            let Some(s) = accepted.starting_at(inner).filter(|&s| Self::types_ok(&rule.subject, accepted.all[s].ty) && chars.get(accepted.all[s].end) == Some(&')')).max_by_key(|&s| accepted.all[s].end) else { continue };
            rels.add(s, rule.predicate, o, &rule.id);
        }
    }

    /// A name of the subject types, a dash (-, —, ——) and a name of the object types right
    /// after it (宜昌青岚农业发展有限公司-百果园星创天地): lists of platforms by operator.
    fn dashed(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let chars = &self.scan.chars;
        for (s, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.subject, a.ty) || !chars.get(a.end).is_some_and(|&c| super::is_dash(c)) {
                continue;
            }
            let after = if chars.get(a.end + 1).is_some_and(|&c| super::is_dash(c)) { a.end + 2 } else { a.end + 1 };
            if let Some(o) = accepted.starting_at(after).filter(|&o| Self::types_ok(&rule.object, accepted.all[o].ty)).max_by_key(|&o| accepted.all[o].end) {
                rels.add(s, rule.predicate, o, &rule.id);
            }
        }
    }

    /// Where 等 opens a closing phrase of bodies of the same kind (等部门, 等六部门, 等3个部委:
    /// a word of the list `others_of_their_kind`, perhaps counted) that ends at `end`, or `end`
    /// where none does.
    fn others_of_their_kind_before(&self, end: usize) -> usize {
        let chars = &self.scan.chars;
        let Some((mut q, _)) = self.rules.lexicon.id("others_of_their_kind").and_then(|l| self.scan.longest_ending(end, l, self.rules)) else { return end };
        if q > 0 && matches!(chars[q - 1], '个' | '家') {
            q -= 1;
        }
        while q > 0 && crate::extract::lists::is_numeral(chars[q - 1]) {
            q -= 1;
        }
        if q > 0 && chars[q - 1] == '等' {
            q - 1
        } else {
            end
        }
    }

    /// Agencies right before a cited title (市科技局、市财政局《关于…的通知》, 根据科技部《…
    /// 规定》): they issued it.
    fn issuers_before_titles(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let chars = &self.scan.chars;
        for (i, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.object, a.ty) || a.start == 0 {
                continue;
            }
            // The title's opening mark, just before the name or its first character.
            let open = if matches!(chars[a.start - 1], '《' | '〈') {
                a.start - 1
            } else if matches!(chars[a.start], '《' | '〈') {
                a.start
            } else {
                continue;
            };
            if let Some(w) = rule.words {
                if !self.scan.holds_word(a.start, a.end, w, self.rules) {
                    continue;
                }
            }
            // Agencies ending at the mark, and those joined to them by 、 和 与 or a space.
            // A call's issuer may say it published it (市科技局发布了|《关于开展…申报工作的通知》):
            // it runs the round all the same.
            let published = rule.words.and(self.rules.lexicon.id("call_publishing_verb")).and_then(|l| self.scan.longest_ending(open, l, self.rules));
            let mut p = published.map_or(open, |(s, _)| s);
            // (科技部等部门|《…》, 省发改委等六部门|《…》: the first issuers stand for the rest.)
            p = self.others_of_their_kind_before(p);
            while let Some(j) = accepted.ending_at(p).find(|&j| accepted.all[j].ty == EntityType::Agency) {
                rels.add(j, rule.predicate, i, &rule.id);
                let s = accepted.all[j].start;
                if s >= 1 && (matches!(chars[s - 1], '、' | ' ') || self.rules.core.is_conjunction(chars[s - 1])) {
                    p = s - 1;
                } else {
                    break;
                }
            }
            // Agencies in the bracket right after the title, before its order's number
            // (《…管理办法》(国家发展改革委、科技部、财政部2016年第34号令)): the issuers, cited.
            // An order is a regulation its issuers made, not a round they run.
            if rule.words.is_some() {
                continue;
            }
            let close = if matches!(chars.get(a.end), Some('》' | '〉')) { a.end } else if matches!(chars[a.end - 1], '》' | '〉') { a.end - 1 } else { continue };
            if chars.get(close + 1) != Some(&'(') {
                continue;
            }
            let mut issuers = Vec::new();
            let mut p = close + 2;
            while let Some(j) = accepted.starting_at(p).filter(|&j| accepted.all[j].ty == EntityType::Agency).max_by_key(|&j| accepted.all[j].end) {
                issuers.push(j);
                p = accepted.all[j].end;
                if chars.get(p).is_some_and(|&c| matches!(c, '、' | ' ') || self.rules.core.is_conjunction(c)) {
                    p += 1;
                } else {
                    break;
                }
            }
            // …closed at once, or by a year or the order's number: nothing else in the bracket.
            let numbered = chars.get(p).is_some_and(|&c| matches!(c, ')' | '令' | '第') || c.is_ascii_digit());
            if numbered {
                for j in issuers {
                    rels.add(j, rule.predicate, i, &rule.id);
                }
            }
        }
    }

    /// Items of a list headed by a program that selects (…建设项目申报,经评审,确定…名单如下:
    /// A;B): each item is selected for it, when the heading holds words of the rule.
    fn selection_lists(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        for (items, headings, _) in self.headed_lists(accepted) {
            let Some(&(hs, he)) = headings.first() else { continue };
            if let Some(w) = rule.words {
                if !self.scan.holds_word(hs, he, w, self.rules) {
                    continue;
                }
            }
            // A document cited as the basis (根据《…办法》) is not what the items are chosen for.
            let programs: Vec<usize> = accepted
                .overlapping(hs, he)
                .filter(|&i| accepted.all[i].ty == EntityType::Program && accepted.all[i].start >= hs && accepted.all[i].end <= he && !self.cited_as_basis(&accepted.all[i]))
                .collect();
            // The outermost program nearest the list.
            let Some(&p) = programs
                .iter()
                .filter(|&&p| !programs.iter().any(|&q| q != p && accepted.all[q].start <= accepted.all[p].start && accepted.all[q].end >= accepted.all[p].end))
                .max_by_key(|&&p| accepted.all[p].start)
            else {
                continue;
            };
            for &it in &items {
                if Self::types_ok(&rule.subject, accepted.all[it].ty) {
                    rels.add(it, rule.predicate, p, &rule.id);
                }
            }
        }
    }

    /// Is the name cited as the basis of what follows (根据《…办法》, 按照“…”要求)?
    fn cited_as_basis(&self, a: &Accepted<'a>) -> bool {
        let chars = &self.scan.chars;
        let Some(basis) = self.rules.lexicon.id("basis_word") else { return false };
        let mut p = a.start;
        // A document joined to a cited one (为贯彻落实《A》(…17号)和《B》) is cited with it:
        // back over the conjunction, the number in brackets and the title before, at most a
        // few documents.
        for _ in 0..6 {
            while p > 0 && matches!(chars[p - 1], '《' | '〈' | '“') {
                p -= 1;
            }
            if self.scan.ends_with(p, basis, self.rules) {
                return true;
            }
            if p < 2 || !matches!(chars[p - 1], '和' | '、' | '及') {
                return false;
            }
            let mut q = p - 1;
            if chars[q - 1] == ')' {
                let open = super::before_bracketed_tail(chars, q.saturating_sub(30), q);
                if open == q {
                    return false;
                }
                q = open;
            }
            if q == 0 || chars[q - 1] != '》' {
                return false;
            }
            match (q.saturating_sub(120)..q - 1).rev().find(|&k| chars[k] == '《') {
                Some(open) => p = open + 1,
                None => return false,
            }
        }
        false
    }

    /// Lists with headings, nearest first: each table (its caption, then the document's
    /// title), and each run of names after a heading word (…名单:, 名单如下, 清单) up to where
    /// the run stops being a list (its heading sentence, then the title). Items are the
    /// outermost named things of each row or run.
    /// Each list comes with its headings and whether it is a section headed by a category
    /// alone.
    pub(crate) fn headed_lists(&self, accepted: &AcceptedSet<'a>) -> Vec<(Vec<usize>, Vec<(usize, usize)>, bool)> {
        let mut out = Vec::new();
        let item_type = |t: EntityType| matches!(t, EntityType::Enterprise | EntityType::Platform | EntityType::Project | EntityType::Institution);
        let outermost_in = |s: usize, e: usize| -> Vec<usize> {
            let inside: Vec<usize> = accepted.overlapping(s, e).filter(|&i| accepted.all[i].start >= s && accepted.all[i].end <= e && item_type(accepted.all[i].ty)).collect();
            inside
                .iter()
                .copied()
                .filter(|&i| !inside.iter().any(|&j| j != i && accepted.all[j].start <= accepted.all[i].start && accepted.all[j].end >= accepted.all[i].end && (accepted.all[j].end - accepted.all[j].start) > (accepted.all[i].end - accepted.all[i].start)))
                .collect()
        };
        // A window after the first has no title: its first line is mid-document.
        // (A first line opening with a list marker, (一)…, is an item of a passage the text
        // starts in, not a title.)
        let title = self.structure.lines.iter().find(|l| l.end > l.start).filter(|l| !self.doc.continued && l.end - l.start <= 100 && l.body == l.start).map(|l| (l.start, l.end));
        for t in &self.structure.tables {
            let mut items = Vec::new();
            for row in &t.rows {
                for &(col, (a, b)) in row {
                    let is_name = matches!(t.columns.get(col), Some(Some(c)) if self.rules.columns[*c].role == ColumnRole::Name);
                    if is_name {
                        items.extend(outermost_in(a, b));
                    }
                }
            }
            let mut headings: Vec<(usize, usize)> = t.caption.map(|c| (self.structure.lines[c].start, self.structure.lines[c].end)).into_iter().collect();
            headings.extend(title);
            out.push((items, headings, false));
        }
        // Runs after heading words, and sections headed by a category alone.
        let chars = &self.scan.chars;
        let heading_words = self.rules.lexicon.id("list_heading");
        let mut starts: Vec<usize> = (0..accepted.all.len()).filter(|&i| item_type(accepted.all[i].ty)).collect();
        starts.sort_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
        let run_from = |from: usize| -> Vec<usize> {
            let mut items: Vec<usize> = Vec::new();
            let mut prev_end = from;
            let k = starts.partition_point(|&i| accepted.all[i].start < from);
            for &i in &starts[k..] {
                let a = &accepted.all[i];
                if a.start < prev_end {
                    continue;
                }
                // A category between two names heads another list (二、省级众创空间).
                // So does a list's own heading word (…创建名单|1.…): the run after it is that list's.
                let new_heading = accepted.overlapping(prev_end, a.start).any(|j| accepted.all[j].ty == EntityType::Designation && accepted.all[j].start >= prev_end && accepted.all[j].end <= a.start)
                    || heading_words.is_some_and(|l| self.scan.holds_word(prev_end, a.start, l, self.rules));
                if !self.list_glue(prev_end, a.start) || new_heading {
                    break;
                }
                items.push(i);
                prev_end = a.end;
            }
            items
        };
        let section_verbs = self.rules.lexicon.id("section_recognition_verb");
        for line in &self.structure.lines {
            if line.body == line.start {
                continue;
            }
            let mut end = line.end;
            while end > line.body && matches!(chars[end - 1], ':' | ' ') {
                end -= 1;
            }
            // The heading may say what befell the category's members (新认定|省三星级园区) and
            // count them after it in brackets (…园区|(41个)).
            let body = section_verbs.and_then(|l| self.scan.longest_starting(line.body, end, l, self.rules)).unwrap_or(line.body);
            let counted_tail = |e: usize| {
                chars.get(e) == Some(&'(')
                    && end >= e + 3
                    && chars[end - 1] == ')'
                    && crate::extract::lists::count_value(chars, e + 1).is_some_and(|(_, q)| q + 2 == end && crate::extract::lists::is_classifier(chars[q]))
            };
            let Some(d) = accepted.starting_at(body).find(|&d| accepted.all[d].ty == EntityType::Designation && (accepted.all[d].end == end || counted_tail(accepted.all[d].end))) else { continue };
            let items = run_from(line.end);
            if !items.is_empty() {
                let (ds, de) = (accepted.all[d].start, accepted.all[d].end);
                out.push((items, vec![(ds, de)], true));
            }
        }
        // A category introducing its members right after it (省级众创空间有A、B等2家; 高新
        // 技术企业包括A、B): the category heads the run.
        for (d, a) in accepted.all.iter().enumerate() {
            if a.ty != EntityType::Designation {
                continue;
            }
            let after = match chars.get(a.end) {
                Some('有' | '为' | ':') => a.end + 1,
                Some('包') if chars.get(a.end + 1) == Some(&'括') => a.end + 2,
                // (本次获批的5家省级工程技术研究中心|分别是|A、B和C; …依次为A、B)
                Some('分' | '依') if matches!(chars.get(a.end + 1), Some('别' | '次')) && matches!(chars.get(a.end + 2), Some('是' | '为')) => a.end + 3,
                _ => continue,
            };
            let items = run_from(after);
            if !items.is_empty() {
                out.push((items, vec![(accepted.all[d].start, accepted.all[d].end)], false));
            }
        }
        // A colon closing a clause (确定以下单位为市级众创空间:A、B): the clause heads the run.
        for c in (0..chars.len()).filter(|&c| chars[c] == ':') {
            let items = run_from(c + 1);
            if items.is_empty() {
                continue;
            }
            let line = &self.structure.lines[self.structure.line_of(c)];
            let k = self.sentence_of(c);
            let hs = self.doc.sentences.get(k).map_or(line.start, |s| s.start).max(line.start);
            let mut headings = vec![(hs, c)];
            // A clause that only counts them (宜昌市6家为:, 其中3家:) lists part of what the
            // sentence before it on its line recognised (…等155家企业技术中心为…省认定企业技术中心。).
            let counts_only = c - hs <= 12 && (hs..c).any(|q| crate::extract::lists::count_value(chars, q).is_some_and(|(_, e)| e > q && e < c && crate::extract::lists::is_classifier(chars[e]))) && !accepted.overlapping(hs, c).any(|d| accepted.all[d].ty == EntityType::Designation && accepted.all[d].start >= hs);
            if counts_only {
                if let Some(prev) = k.checked_sub(1).and_then(|p| self.doc.sentences.get(p)).filter(|p| p.start >= line.start && hs > line.start) {
                    headings.push((prev.start, hs));
                }
            }
            out.push((items, headings, false));
        }
        // A run of names closing its clause with what befell them (…名单公布,A和B|上榜; A、B
        // 等28家企业|入选): the list the clause named before them by its category and 名单 (or
        // 目录) holds them.
        if let Some(befell) = self.rules.lexicon.id("recognised_after_list") {
            const LIST_NAME_GAP: usize = 12;
            const CLAUSE_REACH: usize = 300;
            const SENTENCE_REACH: usize = 300;
            let mut last = usize::MAX;
            for h in self.scan.hits_in(befell) {
                let at = h.start as usize;
                if at == last {
                    continue;
                }
                last = at;
                // Bounded looks back: a long line without punctuation is not walked again for
                // every word (issue 14's linearity).
                let clause_from = at.saturating_sub(CLAUSE_REACH);
                let Some(clause) = (clause_from..at).rev().find(|&q| matches!(chars[q], ',' | '，' | '。' | ';' | ':' | '\n')).map(|q| q + 1).or((clause_from == 0).then_some(0)) else { continue };
                let items: Vec<usize> = run_from(clause).into_iter().filter(|&i| accepted.all[i].end <= at).collect();
                let Some(&last_item) = items.last() else { continue };
                // The run reaches the word, or its count and kind do (等28家企业|上榜; 共5家企业
                // 技术中心|获得认定).
                let end = accepted.all[last_item].end;
                let closed = end == at || (matches!(chars[end], '等' | '共') && !chars[end..at].iter().any(|&c| is_stop(c) || c == '、'));
                if !closed || chars.get(clause.wrapping_sub(1)).is_none_or(|&c| c != ',' && c != '，') {
                    continue;
                }
                let sentence_before = |to: usize| (to.saturating_sub(SENTENCE_REACH)..to).rev().find(|&q| matches!(chars[q], '。' | ';' | '!' | '?' | '\n')).map_or(to.saturating_sub(SENTENCE_REACH), |q| q + 1);
                let mut sentence = sentence_before(clause);
                // A clause opening with 其中 picks its names out of the list the sentence before
                // named (…名单。其中,A、B|榜上有名).
                if sentence >= 1 && chars[sentence - 1] == '。' && chars[sentence..clause].starts_with(&['其', '中']) {
                    sentence = sentence_before(sentence - 1);
                }
                let named = accepted
                    .overlapping(sentence, clause)
                    .filter(|&d| {
                        let d = &accepted.all[d];
                        d.ty == EntityType::Designation && d.start >= sentence && d.end < clause && (d.end..(d.end + LIST_NAME_GAP).min(clause)).any(|q| chars[q..].starts_with(&['名', '单']) || chars[q..].starts_with(&['目', '录']))
                    })
                    .max_by_key(|&d| accepted.all[d].end);
                if let Some(d) = named {
                    out.push((items, vec![(accepted.all[d].start, accepted.all[d].end)], false));
                }
            }
        }
        let Some(heading_words) = heading_words else { return out };
        let mut last = usize::MAX;
        for h in self.scan.hits_in(heading_words) {
            if h.end as usize == last {
                continue;
            }
            let he = h.end as usize;
            last = he;
            let mut from = he;
            // 公示如下。 ends its sentence, and its items start the next line.
            if chars.get(he) == Some(&'。') && chars.get(he + 1) == Some(&'\n') && chars[..he].ends_with(&['如', '下']) {
                from += 1;
            }
            while from < chars.len() && matches!(chars[from], ':' | '\n' | ' ' | '|') {
                from += 1;
            }
            let items = run_from(from);
            if items.is_empty() {
                continue;
            }
            let k = self.sentence_of(h.start as usize);
            let sentence = self.doc.sentences.get(k);
            let line = &self.structure.lines[self.structure.line_of(h.start as usize)];
            let hs = sentence.map_or(line.start, |s| s.start).max(line.start);
            let mut headings = vec![(hs, he)];
            // A sentence pointing back with its noun (这10个|基地|分别是:A、B) lists the category
            // named before it with that noun (确定了首批10个省级国际科技合作基地。…).
            // Its items are the members the noun counted, whatever heads their own names end
            // with (a laboratory, a park among 基地): read as a section is.
            if let Some(d) = self.category_pointed_back(hs, h.start as usize, accepted) {
                out.push((items.clone(), vec![(accepted.all[d].start, accepted.all[d].end)], true));
            }
            // A heading sentence of its own (…为第五批市级企业技术中心。现公布如下:) lists
            // what the sentence before it on its line states.
            if let Some(prev) = k.checked_sub(1).and_then(|p| self.doc.sentences.get(p)).filter(|p| p.start >= line.start && hs > line.start) {
                headings.push((prev.start, hs));
            }
            headings.extend(title);
            // A list called only 名单 (上榜名单为A、B) is the one the text named before it
            // (《2017年度国家备案众创空间名单》): its category heads this run as well.
            // (Only a list the heading itself does not name: one called after its category or
            // its drive, 2019年…产业园创建名单, is that one.)
            let bare_list = (chars[..he].ends_with(&['名', '单', '为']) || chars[..he].ends_with(&['名', '单', '是']))
                && !accepted.overlapping(hs, he).any(|d| matches!(accepted.all[d].ty, EntityType::Designation | EntityType::Program) && accepted.all[d].start >= hs);
            if bare_list {
                let named_list = accepted
                    .overlapping(hs.saturating_sub(Self::NAMED_LIST_REACH), hs)
                    .filter(|&d| accepted.all[d].ty == EntityType::Designation && accepted.all[d].end < hs && chars[accepted.all[d].end..].starts_with(&['名', '单']))
                    .max_by_key(|&d| accepted.all[d].end);
                headings.extend(named_list.map(|d| (accepted.all[d].start, accepted.all[d].end)));
            }
            out.push((items, headings, false));
        }
        out
    }

    /// The category a sentence opening with a demonstrative (这, 这些, 上述, 以上, 该) points
    /// back to by the noun right before its heading word at `word` (这10个|基地|分别是): the
    /// nearest earlier designation ending with that noun, within a paragraph's reach.
    fn category_pointed_back(&self, hs: usize, word: usize, accepted: &AcceptedSet<'a>) -> Option<usize> {
        const POINTED_REACH: usize = 400;
        let chars = &self.scan.chars;
        if word < hs + 3 || word - hs > 12 {
            return None;
        }
        let opening = &chars[hs..word];
        let points = opening.starts_with(&['这']) || opening.starts_with(&['上', '述']) || opening.starts_with(&['以', '上']) || opening.starts_with(&['该']);
        if !points {
            return None;
        }
        let noun = &chars[word - 2..word];
        if !noun.iter().all(|&c| is_han(c)) {
            return None;
        }
        accepted
            .overlapping(hs.saturating_sub(POINTED_REACH), hs)
            .filter(|&d| {
                let a = &accepted.all[d];
                a.ty == EntityType::Designation && a.end <= hs && a.end >= a.start + 2 && chars[a.end - 2..a.end] == *noun
            })
            .max_by_key(|&d| accepted.all[d].end)
    }

    /// How far before a bare 名单 the list it refers to may have been named.
    const NAMED_LIST_REACH: usize = 1500;

    /// Is the text between two items of a list only what lists put there: numbers, marks,
    /// separators, places and short cells, no sentence?
    fn list_glue(&self, from: usize, to: usize) -> bool {
        if to < from || to - from > 40 {
            return false;
        }
        let chars = &self.scan.chars[from..to];
        if chars.iter().any(|&c| c == '。') {
            return false;
        }
        let covered = self.scan.places_within(from, to).map(|p| p.end - p.start).sum::<usize>();
        let other = chars.iter().filter(|c| !(c.is_ascii() || matches!(c, '、' | ';' | ':' | ',' | '(' | ')' | '|' | '第' | '号' | '√'))).count();
        other.saturating_sub(covered) <= 12
    }

    /// An agency opening the title of a notice or document names its issuer. With `words`,
    /// only titles holding one of them (a call: 申报, 开展).
    fn title_issuers(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        for (i, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.object, a.ty) {
                continue;
            }
            if let Some(w) = rule.words {
                if !self.scan.holds_word(a.start, a.end, w, self.rules) {
                    continue;
                }
                // Only a notice runs a round (…申报工作的通知); an opinion or a measure that
                // names one (关于深化项目评审…改革的意见) sets rules for it.
                if self.rules.lexicon.id("call_title_end").is_some_and(|l| !self.scan.ends_with(a.end, l, self.rules)) {
                    continue;
                }
            }
            let chars = &self.scan.chars;
            // The issuers opening the title, one after another, up to 关于 (明州市财政局
            // 国家税务总局明州市税务局关于…): each issued it.
            let mut issuers = Vec::new();
            let mut p = a.start;
            let mut reached = false;
            while let Some(j) = accepted.starting_at(p).filter(|&j| accepted.all[j].ty == EntityType::Agency && accepted.all[j].end < a.end).max_by_key(|&j| accepted.all[j].end) {
                issuers.push(j);
                p = accepted.all[j].end;
                // The others left unnamed (国家发展改革委等部门关于…, 等十部门关于…).
                if chars.get(p) == Some(&'等') {
                    let mut q = p + 1;
                    while q < a.end && (chars[q].is_ascii_digit() || crate::extract::lists::is_numeral(chars[q])) {
                        q += 1;
                    }
                    if matches!(chars.get(q..q + 2), Some(['部', '门'] | ['单', '位'] | ['部', '委'])) {
                        p = q + 2;
                    }
                }
                if chars.get(p) == Some(&'关') {
                    reached = true;
                    break;
                }
                while p < a.end && matches!(chars[p], ' ' | '、') {
                    p += 1;
                }
            }
            // A body opening a title in title marks with no 关于 (《明州市科技局…管理办法》)
            // issued it as well: a title names no other body first.
            let marked = a.start > 0 && chars[a.start - 1] == '《' && issuers.len() == 1;
            if !reached && !marked {
                issuers.clear();
            }
            // A title read from its 关于 with its issuers before it, left out of the name by
            // the others left unnamed (国家发展改革委等部门|关于印发…的通知).
            if issuers.is_empty() && a.start >= 3 && chars.get(a.start..a.start + 2) == Some(&['关', '于']) && chars[a.start - 1] != '\n' {
                let mut p = a.start;
                if matches!(chars[p - 2..p], ['部', '门'] | ['单', '位'] | ['部', '委']) {
                    p -= 2;
                    while p > 0 && (chars[p - 1].is_ascii_digit() || crate::extract::lists::is_numeral(chars[p - 1])) {
                        p -= 1;
                    }
                    if p > 0 && chars[p - 1] == '等' {
                        p -= 1;
                        while let Some(j) = accepted.ending_at(p).find(|&j| accepted.all[j].ty == EntityType::Agency) {
                            issuers.push(j);
                            let s = accepted.all[j].start;
                            if s >= 1 && matches!(chars[s - 1], '、' | ' ') {
                                p = s - 1;
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            for j in issuers {
                let s = &accepted.all[j];
                rels.add(j, rule.predicate, i, &rule.id);
                // A call runs the programs its title names too.
                if rule.words.is_some() {
                    for k in accepted.overlapping(a.start, a.end) {
                        let p = &accepted.all[k];
                        if k != i && p.ty == EntityType::Program && p.start >= s.end && p.end <= a.end {
                            rels.add(j, rule.predicate, k, &rule.id);
                        }
                    }
                }
            }
        }
    }

    /// Does a name of `types` fill the title line `l` (six tenths of it at least), or is it the
    /// document the title issues or forwards (关于印发《Y》的通知: Y)?
    fn fills_title(&self, l: &crate::extract::structure::Line, a: &Accepted<'_>, types: &[EntityType]) -> bool {
        let chars = &self.scan.chars;
        let forwarded = a.start > l.start && chars[a.start - 1] == '《' && chars.get(a.end) == Some(&'》') && chars[l.start..].starts_with(&['关', '于']);
        Self::types_ok(types, a.ty) && a.start >= l.start && a.end <= l.end && ((a.end - a.start) * 10 >= (l.end - l.start) * 6 || forwarded)
    }

    /// A notice's title line: the first of its opening lines that a name of `types` fills (a
    /// page's navigation and its catalogue fields may come first), before the salutation
    /// (各有关单位:) that opens the body.
    fn title_line(&self, types: &[EntityType], accepted: &AcceptedSet<'a>) -> Option<&crate::extract::structure::Line> {
        /// How many opening lines the title is looked for on (a portal's table of fields, each
        /// label and value on a line of its own, may come before it).
        const TITLE_LINES: usize = 20;
        let chars = &self.scan.chars;
        self.structure
            .lines
            .iter()
            .filter(|l| l.end > l.start)
            .take(if self.doc.continued { 0 } else { TITLE_LINES })
            .take_while(|l| !(l.body < l.end && chars[l.body] == '各' && chars[l.end - 1] == ':'))
            .find(|l| l.end - l.start <= 80 && !chars[l.start..l.end].contains(&'。') && accepted.overlapping(l.start, l.end).any(|i| self.fills_title(l, &accepted.all[i], types)))
    }

    /// A plan's task closed by a bracket of the bodies that answer for it (…计划。(责任单位:
    /// 市科技局、市财政局), (市科技局牵头,…配合)): the bodies named after a label of the
    /// rule's words and a colon, or right before one of its verbs, run the programs the task
    /// names, from the line's start or the task bracket before.
    fn task_leads(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let chars = &self.scan.chars;
        let Some(words) = rule.words else { return };
        let joiner = |c: char| matches!(c, '、' | ',' | '，' | '和' | '及' | '与');
        let mut last_close: Option<usize> = None;
        let mut leads: Vec<usize> = Vec::new();
        // The bracket around a word is on one line and holds no sentence's end.
        let outside = |c: char| matches!(c, '\n' | '。' | '(' | ')');
        for h in self.scan.hits_in(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            let Some(open) = (w0.saturating_sub(TASK_BRACKET)..w0).rev().find(|&q| outside(chars[q])).filter(|&q| chars[q] == '(') else { continue };
            let Some(close) = (w1..(w1 + TASK_BRACKET).min(chars.len())).find(|&q| outside(chars[q])).filter(|&q| chars[q] == ')') else { continue };
            leads.clear();
            let body = |i: usize| Self::types_ok(&rule.subject, accepted.all[i].ty);
            if matches!(chars.get(w1), Some(':' | '：')) {
                // A label: the bodies listed after its colon, up to the next label.
                let mut at = w1 + 1;
                while let Some(i) = accepted.starting_at(at).filter(|&i| body(i) && accepted.all[i].end <= close).max_by_key(|&i| accepted.all[i].end) {
                    leads.push(i);
                    let e = accepted.all[i].end;
                    if e < close && joiner(chars[e]) {
                        at = e + 1;
                    } else {
                        break;
                    }
                }
            } else {
                // A verb: the body right before it, and those coordinated with it.
                let mut at = w0;
                while let Some(i) = accepted.ending_at(at).filter(|&i| body(i) && accepted.all[i].start > open).max_by_key(|&i| accepted.all[i].end - accepted.all[i].start) {
                    leads.push(i);
                    let s = accepted.all[i].start;
                    if s > open + 1 && matches!(chars[s - 1], '、' | '和' | '及' | '与') {
                        at = s - 1;
                    } else {
                        break;
                    }
                }
            }
            if leads.is_empty() {
                continue;
            }
            let line = (open.saturating_sub(TASK_REACH)..open).rev().find(|&q| chars[q] == '\n').map_or(open.saturating_sub(TASK_REACH), |q| q + 1);
            let task = last_close.filter(|&c| c < open).map_or(line, |c| line.max(c + 1));
            if last_close.is_none_or(|c| c < close) {
                last_close = Some(close);
            }
            for p in accepted.overlapping(task, open).filter(|&p| Self::types_ok(&rule.object, accepted.all[p].ty) && accepted.all[p].start >= task && accepted.all[p].end <= open) {
                for &l in &leads {
                    rels.add(l, rule.predicate, p, &rule.id);
                }
            }
        }
    }

    /// The spans of the calls in book-title marks (《关于开展…申报工作的通知》): programs whose
    /// name holds a word of `calls` and ends as a notice's title does, in text order.
    fn quoted_calls(&self, calls: ListId, accepted: &AcceptedSet<'a>) -> Vec<(usize, usize)> {
        let chars = &self.scan.chars;
        let Some(ends) = self.rules.lexicon.id("call_title_end") else { return Vec::new() };
        let mut spans: Vec<(usize, usize)> = accepted
            .all
            .iter()
            .filter(|a| a.ty == EntityType::Program && a.start > 0 && chars[a.start - 1] == '《' && chars.get(a.end) == Some(&'》'))
            .filter(|a| self.scan.ends_with(a.end, ends, self.rules) && self.scan.holds_word(a.start, a.end, calls, self.rules))
            .map(|a| (a.start, a.end))
            .collect();
        spans.sort_unstable();
        spans.dedup();
        spans
    }

    /// In a call (a notice whose title opens a round: 关于开展…认定工作的通知), a body that is
    /// the subject of a verb of organising the round in its text (市科技局会同市财政局组织专家
    /// 评审, 经县科技局审核后) runs the program the title names (settled case 9), and so do the
    /// bodies coordinated with it right before.
    fn call_organisers(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        /// How many bodies may be coordinated before the verb's subject.
        const COORDINATED: usize = 4;
        let chars = &self.scan.chars;
        /// How far after a call it hands over or cites a verb may organise that call's round.
        const FORWARD_REACH: usize = 400;
        let (Some(words), Some(calls)) = (rule.words, self.rules.lexicon.id("call_word")) else { return };
        let title = self.title_line(&rule.object, accepted);
        let title_programs: Vec<usize> = match title {
            Some(t) if self.scan.holds_word(t.start, t.end, calls, self.rules) => accepted.overlapping(t.start, t.end).filter(|&i| self.fills_title(t, &accepted.all[i], &rule.object)).collect(),
            _ => Vec::new(),
        };
        let title_end = title.map_or(0, |t| t.end);
        // Without a call of its own, a notice that hands over or cites another's call
        // (现将《科技部关于…申报指南的通知》转发给你们, 根据《…》要求) and then organises its
        // round (我厅拟组织开展项目申报工作, 省科技厅组织…审核) runs the programs that call
        // names, or the call itself when it names none: the calls in book-title marks, in
        // order.
        let forwarded: Vec<(usize, usize)> = if title_programs.is_empty() { self.quoted_calls(calls, accepted) } else { Vec::new() };
        if title_programs.is_empty() && forwarded.is_empty() {
            return;
        }
        let self_ref = self.rules.lexicon.id("self_reference");
        let mut forwarded_programs: Vec<usize> = Vec::new();
        let mut last = usize::MAX;
        for h in self.scan.hits_in_by_end(words) {
            let w0 = h.start as usize;
            if w0 < title_end || w0 == last {
                continue;
            }
            last = w0;
            let (programs, call_span) = if title_programs.is_empty() {
                // Only the last few calls opened before the verb can be near enough (a page
                // flattened to one line may cite hundreds).
                let opened = forwarded.partition_point(|&(cs, _)| cs < w0);
                let Some(&(cs, ce)) = forwarded[..opened].iter().rev().take(8).find(|&&(_, ce)| ce <= w0 && w0 - ce <= FORWARD_REACH) else { continue };
                forwarded_programs.clear();
                let call = accepted.starting_at(cs).filter(|&i| accepted.all[i].end == ce && accepted.all[i].ty == EntityType::Program).max_by_key(|&i| i);
                forwarded_programs.extend(accepted.overlapping(cs, ce).filter(|&k| Some(k) != call && accepted.all[k].ty == EntityType::Program && accepted.all[k].start >= cs && accepted.all[k].end <= ce));
                if forwarded_programs.is_empty() {
                    forwarded_programs.extend(call);
                }
                (&forwarded_programs, Some((cs, ce)))
            } else {
                (&title_programs, None)
            };
            // A body inside the call's title issued it; it does not organise this round.
            let outside_call = |i: usize| call_span.is_none_or(|(cs, ce)| accepted.all[i].end <= cs || accepted.all[i].start >= ce);
            // The nearest body before the verb in its clause, within the rule's gap.
            let from = w0.saturating_sub(rule.gap);
            let in_clause = (from..w0)
                .rev()
                .take_while(|&q| !matches!(chars[q], '。' | ';' | '!' | '?' | '\n' | ','))
                .find_map(|q| accepted.ending_at(q + 1).find(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty) && accepted.all[i].end <= w0 && outside_call(i)));
            // Of a handed-over call, the notice's own body speaking of itself earlier in the
            // sentence (请及时联系我局,以便开展项目初审与组织推荐工作), with no other body
            // between, organises the round a clause without a subject names.
            let speaker = || {
                let from = call_span.map(|(_, ce)| ce)?;
                let back = (from..w0).rev().take_while(|&q| !matches!(chars[q], '。' | ';' | '!' | '?' | '\n')).last()?;
                let last_body = accepted.overlapping(back, w0).filter(|&i| accepted.all[i].ty == EntityType::Agency && accepted.all[i].start >= back && accepted.all[i].end <= w0).max_by_key(|&i| accepted.all[i].end)?;
                let a = &accepted.all[last_body];
                self_ref.is_some_and(|l| self.scan.is_word(a.start, a.end, l, self.rules)).then_some(last_body)
            };
            let Some(mut subject) = in_clause.or_else(speaker) else {
                continue;
            };
            if rule.not_between.is_some_and(|l| self.scan.holds_word(accepted.all[subject].end, w0, l, self.rules)) {
                continue;
            }
            for _ in 0..=COORDINATED {
                for &p in programs {
                    rels.add(subject, rule.predicate, p, &rule.id);
                }
                // 会同, 、 or a conjunction joins the body before to it.
                let s = accepted.all[subject].start;
                let joined = [2usize, 1].into_iter().find(|&k| s >= k && (chars[s - k..s] == ['会', '同'] || (k == 1 && (chars[s - 1] == '、' || self.rules.core.is_conjunction(chars[s - 1])))));
                match joined.and_then(|k| accepted.ending_at(s - k).find(|&i| Self::types_ok(&rule.subject, accepted.all[i].ty))) {
                    Some(i) => subject = i,
                    None => break,
                }
            }
        }
    }

    /// An agency alone on a line, followed by a date line: the signature of the notice whose
    /// title (a program among the first lines) it issued.
    fn signatures(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        let lines = &self.structure.lines;
        let chars = &self.scan.chars;
        // What the notice issues: the program its title line names (the first of the opening
        // lines that a program fills: site navigation may come before it), or the one the
        // sentence handing it over names (现将《X》印发给你们).
        let issuing = self.rules.lexicon.id("issuing_phrase");
        let fills = |l: &crate::extract::structure::Line, i: usize| self.fills_title(l, &accepted.all[i], &rule.object);
        let title = self.title_line(&rule.object, accepted);
        // Whether each sentence hands a document over, asked once per sentence: a window
        // of one unbroken line has a thousand programs in its sentences.
        let mut hands_over: rustc_hash::FxHashMap<usize, bool> = rustc_hash::FxHashMap::default();
        let titles: Vec<usize> = (0..accepted.all.len())
            .filter(|&i| {
                let a = &accepted.all[i];
                if !Self::types_ok(&rule.object, a.ty) {
                    return false;
                }
                // A program named inside the one issued is not issued with it.
                let nested = accepted.overlapping(a.start, a.end).any(|k| k != i && accepted.all[k].ty == EntityType::Program && accepted.all[k].start <= a.start && accepted.all[k].end >= a.end && accepted.all[k].end - accepted.all[k].start > a.end - a.start);
                if nested {
                    return false;
                }
                if title.is_some_and(|l| fills(l, i)) {
                    return true;
                }
                let at = self.sentence_of(a.start);
                let sentence_hands_over = *hands_over.entry(at).or_insert_with(|| {
                    let sentence = self.doc.sentences.get(at);
                    sentence.is_some_and(|s| issuing.is_some_and(|w| self.scan.holds_word(s.start, s.end, w, self.rules)))
                });
                // …but not the one it cites as its basis (根据《…的通知》要求,…现予公布).
                sentence_hands_over && !self.cited_as_basis(a)
            })
            .collect();
        // A sentence handing over a document in 《》 issues that document, not a scheme it
        // names in passing (规范…专项资金管理,…制定了《…管理办法》,现印发你们).
        let quoted = |i: usize| accepted.all[i].start > 0 && chars[accepted.all[i].start - 1] == '《';
        let in_title = |i: usize| title.is_some_and(|l| fills(l, i));
        let quoting: Vec<usize> = titles.iter().filter(|&&i| quoted(i) && !in_title(i)).map(|&i| self.sentence_of(accepted.all[i].start)).collect();
        let titles: Vec<usize> = titles.into_iter().filter(|&i| in_title(i) || quoted(i) || !quoting.contains(&self.sentence_of(accepted.all[i].start))).collect();
        if titles.is_empty() {
            return;
        }
        // A rule with words signs only notices whose title holds one (a call: 关于下达…).
        if let Some(w) = rule.words {
            if !title.is_some_and(|l| self.scan.holds_word(l.start, l.end, w, self.rules)) {
                return;
            }
        }
        // The issuer alone on the line above the title (石家庄市科学技术局 / 关于认定…的通知), or
        // after a label of the issuer on one of the opening lines (发布机构 温州市科学技术局).
        if let Some(t) = title {
            let above = lines.iter().filter(|l| l.end > l.start && l.end <= t.start).last();
            // (A source, 信息来源, names who reposted it as often as who issued it; a title
            // that opens with its issuer says who did.)
            let title_issuer = accepted.starting_at(t.body).any(|j| accepted.all[j].ty == EntityType::Agency);
            let labelled = if title_issuer { Vec::new() } else { self.structure.labelled_fields(chars, self.rules, |label| !label.contains("来源")) };
            // The agency that fills its field.
            let labelled = labelled.into_iter().find_map(|(a, b)| accepted.starting_at(a).find(|&j| accepted.all[j].ty == EntityType::Agency && accepted.all[j].end == b).map(|j| (vec![j], false)));
            for (found, _) in above.and_then(|l| self.line_signers(l.body, l.end, accepted)).filter(|(_, dated)| !dated).into_iter().chain(labelled) {
                for &j in &found {
                    for &t in &titles {
                        rels.add(j, rule.predicate, t, &rule.id);
                    }
                }
            }
        }
        for j in self.foot_signers(accepted) {
            for &t in &titles {
                rels.add(j, rule.predicate, t, &rule.id);
            }
        }
    }

    /// A notice with no title line that says it decides to organise a drive (决定组织开展
    /// 2025年度明州市众创空间备案工作) with no other subject speaks for the bodies signing
    /// it: they run the drive (settled case 9). With a title, the title's call is what they
    /// run (rel.signature-call).
    fn signed_decisions(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        // How far back a clause's subject is looked for: a line with no stop stays linear.
        const CLAUSE_MAX: usize = 60;
        let words = rule.words.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        let mut drives = Vec::new();
        for h in self.scan.hits_in(words) {
            let (w0, w1) = (h.start as usize, h.end as usize);
            let clause_start = self.clause_start(w0.saturating_sub(CLAUSE_MAX), w0);
            if accepted.overlapping(clause_start, w0).any(|i| accepted.all[i].ty == EntityType::Agency) {
                continue;
            }
            let object = accepted
                .overlapping(w1, (w1 + rule.gap + 1).min(chars.len()))
                .filter(|&i| Self::types_ok(&rule.object, accepted.all[i].ty) && accepted.all[i].start >= w1 && accepted.all[i].start - w1 <= rule.gap)
                .min_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
            drives.extend(object);
        }
        if drives.is_empty() || self.title_line(&rule.object, accepted).is_some() {
            return;
        }
        for j in self.foot_signers(accepted) {
            for &d in &drives {
                rels.add(j, rule.predicate, d, &rule.id);
            }
        }
    }

    /// The agencies a line `[from, to)` holds and whether a date ends it; None when it
    /// holds anything else.
    fn line_signers(&self, from: usize, to: usize, accepted: &AcceptedSet<'a>) -> Option<(Vec<usize>, bool)> {
        let chars = &self.scan.chars;
        let mut found = Vec::new();
        let mut p = from;
        while p < to {
            if chars[p].is_whitespace() || chars[p] == '、' {
                p += 1;
                continue;
            }
            match accepted.starting_at(p).filter(|&j| accepted.all[j].ty == EntityType::Agency && accepted.all[j].end <= to).max_by_key(|&j| accepted.all[j].end) {
                Some(j) => {
                    found.push(j);
                    p = accepted.all[j].end;
                }
                // (The attachments may run on after the date on its line: 2023年5月6日 附件:1.….)
                None => {
                    let date_end = (p + 4..to.saturating_sub(1)).find(|&q| chars[q..].starts_with(&['附', '件'])).map_or(to, |q| q);
                    let date_end = (p..date_end).rev().find(|&q| !chars[q].is_whitespace()).map_or(p, |q| q + 1);
                    return (!found.is_empty() && super::structure::is_date(&chars[p..date_end])).then_some((found, true));
                }
            }
        }
        (!found.is_empty()).then_some((found, false))
    }

    /// The agencies signing the notice at its foot, in the order they sign: lines of
    /// agencies only (several on one line, apart by spaces or 、), the last followed by a
    /// date line or ending with the date itself; on a page flattened to one line, agencies
    /// and a date right after a sentence's end. May repeat one.
    fn foot_signers(&self, accepted: &AcceptedSet<'a>) -> Vec<usize> {
        let lines = &self.structure.lines;
        let chars = &self.scan.chars;
        let is_date = |from: usize, to: usize| super::structure::is_date(&chars[from..to]);
        let is_stamp = |from: usize, to: usize| super::structure::is_stamp(&chars[from..to]);
        let mut signers = Vec::new();
        let mut block: Vec<usize> = Vec::new();
        let lines: Vec<_> = lines.iter().filter(|l| l.end > l.start).collect();
        for (n, line) in lines.iter().enumerate() {
            if !block.is_empty() && is_stamp(line.body, line.end) {
                continue;
            }
            match self.line_signers(line.body, line.end, accepted) {
                Some((found, dated)) => {
                    block.extend(found);
                    if dated {
                        signers.append(&mut block);
                    }
                }
                None => {
                    if !block.is_empty() && is_date(line.body, line.end) {
                        signers.extend_from_slice(&block);
                    }
                    block.clear();
                }
            }
            // A page flattened to one line keeps its signature inside the line, right after
            // the last sentence (…请认真贯彻执行。 明州市科学技术局 2020年12月11日): agencies
            // and a date that no clause goes on from (…2020年12月11日起施行 is a sentence's).
            // So does one run on from the attachments' titles (附件:…名单|长治市科学技术局
            // 2025年10月31日): an agency right after a list's, form's or file's title word.
            for k in line.body..line.end.saturating_sub(1) {
                let after_attachment = matches!(chars[k], '单' | '表' | '书' | '录') && accepted.starting_at(k + 1).any(|j| accepted.all[j].ty == EntityType::Agency);
                if chars[k] != '。' && !after_attachment {
                    continue;
                }
                let skip = |mut p: usize| {
                    while p < line.end && (chars[p].is_whitespace() || chars[p] == '、') {
                        p += 1;
                    }
                    p
                };
                let mut p = skip(k + 1);
                let mut found = Vec::new();
                while let Some(j) = accepted.starting_at(p).filter(|&j| accepted.all[j].ty == EntityType::Agency && accepted.all[j].end <= line.end).max_by_key(|&j| accepted.all[j].end) {
                    found.push(j);
                    p = skip(accepted.all[j].end);
                }
                let dated = (p..(p + 12).min(line.end)).find(|&q| chars[q] == '日').is_some_and(|q| is_date(p, q + 1) && !chars.get(q + 1).is_some_and(|&c| matches!(c, ',' | '起' | '前' | '至' | '以' | '止' | '到' | '召' | '在' | '举')))
                    // …or the agencies end the line after an attachment's title, and the date
                    // is the next line (附件:1.…汇总表远安县科学技术局 / 2023年5月6日).
                    || (after_attachment && p >= line.end && lines.get(n + 1).is_some_and(|next| is_date(next.body, next.end)));
                if !found.is_empty() && dated {
                    signers.append(&mut found);
                }
            }
        }
        signers
    }

    /// An enterprise opening a project's name undertakes it (华能…二期项目).
    fn enterprise_projects(&self, rule: &'a RelationRule, accepted: &AcceptedSet<'a>, rels: &mut Relations<'a>) {
        for (i, a) in accepted.all.iter().enumerate() {
            if !Self::types_ok(&rule.object, a.ty) {
                continue;
            }
            for j in accepted.starting_at(a.start).chain(accepted.ending_at(a.start)).chain(a.owner) {
                let s = &accepted.all[j];
                if j != i && Self::types_ok(&rule.subject, s.ty) && s.end <= a.end {
                    rels.add(j, rule.predicate, i, &rule.id);
                }
            }
        }
    }

    /// A table row: the host column owns the row's platform, the place column locates the
    /// row's entity, the undertaker column undertakes its project, the category column says
    /// what it is recognised as.
    fn table_rows(&self, rule: &'a RelationRule, accepted: &mut AcceptedSet<'a>, rels: &mut Relations<'a>) {
        for t in &self.structure.tables {
            // A header that repeats its columns (排名|园区名称|所属地|排名|园区名称|所属地) holds
            // two records a row: each group of columns is one.
            let period = record_width(&t.columns);
            let records = t.rows.iter().flat_map(|row| {
                let groups = t.columns.len().div_ceil(period).max(1);
                (0..groups).map(move |g| row.iter().filter(move |(col, _)| col / period == g).copied().collect::<Vec<_>>())
            });
            for row in records {
                let mut main: Option<usize> = None;
                let mut others: Vec<(ColumnRole, usize, usize)> = Vec::new();
                for &(col, (a, b)) in &row {
                    let Some(Some(c)) = t.columns.get(col) else { continue };
                    let role = self.rules.columns[*c].role;
                    if role == ColumnRole::Name && main.is_none() {
                        main = accepted
                            .overlapping(a, b)
                            .filter(|&i| accepted.all[i].start >= a && accepted.all[i].end <= b && accepted.all[i].ty != EntityType::Place)
                            .max_by_key(|&i| accepted.all[i].end - accepted.all[i].start);
                    } else if role != ColumnRole::Name && role != ColumnRole::Ignore {
                        others.push((role, a, b));
                    }
                }
                let Some(m) = main else { continue };
                for (role, a, b) in others {
                    let mt = accepted.all[m].ty;
                    let targets: Vec<usize> = match role {
                        ColumnRole::Place => self.rules.gazetteer.lookup(&self.scan.folded(a, b)).map(|_| self.place_mention(a, b, accepted, rels)).into_iter().collect(),
                        // The category the cell names whole, not a word of a longer note.
                        ColumnRole::Category => accepted
                            .overlapping(a, b)
                            .filter(|&i| accepted.all[i].ty == EntityType::Designation && accepted.all[i].start >= a && accepted.all[i].end <= b && (accepted.all[i].end - accepted.all[i].start) * 10 >= (b - a) * 7)
                            .max_by_key(|&i| accepted.all[i].end - accepted.all[i].start)
                            .into_iter()
                            .collect(),
                        // A cell of several hosts or undertakers (A、B; A/B) names each of them.
                        _ => match self.cell_organisations(a, b, accepted) {
                            several if several.len() > 1 => several,
                            _ => accepted
                                .overlapping(a, b)
                                .filter(|&i| accepted.all[i].start >= a && accepted.all[i].end <= b && matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution))
                                .max_by_key(|&i| accepted.all[i].end - accepted.all[i].start)
                                .into_iter()
                                .collect(),
                        },
                    };
                    for o in targets {
                        match (role, rule.predicate) {
                            (ColumnRole::Host, Predicate::HasPlatform) if mt == EntityType::Platform => rels.add(o, rule.predicate, m, &rule.id),
                            (ColumnRole::Place, Predicate::LocatedIn) => rels.add(m, rule.predicate, o, &rule.id),
                            (ColumnRole::Undertaker, Predicate::Undertakes) if mt == EntityType::Project => rels.add(o, rule.predicate, m, &rule.id),
                            (ColumnRole::Category, Predicate::RecognizedAs) if matches!(mt, EntityType::Enterprise | EntityType::Platform) => rels.add(m, rule.predicate, o, &rule.id),
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    /// The companies and institutions that a cell lists one after another (A、B; A/B), when
    /// nothing but separators stands between them; else none.
    fn cell_organisations(&self, a: usize, b: usize, accepted: &AcceptedSet<'a>) -> Vec<usize> {
        let mut found: Vec<usize> = accepted
            .overlapping(a, b)
            .filter(|&i| accepted.all[i].start >= a && accepted.all[i].end <= b && matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution))
            .collect();
        found.sort_by_key(|&i| (accepted.all[i].start, std::cmp::Reverse(accepted.all[i].end)));
        let mut outer: Vec<usize> = Vec::new();
        for i in found {
            if outer.last().is_none_or(|&o| accepted.all[i].start >= accepted.all[o].end) {
                outer.push(i);
            }
        }
        let chars = &self.scan.chars;
        let mut p = a;
        for &i in &outer {
            let gap = &chars[p..accepted.all[i].start];
            let separated = if p == a { gap.iter().all(|c| c.is_whitespace()) } else { gap.iter().any(|&c| c != ' ') && gap.iter().all(|&c| c.is_whitespace() || matches!(c, '、' | ',' | '，' | ';' | '；' | '/' | '和' | '与' | '及')) };
            if !separated {
                return Vec::new();
            }
            p = accepted.all[i].end;
        }
        if !chars[p..b].iter().all(|c| c.is_whitespace()) {
            return Vec::new();
        }
        outer
    }
}

/// The width of one record of a table's header: the shortest run of columns that the whole
/// header repeats (A|B|C|A|B|C: 3), else the whole header.
fn record_width(columns: &[Option<usize>]) -> usize {
    let n = columns.len();
    (2..=n / 2).find(|&p| n % p == 0 && columns[..p].iter().any(|c| c.is_some()) && columns.iter().enumerate().all(|(i, c)| *c == columns[i % p])).unwrap_or(n.max(1))
}

/// Where the next item of a list of counted items starts, if `end` is followed by a count
/// (2个, 1项), perhaps a bracket of what it holds, and a separator (、 , ;).
fn counted_item_end(chars: &[char], end: usize) -> Option<usize> {
    let (_, k) = crate::extract::lists::count_value(chars, end)?;
    if !chars.get(k).is_some_and(|&c| crate::extract::lists::is_classifier(c)) {
        return None;
    }
    let mut p = k + 1;
    if chars.get(p) == Some(&'(') {
        p = (p + 1..(p + COUNTED_BRACKET).min(chars.len())).take_while(|&q| !matches!(chars[q], '。' | '\n' | '(')).find(|&q| chars[q] == ')')? + 1;
    }
    matches!(chars.get(p), Some('、' | ',' | ';' | '和' | '及')).then_some(p + 1)
}

/// The longest bracket after a counted item that a list of them reads over.
const COUNTED_BRACKET: usize = 120;

/// How far a list's count and its noun, or a clause about the items
/// (等138家企业, 3家企业符合认定要求,), reach from `at` towards `limit`:
/// a list closed by its count says the verb after it of every item, however long the
/// closing noun is (A等12个工程技术研究中心列入…), so the count does not use up the gap.
fn counted_closing(chars: &[char], at: usize, limit: usize) -> usize {
    const NOUN: usize = 20;
    let mut j = at;
    // (A、B等3家…, A、B这3家…, A、B共3家…: the list's count closes it whichever word opens it.)
    if matches!(chars.get(j), Some('等' | '这' | '共')) {
        j += 1;
    }
    let digits = j;
    while j < limit && (chars[j].is_ascii_digit() || "一二三四五六七八九十百千两".contains(chars[j])) {
        j += 1;
    }
    if j == digits || j >= limit || !"家个项所批".contains(chars[j]) {
        return 0;
    }
    j + 1 - at + NOUN
}

/// The length of the clause that says who approved, right after the names and before the
/// verb (A、B、C|经省政府批复,|认定为…; A|经专家评审,|拟认定为…): the subject is still the
/// names before it. At most a body's name and a verb of approving; nothing else.
fn approval_clause(chars: &[char], at: usize, verb: usize) -> usize {
    const LONGEST: usize = 18;
    let span = verb.saturating_sub(at);
    if span > 0 && span <= LONGEST && chars[at] == '经' {
        span
    } else {
        0
    }
}

/// The longest round a recognition writes before its category (2016年度第十一批次).
const ROUND: usize = 12;

/// How far back in its paragraph a verb with no object looks for the list it refers to: a
/// sentence or two (…名单公布。A、B入选), never the whole of a line without breaks.
const LIST_TITLE_REACH: usize = 400;

/// The length of a round (2016年第一批, 第3批次) between `from` and `end`, with the year
/// written before it: a recognition names its round before the category
/// (拟认定为2016年第一批省科技型企业).
fn batch_before(chars: &[char], from: usize, end: usize) -> usize {
    let Some((b0, mut b1)) = super::names::first_batch(chars, from, end) else { return 0 };
    let mut start = b0;
    // A round in brackets (2017年(第24批)) is read whole.
    if start > from && chars[start - 1] == '(' && chars.get(b1) == Some(&')') {
        start -= 1;
        b1 += 1;
    }
    if start > from && chars[start - 1] == '年' {
        start -= 1;
        while start > from && (chars[start - 1].is_ascii_digit() || chars[start - 1] == '度') {
            start -= 1;
        }
    }
    b1.min(end) - start
}

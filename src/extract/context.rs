//! Names known by the words around them: a title between book-title marks, an untitled
//! 关于…的通知, a trade name as the subject of a verb of recognition, self-references; and
//! the cells of table columns whose header says what they hold.

use super::cand::{AcceptedSet, Cand};
use super::lists::is_numeral;
use super::names::{is_han, is_mask, is_stop};
use super::Ctx;
use rustc_hash::FxHashMap;
use crate::model::EntityType;
use crate::rules::{ColumnRole, ContextForm, ContextRule};

/// Where 等 stands when a quoted title, 等 and a count end right before `head`
/// (“A”等10个|项目): the title closes a list, and the head is the list's.
fn quoted_before_count(chars: &[char], head: usize) -> Option<usize> {
    let unit = head.checked_sub(1).filter(|&u| matches!(chars[u], '个' | '项'))?;
    let mut q = unit;
    while q > 0 && crate::extract::lists::is_numeral(chars[q - 1]) {
        q -= 1;
    }
    (q < unit && q >= 2 && chars[q - 1] == '等' && chars[q - 2] == '”').then_some(q - 1)
}

impl<'a> Ctx<'a> {
    /// Runs one context rule.
    pub(crate) fn context_rule(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        match rule.form {
            ContextForm::Title => self.titles(rule, out),
            ContextForm::About => self.about(rule, accepted, out),
            ContextForm::Subject => self.subjects(rule, accepted, out),
            ContextForm::After => self.after_phrases(rule, accepted, out),
            ContextForm::BeforePlace => self.before_places(rule, accepted, out),
            ContextForm::BeforeHead => self.before_heads(rule, accepted, out),
            ContextForm::BeforeSeat => self.before_seats(rule, accepted, out),
            ContextForm::BeforeProduct => self.before_products(rule, accepted, out),
            ContextForm::CategoryScheme => self.category_schemes(rule, accepted, out),
            ContextForm::CountedPackage => self.counted_packages(rule, accepted, out),
            ContextForm::Quoted => self.quoted(rule, accepted, out),
            ContextForm::Recurrence => self.recurrences(rule, accepted, out),
            ContextForm::TitleLine => self.title_lines(rule, accepted, out),
            ContextForm::Words => {
                let list = rule.words.expect("checked when rules were compiled");
                for h in self.scan.hits_in(list) {
                    out.push(Cand::new(rule.entity_type, h.start as usize, h.end as usize, &rule.id, rule.priority));
                }
            }
        }
    }

    fn refused_words(&self, rule: &ContextRule, start: usize, end: usize) -> Option<String> {
        if let Some(list) = rule.not_containing {
            // (A lone 为 after a name's first character, 岚|为|科技, is the trade name's own,
            // for a company's name, as it is before a legal form.)
            let trade_name_wei = |h: &crate::extract::scan::Hit| rule.entity_type == EntityType::Enterprise && h.start as usize == start + 1 && h.end == h.start + 1 && self.scan.chars[start + 1] == '为' && is_han(self.scan.chars[start]);
            if let Some(h) = self.scan.within(start, end).find(|h| self.rules.lexicon.in_list(h.pattern, list) && !trade_name_wei(h)) {
                return Some(self.why(|| format!("contains '{}'", self.rules.lexicon.words[h.pattern as usize])));
            }
        }
        if let Some(list) = rule.not_opening {
            if self.scan.opens_with_refused(start, end, list, self.rules) {
                return Some(self.why(|| "opens with a refused word".into()));
            }
        }
        None
    }

    /// A project named by its owner and what it builds (settled case 5): the owner's name
    /// and the whole, up to the word of `after`, as the Project it undertakes. The owner is
    /// a company found already that opens the project (华丰电机|研发项目), or a short name
    /// right before a phase word of `heads` (鸿翔|二期), or a coined name and an industry
    /// word before a word of `words` (中鑫电机|研发项目, with no 中鑫电机 named before). A short name before a product word
    /// is too often the product itself (永磁电机项目, 医疗器械项目) to be taken.
    fn before_products(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        const PROJECT_REACH: usize = 16;
        let after = rule.after.expect("checked when rules were compiled");
        let activities = rule.words.expect("checked when rules were compiled");
        let invested_verbs = self.rules.lexicon.id("invested_before_de");
        let chars = &self.scan.chars;
        let mut last = usize::MAX;
        for h in self.scan.hits_in(after) {
            let h0 = h.start as usize;
            if h0 == last || h0 < 3 {
                continue;
            }
            last = h0;
            // …等项目 closes a list of projects: no one project's name runs over 等.
            if chars[h0 - 1] == '等' {
                continue;
            }
            let Some(h1) = self.scan.longest_starting(h0, (h0 + 8).min(chars.len()), after, self.rules) else { continue };
            // A registered company and what it makes a year (X有限公司年产6000吨丙纶项目): the
            // whole is its project, however long the product runs.
            if let Some((owner_start, owner_end, coined)) = self.yearly_output_owner(h0, accepted) {
                // …等 closes a list of projects (A年产…等一批…项目): the company's own project
                // ends there, the head after it is the list's.
                let h1 = chars[owner_end..h0].iter().position(|&c| c == '等').map_or(h1, |i| owner_end + i);
                self.push_owned_project(rule, (owner_start, owner_end), h1, coined, accepted, out);
                continue;
            }
            // A company and what it invests in (X有限公司投资的|燃料仓储|项目, X公司投资3亿元
            // 建设的|…项目): the project after 的, however generic its words, is the
            // company's.
            // (A quoted title closing a list of projects, …的“A”等10个|项目, is the company's
            // project: the head after the count is the list's.)
            let listed = quoted_before_count(chars, h0);
            if let Some((s, owner_start, owner_end, new_owner)) = invested_verbs.and_then(|verbs| self.invested_project(listed.unwrap_or(h0), verbs, accepted)) {
                let h0 = listed.unwrap_or(h0);
                // One head ends one project: a second one after it (…项目|一期, …项目|预涂膜…
                // 生产线) is what the project holds or its phase, no project of its own.
                if self.scan.within(s, h0).any(|x| self.scan.is_word(x.start as usize, x.end as usize, after, self.rules)) {
                    continue;
                }
                // A title quoted whole before 项目 (申报的|“…研发”|项目) is the project's name.
                let quoted = chars[s] == '“' && chars[h0 - 1] == '”' && !chars[s + 1..h0 - 1].contains(&'”');
                let h1 = if quoted { h0 } else { h1 };
                if listed.is_some() && !quoted {
                    continue;
                }
                if new_owner {
                    out.push(Cand::new(rule.entity_type, owner_start, owner_end, &rule.id, rule.priority));
                }
                // (A project found already with these bounds, a title in quotes, is the
                // company's all the same: selection gives it its owner.)
                let mut c = Cand::new(EntityType::Project, s, h1, &rule.id, rule.priority);
                c.owner_span = Some((owner_start, owner_end));
                out.push(c);
                continue;
            }
            // An edge with only verbs after it (升级|改造|项目) cuts what the project does, not
            // where its name opens (青岚天安智能化|升级|改造项目): the name opens further left.
            let Some(s) = self.left_edges(h0, PROJECT_REACH, false, true, false, accepted).into_iter().map(|edge| edge.at).find(|&at| at + 2 <= h0 && !self.only_boundary_words(at, h0)) else { continue };
            // An item's number is no part of it (1.|鸿曜燃气锅炉项目).
            let s = crate::extract::lists::item_number_after(chars, s);
            // A project found whole already, longer than the reach and opening an item (…包括|
            // 湖北瑞丰新材西部总部及先进碳材料研发制造基地|项目、…), opens where it does.
            let s = accepted.ending_at(h1).filter(|&j| accepted.all[j].ty == EntityType::Project && accepted.all[j].start < s && self.opens_item(accepted.all[j].start)).map(|j| accepted.all[j].start).min().unwrap_or(s);
            // A company's name and the place of its branch in brackets (鸿翔(湖北)|碳化硅材料
            // 产业基地二期项目): the name before the bracket is the company, the whole its
            // project.
            if let Some((s, owner_end)) = self.bracketed_owner(h0, accepted) {
                // (Unless a name found already opens there that is another body, or runs past
                // the company's name.)
                let taken = |j: usize| !matches!(accepted.all[j].ty, EntityType::Project | EntityType::Place) && (accepted.all[j].ty != EntityType::Enterprise || accepted.all[j].end > owner_end);
                if !chars[s..h1].iter().any(|&c| is_stop(c)) && !accepted.starting_at(s).any(taken) {
                    self.push_owned_project(rule, (s, owner_end), h1, true, accepted, out);
                }
                continue;
            }
            // A company's name and what its project makes in brackets (X有限公司|(挖掘机)|项目):
            // the whole is the company's project.
            if super::only_bracket_between(chars, s, h0) {
                if let Some(j) = accepted.ending_at(s).find(|&j| accepted.all[j].ty == EntityType::Enterprise && self.scan.ends_with(s, self.rules.core.legal_form, self.rules)) {
                    let owner = (accepted.all[j].start, s);
                    if !accepted.starting_at(owner.0).any(|k| accepted.all[k].ty == EntityType::Project && accepted.all[k].end == h1) {
                        let mut c = Cand::new(EntityType::Project, owner.0, h1, &rule.id, rule.priority);
                        c.owner_span = Some(owner);
                        out.push(c);
                    }
                    continue;
                }
            }
            if chars[s..h1].iter().any(|&c| is_stop(c) || c == '(' || c == ')') {
                continue;
            }
            // Right after a company's name (瑞丰科技|ABS|一期) what stands there is its product;
            // so it is right after a capacity's figure (年产80万吨|防爆电机|生产项目).
            if accepted.ending_at(s).any(|j| accepted.all[j].ty == EntityType::Enterprise) || after_capacity(chars, s) {
                continue;
            }
            // A place opening it (上海|六合堂制药|项目) is read only with a company's event or in a
            // run of projects: alone, a place's project is its own works.
            let placed = self.scan.place_starting(s).is_some();
            // A road, a park or a railway (和平大道南延|一期) is public works: no company's.
            if rule.public_works.is_some_and(|l| self.scan.holds_word(s, h1, l, self.rules)) {
                continue;
            }
            if accepted.overlapping(s, h1).any(|j| accepted.all[j].ty != EntityType::Project && accepted.all[j].ty != EntityType::Place && accepted.all[j].start < s) {
                continue;
            }
            let phase = rule.heads.is_some_and(|l| self.scan.longest_starting(h0, h1, l, self.rules) == Some(h1));
            let activity_at = |p: usize| p == h0 || self.scan.longest_starting(p, h0, activities, self.rules).is_some();
            let known = accepted.starting_at(s).find(|&j| accepted.all[j].ty == EntityType::Enterprise && accepted.all[j].end < h0 && activity_at(accepted.all[j].end));
            // A count right before it (50余个|农业装备制造业项目, 3个|新能源项目) counts a kind
            // of project: no company's name opens it.
            let counted = s >= 2 && crate::extract::lists::is_classifier(chars[s - 1]) && {
                let n = if matches!(chars[s - 2], '余' | '多') { s - 2 } else { s - 1 };
                n >= 1 && crate::extract::lists::is_numeral(chars[n - 1])
            };
            if counted && known.is_none() {
                continue;
            }
            let owner_end = if let Some(j) = known {
                Some(accepted.all[j].end)
            } else if placed || accepted.starting_at(s).any(|j| accepted.all[j].ty != EntityType::Project) {
                None
            } else if phase && h0 - s <= rule.max_chars && !matches!(chars[h0 - 1], '园' | '区' | '城' | '谷') && (self.plain_trade_name(rule, s, h0) || self.whole_trade_name(s, h0)) {
                // (A park, district or town before its phase, 海创园|一期, is built in phases
                // too, and is no company. A coined name and the word companies end with,
                // 宏达化工|三期, is one.)
                Some(h0)
            } else {
                let heads = rule.item_heads;
                (s + 3..=(s + rule.max_chars).min(h0 - 1)).find(|&p| {
                    activity_at(p)
                        && heads.is_some_and(|l| self.scan.longest_ending(p, l, self.rules).is_some_and(|(hs, _)| hs >= s + 2 && self.plain_trade_name(rule, s, hs)))
                        && matches!(self.short_name_at(rule, s, p), Some(Ok(_)))
                })
            };
            // A project that a company's event follows (…项目正式签约, …项目开工建设) or
            // precedes, or that its investment precedes (总投资3亿元的…项目), opens with the company's
            // coined name, as an item of a list of projects does.
            let owner_end = owner_end.or_else(|| {
                // …or that the event precedes (签约|晶澳科技光伏发电项目, 试生产的|…项目).
                let event_before = self.rules.lexicon.id("project_event_before").is_some_and(|l| self.scan.longest_ending(s, l, self.rules).is_some());
                // …or that stands in a run of projects (观摩了A项目、B项目、C项目).
                let listed = self.in_run_of_projects(s, h1, after);
                // (An amount a company found already puts in, X有限公司投资26亿元的|…项目, makes
                // the project that company's, not one named by its own.)
                let invested_by_other = |m: usize| accepted.overlapping(m, s).any(|j| accepted.all[j].ty == EntityType::Enterprise);
                let amount = crate::extract::lists::amount_before(chars, s).is_some_and(|m| !invested_by_other(m)) || self.rules.lexicon.id("investment_before_amount").is_some_and(|verbs| crate::extract::lists::amount_after(self.scan, self.rules, verbs, h1));
                let event_after = self.project_event_after(h1);
                // …or that opens a sentence, the sentence being about it (鸿翔科技|高端连接器
                // 制造基地项目将实现…). (Not a line: a wrapped line may open inside a word. Nor a
                // clause with a verb done, 王明介绍了|项目: no name holds 了.)
                // (Nor a head another one follows, 生产线|项目: the name runs on to that one.)
                let opens_sentence = (s == 0 || matches!(chars[s - 1], '。' | '；' | ';' | '！' | '!')) && !chars[s..h0].contains(&'了') && self.scan.longest_starting(h1, (h1 + 4).min(chars.len()), after, self.rules).is_none();
                if !amount && !event_before && !listed && !event_after && !opens_sentence {
                    return None;
                }
                let heads = rule.item_heads?;
                if known.is_some() {
                    return None;
                }
                // After the event the name may end with a company's word (签约|宏川科技|光伏
                // 发电项目), as an item of a list of projects may; or the name is all there is
                // before the project's word (上海六合堂制药|项目).
                self.trade_name_opening(s, h0, heads, event_before || listed || amount || event_after || opens_sentence).or_else(|| self.whole_trade_name(s, h0).then_some(h0))
            });
            let Some(p) = owner_end else { continue };
            if known.is_none() {
                out.push(Cand::new(rule.entity_type, s, p, &rule.id, rule.priority));
            }
            if !accepted.starting_at(s).any(|j| accepted.all[j].ty == EntityType::Project && accepted.all[j].end == h1) {
                let mut c = Cand::new(EntityType::Project, s, h1, &rule.id, rule.priority);
                c.owner_span = Some((s, p));
                out.push(c);
            }
        }
    }

    /// Is `[s, e)` made of words that end the text before a name (升级|改造), end to end?
    /// (A count or a list's 等 before it, 等|一批|项目, closes a list, whatever the words.)
    fn only_boundary_words(&self, s: usize, e: usize) -> bool {
        let chars = &self.scan.chars;
        if (s.saturating_sub(1)..e).any(|q| chars[q] == '等' || crate::extract::lists::is_numeral(chars[q])) {
            return false;
        }
        let mut p = s;
        while p < e {
            match self.scan.longest_starting(p, e, self.rules.core.boundary, self.rules) {
                Some(q) if q > p => p = q,
                _ => return false,
            }
        }
        true
    }

    /// The project from `owner`'s start to `end` that the company `owner` undertakes, and,
    /// when `new_owner` says the company is not found yet, the company: each unless found
    /// already with those bounds.
    fn push_owned_project(&self, rule: &'a ContextRule, owner: (usize, usize), end: usize, new_owner: bool, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let (start, owner_end) = owner;
        let found = |ty: EntityType, e: usize| accepted.starting_at(start).any(|j| accepted.all[j].ty == ty && accepted.all[j].end == e);
        if new_owner && !found(EntityType::Enterprise, owner_end) {
            out.push(Cand::new(rule.entity_type, start, owner_end, &rule.id, rule.priority));
        }
        if !found(EntityType::Project, end) {
            let mut c = Cand::new(EntityType::Project, start, end, &rule.id, rule.priority);
            c.owner_span = Some(owner);
            out.push(c);
        }
    }

    /// The company and its project's start before the project's word at `head`, where the
    /// company's name stands before the place of its branch in brackets: the item opens at its
    /// nearest edge that cuts no place (宜|昌鑫瑞 is none), and a place right before that opens
    /// the company's name (宜昌|鑫瑞, settled case 6). Returns the start and the name's end.
    fn bracketed_owner(&self, head: usize, accepted: &AcceptedSet<'a>) -> Option<(usize, usize)> {
        const BRACKETED_REACH: usize = 24;
        let floor = head.saturating_sub(BRACKETED_REACH);
        // (Most projects hold no bracket: their edges are not looked for a second time.)
        if !self.scan.chars[floor..head].contains(&'(') {
            return None;
        }
        let cuts_place = |at: usize| self.scan.places_within(at.saturating_sub(4), at).any(|pl| pl.start < at && pl.end > at);
        let (s, q) = self
            .left_edges(head, BRACKETED_REACH, false, true, false, accepted)
            .into_iter()
            .filter(|edge| (edge.at > floor || edge.at == 0) && !cuts_place(edge.at))
            .find_map(|edge| self.owner_before_bracketed_place(edge.at, head, 2))?;
        let placed = self.scan.places_within(s.saturating_sub(8), s).filter(|pl| pl.end == s && !pl.as_level).map(|pl| pl.start).min();
        Some((placed.unwrap_or(s), q))
    }

    /// Where the company's name ends in a project `[s, head)` that opens with it and the place
    /// of its branch in brackets (鸿翔|(湖北)|…, 宜昌鸿翔|(远安)|…): two to six characters,
    /// its place perhaps opening it, distinguishing ones after that place, and no head of a
    /// body, a park or a centre (宜昌高新区|(东区) is a zone's part); `between` characters at
    /// least after the bracket and before `head`.
    fn owner_before_bracketed_place(&self, s: usize, head: usize, between: usize) -> Option<(usize, usize)> {
        const NAME_REACH: usize = 6;
        let chars = &self.scan.chars;
        // (A company's event may stand before it, 签约|鸿翔(盐城)….)
        let s = self.rules.lexicon.id("project_event_before").and_then(|l| self.scan.longest_starting(s, (s + 4).min(head), l, self.rules)).unwrap_or(s);
        let q = (s + 2..=(s + NAME_REACH).min(head.saturating_sub(1))).find(|&q| chars[q] == '(')?;
        let pl = self.scan.place_starting(q + 1).filter(|pl| !pl.as_level)?;
        if chars.get(pl.end) != Some(&')') || pl.end + 1 + between > head || !chars[s..q].iter().all(|&c| is_han(c)) {
            return None;
        }
        let own = self.scan.place_starting(s).filter(|pl| pl.end < q).map_or(s, |pl| pl.end);
        // (An agency's one-character heads, 科 and 局, end trade names too: 电科, 十八局.)
        let bodies = || self.rules.names.iter().any(|r| matches!(r.entity_type, EntityType::Platform | EntityType::Institution) && self.scan.ends_with(q, r.heads, self.rules));
        // (A place inside it, 投资|中国|(顺德), says the words are a clause's, not a name; two
        // countries, 中德|(宜昌)…产业园, name a park they build together, not a company.)
        let bilateral = || self.rules.lexicon.id("bilateral_prefix").is_some_and(|l| self.scan.is_word(own, q, l, self.rules));
        (q >= own + 2 && !(own..q).any(|p| self.scan.place_starting(p).is_some()) && self.proper_chars_with(own, q, None, None) >= 2 && !bodies() && !bilateral()).then_some((s, q))
    }

    /// Is the project `[s, e)` one of a run of projects, each ending with a word of `heads`
    /// and set apart by 、, by ; or by a line's end, each item perhaps numbered (观摩了A项目、
    /// B项目、C项目; 1、A项目;2、B项目)?
    fn in_run_of_projects(&self, s: usize, e: usize, heads: crate::rules::ListId) -> bool {
        const ITEM_REACH: usize = 25;
        let chars = &self.scan.chars;
        let separates = |c: char| matches!(c, '、' | ';' | '\n');
        // The item before ends at a separator, its own number perhaps after that.
        let opened = crate::extract::lists::item_number_before(chars, s);
        let before = opened > 0 && separates(chars[opened - 1]) && self.scan.ends_with(opened - 1, heads, self.rules);
        before || (chars.get(e).is_some_and(|&c| separates(c)) && {
            let next = crate::extract::lists::item_number_after(chars, e + 1);
            // (The next item names something before its head: a line opening 项目位于… is prose.)
            (next..(next + ITEM_REACH).min(chars.len())).take_while(|&q| !is_stop(chars[q])).any(|q| q >= next + 3 && self.scan.ends_with(q + 1, heads, self.rules))
        })
    }

    /// Is `[s, e)` a trade name and no more, its place perhaps opening it: two to four coined
    /// characters and a word companies end with (六合堂|制药, 上海|六合堂|制药; not a product's
    /// word, 风电 of 中核汇能|风电项目)?
    pub(crate) fn whole_trade_name(&self, s: usize, e: usize) -> bool {
        let Some(heads) = self.rules.lexicon.id("trade_name_suffix") else { return false };
        let Some((ws, _)) = self.scan.longest_ending(e, heads, self.rules) else { return false };
        let after_place = self.scan.place_starting(s).filter(|pl| !pl.as_level).map(|pl| pl.end);
        [Some(s), after_place].into_iter().flatten().any(|st| ws >= st + 2 && self.coined_name(st, ws, Some(heads)))
    }

    /// The company whose yearly output or capacity a project before `head` names (…有限公司|
    /// 年产20000万平光伏胶膜生产|项目, 瑞丰农化|2000吨/年…|项目): a company found by its legal form
    /// right before 年产 or the capacity's figure, or a coined trade name there in the same item
    /// (then the flag is set: the name is not found yet), with no stop between it and the head.
    fn yearly_output_owner(&self, head: usize, accepted: &AcceptedSet<'a>) -> Option<(usize, usize, bool)> {
        const OUTPUT_REACH: usize = 30;
        const NAME_REACH: usize = 8;
        let chars = &self.scan.chars;
        let from = head.saturating_sub(OUTPUT_REACH);
        // A coined trade name right before what it makes a year or its capacity (宏博生物|年产3万吨…
        // 项目, 瑞丰农化|2000吨/年…项目): the company's name, two to four coined characters and
        // the word trade names end with, from the item's start.
        let suffixes = self.rules.lexicon.id("trade_name_suffix");
        // (Nor what a name never opens with: 将以|年产….)
        let refused_opening = self.rules.lexicon.id("not_company_opening");
        let coined_before = |at: usize| {
            // The word trade names end with first: most figures follow no name at all.
            if !suffixes.is_some_and(|l| self.scan.ends_with(at, l, self.rules)) {
                // Without one, the name is a coined one of two to four characters that opens
                // its item, its place perhaps before it (、|瑞丰|年产…, 总投资2亿元的|鑫瑞钛白|20万吨…,
                // 横州市|潮力|年产…): ordinary words (新建, 企业) are no such name, though what
                // it makes may end it (钛白).
                // And the figure is of what it makes or handles (年产…, 年加工…, 20万吨, 3GW), not of money or a count.
                let mut d = at;
                while d < chars.len() && d < at + 8 && (chars[d].is_ascii_digit() || chars[d] == '.') {
                    d += 1;
                }
                let makes = yearly_output_at(chars, at) || (d > at && chars.get(d).is_some_and(|&c| matches!(c, '万' | '吨' | '套' | '台' | '件' | '辆' | '片' | 'G' | 'M' | '兆' | '千')) && chars.get(d + 1) != Some(&'元'));
                if !makes {
                    return None;
                }
                let start = (at.saturating_sub(4)..=at.saturating_sub(2)).find(|&s| {
                    chars[s..at].iter().all(|&c| is_han(c) && c != '的')
                        && self.coined_name(s, s + 2, None)
                        && !refused_opening.is_some_and(|l| self.scan.longest_starting(s, at, l, self.rules).is_some())
                        // (A verb inside is no name's: 同|步打造|年产….)
                        && !self.scan.holds_word(s, at, self.rules.core.boundary, self.rules)
                        && !(s..at).any(|q| self.scan.place_starting(q).is_some())
                        && (self.opens_item(s) || self.scan.places_within(s.saturating_sub(8), s).any(|pl| pl.end == s && !pl.as_level && self.opens_item(pl.start)))
                })?;
                // A place's short form run into the name (河南|承业|年产…) is the name's first
                // word, as in a registered name; one written with its level (横州市|潮力) says
                // where the company is.
                let short_place = self.scan.places_within(start.saturating_sub(8), start).find(|pl| pl.end == start && pl.short && !pl.as_level && !pl.with_own_level && !pl.straddled && self.opens_item(pl.start));
                return Some(short_place.map_or(start, |pl| pl.start));
            }
            self.left_edges(at, NAME_REACH, false, true, false, accepted)
                .into_iter()
                .map(|edge| edge.at)
                .filter(|&s| s + 4 <= at)
                // (Its place may open it, a coined name after it: 宜昌|青岚电子|年产….)
                .find(|&s| match self.scan.place_starting(s) {
                    None => self.whole_trade_name(s, at),
                    Some(pl) => !pl.as_level && pl.end + 4 <= at && self.whole_trade_name(pl.end, at),
                })
        };
        let mut q = head;
        // Past a 、 the words are another item's: only a registered name reaches over it.
        let mut in_item = true;
        while q > from + 1 {
            q -= 1;
            // (A rate's slash, 2000吨/年, is inside the capacity.)
            if is_stop(chars[q]) && !(chars[q] == '/' && q + 1 < chars.len() && matches!(chars[q + 1], '年' | '天' | '日' | 'd' | 'h')) {
                return None;
            }
            in_item &= chars[q] != '、';
            let output = yearly_output_at(chars, q - 1);
            // (A figure after 年产 is read at 年产.)
            let capacity = in_item && chars[q].is_ascii_digit() && (is_han(chars[q - 1]) || crate::extract::is_dash(chars[q - 1])) && !(q >= 2 && chars[q - 2] == '年' && chars[q - 1] == '产');
            if output || capacity {
                let at = if output { q - 1 } else { q };
                // A dash may set the project off from its company in a list of projects
                // (…有限公司—10万吨/年…项目, …有限公司--年产…项目): the company is the same.
                let dashes = (1..=2).take_while(|&k| at >= k && crate::extract::is_dash(chars[at - k])).count();
                let owner_end = at - dashes;
                let registered = accepted
                    .ending_at(owner_end)
                    .find(|&j| accepted.all[j].ty == EntityType::Enterprise && self.scan.ends_with(owner_end, self.rules.core.legal_form, self.rules))
                    .map(|j| (accepted.all[j].start, owner_end, false));
                let coined = || if in_item { coined_before(at).map(|s| (s, at, true)) } else { None };
                if output {
                    return registered.or_else(coined);
                }
                if let Some(found) = registered.or_else(coined) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The project before `head` that a company invests in (…有限公司投资的|智能机器人制造|项目,
    /// …公司投资33亿元建设的|…项目): where it starts after 的, and the company found already
    /// right before the verbs of investing (list `invested_before_de`) and the amounts among
    /// them.
    fn invested_project(&self, head: usize, verbs: crate::rules::ListId, accepted: &AcceptedSet<'a>) -> Option<(usize, usize, usize, bool)> {
        const INVESTED_REACH: usize = 24;
        const AMOUNT_REACH: usize = 12;
        let chars = &self.scan.chars;
        const QUOTED_REACH: usize = 80;
        let from = head.saturating_sub(INVESTED_REACH);
        // A title quoted whole before the head (申报的|“基于…的…技术及示范”|项目) may run
        // longer, and hold a 的 of its own: 的 is the one before its opening quote.
        let quoted_de = (head >= 3 && chars[head - 1] == '”')
            .then(|| (head.saturating_sub(QUOTED_REACH)..head - 1).rev().take_while(|&q| !is_stop(chars[q]) && chars[q] != '”').find(|&q| chars[q] == '“'))
            .flatten()
            .filter(|&open| open > 0 && chars[open - 1] == '的')
            .map(|open| open - 1);
        let de = match quoted_de {
            Some(de) => de,
            None => (from..head).rev().take_while(|&q| !is_stop(chars[q]) && chars[q] != '、').find(|&q| chars[q] == '的')?,
        };
        if head < de + 3 {
            return None;
        }
        let mut at = de;
        let mut verb_seen = false;
        for _ in 0..4 {
            if let Some((v, _)) = self.scan.longest_ending(at, verbs, self.rules) {
                at = v;
                verb_seen = true;
            } else if at > 0 && chars[at - 1] == '元' {
                let mut a = at - 1;
                while a > 0 && at - a < AMOUNT_REACH && (is_numeral(chars[a - 1]) || matches!(chars[a - 1], '.' | '亿' | '万' | '千' | '百' | '余' | '多')) {
                    a -= 1;
                }
                if a == at - 1 {
                    return None;
                }
                at = a;
            } else {
                break;
            }
        }
        // With no verb, 的 right after a registered company's name makes the project its own
        // all the same (X有限公司的|年产48万锭色纺纱|项目).
        let registered = at == de && self.scan.ends_with(at, self.rules.core.legal_form, self.rules);
        if !verb_seen && !registered {
            return None;
        }
        let found = accepted.ending_at(at).find(|&j| accepted.all[j].ty == EntityType::Enterprise).map(|j| (de + 1, accepted.all[j].start, at, false));
        // A coined trade name opening its item before a verb of investing (、|鸿达钢铁|投资70亿元的
        // |…项目) is the company, not found before (the flag says so): the verb says who it is.
        found.or_else(|| {
            // (An aspect after the verb before it is no part of it: 签约了|鸿达钢铁.)
            let opens = |s: usize| self.opens_item(s) || (s >= 2 && chars[s - 1] == '了' && self.opens_item(s - 1));
            let named = |s: usize| chars[s] != '了' && opens(s) && (self.whole_trade_name(s, at) || self.coined_name(s, at, None)) && !accepted.overlapping(s, at).any(|j| accepted.all[j].ty != EntityType::Place);
            verb_seen.then(|| (at.saturating_sub(6)..=at.saturating_sub(2)).find(|&s| named(s))).flatten().map(|s| (de + 1, s, at, true))
        })
    }

    /// A package of measures named by its topic and its number of articles: [“][topic]N条[”]
    /// [措施] (稳经济47条, “工业四十条”, “66条”措施; 措施 is part of the name only after a
    /// closing quote). An ordinal (第三条) or a count of what a
    /// document holds (本办法共12条) has no topic of its own, and a noun after 条 (5条生产线)
    /// makes it a count of things.
    fn counted_packages(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let heads = rule.heads.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        let is_count = |c: char| is_numeral(c) || matches!(c, '百' | '零');
        for h in self.scan.hits_in(heads) {
            let (h0, h1) = (h.start as usize, h.end as usize);
            let mut q = h0;
            while q > 0 && h0 - q < 4 && is_count(chars[q - 1]) {
                q -= 1;
            }
            // One article (走出了一条…) is the article of speech, no package.
            if q == h0 || q == 0 || chars[q - 1] == '第' || (h0 == q + 1 && matches!(chars[q], '一' | '1')) {
                continue;
            }
            let follows = |at: usize| rule.words.and_then(|l| self.scan.longest_starting(at, (at + 4).min(chars.len()), l, self.rules));
            // The topic: nothing but an opening quote (“66条”措施), or a short name before
            // the count, itself quoted whole or not (“科技新政50条”, 稳经济47条).
            let (start, quoted) = if chars[q - 1] == '“' {
                // Its topic may stand before the quote, in words of policy however ordinary
                // (降本增效“30条”, 稳经济“43条”): two to six characters from the text's edge.
                let topic = self.left_edge_of(rule, q - 1, accepted).filter(|_| !self.scan.boundary_before(q - 1)).filter(|&s| {
                    (2..=6).contains(&(q - 1 - s)) && chars[s..q - 1].iter().all(|&c| is_han(c)) && self.refused_words(rule, s, q - 1).is_none() && self.scan.place_starting(s).is_none_or(|p| p.end < q - 1)
                });
                (topic.unwrap_or(q - 1), true)
            } else {
                match self.short_name_before(rule, q, accepted) {
                    Some(Ok(s)) if s > 0 && chars[s - 1] == '“' => (s - 1, true),
                    Some(Ok(s)) => (s, false),
                    Some(Err((s, why))) => {
                        self.note(rule.entity_type, &rule.id, s, h1, || why);
                        continue;
                    }
                    None => continue,
                }
            };
            let mut end = h1;
            if quoted {
                if chars.get(end) != Some(&'”') {
                    continue;
                }
                end += 1;
                if let Some(e) = follows(end) {
                    end = e;
                }
            } else {
                let next = chars.get(end).copied().unwrap_or('。');
                let ends = !is_han(next) || matches!(next, '等' | '的') || self.rules.core.is_conjunction(next);
                // 政策12条: a count of the measures a generic word names, not a package's name.
                let generic_topic = rule.words.is_some_and(|l| self.scan.ends_with(q, l, self.rules));
                if (follows(end).is_none() && !ends) || generic_topic {
                    continue;
                }
            }
            // Inside a longer name found before (“工业四十条”科技政策) it is that name's part.
            if accepted.overlapping(start, end).any(|i| accepted.all[i].ty != EntityType::Place) {
                continue;
            }
            out.push(Cand::new(rule.entity_type, start, end, &rule.id, rule.priority));
        }
    }

    /// A category (a name of a type in `within`) and a word of `heads` right after it, where
    /// the phrase ends (a stop, 等, or a word of `words`: 工作, 申报; not a conjunction, which
    /// may share a head further on: 瞪羚企业培育和…“护航”计划): the scheme that grants the
    /// category (高新技术企业|认定, 瞪羚企业|培育), not one of its units.
    fn category_schemes(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let heads = rule.heads.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        for d in &accepted.all {
            // A category named without its round (第二批|创新型中小企业) is written whole in
            // the round's name; one composed from a list is not.
            let round_left_out = d.text.is_some() && super::names::first_batch(chars, d.start, d.end).is_some();
            if !rule.within.contains(&d.ty) || (d.text.is_some() && !round_left_out) {
                continue;
            }
            let Some(e) = self.scan.longest_starting(d.end, (d.end + 4).min(chars.len()), heads, self.rules) else { continue };
            let ends = e == chars.len() || is_stop(chars[e]) || chars[e] == '等' || rule.words.is_some_and(|l| self.scan.longest_starting(e, (e + 4).min(chars.len()), l, self.rules).is_some());
            if !ends || accepted.overlapping(d.start, e).any(|i| accepted.all[i].start < d.start || accepted.all[i].end > e) {
                continue;
            }
            // …认定|申报书, …认定|申报信息汇总表: the name of a form, not the scheme.
            if rule.not_containing.is_some_and(|l| self.scan.longest_starting(e, (e + 8).min(chars.len()), l, self.rules).is_some()) {
                continue;
            }
            // The round's year opens its name (2023年|市级众创空间认定).
            let year_len = |p: usize| -> usize {
                let tail = if p >= 2 && chars[p - 2..p] == ['年', '度'] { 2 } else if p >= 1 && chars[p - 1] == '年' { 1 } else { 0 };
                if tail > 0 && p >= tail + 4 && chars[p - tail - 4..p - tail].iter().all(|c| c.is_ascii_digit()) { tail + 4 } else { 0 }
            };
            let start = d.start - year_len(d.start);
            // 对A等16家单位予以|…孵化器备案: the act done to the items named before, not a scheme.
            if self.rules.lexicon.id("grant_to_items").is_some_and(|l| self.scan.ends_with(start, l, self.rules)) {
                continue;
            }
            // 在|省级众创空间|备案: where the subject is recorded, not a scheme.
            if start > 0 && chars[start - 1] == '在' && chars[e - 2..e] == ['备', '案'] {
                continue;
            }
            out.push(Cand::new(rule.entity_type, start, e, &rule.id, rule.priority));
        }
    }

    /// Is `[s, e)` a coined trade name: a short name no word of the rule's lists, the
    /// industry words or the words of what is built, is part of (鸿翔, 中鑫; not 永磁电机,
    /// 示范园)?
    fn plain_trade_name(&self, rule: &ContextRule, s: usize, e: usize) -> bool {
        let lists = [rule.item_heads, rule.words, Some(self.rules.core.generic), Some(self.rules.core.zone)];
        e - s >= 2
            && matches!(self.short_name_at(rule, s, e), Some(Ok(_)))
            && !self.scan.within(s, e).any(|h| lists.iter().flatten().any(|&l| self.rules.lexicon.in_list(h.pattern, l)))
    }

    /// 《…》: the title of a policy document, law or plan.
    fn titles(&self, rule: &'a ContextRule, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let back_references = self.rules.lexicon.id("back_reference_title");
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '《' {
                i += 1;
                continue;
            }
            let limit = (i + 1 + rule.max_chars).min(chars.len());
            let mut depth = 0;
            let mut close = None;
            for (j, &c) in chars.iter().enumerate().take(limit).skip(i + 1) {
                match c {
                    '《' => depth += 1,
                    '》' if depth == 0 => {
                        close = Some(j);
                        break;
                    }
                    '》' => depth -= 1,
                    '\n' => break,
                    _ => {}
                }
            }
            let Some(close) = close else {
                i += 1;
                continue;
            };
            let (s, e) = (i + 1, close);
            if e > s + 1 {
                // The title's last word, before a parenthesised note ((试行), (2021—2023年)).
                let last = super::before_bracketed_tail(chars, s, e);
                let ends_in = |name: &str| self.rules.lexicon.id(name).is_some_and(|l| self.scan.ends_with(last, l, self.rules));
                // A broadcaster or paper right before the title (央视《…》, 在科技日报《…》栏目)
                // names its programme or column.
                let by_outlet = self.rules.lexicon.id("media_outlet").is_some_and(|l| self.scan.ends_with(i, l, self.rules));
                // A kind of work right before it is what the title names (科普童话剧《…》).
                let kind_of_work = self.rules.lexicon.id("work_kind").is_some_and(|l| self.scan.ends_with(i, l, self.rules));
                // A journal, film or book named after it (《自然》杂志, 《…》警示教育片).
                let a_work = self.rules.lexicon.id("media_work").is_some_and(|l| self.scan.longest_starting(close + 1, (close + 6).min(chars.len()), l, self.rules).is_some());
                // An article's title: one a paper is said to carry (《…》在《…日报》头版刊登),
                // or one ending with a quoted catchword (…促产业集群“裂变”, …“最后一公里”), as
                // a headline does and a document's title does not.
                let carried = chars.get(close + 1..close + 3) == Some(&['在', '《']) && self.rules.lexicon.id("published_in").is_some_and(|l| {
                    let end = (close + 40).min(chars.len());
                    (close + 3..end).find(|&q| chars[q] == '》').is_some_and(|q| (q + 1..(q + 9).min(chars.len())).any(|p| self.scan.longest_starting(p, (p + 3).min(chars.len()), l, self.rules).is_some()))
                });
                let headline = chars[last - 1] == '”' && last == e;
                if carried || headline {
                    self.note(rule.entity_type, &rule.id, s, e, || "names an article: a paper carries it, or a quoted catchword ends it".into());
                    i = close + 1;
                    continue;
                }
                if ends_in("title_media") || by_outlet || kind_of_work || a_work {
                    self.note(rule.entity_type, &rule.id, s, e, || "names a newspaper, broadcast, website, journal, film, book or play".into());
                    i = close + 1;
                    continue;
                }
                // A title followed by 项目 or 课题 (《…关键技术研究》项目), or ending as
                // research and works do (…工艺集成与应用, 梧桐众创空间建设), is a project's.
                let project = matches!(chars.get(close + 1..close + 3), Some(['项', '目']) | Some(['课', '题'])) || ends_in("project_title_ending");
                let ty = if rule.entity_type == EntityType::Program && project { EntityType::Project } else { rule.entity_type };
                // A bare document word (《通知》, 《申报指南》) refers back to a title named in
                // full before: no document of its own.
                let back_reference = back_references.is_some_and(|l| self.scan.is_word(s, e, l, self.rules));
                match self.refused_words(rule, s, e) {
                    Some(why) => self.note(rule.entity_type, &rule.id, s, e, || why),
                    None if back_reference => self.note(rule.entity_type, &rule.id, s, e, || "a bare document word refers back to a title named before".into()),
                    None => {
                        out.push(Cand::new(ty, s, e, &rule.id, rule.priority));
                        self.forwarded(rule, s, e, out);
                    }
                }
            }
            i = close + 1;
        }
    }

    /// [issuer]关于…的 + head (通知, 意见, 办法): an untitled policy document or notice.
    /// A line that is a document's own title (宜昌市推进…建设实施方案(2024-2026年), 湖北省
    /// 建设…行动方案): the whole line, which opens with a place and ends with a word of
    /// `heads`, perhaps before a bracket of its years or (试行). A title is written
    /// as one phrase: a line with a sentence's punctuation, a list's marker or a table's
    /// cells is none, and one holding 关于 or a cited title is read by the rules for those.
    /// The verbs inside (推进, 打造) are the title's own words, not the text before a name.
    fn title_lines(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        /// Fewest characters before the head: a place and a head alone (明州市实施方案) is no title.
        const MIN_BEFORE_HEAD: usize = 6;
        /// Longest bracket after the head: (2024-2026年), (试行).
        const MAX_BRACKET: usize = 14;
        let chars = &self.scan.chars;
        let heads = rule.heads.expect("checked when rules were compiled");
        for line in &self.structure.lines {
            if line.body != line.start || line.cells.len() >= 2 {
                continue;
            }
            let (mut start, mut end) = (line.start, line.end);
            while start < end && chars[start].is_whitespace() {
                start += 1;
            }
            while end > start && chars[end - 1].is_whitespace() {
                end -= 1;
            }
            if end - start > rule.max_chars || end - start < MIN_BEFORE_HEAD + 2 {
                continue;
            }
            let text = &chars[start..end];
            if text.iter().any(|&c| matches!(c, ',' | '，' | '。' | ';' | '；' | ':' | '：' | '!' | '?' | '、' | '《' | '》' | ' ')) || text.windows(2).any(|w| w == ['关', '于']) {
                continue;
            }
            let head_end = if chars[end - 1] == ')' {
                match (start..end - 1).rev().take(MAX_BRACKET).find(|&i| chars[i] == '(') {
                    Some(open) => open,
                    None => continue,
                }
            } else {
                end
            };
            let Some((hs, _)) = self.scan.longest_ending(head_end, heads, self.rules) else { continue };
            // (…的通知 ends a title that 关于 opens, on a line before: this line is its tail.)
            if hs < start + MIN_BEFORE_HEAD || chars[hs - 1] == '的' {
                continue;
            }
            // A date on the line (…2022年6月7日…) makes it a signature or a dateline run
            // into the title, no title alone.
            if (start + 1..end).any(|i| chars[i] == '月' && chars[i - 1].is_ascii_digit()) {
                continue;
            }
            // The line opens with the place the document is for (宜昌市|推进…), or with the
            // year of the round a notice is of (2024年|拟认定…公示); a body opening it
            // (…科技局|积极实施…计划) makes it a news headline, a sentence.
            let year_end = (chars[start..start + 4].iter().all(|c| c.is_ascii_digit()) && chars[start + 4] == '年').then(|| if chars[start + 5] == '度' { start + 6 } else { start + 5 });
            let opening_end = match (self.scan.place_starting(start).filter(|pl| !pl.as_level), year_end) {
                (Some(place), _) => place.end,
                (None, Some(e)) => e,
                (None, None) => continue,
            };
            if accepted.starting_at(start).any(|i| accepted.all[i].ty != EntityType::Place && accepted.all[i].end > opening_end) {
                continue;
            }
            match self.refused_words(rule, start, end) {
                Some(why) => self.note(rule.entity_type, &rule.id, start, end, || why),
                None => out.push(Cand::new(rule.entity_type, start, end, &rule.id, rule.priority)),
            }
        }
    }

    fn about(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let heads = rule.heads.expect("checked when rules were compiled");
        for k in 0..chars.len().saturating_sub(1) {
            if chars[k] != '关' || chars[k + 1] != '于' {
                continue;
            }
            let limit = (k + rule.max_chars).min(chars.len());
            let mut end = None;
            let mut j = k + 2;
            while j < limit {
                let c = chars[j];
                if matches!(c, '。' | ';' | '\n' | '《' | '》' | '!' | '?') || self.structure.separator[j] {
                    break;
                }
                if c == '的' {
                    if let Some(e) = self.scan.longest_starting(j + 1, limit, heads, self.rules) {
                        end = Some(e);
                        break;
                    }
                }
                j += 1;
            }
            let Some(mut end) = end else { continue };
            // A head the next one completes (若干政策|意见, 实施方案|细则) ends the title with that
            // one: the title is the longer.
            while let Some(e) = self.scan.longest_starting(end, limit, heads, self.rules) {
                end = e;
            }
            // (试行), (暂行) after the head; not an editor's note on the copy ((本文有删减),
            // (节选), (摘要)), which is no part of the title.
            if chars.get(end) == Some(&'(') {
                if let Some(c) = (end + 1..(end + 8).min(chars.len())).find(|&i| chars[i] == ')') {
                    let note = &chars[end + 1..c];
                    let editorial = note.iter().any(|&ch| matches!(ch, '删' | '摘')) || note.windows(2).any(|w| w == ['节', '选'] || w == ['全', '文'] || w == ['转', '载']);
                    if !editorial {
                        end = c + 1;
                    }
                }
            }
            // The issuers named right before 关于 open the title: one, or several joined by
            // spaces or 、 (明州市财政局 国家税务总局明州市税务局关于…).
            let issuer_ending = |p: usize| accepted.ending_at(p).filter(|&i| accepted.all[i].ty == EntityType::Agency).map(|i| accepted.all[i].start).min();
            let mut start = k;
            while let Some(s) = issuer_ending(start) {
                start = s;
                let mut before = s;
                while before > 0 && matches!(chars[before - 1], ' ' | '、') {
                    before -= 1;
                }
                // Another issuer before the separators (or right before this one) goes on.
                if before < s && issuer_ending(before).is_some() {
                    start = before;
                }
            }
            // A title in 《》 ends at its mark (《关于…的若干政策|举措》): a head a few more words
            // of the title follow ends none. A notice issuing it (…若干政策措施|的通知》,
            // …实施意见|及责任分工的通知》) leaves the inner title whole.
            let title_goes_on = start > 0 && chars[start - 1] == '《' && (end + 1..(end + 6).min(chars.len())).find(|&i| chars[i] == '》').is_some_and(|close| !chars[end..close].iter().any(|c| matches!(c, '的' | '及' | '和' | '与' | '(' | '<' | '>' | '〈' | '〉')));
            if title_goes_on {
                self.note(rule.entity_type, &rule.id, start, end, || "a head inside a title in 《》, which ends later".into());
                continue;
            }
            match self.refused_words(rule, start, end) {
                Some(why) => self.note(rule.entity_type, &rule.id, start, end, || why),
                None => {
                    out.push(Cand::new(rule.entity_type, start, end, &rule.id, rule.priority));
                    self.forwarded(rule, start, end, out);
                }
            }
        }
    }

    /// The document a notice issues or forwards (关于印发〈Y〉的通知): Y, a name of its own.
    fn forwarded(&self, rule: &'a ContextRule, s: usize, e: usize, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let Some(k) = (s..e.saturating_sub(1)).find(|&k| chars[k] == '关' && chars[k + 1] == '于') else { return };
        let Some(verb_end) = self.rules.resolve.forwarding.iter().find_map(|v| {
            let vc: Vec<char> = v.chars().collect();
            (chars.get(k + 2..k + 2 + vc.len()) == Some(vc.as_slice())).then_some(k + 2 + vc.len())
        }) else {
            return;
        };
        let mut ys = verb_end;
        while ys < e && matches!(chars[ys], '〈' | '<' | '《') {
            ys += 1;
        }
        // Up to the 的 before the notice's head.
        let Some(de) = (ys..e).rev().find(|&i| chars[i] == '的') else { return };
        let mut ye = de;
        while ye > ys && matches!(chars[ye - 1], '〉' | '>' | '》') {
            ye -= 1;
        }
        // What the whole title may not hold, Y may not either (关于印发…2023年工作总结和2024年工作
        // 计划的通知: a report, no program).
        if ye >= ys + 4 {
            match self.refused_words(rule, ys, ye) {
                Some(why) => self.note(rule.entity_type, &rule.id, ys, ye, || why),
                None => out.push(Cand::new(rule.entity_type, ys, ye, &rule.id, rule.priority - 1)),
            }
        }
    }

    /// A levelled phrase right after words of `after`, up to the clause's end
    /// (获|省级企业研发机构绩效考评优秀。): the category granted.
    fn after_phrases(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let after = rule.after.expect("checked when rules were compiled");
        let chars = &self.scan.chars;
        for h in self.scan.hits_in_by_end(after) {
            let s = h.end as usize;
            let level = self.scan.longest_starting(s, (s + 6).min(chars.len()), self.rules.core.level, self.rules).is_some() || self.scan.place_starting(s).is_some_and(|p| p.as_level || !p.short);
            if !level {
                continue;
            }
            let limit = (s + rule.max_chars + 1).min(chars.len());
            // With `heads`, the phrase is a list a body keeps (入选|省级重点外资项目): it ends with
            // a head, at the clause's end or before a count of what it holds (列入|市重大产业项目|3个).
            let counted = |i: usize| rule.heads.is_some() && is_numeral(chars[i]);
            let Some(clause_end) = (s..limit).find(|&i| is_stop(chars[i]) || self.structure.separator[i] || chars[i] == '(' || counted(i)) else { continue };
            if !counted(clause_end) && !matches!(chars.get(clause_end), Some(',' | '。' | ';' | '\n' | '!')) && clause_end < chars.len() {
                continue;
            }
            if rule.heads.is_some_and(|l| !self.scan.ends_with(clause_end, l, self.rules)) {
                continue;
            }
            // 获…称号: the word that says it is a title is not part of the title.
            let e = match rule.words.and_then(|w| self.scan.longest_ending(clause_end, w, self.rules)) {
                Some((word_start, _)) if word_start > s => word_start,
                _ => clause_end,
            };
            // …and 等 before it closes the titles granted (获A等荣誉称号), no part of one.
            let e = if e > s + 1 && self.scan.chars[e - 1] == '等' { e - 1 } else { e };
            if e - s < 4 {
                continue;
            }
            if chars[s..e].iter().any(|c| c.is_ascii_digit() || *c == '“') {
                continue;
            }
            // Something already named there (a program, a platform) is what was granted; so is
            // a category named before 的 (认定为|省级孵化器|的单位: the units are described).
            if accepted.overlapping(s, e).any(|i| accepted.all[i].start == s && (accepted.all[i].end == e || (accepted.all[i].end < e && chars[accepted.all[i].end] == '的'))) {
                continue;
            }
            if let Some(why) = self.refused_words(rule, s, e) {
                self.note(rule.entity_type, &rule.id, s, e, || why);
                continue;
            }
            let mut c = Cand::new(rule.entity_type, s, e, &rule.id, rule.priority);
            if let Some((b0, b1)) = super::names::batch_within(chars, s, e) {
                c.text = Some(format!("{}{}", self.doc.slice(s, b0), self.doc.slice(b1, e)));
            }
            out.push(c);
        }
    }
    /// Is the text `[s, e)` as short as a person's name, and does it stand anywhere in the
    /// document right after a title (`titles`, or a post an official holds, list
    /// `person_post`), as a person's name does (总经理周效、…; 董事长赵叶青表示)?
    fn named_after_title(&self, s: usize, e: usize, titles: crate::rules::ListId) -> bool {
        const PERSON_NAME_MAX: usize = 3;
        if e - s > PERSON_NAME_MAX {
            return false;
        }
        let chars = &self.scan.chars;
        let name = &chars[s..e];
        let posts = self.rules.lexicon.id("person_post");
        let follows = |at: usize| chars[at..].starts_with(name);
        self.scan.hits_in(titles).any(|h| follows(h.end as usize)) || posts.is_some_and(|l| self.scan.hits_in(l).any(|h| follows(h.end as usize)))
    }


    /// A short name right before words of `after` (七一电器 | 成功被认定为…).
    fn subjects(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let after = rule.after.expect("checked when rules were compiled");
        let mut last = usize::MAX;
        let adverbs = self.rules.lexicon.id("subject_adverb");
        let modified_nouns = self.rules.lexicon.id("verb_modified_noun");
        for h in self.scan.hits_in(after) {
            // A verb that ends a longer one (分|获) is read with it: the name is before 分获.
            if self.scan.longest_ending(h.end as usize, after, self.rules).is_some_and(|(ls, _)| ls < h.start as usize) {
                continue;
            }
            // An adverb between the name and its verb (双通塑料|已|被认定为) is neither's.
            let a0 = adverbs.and_then(|l| self.scan.longest_ending(h.start as usize, l, self.rules)).map_or(h.start as usize, |(s, _)| s);
            // So is a time phrase (七一电器|2022年以来|先后获评).
            let a0 = crate::extract::lists::time_phrase_before(&self.scan.chars, a0).unwrap_or(a0);
            if a0 == last {
                continue;
            }
            last = a0;
            if accepted.ending_at(a0).next().is_some() {
                continue;
            }
            // A verb that modifies the noun after it (入驻|企业22家, 签约|项目) has no subject:
            // what stands before it is no company doing it. (The noun follows the longest verb
            // written there: 获|得者 is 获得|者.)
            let he = self.scan.longest_starting(h.start as usize, (h.start as usize + 8).min(self.scan.chars.len()), after, self.rules).unwrap_or(h.end as usize);
            if modified_nouns.is_some_and(|l| self.scan.longest_starting(he, (he + 3).min(self.scan.chars.len()), l, self.rules).is_some()) {
                continue;
            }
            // Two trade names joined by 和/与 (宏远电器和华丰电机入围): both are subjects.
            if let Some((first, second)) = self.conjoined_before(rule, a0, accepted) {
                out.push(Cand::new(rule.entity_type, first.0, first.1, &rule.id, rule.priority));
                out.push(Cand::new(rule.entity_type, second, a0, &rule.id, rule.priority));
                continue;
            }
            let s = match self.short_name_before(rule, a0, accepted) {
                None => continue,
                Some(Err((s, why))) => {
                    self.note(rule.entity_type, &rule.id, s, a0, || why);
                    continue;
                }
                Some(Ok(s)) => s,
            };
            // A name the document writes right after an officer's or official's title
            // (总经理周效, 董事长赵叶青) is that person's, before a title as after one.
            // So is one between a company's registered name and the officer's title (山西正大
            // 有限公司|武凤岐|副总经理): the company is named; the name is its officer's.
            let after_registered = accepted.ending_at(s).any(|i| accepted.all[i].ty == EntityType::Enterprise && self.scan.ends_with(s, self.rules.core.legal_form, self.rules));
            if rule.coined && (self.named_after_title(s, a0, after) || (after_registered && a0 - s <= 3)) {
                self.note(rule.entity_type, &rule.id, s, a0, || format!("'{}' is a person's name: written after a title, or between a company and its officer's title", self.doc.slice(s, a0)));
                continue;
            }
            let mut name_end = a0;
            if let Some(list) = rule.item_heads {
                // The trade word must follow a name (宏翔|新能源), not stand alone (集团), nor
                // follow another trade word (生物|医药产值…: an industry, not a company).
                let traded_at = |s: usize, e: usize| self.scan.longest_ending(e, list, self.rules).is_some_and(|(hs, _)| hs > s && self.proper_chars_with(s, hs, None, Some(self.rules.core.industry)) >= rule.min_proper);
                // The last of several names coordinated before the verb need not end like a
                // trade name where the one before it does (晶科能源、|金瑞投资|入选): the list is
                // of companies.
                let listed_with_trade = || {
                    s > 1 && self.scan.chars[s - 1] == '、' && {
                        let before = accepted.ending_at(s - 1).any(|i| accepted.all[i].ty == rule.entity_type);
                        before || matches!(self.short_name_before(rule, s - 1, accepted), Some(Ok(s2)) if traded_at(s2, s - 1))
                    }
                };
                let traded = traded_at(s, a0) || (rule.coined && self.coined_name(s, a0, None));
                if !traded && !listed_with_trade() {
                    self.note(rule.entity_type, &rule.id, s, a0, || format!("'{}' does not end like a trade name", self.doc.slice(s, a0)));
                    continue;
                }
                // The last item of such a list that ends like a trade name before a frequent
                // word (鸿翔药业|签订|入驻…) ends there: the word is the sentence's verb.
                let verb_at = if traded { None } else { (s + 2..a0 - 1).rev().find(|&e| traded_at(s, e) && self.rules.frequent.contains(&self.scan.chars[e..a0])) };
                name_end = verb_at.unwrap_or(a0);
            }
            out.push(Cand::new(rule.entity_type, s, name_end, &rule.id, rule.priority));
            // Names coordinated before it (A、B、C入选) share the verb: each short name with
            // enough distinguishing characters is one too, whatever it ends with.
            // A company or project already named in the list (…、鸿翔港务二期、…) is an item
            // too: the list goes on before it.
            let mut e = s;
            while e > 1 && self.scan.chars[e - 1] == '、' {
                if let Some(i) = accepted.ending_at(e - 1).find(|&i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Project)) {
                    e = accepted.all[i].start;
                    continue;
                }
                if accepted.ending_at(e - 1).next().is_some() {
                    break;
                }
                match self.short_name_before(rule, e - 1, accepted) {
                    Some(Ok(s2)) => {
                        out.push(Cand::new(rule.entity_type, s2, e - 1, &rule.id, rule.priority));
                        e = s2;
                    }
                    // An item that its words make another thing (X二期: a project) is
                    // still an item of the list.
                    Some(Err((s2, _))) if rule.not_containing.is_some_and(|l| self.scan.holds_word(s2, e - 1, l, self.rules)) => e = s2,
                    _ => break,
                }
            }
        }
    }

    /// Two short names joined by a conjunction right before `end`, each ending like a trade
    /// name of `item_heads` (so that a conjunction inside one name, 中和电气, joins nothing):
    /// the first's span and the second's start.
    fn conjoined_before(&self, rule: &ContextRule, end: usize, accepted: &AcceptedSet<'a>) -> Option<((usize, usize), usize)> {
        let heads = rule.item_heads?;
        let chars = &self.scan.chars;
        let core = self.rules.core;
        let from = end.saturating_sub(rule.max_chars + 1);
        let c = (from..end.saturating_sub(2)).rev().find(|&i| core.is_conjunction(chars[i]) && !self.scan.is_protected(i))?;
        if c < 2 || !self.scan.ends_with(c, heads, self.rules) || !self.scan.ends_with(end, heads, self.rules) {
            return None;
        }
        if !matches!(self.short_name_at(rule, c + 1, end), Some(Ok(_))) || accepted.ending_at(c).next().is_some() {
            return None;
        }
        let Some(Ok(s1)) = self.short_name_before(rule, c, accepted) else { return None };
        Some(((s1, c), c + 1))
    }

    /// The nearest left edge before `end`, within the rule's reach.
    fn left_edge_of(&self, rule: &ContextRule, end: usize, accepted: &AcceptedSet<'a>) -> Option<usize> {
        self.left_edges(end, rule.max_chars + 1, false, true, false, accepted).into_iter().map(|edge| edge.at).find(|&at| at < end)
    }

    /// The start of a short name ending at `end`: None where there is no such span (no edge,
    /// too long or short, a stop, digit, mask or quote inside), the span and why not where its
    /// words refuse it or it is generic.
    fn short_name_before(&self, rule: &ContextRule, end: usize, accepted: &AcceptedSet<'a>) -> Option<Result<usize, (usize, String)>> {
        let s = self.left_edge_of(rule, end, accepted)?;
        // A name that opens before the window and ends inside it (省级专精特新企业|宏达电机
        // 实现产值) bounds the short name after it.
        let s = (s + 1..end).rev().find(|&q| accepted.ending_at(q).any(|i| accepted.all[i].ty != EntityType::Place && accepted.all[i].start < s)).unwrap_or(s);
        self.short_name_at(rule, s, end)
    }

    /// The checks of `short_name_before` on the span `[s, end)`.
    fn short_name_at(&self, rule: &ContextRule, s: usize, end: usize) -> Option<Result<usize, (usize, String)>> {
        if end - s > rule.max_chars || end - s < 2 || self.scan.chars[s..end].iter().any(|&c| is_stop(c) || c.is_ascii_digit() || is_mask(c) || c == '“' || c == '”') {
            return None;
        }
        if let Some(why) = self.refused_words(rule, s, end) {
            return Some(Err((s, why)));
        }
        if self.proper_chars(s, end, None) < rule.min_proper {
            return Some(Err((s, self.why(|| format!("'{}' is generic", self.doc.slice(s, end))))));
        }
        Some(Ok(s))
    }

    /// A name found once (a legal name, a list item, a quoted title) names the same thing
    /// wherever its text recurs in the document, outside the names found: each recurrence
    /// of at least `min_proper` characters, whole, is a mention of that type.
    fn recurrences(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let shortest = rule.min_proper.max(2);
        // Names by their first two characters (every one has two or more), longest first; a
        // text found as two types is ambiguous and not repeated. Two characters, not one: a
        // long document's names share their first (江, 苏) by the hundred, and each was
        // tried wherever its first character stood.
        let mut by_first: FxHashMap<(char, char), Vec<(&[char], EntityType)>> = FxHashMap::default();
        let mut ambiguous: Vec<&[char]> = Vec::new();
        for a in &accepted.all {
            if !rule.within.contains(&a.ty) || a.text.is_some() || a.end - a.start < shortest {
                continue;
            }
            let name = &chars[a.start..a.end];
            let known = by_first.entry((name[0], name[1])).or_default();
            match known.iter().find(|(n, _)| *n == name) {
                Some((_, ty)) if *ty != a.ty => ambiguous.push(name),
                Some(_) => {}
                None => known.push((name, a.ty)),
            }
        }
        // A registered company's name without its place and legal form (江苏|宏达锚链|股份
        // 有限公司) is what later sentences call it: its own recurrences are the company's.
        // It must distinguish without its trade words (农业科技 does not) and be no ordinary
        // word.
        if rule.within.contains(&EntityType::Enterprise) {
            let legal = self.rules.core.legal_form;
            for a in &accepted.all {
                if a.ty != EntityType::Enterprise || a.text.is_some() {
                    continue;
                }
                let Some((core_end, _)) = self.scan.longest_ending(a.end, legal, self.rules) else { continue };
                let mut core_start = a.start;
                while let Some(p) = self.scan.place_starting(core_start).filter(|p| p.end < core_end) {
                    core_start = p.end;
                }
                let core = &chars[core_start..core_end];
                if core.len() < 3 || core.len() > 8 || self.proper_chars_with(core_start, core_end, None, Some(self.rules.core.industry)) < 2 || self.rules.common.contains(core) {
                    continue;
                }
                let known = by_first.entry((core[0], core[1])).or_default();
                match known.iter().find(|(n, _)| *n == core) {
                    Some((_, ty)) if *ty != EntityType::Enterprise => ambiguous.push(core),
                    Some(_) => {}
                    None => known.push((core, EntityType::Enterprise)),
                }
            }
        }
        for known in by_first.values_mut() {
            known.retain(|(n, _)| !ambiguous.contains(n));
            known.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        }
        let mut k = 0;
        while k + 1 < chars.len() {
            let Some(known) = by_first.get(&(chars[k], chars[k + 1])) else {
                k += 1;
                continue;
            };
            let found = known.iter().find(|(n, _)| chars[k..].starts_with(n));
            match found {
                Some((n, ty)) if accepted.overlapping(k, k + n.len()).next().is_none() => {
                    out.push(Cand::new(*ty, k, k + n.len(), &rule.id, rule.priority));
                    k += n.len();
                }
                _ => k += 1,
            }
        }
    }

    /// “X” right after a word of `after` (荣获“X”) or right before a word of `words`
    /// (“X”称号): the name is the quoted phrase, marks included, as a quoted name's is.
    fn quoted(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        /// How many quoted titles one run (“A”“B”、“C”等称号) may hold.
        const RUN: usize = 8;
        let chars = &self.scan.chars;
        // The quoted title opening at `open`: its closing quote.
        let title_at = |open: usize| {
            let limit = (open + 2 + rule.max_chars).min(chars.len());
            (open + 1..limit).find(|&j| chars[j] == '”' || chars[j] == '“' || is_stop(chars[j])).filter(|&close| chars[close] == '”' && close >= open + 3)
        };
        let mut i = 0;
        let mut run: Vec<(usize, usize)> = Vec::with_capacity(RUN);
        while i < chars.len() {
            if chars[i] != '“' {
                i += 1;
                continue;
            }
            let Some(close) = title_at(i) else {
                i += 1;
                continue;
            };
            // Titles written one after another, perhaps parted by 、, share what follows the
            // last (拥有“A”“B”、“C”等称号) and the verb before the first.
            run.clear();
            run.push((i, close));
            let mut next = close + 1;
            while run.len() < RUN {
                let open = if chars.get(next) == Some(&'、') { next + 1 } else { next };
                match (chars.get(open) == Some(&'“')).then(|| title_at(open)).flatten() {
                    Some(c) => {
                        run.push((open, c));
                        next = c + 1;
                    }
                    None => break,
                }
            }
            // (A count may follow 等: “A”“B”等3个|项目.)
            let tail = if chars.get(next) == Some(&'等') { crate::extract::lists::count_value(chars, next + 1).filter(|&(_, e)| chars.get(e).is_some_and(|&c| crate::extract::lists::is_classifier(c))).map_or(next + 1, |(_, e)| e + 1) } else { next };
            // A platform's quoted name follows the category it holds (国家级众创空间|“青岚科创
            // 空间”): the category found, and no head after the quote that would make the
            // quoted words part of a longer name (众创空间“双创”|示范基地).
            let category = if rule.entity_type == EntityType::Platform {
                let longer = chars.get(next).is_some_and(|&c| is_han(c)) && self.rules.names.iter().any(|r| self.scan.longest_starting(next, (next + 8).min(chars.len()), r.heads, self.rules).is_some());
                if run.len() > 1 || longer {
                    None
                } else {
                    let kind_before = rule.after.is_some_and(|l| self.scan.ends_with(i, l, self.rules));
                    accepted.ending_at(i).filter(|_| kind_before).find(|&j| accepted.all[j].ty == EntityType::Designation)
                }
            } else {
                None
            };
            let after_verb = rule.entity_type != EntityType::Platform && rule.after.is_some_and(|l| self.scan.ends_with(i, l, self.rules));
            let before_word = rule.words.is_some_and(|l| self.scan.longest_starting(tail, (tail + 7).min(chars.len()), l, self.rules).is_some());
            // (A word before the first quote may leave the run to another rule: X有限公司申报的|
            // “…”项目 is read with its owner.)
            let left = rule.not_after.is_some_and(|l| self.scan.ends_with(i, l, self.rules));
            if (after_verb || before_word || category.is_some()) && !left {
                // A rule with `heads` wants titles that hold one of them; in a run of titles
                // one that does vouches for the others.
                let titled = |open: usize, close: usize, worded: bool| rule.heads.is_none_or(|l| self.reads_as_title(open + 1, close, worded.then_some(l)));
                let vouched = run.len() > 1 && run.iter().any(|&(open, close)| titled(open, close, true));
                // A project's title after a company's verb of doing it (X有限公司|完成的|“…”) is
                // that company's project.
                let doer = || {
                    let (vs, _) = rule.after.and_then(|l| self.scan.longest_ending(i, l, self.rules))?;
                    accepted.ending_at(vs).find(|&j| accepted.all[j].ty == EntityType::Enterprise)
                };
                let owner = if after_verb && rule.entity_type == EntityType::Project { doer() } else { None };
                for &(open, close) in &run {
                    if self.refused_words(rule, open + 1, close).is_none() && titled(open, close, !vouched) {
                        let mut c = Cand::new(rule.entity_type, open, close + 1, &rule.id, rule.priority);
                        c.owner = owner;
                        c.recognized = category.map(|j| (accepted.all[j].start, accepted.all[j].end));
                        out.push(c);
                    }
                }
            }
            i = next;
        }
    }

    /// The words opening a name of a `within` type, right before a place name inside it: a
    /// project named owner first, then where it is built (华兴泰州储能二期项目: 华兴).
    fn before_places(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        // A short form is a place here only when the document names it in full or names the
        // division above it: 长安 in 时代长安 is no district of a document that names none.
        let g = &self.rules.gazetteer;
        let evidence = crate::extract::PlaceEvidence::of(&self.scan.places, false);
        let confirmed = |pl: &crate::extract::PlaceHit| evidence.confirms(g, pl);
        for a in &accepted.all {
            if !rule.within.contains(&a.ty) || a.owner.is_some() || a.text.is_some() {
                continue;
            }
            let s = a.start;
            // Already opened by a name (an enterprise's legal name, a place, an agency).
            if accepted.starting_at(s).any(|j| accepted.all[j].end < a.end) || self.scan.place_starting(s).is_some() {
                continue;
            }
            let Some(p) = (s + 2..=(s + rule.max_chars).min(a.end.saturating_sub(2))).find(|&p| self.scan.place_starting(p).is_some_and(|pl| !pl.as_level && confirmed(pl)))
            else {
                continue;
            };
            let text = || self.doc.slice(s, p).to_string();
            if chars[s..p].iter().any(|&c| is_stop(c) || c.is_ascii_digit() || is_mask(c) || c == '“' || c == '”' || c == '(' || c == ')') {
                continue;
            }
            // A kind of owner known by how its short name ends (浙大: a university's).
            if rule.item_heads.is_some_and(|l| !self.scan.ends_with(p, l, self.rules)) {
                self.note(rule.entity_type, &rule.id, s, p, || format!("'{}' does not end as the rule's owners do", text()));
                continue;
            }
            if let Some(why) = self.refused_words(rule, s, p) {
                self.note(rule.entity_type, &rule.id, s, p, || why);
                continue;
            }
            if self.proper_chars(s, p, None) < rule.min_proper {
                self.note(rule.entity_type, &rule.id, s, p, || format!("'{}' is generic", text()));
                continue;
            }
            out.push(Cand::new(rule.entity_type, s, p, &rule.id, rule.priority));
        }
    }

    /// A trade name opening a name of a `within` type right before a word of `heads`
    /// (宏达电子|企业技术中心, 宜昌青岚医疗|研发中心): the company whose platform it is (settled
    /// case 7). It ends with a trade word (`item_heads`) after a name of its own, and is no
    /// trade alone (新材料|技术中心 is a field's).
    fn before_heads(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let (Some(heads), Some(trades)) = (rule.heads, rule.item_heads) else { return };
        let chars = &self.scan.chars;
        // A company the document names elsewhere that opens the name owns it already (时代星云
        // … 时代星云|智慧储能产业园): the relation rules link the two.
        let companies: std::collections::BTreeSet<&[char]> = accepted.all.iter().filter(|c| c.ty == EntityType::Enterprise && c.text.is_none()).map(|c| &chars[c.start..c.end]).collect();
        let hosts = self.rules.lexicon.id("possessive_host");
        let suffixes = self.rules.lexicon.id("trade_name_suffix");
        for a in &accepted.all {
            if !rule.within.contains(&a.ty) || a.owner.is_some() || a.text.is_some() {
                continue;
            }
            if (a.start + 2..a.end.min(a.start + 13)).any(|e| companies.contains(&chars[a.start..e])) {
                continue;
            }
            // Already opened by another name (a company's legal name, an institution).
            if accepted.starting_at(a.start).any(|j| accepted.all[j].end < a.end && accepted.all[j].ty != EntityType::Place) {
                continue;
            }
            // Its owner named right before it (宏瑞化工有限公司承担的|青岚材料工程研究中心): the
            // words opening its name are a field, not another company.
            let hosted = hosts.and_then(|l| self.scan.longest_ending(a.start, l, self.rules)).is_some_and(|(ws, _)| accepted.ending_at(ws).any(|j| matches!(accepted.all[j].ty, EntityType::Enterprise | EntityType::Institution)));
            if hosted {
                continue;
            }
            let close = if chars[a.end - 1] == '”' { a.end - 1 } else { a.end };
            let Some((hs, _)) = self.scan.longest_ending(close, heads, self.rules) else { continue };
            // The platform's rank may stand between the company and the head (鸿翔精工|省级|
            // 工程技术研究中心): the company's name ends before it.
            let hs = self.scan.longest_ending(hs, self.rules.core.level, self.rules).map_or(hs, |(ls, _)| ls);
            // The name proper starts after the quote and the places opening it (“玉林|银轮…).
            let open = if chars[a.start] == '“' { a.start + 1 } else { a.start };
            // A company's name and the place of its branch in brackets (鸿翔(宜昌)|智能制造|
            // 产业园): the name before the bracket is the company's, whatever field follows.
            if chars[open..hs].contains(&'(') {
                // (A field's words alone, 生物医药|(宜昌)|产业园, name no company.)
                if let Some((s, q)) = self.owner_before_bracketed_place(open, hs, 0).filter(|&(s, q)| s == open && self.proper_chars_with(s, q, None, Some(trades)) >= rule.min_proper) {
                    if self.refused_words(rule, s, q).is_none() {
                        out.push(Cand::new(rule.entity_type, s, q, &rule.id, rule.priority));
                    }
                }
                continue;
            }
            // …and without brackets (鸿翔|宜昌|产业园, 上海电气|南通|中央研究院): a coined name, a
            // rare word, or a place and a company's word, then a place that is not where the
            // name opens. (Not two countries, 中德|宜昌|…: their park.)
            let bilateral = self.rules.lexicon.id("bilateral_prefix");
            let branch_place = (open + 2..=(open + 4).min(hs.saturating_sub(2))).find_map(|q| self.scan.place_starting(q).filter(|p| p.end <= hs && !p.as_level && !p.straddled && !p.landform));
            if let Some(q) = branch_place.map(|p| p.start) {
                let coined = self.coined_name(open, q, None) || self.word_as_trade_name(open, q, trades);
                let placed_trade = self.scan.place_starting(open).is_some_and(|op| op.end + 2 <= q && !op.as_level && suffixes.is_some_and(|l| self.scan.is_word(op.end, q, l, self.rules)));
                let countries = bilateral.is_some_and(|l| self.scan.is_word(open, q, l, self.rules));
                if (coined || placed_trade) && !countries && self.refused_words(rule, open, q).is_none() {
                    out.push(Cand::new(rule.entity_type, open, q, &rule.id, rule.priority));
                    continue;
                }
            }
            let mut s = open;
            while let Some(p) = self.scan.place_starting(s).filter(|p| p.end < hs) {
                s = p.end;
            }
            if hs < s + 3 || hs - s > rule.max_chars || chars[open..hs].iter().any(|&c| is_stop(c) || c.is_ascii_digit() || is_mask(c) || c == '“' || c == '”' || c == '(' || c == ')') {
                continue;
            }
            let Some((mut ts, _)) = self.scan.longest_ending(hs, trades, self.rules) else { continue };
            // Trade words may run together (银轮|环保|科技): the brand is before all of them.
            while let Some((t2, _)) = self.scan.longest_ending(ts, trades, self.rules).filter(|&(t2, _)| t2 >= s + 2) {
                ts = t2;
            }
            // The name runs straight into its trade word: a generic word between (永强|高端|
            // 家居产业园) leaves where the name ends in doubt.
            // A brand is two or three characters (东软|医疗, 华海|制药); a longer run before the
            // trade word (东丰数字|医疗) is a field's name as often as a company's.
            if ts < s + 2 || ts > s + 3 || self.proper_chars_with(s, hs, None, Some(trades)) < rule.min_proper || self.proper_chars(s, ts, None) < ts - s {
                continue;
            }
            // A park or base is named by its field as often as by its owner (循环塑料|产业园,
            // 真空装备|产业园): a word companies end with (瑞丰制药|科技产业园) or a coined brand
            // before the trade words (慈星|智能产业园) says the words before are a company's.
            let park = chars[hs..close].ends_with(&['园']) || chars[hs..close].ends_with(&['基', '地']);
            let company_word_last = suffixes.is_some_and(|l| self.scan.ends_with(hs, l, self.rules));
            if park && !company_word_last && !self.coined_name(s, ts, None) {
                continue;
            }
            // (Nor a frequent word before the company's word, 地理|信息|产业园: a field's name.)
            if park && self.rules.frequent.contains(&chars[s..ts]) {
                continue;
            }
            // Before a park's head, a field of four characters or more that no company's name
            // ends with is the park's (鸿曜|智能制造产业园, …|电子信息产业园): the company is the
            // coined brand alone. One trade word (青岚智能|产业园) may end the company's name.
            let name_end = if park && !company_word_last && hs >= ts + 4 { ts } else { hs };
            // A province or city written in full opening it (湖北省|机车车辆|工程研究中心) names a
            // centre of its own field, unless a coined brand follows: no company is named so.
            let officially_placed = self.scan.place_starting(open).is_some_and(|p| !p.short && !p.as_level && self.rules.gazetteer.places[p.place].level != crate::rules::PlaceLevel::County);
            if officially_placed && !self.coined_name(s, ts, None) {
                continue;
            }
            if let Some(why) = self.refused_words(rule, open, name_end) {
                self.note(rule.entity_type, &rule.id, open, name_end, || why);
                continue;
            }
            out.push(Cand::new(rule.entity_type, open, name_end, &rule.id, rule.priority));
        }
    }

    /// A company's seat written after it (宏博电子|研发生产总部, 湖南鑫瑞制药|江西研发生产基地,
    /// 青岚科技|全球供应链总部): an item that opens where a list or clause does, with a coined
    /// trade name and the word it ends with, names that company (settled case 5: for X总部 the
    /// Enterprise is X). Where a name stands already (a platform's, a company's legal name) the
    /// rules reading it decide.
    fn before_seats(&self, rule: &'a ContextRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        // What may stand between the name and the seat's word (全球供应链, 江西研发生产).
        const SEAT_DESCRIPTION: usize = 8;
        let (Some(heads), Some(trades)) = (rule.heads, rule.item_heads) else { return };
        let suffixes = self.rules.lexicon.id("trade_name_suffix");
        let chars = &self.scan.chars;
        // Hits come by end, then start: the first of those ending together is the longest
        // (研发生产总部 before 生产总部 and 总部), the one seat they all write; read it once.
        let mut last_end = u32::MAX;
        for h in self.scan.hits_in(heads) {
            let h0 = h.start as usize;
            if h.end == last_end || h0 < 3 || chars[h0 - 1] == '等' {
                continue;
            }
            last_end = h.end;
            let Some(h1) = self.scan.longest_starting(h0, (h0 + 8).min(chars.len()), heads, self.rules) else { continue };
            let reach = h0.saturating_sub(rule.max_chars + SEAT_DESCRIPTION);
            let mut owner = None;
            for s in (reach..=h0 - 3).rev() {
                if is_stop(chars[s]) || matches!(chars[s], '(' | ')' | '“' | '”') {
                    break;
                }
                if self.opens_item(s) {
                    if let Some(p) = self.trade_name_opening(s, h1, trades, true) {
                        owner = Some((s, p));
                        break;
                    }
                }
            }
            // The name ends with a word companies end with (科技, 制药): a coined name alone
            // before other words (瑞丰|学堂总部) leaves where it ends in doubt.
            let Some((s, p)) = owner else { continue };
            let Some((ws, _)) = suffixes.and_then(|l| self.scan.longest_ending(p, l, self.rules)) else { continue };
            // …nor inside a longer trade word (恒逸新材|料生产基地).
            let longer = |l| self.scan.longest_starting(ws, h1, l, self.rules).is_some_and(|e| e > p);
            if longer(trades) || suffixes.is_some_and(longer) || p - s > rule.max_chars || accepted.overlapping(s, h1).any(|j| accepted.all[j].ty != EntityType::Place) {
                continue;
            }
            if let Some(why) = self.refused_words(rule, s, p) {
                self.note(rule.entity_type, &rule.id, s, p, || why);
                continue;
            }
            out.push(Cand::new(rule.entity_type, s, p, &rule.id, rule.priority));
        }
    }

    /// The cells of table columns that say what they hold (企业名称, 属地).
    pub(crate) fn table_cells(&self, out: &mut Vec<Cand<'a>>) {
        for t in &self.structure.tables {
            for row in &t.rows {
                for &(col, (a, b)) in row {
                    let Some(Some(rule_index)) = t.columns.get(col) else { continue };
                    let rule = &self.rules.columns[*rule_index];
                    let ty = match rule.role {
                        ColumnRole::Place => Some(EntityType::Place),
                        // The designation rules read a category cell as they read prose.
                        ColumnRole::Ignore | ColumnRole::Category => None,
                        // A column of names of any kind: a cell without a head word of its own
                        // that ends like a trade name is a company's.
                        _ => rule.entity_type.or_else(|| self.scan.ends_with(b, self.rules.core.industry, self.rules).then_some(EntityType::Enterprise)),
                    };
                    let Some(ty) = ty else { continue };
                    let n = b - a;
                    if n < 2 || n > 60 || self.scan.chars[a..b].iter().all(|c| c.is_ascii_digit()) {
                        continue;
                    }
                    if ty == EntityType::Place && self.rules.gazetteer.lookup(&self.scan.folded(a, b)).is_none() {
                        continue;
                    }
                    // A cell whose own head word says another type (…有限公司 in a column of
                    // platforms), or that reads as a clause, is left to the name rules.
                    let own = self.rules.names.iter().find(|r| r.entity_type != EntityType::Designation && self.scan.longest_ending(b, r.heads, self.rules).is_some());
                    if own.is_some_and(|r| r.entity_type != ty) && ty != EntityType::Place {
                        continue;
                    }
                    if (a + 1..b).any(|p| self.scan.ending_at(p).iter().any(|h| h.end - h.start >= 2 && self.rules.lexicon.in_list(h.pattern, self.rules.core.boundary))) {
                        continue;
                    }
                    if ty == EntityType::Enterprise && self.scan.chars[a..b].iter().filter(|c| is_mask(**c)).count() >= 2 {
                        continue;
                    }
                    // A place alone in a column of names (a region heading a group of rows,
                    // 河北省) names no company or platform.
                    if ty != EntityType::Place && self.rules.gazetteer.lookup(&self.scan.folded(a, b)).is_some() {
                        continue;
                    }
                    let rules: &'a crate::rules::RuleSet = self.rules;
                    out.push(Cand::new(ty, a, b, &rules.columns[*rule_index].id, 90));
                }
            }
        }
    }
}

/// Does a capacity's figure end right before `s` (年产80万吨|…, 5000套|…, 16GW|…): digits and
/// the units of what is made, up to four characters back?
fn after_capacity(chars: &[char], s: usize) -> bool {
    /// 万千瓦 and a digit: the longest run of units read.
    const UNIT_REACH: usize = 4;
    let from = s.saturating_sub(UNIT_REACH);
    (from..s).rev().find(|&q| chars[q].is_ascii_digit()).is_some_and(|q| q + 1 < s && chars[q + 1..s].iter().all(|&c| "万千亿吨套台件辆片条只瓦米克升头张平方GWMkK".contains(c)))
}

/// Does a yearly output start at `at`: what a company makes, handles or processes a year
/// (年产…, 年处理…, 年加工…)?
fn yearly_output_at(chars: &[char], at: usize) -> bool {
    let rest = &chars[at..];
    rest.starts_with(&['年', '产']) || rest.starts_with(&['年', '加', '工']) || rest.starts_with(&['年', '处', '理'])
}

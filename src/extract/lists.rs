//! Lists of names: what closes a list (…等3家企业) or the head its items share
//! (金凤、嘉陵江、明月湖实验室) says what the items are, even when they carry no legal form
//! or head word of their own.

use super::cand::{Accepted, AcceptedSet, Cand};
use super::names::{is_han, is_mask, is_stop};
use super::Ctx;
use crate::model::EntityType;
use crate::rules::{EnumerationForm, EnumerationRule, ListId};

/// An item of a list: a span, and the accepted name that is exactly it, if any.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub known: Option<usize>,
    /// An accepted company or institution opening the item as its owner (宏达集团|智能装备技术
    /// in a list of laboratories), in lists whose items name platforms.
    pub owner: Option<usize>,
}

/// Where a list may close: at 等 (`by_deng`), at a count after its last item (`by_count`),
/// or at a comma before a copula ending at `copula_end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Closer {
    pub k: usize,
    pub by_deng: bool,
    pub by_count: bool,
    pub copula_end: Option<usize>,
}

/// What the words around a list say of its items beyond what each item shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vouched {
    /// Nothing: each item must pass as a name on its own.
    No,
    /// A count of companies equal to the items (A、B、C等3家企业): each is one.
    ByCount,
    /// A kind of company only known firms are (X等龙头企业): a lone item need not end
    /// like a trade name.
    ByKind,
}

/// How much longer than a short name an item of a project list may be: the company's
/// name and what it builds (延锋汽车|座椅, 林虾集团|智能水产养殖加工).
const PROJECT_TAIL: usize = 12;

/// The longest owner's name opening an item of a list of platforms (a company's registered
/// name with its place and legal form).
const OWNER_MAX: usize = 20;

/// The longest item a list of projects names as a company without a word that ends a
/// company's name (锦绣养殖): a longer one there is a project's title.
const PROJECT_COMPANY_MAX: usize = 6;

/// A digit or a Chinese numeral up to ten (3家, 十二个). Read at every character of a
/// window: a match on characters, not a search of a string for each.
pub(crate) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// What may follow a year in a time phrase between a subject and its verb (2022年|以来).
const YEAR_TAILS: [&str; 7] = ["以来", "上半年", "下半年", "以后", "来", "底", "初"];
/// Time phrases without a year that stand there (近年来, 今年以来).
const TIME_WORDS: [&str; 8] = ["近年以来", "近几年来", "今年以来", "去年以来", "近年来", "今年", "去年", "近年"];

/// The length of a time phrase starting at `at` (宜昌青岚科技|2022年以来|先后获评), 0 if none:
/// it stands between a subject and its verb without ending the clause.
pub(crate) fn time_phrase_after(chars: &[char], at: usize) -> usize {
    let rest = &chars[at.min(chars.len())..];
    let starts = |w: &str, from: usize| rest.get(from..).is_some_and(|r| r.len() >= w.chars().count() && r.iter().zip(w.chars()).all(|(a, b)| *a == b));
    if rest.len() >= 5 && rest[..4].iter().all(|c| c.is_ascii_digit()) && rest[4] == '年' {
        let tail = YEAR_TAILS.iter().find(|t| starts(t, 5)).map_or(0, |t| t.chars().count());
        return 5 + tail;
    }
    TIME_WORDS.iter().find(|w| starts(w, 0)).map_or(0, |w| w.chars().count())
}

/// Where the conjunction at `q` (和, 与, 及; a separator 、 too) starts: 以及 is one word, so
/// the item before it ends before 以.
fn conjunction_start(chars: &[char], q: usize) -> usize {
    if chars[q] == '及' && q > 0 && chars[q - 1] == '以' {
        q - 1
    } else {
        q
    }
}

/// Where a date written between a subject and what happens to it ends (…项目|7月8日|竣工投产,
/// …项目|于2023年5月|开工; 今年3月): `at` itself when none starts there. A date is a few
/// numbers each with its unit, perhaps after 于 and before a part of the month (底, 中旬).
pub(crate) fn date_after(chars: &[char], at: usize) -> usize {
    const PREFIXES: [&str; 4] = ["已于", "将于", "于", "在"];
    const PART_OF_MONTH: [&str; 6] = ["上旬", "中旬", "下旬", "底", "初", "末"];
    let starts = |w: &str, from: usize| chars.get(from..).is_some_and(|r| r.len() >= w.chars().count() && r.iter().zip(w.chars()).all(|(a, b)| *a == b));
    let mut p = at + PREFIXES.iter().find(|w| starts(w, at)).map_or(0, |w| w.chars().count());
    let mut units = 0;
    if ["今年", "去年", "明年"].iter().any(|w| starts(w, p)) {
        p += 2;
        units += 1;
    }
    // Each part: up to four numerals and its unit (2023年, 7月, 8日).
    while units < 3 {
        let n = chars[p.min(chars.len())..].iter().take(5).take_while(|&&c| is_numeral(c) || c == '〇' || c == '零').count();
        match chars.get(p + n) {
            Some('年' | '月' | '日' | '号') if (1..=4).contains(&n) => {
                p += n + 1;
                units += 1;
            }
            _ => break,
        }
    }
    if units == 0 {
        return at;
    }
    p + PART_OF_MONTH.iter().find(|w| starts(w, p)).map_or(0, |w| w.chars().count())
}

/// Where a time phrase ending at `end` starts (2022年以来|先后获评), if one does.
pub(crate) fn time_phrase_before(chars: &[char], end: usize) -> Option<usize> {
    let head = &chars[..end.min(chars.len())];
    let ends = |w: &str, to: usize| {
        let n = w.chars().count();
        to >= n && head[to - n..to].iter().copied().eq(w.chars())
    };
    let year_end = YEAR_TAILS.iter().find(|t| ends(t, end)).map_or(end, |t| end - t.chars().count());
    for to in [year_end, end] {
        if to >= 5 && head[to - 1] == '年' && head[to - 5..to - 1].iter().all(|c| c.is_ascii_digit()) {
            return Some(to - 5);
        }
    }
    TIME_WORDS.iter().find(|w| ends(w, end)).map(|w| end - w.chars().count())
}

/// A classifier of things counted in these documents (3家, 12个, 5所, 2项, 第一批).
pub(crate) fn is_classifier(c: char) -> bool {
    matches!(c, '个' | '家' | '所' | '座' | '处' | '项' | '批')
}

/// Is the figure holding `q` a measure of output (300万只, 20万吨, 1.5万套), not a count?
pub(crate) fn output_measure_at(chars: &[char], q: usize) -> bool {
    const FIGURE_MAX: usize = 12;
    let r = (q..chars.len().min(q + FIGURE_MAX)).find(|&r| !(chars[r].is_ascii_digit() || matches!(chars[r], '.' | '万' | '千' | '亿'))).unwrap_or(chars.len());
    chars.get(r).is_some_and(|&c| matches!(c, '吨' | '套' | '台' | '件' | '辆' | '片' | '只' | '平' | '瓦'))
}

/// The number written at `start` (5, 12, 五, 十二, 二十三) and where it ends.
pub(crate) fn count_value(chars: &[char], start: usize) -> Option<(usize, usize)> {
    let digits = chars[start.min(chars.len())..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        let n = chars[start..start + digits].iter().fold(0, |n, c| n * 10 + c.to_digit(10).unwrap_or(0) as usize);
        return Some((n, start + digits));
    }
    let unit = |c: char| match c {
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    match (unit(at(start)), at(start) == '十') {
        (Some(u), _) if at(start + 1) == '十' => Some(unit(at(start + 2)).map_or((u * 10, start + 2), |v| (u * 10 + v, start + 3))),
        (Some(u), _) => Some((u, start + 1)),
        (None, true) => Some(unit(at(start + 1)).map_or((10, start + 1), |v| (10 + v, start + 2))),
        _ => None,
    }
}

impl<'a> Ctx<'a> {
    /// Runs one enumeration rule.
    pub(crate) fn enumeration_rule(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        match rule.form {
            EnumerationForm::Closed => self.closed_lists(rule, accepted, out),
            EnumerationForm::SharedHead => self.shared_heads(rule, accepted, out),
            EnumerationForm::Parenthesised => {
                self.parenthesised(rule, accepted, out);
                self.opened(rule, accepted, out);
                self.led_lists(rule, accepted, out);
            }
            EnumerationForm::SharedPrefix => self.shared_prefixes(rule, accepted, out),
            EnumerationForm::SharedOwner => self.shared_owners(rule, accepted, out),
            EnumerationForm::Announced => self.announced(rule, accepted, out),
            EnumerationForm::Companions => self.companions(rule, accepted, out),
            EnumerationForm::Visited => self.visited_lists(rule, accepted, out),
        }
    }

    /// Where a list may close in the window, in order: what every closed-list rule reads,
    /// found once for all of them instead of a walk over the window's characters each.
    pub(crate) fn find_closers(&self) -> Vec<Closer> {
        let chars = &self.scan.chars;
        let copula = self.rules.lexicon.id("list_copula");
        let mut closers = Vec::new();
        for k in 0..chars.len() {
            // 等 inside a word (高等, 同等) closes no list.
            let by_deng = chars[k] == '等' && !self.scan.is_protected(k) && !(k + 1 < chars.len() && self.scan.is_protected(k + 1) && !self.scan.boundary_before(k + 1));
            // A count right after the last item: digits, then a classifier (3家).
            // (An ordinal, 第一家, counts nothing: 宜昌第一家…企业 is one firm's rank.)
            // (Or 三大, 四大: the count of a set the list makes up, 铝型材、智能装备两大产业园;
            // the list may be quoted, “A、B、C”三大产业园.)
            let by_count = !by_deng && k > 0 && is_numeral(chars[k]) && !is_numeral(chars[k - 1]) && !is_stop(chars[k - 1]) && !matches!(chars[k - 1], '等' | '第') && !self.scan.boundary_before(k) && {
                let mut j = k;
                while j < chars.len() && is_numeral(chars[j]) {
                    j += 1;
                }
                matches!(chars.get(j), Some('家' | '个' | '所' | '项' | '户')) || (chars.get(j) == Some(&'大') && count_value(chars, k).is_some_and(|(n, _)| n >= 2))
            };
            // The next clause says what the items are (包括A、B、C,均为…配套企业).
            // (Not after a predicate: 技术水平高、投资体量大、产业关联度强,均是… lists what the
            // items are like, not names.)
            let predicate = k > 0 && matches!(chars[k - 1], '高' | '大' | '强' | '好' | '多' | '快' | '低' | '优' | '广' | '深');
            let copula_end = if !by_deng && !by_count && !predicate && matches!(chars[k], ',' | '，') && k > 0 && !is_stop(chars[k - 1]) {
                copula.and_then(|l| self.scan.longest_starting(k + 1, (k + 4).min(chars.len()), l, self.rules))
            } else {
                None
            };
            if by_deng || by_count || copula_end.is_some() {
                closers.push(Closer { k, by_deng, by_count, copula_end });
            }
        }
        closers
    }

    /// A、B、C等 [count] [words] NOUN, or A、B、C + count + NOUN (A、B、C3家企业) with two
    /// items or more.
    fn closed_lists(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let suffix = self.rules.lexicon.id("trade_name_suffix");
        let builders = self.rules.lexicon.id("platform_builder_after");
        for &Closer { k, by_deng, by_count, copula_end } in self.closers.get_or_init(|| self.find_closers()) {
            let from = if by_deng { k + 1 } else { copula_end.unwrap_or(k) };
            // People closed by 等 (王明、李华等领导, …等嘉宾) are no bodies, whatever noun comes
            // later in the clause (…等领导为项目揭牌).
            if by_deng && self.rules.lexicon.id("person_closing").is_some_and(|l| self.scan.longest_starting(from, (from + 4).min(chars.len()), l, self.rules).is_some()) {
                continue;
            }
            let closing = self.closing_phrase(from, rule);
            // A list closed as one of kinds (投资促进型、培育辅导型等不同服务类型的众创空间) names
            // sorts of the noun, none of its instances.
            if let Some((e, _)) = closing {
                if chars[from..e].windows(2).any(|w| w == ['类', '型'] || w == ['种', '类'] || w == ['类', '别']) {
                    continue;
                }
            }
            if closing.is_none() && self.owners_sharing_head(rule, k, by_deng, accepted, out) {
                continue;
            }
            if closing.is_none() && !(by_deng && rule.item_heads.is_some()) {
                continue;
            }
            // A list of projects (…等20个项目) may hold a company's name with what it builds.
            let projects = rule.project_nouns.is_some_and(|l| closing.is_some_and(|(e, _)| self.scan.ends_with(e, l, self.rules)));
            // A total before the count (A、B共6家) is no part of the last item, nor a
            // demonstrative (A、B这2家).
            // A closing quote before the count (“A、B、C”三大产业园) closes the items.
            let items_end = if by_count && k >= 2 && matches!(chars[k - 1], '共' | '计' | '”' | '这') && !is_stop(chars[k - 2]) { k - 1 } else { k };
            // 三大, 四大 counts a set the items make up, of parks and platforms only (智能制造、
            // 生物医药两大产业 names sectors, whatever noun follows).
            // (The count closing the list, read once: its value and where its figure ends.)
            let count = if by_count { count_value(chars, k) } else { None };
            let set_count = count.is_some_and(|(_, e)| chars.get(e) == Some(&'大'));
            if set_count && rule.entity_type != EntityType::Platform {
                continue;
            }
            // A category inside a program list's item is its topic (高新技术企业|倍增, 科技型企业|培育).
            let owned = rule.entity_type == EntityType::Platform && rule.names_items.is_some();
            // A campaign's topic between two 、 is one item, whatever verbs it holds (、平台建设提质、).
            let topics = rule.entity_type == EntityType::Program && rule.names_items.is_some();
            let items = self.items_before_with(items_end, if projects { rule.max_item + PROJECT_TAIL } else { rule.max_item }, rule.entity_type == EntityType::Program, owned, owned || projects || topics, true, accepted);
            // Long quoted titles before a program's head are its projects where projects follow
            // (“…技术研究”“…示范与推广”等重大专项和重点项目45项, 等…专项行动计划项目): the
            // titles are no programs.
            let items = match closing {
                Some((close, _)) if rule.entity_type == EntityType::Program && self.projects_follow(close) => items.into_iter().filter(|it| it.end - it.start <= rule.max_item || it.known.is_some()).collect(),
                _ => items,
            };
            let (items, project_items) = if projects { self.split_projects(rule, items, accepted) } else { (items, Vec::new()) };
            let items = self.split_last_by_count(items, if by_deng { k + 1 } else { k });
            // (A zone opening a company's item says where it is: 宜昌高新区|瑞丰药业.)
            let items = if rule.entity_type == EntityType::Enterprise { self.split_last_by_conjunction(items).into_iter().map(|it| self.after_zone(it)).collect() } else { items };
            let items = if rule.entity_type == EntityType::Enterprise { self.after_list_place(items) } else { items };
            // Officials listed by post and name (…总裁张明、青岚集团董事长陈思、副所长王川等
            // 共同为…揭牌) are people, whatever noun the clause reaches: no bodies.
            if self.people_listed(&items) {
                continue;
            }
            // A thing named before a conjunction that opens the first item (一个商务区和|远安、
            // 枝江三个产业园区) is no item: the list starts after the conjunction.
            let mut items = items;
            if let Some(first) = items.first_mut().filter(|it| rule.entity_type == EntityType::Platform && it.known.is_none()) {
                if let Some(j) = (first.start + 2..first.end.saturating_sub(2)).rev().find(|&j| matches!(chars[j], '和' | '及') && (self.scan.head_ends_at(j) || self.rules.lexicon.id("area_end").is_some_and(|l| self.scan.ends_with(j, l, self.rules)))) {
                    first.start = j + 1;
                }
            }
            let items = if rule.entity_type == EntityType::Enterprise && items.is_empty() && by_deng { self.items_with_long_last(items_end, rule.max_item, accepted) } else { items };
            // No noun closes it, but its items are trade names (引进华岳药业、博川生物等一批…).
            // …等产业园, 等领域: the items are trades or parks, whatever they end with.
            // …等行业的多元化集团, 等领域的企业: the same, whatever noun closes the phrase later.
            // A level word that a trade word opens (等国家|级…) is the category's rank.
            // (A count may stand between: 等四大|功能为一体的…机构 counts functions.)
            let counted_to = {
                let mut q = k + 1;
                while q < chars.len() && q < k + 4 && (is_numeral(chars[q]) || chars[q].is_ascii_digit()) {
                    q += 1;
                }
                if q > k + 1 && q < chars.len() && matches!(chars[q], '大' | '个' | '项' | '类' | '种') { q + 1 } else { k + 1 }
            };
            // A word that ranks the trades may stand before it (等8个|新兴|赛道, 等|优势|产业的企业).
            let trade_word_at = |p: usize| rule.not_after_deng.and_then(|l| self.scan.longest_starting(p, (p + 8).min(chars.len()), l, self.rules));
            let trade_word_end = if by_deng {
                trade_word_at(counted_to).or_else(|| self.rules.lexicon.id("trade_modifier").and_then(|l| self.scan.longest_starting(counted_to, (counted_to + 5).min(chars.len()), l, self.rules)).and_then(trade_word_at))
            } else {
                None
            };
            // (…only where the counted word is not the list's own, a particle or verb parting
            // it from the noun that closes the phrase: 等9个|国家|工程技术研究中心 and
            // 等20个|省市|重点工程 count the items.)
            let trade_word_end = trade_word_end.filter(|&e| counted_to == k + 1 || closing.is_none_or(|(_, noun)| noun >= e && chars[e..noun].iter().any(|c| matches!(c, '的' | '为' | '于' | '之'))));
            let trade_word_end = trade_word_end.filter(|&e| self.scan.longest_starting(k + 1, (k + 8).min(chars.len()), self.rules.core.level, self.rules).is_none_or(|l| l <= e));
            // So is 国家 right before the list's noun (等|国家|企业技术中心, 等|国家|重点|实验室):
            // not the countries 等国家 closes.
            let trade_word_end = trade_word_end.filter(|&e| !(self.scan.longest_starting(k + 1, e, self.rules.core.level, self.rules) == Some(e) && closing.is_some_and(|(_, noun)| noun >= e && noun <= e + 4)));
            // The sites of a visit (调研A公司、B重工等地): with a company named in full among
            // them, 地 is where they stand, not a sign that the items are places.
            let visited_sites = trade_word_end == Some(k + 2) && chars[k + 1] == '地' && items.iter().any(|it| it.known.is_some_and(|i| accepted.all[i].ty == EntityType::Enterprise));
            let trade_word_end = trade_word_end.filter(|_| !visited_sites);
            if trade_word_end.is_some_and(|e| closing.is_some_and(|(_, noun)| noun >= e)) {
                continue;
            }
            // …or a company's doing follows 等 (A、B、C等纷纷落户, 等相继投产): the items are
            // the companies doing it.
            let doing = rule.entity_type == EntityType::Enterprise && by_deng && self.company_doing_at(k + 1);
            let Some((close_end, noun_start)) = closing.or_else(|| ((self.all_trade_names(rule, &items, accepted) || doing) && trade_word_end.is_none()).then_some((k + 1, k + 1))) else {
                continue;
            };
            // The bodies that build or run platforms (等7家平台|建设主体, 等平台|依托单位) are
            // companies or institutes, not platforms.
            if rule.entity_type == EntityType::Platform && builders.is_some_and(|l| self.scan.longest_starting(close_end, (close_end + 6).min(chars.len()), l, self.rules).is_some()) {
                continue;
            }
            let listed = items.len() + project_items.iter().filter(|p| p.3).count();
            if listed == 0 || ((by_count || copula_end.is_some()) && listed < 2) {
                continue;
            }
            // With no 等 the count is the number of the items themselves (A、B、C3家企业); a
            // count well above them closes no list of these items (…、工信部电子|五所|服务型…
            // is an institute's name). One more is allowed: a last item may join two (B和C).
            if (items_end == k || chars[k - 1] == '”') && count.is_some_and(|(n, _)| n > listed + 1 || (set_count && n != listed)) {
                continue;
            }
            // A count the items make up exactly (远安、枝江2个产业园区; “A、B、C”三大产业园)
            // says each item is one of the things counted, not a field of many.
            let exactly_counted = count.is_some_and(|(n, _)| n == listed);
            // Most items ordinary words or trades (农业、林业、畜牧、农机等单位; 新材料、现代农业、
            // 农旅、食用菌等项目): a list of sectors or kinds, whatever closes it. A company's
            // name may be a word (长城), not most of a list's.
            // Closed by a kind only known firms are (西门子、腾讯、华为等111家知名企业), an item
            // that is a word is ordinary only if a frequent one: such firms' names are words
            // too, seldom counted ones.
            let eminent = rule.entity_type == EntityType::Enterprise && closing.is_some_and(|(e, _)| self.rules.lexicon.id("eminent_company_kind").is_some_and(|l| self.scan.ends_with(e, l, self.rules)));
            // So for companies brought in or signed (引进|中兴通讯、农夫山泉…等21家企业): famous
            // firms are what a place boasts of bringing in, and their names are words too.
            // (Not a list of projects signed, 签约|新材料、现代农业…等项目: those are sectors.)
            let brought_in = rule.entity_type == EntityType::Enterprise && !projects && items.first().is_some_and(|it| self.scan.ends_with(it.start, self.rules.core.company_object_verb, self.rules));
            let word = |it: &Item| if eminent || brought_in { self.rules.frequent.contains(&chars[it.start..it.end]) } else { self.rules.common.contains(&chars[it.start..it.end]) };
            let ordinary = items.iter().filter(|it| it.known.is_none() && (word(it) || self.names_a_trade(rule, it))).count();
            // …unless one item is plainly a company's (placed_company), which no list of
            // sectors holds.
            // A count of companies that the items make up exactly (A、B、C等3家企业) says each
            // is one, however much an item reads like a trade (精工, 新材料).
            let count_from = if by_deng { from } else { k };
            let counted = !projects && count_value(chars, count_from).is_some_and(|(n, e)| n == items.len() && chars.get(e) == Some(&'家'));
            // A category among the items (高新技术企业、亿元产值、高纳税等优质企业) makes them
            // kinds of company, not companies.
            let category = |it: &Item| accepted.ending_at(it.end).any(|i| accepted.all[i].ty == EntityType::Designation && accepted.all[i].start == it.start);
            if rule.entity_type == EntityType::Enterprise && items.len() >= 2 && items.iter().any(category) {
                self.note(rule.entity_type, &rule.id, items[0].start, items[items.len() - 1].end, || "a category among the items: a list of kinds".into());
                continue;
            }
            // (So is a coined trade name and the word companies end with, 希杰|重工.)
            if rule.entity_type == EntityType::Enterprise && items.len() >= 2 && ordinary * 2 > items.len() && !items.iter().any(|it| self.placed_company(it) || (it.known.is_none() && self.whole_trade_name(it.start, it.end))) && !counted {
                self.note(rule.entity_type, &rule.id, items[0].start, items[items.len() - 1].end, || "most items are ordinary words: a list of sectors or kinds".into());
                continue;
            }
            if rule.entity_type == EntityType::Platform && self.rules.lexicon.id("park_noun").is_some_and(|l| self.scan.ends_with(close_end, l, self.rules)) {
                // A park's noun after a conjunction heads another phrase (等开发开放区域和|市级
                // 经济开发区); levels before it may share it (等国家级和省级|农业科技园区).
                let other_phrase = (from..noun_start).any(|j| matches!(chars[j], '和' | '及') && {
                    let mut p = count_value(chars, from).map_or(from, |(_, e)| (e + 1).min(j));
                    while let Some(e) = self.scan.longest_starting(p, j, self.rules.core.level, self.rules) {
                        p = e;
                    }
                    p < j
                });
                if other_phrase {
                    continue;
                }
                // Parks are named by their places (远安、枝江3个产业园区), fields only describe
                // them (新材料、生物医药等产业园区): most items words or trades that are no
                // places, no park is named.
                let field = |it: &Item| it.known.is_none() && self.place_chain(it.start, it.end + 1).is_none_or(|(_, e)| e != it.end) && (self.rules.common.contains(&chars[it.start..it.end]) || self.names_a_trade(rule, it) || self.scan.holds_word(it.start, it.end, self.rules.core.industry, self.rules));
                if items.len() >= 2 && !exactly_counted && items.iter().filter(|it| field(it)).count() * 2 > items.len() {
                    self.note(rule.entity_type, &rule.id, items[0].start, items[items.len() - 1].end, || "most items are ordinary words: fields of parks, not their names".into());
                    continue;
                }
            }
            // A head after the closing noun names each item's own platform (A、B等3家企业|
            // 工程技术研究中心, A等3家企业的|技术中心): the items are its owners.
            let head_start = if chars.get(close_end) == Some(&'的') { close_end + 1 } else { close_end };
            let distributed = rule.distribute.and_then(|heads| self.scan.longest_starting(head_start, (head_start + 12).min(chars.len()), heads, self.rules).map(|e| (head_start, e)));
            // A distributed list's closing words and head name the items' platforms and, with
            // a level, the category they hold (A、B等18家|省级企业|技术中心): the category is
            // read over both.
            // Without a level (A、B等3家企业|工程技术研究中心) the head names their platforms only.
            let ranked = |hs: usize| (from..hs).any(|p| self.scan.place_starting(p).is_some() || self.scan.longest_starting(p, hs, self.rules.core.level, self.rules).is_some());
            // (An empty span after it leaves the category to what the paragraph named before,
            // when a word of recognition follows: …6家企业工程技术研究中心|榜上有名.)
            // A kind described by a relative clause (等高成长性的|创新型企业) is what the items
            // are like, not a category they were granted.
            let described = chars[from..noun_start.max(from)].contains(&'的');
            let recognized = match distributed {
                None => (rule.recognized && close_end > from && !described).then_some((from, close_end)),
                Some((hs, he)) if ranked(hs) => rule.recognized.then_some((from, he)),
                Some((_, he)) => rule.recognized.then_some((he, he)),
            };
            // Applying for a category is no holding it (29家计划申报高企的企业), nor is losing
            // it (撤销A等65家…企业技术中心资格): settled case 8.
            let recognized = recognized.filter(|&(s, e)| !self.recognition_denied(s, e, items.first().map_or(k, |it| it.start)));
            // A set (三大产业园) is what the writer builds, no category granted.
            let recognized = recognized.filter(|_| !set_count);
            // In a list of projects, a long item that opens with no company and does not end
            // as a company's name does (…科技, …集团) is the project's title, a company's
            // product at most (高功率介质材料研制, 中芯国际集成电路: settled case 5).
            let company_like = |s: usize, e: usize| e - s <= PROJECT_COMPANY_MAX || suffix.is_some_and(|l| self.scan.ends_with(e, l, self.rules));
            let before = out.len();
            // A lone item before a kind of company only known firms are (青岚等龙头企业,
            // X等世界500强企业) is one, whatever it ends with.
            let eminent = items.len() == 1 && self.rules.lexicon.id("eminent_company_kind").is_some_and(|l| self.scan.ends_with(close_end, l, self.rules));
            let vouched = if counted { Vouched::ByCount } else if eminent { Vouched::ByKind } else { Vouched::No };
            // Items that are fields or places with no head of their own (杂交水稻等4家全国
            // 重点实验室, 数字建造、智能设计与数控等2家国家技术创新中心) are each named with the
            // closing phrase's head; the count and a rank (省, 省级) are no part of a name.
            let item_head = rule.names_items.and_then(|l| self.closing_head(from, close_end, l));
            // A bare class word right after 等 (概念验证、中试熟化等|平台) names no kind: items
            // with no head or name of their own are the kinds of platform, not platforms.
            let items = if rule.entity_type == EntityType::Platform && by_deng && noun_start == from && self.scan.is_word(from, close_end, self.rules.core.bare_platform_class, self.rules) {
                items.into_iter().filter(|it| it.known.is_some() || self.scan.head_ends_at(it.end)).collect()
            } else {
                items
            };
            match item_head {
                Some(head) => {
                    let (bare, headed): (Vec<Item>, Vec<Item>) = items.iter().copied().partition(|it| it.known.is_none() && !self.scan.head_ends_at(it.end) && (self.proper_chars(it.start, it.end, None) >= 2 || self.place_chain(it.start, it.end + 1).is_some_and(|(_, e)| e == it.end) || (exactly_counted && self.scan.place_starting(it.start).is_some())));
                    // A body is named by its place only (远安县、枝江市等2个县级科技局): an item
                    // that is no place names no body.
                    if rule.entity_type == EntityType::Agency && (!headed.is_empty() || bare.iter().any(|it| self.place_chain(it.start, it.end + 1).is_none_or(|(_, e)| e != it.end))) {
                        continue;
                    }
                    self.emit_items(rule, &headed, recognized, None, vouched, accepted, out);
                    // Fields counted as a set of kinds (一批A、B示范基地; A、B等重点实验室|15个,
                    // with no rank or place: fields a count of labs covers) name no platform each.
                    let kinds = items.first().is_some_and(|it| self.quantified_kinds(it.start)) || (self.bare_count_after(close_end) && !ranked(close_end));
                    // …and so do fields of one or two characters before a head with no rank
                    // (精密测量、材料、声学等7个实验室): the branches of a science, not names.
                    let fields = !ranked(close_end) && bare.iter().any(|it| it.end - it.start <= 2 && self.place_chain(it.start, it.end + 1).is_none());
                    let kinds = kinds || fields;
                    if !kinds {
                        self.emit_items(rule, &bare, recognized, Some(head), vouched, accepted, out);
                    }
                }
                // With no head to name them by, an item that is an ordinary word or a trade
                // (基础设施、物流等企业服务平台; 液压装备、煤化工等…) is a sector, not a platform.
                None if rule.entity_type == EntityType::Platform => {
                    let industry = self.rules.lexicon.id("industry_word");
                    // Before a kind of 平台 (检验检测、科技成果转化等公共服务平台) an item of
                    // ordinary words end to end is a service the platforms give, as a platform
                    // named by what it does alone is no name.
                    let functions = chars[..close_end].ends_with(&['平', '台']);
                    let sector = |it: &Item| {
                        it.known.is_none()
                            && !self.scan.head_ends_at(it.end)
                            && self.scan.places_within(it.start, it.end).next().is_none()
                            && (self.rules.common.contains(&chars[it.start..it.end]) || industry.is_some_and(|l| self.proper_chars_with(it.start, it.end, None, Some(l)) <= 1) || (functions && self.all_common_words(it.start, it.end) && !accepted.overlapping(it.start, it.end).any(|i| accepted.all[i].ty != EntityType::Place)))
                    };
                    // An event or a gathering (进博会, 服贸会, …论坛, …展) is a stage companies
                    // use, no platform, whatever the list calls it.
                    let event = |it: &Item| it.known.is_none() && (matches!(chars[it.end - 1], '会' | '展' | '节' | '赛') || chars[..it.end].ends_with(&['论', '坛']));
                    let named: Vec<Item> = items.iter().copied().filter(|it| !sector(it) && !event(it)).collect();
                    self.emit_items(rule, &named, recognized, None, vouched, accepted, out);
                }
                // Bodies are named only by places with the closing body as their head.
                None if rule.entity_type == EntityType::Agency => {}
                None => self.emit_items(rule, &items, recognized, None, vouched, accepted, out),
            }
            // An item of a list of projects that is two ordinary words (揭榜|挂帅, 低空|经济:
            // ways of working, sectors) is no company, unless it ends in a trade or opens with
            // its place.
            let named_like = |s: usize, e: usize| {
                self.scan.ends_with(e, self.rules.core.industry, self.rules)
                    || suffix.is_some_and(|l| self.scan.ends_with(e, l, self.rules))
                    || self.scan.place_starting(s).is_some()
                    || !self.two_common_words(s, e)
            };
            if projects {
                let listed = out.split_off(before);
                out.extend(listed.into_iter().filter(|c| c.ty != EntityType::Enterprise || (company_like(c.start, c.end) && named_like(c.start, c.end))));
            }
            for &(s, company_end, e, trade_name) in &project_items {
                // A coined trade name stands by the project it opens.
                if trade_name {
                    out.push(Cand::new(EntityType::Enterprise, s, company_end, &rule.id, rule.priority));
                }
                let company_found = trade_name || out[before..].iter().any(|c| c.start == s && c.end == company_end) || accepted.starting_at(s).any(|i| accepted.all[i].end == company_end && accepted.all[i].ty == EntityType::Enterprise);
                if company_found {
                    let mut c = Cand::new(EntityType::Project, s, e, &rule.id, rule.priority);
                    c.owner_span = Some((s, company_end));
                    out.push(c);
                }
            }
            if let Some((hs, he)) = distributed {
                let owners: Vec<(usize, usize)> = out[before..].iter().map(|c| (c.start, c.end)).chain(items.iter().filter_map(|it| it.known.map(|i| (accepted.all[i].start, accepted.all[i].end)))).collect();
                for (s, e) in owners {
                    let mut c = Cand::new(EntityType::Platform, s, he, &rule.id, rule.priority);
                    c.text = Some(format!("{}{}", self.doc.slice(s, e), self.doc.slice(hs, he)));
                    c.recognized = recognized;
                    c.owner_span = Some((s, e));
                    out.push(c);
                }
            }
        }
    }

    /// Owners named in full and counted, with the platform word they each hold right after
    /// the count and no noun of companies (A有限公司、B研究院等2家“院士专家工作站”授牌): one
    /// platform for each, named by its owner and the word (settled case 11). Were any made?
    fn owners_sharing_head(&self, rule: &'a EnumerationRule, k: usize, by_deng: bool, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) -> bool {
        const HEAD_MAX: usize = 12;
        let chars = &self.scan.chars;
        let Some(heads) = rule.distribute else { return false };
        let Some((n, e)) = count_value(chars, if by_deng { k + 1 } else { k }).filter(|&(_, e)| chars.get(e) == Some(&'家')) else { return false };
        let quoted = chars.get(e + 1) == Some(&'“');
        let hs = if quoted { e + 2 } else { e + 1 };
        let Some(he) = self.scan.longest_starting(hs, (hs + HEAD_MAX).min(chars.len()), heads, self.rules) else { return false };
        // A quoted word must be the whole quote (“院士专家工作站”, not “院士专家工作站”建设计划).
        if quoted && chars.get(he) != Some(&'”') {
            return false;
        }
        let items = self.items_before_with(k, rule.max_item, false, false, false, false, accepted);
        // Only names read in full, companies or institutes, own platforms: a short or unread
        // item may be a field (新材料、生物医药等2家工作站).
        let owner = |it: &Item| it.known.is_some_and(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution));
        // With no 等 the count is the items' own (A、B2家…); with 等 it may count more.
        let fits = if by_deng { n >= items.len() } else { n == items.len() && n >= 2 };
        if items.is_empty() || !fits || !items.iter().all(owner) {
            return false;
        }
        for it in &items {
            let mut c = Cand::new(EntityType::Platform, it.start, he, &rule.id, rule.priority);
            c.text = Some(format!("{}{}", self.doc.slice(it.start, it.end), self.doc.slice(hs, he)));
            c.owner_span = Some((it.start, it.end));
            out.push(c);
        }
        true
    }

    /// Where a figure ending right before `at` ends: at `at` after a number's own unit
    /// (2×100万|千瓦), or before a unit of what is made (年产5万吨|锂电池隔膜: list
    /// `capacity_unit`).
    fn figure_ending_at(&self, at: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        let magnitude = |c: char| matches!(c, '万' | '千' | '百' | '亿');
        let unit = self.rules.lexicon.id("capacity_unit").and_then(|l| self.scan.longest_ending(at, l, self.rules)).map(|(u, _)| u);
        match unit {
            Some(u) if u > 0 && u < at && (chars[u - 1].is_ascii_digit() || (u > 1 && magnitude(chars[u - 1]) && chars[u - 2].is_ascii_digit())) => Some(u),
            _ => (at > 1 && magnitude(chars[at - 1]) && chars[at - 2].is_ascii_digit()).then_some(at),
        }
    }

    /// Where the short name opens that a figure ending at `at` follows (青岚|2×100万|千瓦,
    /// 青岚科技|年产1100万|片…): two to eight characters of a name, where an item opens.
    fn name_before_figure(&self, at: usize) -> Option<usize> {
        const NAME_MAX: usize = 8;
        const FIGURE_MAX: usize = 12;
        let chars = &self.scan.chars;
        let in_figure = |c: char| c.is_ascii_digit() || matches!(c, '.' | '×' | '*' | '万' | '千' | '百' | '亿');
        let figure = (at.saturating_sub(FIGURE_MAX)..at).rev().take_while(|&q| in_figure(chars[q])).last()?;
        if !chars[figure..at].iter().any(|c| c.is_ascii_digit()) {
            return None;
        }
        // (What it makes a year, 青岚科技|年产|1100万片…, follows the name the same way.)
        let figure = if figure >= 3 && matches!(chars[figure - 3..figure], ['年', '产', '量'] | ['年', '产', '能']) {
            figure - 3
        } else if figure >= 2 && chars[figure - 2..figure] == ['年', '产'] {
            figure - 2
        } else {
            figure
        };
        // (A count closing a list, 沿黄等|5条…, follows no name.)
        if figure > 0 && chars[figure - 1] == '等' {
            return None;
        }
        let name = (figure.saturating_sub(NAME_MAX)..figure).rev().take_while(|&q| is_han(chars[q])).last()?;
        (name + 2 <= figure).then(|| (name..figure - 1).find(|&q| self.opens_item(q))).flatten()
    }

    /// Do the projects of what the list names follow its head at `at`, within a few words
    /// (…计划项目, …专项和重点项目, …专项行动计划项目)? A year between (…专项2020年度项目
    /// 申报指南) names a round of the programs, whose items stay programs.
    fn projects_follow(&self, at: usize) -> bool {
        const REACH: usize = 8;
        let chars = &self.scan.chars;
        let Some(words) = self.rules.lexicon.id("project_title_after") else { return false };
        (at..(at + REACH).min(chars.len())).take_while(|&q| !is_stop(chars[q]) && !chars[q].is_ascii_digit() && !is_numeral(chars[q])).any(|q| self.scan.longest_starting(q, (q + 4).min(chars.len()), words, self.rules).is_some())
    }

    /// Is `[s, e)` four characters that are two common words (揭榜|挂帅, 低空|经济)? The set
    /// phrase of a way of working or a sector; a short company name that the lexicon also
    /// holds (一汽) is one word, and a transliterated one (阿斯托特克) is longer.
    fn two_common_words(&self, s: usize, e: usize) -> bool {
        let chars = &self.scan.chars;
        e == s + 4 && self.rules.common.contains(&chars[s..s + 2]) && self.rules.common.contains(&chars[s + 2..e])
    }

    /// Is an item plainly a company's name: a place and a coined rest (陕西锌业, 天士力 after
    /// its place), which no list of sectors holds?
    fn placed_company(&self, it: &Item) -> bool {
        let chars = &self.scan.chars;
        self.scan.place_starting(it.start).is_some_and(|p| it.end >= p.end + 2 && !self.rules.common.contains(&chars[p.end..it.end]) && self.scan.place_starting(p.end).is_none())
    }

    /// A count one above the items, and a conjunction inside the last (A、B、C和D4家企业): the
    /// conjunction joins two items, each at least two characters.
    fn split_last_by_count(&self, items: Vec<Item>, count_at: usize) -> Vec<Item> {
        let Some(last) = items.last() else { return items };
        if last.known.is_some() || count_value(&self.scan.chars, count_at).is_none_or(|(n, _)| n != items.len() + 1) {
            return items;
        }
        self.split_last_at_conjunction(items)
    }

    /// In a list of companies (A、B和C等), a conjunction inside the last item joins the
    /// list's last two, each at least two characters: no company's short name holds one.
    fn split_last_by_conjunction(&self, items: Vec<Item>) -> Vec<Item> {
        let Some(last) = items.last() else { return items };
        if last.known.is_some() || last.start == 0 || self.scan.chars[last.start - 1] != '、' {
            return items;
        }
        self.split_last_at_conjunction(items)
    }

    /// A list of companies whose last two items, joined by a conjunction, are too long
    /// together for one item (A、B和中国航发C等): the last is the run after the one
    /// conjunction within reach, the items before it a list that a 、 continues.
    fn items_with_long_last(&self, end: usize, max_item: usize, accepted: &AcceptedSet<'a>) -> Vec<Item> {
        let chars = &self.scan.chars;
        let floor = end.saturating_sub(max_item + 1);
        let mut joins = (floor..end.saturating_sub(2)).rev().take_while(|&q| !is_stop(chars[q]) && chars[q] != '、').filter(|&q| matches!(chars[q], '和' | '与' | '及') && !self.scan.is_protected(q));
        let (Some(q), None) = (joins.next(), joins.next()) else { return Vec::new() };
        let mut items = self.items_before_with(q, max_item, false, false, false, false, accepted);
        // Two items at least before the conjunction (a 、 between them): a list, not a
        // sentence's two subjects.
        if items.len() < 2 || items.iter().any(|it| it.end - it.start < 2) {
            return Vec::new();
        }
        items.push(Item { start: q + 1, end, known: None, owner: None });
        items
    }

    /// The last item split in two at the one conjunction inside it (和, 与, 及), each part at
    /// least two characters; with none or several, the items as they are.
    fn split_last_at_conjunction(&self, mut items: Vec<Item>) -> Vec<Item> {
        let chars = &self.scan.chars;
        let Some(last) = items.last().copied() else { return items };
        let joins: Vec<usize> = (last.start + 2..last.end.saturating_sub(2)).filter(|&q| matches!(chars[q], '和' | '与' | '及') && !self.scan.is_protected(q)).collect();
        if let [q] = joins[..] {
            items.pop();
            items.push(Item { start: last.start, end: conjunction_start(chars, q), known: None, owner: None });
            items.push(Item { start: q + 1, end: last.end, known: None, owner: None });
        }
        items
    }

    /// In a list of projects, the items that are a company's name and what it builds
    /// (鸿翔集团智能水产养殖加工): each such item becomes its company, the opening that ends
    /// with the first legal form, and the whole item is returned as (start, company end,
    /// end, coined) to become the company's Project. A trade word alone is no such end: a
    /// project's title opens with one as often as a company does (高功率介质材料研制,
    /// 北斗时空信息大数据应用); only a coined name of distinguishing characters before it is
    /// (`trade_name_opening`), which then needs no further proof of being a company.
    fn split_projects(&self, rule: &EnumerationRule, items: Vec<Item>, accepted: &AcceptedSet<'a>) -> (Vec<Item>, Vec<(usize, usize, usize, bool)>) {
        let Some(heads) = rule.item_heads else { return (items, Vec::new()) };
        let legal = self.rules.core.legal_form;
        let suffix = self.rules.lexicon.id("trade_name_suffix");
        let made_product = self.rules.lexicon.id("made_product");
        let mut kept = Vec::with_capacity(items.len());
        let mut projects = Vec::new();
        let phases = self.rules.lexicon.id("phase_word");
        let seats = self.rules.lexicon.id("headquarters_head");
        let activities = self.rules.lexicon.id("processing_activity");
        for it in items {
            let it = self.after_zone(it);
            let ends_with = |l: Option<crate::rules::ListId>| l.is_some_and(|l| self.scan.ends_with(it.end, l, self.rules));
            // A coined name and a phase (鸿翔|五期) is that company's project in its phase.
            if it.known.is_none() {
                let phase_start = phases.and_then(|l| self.scan.longest_ending(it.end, l, self.rules)).map(|(ps, _)| ps).filter(|&ps| ps > it.start);
                // (Or an ordinary word and its trade, 信义|玻璃|七期: a phase is a company's or
                // a park's, and a trade word says which.)
                let word_and_trade = |ps: usize| ps == it.start + 4 && self.word_as_trade_name(it.start, it.start + 2, heads) && self.scan.is_word(it.start + 2, ps, heads, self.rules) && self.opens_item(it.start);
                if let Some(ps) = phase_start.filter(|&ps| self.coined_name(it.start, ps, Some(heads)) || self.whole_trade_name(it.start, ps) || word_and_trade(ps)) {
                    projects.push((it.start, ps, it.end, true));
                    continue;
                }
                // So is a coined name and its headquarters (青岚钢管|总部): the company is all
                // of the name before it (settled case 5).
                let seat_start = seats.and_then(|l| self.scan.longest_ending(it.end, l, self.rules)).map(|(ss, _)| ss).filter(|&ss| ss >= it.start + 2);
                // (A coined name and one trade word before the seat, 青岚|钢管|总部, is whole.)
                let coined_and_trade = |ss: usize| (it.start + 2..=(it.start + 4).min(ss - 2)).any(|p| self.coined_name(it.start, p, Some(heads)) && self.scan.is_word(p, ss, heads, self.rules));
                if let Some(ss) = seat_start.filter(|&ss| self.coined_name(it.start, ss, Some(heads)) || self.whole_trade_name(it.start, ss) || coined_and_trade(ss)) {
                    projects.push((it.start, ss, it.end, true));
                    continue;
                }
            }
            // An item longer than a company's name that ends in what it makes and opens with a
            // coined trade name (瑞丰科技|精密制造) is that company's project; one that ends
            // like a company's name (鸿翔新能源汽车) is the company. However short, an item
            // ending with a thing made, which names a product and no trade (衡达|锂电池,
            // 诺泰|机器人: list made_product), is read the same way.
            let made_by_a_company = || (it.end - it.start > PROJECT_COMPANY_MAX || ends_with(made_product)) && !ends_with(suffix) && self.trade_name_opening(it.start, it.end, heads, true).or_else(|| self.word_trade_name_opening(it.start, it.end, heads)).is_some();
            let short = it.end - it.start <= rule.max_item && self.scan.ends_with(it.end, heads, self.rules) && !made_by_a_company();
            // A road, railway or port (枝宜铁路宜昌至远安段扩能改造) opens with no company.
            let works = rule.not_containing.is_some_and(|l| self.scan.holds_word(it.start, it.end, l, self.rules));
            if it.known.is_some() || short || works {
                kept.push(it);
                continue;
            }
            // The company's registered name was found already and bounds the item on the
            // left (鸿翔集团|智能水产养殖加工): the item is what it builds.
            let company = accepted.ending_at(it.start).find(|&i| {
                let a = &accepted.all[i];
                a.ty == EntityType::Enterprise && self.scan.ends_with(a.end, legal, self.rules) && (a.start == 0 || is_stop(self.scan.chars[a.start - 1]) || self.scan.boundary_before(a.start))
            });
            if let Some(i) = company {
                projects.push((accepted.all[i].start, it.start, it.end, false));
                kept.push(Item { start: accepted.all[i].start, end: it.start, known: Some(i), owner: None });
                continue;
            }
            let company_end = (it.start + 2..it.end.saturating_sub(1))
                .find(|&p| self.scan.ends_with(p, legal, self.rules) && self.proper_chars_with(it.start, p, None, Some(heads)) >= rule.min_proper);
            match company_end {
                Some(p) if p - it.start <= rule.max_item => {
                    projects.push((it.start, p, it.end, false));
                    kept.push(Item { start: it.start, end: p, known: None, owner: None });
                }
                // (What follows the opening must be more than a bare activity: 岩屑|资源化综合利用
                // is what is done to a material, which opens it.)
                _ => match self.trade_name_opening(it.start, it.end, heads, true).or_else(|| self.word_trade_name_opening(it.start, it.end, heads)).filter(|&p| !activities.is_some_and(|l| self.scan.is_word(p, it.end, l, self.rules))) {
                    Some(p) => projects.push((it.start, p, it.end, true)),
                    // An item ending in what is done (中药材|加工) and opening with no company
                    // is the project's work: no company names it.
                    None if ends_with(activities) => {}
                    None => kept.push(it),
                },
            }
        }
        (kept, projects)
    }

    /// An item of a list of projects opening with the zone it is built in (宜昌高新区|瑞丰药业):
    /// the zone says where, the company's name starts after it. (A company's name opens with
    /// a place, settled case 6, never with a zone.)
    fn after_zone(&self, it: Item) -> Item {
        if it.known.is_some() {
            return it;
        }
        let Some(place) = self.scan.place_starting(it.start).filter(|pl| !pl.as_level) else { return it };
        match self.scan.longest_starting(place.end, it.end, self.rules.core.zone, self.rules) {
            Some(z) if it.end >= z + 2 && self.scan.chars[z..it.end].iter().all(|&c| is_han(c)) => Item { start: z, ..it },
            _ => it,
        }
    }

    /// Are most of the items people named after their posts: a post right before the item
    /// (总裁|张明) or inside it before a two- or three-character name (青岚集团董事长|何清)?
    fn people_listed(&self, items: &[Item]) -> bool {
        const NAME_MIN: usize = 2;
        const NAME_MAX: usize = 3;
        let Some(posts) = self.rules.lexicon.id("person_post") else { return false };
        let person = |it: &Item| {
            it.known.is_none()
                && (self.scan.longest_ending(it.start, posts, self.rules).is_some()
                    || (it.start..it.end).any(|p| p + NAME_MIN <= it.end && it.end <= p + NAME_MAX && self.scan.ends_with(p, posts, self.rules)))
        };
        // (So are names after a word for people opening the list: 省市领导|杨岳、杨益民等见证….)
        let people = self.rules.lexicon.id("person_closing");
        let led_by_people = items.first().is_some_and(|it| {
            it.known.is_none() && people.is_some_and(|l| self.scan.ends_with(it.start, l, self.rules) || (it.start..it.end).any(|p| p + NAME_MIN <= it.end && it.end <= p + NAME_MAX && self.scan.ends_with(p, l, self.rules)))
        });
        items.len() >= 2 && (led_by_people || items.iter().filter(|it| person(it)).count() * 2 > items.len())
    }

    /// A place written in full opening the first of trade names that open with none (宜昌市
    /// 远安县|青岚科技、瑞丰技术等三家企业) says where the listed companies are: no part of
    /// the first one's name.
    fn after_list_place(&self, mut items: Vec<Item>) -> Vec<Item> {
        let opens_with_place = |it: &Item| self.scan.place_starting(it.start).is_some();
        if items.len() < 2 || items[1..].iter().any(opens_with_place) {
            return items;
        }
        let first = &mut items[0];
        if first.known.is_some() {
            return items;
        }
        let mut p = first.start;
        while let Some(pl) = self.scan.place_starting(p).filter(|pl| !pl.short && !pl.as_level && pl.end < first.end) {
            p = pl.end;
        }
        if p > first.start && first.end >= p + 2 && self.scan.chars[p..first.end].iter().all(|&c| is_han(c)) {
            first.start = p;
        }
        items
    }

    /// Does a company's doing (list business_after: 落户, 投产, 签约…) start at `at`, perhaps
    /// after an adverb or two (纷纷, 相继; list deng_adverb)?
    fn company_doing_at(&self, at: usize) -> bool {
        let chars = &self.scan.chars;
        let (Some(doings), adverbs) = (self.rules.lexicon.id("business_after"), self.rules.lexicon.id("deng_adverb")) else { return false };
        let mut p = at;
        for _ in 0..2 {
            match adverbs.and_then(|l| self.scan.longest_starting(p, (p + 3).min(chars.len()), l, self.rules)) {
                Some(e) => p = e,
                None => break,
            }
        }
        self.scan.longest_starting(p, (p + 6).min(chars.len()), doings, self.rules).is_some()
    }

    /// Does an item of a list or a clause open at `start` (after 、, a comma, a conjunction,
    /// a word that ends the text before a name, or an item's amount: 总投资2亿元的|…)?
    pub(crate) fn opens_item(&self, start: usize) -> bool {
        let chars = &self.scan.chars;
        // (An item's number opens it too, on its own line or after a separator: 1.|X, (2)|X.)
        let numbered = item_number_before(chars, start);
        let numbered = numbered < start && (numbered == 0 || matches!(chars[numbered - 1], '\n' | ';' | ':' | ',' | '、' | '。'));
        start == 0 || numbered || matches!(chars[start - 1], '、' | ',' | ':' | ';' | '(' | '“' | '\n' | '。') || self.rules.core.is_conjunction(chars[start - 1]) || self.scan.boundary_before(start) || amount_before(chars, start).is_some()
    }

    /// Does the item `[s, e)` open with a field (an ordinary word, a trade word or a qualifier:
    /// 化工新材料, 新材料, 智能制造), not with a coined name or a level (思可达…, 省农科院…)?
    fn opens_with_field(&self, s: usize, e: usize) -> bool {
        let core = self.rules.core;
        self.scan.longest_starting(s, e, core.level, self.rules).is_none()
            && (self.rules.common.starts(&self.scan.chars[s..e]) || [core.industry, core.generic].into_iter().any(|l| self.scan.longest_starting(s, e, l, self.rules).is_some()))
    }

    /// Is `[s, e)` an ordinary word of two or three characters that may be a company's short name in a
    /// list of projects (长信|科技|触控显示, 信义|玻璃|七期: the word and a trade word open
    /// the item, what it builds follows)? Not one that says what kind, when or which (新型,
    /// 未来, 重点), a trade or what is made (智能, 电池), a place, or a word a company's name
    /// never opens with; nor the opening of a longer word of those.
    pub(crate) fn word_as_trade_name(&self, s: usize, e: usize, heads: crate::rules::ListId) -> bool {
        let chars = &self.scan.chars;
        // (Nor a word jieba's corpus counts often: 文化|科技|融合示范, 高效|农业|节水灌溉 name
        // fields; short names that are words too are rare words, 长信, 金发, 比亚迪.)
        if !(s + 2..=s + 3).contains(&e) || !chars[s..e].iter().all(|&c| is_han(c)) || !self.rules.common.contains(&chars[s..e]) || self.rules.frequent.contains(&chars[s..e]) || (s..e).any(|q| self.scan.place_starting(q).is_some()) {
            return false;
        }
        let lexicon = &self.rules.lexicon;
        let refused = [Some(self.rules.core.generic), Some(heads), lexicon.id("trade_name_suffix"), lexicon.id("made_product"), lexicon.id("not_company_opening"), lexicon.id("processing_activity"), lexicon.id("farming_activity"), lexicon.id("infrastructure_word")];
        !refused.into_iter().flatten().any(|l| self.scan.longest_starting(s, (s + 6).min(self.scan.len()), l, self.rules).is_some())
    }

    /// In an item of a list of projects, an ordinary word and the word trade names end with
    /// opening it (长信|科技|触控显示, 金发|科技|ABS一期), or the word and a count of what it
    /// makes (吉利|36万台发动机): the company, when what follows says only what it builds.
    /// Outside such a list the pair is as often a field's name (核心|技术|研发…, 军民|电子|…
    /// 基地), so only lists ask.
    fn word_trade_name_opening(&self, start: usize, end: usize, heads: crate::rules::ListId) -> Option<usize> {
        let suffixes = self.rules.lexicon.id("trade_name_suffix")?;
        // (Not where the item ends as a park's or a body's name does: 池河|工业|园区.)
        if self.ends_as_body(end) {
            return None;
        }
        if !self.opens_item(start) {
            return None;
        }
        // A rare word and a count of what it makes (吉利|36万台发动机, 秦川|18万套…): the figure
        // ends the name, as after a coined one.
        let chars = &self.scan.chars;
        let made_count = |p: usize| chars.get(p).is_some_and(|c| c.is_ascii_digit()) && counts_made_units(&chars[p..end]);
        if let Some(ws) = [start + 3, start + 2].into_iter().find(|&ws| ws < end && made_count(ws) && self.word_as_trade_name(start, ws, heads)) {
            return Some(ws);
        }
        let (ws, p) = [start + 2, start + 3].into_iter().filter(|&ws| ws < end && self.word_as_trade_name(start, ws, heads)).find_map(|ws| self.scan.longest_starting(ws, end, suffixes, self.rules).map(|p| (ws, p)))?;
        // A trade word that says with the rest what is made (比亚迪|新能源电池: 电池 alone is
        // a thing made) is the product's, and the name ends before it.
        if self.rules.lexicon.id("made_product").is_some_and(|l| self.scan.is_word(p, end, l, self.rules)) {
            return Some(ws);
        }
        (!self.scan.splits_word(p, suffixes, self.rules) && !self.rules.common.contains(&self.scan.chars[p - 1..(p + 1).min(end)]) && self.product_after(p, end)).then_some(p)
    }

    /// Does a platform's, an institution's or an agency's head end at `end` (…产业园, …研究院,
    /// …管委会)? An item ending so is a body's name, not what a company builds.
    fn ends_as_body(&self, end: usize) -> bool {
        self.rules.names.iter().any(|r| matches!(r.entity_type, EntityType::Platform | EntityType::Institution | EntityType::Agency) && self.scan.ends_with(end, r.heads, self.rules))
    }

    /// Does `[p, end)` say what a company builds, not name it: a short run of Chinese
    /// characters that ends with an ordinary word (触控|显示, 聚乳酸), a product's Latin letters
    /// or a figure (ABS一期, 3GW…), or a phase?
    fn product_after(&self, p: usize, end: usize) -> bool {
        /// What a list's item says it builds, at most.
        const PRODUCT_MAX: usize = 10;
        let chars = &self.scan.chars;
        let ends_with_word = || chars[p..end].iter().all(|&c| is_han(c)) && (2..=crate::rules::common::MAX_COMMON_WORD).any(|n| end >= p + n && self.rules.common.contains(&chars[end - n..end]));
        (p + 2..=p + PRODUCT_MAX).contains(&end)
            && (self.all_common_words(p, end)
                || ends_with_word()
                || chars[p].is_ascii_uppercase()
                || chars[p].is_ascii_digit()
                || self.rules.lexicon.id("phase_word").is_some_and(|l| self.scan.longest_ending(end, l, self.rules).is_some_and(|(ps, _)| ps >= p && (ps == p || self.all_common_words(p, ps)))))
    }

    /// The coined trade name opening a project item of a list of projects, before what it
    /// builds (settled case 5): a name of two to four distinguishing characters and the
    /// word a trade name ends with (大锦科技|汽车诊断, 天合光能|高效光伏), else a name of two
    /// or three such characters right before a trade word (华康源|智能医院设备). What follows
    /// is two characters or more (二期), four after a bare coined name: an item that is the
    /// trade name alone is a company. Without `suffixed`, only the bare coined name is read:
    /// outside a list, X科技|小镇 is as often a place's town as a company's project.
    pub(crate) fn trade_name_opening(&self, start: usize, end: usize, heads: crate::rules::ListId, suffixed: bool) -> Option<usize> {
        let chars = &self.scan.chars;
        let refused_opening = self.rules.lexicon.id("not_company_opening");
        // An ordinary word (清洁, 桑叶) is what a product is called, not who makes it.
        let coined = |s: usize, e: usize| self.coined_name(s, e, Some(heads)) && !refused_opening.is_some_and(|l| self.scan.longest_starting(s, e, l, self.rules).is_some());
        // The item opens where the list or a clause does (、 or a verb before it), not inside a
        // count or a measure (10万件|特种汽车…, GWh 大容量…); a park or centre it ends with is
        // a platform's name (金蒲电子产业园), not what a company builds; a project's word
        // (…建设项目) is.
        // (An item's amount before it, 总投资2亿元的|宏达股份…, is an edge too.)
        let clean_edge = self.opens_item(start);
        // …unless it is what a company builds for itself (…生产基地, …总部基地).
        // (A park or a seat is one where a project's words follow it: 鸿曜|新材料产业园|项目.)
        let facility_ends = |name: &str| self.rules.lexicon.id(name).is_some_and(|l| self.scan.ends_with(end, l, self.rules));
        let own_facility = facility_ends("company_facility") || (facility_ends("facility_before_project") && self.project_words_at(end));
        let a_body = self.ends_as_body(end);
        if !clean_edge || (a_body && !own_facility) {
            return None;
        }
        // A company's name may open with its place (河南|金滔科技|建设项目, 远安县|鸿美彩|化妆刷…,
        // settled case 6).
        let placed = self.scan.place_starting(start).filter(|pl| !pl.as_level && pl.end + 3 < end).map(|pl| pl.end);
        let openings = || std::iter::once(start).chain(placed);
        // A name ends after the whole word companies end with, not inside it (青岚新材|料,
        // 青岚新|材料生产线).
        let suffixes = self.rules.lexicon.id("trade_name_suffix");
        let splits_trade_word = |p: usize| suffixes.is_some_and(|l| self.scan.splits_word(p, l, self.rules));
        let common = &self.rules.common;
        // Does a common word of `min_len` characters or more run over the cut at `p`?
        let straddled_by = |p: usize, min_len: usize| {
            (p.saturating_sub(crate::rules::common::MAX_COMMON_WORD - 1).max(start)..p)
                .any(|a| (p + 1..=(a + crate::rules::common::MAX_COMMON_WORD).min(end)).any(|b| b - a >= min_len && common.contains(&chars[a..b])))
        };
        if let Some(suffix) = suffixes.filter(|_| suffixed) {
            // After the company's place its name may be a word (合肥|常青|股份|汽车板材…): the
            // place and the suffix say enough.
            let qualifier = self.rules.core.generic;
            let named_after_place = |s: usize, ws: usize| {
                placed == Some(s) && ws >= s + 2 && ws <= s + 3 && self.scan.chars[s..ws].iter().all(|&c| is_han(c)) && self.scan.longest_starting(s, ws, qualifier, self.rules).is_none() && self.scan.place_starting(s).is_none()
            };
            for s in openings() {
                for p in (s + 3..=(s + 6).min(end)).rev() {
                    if let Some((ws, _)) = self.scan.longest_ending(p, suffix, self.rules) {
                        // (Nor one the next character makes a longer word of: 弘山工业|园 is a
                        // park's name.)
                        if ws >= s && !splits_trade_word(p) && !common.contains(&chars[ws..p + 1]) && (coined(s, ws) || named_after_place(s, ws)) && end >= p + 2 {
                            return Some(p);
                        }
                    }
                }
            }
        }
        // A count of what it makes right after the name (中核钛白|20万吨/年…, 拓普|150万套…),
        // or what it makes a year (精锐|年产300万只…).
        if let Some(p) = (start + 2..=(start + 4).min(end)).find(|&p| chars.get(p).is_some_and(|c| c.is_ascii_digit()) || chars[p..end].starts_with(&['年', '产'])) {
            // (The name's first two characters are coined; what it makes may end it, 昊森|部件.)
            if coined(start, start + 2) && chars[start..p].iter().all(|&c| is_han(c)) && counts_made_units(&chars[p..end]) {
                return Some(p);
            }
        }
        // What it makes written in Latin letters right after the name (鸿为|PCB板, 瑞丰|LED
        // 显示屏): a coined name of Chinese characters ends where the letters begin.
        if let Some(p) = (start + 2..=(start + 4).min(end.saturating_sub(2))).find(|&p| chars[p].is_ascii_uppercase()) {
            if chars[p + 1].is_ascii_uppercase() && chars[start..p].iter().all(|&c| is_han(c)) && coined(start, p) {
                return Some(p);
            }
        }
        // The trade word must say what it makes, not qualify it (科技 in 沈抚|科技小镇 does).
        let qualifier = self.rules.core.generic;
        // Without a word companies end with, the opening place is read only in a list of
        // projects (`suffixed`), where each item is one company's project.
        std::iter::once(start).chain(placed.filter(|_| suffixed)).find_map(|s| {
            let by_trade_word = (s + 2..=(s + 3).min(end))
                .find(|&p| self.scan.longest_starting(p, end, heads, self.rules).is_some())
                .filter(|&p| coined(s, p) && end >= p + 4 && self.scan.longest_starting(p, end, qualifier, self.rules).is_none() && !splits_trade_word(p));
            // Or a name that holds no common word, right before the common word that opens
            // what it makes (龙犇|液晶显示模组, 佰兴|可降解日用品): ordinary words are what a
            // product is named with, a coined name is none of them.
            // The longest such name first: 鸿曜维康|健康饮品 is no 鸿曜维|康健….
            by_trade_word.or_else(|| {
                // A coined pair and one ordinary word (青岚|天安) make a four-character name
                // when ordinary words, two or more, say all the rest (智能化|升级|改造): the
                // word is the name's, not the product's.
                // (Not a word that qualifies or heads, 永强|高端, 顺兴|小学, nor before a park's
                // or a centre's head: parks are named by two places, 沣东|虹桥.)
                let coined_with_word = |p: usize| {
                    p == s + 4
                        && !a_body
                        && coined(s, s + 2)
                        && common.contains(&chars[s + 2..p])
                        && self.scan.longest_starting(s + 2, p, heads, self.rules).is_none()
                        && self.scan.longest_starting(s + 2, p, qualifier, self.rules).is_none()
                        && !self.scan.head_ends_at(p)
                        && end - p >= 4
                        && self.all_common_words(p, end)
                };
                (s + 2..=(s + 4).min(end)).rev().find(|&p| {
                    end >= p + 3
                        && (coined(s, p) || coined_with_word(p))
                        // (Nor does a word run over the cut: 久曜|新一代 is not 久曜新|一代;
                        // unless ordinary words say all the rest, 鸿曜维康|健康饮品, where the
                        // word over the cut, 康健, is a misreading.)
                        // (A word of three characters or more over the cut, 欧柏丽|直升机, is
                        // read whole all the same.)
                        && ((!common.contains(&chars[p - 1..p + 1]) && !straddled_by(p, 2)) || (p == s + 4 && common.contains(&chars[p..p + 2]) && !straddled_by(p, 3) && self.all_common_words(p, end)))
                        && !splits_trade_word(p)
                        && common.starts(&chars[p..end])
                        // (A qualifier may open what a company builds for itself, 久曜|新一代…
                        // 生产基地, though not a place's works, 沈抚|科技小镇.)
                        && (own_facility || self.scan.longest_starting(p, end, qualifier, self.rules).is_none())
                })
            })
        })
    }

    /// Are the items, two or more, each a distinguishing name and an industry word of the
    /// rule's `item_heads`, and not all of one trade? Kinds of one trade (冷链物流、应急物流、
    /// 跨境物流) end alike; companies seldom all do.
    fn all_trade_names(&self, rule: &EnumerationRule, items: &[Item], accepted: &AcceptedSet<'a>) -> bool {
        let Some(heads) = rule.item_heads else { return false };
        let head_of = |it: &Item| self.scan.longest_ending(it.end, heads, self.rules).map(|(hs, _)| hs);
        let traded = |it: &Item| it.known.is_none() && head_of(it).is_some_and(|hs| hs > it.start && self.proper_chars_with(it.start, hs, None, Some(heads)) >= 2);
        let ending = |it: &Item| head_of(it).map(|hs| self.scan.folded(hs, it.end));
        // A company named in full among them (禹王公司、宏达重工、瑞丰重工等地) says what the
        // others are, however alike their trade words.
        let company = |it: &Item| it.known.is_some_and(|i| accepted.all[i].ty == EntityType::Enterprise);
        let with_company = items.iter().any(company);
        // In a run of three or more, a coined name of its own (康诺思腾) stands
        // among two or more trade names and a third of the run: not a word, a place, two
        // words or a trade.
        let chars = &self.scan.chars;
        let traded_n = items.iter().filter(|it| traded(it)).count();
        let coined_among = items.len() >= 3 && traded_n >= 2 && traded_n * 3 >= items.len();
        let coined = |it: &Item| {
            coined_among
                && it.known.is_none()
                && (2..=6).contains(&(it.end - it.start))
                && chars[it.start..it.end].iter().all(|&c| is_han(c))
                && !self.rules.common.contains(&chars[it.start..it.end])
                && self.scan.place_starting(it.start).is_none()
                && !self.two_common_words(it.start, it.end)
                && !self.names_a_trade(rule, it)
        };
        items.len() >= 2
            && items.iter().all(|it| traded(it) || company(it) || coined(it))
            && items.iter().any(traded)
            && (with_company || !items.windows(2).all(|w| ending(&w[0]) == ending(&w[1])))
    }

    /// After 等: an optional count (3家, 一批), at most 8 more characters, then a word of the
    /// rule's nouns; a relative clause (等在行业中有影响力的…企业) may be longer, up to 24
    /// characters, as long as its 的 comes before the noun, and so may a category's own name
    /// with its place and field (等3个吉林省重点产业科技创新联合体), up to 20, when no verb or
    /// other boundary word stands in it. Returns the end of the noun and its start.
    fn closing_phrase(&self, from: usize, rule: &EnumerationRule) -> Option<(usize, usize)> {
        const PLAIN: usize = 14;
        const NAMED: usize = 20;
        const RELATIVE: usize = 32;
        let chars = &self.scan.chars;
        let limit = (from + RELATIVE).min(chars.len());
        let mut best: Option<(usize, usize)> = None;
        let mut relative = false;
        // The words after the count and its classifier (3个|…), where a verb would show.
        let words_from = count_value(chars, from).map_or(from, |(_, e)| e + 1);
        // Companies counted (等3家|企业|申报的…实验室) are what the items are: a platform's
        // word further on is what they did, not the items' kind. (企业技术中心 is a kind.)
        if rule.entity_type == EntityType::Platform
            && words_from > from
            && self.rules.lexicon.id("opened_list_noun").is_some_and(|l| self.scan.longest_starting(words_from, limit, l, self.rules).is_some())
            && self.scan.longest_starting(words_from, limit, rule.nouns, self.rules).is_none()
        {
            return None;
        }
        // A relative clause may coordinate what it says with 、 before its 的 (等一批投资体量大、
        // 市场前景广阔的项目): a 、 before that 的 ends nothing.
        // (Looked for at the first 、 only: most closing phrases hold none.)
        let mut de_at: Option<usize> = None;
        let mut past_mark = false;
        for end in from + 1..=limit {
            if end - 1 >= from && (is_stop(chars[end - 1]) || self.structure.separator[end - 1]) {
                if chars[end - 1] == '、' && !past_mark {
                    de_at = (from..limit).take_while(|&q| !(is_stop(chars[q]) && chars[q] != '、') && !self.structure.separator[q]).find(|&q| chars[q] == '的');
                }
                if !(chars[end - 1] == '、' && de_at.is_some_and(|d| end - 1 < d)) {
                    break;
                }
                past_mark = true;
            }
            // A title's 关于 after the items (A等部门关于印发…) ends the phrase: what follows is
            // the title's subject, not the items' kind.
            if end >= from + 2 && chars[end - 2] == '关' && chars[end - 1] == '于' {
                break;
            }
            relative |= chars[end - 1] == '的';
            if end - from > NAMED && !relative {
                break;
            }
            // (Past such a 、 only the clause's head, after its 的, closes the list: a noun
            // before it opens another item, 等基础设施、企业经济实力等.)
            if past_mark && de_at.is_some_and(|d| end <= d + 1) {
                continue;
            }
            if let Some((s, _)) = self.scan.longest_ending(end, rule.nouns, self.rules) {
                // A noun that belongs to the word before it (科技计划|项目) closes nothing.
                // (Only 项目 is so owned: 科研|单位 are bodies doing research.)
                if rule.not_after_noun.is_some_and(|l| self.scan.ends_with(s, l, self.rules)) && chars[s..end].starts_with(&['项', '目']) {
                    return None;
                }
                // Nor one that modifies the word after it (等为代表的企业|文化, 等企业|家):
                // the phrase is about the items' culture or people, not the items' kind.
                if self.rules.lexicon.id("noun_modified_after").is_some_and(|l| self.scan.longest_starting(end, (end + 3).min(chars.len()), l, self.rules).is_some()) {
                    return None;
                }
                // Beyond the plain reach the noun must be the relative clause's head.
                // Past the plain reach without a relative clause, the words before the noun
                // must hold no verb or other boundary word (等3家企业获批|省级…联合体).
                if end - from > PLAIN && !relative && (words_from + 1..=s).any(|p| self.scan.boundary_before(p)) {
                    break;
                }
                if s >= from && (end - from <= NAMED || chars[from..s].contains(&'的')) {
                    // The nearest noun closes the list, extended to the longest word ending
                    // there (企业 → 高新技术企业 is one closing phrase either way), or one
                    // character on that a longer noun ends with (产业园 → 产业园区).
                    let end = if end < limit && self.scan.longest_ending(end + 1, rule.nouns, self.rules).is_some_and(|(s2, _)| s2 <= s) { end + 1 } else { end };
                    best = Some((end, s));
                    break;
                }
            }
        }
        best
    }

    /// The items of a list ending at `end` (exclusive; `end` is 等 or a shared head), nearest
    /// last: separated by 、 or a conjunction, the first bounded by a boundary word or
    /// punctuation. With `categories`, a recognition category inside an item does not end it
    /// (高新技术企业|培育 is one item of a program list). With `owned`, an item may open with
    /// its owner's name (宏达集团|智能装备技术、明州大学|新材料技术等2家工程实验室): the item runs
    /// from the owner's start, and the owner is noted. With `marks`, the run between two 、 is
    /// one item whatever verbs it holds (a field a platform's head names, 振动和安全技术; a
    /// project, 金滔科技|建设|项目). With `skip_long_last`, a last item too long for a name is
    /// left out and the items before it are read.
    pub(crate) fn items_before_with(&self, end: usize, max_item: usize, categories: bool, owned: bool, marks: bool, skip_long_last: bool, accepted: &AcceptedSet<'a>) -> Vec<Item> {
        let chars = &self.scan.chars;
        let core = self.rules.core;
        let mut items: Vec<Item> = Vec::new();
        let mut e = end;
        loop {
            // An accepted name ending here is one item, whole.
            let known = accepted.ending_at(e).filter(|&i| accepted.all[i].start < e).max_by_key(|&i| e - accepted.all[i].start);
            // A quoted item is bounded by its quotes, however long the title it holds
            // (“社会治理与智慧社会科技支撑”“…”等5个重点专项).
            // (Two characters or more inside: a lone character in quotes is no title.)
            let quoted_from = if categories { self.quotation_ending_within(e, QUOTED_ITEM_MAX).filter(|&q| q + 3 < e) } else { None };
            let (s, known) = match (known, quoted_from) {
                (Some(i), _) if !matches!(accepted.all[i].ty, EntityType::Place | EntityType::Designation) => (accepted.all[i].start, Some(i)),
                (_, Some(q)) => (q, None),
                _ => {
                    let edges: Vec<_> = self.left_edges_for(e, max_item + 1, false, true, false, None, categories, accepted).into_iter().filter(|edge| edge.at < e).collect();
                    // An owner opening the item bounds it, though its name reaches back past
                    // the window the edges are looked for in.
                    let owner_end = if owned { self.owner_ending_before(e, max_item, accepted) } else { None };
                    let owner_edge = owner_end.filter(|&q| edges.first().is_none_or(|edge| edge.at <= q));
                    // In a list of fields a platform's head names (A、B等25个实验室), the run between
                    // two 、 (or a 、 and the list's end) is one item, whatever verb-like words it
                    // holds (、半导体照明联合创新、): only the first item needs a word to bound it.
                    // A conjunction inside the last item may join two items (A、B和C等): its
                    // edge stands; between two 、 it joins two words of one field (、振动和安全技术、).
                    let between_marks = self.enumeration_mark_before(e, max_item).filter(|&q| marks && owner_end.is_none() && (!items.is_empty() || !chars[q + 1..e].iter().any(|&c| core.is_conjunction(c))));
                    // A run opening with a verb of recognition after the 、 is a clause of its
                    // own (拟认定A等19个X、|备案|B等24个Y): the item starts after the verb.
                    let recognition_verb = self.rules.lexicon.id("recognition_frame_verb");
                    let after_verb = |q: usize| recognition_verb.and_then(|l| self.scan.longest_starting(q, e.min(q + 4), l, self.rules)).filter(|&v| v + 2 <= e).unwrap_or(q);
                    match (owner_edge, edges.first()) {
                        _ if between_marks.is_some() => (after_verb(between_marks.expect("checked") + 1), None),
                        (Some(q), _) => (q, None),
                        (None, None) => break,
                        // The nearest edge bounds an item; an item running to the window's
                        // end without one is too long to be a short name.
                        (None, Some(edge)) if !edge.hard() && items.is_empty() && edges.len() > 1 => (edge.at, None),
                        (None, Some(edge)) if edge.at + max_item < e => {
                            // In a list 等 closes, a last item too long for a short name
                            // (…、IDG亚洲产业育成中心|等27家企业) is no item of it, but the items
                            // before its 、 are. (Where items share a head, one skipped would
                            // join the others to a head not theirs.)
                            // (One holding a conjunction may be two, 瑞丰材料和中国航发青岚: the
                            // list's long last item is read for them.)
                            match self.enumeration_mark_before(e, 2 * max_item).filter(|&q| skip_long_last && items.is_empty() && q + max_item < e && q > 0 && !chars[q + 1..e].iter().any(|&c| core.is_conjunction(c))) {
                                Some(q) => {
                                    e = q;
                                    continue;
                                }
                                None => break,
                            }
                        }
                        (None, Some(edge)) => (edge.at, None),
                    }
                }
            };
            if s >= e {
                break;
            }
            // The owner bounding the item on the left opens it, when the owner itself opens
            // an item (after 、, a conjunction, or where the list starts).
            let mut s = s;
            let mut owner = None;
            if owned && known.is_none() {
                let opens_item = |a: &Accepted<'_>| a.start == 0 || chars[a.start - 1] == '、' || core.is_conjunction(chars[a.start - 1]) || is_stop(chars[a.start - 1]) || self.scan.boundary_before(a.start);
                if let Some(i) = accepted.ending_at(s).find(|&i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution) && accepted.all[i].text.is_none() && accepted.all[i].end - accepted.all[i].start <= OWNER_MAX && opens_item(&accepted.all[i])) {
                    s = accepted.all[i].start;
                    owner = Some(i);
                }
            }
            // A conjunction opening the list's first item joins it to the words before the
            // list (…亿元企业及|鸿翔正锐、青岚金玉米等): 及 and 与 open no name.
            if known.is_none() && owner.is_none() && e > s + 3 && matches!(chars[s], '及' | '与') && s > 0 && is_han(chars[s - 1]) {
                s += 1;
            }
            // What an item's company makes a year (、鸿翔电子|年产10万套|智能终端、) cuts no item
            // of a list: the item opens with the name before the figure.
            let s = match self.figure_ending_at(s).filter(|_| known.is_none() && owner.is_none()).and_then(|at| self.name_before_figure(at)) {
                Some(q) if q > 0 && (chars[q - 1] == '、' || core.is_conjunction(chars[q - 1])) => q,
                _ => s,
            };
            items.push(Item { start: s, end: e, known, owner });
            if s == 0 {
                break;
            }
            let sep = chars[s - 1];
            // (与 of 参与 joins nothing: a protected word holds it.)
            let conj = core.is_conjunction(sep) && !self.scan.is_protected(s - 1);
            if sep == '、' || (conj && items.len() == 1) {
                e = conjunction_start(chars, s - 1);
                continue;
            }
            // Quotations written one after another (“A”“B”等重点专项) are items with no mark
            // between them.
            if sep == '”' && chars[s] == '“' {
                e = s;
                continue;
            }
            // Each item may carry its amount before it (总投资2亿元的A、总投资1.5亿元的B): the
            // list goes on before the amount.
            if let Some(m) = amount_before(chars, s) {
                if m > 0 && chars[m - 1] == '、' {
                    e = m - 1;
                    continue;
                }
            }
            break;
        }
        // A figure of capacity after a short name (青岚|2×100万|千瓦) is the name's project: the
        // item opens with the name, where the list does.
        // A list whose first item a figure cuts with no name before it (不低于60万|头…基地、冷链
        // 物流…) lists things counted, not names.
        if let Some((first, at)) = items.last_mut().filter(|it| it.known.is_none()).and_then(|it| self.figure_ending_at(it.start).map(|at| (it, at))) {
            match self.name_before_figure(at) {
                Some(q) => first.start = q,
                None => items.clear(),
            }
        }
        // The first item must open where the list does: one that a measure cuts in two
        // (中核钛白20万吨/|年钛白后处理) is the tail of something else.
        if items.last().is_some_and(|it| it.known.is_none() && it.start > 0 && (chars[it.start - 1] == '/' || chars[it.start - 1].is_ascii_digit())) {
            items.pop();
        }
        items.reverse();
        items
    }

    /// A、B、C with no word closing it, most of whose items are names of the rule's type
    /// already, or end with a word of `nouns` (宏达集团、青岚通信、鸿翔汽车、瑞丰科技有限公司): the
    /// other items, short names of their own, are of that type too. Each run of items is read
    /// once, from its last item back; a run closed by 等 is the closed form's.
    fn companions(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        const RUN_ITEMS: usize = 16;
        let chars = &self.scan.chars;
        let mut q = 0;
        while q < chars.len() {
            if chars[q] != '、' {
                q += 1;
                continue;
            }
            // The run's last 、, at most RUN_ITEMS items on.
            let mut last = q;
            for _ in 0..RUN_ITEMS {
                let next = (last + 1..(last + 2 + rule.max_item).min(chars.len())).find(|&k| chars[k] == '、' || is_stop(chars[k]));
                match next {
                    Some(k) if chars[k] == '、' => last = k,
                    _ => break,
                }
            }
            q = last + 1;
            // The last item: a name found there, or the words up to the clause's end.
            let known_last = accepted.starting_at(last + 1).filter(|&i| accepted.all[i].ty == rule.entity_type).map(|i| accepted.all[i].end).max();
            let end = known_last.or_else(|| (last + 1..(last + 2 + rule.max_item).min(chars.len())).find(|&k| is_stop(chars[k]) || chars[k] == '等'));
            let Some(end) = end else { continue };
            if chars.get(end) == Some(&'等') {
                continue;
            }
            let items = self.items_before_with(end, rule.max_item, false, false, false, false, accepted);
            let of_type = |it: &Item| it.known.is_some_and(|i| accepted.all[i].ty == rule.entity_type) || (it.known.is_none() && self.scan.ends_with(it.end, rule.nouns, self.rules));
            let known = items.iter().filter(|it| of_type(it)).count();
            if items.len() < 3 || known < 2 || known * 3 < items.len() {
                continue;
            }
            for it in items.iter().filter(|it| it.known.is_none() && !of_type(it)) {
                if self.companion_passes(rule, it.start, it.end, accepted) {
                    out.push(Cand::new(rule.entity_type, it.start, it.end, &rule.id, rule.priority));
                }
            }
        }
        self.companion_of_pair(rule, accepted, out);
    }

    /// Whether `[s, e)`, no name yet, passes as a short name of `rule`'s type beside its
    /// companions: 2 to `max_item` characters of Han letters, Latin letters or digits, not a
    /// hall or site (展览馆, 车间: where a visit went), not an ordinary word whole, not places
    /// only, not ending with another type's head, with `min_proper` distinguishing characters
    /// (words of `item_heads` not counted), overlapping no name found, holding no word of
    /// `not_containing` nor of the public works (list `infrastructure_word`).
    fn companion_passes(&self, rule: &'a EnumerationRule, s: usize, e: usize, accepted: &AcceptedSet<'a>) -> bool {
        let chars = &self.scan.chars;
        let n = e - s;
        (2..=rule.max_item).contains(&n)
            && chars[s..e].iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric())
            && !ends_as_site(chars, e)
            && !self.rules.common.contains(&chars[s..e])
            && !self.only_places(s, e, accepted, None)
            && !self.ends_with_any_head(e, rule.entity_type)
            && self.proper_chars_with(s, e, None, rule.item_heads) >= rule.min_proper
            && !accepted.overlapping(s, e).any(|i| accepted.all[i].ty != EntityType::Place)
            && !rule.not_containing.is_some_and(|l| self.scan.holds_word(s, e, l, self.rules))
            // (Nor a public work listed among companies' projects: 宜远铁路, 城南小学.)
            && !self.rules.lexicon.id("infrastructure_word").is_some_and(|l| self.scan.holds_word(s, e, l, self.rules))
    }

    /// Two names joined by a conjunction, one a registered company (宜昌青岚电气有限公司和|
    /// 鸿翔科技|签订…, 鸿翔科技|与宜昌青岚电气有限公司…): the other, a short name ending with a
    /// word of the rule's `item_heads` (科技, 电子), is a company too. It must end where the
    /// clause or a verb does, and pass the checks the items of a list pass.
    fn companion_of_pair(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let Some(trades) = rule.item_heads else { return };
        let chars = &self.scan.chars;
        let n = chars.len();
        let conj = |k: usize| matches!(chars[k], '和' | '与' | '及');
        let passes = |s: usize, e: usize| self.companion_passes(rule, s, e, accepted);
        // A trade word ends the name at `e`: the longest one ending there, after the name's
        // own characters.
        let trade_ends = |s: usize, e: usize| self.scan.longest_ending(e, trades, self.rules).is_some_and(|(t, _)| t > s);
        for a in &accepted.all {
            if a.ty != rule.entity_type || a.text.is_some() || !self.scan.ends_with(a.end, rule.nouns, self.rules) {
                continue;
            }
            // After the company: the name closes at a stop, a 、, a conjunction or a verb.
            if a.end + 3 < n && conj(a.end) {
                let s = a.end + 1;
                let closes = |e: usize| e >= n || is_stop(chars[e]) || chars[e] == '、' || conj(e) || self.scan.longest_starting(e, (e + 4).min(n), self.rules.core.boundary, self.rules).is_some();
                if let Some(e) = (s + 2..=(s + rule.max_item).min(n)).find(|&e| trade_ends(s, e) && closes(e)) {
                    if passes(s, e) {
                        out.push(Cand::new(rule.entity_type, s, e, &rule.id, rule.priority));
                    }
                }
            }
            // Before it: the name opens the clause or follows a word that ends text before names.
            if a.start >= 3 && conj(a.start - 1) {
                let e = a.start - 1;
                let opens = |s: usize| s == 0 || !is_han(chars[s - 1]) || is_stop(chars[s - 1]) || self.scan.boundary_before(s) || self.structure.separator[s - 1];
                if trade_ends(e.saturating_sub(rule.max_item), e) {
                    if let Some(s) = (e.saturating_sub(rule.max_item)..=e - 2).rev().find(|&s| opens(s) && trade_ends(s, e)) {
                        if passes(s, e) {
                            out.push(Cand::new(rule.entity_type, s, e, &rule.id, rule.priority));
                        }
                    }
                }
            }
        }
    }

    /// The 、 nearest before `e`, within `max_item` characters and with no stop between.
    fn enumeration_mark_before(&self, e: usize, max_item: usize) -> Option<usize> {
        let chars = &self.scan.chars;
        let floor = e.saturating_sub(max_item + 1);
        let mut q = e.checked_sub(1)?;
        while q > floor {
            if chars[q] == '、' {
                return (q + 1 < e).then_some(q);
            }
            // A count ends the run: what stands before it is another list (永川、荣昌2个国家
            // 高新区和|涪陵、合川3个…). A measure of output does not (、瑞丰|年产300万只皮带轮等
            // 项目): an item of a list of projects may say how much it makes.
            if is_stop(chars[q]) || self.structure.separator[q] || (chars[q].is_ascii_digit() && !output_measure_at(chars, q)) || (is_classifier(chars[q]) && is_numeral(chars[q - 1])) {
                return None;
            }
            q -= 1;
        }
        None
    }

    /// The end of the nearest company or institution that ends within `max_item` characters
    /// before `e`, with nothing but name characters between (宏达股份有限公司|智能装备技术).
    fn owner_ending_before(&self, e: usize, max_item: usize, accepted: &AcceptedSet<'a>) -> Option<usize> {
        let chars = &self.scan.chars;
        let mut q = e.checked_sub(2)?;
        let floor = e.saturating_sub(max_item);
        while q > floor {
            if is_stop(chars[q]) || self.structure.separator[q] || chars[q] == '、' {
                return None;
            }
            if accepted.ending_at(q).any(|i| matches!(accepted.all[i].ty, EntityType::Enterprise | EntityType::Institution) && accepted.all[i].start < q) {
                return Some(q);
            }
            q -= 1;
        }
        None
    }

    /// Turns items into candidates of the rule's type, where they pass as names.
    fn emit_items(
        &self,
        rule: &'a EnumerationRule,
        items: &[Item],
        recognized: Option<(usize, usize)>,
        shared_head: Option<(usize, usize)>,
        vouched: Vouched,
        accepted: &AcceptedSet<'a>,
        out: &mut Vec<Cand<'a>>,
    ) {
        let lone = items.len() == 1;
        // An owner opening the first item of a list sharing one head (鄂大智能制造、化工新材料
        // 3个协同创新中心) owns every item: the fields after it are its centres too.
        let list_owner = items.first().and_then(|f| f.owner.filter(|&o| accepted.all[o].start == f.start && matches!(accepted.all[o].ty, EntityType::Enterprise | EntityType::Institution))).filter(|_| shared_head.is_some() && rule.entity_type == EntityType::Platform);
        // What a company is to a project (施工方, 投资方), written as an item: a role, no name.
        let roles = if rule.entity_type == EntityType::Enterprise { self.rules.lexicon.id("company_role") } else { None };
        // Raising or growing a crop or breed (肉鸽|养殖, 香菇|栽培), written bare, is what is
        // done, not who does it: a farm company or co-operative writes its legal form.
        let farming = if rule.entity_type == EntityType::Enterprise { self.rules.lexicon.id("farming_activity") } else { None };
        for it in items {
            let text = || self.doc.slice(it.start, it.end).to_string();
            if roles.is_some_and(|l| self.scan.is_word(it.start, it.end, l, self.rules)) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is a role, not a company", text()));
                continue;
            }
            if it.known.is_none() && farming.is_some_and(|l| self.scan.ends_with(it.end, l, self.rules)) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is an activity of farming, not a company", text()));
                continue;
            }
            if let Some(i) = it.known {
                // Already a name: the list only adds what it says of it.
                if recognized.is_some() && shared_head.is_none() {
                    let a = &accepted.all[i];
                    let mut c = Cand::new(a.ty, a.start, a.end, &rule.id, rule.priority);
                    c.recognized = recognized;
                    c.text = a.text.clone();
                    out.push(c);
                }
                continue;
            }
            // An owner opening the item is no part of its length.
            let own_start = it.owner.map_or(it.start, |o| accepted.all[o].end);
            let n = it.end - own_start;
            // (A quoted item's quotes bound it: it may be a long title.)
            let quoted = rule.entity_type == EntityType::Program && n > 2 && self.scan.chars[it.start] == '“' && self.scan.chars[it.end - 1] == '”';
            if n < 2 || n > if quoted { QUOTED_ITEM_MAX } else { rule.max_item } {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is not a short name", text()));
                continue;
            }
            if self.scan.chars[it.start..it.end].iter().any(|&c| is_stop(c) || c.is_ascii_digit() || is_mask(c)) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is masked or counted", text()));
                continue;
            }
            // A quote the item does not open (…与疾病”等18个项目) closes a title before it: the
            // item is that title's tail, no company.
            let item = &self.scan.chars[it.start..it.end];
            if rule.entity_type == EntityType::Enterprise && item.iter().filter(|&&c| c == '”').count() > item.iter().filter(|&&c| c == '“').count() {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is the tail of a quotation", text()));
                continue;
            }
            // A word that ends the text before a name (认定, 培育) is no name itself: an item
            // that is only that is the tail of a phrase the list's edge cut.
            if self.scan.is_word(it.start, it.end, self.rules.core.boundary, self.rules) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is a word before names, not a name", text()));
                continue;
            }
            if rule.not_containing.is_some_and(|l| self.scan.holds_word(it.start, it.end, l, self.rules)) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is a note, not a name", text()));
                continue;
            }
            // A place alone names no platform without a head after it (黄陵、武功四家…高新区);
            // a company's trade name may be a place's (A、东港等3家企业).
            if rule.entity_type == EntityType::Platform && shared_head.is_none() && self.scan.place_starting(it.start).is_some_and(|p| p.end == it.end) {
                self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is a place, not a name", text()));
                continue;
            }
            // Counted items are companies by the count; the other checks still hold.
            if shared_head.is_none() && vouched != Vouched::ByCount {
                let proper = self.proper_chars(it.start, it.end, None);
                if proper < rule.min_proper {
                    self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is generic", text()));
                    continue;
                }
                // An item made of trade words only is a trade, not a company named after one.
                if self.names_a_trade(rule, it) {
                    self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' names a trade, not one company", text()));
                    continue;
                }
                if lone && vouched == Vouched::No {
                    if let Some(list) = rule.item_heads {
                        // (A coined name of three or four characters, 赛岚奇等10家企业, is one
                        // all the same: no word of the language says it.)
                        if !self.scan.ends_with(it.end, list, self.rules) && !(it.end - it.start >= 3 && self.coined_name(it.start, it.end, Some(list))) {
                            self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' alone in a list does not end like a trade name", text()));
                            continue;
                        }
                    }
                }
            }
            if shared_head.is_none() {
                // An item that is a bare category (中试基地, 实验室) names nothing.
                let bare_head = self.rules.names.iter().filter_map(|r| self.scan.longest_ending(it.end, r.heads, self.rules)).map(|(s, _)| s).min();
                if bare_head.is_some_and(|s| self.proper_chars(it.start, s.max(it.start), None) == 0) {
                    self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' is a bare category", text()));
                    continue;
                }
                // An item that is itself a head word's name of another kind is not this.
                if self.ends_with_any_head(it.end, rule.entity_type) {
                    self.note(rule.entity_type, &rule.id, it.start, it.end, || format!("'{}' ends with another kind's head word", text()));
                    continue;
                }
            }
            let mut c = match shared_head {
                Some((hs, he)) => {
                    let mut c = Cand::new(rule.entity_type, it.start, he, &rule.id, rule.priority);
                    // A field in brackets after the item (福州闽都(光电信息)) glosses it.
                    let item_end = Some(super::before_bracketed_tail(&self.scan.chars, it.start, it.end)).filter(|&e| e > it.start).unwrap_or(it.end);
                    // (An item with no owner or place of its own is the list owner's: one that
                    // opens with a field, 化工新材料. One that opens with a coined name or a
                    // level, 思可达太阳能…, 省农科院花生…, names its own.)
                    let owners = list_owner.filter(|_| it.owner.is_none() && self.scan.place_starting(it.start).is_none() && self.opens_with_field(it.start, item_end));
                    let owned = owners.map_or(String::new(), |o| self.doc.slice(accepted.all[o].start, accepted.all[o].end).to_string());
                    c.text = Some(format!("{owned}{}{}", self.doc.slice(it.start, item_end), self.doc.slice(hs, he)));
                    c.owner = owners;
                    c
                }
                None => Cand::new(rule.entity_type, it.start, it.end, &rule.id, rule.priority),
            };
            c.recognized = recognized;
            c.owner = it.owner.or(c.owner);
            out.push(c);
        }
    }

    /// The head that a closing phrase `[from, end)` gives its items (…等4家|全国重点实验室):
    /// a word of `heads` ending the phrase, with the generic words before it, after the
    /// count and a rank (等7家省|创新实验室, 等3家省级|…).
    fn closing_head(&self, from: usize, end: usize, heads: ListId) -> Option<(usize, usize)> {
        let chars = &self.scan.chars;
        let (s, _) = self.scan.longest_ending(end, heads, self.rules)?;
        let mut hs = from;
        if let Some((_, e)) = count_value(chars, hs).filter(|&(_, e)| chars.get(e).is_some_and(|&c| is_classifier(c) || c == '大')) {
            hs = e + 1;
        }
        if let Some(l) = self.scan.longest_starting(hs, s, self.rules.core.level, self.rules).filter(|&l| chars[l - 1] == '级') {
            hs = l;
        } else if hs < s && matches!(chars[hs], '省' | '市' | '县' | '区') {
            hs += 1;
        }
        (hs <= s && end - hs <= 12 && self.proper_chars(hs, s, None) == 0).then_some((hs, end))
    }

    /// Is the item made of the rule's trade words only, with no place (生物医药, 新材料, 纺织):
    /// a trade, not a company named after one?
    fn names_a_trade(&self, rule: &EnumerationRule, it: &Item) -> bool {
        rule.item_heads.is_some_and(|l| self.proper_chars_with(it.start, it.end, None, Some(l)) == 0 && self.scan.places_within(it.start, it.end).next().is_none())
    }

    /// Does a head word of a name rule of another type end at `end`?
    fn ends_with_any_head(&self, end: usize, ty: EntityType) -> bool {
        // (A head that names something only after its owner, a section's 科 after its bureau,
        // is no other kind's name in an item that does not open with one: 青岚高科 is a trade.)
        self.rules.names.iter().any(|r| r.entity_type != ty && r.entity_type != EntityType::Designation && r.owned_by.is_empty() && self.scan.ends_with(end, r.heads, self.rules))
    }

    /// A、B、C + head, where only the last item carries the head: each item with the head.
    fn shared_heads(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let company_site = self.rules.lexicon.id("company_site");
        let posts = self.rules.lexicon.id("person_post");
        let doings = self.rules.lexicon.id("business_after");
        for i in 0..accepted.all.len() {
            let a = &accepted.all[i];
            if a.ty != rule.entity_type && !(rule.entity_type == EntityType::Designation) {
                continue;
            }
            if a.text.is_some() || a.start == 0 {
                continue;
            }
            // Quoted names written one after another before the head (“A”“B”“C”重点专项),
            // the last perhaps after a conjunction (“A”“B”和“C”活动).
            let conj_before = a.start > 2 && self.rules.core.is_conjunction(chars[a.start - 1]) && chars[a.start - 2] == '”';
            if chars[a.start] == '“' && (chars[a.start - 1] == '”' || conj_before) {
                self.adjacent_quoted_heads(rule, a, accepted, out);
                continue;
            }
            if !(chars[a.start - 1] == '、' || self.rules.core.is_conjunction(chars[a.start - 1])) {
                continue;
            }
            let Some((hs, _)) = self.scan.longest_ending(a.end, rule.nouns, self.rules) else { continue };
            if hs <= a.start {
                continue;
            }
            // A name opening with its own count (九个重点产业、|四大提升行动) is a counted set
            // of its own: the count is written once for a shared head, after the items.
            if is_numeral(chars[a.start]) && chars.get(a.start + 1).is_some_and(|c| matches!(c, '大' | '个' | '项' | '类')) {
                continue;
            }
            // The head is written once for the whole list, not with every item after the
            // first (A、B园区、C园区: A is no 园区 of the writer's).
            // (A place or operator in brackets may follow each item: A(荥阳)、B空间(金水区)、C空间.)
            let sep = super::bracket_close(chars, a.end).map_or(a.end, |c| c + 1);
            let next = sep + 1;
            if next < chars.len() && (chars[sep] == '、' || self.rules.core.is_conjunction(chars[sep])) && accepted.starting_at(next).any(|j| accepted.all[j].ty == a.ty && self.scan.longest_ending(accepted.all[j].end, rule.nouns, self.rules).is_some()) {
                continue;
            }
            let by_conj = self.rules.core.is_conjunction(chars[a.start - 1]);
            let items = self.items_before_with(a.start - 1, rule.max_item, a.ty == EntityType::Program, false, false, false, accepted);
            // A quantity before the first item (一批|蔬菜、食用菌示范基地) counts kinds of it.
            if a.ty == EntityType::Platform && items.first().is_some_and(|it| self.quantified_kinds(it.start)) {
                continue;
            }
            // Coordinated by a conjunction, the items share the head when both name the
            // categories they are about (高新技术企业培育和科技型中小企业“育苗”计划); else the
            // conjunction joins two names (自动驾驶和“车路云一体化”试点).
            let has_category = |s: usize, e: usize| accepted.overlapping(s, e).any(|i| accepted.all[i].ty == EntityType::Designation && accepted.all[i].start >= s && accepted.all[i].end <= e);
            // So do two quoted names and nothing else (“春笋”和“雏鹰”计划): a quote is a name
            // that wants a head, and the first has none of its own.
            let both_quoted = items.len() == 1 && self.quoted_whole(items[0].start, items[0].end) && chars[a.start] == '“';
            if by_conj && !both_quoted && !(has_category(a.start, a.end) && items.last().is_some_and(|it| has_category(it.start, it.end))) {
                continue;
            }
            // Every item must be a bare name: no head of its own. Bodies share their head
            // only among places and zones (哈尔滨市、大庆市人民政府; 东湖高新区、长江新区科创局):
            // a bare level (市、县人民政府) names no one body.
            let agency = rule.entity_type == EntityType::Agency;
            let zone = |it: &Item| it.known.is_some_and(|i| accepted.all[i].ty == EntityType::Platform);
            let place_only = |it: &Item| self.only_places(it.start, it.end, accepted, None) && (self.scan.place_starting(it.start).is_some() || zone(it));
            // An item ending in a head of its own kind or another's (…风电项目、…产业园), or in an
            // institute's short form (齐鲁中科光物院、…研究院), is whole without the shared head.
            // So is a place inside a company (…汽配生产车间、循环产业园).
            // (So is an association's or alliance's, 中小企业联盟、|…高新区: 会 and 盟 end one;
            // and a room or hall, 荣誉室、|…实验室: 室, 馆 and 厅 end one.)
            let own_head = |it: &Item| !agency && (self.scan.head_ends_at(it.end) || matches!(chars[it.end - 1], '院' | '所' | '会' | '盟' | '室' | '馆' | '厅') || company_site.is_some_and(|l| self.scan.ends_with(it.end, l, self.rules)));
            // A person's name after a post (副市长|杜国辉、红果经济开发区管委会) takes no head,
            // nor does a post (宜都市副市长、|…科技城党工委书记): a person's titles listed.
            let after_post = |it: &Item| posts.is_some_and(|l| self.scan.longest_ending(it.start, l, self.rules).is_some() || self.scan.ends_with(it.end, l, self.rules));
            // Nor an item ending with a company's doing (…钢铁|停产、…化工|暴雷): a clause, no name.
            let doing = |it: &Item| doings.is_some_and(|l| self.scan.ends_with(it.end, l, self.rules));
            // Places with their own level, the list going on after the last (锦江区、青羊区、
            // 成都高新区等20个区县), are places listed, not a zone's name written once.
            let places_listed = chars.get(a.end) == Some(&'等') && items.iter().any(|it| self.scan.place_starting(it.start).is_some_and(|p| (p.end == it.end && !p.short) || (p.end + 1 == it.end && p.with_own_level)));
            // A place in or the same as the place the last name opens with (黄埔区、广州开发区;
            // 宜昌市、宜昌开发区) is coordinated with that zone, not given its head: one place
            // has no two zones of a kind.
            let own_place = self.scan.place_starting(a.start).filter(|p| !p.as_level);
            let place_of_zone = |it: &Item| {
                own_place.is_some_and(|zp| {
                    self.scan.place_starting(it.start).is_some_and(|p| !p.as_level && p.end == it.end && (p.place == zp.place || self.rules.gazetteer.within(p.place, zp.place)))
                })
            };
            // An item ending with the word the head opens with (光电子产业、航空航天|产业集聚区)
            // is a sector described, not a name the head completes: no name doubles a word.
            let head_word = |it: &Item| it.end >= it.start + 2 && hs + 2 <= a.end && chars[it.end - 2..it.end] == chars[hs..hs + 2];
            // A place opening the first item and not the last name (湖北省光电子、|激光加工…
            // 工程研究中心) opens one name whose field lists two: the place is the whole name's.
            let placed_first_only = items.first().is_some_and(|it| it.known.is_none() && self.scan.place_starting(it.start).is_some_and(|pl| !pl.as_level && pl.end + 1 < it.end)) && self.scan.place_starting(a.start).is_none() && !items.iter().skip(1).any(|it| self.scan.place_starting(it.start).is_some());
            // A platform whose name opens with its place and a distinguishing name of its own
            // (…、中山|美居|产业园) is whole: a head shared over a list follows names that the
            // place, written once, opens together (中山市A、B产业园), and no item here opens
            // with a place.
            let placed_last = a.ty == EntityType::Platform
                && own_place.is_some_and(|pl| self.proper_chars(pl.end, hs, None) >= 2)
                && items.iter().any(|it| it.known.is_none() && self.scan.place_starting(it.start).is_none());
            // An item after 各 (各部门、|昆明综保区) is every one of a kind: no name, and the
            // list is of parties, not of names sharing the head.
            let every = |it: &Item| it.start >= 1 && chars[it.start - 1] == '各';
            if items.is_empty()
                || items.iter().any(every)
                || placed_first_only
                || placed_last
                || items.iter().any(head_word)
                || places_listed
                || (a.ty == EntityType::Platform && items.iter().any(place_of_zone))
                || items.iter().any(own_head)
                || items.iter().any(after_post)
                || items.iter().any(doing)
                || items.iter().any(|it| (it.known.is_some() && !(agency && zone(it))) || self.scan.ending_at(it.end).iter().any(|h| self.rules.lexicon.in_list(h.pattern, rule.nouns)))
                || (agency && !items.iter().all(place_only))
                // A bare level opening the last body (杭州市、|省|发展改革委) names that level's
                // own body: the places before it are coordinated with the body, no bodies.
                || (agency && self.scan.place_starting(a.start).is_none() && self.scan.longest_starting(a.start, hs, self.rules.core.level, self.rules).is_some())
            {
                continue;
            }
            // A level between the last name's place and the head is shared with the head
            // (宜昌、襄阳、荆门|国家|高新区: three national zones).
            // So is all the last name holds after its place when every item is a bare place
            // (湖北省宜昌、襄阳、荆门|农业园区: three farm parks, not three 园区).
            let items_are_places = items.iter().all(|it| self.scan.place_starting(it.start).is_some() && self.only_places(it.start, it.end, accepted, None));
            let hs = own_place
                .filter(|p| p.end < hs && (self.scan.longest_starting(p.end, hs, self.rules.core.level, self.rules) == Some(hs) || (items_are_places && self.scan.place_starting(p.end).is_none())))
                .map_or(hs, |p| p.end);
            // Bare levels listed before a name its own level opens (国家、|省|科技攻关计划) share
            // all the name holds after that level: the national 科技攻关计划, not a national 计划.
            let level = self.rules.core.level;
            let bare_level = |it: &Item| it.known.is_none() && self.scan.longest_starting(it.start, it.end, level, self.rules) == Some(it.end);
            let hs = match self.scan.longest_starting(a.start, hs, level, self.rules) {
                Some(l) if l < hs && items.iter().all(bare_level) => l,
                _ => hs,
            };
            let mut cands = Vec::new();
            self.emit_items(rule, &items, None, Some((hs, a.end)), Vouched::No, accepted, &mut cands);
            for mut c in cands {
                c.ty = a.ty;
                out.push(c);
            }
        }
    }

    /// The quoted names written right before `a`, itself quoted and then the head (“A”“B”|
    /// “C”重点专项): each with the head is a name of `a`'s type.
    fn adjacent_quoted_heads(&self, rule: &'a EnumerationRule, a: &Accepted<'a>, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        const MAX_QUOTED: usize = 8;
        let Some((hs, _)) = self.scan.longest_ending(a.end, rule.nouns, self.rules) else { return };
        if self.quotation_ending(hs) != Some(a.start) {
            return;
        }
        let mut items = Vec::new();
        let mut p = a.start;
        while let Some((q, end)) = self.quotation_before(p).filter(|_| items.len() < MAX_QUOTED) {
            // A name read within (or across) the quotation is no bare item; a longer title
            // holding the whole list (…重点专项申报指南) is no bar.
            if accepted.overlapping(q, end).any(|j| accepted.all[j].start > q || accepted.all[j].end < a.end) {
                break;
            }
            items.push(Item { start: q, end, known: None, owner: None });
            p = q;
        }
        if items.is_empty() {
            return;
        }
        items.reverse();
        let mut cands = Vec::new();
        self.emit_items(rule, &items, None, Some((hs, a.end)), Vouched::No, accepted, &mut cands);
        for mut c in cands {
            c.ty = a.ty;
            out.push(c);
        }
    }

    /// A name of the rule's type made of a place (or zone, or level) and one of the nouns,
    /// then bare nouns coordinated with it: 市税务局、统计局 names 市统计局, 高新区经发局、
    /// 财政局和科技局 three bodies of the zone. Each bare noun, with the first name's place,
    /// is a name (GUIDELINES.md settled case 11).
    fn shared_prefixes(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let core = self.rules.core;
        // An official's post after a body is no part of the list (…党工委委员、管委会副主任):
        // the next body is still the same place's.
        let posts = self.rules.lexicon.id("official_post");
        // (…and the name of the official who holds it: 党工委书记|张明远|、管委会副主任.)
        const PERSON_MAX: usize = 3;
        let after_post = |j: usize| match posts.and_then(|l| self.scan.longest_starting(j, (j + 6).min(chars.len()), l, self.rules)) {
            Some(p) => (p + 2..=(p + PERSON_MAX).min(chars.len().saturating_sub(1))).find(|&q| chars[q] == '、' && chars[p..q].iter().all(|&c| is_han(c))).unwrap_or(p),
            None => j,
        };
        for a in &accepted.all {
            if a.ty != rule.entity_type || a.text.is_some() {
                continue;
            }
            // The first name: a prefix of places and levels only, then one of the nouns.
            let Some((hs, _)) = self.scan.longest_ending(a.end, rule.nouns, self.rules) else { continue };
            if hs <= a.start {
                continue;
            }
            // A platform's prefix may be its owner and the city it stands in (宜昌大学|杭州|
            // 研究院和成都研究院): a place and the noun after it name the owner's other one.
            if rule.entity_type == EntityType::Platform {
                self.shared_owner(rule, a, hs, accepted, out);
                continue;
            }
            if !self.only_places(a.start, hs, accepted, None) {
                continue;
            }
            let prefix = self.doc.slice(a.start, hs);
            // The prefix's own level may open the next body again (湖南省委、|省|政府): that
            // body is the same place's too.
            let level = (hs > a.start + 2 && "省市县区".contains(chars[hs - 1]) && self.scan.places_within(a.start, hs).any(|pl| pl.end == hs && !pl.short)).then_some(chars[hs - 1]);
            let mut j = after_post(a.end);
            while j < chars.len() && (chars[j] == '、' || core.is_conjunction(chars[j])) {
                let item = j + 1;
                let s = if level.is_some() && chars.get(item).copied() == level { item + 1 } else { item };
                let Some(e) = self.scan.longest_starting(s, (s + 12).min(chars.len()), rule.nouns, self.rules) else { break };
                // A noun that opens a longer word or name (政府采购, 统计局长) is no item.
                let longer = accepted.starting_at(item).any(|i| accepted.all[i].end > e) || self.scan.ending_at(e + 1).iter().any(|h| h.start as usize <= s && self.rules.lexicon.in_list(h.pattern, rule.nouns));
                let spoiled = rule.not_before.is_some_and(|l| self.spoiled_after(e, l));
                if longer || spoiled {
                    break;
                }
                let mut c = Cand::new(rule.entity_type, item, e, &rule.id, rule.priority);
                c.text = Some(format!("{prefix}{}", self.doc.slice(s, e)));
                out.push(c);
                j = after_post(e);
            }
        }
    }

    /// 科技部基础研究司、高新技术司: after a unit named with the body it belongs to (its owner,
    /// found first), units written after 、 or a conjunction with their remit and a word of
    /// `nouns` alone belong to the same body (settled case 11), and are named with it. An
    /// item that opens a name of its own (a place, another body) ends the run.
    fn shared_owners(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let refused = self.rules.lexicon.id("department_refused");
        for a in &accepted.all {
            if a.ty != rule.entity_type || a.text.is_some() || !self.scan.ends_with(a.end, rule.nouns, self.rules) {
                continue;
            }
            let Some(owner) = a.owner.filter(|&o| accepted.all[o].ty == rule.entity_type && accepted.all[o].start == a.start && accepted.all[o].end < a.end) else { continue };
            let owner_end = accepted.all[owner].end;
            let mut j = a.end;
            while j + 1 < chars.len() && (chars[j] == '、' || self.rules.core.is_conjunction(chars[j])) {
                let s = j + 1;
                if self.scan.place_starting(s).is_some() || accepted.starting_at(s).any(|i| accepted.all[i].ty == rule.entity_type) {
                    break;
                }
                // The item ends at the first word of `nouns` that no protected word holds (农村
                // |科技|处 ends at 处), with a remit before it.
                let limit = (s + rule.max_item).min(chars.len());
                let Some(e) = (s + 2..=limit).take_while(|&e| is_han(chars[e - 1])).find(|&e| self.scan.ends_with(e, rule.nouns, self.rules) && !self.scan.is_protected(e)) else { break };
                if refused.is_some_and(|l| self.scan.holds_word(s, e, l, self.rules)) {
                    break;
                }
                self.push_owned(rule, (s, e), (a.start, owner_end), owner, out);
                j = e;
            }
        }
    }

    /// 宜昌大学杭州研究院和成都研究院: the platform `a`, named by its owner, a place and a noun
    /// of `rule` starting at `hs`, is followed by a conjunction or 、 and another place with
    /// the same noun: that one is the owner's too, named with the owner (settled case 11).
    fn shared_owner(&self, rule: &'a EnumerationRule, a: &Accepted<'a>, hs: usize, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let Some(owner) = accepted.starting_at(a.start).find(|&i| matches!(accepted.all[i].ty, EntityType::Institution | EntityType::Enterprise) && accepted.all[i].end < hs) else { return };
        let owner_end = accepted.all[owner].end;
        if self.scan.place_starting(owner_end).is_none_or(|pl| pl.as_level || pl.end != hs) {
            return;
        }
        let noun = &chars[hs..a.end];
        let mut j = a.end;
        while j + 1 < chars.len() && (chars[j] == '、' || self.rules.core.is_conjunction(chars[j])) {
            let item = j + 1;
            let Some(pl) = self.scan.place_starting(item).filter(|pl| !pl.as_level) else { break };
            let e = pl.end + noun.len();
            if e > chars.len() || chars[pl.end..e] != *noun || accepted.starting_at(item).any(|i| accepted.all[i].end > e && accepted.all[i].ty != EntityType::Designation) {
                break;
            }
            self.push_owned(rule, (item, e), (a.start, owner_end), owner, out);
            j = e;
        }
    }

    /// The item `[s, e)` of a list whose first name opens with its owner (the accepted
    /// mention `owner`, written at `name`): a mention named with the owner's name, which
    /// `name-owner` relations then link to it.
    fn push_owned(&self, rule: &'a EnumerationRule, (s, e): (usize, usize), name: (usize, usize), owner: usize, out: &mut Vec<Cand<'a>>) {
        let mut c = Cand::new(rule.entity_type, s, e, &rule.id, rule.priority);
        c.text = Some(format!("{}{}", self.doc.slice(name.0, name.1), self.doc.slice(s, e)));
        c.owner = Some(owner);
        out.push(c);
    }

    /// Whether a word counting kinds (一批, 一系列, 若干) ends right at `p`, where a list's
    /// first item starts.
    fn quantified_kinds(&self, p: usize) -> bool {
        self.rules.lexicon.id("kind_quantifier").is_some_and(|l| self.scan.ends_with(p, l, self.rules))
    }

    /// Does the list's closing phrase `[s, e)` say its items applied for the category, or
    /// do the words before its first item (at `first`) take the category away?
    fn recognition_denied(&self, s: usize, e: usize, first: usize) -> bool {
        const REVOKING_REACH: usize = 6;
        let chars = &self.scan.chars;
        let mut from = first;
        while from > first.saturating_sub(REVOKING_REACH) && !is_stop(chars[from - 1]) {
            from -= 1;
        }
        // Applying in the closing phrase, or right before the items (申报|A、B等省级众创空间7个).
        let applying = self.rules.lexicon.id("application_word").is_some_and(|l| self.scan.holds_word(s, e, l, self.rules) || self.scan.holds_word(from, first, l, self.rules));
        applying || self.rules.lexicon.id("revoking_word").is_some_and(|l| self.scan.holds_word(from, first, l, self.rules))
    }

    /// N家 + category + (A、B、C).
    fn parenthesised(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let count_lead = self.rules.lexicon.id("count_lead");
        let applying = self.rules.lexicon.id("application_word");
        for k in 1..chars.len() {
            if chars[k] != '(' {
                continue;
            }
            // Before it: a count whose classifier is one of the nouns, within 14 characters
            // of the same line (a headline's count is not the dateline's bracket of names).
            let from = k.saturating_sub(16);
            let from = (from..k).rev().find(|&i| chars[i] == '\n').map_or(from, |i| i + 1);
            // (In the bracket's own clause: 众创空间47家,位列全省第4位(列济南、青岛…之后) ranks
            // places; nor is a rank, 第4位, a count.)
            let from = (from..k).rev().find(|&i| is_stop(chars[i])).map_or(from, |i| i + 1);
            let counted = (from..k).rev().any(|i| is_numeral(chars[i]) && !(i > 0 && chars[i - 1] == '第'))
                && (from..k).any(|i| self.scan.longest_starting(i, k, rule.nouns, self.rules).is_some_and(|_| i > 0 && is_numeral(chars[i - 1])));
            if !counted {
                continue;
            }
            let Some(close) = (k + 1..(k + 60).min(chars.len())).find(|&i| chars[i] == ')') else { continue };
            if (k + 1..close).any(|i| is_stop(chars[i]) && chars[i] != '、') {
                continue;
            }
            // What was counted (省级众创空间2家(A), 2家孵化器(A)): spaces and incubators are
            // listed by their own names, no owner's; a rule may want such a kind, or refuse it.
            let count_at = (from..k).rev().find(|&i| !(is_numeral(chars[i]) || matches!(chars[i], '家' | '户' | '个' | '所' | '项'))).map_or(from, |i| i + 1);
            let lead_at = count_lead.and_then(|l| self.scan.longest_ending(count_at, l, self.rules)).map_or(count_at, |(s, _)| s);
            let kind_counted = |l| [count_at, lead_at, k].iter().any(|&at| self.scan.ends_with(at, l, self.rules));
            // 户 counts households as often as firms: only companies named before it (企业3户,
            // 国家高新技术企业12户) or after the bracket (等11户(A、B…)高新技术企业) make the
            // items companies.
            let by_household = (count_at..k).find(|&i| !is_numeral(chars[i])).is_some_and(|i| chars[i] == '户');
            let company_noun = |l| self.scan.ends_with(count_at, l, self.rules) || (close + 2..(close + 14).min(chars.len())).take_while(|&i| !is_stop(chars[i - 1])).any(|i| self.scan.ends_with(i, l, self.rules));
            if by_household && !self.rules.lexicon.id("opened_list_noun").is_some_and(company_noun) {
                continue;
            }
            if rule.not_after_noun.is_some_and(kind_counted) || rule.names_items.is_some_and(|l| !kind_counted(l)) {
                continue;
            }
            let mut items = Vec::new();
            let mut s = k + 1;
            for i in k + 1..=close {
                if i == close || chars[i] == '、' {
                    // The bracket's 等 (…、昆丰等) says the list goes on: no item's character.
                    let mut e = i;
                    while i == close && e > s + 2 && chars[e - 1] == '等' {
                        e -= 1;
                    }
                    if s < e {
                        let known = accepted.ending_at(e).find(|&j| accepted.all[j].start == s);
                        items.push(Item { start: s, end: e, known, owner: None });
                    }
                    s = i + 1;
                }
            }
            // A recognition category counted before the bracket (省级专精特新企业3家(A、B、C))
            // is what the items were recognised as; the relation checks the kind.
            // It ends at the bracket or at the count right before it; words of applying before
            // it (新申报…) make the items applicants, not recognised.
            // …or before a word that leads the count (培育企业|新增|3家).
            let recognized = rule
                .recognized
                .then(|| accepted.ending_at(k).chain(accepted.ending_at(count_at)).chain(accepted.ending_at(lead_at)).find(|&j| accepted.all[j].ty == EntityType::Designation && accepted.all[j].start >= from))
                .flatten()
                .map(|j| (accepted.all[j].start, k))
                .filter(|&(ds, _)| !applying.is_some_and(|l| self.scan.holds_word(from, ds, l, self.rules)));
            // 新增5家(A、B、C、D、E): as many items as the count of companies.
            let counted = (from..k).filter(|&i| is_numeral(chars[i]) && (i == from || !is_numeral(chars[i - 1]))).filter_map(|i| count_value(chars, i)).last().is_some_and(|(n, e)| n == items.len() && matches!(chars.get(e), Some('家' | '户')));
            self.emit_items(rule, &items, recognized, None, if counted { Vouched::ByCount } else { Vouched::No }, accepted, out);
        }
    }
}


impl<'a> Ctx<'a> {
    /// N家 + companies + an opening word + A、B、C (此次上榜的13家企业为A、B、C): the count
    /// before says how many items follow, and where it equals them each is a company,
    /// whatever it reads like (the mirror of A、B、C等3家企业).
    fn opened(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let (Some(opening), Some(nouns)) = (self.rules.lexicon.id("list_opening"), self.rules.lexicon.id("opened_list_noun")) else { return };
        for h in self.scan.hits_in(opening) {
            let (o0, o1) = (h.start as usize, h.end as usize);
            // The count after the noun, a comma between it and the opening word (新增高新技术
            // 企业3家,分别是A、B和C): a category before the count is what the items were
            // recognised as, as in a bracket after the same count.
            let trailing = o0.checked_sub(if o0 > 0 && chars[o0 - 1] == ',' { 2 } else { 1 }).filter(|&u| chars[u] == '家' && u > 0 && is_numeral(chars[u - 1]));
            let unit = if let Some(u) = trailing {
                u
            } else {
                let Some((ns, _)) = self.scan.longest_ending(o0, nouns, self.rules) else { continue };
                // 家 and its count within a few characters before the noun (13家|企业, 5家|省级
                // 专精特新|企业), with no break between.
                let Some(unit) = (ns.saturating_sub(OPENED_CATEGORY)..ns).rev().take_while(|&i| !is_stop(chars[i])).find(|&i| chars[i] == '家') else {
                    if self.rules.lexicon.id("uncounted_list_opening").is_some_and(|l| self.scan.is_word(o0, o1, l, self.rules)) {
                        self.uncounted_opened(rule, o1, accepted, out);
                    }
                    continue;
                };
                unit
            };
            let mut num = unit;
            while num > 0 && is_numeral(chars[num - 1]) {
                num -= 1;
            }
            // (Written after the noun, the count is read only after one: 企业|3家.)
            let mut recognized = None;
            if trailing.is_some() {
                if self.scan.longest_ending(num, nouns, self.rules).is_none() {
                    continue;
                }
                if rule.recognized {
                    recognized = accepted.ending_at(num).find(|&j| accepted.all[j].ty == EntityType::Designation).map(|j| (accepted.all[j].start, o0));
                }
            }
            let Some((n, e)) = (num < unit).then(|| count_value(chars, num)).flatten() else { continue };
            if e != unit || n < 2 {
                continue;
            }
            let mut items = Vec::new();
            let mut s = o1;
            let limit = (o1 + n * (rule.max_item.max(OPENED_ITEM_MAX) + 1)).min(chars.len());
            let mut closed = false;
            for i in o1..=limit {
                let c = chars.get(i).copied().unwrap_or('。');
                if c == '、' || matches!(c, '。' | ';' | '\n' | ',' | '!' | '?') || i == chars.len() {
                    if s < i {
                        let known = accepted.ending_at(i).find(|&j| accepted.all[j].start == s);
                        items.push(Item { start: s, end: i, known, owner: None });
                    }
                    s = i + 1;
                    if c != '、' {
                        closed = true;
                        break;
                    }
                }
            }
            // The last two may be joined by a conjunction (A、B和C).
            if let Some(last) = items.last().copied().filter(|it| it.known.is_none()) {
                if let Some(j) = (last.start + 1..last.end.saturating_sub(1)).find(|&j| self.rules.core.is_conjunction(chars[j])) {
                    items.pop();
                    let known = |a: usize, b: usize| accepted.ending_at(b).find(|&x| accepted.all[x].start == a);
                    items.push(Item { start: last.start, end: j, known: known(last.start, j), owner: None });
                    items.push(Item { start: j + 1, end: last.end, known: known(j + 1, last.end), owner: None });
                }
            }
            if !closed || items.len() != n {
                continue;
            }
            self.emit_items(rule, &items, recognized, None, Vouched::ByCount, accepted, out);
        }
    }

    /// Companies and 包括 with no count (参加开工的企业包括A、B、C等。): the items up to the
    /// clause's end, 等 closing the last, are companies when two or more and most are no
    /// ordinary words or trades; each must look like a company's short name, as in a list
    /// that no count vouches for.
    fn uncounted_opened(&self, rule: &'a EnumerationRule, from: usize, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let limit = (from + OPENED_UNCOUNTED_ITEMS * (rule.max_item + 1)).min(chars.len());
        // The clause's end, or 等 right before it.
        let Some(end) = (from..=limit).find(|&i| i == chars.len() || matches!(chars[i], '。' | ';' | '\n' | ',' | '!' | '?')) else { return };
        let end = if end > from && chars[end - 1] == '等' { end - 1 } else { end };
        self.emit_uncounted(rule, from, end, true, accepted, out);
    }

    /// The places a visit went to (先后到A、B、C调研, 深入A、B和C, 走访了A、B、C): after a
    /// verb of `opening`, the items up to a word of `nouns` (调研, 考察) or the clause's end,
    /// 等 closing the last, read as an uncounted list whose items must look like companies:
    /// a visit goes to companies, parks, labs and villages alike, so nothing else vouches.
    fn visited_lists(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let opening = rule.opening.expect("checked when rules were compiled");
        let mut read_to = 0;
        for h in self.scan.hits_in(opening) {
            let mut from = h.end as usize;
            // (走访|了: the aspect is no part of the first item.)
            if chars.get(from) == Some(&'了') {
                from += 1;
            }
            // (先后到 and 到 end together: the list after them is read once.)
            if from <= read_to {
                continue;
            }
            let limit = (from + OPENED_UNCOUNTED_ITEMS * (rule.max_item + 1)).min(chars.len());
            let Some(clause_end) = (from..=limit).find(|&i| i == chars.len() || matches!(chars[i], '。' | ';' | '\n' | ',' | '!' | '?' | ':')) else { continue };
            // Most visits are to one place: a list needs its 、. A list opening in brackets
            // (达到3家(A、B、C)) is what a count holds, no visit's.
            match chars[from..clause_end].iter().position(|&c| c == '、') {
                Some(first_mark) if !chars[from..from + first_mark].contains(&'(') => {}
                _ => continue,
            }
            read_to = clause_end;
            let closer = self.scan.within(from, clause_end).filter(|c| self.scan.is_word(c.start as usize, c.end as usize, rule.nouns, self.rules)).map(|c| c.start as usize).min();
            let mut end = closer.unwrap_or(clause_end);
            // (进行|调研, 等|企业|调研: what stands between the last item and the visit's verb.)
            for tail in [['进', '行'], ['开', '展'], ['实', '地']] {
                if chars[from..end].ends_with(&tail) {
                    end -= tail.len();
                }
            }
            // 等 closes the last item (…、C等企业|调研, …、C等地).
            let last_mark = (from..end).rev().find(|&i| chars[i] == '、').unwrap_or(from);
            if let Some(deng) = (last_mark..end).find(|&i| chars[i] == '等') {
                end = deng;
            }
            self.emit_uncounted(rule, from, end, true, accepted, out);
        }
    }

    /// Companies named as what leads a cluster or trade (以A、B、C为龙头的…产业集群, 以A、B
    /// 为代表): the items between 以 and the role, read as an uncounted list.
    fn led_lists(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let Some(roles) = self.rules.lexicon.id("leading_role") else { return };
        let Some(led) = self.rules.lexicon.id("led_noun") else { return };
        for h in self.scan.hits_in(roles) {
            let r = h.start as usize;
            // What they lead is companies or a cluster of them (…为龙头的…产业集群, …为代表的
            // 30多家…企业), not trades or schools (…为代表的生产性服务业).
            let after = (h.end as usize..(h.end as usize + LED_PHRASE).min(chars.len())).take_while(|&i| !is_stop(chars[i])).last();
            if !after.is_some_and(|e| (h.end as usize..=e).any(|q| self.scan.ends_with(q + 1, led, self.rules))) {
                continue;
            }
            let reach = r.saturating_sub(OPENED_UNCOUNTED_ITEMS * (rule.max_item + 1));
            let Some(yi) = (reach..r).rev().take_while(|&i| chars[i] == '、' || !is_stop(chars[i])).find(|&i| chars[i] == '以') else { continue };
            let end = if r > yi + 1 && chars[r - 1] == '等' { r - 1 } else { r };
            self.emit_uncounted(rule, yi + 1, end, false, accepted, out);
        }
    }

    /// The items of `[from, end)` split at 、 (the last two perhaps joined by 和), emitted as
    /// companies when two or more and most are no ordinary words or trades; `shaped`: when
    /// most also look like companies (a trade name and its trade, 青岚电子, or a place and a
    /// coined rest), as nothing after the list says what its items are.
    fn emit_uncounted(&self, rule: &'a EnumerationRule, from: usize, end: usize, shaped: bool, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let known = |a: usize, b: usize| accepted.ending_at(b).find(|&x| accepted.all[x].start == a);
        let mut items = Vec::new();
        let mut s = from;
        for i in from..=end {
            if i == end || chars[i] == '、' {
                if s < i {
                    items.push(Item { start: s, end: i, known: known(s, i), owner: None });
                }
                s = i + 1;
            }
        }
        // The last two may be joined by a conjunction (A、B和C).
        let items = if items.last().is_some_and(|it| it.known.is_none()) { self.split_last_at_conjunction(items) } else { items };
        // (A zone opening an item says where the company is: 宜昌高新区|瑞丰药业.)
        let items: Vec<Item> = items.into_iter().map(|it| self.after_zone(it)).collect();
        if items.len() < 2 {
            return;
        }
        let ordinary = items.iter().filter(|it| it.known.is_none() && (self.rules.common.contains(&chars[it.start..it.end]) || self.names_a_trade(rule, it))).count();
        if ordinary * 2 > items.len() {
            self.note(rule.entity_type, &rule.id, items[0].start, items[items.len() - 1].end, || "most items are ordinary words: a list of sectors or kinds".into());
            return;
        }
        let industry = self.rules.lexicon.id("industry_word");
        if shaped {
            // Two distinguishing characters or more, then a word of `list`: an industry's word
            // after a name that is no common word (瑞丰|电子, not 新|材料), or a word only
            // trade names end with after any (青岚|资本, 梅花|创投: suffixes of firms, which
            // coin their names from common words).
            let coined_then = |it: &Item, list: Option<ListId>, common_too: bool| {
                list.is_some_and(|l| self.scan.longest_ending(it.end, l, self.rules).is_some_and(|(hs, _)| hs >= it.start + 2 && self.proper_chars_with(it.start, hs, None, Some(l)) >= 2 && (common_too || !self.rules.common.contains(&chars[it.start..hs]))))
            };
            let suffix = self.rules.lexicon.id("trade_name_suffix");
            let company_like = |it: &Item| it.known.is_some_and(|i| accepted.all[i].ty == EntityType::Enterprise) || coined_then(it, industry, false) || self.placed_company(it) || coined_then(it, suffix, true);
            if items.iter().filter(|it| company_like(it)).count() * 2 <= items.len() {
                self.note(rule.entity_type, &rule.id, items[0].start, items[items.len() - 1].end, || "most items do not look like companies".into());
                return;
            }
        }
        // An item of trade words and generic ones only (新材料, 生物与新医药) is a trade; a hall
        // or a site (展览馆, 车间, 产业园) is where a visit went, no company.
        let items: Vec<Item> = items.into_iter().filter(|it| it.known.is_some() || (!ends_as_site(chars, it.end) && industry.is_none_or(|l| self.proper_chars_with(it.start, it.end, None, Some(l)) >= 2))).collect();
        self.emit_items(rule, &items, None, None, Vouched::No, accepted, out);
    }

    /// A count and a noun of programs, then an opening word and the programs themselves
    /// (八个专项行动分别为:A行动、B行动…; “五大工程”,即A工程、B工程和C工程): where the
    /// items are as many as counted and each ends with the noun's head, each is one of them,
    /// however generic its words (高水平创新团队培育行动): the count says they are the
    /// campaigns' own names.
    fn announced(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        if rule.entity_type == EntityType::Enterprise {
            self.announced_companies(rule, accepted, out);
            return;
        }
        let chars = &self.scan.chars;
        let Some(opening) = rule.opening else { return };
        let mut last_end = usize::MAX;
        for h in self.scan.hits_in(rule.nouns) {
            let (n0, n1) = (h.start as usize, h.end as usize);
            // 专项行动 and 行动 end together: one list.
            if n1 == last_end || n1 - n0 < 2 {
                continue;
            }
            // The count: a numeral and a classifier (八个, 五大, 三项) a few words before the
            // noun (八个|专项行动, 五大|科技工程), nothing between but words.
            let Some(unit) = (n0.saturating_sub(ANNOUNCED_COUNT_REACH)..n0).rev().take_while(|&i| !is_stop(chars[i]) && chars[i] != '“').find(|&i| matches!(chars[i], '个' | '大' | '项')) else { continue };
            let mut num = unit;
            while num > 0 && is_numeral(chars[num - 1]) {
                num -= 1;
            }
            let Some((n, e)) = (num < unit).then(|| count_value(chars, num)).flatten() else { continue };
            if e != unit || !(2..=ANNOUNCED_MAX_ITEMS).contains(&n) || chars[unit + 1..n0].iter().any(|&c| is_numeral(c)) {
                continue;
            }
            // The opening: a closing quote, a comma or colon, a word of `opening`, a colon;
            // a colon or a word at least.
            let mut s = n1;
            if chars.get(s) == Some(&'”') {
                s += 1;
            }
            let mut opened = false;
            if matches!(chars.get(s), Some(',' | ':')) {
                opened = chars[s] == ':';
                s += 1;
            }
            if let Some(o) = self.scan.longest_starting(s, (s + 4).min(chars.len()), opening, self.rules) {
                s = o;
                opened = true;
            }
            if chars.get(s) == Some(&':') {
                s += 1;
                opened = true;
            }
            if !opened {
                continue;
            }
            last_end = n1;
            let tail = &chars[n1 - 2..n1];
            let mut items: Vec<(usize, usize)> = Vec::new();
            let mut item_start = s;
            let limit = (s + n * (rule.max_item + 1)).min(chars.len());
            let mut closed = false;
            for i in s..=limit {
                let c = chars.get(i).copied().unwrap_or('。');
                if c == '、' || is_stop(c) || i == chars.len() {
                    items.push((item_start, i));
                    item_start = i + 1;
                    if c != '、' {
                        closed = true;
                        break;
                    }
                }
            }
            // The last two may be joined by a conjunction (A工程、B工程和C工程).
            if let Some(&(ls, le)) = items.last() {
                if let Some(j) = (ls + 2..le.saturating_sub(2)).find(|&j| self.rules.core.is_conjunction(chars[j]) && chars[j - 2..j] == *tail) {
                    items.pop();
                    items.push((ls, j));
                    items.push((j + 1, le));
                }
            }
            if !closed || items.len() != n || items.iter().any(|&(a, b)| b < a + tail.len() + 2 || b - a > rule.max_item || chars[b - 2..b] != *tail) {
                continue;
            }
            for &(a, b) in &items {
                if accepted.ending_at(b).any(|j| accepted.all[j].start == a && accepted.all[j].ty == rule.entity_type) {
                    continue;
                }
                if chars[a..b].iter().any(|&c| is_mask(c)) {
                    self.note(rule.entity_type, &rule.id, a, b, || format!("'{}' is masked", self.doc.slice(a, b)));
                    continue;
                }
                out.push(Cand::new(rule.entity_type, a, b, &rule.id, rule.priority));
            }
        }
    }

    /// A count of projects or companies, then a word that opens a list, and the companies
    /// (竣工项目两个,分别是鸿翔电气、瑞丰光电; 3家企业分别为A、B和C): where the items are as many
    /// as counted, each a trade name, a company found already or a project's name, the trade
    /// names are companies.
    fn announced_companies(&self, rule: &'a EnumerationRule, accepted: &AcceptedSet<'a>, out: &mut Vec<Cand<'a>>) {
        let chars = &self.scan.chars;
        let Some(opening) = rule.opening else { return };
        let Some(projects) = rule.project_nouns else { return };
        let mut last_end = usize::MAX;
        for h in self.scan.hits_in(rule.nouns) {
            let (n0, n1) = (h.start as usize, h.end as usize);
            if n1 == last_end {
                continue;
            }
            // The count right after the noun (项目|两个, 项目共|21个) or right before it (两个|项目).
            let c0 = if chars.get(n1) == Some(&'共') { n1 + 1 } else { n1 };
            let after = count_value(chars, c0).filter(|&(_, e)| chars.get(e).is_some_and(|&c| matches!(c, '个' | '家' | '项'))).map(|(n, e)| (n, e + 1));
            let before = || {
                let unit = n0.checked_sub(1).filter(|&u| matches!(chars[u], '个' | '家' | '项'))?;
                let mut num = unit;
                while num > 0 && is_numeral(chars[num - 1]) {
                    num -= 1;
                }
                (num < unit).then(|| count_value(chars, num)).flatten().filter(|&(_, e)| e == unit).map(|(n, _)| (n, n1))
            };
            let Some((n, mut s)) = after.or_else(before) else { continue };
            if !(2..=ANNOUNCED_MAX_ITEMS).contains(&n) {
                continue;
            }
            // The list opens with a word (分别是, 包括), or straight after the count, a colon or
            // a space (建设进度较快项目共21个 A、B、…; the space between two Han characters is
            // folded away): a heading's count and its items.
            let headed = chars.get(s).is_some_and(|&c| matches!(c, ':' | ' ') || is_han(c));
            if matches!(chars.get(s), Some(',' | ':' | ' ')) {
                s += 1;
            }
            let opened = self.scan.longest_starting(s, (s + 4).min(chars.len()), opening, self.rules);
            if opened.is_none() && !headed {
                continue;
            }
            s = opened.unwrap_or(s);
            if chars.get(s) == Some(&':') {
                s += 1;
            }
            last_end = n1;
            // The items, set apart by 、 up to the clause's end; the last two perhaps joined by a
            // conjunction (A和B).
            let end = (s..(s + n * (rule.max_item + 1)).min(chars.len())).find(|&i| is_stop(chars[i]) && chars[i] != '、').unwrap_or(chars.len());
            let mut items: Vec<(usize, usize)> = Vec::with_capacity(n);
            let mut a = s;
            for i in s..=end {
                if i == end || chars[i] == '、' {
                    items.push((a, i));
                    a = i + 1;
                }
            }
            if items.len() + 1 == n {
                let (ls, le) = items.pop().expect("one item at least");
                let Some(j) = (ls + 2..le.saturating_sub(1)).find(|&j| self.rules.core.is_conjunction(chars[j]) && self.whole_trade_name(ls, j)) else { continue };
                items.push((ls, j));
                items.push((j + 1, le));
            }
            let known = |a: usize, b: usize| accepted.ending_at(b).any(|j| accepted.all[j].start == a && accepted.all[j].ty == EntityType::Enterprise);
            let plain = |&(a, b): &(usize, usize)| b >= a + 2 && b - a <= rule.max_item && chars[a..b].iter().all(|&c| is_han(c));
            let named: Vec<bool> = items.iter().map(|&(a, b)| plain(&(a, b)) && !known(a, b) && self.whole_trade_name(a, b)).collect();
            if items.len() != n {
                continue;
            }
            if opened.is_some() {
                // Each item a trade name, a company found already or a project's name, and
                // one a trade name at least.
                if items.iter().any(|it| !plain(it)) || !named.iter().any(|&t| t) || items.iter().zip(&named).any(|(&(a, b), &t)| !t && !known(a, b) && !self.scan.ends_with(b, projects, self.rules)) {
                    continue;
                }
            } else if n < HEADED_MIN_ITEMS || named.iter().filter(|&&t| t).count() < HEADED_MIN_NAMED {
                // Under a heading the projects are of every kind (a railway, a school, a
                // company's works named by the company): as many as counted, several of them
                // coined trade names, and those are the companies.
                continue;
            }
            for (&(a, b), _) in items.iter().zip(&named).filter(|(_, &t)| t) {
                out.push(Cand::new(rule.entity_type, a, b, &rule.id, rule.priority));
            }
        }
    }
}

/// How far before the counted noun its count may stand (八个|专项行动, 五大|科技创新工程).
const ANNOUNCED_COUNT_REACH: usize = 8;
/// The most items an announced list is read for.
const ANNOUNCED_MAX_ITEMS: usize = 40;
/// A list under a heading's count, with no word opening it: the fewest items it is read for,
/// and the fewest of them that must be coined trade names.
const HEADED_MIN_ITEMS: usize = 3;
const HEADED_MIN_NAMED: usize = 3;

/// How far before the companies' noun an opened list's count may stand (5家|省级专精特新|企业为).
const OPENED_CATEGORY: usize = 12;
/// The longest item an opened list is read over (a company's legal name).
const OPENED_ITEM_MAX: usize = 30;
/// Most items a list opened by companies and 包括 with no count is read for.
const OPENED_UNCOUNTED_ITEMS: usize = 16;
/// How far after a leading role (为龙头的…) the companies or cluster it leads are named.
const LED_PHRASE: usize = 24;

/// Does the item ending at `e` end as a hall or a site does (展览馆, 车间, 产业园): where a visit
/// went, no company's short name?
fn ends_as_site(chars: &[char], e: usize) -> bool {
    matches!(chars[e - 1], '馆' | '厅' | '场' | '室' | '站' | '间' | '区' | '园')
}

/// The longest quoted item of a list, quotes included: a title's length.
const QUOTED_ITEM_MAX: usize = 32;

/// Does `rest` hold a unit things made are counted in (万, 吨, 套, 台…): the figure it follows
/// is of what a company makes (20万吨, 150万套), not of money or of other things.
fn counts_made_units(rest: &[char]) -> bool {
    rest.iter().any(|c| matches!(c, '万' | '吨' | '套' | '台' | '件' | '辆' | '片' | '条' | '只'))
}

/// Where an item's amount begins when one stands right before it (总投资2亿元的|A,
/// 投资81.7亿元的|B): an amount of money, then 的.
pub(crate) fn amount_before(chars: &[char], s: usize) -> Option<usize> {
    if s == 0 || chars[s - 1] != '的' {
        return None;
    }
    let from = s.saturating_sub(16);
    let m = (from..s - 1).rev().find(|&i| matches!(chars[i], '、' | ',' | ';' | '。' | '\n')).map_or(from, |i| i + 1);
    let amount = &chars[m..s - 1];
    (amount.iter().any(|c| c.is_ascii_digit()) && amount.iter().any(|&c| c == '元')).then_some(m)
}

/// Does the project ending at `e` have its investment right after it (X项目,总投资11亿元)?
/// Its own figure, as one of a run of projects each given with its sum, says it is one
/// company's project, as the amount before it does. `verbs` (list
/// `investment_before_amount`) are the words that introduce the sum.
pub(crate) fn amount_after(scan: &crate::extract::scan::Scan<'_>, rules: &crate::rules::RuleSet, verbs: crate::rules::ListId, e: usize) -> bool {
    const AMOUNT_REACH: usize = 12;
    const VERB_MAX: usize = 6;
    let chars = &scan.chars;
    // (With a comma or without: …项目,总投资5亿元; …项目计划总投资5亿元.)
    let e = if matches!(chars.get(e), Some(',')) { e + 1 } else { e };
    let Some(verb_end) = scan.longest_starting(e, (e + VERB_MAX).min(chars.len()), verbs, rules) else { return false };
    let mut amount = chars[verb_end..].iter().take(AMOUNT_REACH).take_while(|&&c| c.is_ascii_digit() || matches!(c, '.' | '万' | '亿' | '元' | '美'));
    amount.next().is_some_and(|c| c.is_ascii_digit()) && amount.any(|&c| c == '元')
}

/// Where the number of a list's item that ends at `s` starts (1、|X, (2)|X, 3.|X), or `s`
/// when none does.
pub(crate) fn item_number_before(chars: &[char], s: usize) -> usize {
    // One or two digits: three are a figure or a year (2024、), and no look runs further back.
    let digits_before = |end: usize| {
        let n = chars[..end].iter().rev().take(3).take_while(|c| c.is_ascii_digit()).count();
        (1..=2).contains(&n).then(|| end - n)
    };
    match s.checked_sub(1).map(|p| chars[p]) {
        Some('、' | '.') => digits_before(s - 1).unwrap_or(s),
        Some(')') => digits_before(s - 1).filter(|&d| d >= 1 && chars[d - 1] == '(').map_or(s, |d| d - 1),
        _ => s,
    }
}

/// Where an item opens after its number at `p` (1、|X, (2)|X, 3.|X), or `p` when no number
/// stands there.
pub(crate) fn item_number_after(chars: &[char], p: usize) -> usize {
    let bracketed = chars.get(p) == Some(&'(');
    let d = if bracketed { p + 1 } else { p };
    let n = chars[d.min(chars.len())..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    let opened = match chars.get(d + n) {
        Some(')') if bracketed && (1..=2).contains(&n) => d + n + 1,
        Some('、' | '.') if !bracketed && (1..=2).contains(&n) => d + n + 1,
        _ => return p,
    };
    // (Not a figure: 2.5万吨.)
    if chars.get(opened).is_some_and(|c| c.is_ascii_digit()) {
        p
    } else {
        opened
    }
}

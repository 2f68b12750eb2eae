//! Figures: the numbers a report gives (研发经费24.8亿元, 同比增幅11.88%, 新认定科技型中小企业626家)
//! as observations of an indicator, with the value in base units.
//!
//! Numbers are parsed exactly (decimal arithmetic, no floating point): a figure is either
//! right or not recorded. Approximate figures (20多个, 60个以上) are skipped with a note, as are
//! numbers whose unit is not a known one.

use super::{Outcome, Trace};
use crate::model::{EntityType, Observation};
use crate::normalise::NormalisedText;
use crate::rules::RuleSet;
use regex::Regex;
use std::sync::OnceLock;

fn year_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"((?:19|20)\d{2})年").expect("year pattern compiles"))
}

/// The rule id recorded on every observation.
pub const RULE_ID: &str = "figure.number-unit";

/// An exact decimal: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Decimal {
    mantissa: u128,
    scale: u32,
}

impl Decimal {
    fn parse_arabic(s: &str) -> Option<Self> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = format!("{int}{frac}");
        if digits.len() > 30 {
            return None;
        }
        Some(Self { mantissa: digits.parse().ok()?, scale: frac.len() as u32 })
    }

    fn times_pow10(self, exp: u32) -> Option<Self> {
        let drop = exp.min(self.scale);
        let rest = exp - drop;
        Some(Self { mantissa: self.mantissa.checked_mul(10u128.checked_pow(rest)?)?, scale: self.scale - drop })
    }

    fn to_plain(self) -> String {
        let s = self.mantissa.to_string();
        if self.scale == 0 {
            return s;
        }
        let scale = self.scale as usize;
        let padded = if s.len() <= scale { format!("{}{s}", "0".repeat(scale + 1 - s.len())) } else { s };
        let (int, frac) = padded.split_at(padded.len() - scale);
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") }
    }
}

/// A Chinese numeral (一百零六, 两千, 十二) as an integer; `None` for anything else.
fn parse_chinese(s: &str) -> Option<u128> {
    let digit = |c: char| "零〇一二三四五六七八九".find(c).map(|_| match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => unreachable!(),
    });
    let (mut total, mut current) = (0u128, None::<u128>);
    for c in s.chars() {
        if c == '两' {
            current = Some(2);
        } else if let Some(d) = digit(c) {
            current = Some(d);
        } else {
            let unit = match c {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => return None,
            };
            total += current.unwrap_or(1) * unit;
            current = None;
        }
    }
    Some(total + current.unwrap_or(0))
}

/// Finds the figures of a document.
pub fn figures(
    doc: &NormalisedText,
    rules: &RuleSet,
    regex: &Regex,
    period: Option<&str>,
    trace: &mut Vec<Trace>,
    explain: bool,
) -> Vec<Observation> {
    let mut out: Vec<Observation> = Vec::new();
    let year = year_regex();
    // One set of group positions for every search (an iterator of captures allocates a set
    // for each sentence and each match), and the groups' indices looked up once.
    let mut locs = regex.capture_locations();
    let group = |name: &str| regex.capture_names().position(|n| n == Some(name)).unwrap_or_else(|| panic!("the figure pattern has no group {name}"));
    let (num_group, unit_group, mult_group) = (group("num"), group("unit"), group("mult"));
    let approximate_groups = [group("pre"), group("approx"), group("approx2"), group("post")];
    for (si, s) in doc.sentences.iter().enumerate() {
        let text = doc.slice(s.start, s.end);
        let base = doc.byte_of(s.start);
        let mut previous: Option<usize> = None;
        let mut previous_end = 0usize;
        let mut at = 0;
        // Successive matches, as `captures_iter` gives them (the pattern matches no empty
        // string: a figure has a number and a unit).
        while let Some(m) = if at <= text.len() { regex.captures_read_at(&mut locs, text, at) } else { None } {
            at = if m.end() > m.start() { m.end() } else { m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8) };
            let span = |g: usize| locs.get(g).map(|(a, b)| &text[a..b]);
            let this_end = m.end();
            let (start, end) = (doc.char_of(base + m.start()), doc.char_of(base + m.end()));
            // Why a figure is not recorded is spelt out only for explain.
            let note = |why: &dyn Fn() -> String, trace: &mut Vec<Trace>| {
                if explain {
                    trace.push(Trace {
                        rule: RULE_ID.into(),
                        entity_type: EntityType::Designation,
                        start,
                        end,
                        text: m.as_str().to_string(),
                        outcome: Outcome::Rejected(why()),
                    });
                }
            };
            let num = span(num_group).expect("a figure has a number");
            // A Chinese numeral glued to a word is part of the word (一是, 三基地).
            let before = &text[..m.start()];
            if approximate_groups.iter().any(|&g| locs.get(g).is_some()) {
                note(&|| format!("approximate figure '{}' not recorded", m.as_str()), trace);
                continue;
            }
            // A year, a date or part of a longer number is not a figure.
            if before.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-' || c == '第') {
                continue;
            }
            let unit_text = span(unit_group).expect("a figure has a unit");
            let mult = span(mult_group).unwrap_or("");
            let value = if num.chars().all(|c| c.is_ascii_digit() || c == '.') {
                Decimal::parse_arabic(num)
            } else {
                parse_chinese(num).map(|n| Decimal { mantissa: n, scale: 0 })
            };
            let exp = match mult {
                "万亿" => 12,
                "亿" => 8,
                "万" => 4,
                "千" => 3,
                _ => 0,
            } + if unit_text == "成" { 1 } else { 0 };
            let Some(value) = value.and_then(|v| v.times_pow10(exp)) else {
                note(&|| format!("number '{num}' cannot be read exactly"), trace);
                continue;
            };
            let (unit, classifier) = match unit_text {
                "元" => ("CNY", None),
                "%" | "成" => ("percent", None),
                "倍" => ("ratio", None),
                c => ("count", Some(c.to_string())),
            };
            // The label: the words before the number in its clause, after the last boundary
            // and after the figure before it (分解为6个大类30个指标: 30 is of 指标... no, of 大类).
            let clause_start = before.rfind([',', ';', ':', '、']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
            let mut cut = clause_start.max(previous_end.min(before.len()));
            if let Some(last) = rules.figure_words.label_boundary.find_overlapping_iter(&before[cut..]).map(|m| m.end()).max() {
                cut += last;
            }
            let mut label = &before[cut..];
            let label_start = doc.char_of(base + cut);
            while let Some(l) = rules.list("figure_label_leading").iter().find(|l| label.starts_with(l.as_str()) && label.len() > l.len()) {
                label = &label[l.len()..];
            }
            loop {
                let trailing = rules.list("figure_label_trailing").iter().find(|t| label.ends_with(t.as_str()) && label.len() > t.len());
                match trailing {
                    Some(t) => label = &label[..label.len() - t.len()],
                    None => break,
                }
            }
            let mut indicator = label.trim().to_string();
            let mut consumed = this_end;
            // 中兵航联等3家 / …产业化等3个项目 / 6个大类: what is counted is named after the figure.
            if indicator.is_empty() || indicator.ends_with('等') || indicator.chars().all(|c| c.is_ascii_digit()) {
                // 共组织216家企业: the label follows the figure, up to the next boundary.
                let after = &text[m.end()..];
                let stop = after
                    .find(|c: char| matches!(c, ',' | ';' | ':' | '。' | '、' | '(' | ')') || c.is_ascii_digit())
                    .unwrap_or(after.len());
                let mut following = &after[..stop];
                // (A boundary word that runs into a protected word, 生产|力促|进中心, is none.)
                let protected: Vec<(usize, usize)> = rules.figure_words.protected.find_overlapping_iter(following).map(|p| (p.start(), p.end())).collect();
                let runs_into_protected = |b: &aho_corasick::Match| protected.iter().any(|&(ps, pe)| ps < b.end() && b.start() < pe && !(b.start() <= ps && pe <= b.end()));
                if let Some(i) = rules.figure_words.left_boundary.find_overlapping_iter(following).filter(|m| !runs_into_protected(m)).map(|m| m.start()).filter(|&i| i > 0).min() {
                    following = &following[..i];
                }
                indicator = following.chars().take(12).collect();
                consumed = this_end + indicator.len();
            }
            if rules.list("figure_growth").contains(&indicator) {
                match previous {
                    Some(p) => indicator = format!("{}{indicator}", out[p].indicator),
                    None => {
                        note(&|| format!("growth '{indicator}' of no figure recorded before it"), trace);
                        continue;
                    }
                }
            }
            if indicator.is_empty() {
                note(&|| "no indicator named next to the figure".into(), trace);
                continue;
            }
            let period_here = year.captures_iter(before).last().map(|c| c[1].to_string()).or_else(|| period.map(String::from));
            out.push(Observation {
                indicator,
                value: value.to_plain(),
                unit,
                classifier,
                period: period_here,
                sentence: si,
                start,
                end,
                label_start,
                rule: RULE_ID.into(),
            });
            previous = Some(out.len() - 1);
            previous_end = consumed;
        }
    }
    out
}

/// The year a document reports on: the first year in its title, else the most frequent.
pub fn document_period(doc: &NormalisedText) -> Option<String> {
    let year = year_regex();
    if let Some(t) = doc.sentences.first() {
        if let Some(c) = year.captures(doc.slice(t.start, t.end)) {
            return Some(c[1].to_string());
        }
    }
    let mut counts = std::collections::BTreeMap::new();
    for c in year.captures_iter(&doc.text) {
        *counts.entry(c[1].to_string()).or_insert(0usize) += 1;
    }
    counts.into_iter().max_by_key(|(y, n)| (*n, std::cmp::Reverse(y.clone()))).map(|(y, _)| y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact() {
        let d = Decimal::parse_arabic("24.8").unwrap().times_pow10(8).unwrap();
        assert_eq!(d.to_plain(), "2480000000");
        assert_eq!(Decimal::parse_arabic("11.88").unwrap().to_plain(), "11.88");
        assert_eq!(Decimal::parse_arabic("1.2").unwrap().times_pow10(4).unwrap().to_plain(), "12000");
        assert_eq!(Decimal::parse_arabic("0.05").unwrap().to_plain(), "0.05");
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_chinese("一百零六"), Some(106));
        assert_eq!(parse_chinese("十二"), Some(12));
        assert_eq!(parse_chinese("两千"), Some(2000));
        assert_eq!(parse_chinese("三"), Some(3));
        assert_eq!(parse_chinese("万"), None);
    }
}

//! Places: China's administrative divisions, with short forms, as data.

use super::RulesError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::path::Path;

/// The level of an administrative division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceLevel {
    /// Province, autonomous region, municipality.
    Province,
    /// Prefecture-level city, prefecture, league, autonomous prefecture.
    Prefecture,
    /// County, county-level city, district, banner.
    County,
}

/// One division.
#[derive(Debug, Clone)]
pub struct Place {
    /// Official name (昆山市).
    pub name: String,
    /// Short form used in running text (昆山), when it is at least two characters.
    pub short: Option<String>,
    /// Level.
    pub level: PlaceLevel,
    /// Index of the division it belongs to.
    pub parent: Option<usize>,
    /// Its name with the level it had before it was made a district (江宁县 of 江宁区),
    /// where no division is named so today.
    pub former: Vec<String>,
}

/// All divisions, and an automaton that finds their names in text.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The divisions.
    pub places: Vec<Place>,
    /// Built the first time `find_all` is asked (documents are scanned by the rules' one
    /// automaton, `scanner.rs`): building it took a sixth of the start of every run.
    matcher: std::sync::OnceLock<AhoCorasick>,
    /// The distinct names and short forms.
    patterns: Vec<String>,
    /// For each automaton pattern (a distinct name): the places it names, and whether it is
    /// their short form.
    pattern_places: Vec<Vec<(usize, bool)>>,
    /// Each distinct name's pattern, for exact lookups without a search.
    by_name: rustc_hash::FxHashMap<String, usize>,
    /// Every proper prefix (two characters or more) of a name: a lookup of a string's
    /// prefixes stops at the first that opens no name.
    name_prefixes: rustc_hash::FxHashSet<String>,
    /// The longest name, in characters.
    longest: usize,
}

/// County-level names that are also common words; never matched.
const GENERIC: [&str; 8] = ["城区", "郊区", "矿区", "东区", "西区", "市中区", "新区", "县"];

/// Suffixes stripped to make short forms, longest first.
const SUFFIXES: [&str; 12] = [
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区",
];

fn short_form(name: &str, level: PlaceLevel) -> Option<String> {
    // A district named a new area (浦东新区, 滨海新区) is written without 新区 (浦东, 天津滨海).
    if let Some(b) = name.strip_suffix("新区").filter(|b| b.chars().count() >= 2) {
        return Some(b.to_string());
    }
    let mut base = name;
    for s in SUFFIXES {
        if let Some(b) = name.strip_suffix(s) {
            base = b;
            break;
        }
    }
    // Autonomous areas are named after their place and peoples (延边朝鲜族自治州): the
    // place is the first two characters.
    if level != PlaceLevel::Province && (name.ends_with("自治州") || name.ends_with("自治县")) {
        base = &base[..base.char_indices().nth(2).map_or(base.len(), |(i, _)| i)];
    }
    (base.chars().count() >= 2 && base != name).then(|| base.to_string())
}

/// Autonomous areas take the place their name opens with as short form: the peoples written
/// after it are cut from the end (黔西南布依族苗族自治州: 黔西南; 伊犁哈萨克自治州: 伊犁). A
/// short form cleared because a larger division has it (河南 is the province, not
/// 河南蒙古族自治县) stays cleared.
fn autonomous_short_forms(places: &mut [Place], peoples: &[String]) {
    if peoples.is_empty() {
        return;
    }
    for p in places.iter_mut().filter(|p| p.short.is_some()) {
        let Some(mut base) = p.name.strip_suffix("自治州").or_else(|| p.name.strip_suffix("自治县")) else { continue };
        loop {
            let trimmed = base.strip_suffix('族').unwrap_or(base);
            match peoples.iter().filter(|w| trimmed.ends_with(w.as_str()) && trimmed.len() > w.len()).max_by_key(|w| w.len()) {
                Some(w) => base = &trimmed[..trimmed.len() - w.len()],
                None => break,
            }
        }
        if base.chars().count() >= 2 && base.len() < p.name.len() {
            p.short = Some(base.to_string());
        }
    }
}

/// Most districts were counties or county-level cities until a city took them in (江宁县
/// became 江宁区 in 2000, 萧山市 萧山区 in 2001), and reports of those years, and people since,
/// still write the old name in full. The gazetteer holds today's names, so each district
/// whose name no division bears today is also found as its stem with 县 or 市. Not with 市
/// where the stem is an ordinary word (新建市级, 新城市): 新建县 is still the county.
fn former_names(places: &mut [Place], lookalikes: &[String]) {
    let today: rustc_hash::FxHashSet<String> = places.iter().map(|p| p.name.clone()).collect();
    for p in places.iter_mut().filter(|p| p.level == PlaceLevel::County) {
        // A new area (浦东新区) or a mining district (井陉矿区) was never a county so named.
        let Some(stem) = p.name.strip_suffix('区').filter(|s| s.chars().count() >= 2 && !s.ends_with('新') && !s.ends_with('矿')) else { continue };
        for level in ['县', '市'] {
            if level == '市' && lookalikes.iter().any(|w| w == stem) {
                continue;
            }
            let form = format!("{stem}{level}");
            if !today.contains(&form) {
                p.former.push(form);
            }
        }
    }
}

impl Gazetteer {
    /// Parses the TSV format of `ontology/gazetteers/divisions.tsv`.
    pub fn parse(path: &Path, text: &str) -> Result<Self, RulesError> {
        Self::parse_with(path, text, &[], &[])
    }

    /// As `parse`, with autonomous areas short-named by their place alone (`peoples`: the
    /// peoples written after the place, without 族; 黔西南布依族苗族自治州 is 黔西南, written
    /// 黔西南州, where the first two characters gave 黔西, a county of its own), and without
    /// the short forms that documents use as ordinary words (`lookalikes`: 城北 in 城北片区
    /// is the north of a town, not 西宁's 城北区; 太湖 is the lake). The index is built once.
    pub fn parse_with(path: &Path, text: &str, peoples: &[String], lookalikes: &[String]) -> Result<Self, RulesError> {
        let mut places: Vec<Place> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut add = |places: &mut Vec<Place>, name: &str, level, parent| -> usize {
            let key = (name.to_string(), parent);
            *index.entry(key).or_insert_with(|| {
                places.push(Place { name: name.to_string(), short: short_form(name, level), level, parent, former: Vec::new() });
                places.len() - 1
            })
        };
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 || cols[0].trim().is_empty() {
                return Err(RulesError::Gazetteer {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: "expected three tab-separated columns: province, prefecture, counties".into(),
                });
            }
            let province = add(&mut places, cols[0].trim(), PlaceLevel::Province, None);
            let pref = cols[1].trim();
            let parent = if pref.is_empty() || pref == "市辖区" || pref == "县" || pref.ends_with("直辖县级行政区划") {
                province
            } else {
                add(&mut places, pref, PlaceLevel::Prefecture, Some(province))
            };
            for county in cols[2].split_whitespace() {
                if !GENERIC.contains(&county) {
                    add(&mut places, county, PlaceLevel::County, Some(parent));
                }
            }
        }
        // A short form that is also the name or short form of a larger division names that
        // one: 河南 is the province, not 河南蒙古族自治县.
        let mut highest: std::collections::HashMap<String, PlaceLevel> = std::collections::HashMap::new();
        for p in &places {
            for f in std::iter::once(&p.name).chain(p.short.as_ref()) {
                let e = highest.entry(f.clone()).or_insert(p.level);
                if p.level < *e {
                    *e = p.level;
                }
            }
        }
        for p in &mut places {
            if p.short.as_ref().is_some_and(|f| highest.get(f).is_some_and(|&l| l < p.level)) {
                p.short = None;
            }
        }
        autonomous_short_forms(&mut places, peoples);
        for p in &mut places {
            if p.short.as_ref().is_some_and(|s| lookalikes.contains(s)) {
                p.short = None;
            }
        }
        former_names(&mut places, lookalikes);
        Ok(Self::indexed(places))
    }

    /// The gazetteer with the automaton and indexes over its places' names and short forms.
    fn indexed(places: Vec<Place>) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_places: Vec<Vec<(usize, bool)>> = Vec::new();
        let mut by_name: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
        for (i, p) in places.iter().enumerate() {
            let forms = std::iter::once((p.name.clone(), false)).chain(p.short.clone().map(|s| (s, true))).chain(p.former.iter().map(|f| (f.clone(), false)));
            for (form, short) in forms {
                let k = *by_name.entry(form.clone()).or_insert_with(|| {
                    patterns.push(form);
                    pattern_places.push(Vec::new());
                    patterns.len() - 1
                });
                pattern_places[k].push((i, short));
            }
        }
        let matcher = std::sync::OnceLock::new();
        let longest = patterns.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let name_prefixes = patterns.iter().flat_map(|p| p.char_indices().skip(2).map(|(end, _)| p[..end].to_string())).collect();
        Self { places, matcher, patterns, pattern_places, by_name, name_prefixes, longest }
    }


    /// The distinct names and short forms, by pattern index.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// The places pattern `pattern` names, each with whether it is their short form.
    pub fn places_of_pattern(&self, pattern: u32) -> &[(usize, bool)] {
        &self.pattern_places[pattern as usize]
    }

    /// Every place name in `text`: (byte start, byte end, place, is short form). Where one
    /// name is shared by several places, each is reported at the same span.
    pub fn find_all(&self, text: &str) -> Vec<(usize, usize, usize, bool)> {
        let matcher = self.matcher.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                // It only serves this search, so it is the kind that builds fastest.
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&self.patterns)
                .expect("place names compile into an automaton")
        });
        let mut out = Vec::new();
        for m in matcher.find_iter(text) {
            for &(place, short) in &self.pattern_places[m.pattern().as_usize()] {
                out.push((m.start(), m.end(), place, short));
            }
        }
        out
    }

    /// The place with this exact official name or short form, preferring the most specific.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let &k = self.by_name.get(name)?;
        self.pattern_places[k].iter().map(|&(i, _)| i).max_by_key(|&i| (self.places[i].level, std::cmp::Reverse(i)))
    }

    /// The longest prefix of `chars` that names a place, as (place, length in characters).
    /// A short form directly followed by a level character is not read as the place unless
    /// that is its own suffix: 会同市发改委 is not 会同县's, it is 市发改委 after 会同 (a verb).
    pub fn prefix(&self, chars: &[char]) -> Option<(usize, usize)> {
        // No name is longer than the 32 characters `prefix_of` reads, and the one after them
        // is all it looks at beyond: those are encoded in a buffer on the stack, no string
        // is built.
        let mut bytes = [0u8; 33 * 4];
        let mut len = 0;
        for c in chars.iter().take(33) {
            len += c.encode_utf8(&mut bytes[len..]).len();
        }
        self.prefix_of(std::str::from_utf8(&bytes[..len]).expect("encoded characters are UTF-8"))
    }

    /// [`Gazetteer::prefix`] of a string: its prefixes are looked up as slices of it.
    pub fn prefix_of(&self, s: &str) -> Option<(usize, usize)> {
        // Called for every candidate name: exact lookups of its prefixes, read forward only
        // as far as they open some name (most names open with none: one lookup), then the
        // names found, longest first.
        // ends[i]: the byte offset after the first i characters.
        let mut ends = [0usize; 34];
        let mut read = 0;
        // No further than the longest name and the one character after it.
        for (at, c) in s.char_indices().take((self.longest + 1).min(33)) {
            read += 1;
            ends[read] = at + c.len_utf8();
        }
        let n = read.min(self.longest).min(32);
        let mut named = [None; 33];
        for i in 1..n {
            let word = &s[..ends[i + 1]];
            match self.by_name.get(word) {
                Some(&k) => named[i + 1] = Some(k),
                None if !self.name_prefixes.contains(word) => break,
                None => {}
            }
        }
        for len in (2..=n).rev() {
            let Some(k) = named[len] else { continue };
            let mut after = s[ends[len]..].chars();
            let next = after.next();
            // One opening a rank is the rank's (淅川|省级…), no level of the place's.
            let next = next.filter(|_| after.next() != Some('级'));
            // The level after a short form must be its own: 江城市 is no 江城区, and an
            // autonomous prefecture is written with its place and 州 (甘南州).
            let usable = |&&(p, short): &&(usize, bool)| !short || !next.is_some_and(|c| "省市县区州".contains(c)) || self.places[p].name.chars().last() == next;
            let best = self.pattern_places[k].iter().filter(usable).max_by_key(|&&(i, _)| (self.places[i].level, std::cmp::Reverse(i)));
            if let Some(&(p, short)) = best {
                // That level character is part of the place's name as written (甘南州).
                let written_with_level = short && next.is_some_and(|c| "省市县区州".contains(c));
                return Some((p, len + usize::from(written_with_level)));
            }
        }
        None
    }

    /// The innermost place of a name written as places from the larger to the smaller
    /// (常州市金坛区, 江苏省常州市): each one within the one before it, nothing else between or
    /// after them. Such a name is that place written with its parents, not a place of its own.
    pub fn nested(&self, name: &str) -> Option<usize> {
        let mut rest = name;
        let mut outer: Option<usize> = None;
        while !rest.is_empty() {
            let (p, len) = match self.lookup(rest) {
                Some(p) => (p, rest.chars().count()),
                None => self.prefix_of(rest)?,
            };
            // A short form that reads as a place here may be one of several: the one within
            // the place before it is meant.
            let p = match outer {
                None => p,
                Some(o) if self.within(p, o) && p != o => p,
                Some(o) => {
                    // The word as the index holds it: a short form read with its own level
                    // character (甘南州) is indexed without it.
                    let word: String = rest.chars().take(len).collect();
                    let bare: String = rest.chars().take(len - 1).collect();
                    let k = *self.by_name.get(word.as_str()).or_else(|| self.by_name.get(bare.as_str()))?;
                    self.pattern_places[k].iter().map(|&(i, _)| i).find(|&i| i != o && self.within(i, o))?
                }
            };
            outer = Some(p);
            let cut = rest.char_indices().nth(len).map_or(rest.len(), |(at, _)| at);
            rest = &rest[cut..];
        }
        outer
    }

    /// Whether `inner` lies within `outer` (or is it).
    pub fn within(&self, mut inner: usize, outer: usize) -> bool {
        loop {
            if inner == outer {
                return true;
            }
            match self.places[inner].parent {
                Some(p) => inner = p,
                None => return false,
            }
        }
    }

    /// The ancestor of `place` at `level` (or `place` itself).
    pub fn ancestor(&self, mut place: usize, level: PlaceLevel) -> Option<usize> {
        loop {
            let p = &self.places[place];
            if p.level == level {
                return Some(place);
            }
            place = p.parent?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::parse(Path::new("t"), "江苏省\t苏州市\t海陵区 昆山市\n内蒙古自治区\t兴安盟\t乌兰浩特市\n北京市\t市辖区\t东城区\n").unwrap()
    }

    #[test]
    fn short_forms() {
        let g = gazetteer();
        let shorts: Vec<_> = g.places.iter().map(|p| (p.name.as_str(), p.short.as_deref())).collect();
        assert!(shorts.contains(&("昆山市", Some("昆山"))));
        assert!(shorts.contains(&("江苏省", Some("江苏"))));
        assert!(shorts.contains(&("内蒙古自治区", Some("内蒙古"))));
        assert!(shorts.contains(&("兴安盟", None)));
        assert_eq!(short_form("浦东新区", PlaceLevel::County).as_deref(), Some("浦东"));
        assert_eq!(short_form("清新区", PlaceLevel::County).as_deref(), Some("清新"));
    }

    #[test]
    fn finds_names_and_ancestors() {
        let g = gazetteer();
        let hits = g.find_all("组建昆山市科技创新委员会,江苏");
        let names: Vec<_> = hits.iter().map(|h| g.places[h.2].name.as_str()).collect();
        assert_eq!(names, ["昆山市", "江苏省"]);
        let taixing = g.lookup("昆山").unwrap();
        assert_eq!(g.places[g.ancestor(taixing, PlaceLevel::Province).unwrap()].name, "江苏省");
        let dongcheng = g.lookup("东城区").unwrap();
        assert_eq!(g.places[g.places[dongcheng].parent.unwrap()].name, "北京市");
    }

    #[test]
    fn districts_keep_their_former_names() {
        let g = Gazetteer::parse_with(Path::new("t.tsv"), "江苏省\t南京市\t江宁区 六合区\n浙江省\t杭州市\t萧山区\n江西省\t南昌市\t新建区\n", &[], &["新建".to_string()]).unwrap();
        let jiangning = g.lookup("江宁县").unwrap();
        assert_eq!(g.places[jiangning].name, "江宁区");
        assert_eq!(g.places[g.lookup("萧山市").unwrap()].name, "萧山区");
        assert_eq!(g.places[g.lookup("新建县").unwrap()].name, "新建区");
        // An ordinary word with 市 is no city (新建市级…).
        assert!(g.lookup("新建市").is_none());
        assert_eq!(g.prefix_of("江宁县人民政府"), Some((jiangning, 3)));
    }
}

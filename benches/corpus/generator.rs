//! The benchmark corpus generator: documents in the genres of GUIDELINES.md (bureau work
//! summaries, government work reports, recognition notices, program calls, signing news),
//! made from the templates and name parts in `benches/corpus/vocabulary.toml` and the
//! places of the project's gazetteer. Shared by `examples/gen_corpus.rs` (files on disk)
//! and the criterion benches (in memory).
//!
//! The same seed and size give the same documents, byte for byte. Each document belongs to
//! one county-level place and draws its enterprises and platforms from that place's names,
//! so the number of distinct entities keeps growing with the corpus, as it does when a
//! collection gains provinces and years.
#![allow(dead_code)]

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

#[derive(Deserialize)]
struct Vocabulary {
    trade_first: Vec<String>,
    trade_second: Vec<String>,
    industries: Vec<String>,
    legal_forms: Vec<String>,
    fields: Vec<String>,
    enterprise_platform_heads: Vec<String>,
    place_platform_heads: Vec<String>,
    program_parts: Vec<String>,
    policy_topics: Vec<String>,
    policy_heads: Vec<String>,
    agency_bodies: Vec<String>,
    province_bodies: Vec<String>,
    universities: Vec<String>,
    genres: BTreeMap<String, Genre>,
}

#[derive(Deserialize)]
struct Genre {
    title: String,
    paragraph_heads: Vec<String>,
    sentences: Vec<String>,
    #[serde(default)]
    categories: Vec<String>,
}

/// SplitMix64: a small, well-known generator; its sequence for a seed never changes, which
/// is what a reproducible corpus needs (a crate's generator may change between versions).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A county-level place, with the prefecture and province it belongs to.
struct Home {
    county: String,
    county_short: String,
    province: String,
    province_short: String,
}

struct Writer<'a> {
    vocab: &'a Vocabulary,
    rng: Rng,
    home: &'a Home,
    year: u32,
    genre: &'a Genre,
    category: String,
}

impl Writer<'_> {
    fn trade(&mut self) -> String {
        let v = self.vocab;
        format!("{}{}", self.rng.pick(&v.trade_first), self.rng.pick(&v.trade_second))
    }

    fn enterprise(&mut self) -> String {
        let v = self.vocab;
        let trade = self.trade();
        let industry = self.rng.pick(&v.industries).clone();
        let form = self.rng.pick(&v.legal_forms).clone();
        match self.rng.below(3) {
            0 => format!("{}{trade}{industry}{form}", self.home.province_short),
            _ => format!("{}{trade}{industry}{form}", self.home.county_short),
        }
    }

    fn platform(&mut self) -> String {
        let v = self.vocab;
        let field = self.rng.pick(&v.fields).clone();
        match self.rng.below(4) {
            0 => format!("{}{}{}", self.home.province, field, "工程技术研究中心"),
            1 => {
                let head = self.rng.pick(&v.place_platform_heads).clone();
                format!("{}{field}{head}", self.home.county)
            }
            _ => {
                let trade = self.trade();
                let head = self.rng.pick(&v.enterprise_platform_heads).clone();
                format!("{}{trade}{field}{head}", self.home.county_short)
            }
        }
    }

    fn program(&mut self) -> String {
        let part = self.rng.pick(&self.vocab.program_parts).clone();
        match self.rng.below(4) {
            0 => format!("国家{part}"),
            1 => format!("省{part}"),
            2 => format!("{}{part}", self.home.province),
            _ => format!("{}{part}", self.home.county),
        }
    }

    fn policy(&mut self) -> String {
        let v = self.vocab;
        let topic = self.rng.pick(&v.policy_topics).clone();
        let head = self.rng.pick(&v.policy_heads).clone();
        let issuer = if self.rng.below(2) == 0 { &self.home.county } else { &self.home.province };
        format!("{issuer}关于{topic}的{head}")
    }

    fn agency(&mut self) -> String {
        let v = self.vocab;
        if self.rng.below(3) == 0 {
            format!("{}{}", self.home.province, self.rng.pick(&v.province_bodies))
        } else {
            format!("{}{}", self.home.county, self.rng.pick(&v.agency_bodies))
        }
    }

    fn fill(&mut self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("templates close their placeholders");
            let key = &rest[open + 1..close];
            let value = match key {
                "place" | "county" => self.home.county.clone(),
                "province" | "province_name" => self.home.province.clone(),
                "province_body" => self.rng.pick(&self.vocab.province_bodies).clone(),
                "agency_body" => self.rng.pick(&self.vocab.agency_bodies).clone(),
                "year" => self.year.to_string(),
                "next" => (self.year + 1).to_string(),
                "month" => (1 + self.rng.below(12)).to_string(),
                "day" => (1 + self.rng.below(28)).to_string(),
                "n" => (1 + self.rng.below(300)).to_string(),
                "money" => format!("{}.{}", 1 + self.rng.below(900), self.rng.below(10)),
                "pct" => format!("{}.{}", 1 + self.rng.below(40), self.rng.below(100)),
                "enterprise" => self.enterprise(),
                "platform" => self.platform(),
                "program" => self.program(),
                "policy" => self.policy(),
                "agency" => self.agency(),
                "field" => self.rng.pick(&self.vocab.fields).clone(),
                "trade" => self.trade(),
                "university" => self.rng.pick(&self.vocab.universities).clone(),
                "category" => self.category.clone(),
                other => panic!("unknown placeholder {{{other}}} in a template"),
            };
            out.push_str(&value);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }

    /// One document of about `target` bytes: a title, then paragraphs of sentences, with a
    /// heading before some of them.
    fn document(&mut self, target: usize) -> String {
        let genre = self.genre;
        let mut text = String::with_capacity(target + 512);
        self.fill(&genre.title, &mut text);
        text.push_str("\n\n");
        let mut heads = genre.paragraph_heads.iter();
        while text.len() < target {
            if self.rng.below(3) == 0 {
                if let Some(h) = heads.next() {
                    self.fill(h, &mut text);
                    text.push('\n');
                }
            }
            for _ in 0..2 + self.rng.below(5) {
                let s = self.rng.pick(&genre.sentences).clone();
                self.fill(&s, &mut text);
            }
            text.push('\n');
        }
        text
    }
}

/// Generates about `bytes` bytes of documents for `seed`, handing each (file name, text) to
/// `emit` in order.
pub fn generate(bytes: usize, seed: u64, mut emit: impl FnMut(&str, &str)) {
    let vocab: Vocabulary = toml::from_str(include_str!("vocabulary.toml")).expect("the vocabulary parses");
    let rules = innograph::rules::RuleSet::defaults().expect("default rules");
    let places = &rules.gazetteer.places;
    use innograph::rules::PlaceLevel;
    let homes: Vec<Home> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.level == PlaceLevel::County && p.short.is_some())
        .filter_map(|(i, p)| {
            let prov = &places[rules.gazetteer.ancestor(i, PlaceLevel::Province)?];
            // Municipalities' districts read oddly with a province body (北京市科学技术厅).
            if prov.name.ends_with('市') {
                return None;
            }
            Some(Home {
                county: p.name.clone(),
                county_short: p.short.clone()?,
                province: prov.name.clone(),
                province_short: prov.short.clone().unwrap_or_else(|| prov.name.clone()),
            })
        })
        .collect();
    assert!(!homes.is_empty(), "the gazetteer has county-level places");
    let genres: Vec<(&String, &Genre)> = vocab.genres.iter().collect();
    let mut rng = Rng(seed);
    let (mut written, mut files) = (0usize, 0usize);
    let mut name = String::new();
    while written < bytes {
        let (genre_name, genre) = genres[rng.below(genres.len())];
        let home = &homes[rng.below(homes.len())];
        let year = 2015 + rng.below(10) as u32;
        // Real reports run from a page to a few dozen; most are short.
        let target = 2_000 + rng.below(4) * rng.below(6_000);
        let category = if genre.categories.is_empty() { String::new() } else { rng.pick(&genre.categories).clone() };
        let mut writer = Writer { vocab: &vocab, rng: Rng(rng.next()), home, year, genre, category };
        let text = writer.document(target.min(bytes - written + 2_000));
        name.clear();
        write!(name, "{:06}-{}-{}-{}.txt", files, home.county, year, genre_name).unwrap();
        emit(&name, &text);
        written += text.len();
        files += 1;
    }
}

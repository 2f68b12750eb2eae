//! Rules and word lists: the data that says what a name looks like.
//!
//! Everything extraction knows about Chinese names lives in TOML files under
//! `ontology/rules/` and the gazetteers under `ontology/gazetteers/`. They are compiled into
//! the binary as defaults (so it runs anywhere) and users add or override them with
//! `--rules FILE`. This module parses and checks them; it never looks at documents.
//!
//! A pattern may name a word list as `{list_name}`: it is replaced by an alternation of the
//! list's words, longest first, escaped. Relation patterns may name an entity type the same
//! way (`{Agency}`), which matches one mention of that type in the tagged sentence.

mod gazetteer;
mod schema;

pub use gazetteer::{Gazetteer, Place, PlaceLevel};
pub use schema::{
    AgencyResolution, DesignationSpec, Distribute, ListSpec, Modifier, NormaliseSpec, OcrFix, RelationRuleSpec, RelationSpec, RuleFile,
    RuleSpec,
};

use crate::model::{EntityType, Predicate};
use crate::normalise::NormaliseRules;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A rules file that cannot be used. Always names the file, and the line or the rule id.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// The file cannot be read.
    #[error("{path}: cannot read rules file: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or not of the rules schema.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A rule is inconsistent (unknown type, list, predicate; bad regex).
    #[error("{path}: rule '{id}': {message}")]
    Rule {
        /// The file the rule came from.
        path: PathBuf,
        /// The rule id.
        id: String,
        /// What is wrong.
        message: String,
    },
    /// The gazetteer has a malformed line.
    #[error("{path}:{line}: {message}")]
    Gazetteer {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The default rules files, compiled in. Order matters only for listing.
pub const DEFAULT_RULE_FILES: [(&str, &str); 8] = [
    ("ontology/rules/normalise.toml", include_str!("../../ontology/rules/normalise.toml")),
    ("ontology/rules/lists.toml", include_str!("../../ontology/rules/lists.toml")),
    ("ontology/rules/agency.toml", include_str!("../../ontology/rules/agency.toml")),
    ("ontology/rules/enterprise.toml", include_str!("../../ontology/rules/enterprise.toml")),
    ("ontology/rules/platform.toml", include_str!("../../ontology/rules/platform.toml")),
    ("ontology/rules/program.toml", include_str!("../../ontology/rules/program.toml")),
    ("ontology/rules/relations.toml", include_str!("../../ontology/rules/relations.toml")),
    ("ontology/rules/designations.toml", include_str!("../../ontology/rules/designations.toml")),
];

/// The administrative divisions gazetteer, compiled in.
pub const DEFAULT_GAZETTEER: (&str, &str) =
    ("ontology/gazetteers/divisions.tsv", include_str!("../../ontology/gazetteers/divisions.tsv"));

/// One compiled entity rule.
#[derive(Debug, Clone)]
pub struct EntityRule {
    /// Unique id, recorded on every mention it finds.
    pub id: String,
    /// Type of the `name` (or `items`) group.
    pub entity_type: EntityType,
    /// Why the rule exists, for `explain`.
    pub why: String,
    /// The compiled pattern.
    pub regex: Regex,
    /// Higher wins when candidates overlap.
    pub priority: i32,
    /// Earlier stages run first and bound later ones.
    pub stage: u8,
    /// Head words the name ends with (its modifier is what comes before).
    pub head: Option<HeadWords>,
    /// Cut the name's left edge at the last boundary inside it.
    pub trim_left: bool,
    /// Longest name in characters.
    pub max_chars: usize,
    /// Boundary words are boundaries for `trim_left`.
    pub boundary_words: bool,
    /// An enterprise or institution just before the head stays in the name as its owner.
    pub owner: bool,
    /// Places named inside the name locate the entity.
    pub locate: bool,
    /// What the modifier must be.
    pub modifier: Modifier,
    /// Fewest non-generic characters the modifier must keep.
    pub min_modifier: usize,
    /// A name matching this is rejected.
    pub reject_name: Option<Regex>,
    /// Rejected when the sentence text just before the name matches this (anchored at end).
    pub reject_before: Option<Regex>,
    /// Rejected when the sentence text just after the name matches this (anchored at start).
    pub reject_after: Option<Regex>,
    /// Group holding a list of names (split on 、 和 及 与).
    pub split: Option<String>,
    /// With `split`: each item plus this group's text is a second entity.
    pub distribute: Option<Distribute>,
    /// Other named groups and the type of entity each holds.
    pub groups: Vec<(String, EntityType)>,
    /// Relations among the rule's groups.
    pub relations: Vec<(String, Predicate, String)>,
}

/// A set of head words, looked up as suffixes of a candidate name.
#[derive(Debug, Clone)]
pub struct HeadWords {
    words: std::collections::HashSet<String>,
    max_chars: usize,
}

impl HeadWords {
    fn new(words: &[String]) -> Self {
        let max_chars = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        Self { words: words.iter().filter(|w| !w.is_empty()).cloned().collect(), max_chars }
    }

    /// Length in characters of the longest head word that `name` ends with.
    pub fn longest_suffix(&self, name: &str) -> Option<usize> {
        let mut best = None;
        for (n, (i, _)) in name.char_indices().rev().enumerate() {
            if n >= self.max_chars {
                break;
            }
            if self.words.contains(&name[i..]) {
                best = Some(n + 1);
            }
        }
        best
    }
}

/// One compiled relation rule, matched over a sentence whose mentions are rendered as
/// tokens (`⟦Agency:3⟧`).
#[derive(Debug, Clone)]
pub struct RelationRule {
    /// Unique id.
    pub id: String,
    /// Why the rule exists.
    pub why: String,
    /// The predicate it asserts from group `s` to group `o`.
    pub predicate: Predicate,
    /// The subject is the document's author agency, not a group.
    pub author_subject: bool,
    /// The compiled pattern.
    pub regex: Regex,
}

/// All rules and word lists, compiled, ready to match.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Word lists by name.
    pub lists: BTreeMap<String, Vec<String>>,
    /// Entity rules, in file order.
    pub entity_rules: Vec<EntityRule>,
    /// Relation rules.
    pub relation_rules: Vec<RelationRule>,
    /// Normalisation data.
    pub normalise: NormaliseRules,
    /// How agency short forms expand to full names.
    pub agency: AgencyResolution,
    /// Recognition category terms and their concepts, longest term first.
    pub designations: Vec<DesignationSpec>,
    /// Places.
    pub gazetteer: Gazetteer,
    /// Left-boundary words (list `left_boundary`), for `trim_left`.
    pub left_boundary: AhoCorasick,
    /// Generic modifier words (list `generic_modifier`), for `min_modifier`.
    pub generic: AhoCorasick,
    /// Level words (list `level`), for place/level modifiers.
    pub levels: AhoCorasick,
    /// List separators (list `list_separator`), for rules that split a list of names.
    pub list_separator: AhoCorasick,
    /// The pattern of a reported figure (number, multiplier, unit).
    pub figure: Regex,
    /// SHA-256 over every rules and gazetteer text, in load order: the run's rules identity.
    pub fingerprint: String,
    /// Where each rule came from, for messages.
    pub sources: Vec<String>,
}

/// Where rules come from: the defaults compiled in, plus user files.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// Extra rules files, applied after the defaults, in order.
    pub extra: Vec<PathBuf>,
}

impl RuleSet {
    /// The compiled-in defaults only.
    pub fn defaults() -> Result<Self, RulesError> {
        Self::load(&RuleSources::default())
    }

    /// Loads the defaults and then each extra file: a list of the same name is extended (or
    /// replaced with `replace = true`), a rule of the same id is replaced (or removed with
    /// `disabled = true`).
    pub fn load(sources: &RuleSources) -> Result<Self, RulesError> {
        let mut extra = Vec::new();
        for path in &sources.extra {
            let text = std::fs::read_to_string(path).map_err(|source| RulesError::Read { path: path.clone(), source })?;
            extra.push((path.clone(), text));
        }
        Self::with_texts(&extra)
    }

    /// The defaults plus rules given as (name, TOML text) pairs, as if read from files of
    /// those names. No IO: for tests, fuzzing and embedding.
    pub fn with_texts(extra: &[(PathBuf, String)]) -> Result<Self, RulesError> {
        let mut texts: Vec<(PathBuf, String)> =
            DEFAULT_RULE_FILES.iter().map(|(p, t)| (PathBuf::from(p), (*t).to_string())).collect();
        texts.extend(extra.iter().cloned());
        let mut merged = schema::Merged::default();
        let mut hasher = Sha256::new();
        for (path, text) in &texts {
            hasher.update(path.to_string_lossy().as_bytes());
            hasher.update(text.as_bytes());
            let file: RuleFile = toml::from_str(text).map_err(|e| RulesError::Syntax {
                path: path.clone(),
                line: e.span().map_or(1, |s| text[..s.start.min(text.len())].matches('\n').count() + 1),
                message: e.message().to_string(),
            })?;
            merged.add(path, file).map_err(|(id, message)| RulesError::Rule { path: path.clone(), id, message })?;
        }
        let (gpath, gtext) = DEFAULT_GAZETTEER;
        hasher.update(gtext.as_bytes());
        let gazetteer = Gazetteer::parse(Path::new(gpath), gtext)?;
        let fingerprint = crate::ingest::hex(&hasher.finalize());
        compile(merged, gazetteer, fingerprint)
    }

    /// A list's words, or an empty slice.
    pub fn list(&self, name: &str) -> &[String] {
        self.lists.get(name).map_or(&[], Vec::as_slice)
    }
}

fn words_matcher(words: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words.iter().filter(|w| !w.is_empty()))
        .expect("word lists compile into an automaton")
}

/// Replaces `{name}` with the alternation of list `name` (or, when `types` is set, an entity
/// type with the token that stands for its mentions). `\p{..}` classes and repetition counts
/// are left alone.
pub fn expand_template(
    pattern: &str,
    lists: &BTreeMap<String, Vec<String>>,
    types: bool,
) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let close = after.find('}').ok_or_else(|| format!("unclosed '{{' in pattern: {pattern}"))?;
        let name = &after[1..close];
        let is_ident = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let class = before.ends_with("\\p") || before.ends_with("\\P");
        if !is_ident || class {
            out.push_str(&after[..=close]);
        } else if types && EntityType::parse(name).is_some() {
            out.push_str(&format!("⟦{name}:\\d+⟧"));
        } else if let Some(words) = lists.get(name) {
            let mut sorted: Vec<&String> = words.iter().filter(|w| !w.is_empty()).collect();
            sorted.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
            let alternation: Vec<String> = sorted.iter().map(|w| regex::escape(w)).collect();
            out.push_str(&format!("(?:{})", alternation.join("|")));
        } else {
            return Err(format!("pattern names unknown list '{{{name}}}'"));
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn compile(merged: schema::Merged, gazetteer: Gazetteer, fingerprint: String) -> Result<RuleSet, RulesError> {
    let lists = merged.lists;
    let err = |source: &str, id: &str, message: String| RulesError::Rule {
        path: PathBuf::from(source),
        id: id.to_string(),
        message,
    };
    let regex_of = |source: &str, id: &str, what: &str, pattern: &str, types: bool| -> Result<Regex, RulesError> {
        let expanded = expand_template(pattern, &lists, types).map_err(|m| err(source, id, format!("{what}: {m}")))?;
        Regex::new(&expanded).map_err(|e| err(source, id, format!("{what} does not compile: {e}")))
    };
    let opt_regex = |source: &str, id: &str, what: &str, pattern: &Option<String>, anchor: &str| {
        pattern
            .as_ref()
            .map(|p| {
                let anchored = match anchor {
                    "end" => format!("(?:{p})$"),
                    "start" => format!("^(?:{p})"),
                    _ => p.clone(),
                };
                regex_of(source, id, what, &anchored, false)
            })
            .transpose()
    };
    let mut entity_rules = Vec::new();
    let mut sources = Vec::new();
    for (source, spec) in &merged.rules {
        let id = spec.id.as_str();
        let entity_type =
            EntityType::parse(&spec.r#type).ok_or_else(|| err(source, id, format!("unknown type '{}'", spec.r#type)))?;
        let regex = regex_of(source, id, "pattern", &spec.pattern, false)?;
        let group_names: Vec<&str> = regex.capture_names().flatten().collect();
        let needs = |g: &str| -> Result<(), RulesError> {
            if group_names.contains(&g) || g == "name" && spec.split.is_none() {
                Ok(())
            } else {
                Err(err(source, id, format!("pattern has no group named '{g}'")))
            }
        };
        if let Some(split) = &spec.split {
            needs(split)?;
        }
        let head = match &spec.head {
            Some(list) => Some(HeadWords::new(
                lists.get(list).ok_or_else(|| err(source, id, format!("head names unknown list '{list}'")))?,
            )),
            None => None,
        };
        let mut groups = Vec::new();
        for (group, ty) in &spec.groups {
            needs(group)?;
            let t = EntityType::parse(ty).ok_or_else(|| err(source, id, format!("group '{group}': unknown type '{ty}'")))?;
            groups.push((group.clone(), t));
        }
        let mut relations = Vec::new();
        for r in &spec.relation {
            let p = Predicate::parse(&r.predicate)
                .ok_or_else(|| err(source, id, format!("unknown predicate '{}'", r.predicate)))?;
            for g in [&r.subject, &r.object] {
                if g != "name" {
                    needs(g)?;
                }
            }
            relations.push((r.subject.clone(), p, r.object.clone()));
        }
        if let Some(d) = &spec.distribute {
            needs(&d.group)?;
            EntityType::parse(&d.r#type).ok_or_else(|| err(source, id, format!("distribute: unknown type '{}'", d.r#type)))?;
            if let Some(p) = &d.predicate {
                Predicate::parse(p).ok_or_else(|| err(source, id, format!("distribute: unknown predicate '{p}'")))?;
            }
        }
        entity_rules.push(EntityRule {
            id: spec.id.clone(),
            entity_type,
            why: spec.why.clone(),
            regex,
            priority: spec.priority,
            stage: spec.stage,
            head,
            trim_left: spec.trim_left,
            max_chars: spec.max_chars,
            boundary_words: spec.boundary_words,
            owner: spec.owner,
            locate: spec.locate,
            modifier: spec.modifier,
            min_modifier: spec.min_modifier,
            reject_name: opt_regex(source, id, "reject_name", &spec.reject_name, "")?,
            reject_before: opt_regex(source, id, "reject_before", &spec.reject_before, "end")?,
            reject_after: opt_regex(source, id, "reject_after", &spec.reject_after, "start")?,
            split: spec.split.clone(),
            distribute: spec.distribute.clone(),
            groups,
            relations,
        });
        sources.push(source.clone());
    }
    let mut relation_rules = Vec::new();
    for (source, spec) in &merged.relations {
        let id = spec.id.as_str();
        let predicate =
            Predicate::parse(&spec.predicate).ok_or_else(|| err(source, id, format!("unknown predicate '{}'", spec.predicate)))?;
        let regex = regex_of(source, id, "pattern", &spec.pattern, true)?;
        let names: Vec<&str> = regex.capture_names().flatten().collect();
        let author_subject = match spec.subject.as_deref() {
            None => false,
            Some("author") => true,
            Some(other) => return Err(err(source, id, format!("subject '{other}': only \"author\" is known"))),
        };
        if (!author_subject && !names.iter().any(|n| n.starts_with('s'))) || !names.iter().any(|n| n.starts_with('o')) {
            return Err(err(source, id, "a relation pattern needs a subject group (s...) and an object group (o...)".into()));
        }
        relation_rules.push(RelationRule { id: spec.id.clone(), why: spec.why.clone(), predicate, author_subject, regex });
    }
    let n = &merged.normalise;
    let boilerplate = n
        .boilerplate
        .iter()
        .map(|p| Regex::new(p).map_err(|e| err("normalise", "normalise.boilerplate", format!("{e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let page_marker = n
        .page_marker
        .as_ref()
        .map(|p| Regex::new(p).map_err(|e| err("normalise", "normalise.page_marker", format!("{e}"))))
        .transpose()?;
    let heading = n
        .heading
        .as_ref()
        .map(|p| Regex::new(p).map_err(|e| err("normalise", "normalise.heading", format!("{e}"))))
        .transpose()?;
    let ocr = if n.ocr.is_empty() {
        None
    } else {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(n.ocr.iter().map(|f| f.from.as_str()))
            .map_err(|e| err("normalise", "normalise.ocr", format!("{e}")))?;
        Some((ac, n.ocr.iter().map(|f| f.to.clone()).collect()))
    };
    let get = |name: &str| lists.get(name).cloned().unwrap_or_default();
    let title_endings = get("title_ending");
    let figure = {
        let template = r"(?P<pre>{figure_approximate})?(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?P<approx>多|余)?(?P<mult>{figure_multiplier})?(?P<approx2>多|余)?(?P<unit>{figure_unit})(?P<post>以上|左右|多)?";
        let expanded = expand_template(template, &lists, false).map_err(|m| err("lists", "figure", m))?;
        Regex::new(&expanded).map_err(|e| err("lists", "figure", e.to_string()))?
    };
    Ok(RuleSet {
        figure,
        left_boundary: words_matcher(&get("left_boundary")),
        generic: words_matcher(&get("generic_modifier")),
        levels: words_matcher(&get("level")),
        list_separator: words_matcher(&get("list_separator")),
        lists,
        entity_rules,
        relation_rules,
        normalise: NormaliseRules { boilerplate, page_marker, heading, ocr, title_endings },
        agency: merged.agency,
        designations: {
            let mut d = merged.designations;
            d.sort_by(|a, b| b.term.chars().count().cmp(&a.term.chars().count()).then(a.term.cmp(&b.term)));
            d
        },
        gazetteer,
        fingerprint,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load() {
        let rules = RuleSet::defaults().unwrap();
        assert!(rules.entity_rules.len() > 10);
        assert!(!rules.gazetteer.places.is_empty());
    }

    #[test]
    fn templates_expand_lists_longest_first() {
        let mut lists = BTreeMap::new();
        lists.insert("head".to_string(), vec!["中心".to_string(), "研究中心".to_string()]);
        assert_eq!(expand_template("a{head}\\p{Han}{2,4}", &lists, false).unwrap(), "a(?:研究中心|中心)\\p{Han}{2,4}");
        assert!(expand_template("{nope}", &lists, false).unwrap_err().contains("unknown list"));
        assert_eq!(expand_template("{Agency}", &lists, true).unwrap(), "⟦Agency:\\d+⟧");
    }
}

//! The rules files' schema, as serde reads it. Unknown keys are errors, so a typo in a
//! user's rules file is reported with its line instead of being silently ignored.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One rules file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Word lists.
    #[serde(default)]
    pub list: Vec<ListSpec>,
    /// Entity rules.
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
    /// Relation rules.
    #[serde(default)]
    pub relation: Vec<RelationRuleSpec>,
    /// Normalisation data.
    #[serde(default)]
    pub normalise: Option<NormaliseSpec>,
    /// Agency name resolution data.
    #[serde(default)]
    pub agency: Option<AgencyResolution>,
    /// Recognition categories and their concepts.
    #[serde(default)]
    pub designation: Vec<DesignationSpec>,
}

/// A recognition category term and its concept in `ontology/designations.ttl`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignationSpec {
    /// The term reports use (众创空间).
    pub term: String,
    /// The concept's local name in the `ig:` namespace (MakerSpace).
    pub concept: String,
}

/// A named word list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListSpec {
    /// Name patterns refer to it by, as `{name}`.
    pub name: String,
    /// Why the list exists.
    #[serde(default)]
    pub why: String,
    /// The words.
    pub words: Vec<String>,
    /// In a user file: replace the list of the same name instead of extending it.
    #[serde(default)]
    pub replace: bool,
}

/// What the modifier of a name (the part before its head word) must be.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modifier {
    /// Anything.
    #[default]
    Any,
    /// Empty, or only places and level words (市, 省级, 昆山市...): agency names.
    Place,
    /// At least `min_modifier` characters that are not generic words.
    Proper,
    /// Opens with a level or a place (省, 无锡市级, 昆山市), or follows an agency mention
    /// directly; then as `Proper`.
    Levelled,
}

/// An entity rule as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Unique id.
    pub id: String,
    /// Entity type of the name.
    pub r#type: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// Regex template; group `name` is the entity (or `split` names the list group).
    pub pattern: String,
    /// Higher wins when candidates overlap.
    #[serde(default)]
    pub priority: i32,
    /// Rules of stage 1 run first, then 2, then 3 (the default); mentions of earlier stages
    /// bound the names later stages find (an agency before a program: 省政府 | 督查激励资金)
    /// and may own them (an institution before its platform).
    #[serde(default = "default_stage")]
    pub stage: u8,
    /// List of head words the name ends with.
    #[serde(default)]
    pub head: Option<String>,
    /// Cut the left edge at the last boundary inside the name.
    #[serde(default)]
    pub trim_left: bool,
    /// Longest name, in characters: a longer one keeps its last `max_chars`. Patterns use
    /// open repetitions (`+?`), which keep the regex automata small, and leave the bound here.
    #[serde(default = "default_max_chars")]
    pub max_chars: usize,
    /// A full place name inside the name (or 我市, the locality) is where the entity is: a
    /// Place mention and a locatedIn relation (2023常州市首届科技创新创业大赛 → 常州市).
    #[serde(default)]
    pub locate: bool,
    /// With `trim_left`: an enterprise or institution named just before the platform word is
    /// its owner and stays in the name (扬子江药业工程技术研究中心), with a hasPlatform relation.
    #[serde(default)]
    pub owner: bool,
    /// With `trim_left`: boundary words count as boundaries (else only earlier mentions,
    /// counts and punctuation do: project titles are full of verbs).
    #[serde(default = "yes")]
    pub boundary_words: bool,
    /// What the modifier must be.
    #[serde(default)]
    pub modifier: Modifier,
    /// Fewest non-generic characters in the modifier (with `modifier = "proper"`).
    #[serde(default)]
    pub min_modifier: usize,
    /// Reject names matching this.
    #[serde(default)]
    pub reject_name: Option<String>,
    /// Reject when the text before the name ends with a match of this.
    #[serde(default)]
    pub reject_before: Option<String>,
    /// Reject when the text after the name starts with a match of this.
    #[serde(default)]
    pub reject_after: Option<String>,
    /// Group holding a list of names.
    #[serde(default)]
    pub split: Option<String>,
    /// With `split`: item + group text gives a second entity.
    #[serde(default)]
    pub distribute: Option<Distribute>,
    /// Other groups and their entity types.
    #[serde(default)]
    pub groups: BTreeMap<String, String>,
    /// Relations among groups (`name` is the main entity).
    #[serde(default)]
    pub relation: Vec<RelationSpec>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

fn yes() -> bool {
    true
}

fn default_max_chars() -> usize {
    40
}

fn default_stage() -> u8 {
    3
}

/// Item + group text gives a second entity, optionally related to the item.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distribute {
    /// The group whose text is appended to each item.
    pub group: String,
    /// Type of the composed entity.
    pub r#type: String,
    /// Predicate from the item to the composed entity.
    #[serde(default)]
    pub predicate: Option<String>,
    /// Leading words of the group text to drop before appending (e.g. 企业 in 3家企业工程中心).
    #[serde(default)]
    pub strip: Vec<String>,
    /// Only the composed entities are entities; the items are parts of names (实施A和B计划).
    #[serde(default)]
    pub only: bool,
}

/// A relation between two groups of an entity rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationSpec {
    /// Subject group.
    pub subject: String,
    /// Predicate.
    pub predicate: String,
    /// Object group.
    pub object: String,
}

/// A relation rule over tagged sentences.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationRuleSpec {
    /// Unique id.
    pub id: String,
    /// Predicate from group `s` to group `o`.
    pub predicate: String,
    /// Regex template; `{Agency}` etc. match one mention token.
    pub pattern: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// `author`: the subject is the agency that wrote the document (its title's agency),
    /// not a group of the pattern.
    #[serde(default)]
    pub subject: Option<String>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

/// Normalisation data.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormaliseSpec {
    /// Regexes for whole boilerplate lines.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Regex for a page marker at a line start.
    #[serde(default)]
    pub page_marker: Option<String>,
    /// Regex for the numbering that opens a section heading at a line start.
    #[serde(default)]
    pub heading: Option<String>,
    /// OCR confusions.
    #[serde(default)]
    pub ocr: Vec<OcrFix>,
}

/// One OCR confusion.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrFix {
    /// What OCR wrote.
    pub from: String,
    /// What the document said.
    pub to: String,
    /// Why it is safe.
    #[serde(default)]
    pub why: String,
}

/// How agency short forms resolve to full names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyResolution {
    /// Abbreviated body → full body (科技局 → 科学技术局).
    #[serde(default)]
    pub expand: BTreeMap<String, String>,
    /// Bodies that are party committees, named 中共 + place + body (委 → 中共昆山市委).
    #[serde(default)]
    pub party: Vec<String>,
    /// Self-references (我局) and the body suffix they stand for (局).
    #[serde(default)]
    pub self_reference: BTreeMap<String, String>,
    /// Bodies that belong to the locality even without a level prefix (科创委).
    #[serde(default)]
    pub local: Vec<String>,
    /// National bodies, never prefixed with a place.
    #[serde(default)]
    pub national: Vec<String>,
}

/// Everything loaded so far, defaults first, then user files.
#[derive(Debug, Default)]
pub(super) struct Merged {
    pub lists: BTreeMap<String, Vec<String>>,
    pub rules: Vec<(String, RuleSpec)>,
    pub relations: Vec<(String, RelationRuleSpec)>,
    pub normalise: NormaliseSpec,
    pub agency: AgencyResolution,
    pub designations: Vec<DesignationSpec>,
}

impl Merged {
    /// Adds a file; `Err((id, message))` for a duplicate id within one file.
    pub fn add(&mut self, path: &Path, file: RuleFile) -> Result<(), (String, String)> {
        let source = path.to_string_lossy().into_owned();
        for list in file.list {
            let entry = self.lists.entry(list.name).or_default();
            if list.replace {
                entry.clear();
            }
            entry.extend(list.words);
        }
        let mut seen = std::collections::BTreeSet::new();
        for rule in file.rule {
            if !seen.insert(rule.id.clone()) {
                return Err((rule.id, "defined twice in one file".into()));
            }
            self.rules.retain(|(_, r)| r.id != rule.id);
            if !rule.disabled {
                self.rules.push((source.clone(), rule));
            }
        }
        for rule in file.relation {
            if !seen.insert(rule.id.clone()) {
                return Err((rule.id, "defined twice in one file".into()));
            }
            self.relations.retain(|(_, r)| r.id != rule.id);
            if !rule.disabled {
                self.relations.push((source.clone(), rule));
            }
        }
        if let Some(n) = file.normalise {
            self.normalise.boilerplate.extend(n.boilerplate);
            if n.page_marker.is_some() {
                self.normalise.page_marker = n.page_marker;
            }
            if n.heading.is_some() {
                self.normalise.heading = n.heading;
            }
            self.normalise.ocr.extend(n.ocr);
        }
        for d in file.designation {
            self.designations.retain(|x| x.term != d.term);
            self.designations.push(d);
        }
        if let Some(a) = file.agency {
            self.agency.expand.extend(a.expand);
            self.agency.party.extend(a.party);
            self.agency.self_reference.extend(a.self_reference);
            self.agency.local.extend(a.local);
            self.agency.national.extend(a.national);
        }
        Ok(())
    }
}

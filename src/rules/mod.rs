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

pub mod common;
mod gazetteer;
pub mod scanner;
mod schema;

pub use gazetteer::{Gazetteer, Place, PlaceLevel};
pub use schema::{
    AgencyResolution, ColumnSpec, ContextSpec, DesignationSpec, EnumerationSpec, Example, ListSpec, Modifier, NameRuleSpec, NormaliseSpec,
    OcrFix, RelationRuleSpec, ResolveSpec, RuleFile,
};

use crate::model::{EntityType, Predicate};
use crate::normalise::{FoldTable, NormaliseRules};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
pub const DEFAULT_RULE_FILES: [(&str, &str); 11] = [
    ("ontology/rules/normalise.toml", include_str!("../../ontology/rules/normalise.toml")),
    ("ontology/rules/lexicon.toml", include_str!("../../ontology/rules/lexicon.toml")),
    ("ontology/rules/agency.toml", include_str!("../../ontology/rules/agency.toml")),
    ("ontology/rules/enterprise.toml", include_str!("../../ontology/rules/enterprise.toml")),
    ("ontology/rules/platform.toml", include_str!("../../ontology/rules/platform.toml")),
    ("ontology/rules/program.toml", include_str!("../../ontology/rules/program.toml")),
    ("ontology/rules/other.toml", include_str!("../../ontology/rules/other.toml")),
    ("ontology/rules/tables.toml", include_str!("../../ontology/rules/tables.toml")),
    ("ontology/rules/relations.toml", include_str!("../../ontology/rules/relations.toml")),
    ("ontology/rules/designations.toml", include_str!("../../ontology/rules/designations.toml")),
    ("ontology/rules/resolve.toml", include_str!("../../ontology/rules/resolve.toml")),
];

/// The administrative divisions gazetteer, compiled in.
pub const DEFAULT_GAZETTEER: (&str, &str) =
    ("ontology/gazetteers/divisions.tsv", include_str!("../../ontology/gazetteers/divisions.tsv"));

/// China's peoples, whose names autonomous areas carry after their place, compiled in.
pub const DEFAULT_PEOPLES: (&str, &str) = ("ontology/gazetteers/peoples.txt", include_str!("../../ontology/gazetteers/peoples.txt"));

/// The traditional → simplified character table, compiled in.
pub const DEFAULT_FOLD: (&str, &str) =
    ("ontology/lexicon/traditional-simplified.tsv", include_str!("../../ontology/lexicon/traditional-simplified.tsv"));

/// The simplified → traditional character table, compiled in.
pub const DEFAULT_UNFOLD: (&str, &str) =
    ("ontology/lexicon/simplified-traditional.tsv", include_str!("../../ontology/lexicon/simplified-traditional.tsv"));

/// A word list, by its index in the [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListId(pub u32);

impl ListId {
    /// The word of a [`ListSet`] holding this list's bit, and the bit.
    #[inline]
    fn word_bit(self) -> (usize, u64) {
        ((self.0 >> 6) as usize, 1u64 << (self.0 & 63))
    }
}

/// A set of lists, as bits (bit `i` = list `i`), as many 64-bit words wide as the lexicon
/// needs: users' rules may add any number of lists, and the built-in ones fit in two words,
/// so a test is still a load or two and an AND.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSet(Box<[u64]>);

impl ListSet {
    /// The empty set, as wide as `lexicon`'s sets.
    pub fn empty(lexicon: &Lexicon) -> Self {
        ListSet(vec![0; lexicon.stride].into_boxed_slice())
    }

    /// Adds `list`.
    pub fn insert(&mut self, list: ListId) {
        let (w, b) = list.word_bit();
        self.0[w] |= b;
    }

    /// The set, to test against a word's lists.
    #[inline]
    pub fn lists(&self) -> Lists<'_> {
        Lists(&self.0)
    }
}

/// The lists one word belongs to, borrowed from the [`Lexicon`] (or a [`ListSet`]).
#[derive(Debug, Clone, Copy)]
pub struct Lists<'a>(&'a [u64]);

impl<'a> Lists<'a> {
    /// Is `list` one of them?
    #[inline]
    pub fn contains(self, list: ListId) -> bool {
        let (w, b) = list.word_bit();
        self.0[w] & b != 0
    }

    /// Is any list of `set` one of them?
    #[inline]
    pub fn intersects(self, set: &ListSet) -> bool {
        self.0.iter().zip(set.0.iter()).any(|(a, b)| a & b != 0)
    }

    /// The lists, in ascending order.
    #[inline]
    pub fn iter(self) -> ListIter<'a> {
        // A set is never zero words wide: the lexicon gives every set at least one.
        let (&bits, words) = self.0.split_first().unwrap_or((&0, &[]));
        ListIter { words, base: 0, bits }
    }
}

/// The lists of a [`Lists`], in ascending order.
#[derive(Debug, Clone)]
pub struct ListIter<'a> {
    words: &'a [u64],
    base: u32,
    bits: u64,
}

impl Iterator for ListIter<'_> {
    type Item = ListId;

    #[inline]
    fn next(&mut self) -> Option<ListId> {
        while self.bits == 0 {
            let (&w, rest) = self.words.split_first()?;
            self.words = rest;
            self.base += 64;
            self.bits = w;
        }
        let b = self.bits.trailing_zeros();
        self.bits &= self.bits - 1;
        Some(ListId(self.base + b))
    }
}

/// Every word of every list in one automaton: one pass over a document finds them all
/// (overlapping), and each match knows which lists its word belongs to.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Words, by pattern index.
    pub words: Vec<String>,
    /// Length of each word in characters.
    pub word_chars: Vec<u32>,
    /// For each pattern, the lists holding its word: `stride` words of bits, pattern after
    /// pattern (bit `i` = list `i`), in one array instead of a set each.
    membership: Vec<u64>,
    /// 64-bit words per pattern's set: enough for every list, at least one.
    stride: usize,
    /// List names, by id.
    pub names: Vec<String>,
    /// Ids by list name: looked up inside per-mention loops, so hashed rather than ordered.
    ids: rustc_hash::FxHashMap<String, ListId>,
    by_word: rustc_hash::FxHashMap<String, u32>,
}

impl CoreLists {
    /// Is `c` a one-character conjunction (和, 与)?
    #[inline]
    pub fn is_conjunction(&self, c: char) -> bool {
        c != '\0' && self.conjunction_chars.contains(&c)
    }
}

impl Lexicon {
    /// The lexicon of every list but those in `unscanned` (read as words only).
    fn new(lists: &BTreeMap<String, Vec<String>>, unscanned: &std::collections::BTreeSet<String>) -> Result<Self, String> {
        let scanned: Vec<(&String, &Vec<String>)> = lists.iter().filter(|(name, _)| !unscanned.contains(*name)).collect();
        let list_count = u32::try_from(scanned.len()).map_err(|_| format!("{} word lists; too many to scan", scanned.len()))?;
        let stride = (scanned.len().div_ceil(64)).max(1);
        let mut words: Vec<String> = Vec::new();
        let mut membership: Vec<u64> = Vec::new();
        let mut by_word: rustc_hash::FxHashMap<String, u32> = rustc_hash::FxHashMap::default();
        let mut ids = rustc_hash::FxHashMap::default();
        let mut names = Vec::new();
        for (i, (name, list)) in (0..list_count).zip(scanned) {
            let id = ListId(i);
            ids.insert(name.clone(), id);
            names.push(name.clone());
            let (w, b) = id.word_bit();
            for word in list.iter().filter(|w| !w.is_empty()) {
                let k = *by_word.entry(word.clone()).or_insert_with(|| {
                    words.push(word.clone());
                    membership.resize(membership.len() + stride, 0);
                    (words.len() - 1) as u32
                });
                membership[k as usize * stride + w] |= b;
            }
        }
        let word_chars = words.iter().map(|w| w.chars().count() as u32).collect();
        Ok(Lexicon { words, word_chars, membership, stride, names, ids, by_word })
    }

    /// The id of a list, if it exists.
    pub fn id(&self, name: &str) -> Option<ListId> {
        self.ids.get(name).copied()
    }

    /// Is pattern `pattern` a word of list `list`?
    #[inline]
    pub fn in_list(&self, pattern: u32, list: ListId) -> bool {
        let (w, b) = list.word_bit();
        self.membership[pattern as usize * self.stride + w] & b != 0
    }

    /// The lists pattern `pattern` belongs to.
    #[inline]
    pub fn lists_of(&self, pattern: u32) -> Lists<'_> {
        let at = pattern as usize * self.stride;
        Lists(&self.membership[at..at + self.stride])
    }

    /// Is `word` (exactly) a word of `list`?
    pub fn contains(&self, list: ListId, word: &str) -> bool {
        self.by_word.get(word).is_some_and(|&p| self.in_list(p, list))
    }
}

/// The lists the extractor's mechanisms use by name; each must exist.
#[derive(Debug, Clone, Copy)]
pub struct CoreLists {
    /// Verbs, prepositions and adverbs that end the text before a name.
    pub boundary: ListId,
    /// Verbs whose object is a company, a place their subject (远安县|引进|…有限公司): never
    /// a trade name's first word after the place.
    pub company_object_verb: ListId,
    /// Words inside which a boundary word is not one (建设银行).
    pub protected: ListId,
    /// Words a place name may hide in (示范县 holds 范县): a place starting inside one is none.
    pub place_masking: ListId,
    /// Words that qualify but do not distinguish (重点, 科技, 新型).
    pub generic: ListId,
    /// Level words (国家级, 省, 市级).
    pub level: ListId,
    /// Words that may stand before an agency body with places and levels (中共, 国家).
    pub agency_prefix: ListId,
    /// Classifiers after a number (家, 个, 项).
    pub classifier: ListId,
    /// Self-references to the locality (我市, 全区).
    pub locality_reference: ListId,
    /// Legal forms of companies.
    pub legal_form: ListId,
    /// Industry words that end trade names (药业, 电气).
    pub industry: ListId,
    /// Verbs that end the text before a name only before a level or a place in full
    /// (研究|雄安新区…, 促进|天津滨海…).
    pub verb_before_place: ListId,
    /// Heads of which a province has one, so that the province names it (贵州科学城).
    pub province_named_zone_head: ListId,
    /// Nouns that class a list without naming a kind of platform (等平台, 等载体).
    pub bare_platform_class: ListId,
    /// Words for platforms of every kind (新型研发机构, 科技创新平台): a category they name
    /// holds any platform listed under it.
    pub platform_umbrella: ListId,
    /// Heads of regulations (管理办法, 实施细则): with a place or level, one document.
    pub regulation_head: ListId,
    /// National bodies that name their branches by their places (国家税务总局|宜昌市税务局).
    pub top_down_body: ListId,
    /// Heads of institutes a place names one of (沈阳产业技术研究院).
    pub placed_institute_head: ListId,
    /// Words after a place's platform that say it is built or opened: one platform, not a category.
    pub platform_instance_after: ListId,
    /// Kinds of company set before a company's name (龙头企业, 会员企业).
    pub company_kind: ListId,
    /// Words that make what follows a generic reference (各, 有关, 所在): no place opens with one.
    pub generic_reference: ListId,
    /// Zone words (高新区, 经开区).
    pub zone: ListId,
    /// Conjunctions that join names (和, 与, 及).
    pub conjunction: ListId,
    /// Place-like words that are no locality (中国, 全国, 长三角).
    pub no_locality: ListId,
    /// The conjunctions that are one character (a set for per-character tests).
    pub conjunction_chars: [char; 8],
    /// Words that, right before a head, belong to the head phrase (建设|项目).
    pub head_phrase: ListId,
    /// Bodies that belong to another body and follow it in its name (党组, 办公室).
    pub sub_body: ListId,
    /// Words that distinguish though made of generic words (创新券).
    pub distinctive: ListId,
    /// Slogans that distinguish nothing even in quotes (一揽子).
    pub slogan: ListId,
    /// Body words of agencies (科学技术局, 海关): one ends an agency's name, so the next
    /// body named after it starts there.
    pub agency_body: ListId,
    /// National bodies' names (国家税务总局), which end an agency's name the same way.
    pub national_agency: ListId,
}

/// One compiled name rule (`[[name]]`).
#[derive(Debug, Clone)]
pub struct NameRule {
    /// Rule id.
    pub id: String,
    /// Type of the names.
    pub entity_type: EntityType,
    /// Why.
    pub why: String,
    /// Head words.
    pub heads: ListId,
    /// What the modifier must be.
    pub modifier: Modifier,
    /// Fewest distinguishing characters.
    pub min_proper: usize,
    /// Longest name.
    pub max_chars: usize,
    /// Type of a name with a generic modifier, if any.
    pub generic: Option<EntityType>,
    /// Needs a level, place or agency before it.
    pub levelled: bool,
    /// May open with an owner.
    pub owner: bool,
    /// May open with a year.
    pub year: bool,
    /// A quoted name or a span of years counts as a level.
    pub level_by_quote: bool,
    /// Boundary words end the name.
    pub boundaries: bool,
    /// Refuse masked names.
    pub refuse_masked: bool,
    /// Refuse names followed by a number.
    pub refuse_counted: bool,
    /// Must open with an owner of one of these types (empty: any owner or none).
    pub owned_by: Vec<EntityType>,
    /// An owner bounds the name before boundary words do.
    pub owner_first: bool,
    /// Designations count as topic words.
    pub designation_topic: bool,
    /// A modifier this long besides places and levels distinguishes (0: off).
    pub purpose_chars: usize,
    /// Needs a quoted name.
    pub quoted: bool,
    /// Words after which a levelled name is a designation.
    pub category_after: Option<ListId>,
    /// Refusing neighbours and forms.
    pub not_before: Option<ListId>,
    /// `not_before` also closing a list the name opens.
    pub not_before_shared: bool,
    /// Refusing words before.
    pub not_after: Option<ListId>,
    /// Bodies managed from the top down whose branch a name right after them is.
    pub branch_after: Option<ListId>,
    /// Refusing openings.
    pub not_opening: Option<ListId>,
    /// Refusing whole names.
    pub not_exactly: Option<ListId>,
    /// Refusing names after their year, levels and places.
    pub not_exactly_levelled: Option<ListId>,
    /// Words that do not distinguish.
    pub undistinguishing: Option<ListId>,
    /// Words that make up for distinguishing characters.
    pub topic: Option<ListId>,
    /// Fields of work that may stand between a body's place and its body word.
    pub domains: Option<ListId>,
    /// Refusing contents.
    pub not_containing: Option<ListId>,
    /// Required opening.
    pub opening: Option<ListId>,
    /// Required word before.
    pub preceded_by: Option<ListId>,
    /// A word after that does as well as the one required before.
    pub or_followed_by: Option<ListId>,
    /// Stage.
    pub stage: u8,
    /// Priority.
    pub priority: i32,
    /// Examples.
    pub examples: Vec<Example>,
    /// Counterexamples.
    pub counterexamples: Vec<String>,
}

/// The form of an enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumerationForm {
    /// A、B等3家企业.
    Closed,
    /// A、B、C实验室.
    SharedHead,
    /// 3家市研发中心(A、B、C).
    Parenthesised,
    /// 市税务局、统计局: a place written once before coordinated bodies.
    SharedPrefix,
    /// 科技部基础研究司、高新技术司: a body written once before its coordinated units.
    SharedOwner,
    /// 八个专项行动分别为:A行动、B行动…: a count announces the items that follow.
    Announced,
    /// A、B、C with no closing word, most of them names of the type already: the rest are too.
    Companions,
    /// 先后到A、B、C调研: the places a visit went to, read as names where most look like them.
    Visited,
}

/// One compiled enumeration rule.
#[derive(Debug, Clone)]
pub struct EnumerationRule {
    /// Rule id.
    pub id: String,
    /// Type of the items.
    pub entity_type: EntityType,
    /// Why.
    pub why: String,
    /// Form.
    pub form: EnumerationForm,
    /// Closing (or preceding, or shared head) words.
    pub nouns: ListId,
    /// Longest item.
    pub max_item: usize,
    /// Fewest distinguishing characters in an item.
    pub min_proper: usize,
    /// Words a lone item must end with.
    pub item_heads: Option<ListId>,
    /// Heads distributed over the items as their own platforms.
    pub distribute: Option<ListId>,
    /// Heads of the closing phrase that name the items without a head of their own.
    pub names_items: Option<ListId>,
    /// Words after an item that make it part of a longer word.
    pub not_before: Option<ListId>,
    /// Words right before the closing noun that make it another thing's.
    pub not_after_noun: Option<ListId>,
    /// Words right after 等 that make a list's items trades or parks, not companies.
    pub not_after_deng: Option<ListId>,
    /// Words no item holds.
    pub not_containing: Option<ListId>,
    /// Closing nouns that make the items projects of the companies opening them.
    pub project_nouns: Option<ListId>,
    /// Items are recognised as the designation the closing words name.
    pub recognized: bool,
    /// Words that open an announced list.
    pub opening: Option<ListId>,
    /// Stage.
    pub stage: u8,
    /// Priority.
    pub priority: i32,
    /// Examples.
    pub examples: Vec<Example>,
    /// Counterexamples.
    pub counterexamples: Vec<String>,
}

/// The form of a context rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextForm {
    /// A short name right before words of `after`.
    Subject,
    /// 《…》.
    Title,
    /// 关于…的 + head.
    About,
    /// Fixed words (我局).
    Words,
    /// A levelled phrase after words of `after`, to the clause's end.
    After,
    /// The words opening a name of a type in `within`, right before a place inside it.
    BeforePlace,
    /// A trade name opening a name of a type in `within` right before a word of `heads`
    /// (宏达电子|企业技术中心): it ends with a word of `item_heads`.
    BeforeHead,
    /// A quoted phrase right after a word of `after` or right before a word of `words`.
    Quoted,
    /// Names of the types in `within` found earlier, again wherever their text recurs.
    Recurrence,
    /// A short name opening a project named by its owner and what it builds (X + product
    /// word + `after`), before a word of `words` or `item_heads`.
    BeforeProduct,
    /// A coined trade name opening an item that ends with a company's own seat, a word of
    /// `heads` (宏博电子|研发生产总部), where no name stands yet.
    BeforeSeat,
    /// A name of a type in `within` (a category) and a word of `heads` right after it
    /// (高新技术企业|认定): the scheme that grants the category.
    CategoryScheme,
    /// A package of measures named by its topic and how many articles it has (稳经济47条,
    /// “工业四十条”, “66条”措施): a word of `heads` (条) after a count, a topic of at most
    /// `max_chars` before it, and a word of `words` (措施) that may follow: part of the name
    /// after a closing quote, left out of it otherwise.
    CountedPackage,
    /// A line that is a document's own title: the whole line, opening with a place or a
    /// body and ending with a word of `heads` (明州市推进…建设实施方案(2021-2023年)).
    TitleLine,
}

/// One compiled context rule.
#[derive(Debug, Clone)]
pub struct ContextRule {
    /// Rule id.
    pub id: String,
    /// Type.
    pub entity_type: EntityType,
    /// For `before-place`: the types of the names read.
    pub within: Vec<EntityType>,
    /// Why.
    pub why: String,
    /// Form.
    pub form: ContextForm,
    /// Following words (subject).
    pub after: Option<ListId>,
    /// Head words (about, quoted).
    pub heads: Option<ListId>,
    /// Fixed words.
    pub words: Option<ListId>,
    /// Words a subject must end with.
    pub item_heads: Option<ListId>,
    /// A coined subject (no common word, no place) passes without `item_heads`.
    pub coined: bool,
    /// Longest name.
    pub max_chars: usize,
    /// Fewest distinguishing characters.
    pub min_proper: usize,
    /// Refusing openings.
    pub not_opening: Option<ListId>,
    /// Refusing contents.
    pub not_containing: Option<ListId>,
    /// Words of public works, which no company's project holds.
    pub public_works: Option<ListId>,
    /// Words right before a quoted phrase that leave it to another rule (quoted).
    pub not_after: Option<ListId>,
    /// Stage.
    pub stage: u8,
    /// Priority.
    pub priority: i32,
    /// Examples.
    pub examples: Vec<Example>,
    /// Counterexamples.
    pub counterexamples: Vec<String>,
}

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    /// The row's entity.
    Name,
    /// The owner of the row's platform.
    Host,
    /// Where the row's entity is.
    Place,
    /// The enterprise that undertakes the row's project.
    Undertaker,
    /// The category the row's entity is recognised as (国家级专精特新“小巨人”企业).
    Category,
    /// Nothing to read.
    Ignore,
}

/// One compiled column rule.
#[derive(Debug, Clone)]
pub struct ColumnRule {
    /// Rule id.
    pub id: String,
    /// Why.
    pub why: String,
    /// Header words.
    pub headers: Vec<String>,
    /// Role.
    pub role: ColumnRole,
    /// Type of the cells.
    pub entity_type: Option<EntityType>,
    /// Examples.
    pub examples: Vec<Example>,
}

/// The mechanism of a relation rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationForm {
    /// A place opening a name or in its parentheses.
    NamePlace,
    /// An owner opening a platform's name.
    NameOwner,
    /// Subject, words, object in one sentence.
    Verb,
    /// Items of a list closed or headed by a designation.
    RecognitionList,
    /// Items of a list headed by a program.
    SelectionList,
    /// The agency opening a notice's title.
    TitleIssuer,
    /// An agency signing a notice.
    Signature,
    /// An enterprise opening a project's name.
    EnterpriseProject,
    /// A table's columns.
    Table,
    /// The document's author, before words with no other subject.
    AuthorVerb,
    /// A word of the rule, the items, 为 and the designation they are recognised as.
    RecognitionFrame,
    /// A name, a word that places it (位于, 落户) and the place after it.
    PlaceVerb,
    /// 在 and a place, a word of building (建设, 新建) and the name of what is built.
    PlaceBeforeVerb,
    /// A name, then 在, a place and a word of holding (召开, 举行): where an event is held.
    HeldIn,
    /// Agencies right before a cited 《title》.
    IssuerTitle,
    /// A name followed by another one, whole, in brackets (X众创空间(Y有限公司)).
    Bracketed,
    /// A name, a dash, then a name of another kind (X有限公司-Y星创天地): an operator before
    /// what it runs.
    Dashed,
    /// A category written right before a name of its kind (国家级高新技术企业|X有限公司).
    Apposed,
    /// In a call, a body that organises its round (市科技局组织专家评审) runs the title's program.
    CallOrganiser,
    /// A plan's task closed by a bracket of the bodies that answer for it (…(市科技局牵头)).
    TaskLead,
    /// In a notice with no title line, the bodies signing it run the drive it says it
    /// decides to organise (决定组织开展…工作).
    SignedDecision,
}

/// One compiled relation rule.
#[derive(Debug, Clone)]
pub struct RelationRule {
    /// Rule id.
    pub id: String,
    /// Why.
    pub why: String,
    /// Predicate.
    pub predicate: Predicate,
    /// Mechanism.
    pub form: RelationForm,
    /// Subject types.
    pub subject: Vec<EntityType>,
    /// Object types.
    pub object: Vec<EntityType>,
    /// Stating words.
    pub words: Option<ListId>,
    /// Words that cancel the relation between subject and words.
    pub not_between: Option<ListId>,
    /// Words that, right before the stating words, make them an aim (力争|获批).
    pub not_after: Option<ListId>,
    /// Words an owned object's name may not end with (…|党组).
    pub not_ending: Option<ListId>,
    /// Words one of which must follow a `verb` form's object (进入X|行列).
    pub object_closing: Option<ListId>,
    /// Largest gap.
    pub gap: usize,
    /// Object before subject.
    pub reversed: bool,
    /// Examples.
    pub examples: Vec<Example>,
    /// Counterexamples.
    pub counterexamples: Vec<String>,
}

/// Automata over the word lists that figure labels are cut with.
#[derive(Debug, Clone)]
pub struct FigureWords {
    /// `figure_label_boundary`.
    pub label_boundary: AhoCorasick,
    /// `left_boundary`.
    pub left_boundary: AhoCorasick,
    /// `protected`: words a boundary word running into them does not cut (生产|力促|进中心).
    pub protected: AhoCorasick,
}

/// Everything extraction needs, compiled once and shared by all documents.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Word lists by name.
    pub lists: BTreeMap<String, Vec<String>>,
    /// Why each list exists.
    pub list_why: BTreeMap<String, String>,
    /// All words in one automaton.
    pub lexicon: Lexicon,
    /// The lists the mechanisms use by name.
    pub core: CoreLists,
    /// Name rules, in file order.
    pub names: Vec<NameRule>,
    /// The lists name rules use as heads.
    pub heads_mask: ListSet,
    /// The same, leaving out recognition categories: a complete name of a thing ends where
    /// one of these does.
    pub strong_heads_mask: ListSet,
    /// Enumeration rules.
    pub enumerations: Vec<EnumerationRule>,
    /// Context rules.
    pub contexts: Vec<ContextRule>,
    /// Table column rules.
    pub columns: Vec<ColumnRule>,
    /// Relation rules.
    pub relations: Vec<RelationRule>,
    /// Normalisation data.
    pub normalise: NormaliseRules,
    /// How agency short forms expand to full names.
    pub agency: AgencyResolution,
    /// Every name of a national body (official or other) → its official name, from
    /// `agency.national`: looked up for every agency, one hash instead of a walk of the list.
    pub national_names: rustc_hash::FxHashMap<String, String>,
    /// Recognition category terms and their concepts, longest term first.
    pub designations: Vec<DesignationSpec>,
    /// How names resolve to one identity.
    pub resolve: ResolveSpec,
    /// Places.
    pub gazetteer: Gazetteer,
    /// One automaton over the lexicon's words and the gazetteer's names.
    pub scanner: scanner::Scanner,
    /// Simplified → traditional characters, for names built in a traditional document.
    pub unfold: FoldTable,
    /// Ordinary words (jieba's dictionary), which a coined trade name is not.
    pub common: common::CommonWords,
    /// The ordinary words jieba's corpus counts often (文化, 生态), which a company's short
    /// name that is a word too (长信, 金发) is not.
    pub frequent: common::CommonWords,
    /// The pattern of a reported figure (number, multiplier, unit).
    pub figure: Regex,
    /// Word automata for figure labels.
    pub figure_words: FigureWords,
    /// SHA-256 over every rules and gazetteer text, in load order: the run's rules identity.
    pub fingerprint: String,
}

impl RuleSet {
    /// Every rule id with its kind and why, for listings and tests.
    pub fn rule_ids(&self) -> Vec<(&str, &str, &str)> {
        let mut out: Vec<(&str, &str, &str)> = Vec::new();
        out.extend(self.names.iter().map(|r| (r.id.as_str(), "name", r.why.as_str())));
        out.extend(self.enumerations.iter().map(|r| (r.id.as_str(), "enumeration", r.why.as_str())));
        out.extend(self.contexts.iter().map(|r| (r.id.as_str(), "context", r.why.as_str())));
        out.extend(self.columns.iter().map(|r| (r.id.as_str(), "column", r.why.as_str())));
        out.extend(self.relations.iter().map(|r| (r.id.as_str(), "relation", r.why.as_str())));
        out
    }
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
        let (ppath, ptext) = DEFAULT_PEOPLES;
        hasher.update(ppath.as_bytes());
        hasher.update(ptext.as_bytes());
        let peoples: Vec<String> = ptext.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).map(str::to_string).collect();
        let lookalikes = merged.lists.get("place_lookalike").cloned().unwrap_or_default();
        let gazetteer = Gazetteer::parse_with(Path::new(gpath), gtext, &peoples, &lookalikes)?;
        let (fpath, ftext) = DEFAULT_FOLD;
        hasher.update(ftext.as_bytes());
        let mut fold = FoldTable::parse(ftext).map_err(|(line, message)| RulesError::Gazetteer { path: PathBuf::from(fpath), line, message })?;
        // A character the gazetteer writes in a place's simplified name (乾 of 乾县) is a
        // simplified character too: folding it (乾 → 干, OpenCC's reading of 乾燥) would hide
        // the place from the automaton, whose patterns are written as the gazetteer writes them.
        for place in &gazetteer.places {
            for c in place.name.chars() {
                fold.keep(c);
            }
        }
        let (upath, utext) = DEFAULT_UNFOLD;
        hasher.update(utext.as_bytes());
        let unfold = FoldTable::parse(utext).map_err(|(line, message)| RulesError::Gazetteer { path: PathBuf::from(upath), line, message })?;
        hasher.update(common::DEFAULT_COMMON_WORDS.1.as_bytes());
        hasher.update(common::DEFAULT_FREQUENT_WORDS.1.as_bytes());
        let fingerprint = crate::ingest::hex(&hasher.finalize());
        compile(merged, gazetteer, fold, unfold, fingerprint)
    }

    /// A list's words, or an empty slice.
    pub fn list(&self, name: &str) -> &[String] {
        self.lists.get(name).map_or(&[], Vec::as_slice)
    }
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

fn compile(merged: schema::Merged, gazetteer: Gazetteer, fold: FoldTable, unfold: FoldTable, fingerprint: String) -> Result<RuleSet, RulesError> {
    let lists = merged.lists;
    let err = |source: &str, id: &str, message: String| RulesError::Rule { path: PathBuf::from(source), id: id.to_string(), message };
    let lexicon = Lexicon::new(&lists, &merged.unscanned).map_err(|m| err("ontology/rules", "lists", m))?;
    let list = |source: &str, id: &str, name: &str| -> Result<ListId, RulesError> {
        lexicon.id(name).ok_or_else(|| err(source, id, format!("names unknown list '{name}'")))
    };
    let opt_list = |source: &str, id: &str, name: &Option<String>| -> Result<Option<ListId>, RulesError> {
        name.as_deref().map(|n| list(source, id, n)).transpose()
    };
    let ty = |source: &str, id: &str, t: &str| -> Result<EntityType, RulesError> {
        EntityType::parse(t).ok_or_else(|| err(source, id, format!("unknown type '{t}'")))
    };
    let core = {
        let need = |name: &str| list("ontology/rules/lexicon.toml", "core lists", name);
        CoreLists {
            boundary: need("left_boundary")?,
            company_object_verb: need("company_object_verb")?,
            protected: need("protected")?,
            place_masking: need("place_masking")?,
            generic: need("generic_modifier")?,
            level: need("level")?,
            agency_prefix: need("agency_prefix")?,
            classifier: need("classifier")?,
            locality_reference: need("locality_reference")?,
            legal_form: need("legal_form")?,
            industry: need("industry_word")?,
            verb_before_place: need("verb_before_place")?,
            province_named_zone_head: need("province_named_zone_head")?,
            bare_platform_class: need("bare_platform_class")?,
            platform_umbrella: need("platform_umbrella")?,
            regulation_head: need("regulation_head")?,
            top_down_body: need("top_down_body")?,
            placed_institute_head: need("placed_institute_head")?,
            platform_instance_after: need("platform_instance_after")?,
            company_kind: need("company_kind")?,
            generic_reference: need("not_agency_after")?,
            zone: need("zone")?,
            conjunction: need("conjunction")?,
            no_locality: need("no_locality")?,
            conjunction_chars: {
                let mut set = ['\0'; 8];
                let singles = lists.get("conjunction").into_iter().flatten().filter(|w| w.chars().count() == 1).filter_map(|w| w.chars().next());
                for (slot, c) in set.iter_mut().zip(singles) {
                    *slot = c;
                }
                set
            },
            head_phrase: need("head_phrase")?,
            sub_body: need("sub_body")?,
            distinctive: need("distinctive")?,
            slogan: need("slogan")?,
            agency_body: need("agency_body")?,
            national_agency: need("national_agency")?,
        }
    };
    let mut names = Vec::new();
    for (source, r) in &merged.names {
        let id = r.id.as_str();
        names.push(NameRule {
            id: r.id.clone(),
            entity_type: ty(source, id, &r.r#type)?,
            why: r.why.clone(),
            heads: list(source, id, &r.heads)?,
            modifier: r.modifier,
            min_proper: r.min_proper,
            max_chars: r.max_chars.clamp(2, 120),
            generic: r.generic.as_deref().map(|t| ty(source, id, t)).transpose()?,
            levelled: r.levelled,
            owner: r.owner,
            year: r.year,
            level_by_quote: r.level_by_quote,
            boundaries: r.boundaries,
            refuse_masked: r.refuse_masked,
            refuse_counted: r.refuse_counted,
            owned_by: if r.owned {
                vec![EntityType::Enterprise, EntityType::Institution]
            } else {
                r.owned_by.iter().map(|t| ty(source, id, t)).collect::<Result<_, _>>()?
            },
            owner_first: r.owner_first,
            designation_topic: r.designation_topic,
            purpose_chars: r.purpose_chars,
            quoted: r.quoted,
            category_after: opt_list(source, id, &r.category_after)?,
            not_before: opt_list(source, id, &r.not_before)?,
            not_before_shared: r.not_before_shared,
            not_after: opt_list(source, id, &r.not_after)?,
            branch_after: opt_list(source, id, &r.branch_after)?,
            not_opening: opt_list(source, id, &r.not_opening)?,
            not_exactly: opt_list(source, id, &r.not_exactly)?,
            not_exactly_levelled: opt_list(source, id, &r.not_exactly_levelled)?,
            topic: opt_list(source, id, &r.topic)?,
            undistinguishing: opt_list(source, id, &r.undistinguishing)?,
            domains: opt_list(source, id, &r.domains)?,
            not_containing: opt_list(source, id, &r.not_containing)?,
            opening: opt_list(source, id, &r.opening)?,
            preceded_by: opt_list(source, id, &r.preceded_by)?,
            or_followed_by: opt_list(source, id, &r.or_followed_by)?,
            stage: r.stage,
            priority: r.priority,
            examples: r.examples.clone(),
            counterexamples: r.counterexamples.clone(),
        });
    }
    let mut enumerations = Vec::new();
    for (source, r) in &merged.enumerations {
        let id = r.id.as_str();
        let form = match r.form.as_str() {
            "closed" => EnumerationForm::Closed,
            "shared-head" => EnumerationForm::SharedHead,
            "parenthesised" => EnumerationForm::Parenthesised,
            "shared-prefix" => EnumerationForm::SharedPrefix,
            "shared-owner" => EnumerationForm::SharedOwner,
            "announced" => EnumerationForm::Announced,
            "companions" => EnumerationForm::Companions,
            "visited" if r.opening.is_none() => return Err(err(source, id, "form 'visited' needs `opening`, the verbs that open the list".into())),
            "visited" => EnumerationForm::Visited,
            f => return Err(err(source, id, format!("unknown form '{f}' (closed, shared-head, parenthesised, shared-prefix, shared-owner, announced, companions, visited)"))),
        };
        enumerations.push(EnumerationRule {
            id: r.id.clone(),
            entity_type: ty(source, id, &r.r#type)?,
            why: r.why.clone(),
            form,
            nouns: list(source, id, &r.nouns)?,
            max_item: r.max_item.clamp(1, 60),
            min_proper: r.min_proper,
            item_heads: opt_list(source, id, &r.item_heads)?,
            distribute: opt_list(source, id, &r.distribute)?,
            names_items: opt_list(source, id, &r.names_items)?,
            not_before: opt_list(source, id, &r.not_before)?,
            not_after_noun: opt_list(source, id, &r.not_after_noun)?,
            not_after_deng: opt_list(source, id, &r.not_after_deng)?,
            not_containing: opt_list(source, id, &r.not_containing)?,
            project_nouns: opt_list(source, id, &r.project_nouns)?,
            recognized: r.recognized,
            opening: opt_list(source, id, &r.opening)?,
            stage: r.stage,
            priority: r.priority,
            examples: r.examples.clone(),
            counterexamples: r.counterexamples.clone(),
        });
    }
    let mut contexts = Vec::new();
    for (source, r) in &merged.contexts {
        let id = r.id.as_str();
        let form = match r.form.as_str() {
            "subject" => ContextForm::Subject,
            "title" => ContextForm::Title,
            "about" => ContextForm::About,
            "self" => ContextForm::Words,
            "after" => ContextForm::After,
            "before-place" => ContextForm::BeforePlace,
            "before-head" => ContextForm::BeforeHead,
            "quoted" => ContextForm::Quoted,
            "recurrence" => ContextForm::Recurrence,
            "before-product" => ContextForm::BeforeProduct,
            "before-seat" => ContextForm::BeforeSeat,
            "category-scheme" => ContextForm::CategoryScheme,
            "counted-package" => ContextForm::CountedPackage,
            "title-line" => ContextForm::TitleLine,
            f => return Err(err(source, id, format!("unknown form '{f}' (subject, title, about, after, self, before-place, before-head, before-product, before-seat, category-scheme, counted-package, quoted, recurrence, title-line)"))),
        };
        let needs = |what: &Option<String>, key: &str| -> Result<(), RulesError> {
            if what.is_none() {
                Err(err(source, id, format!("form '{}' needs '{key}'", r.form)))
            } else {
                Ok(())
            }
        };
        match form {
            ContextForm::Subject | ContextForm::After => needs(&r.after, "after")?,
            ContextForm::BeforeProduct => {
                needs(&r.after, "after")?;
                needs(&r.words, "words")?;
            }
            ContextForm::About | ContextForm::CountedPackage | ContextForm::TitleLine => needs(&r.heads, "heads")?,
            ContextForm::Words => needs(&r.words, "words")?,
            ContextForm::BeforePlace if r.within.is_empty() => return Err(err(source, id, "form 'before-place' needs 'within'".into())),
            ContextForm::BeforeHead if r.within.is_empty() || r.heads.is_none() || r.item_heads.is_none() => return Err(err(source, id, "form 'before-head' needs 'within', 'heads' and 'item_heads'".into())),
            ContextForm::BeforeSeat if r.heads.is_none() || r.item_heads.is_none() => return Err(err(source, id, "form 'before-seat' needs 'heads' and 'item_heads'".into())),
            ContextForm::Recurrence if r.within.is_empty() => return Err(err(source, id, "form 'recurrence' needs 'within'".into())),
            ContextForm::CategoryScheme if r.within.is_empty() || r.heads.is_none() => return Err(err(source, id, "form 'category-scheme' needs 'within' and 'heads'".into())),
            ContextForm::Quoted if r.after.is_none() && r.words.is_none() => return Err(err(source, id, "form 'quoted' needs 'after' or 'words'".into())),
            ContextForm::Title | ContextForm::BeforePlace | ContextForm::BeforeHead | ContextForm::BeforeSeat | ContextForm::Quoted | ContextForm::Recurrence | ContextForm::CategoryScheme => {}
        }
        contexts.push(ContextRule {
            id: r.id.clone(),
            entity_type: ty(source, id, &r.r#type)?,
            within: r.within.iter().map(|t| ty(source, id, t)).collect::<Result<_, _>>()?,
            why: r.why.clone(),
            form,
            after: opt_list(source, id, &r.after)?,
            heads: opt_list(source, id, &r.heads)?,
            words: opt_list(source, id, &r.words)?,
            item_heads: opt_list(source, id, &r.item_heads)?,
            coined: r.coined,
            max_chars: r.max_chars.clamp(2, 200),
            min_proper: r.min_proper,
            not_opening: opt_list(source, id, &r.not_opening)?,
            not_containing: opt_list(source, id, &r.not_containing)?,
            public_works: opt_list(source, id, &r.public_works)?,
            not_after: opt_list(source, id, &r.not_after)?,
            stage: r.stage,
            priority: r.priority,
            examples: r.examples.clone(),
            counterexamples: r.counterexamples.clone(),
        });
    }
    let mut columns = Vec::new();
    for (source, r) in &merged.columns {
        let id = r.id.as_str();
        let role = match r.role.as_str() {
            "name" => ColumnRole::Name,
            "host" => ColumnRole::Host,
            "place" => ColumnRole::Place,
            "undertaker" => ColumnRole::Undertaker,
            "category" => ColumnRole::Category,
            "ignore" => ColumnRole::Ignore,
            f => return Err(err(source, id, format!("unknown role '{f}' (name, host, place, undertaker, category, ignore)"))),
        };
        if r.headers.iter().any(|h| h.is_empty()) || r.headers.is_empty() {
            return Err(err(source, id, "headers must be non-empty words".into()));
        }
        columns.push(ColumnRule {
            id: r.id.clone(),
            why: r.why.clone(),
            headers: r.headers.clone(),
            role,
            entity_type: r.r#type.as_deref().map(|t| ty(source, id, t)).transpose()?,
            examples: r.examples.clone(),
        });
    }
    let mut relations = Vec::new();
    for (source, r) in &merged.relations {
        let id = r.id.as_str();
        let predicate = Predicate::parse(&r.predicate).ok_or_else(|| err(source, id, format!("unknown predicate '{}'", r.predicate)))?;
        let form = match r.form.as_str() {
            "name-place" => RelationForm::NamePlace,
            "name-owner" => RelationForm::NameOwner,
            "verb" => RelationForm::Verb,
            "recognition-list" => RelationForm::RecognitionList,
            "selection-list" => RelationForm::SelectionList,
            "title-issuer" => RelationForm::TitleIssuer,
            "signature" => RelationForm::Signature,
            "enterprise-project" => RelationForm::EnterpriseProject,
            "table" => RelationForm::Table,
            "author-verb" => RelationForm::AuthorVerb,
            "recognition-frame" => RelationForm::RecognitionFrame,
            "issuer-title" => RelationForm::IssuerTitle,
            "place-verb" => RelationForm::PlaceVerb,
            "place-before-verb" => RelationForm::PlaceBeforeVerb,
            "held-in" => RelationForm::HeldIn,
            "bracketed" => RelationForm::Bracketed,
            "dashed" => RelationForm::Dashed,
            "apposed" => RelationForm::Apposed,
            "call-organiser" => RelationForm::CallOrganiser,
            "task-lead" => RelationForm::TaskLead,
            "signed-decision" => RelationForm::SignedDecision,
            f => return Err(err(source, id, format!("unknown form '{f}'"))),
        };
        if matches!(form, RelationForm::Bracketed | RelationForm::Dashed) && (r.subject.is_empty() || r.object.is_empty()) {
            return Err(err(source, id, format!("form '{}' needs subject and object", r.form)));
        }
        if matches!(form, RelationForm::PlaceVerb | RelationForm::PlaceBeforeVerb | RelationForm::HeldIn) && (r.words.is_none() || r.subject.is_empty()) {
            return Err(err(source, id, format!("form {} needs words and subject", r.form)));
        }
        if form == RelationForm::TaskLead && (r.words.is_none() || r.subject.is_empty() || r.object.is_empty()) {
            return Err(err(source, id, format!("form {} needs words, subject and object", r.form)));
        }
        if form == RelationForm::RecognitionFrame && r.words.is_none() {
            return Err(err(source, id, "form 'recognition-frame' needs words".into()));
        }
        if form == RelationForm::AuthorVerb && (r.words.is_none() || r.object.is_empty()) {
            return Err(err(source, id, "form 'author-verb' needs words and object".into()));
        }
        if form == RelationForm::SignedDecision && (r.words.is_none() || r.object.is_empty()) {
            return Err(err(source, id, "form 'signed-decision' needs words and object".into()));
        }
        if form == RelationForm::Verb && (r.words.is_none() || r.subject.is_empty() || r.object.is_empty()) {
            return Err(err(source, id, "form 'verb' needs words, subject and object".into()));
        }
        relations.push(RelationRule {
            id: r.id.clone(),
            why: r.why.clone(),
            predicate,
            form,
            subject: r.subject.iter().map(|t| ty(source, id, t)).collect::<Result<_, _>>()?,
            object: r.object.iter().map(|t| ty(source, id, t)).collect::<Result<_, _>>()?,
            words: opt_list(source, id, &r.words)?,
            not_between: opt_list(source, id, &r.not_between)?,
            not_after: opt_list(source, id, &r.not_after)?,
            not_ending: opt_list(source, id, &r.not_ending)?,
            object_closing: opt_list(source, id, &r.object_closing)?,
            // A frame spans its whole list of items (拟认定A、B…等20家企业为…); the other forms
            // relate names within a clause.
            gap: r.gap.min(if form == RelationForm::RecognitionFrame { 400 } else { 60 }),
            reversed: r.reversed,
            examples: r.examples.clone(),
            counterexamples: r.counterexamples.clone(),
        });
    }
    let n = &merged.normalise;
    let re = |what: &str, p: &str| Regex::new(p).map_err(|e| err("normalise", what, format!("{e}")));
    // Each pattern is compiled alone first, so an error names the pattern; then all as one
    // set, so a line is read once whatever the number of patterns.
    for p in &n.boilerplate {
        re("normalise.boilerplate", p)?;
    }
    let boilerplate = regex::RegexSet::new(&n.boilerplate).map_err(|e| err("normalise", "normalise.boilerplate", e.to_string()))?;
    let page_marker = n.page_marker.as_deref().map(|p| re("normalise.page_marker", p)).transpose()?;
    let heading = n.heading.as_deref().map(|p| re("normalise.heading", p)).transpose()?;
    let item_marker = n.item_marker.as_deref().map(|p| re("normalise.item_marker", p)).transpose()?;
    let gloss = n.gloss.as_deref().map(|p| re("normalise.gloss", p)).transpose()?;
    let ocr = if n.ocr.is_empty() {
        None
    } else {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(n.ocr.iter().map(|f| f.from.as_str()))
            .map_err(|e| err("normalise", "normalise.ocr", format!("{e}")))?;
        Some((ac, n.ocr.iter().map(|f| f.to.clone()).collect()))
    };
    let title_endings = lists.get("title_ending").cloned().unwrap_or_default();
    let name_line_endings = lists.get("name_line_ending").cloned().unwrap_or_default();
    let joins = if n.joins.is_empty() {
        None
    } else {
        Some(AhoCorasick::new(n.joins.iter().filter(|w| w.chars().count() >= 2)).map_err(|e| err("normalise", "normalise.joins", format!("{e}")))?)
    };
    let figure = {
        let template = r"(?P<pre>{figure_approximate})?(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?P<approx>多|余)?(?P<mult>{figure_multiplier})?(?P<approx2>多|余)?(?P<unit>{figure_unit})(?P<post>以上|左右|多)?";
        let expanded = expand_template(template, &lists, false).map_err(|m| err("lists", "figure", m))?;
        Regex::new(&expanded).map_err(|e| err("lists", "figure", e.to_string()))?
    };
    let mut agency = merged.agency;
    for (official, others) in agency.national.iter_mut() {
        others.retain(|o| o != official);
    }
    // The first body (in the table's order) that has a name keeps it, as a search of the
    // table in that order would find it.
    let mut national_names: rustc_hash::FxHashMap<String, String> = rustc_hash::FxHashMap::default();
    for (official, others) in &agency.national {
        for name in std::iter::once(official).chain(others) {
            national_names.entry(name.clone()).or_insert_with(|| official.clone());
        }
    }
    let words_of = |name: &str| -> Result<AhoCorasick, RulesError> {
        AhoCorasick::new(lists.get(name).into_iter().flatten().filter(|w| !w.is_empty())).map_err(|e| err("lists", name, e.to_string()))
    };
    let figure_words = FigureWords { label_boundary: words_of("figure_label_boundary")?, left_boundary: words_of("left_boundary")?, protected: words_of("protected")? };
    let (mut heads_mask, mut strong_heads_mask) = (ListSet::empty(&lexicon), ListSet::empty(&lexicon));
    for r in &names {
        heads_mask.insert(r.heads);
        if r.entity_type != EntityType::Designation {
            strong_heads_mask.insert(r.heads);
        }
    }
    let scanner = scanner::Scanner::new(&lexicon, &gazetteer)?;
    Ok(RuleSet {
        scanner,
        heads_mask,
        strong_heads_mask,
        figure,
        figure_words,
        lists,
        list_why: merged.list_why,
        lexicon,
        core,
        names,
        enumerations,
        contexts,
        columns,
        relations,
        normalise: NormaliseRules { boilerplate, page_marker, heading, ocr, title_endings, gloss, item_marker, fold: Arc::new(fold), joins, name_line_endings },
        agency,
        national_names,
        resolve: merged.resolve,
        designations: {
            let mut d = merged.designations;
            d.sort_by(|a, b| b.term.chars().count().cmp(&a.term.chars().count()).then(a.term.cmp(&b.term)));
            d
        },
        gazetteer,
        unfold,
        common: common::CommonWords::default(),
        frequent: common::CommonWords::frequent(),
        fingerprint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load() {
        let rules = RuleSet::defaults().unwrap();
        assert!(rules.names.len() > 10);
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

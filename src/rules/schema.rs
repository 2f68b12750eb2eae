//! The rules files' schema, as serde reads it. Unknown keys are errors, so a typo in a
//! user's rules file is reported with its line instead of being silently ignored.
//!
//! The extractor has a handful of mechanisms, each a way Chinese documents name things
//! (a name that ends with a head word, a list closed by a category, a table column, a
//! quoted name before a head...). Each `[[name]]`, `[[enumeration]]`, `[[context]]`,
//! `[[relation]]` entry is one rule: a mechanism, the word lists it uses, an id that every
//! mention and relation it produces carries, why it exists, and examples it must find and
//! counterexamples it must not (checked by `tests/rule_examples.rs`).

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
    /// Names that end with a head word.
    #[serde(default)]
    pub name: Vec<NameRuleSpec>,
    /// Lists of names closed or opened by a category (A、B等3家企业).
    #[serde(default)]
    pub enumeration: Vec<EnumerationSpec>,
    /// Names known by the words around them.
    #[serde(default)]
    pub context: Vec<ContextSpec>,
    /// Table columns by their header.
    #[serde(default)]
    pub column: Vec<ColumnSpec>,
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
    /// How names resolve to one identity.
    #[serde(default)]
    pub resolve: Option<ResolveSpec>,
}

/// How names resolve to one identity within a document and across documents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolveSpec {
    /// Long forms and the short forms that are the same (高新技术产业开发区 = 高新区).
    #[serde(default)]
    pub abbreviations: BTreeMap<String, String>,
    /// National institutions' full names and the short forms documents use for them
    /// (中国科学院 = 中科院): a name opening with either is one identity, with what follows.
    #[serde(default)]
    pub institution_short_forms: BTreeMap<String, String>,
    /// Verbs of a notice that issues or forwards a document (关于印发Y的通知 is Y).
    #[serde(default)]
    pub forwarding: Vec<String>,
    /// What cross-document resolution reads (`src/resolve/across.rs`).
    #[serde(default)]
    pub across: AcrossSpec,
}

/// Words cross-document resolution uses besides the shared lists: what is no part of a
/// name's core, and what shows a place is not the document's own.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcrossSpec {
    /// Trade words that end an enterprise's short name beyond the `industry_word` list (造船):
    /// the name without one is the same core.
    #[serde(default)]
    pub kind_words: Vec<String>,
    /// Words that do not tell one platform or program from another beyond the
    /// `generic_modifier` and `level` lists (periods: 十四五).
    #[serde(default)]
    pub generic_words: Vec<String>,
    /// Two-character words that open with a level character without being a level (市场).
    #[serde(default)]
    pub not_level: Vec<String>,
    /// Words that open a national name (中国…), besides the `level_national` list.
    #[serde(default)]
    pub national: Vec<String>,
    /// Words after a place that make it the area the author ranks itself in (保持X第一):
    /// the place is not the document's own.
    #[serde(default)]
    pub ranking_after: Vec<String>,
    /// Heads that are cases of a broader head (经开区 of 开发区): a name with the broader head
    /// may be the one with the narrower.
    #[serde(default)]
    pub broader_kinds: BTreeMap<String, String>,
    /// Agency bodies written two ways (党工委 = 工委): the second form is the identity.
    #[serde(default)]
    pub body_synonyms: BTreeMap<String, String>,
}

impl AcrossSpec {
    /// Adds a later file's words.
    pub fn extend(&mut self, other: AcrossSpec) {
        self.kind_words.extend(other.kind_words);
        self.generic_words.extend(other.generic_words);
        self.not_level.extend(other.not_level);
        self.national.extend(other.national);
        self.ranking_after.extend(other.ranking_after);
        self.body_synonyms.extend(other.body_synonyms);
        self.broader_kinds.extend(other.broader_kinds);
    }
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
    /// Name rules refer to it by.
    pub name: String,
    /// Why the list exists.
    #[serde(default)]
    pub why: String,
    /// The words.
    pub words: Vec<String>,
    /// In a user file: replace the list of the same name instead of extending it.
    #[serde(default)]
    pub replace: bool,
    /// `false` for a list the code reads as words (labels of a document's opening lines,
    /// short forms dropped from the gazetteer) and never looks for in the text: it is left out
    /// of the automaton, so the scan neither finds its words nor carries its bit.
    #[serde(default = "default_true")]
    pub scan: bool,
}

/// An example a rule must find: a sentence and the name (or for a relation rule,
/// "subject predicate object").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// A sentence written for the rule.
    pub text: String,
    /// What the rule must find in it.
    pub finds: String,
}

/// What the part of a name before its head word (the modifier) must be.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modifier {
    /// At least `min_proper` characters that are not generic words, levels or a leading
    /// place: a distinguishing name.
    #[default]
    Proper,
    /// Only places, levels and the words of list `agency_prefix` (昆山市, 省, 中共): agency
    /// names are made of where the body is.
    Place,
    /// A distinguishing name or a place (苏州高新区, 凤泉湖高新区): zones are named by either.
    Zone,
    /// Anything, as long as the name is not empty.
    Any,
    /// Only levels, places, years and generic words (省级, 2020年河南省): recognition
    /// categories are named by what they are, not by whom.
    Generic,
}

/// A name that ends with a head word (…有限公司, …重点实验室, …计划, …科学技术局).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameRuleSpec {
    /// Unique id.
    pub id: String,
    /// Entity type of the name.
    pub r#type: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// List of head words the name ends with.
    pub heads: String,
    /// What the modifier must be.
    #[serde(default)]
    pub modifier: Modifier,
    /// Fewest distinguishing characters in the modifier (with `proper` and `zone`).
    #[serde(default = "two")]
    pub min_proper: usize,
    /// Longest name, in characters.
    #[serde(default = "default_max_chars")]
    pub max_chars: usize,
    /// A name whose modifier only levels and generic words make (省级重点实验室) is this
    /// type instead (`Designation`), or nothing when unset.
    #[serde(default)]
    pub generic: Option<String>,
    /// Only with a level, a place or an agency before it (省重点研发计划, 泰州市级科技计划).
    #[serde(default)]
    pub levelled: bool,
    /// The name may open with the name of its owner (an enterprise, institution or agency
    /// found first): 济川药业工程技术研究中心, 教育部重庆高等研究院.
    #[serde(default)]
    pub owner: bool,
    /// The name may open with a year (2020年度阜阳市科技重大专项).
    #[serde(default)]
    pub year: bool,
    /// With `levelled`: a quoted name (“十四五”规划) or a span of years (2022—2025年) in the
    /// modifier places the name as a level would.
    #[serde(default)]
    pub level_by_quote: bool,
    /// Boundary words (verbs, prepositions) end the name on the left. Off for titles full
    /// of verbs.
    #[serde(default = "yes")]
    pub boundaries: bool,
    /// A name followed directly by an amount of money is a figure's label
    /// (市财政资助资金1550万元): refused.
    #[serde(default)]
    pub refuse_counted: bool,
    /// A recognition category inside the modifier makes up for distinguishing characters
    /// (高新技术企业培育计划).
    #[serde(default)]
    pub designation_topic: bool,
    /// A modifier of at least this many characters besides places and levels distinguishes
    /// whatever its words (a committee's purpose: 高新技术企业认定管理工作|领导小组); 0: off.
    #[serde(default)]
    pub purpose_chars: usize,
    /// The modifier must hold a quoted name (“五级梯次培育”机制).
    #[serde(default)]
    pub quoted: bool,
    /// List of words after which a levelled name is the category granted, a Designation
    /// (获批省级…基地).
    #[serde(default)]
    pub category_after: Option<String>,
    /// The name must open with its owner (an institution's branch: 中科院…所x分所).
    #[serde(default)]
    pub owned: bool,
    /// The name must open with an owner of one of these types (a body that belongs to an
    /// agency: 工业和信息化部|办公厅). `owned = true` is `["Enterprise", "Institution"]`.
    #[serde(default)]
    pub owned_by: Vec<String>,
    /// Where an owner opens the name, the owner bounds it and boundary words inside do not
    /// (a project's title after its undertaker's name).
    #[serde(default)]
    pub owner_first: bool,
    /// A masked name (**公司, XX有限公司) is refused.
    #[serde(default)]
    pub refuse_masked: bool,
    /// List of words that refuse the name when they follow it directly (研究院有限公司 is a
    /// company, not an institute).
    #[serde(default)]
    pub not_before: Option<String>,
    /// A word of `not_before` that closes a list the name opens (A、B、C管委会: the items
    /// share the last one's head) refuses the name as well.
    #[serde(default)]
    pub not_before_shared: bool,
    /// List of words that refuse the name when they precede it directly.
    #[serde(default)]
    pub not_after: Option<String>,
    /// List of bodies managed from the top down (国家税务总局): a name right after one is its
    /// branch (国家税务总局|宜昌市税务局), which a department rule names whole with it.
    #[serde(default)]
    pub branch_after: Option<String>,
    /// List of words that refuse the name when it opens with one.
    #[serde(default)]
    pub not_opening: Option<String>,
    /// List of words: a name that is exactly one of them is refused.
    #[serde(default)]
    pub not_exactly: Option<String>,
    /// List of words: a name that is one of them after its levels and places (市级|科技项目,
    /// 重庆市|科研项目) names a category and is refused, unless a year opens it (2024年…: one
    /// dated round of the scheme).
    #[serde(default)]
    pub not_exactly_levelled: Option<String>,
    /// List of words that do not distinguish (industry words in a company's name: 大型物流集团
    /// is no company's name).
    #[serde(default)]
    pub undistinguishing: Option<String>,
    /// List of words: a name short of distinguishing characters passes when its modifier
    /// holds one (科技, 人才: 市科技重大专项 is a program, 市重大项目 a category).
    #[serde(default)]
    pub topic: Option<String>,
    /// With `modifier = "place"`: list of the fields a body works in (教育, 工信, 工业和信息化),
    /// which may stand, one or several, perhaps joined by 和, between the place and the body
    /// word: 满洲里市|工信和|科技局, 省|工信|委, 哈尔滨市|工业和信息化|委员会.
    #[serde(default)]
    pub domains: Option<String>,
    /// List of words: a name containing one is refused (工作总结: a report is no program).
    #[serde(default)]
    pub not_containing: Option<String>,
    /// List of words the name must open with (中国科学院, 中科院: an academy's institutes).
    #[serde(default)]
    pub opening: Option<String>,
    /// List of words that must directly precede the name (争创, 创建: a drive's title).
    #[serde(default)]
    pub preceded_by: Option<String>,
    /// List of words that, directly after the name, do as well as `preceded_by`'s before it
    /// (创新型城市|建设 as 创建|创新型城市).
    #[serde(default)]
    pub or_followed_by: Option<String>,
    /// Rules of stage 1 run first, then 2, then 3: names of earlier stages bound and own the
    /// names later stages find.
    #[serde(default = "default_stage")]
    pub stage: u8,
    /// Higher wins when candidates of one stage cross.
    #[serde(default)]
    pub priority: i32,
    /// Sentences it must find a name in.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Sentences it must find nothing of its type in.
    #[serde(default)]
    pub counterexamples: Vec<String>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

/// Items of a list of names, known by what closes or opens the list: 「A、B等3家企业」,
/// 「A、B、C实验室」, 「3家市研发中心(A、B)」.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumerationSpec {
    /// Unique id.
    pub id: String,
    /// Type of the items.
    pub r#type: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// How the list is known: `closed` (items before 等 + optional count + a word of
    /// `nouns`), `shared-head` (items before a head word that only the last carries:
    /// A、B、C实验室 gives three), `parenthesised` (items in parentheses after a count and a
    /// word of `nouns`: 3家市研发中心(A、B、C)), `shared-prefix`, `announced` (a count and a
    /// word of `nouns`, then a word of `opening` and as many items as counted, each ending
    /// with the noun's last word: 八个专项行动分别为:A行动、B行动…).
    pub form: String,
    /// The words that close (or, for `parenthesised`, precede) the list, or for
    /// `shared-head` the head words shared.
    pub nouns: String,
    /// Longest item, in characters, unless the item is a name found by a name rule.
    #[serde(default = "default_item_chars")]
    pub max_item: usize,
    /// Fewest distinguishing characters in an item.
    #[serde(default = "two")]
    pub min_proper: usize,
    /// Items must end with a word of this list (an industry word: 药业, 电气), unless the list
    /// has two or more items.
    #[serde(default)]
    pub item_heads: Option<String>,
    /// List of head words that, after the closing noun, name each item's own platform
    /// (A、B等3家企业工程技术研究中心 gives A工程技术研究中心, owned by A).
    #[serde(default)]
    pub distribute: Option<String>,
    /// List of head words that, ending the closing phrase, name each item that has no head
    /// of its own (杂交水稻等4家全国重点实验室 gives 杂交水稻全国重点实验室).
    #[serde(default)]
    pub names_items: Option<String>,
    /// List of words that, right after an item, make it part of a longer word (统计局|长):
    /// no item there.
    #[serde(default)]
    pub not_before: Option<String>,
    /// List of words that, right before the closing noun, make it another thing's (科技计划|
    /// 项目: a program's projects, not companies): no list closes there.
    #[serde(default)]
    pub not_after_noun: Option<String>,
    /// List of words that, right after 等, say a list's items are trades, sectors or parks
    /// (深海装备、智能制造等产业园, …等行业的骨干企业): then they are no trade names, whatever
    /// noun closes the phrase after them.
    #[serde(default)]
    pub not_after_deng: Option<String>,
    /// List of words that no item holds: notes in a list's place (详见附件, 名单附后).
    #[serde(default)]
    pub not_containing: Option<String>,
    /// List of closing nouns that make the items projects (A汽车座椅、B集团智能养殖等项目):
    /// an item too long for a short name, or not ending like one, is a company's name and
    /// what it builds, so the company is its opening up to the first `item_heads` word or
    /// legal form, and the whole item a Project the company undertakes.
    #[serde(default)]
    pub project_nouns: Option<String>,
    /// The items are recognised as the designation the closing words name
    /// (…等新型研发机构).
    #[serde(default)]
    pub recognized: bool,
    /// For `announced`: list of words that open the list after the counted noun (分别为,
    /// 即, 包括); a colon alone opens it too.
    #[serde(default)]
    pub opening: Option<String>,
    /// Rules stage.
    #[serde(default = "enumeration_stage")]
    pub stage: u8,
    /// Higher wins when candidates of one stage cross.
    #[serde(default)]
    pub priority: i32,
    /// Sentences it must find an item in.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Sentences it must find nothing of its type in.
    #[serde(default)]
    pub counterexamples: Vec<String>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

/// A name known by the words around it: the subject of a verb of recognition
/// (七一电器被认定为…), a quoted name before a head (“满天星”行动), a title in book-title marks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextSpec {
    /// Unique id.
    pub id: String,
    /// Type of the name.
    pub r#type: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// `subject` (a short name right before a word of `after`), `title` (a name between
    /// book-title marks), `about` (关于…的 + a word of `heads`, with the issuer named right
    /// before 关于), `after` (a levelled phrase right after a word of `after`, up to the
    /// clause's end: 获省级企业研发机构绩效考评优秀), `self` (the words of `words` as they
    /// are: 我局), `before-place` (the words opening a name of a type in `within`, right
    /// before a place name inside it: the owner of 华兴泰州储能二期项目).
    pub form: String,
    /// For `subject`: the words that follow the name.
    #[serde(default)]
    pub after: Option<String>,
    /// For `about`: the head words.
    #[serde(default)]
    pub heads: Option<String>,
    /// For `self`: the words.
    #[serde(default)]
    pub words: Option<String>,
    /// For `before-place`: the types of the names whose opening words are read.
    #[serde(default)]
    pub within: Vec<String>,
    /// For `subject`: the name must end with a word of this list (an industry word), or be
    /// found elsewhere in the document.
    #[serde(default)]
    pub item_heads: Option<String>,
    /// For `subject`: a coined name (Han characters holding no common word of
    /// `ontology/lexicon/common-words.txt` and no place) passes without a word of `item_heads`.
    #[serde(default)]
    pub coined: bool,
    /// Longest name, in characters.
    #[serde(default = "default_max_chars")]
    pub max_chars: usize,
    /// Fewest distinguishing characters.
    #[serde(default = "two")]
    pub min_proper: usize,
    /// List of words: a name opening with one is refused.
    #[serde(default)]
    pub not_opening: Option<String>,
    /// List of words: a name containing one is refused.
    #[serde(default)]
    pub not_containing: Option<String>,
    /// List of words of public works (大道, 铁路): a project holding one anywhere is built by
    /// no company that its first words could name.
    #[serde(default)]
    pub public_works: Option<String>,
    /// List of words (quoted): a quoted phrase right after one is left to another rule (申报的|
    /// “…”项目 is read with the company that applied).
    #[serde(default)]
    pub not_after: Option<String>,
    /// Rules stage.
    #[serde(default = "default_stage")]
    pub stage: u8,
    /// Higher wins when candidates of one stage cross.
    #[serde(default)]
    pub priority: i32,
    /// Sentences it must find a name in.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Sentences it must find nothing of its type in.
    #[serde(default)]
    pub counterexamples: Vec<String>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

/// What a table column holds, known by its header cell.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnSpec {
    /// Unique id: the rule id of the mentions and relations a column gives.
    pub id: String,
    /// Why.
    #[serde(default)]
    pub why: String,
    /// Header cells this column has: a cell equal to one of these words, or ending with one.
    pub headers: Vec<String>,
    /// `name` (the row's entity; its type from `type`, or from the cell's own head word),
    /// `host` (the owner of the row's platform: hasPlatform), `place` (where the row's entity
    /// is: locatedIn), `undertaker` (the enterprise that undertakes the row's project),
    /// `ignore` (a column of numbers, people, amounts).
    pub role: String,
    /// Type of the cells, when the header says it (企业名称 → Enterprise).
    #[serde(default)]
    pub r#type: Option<String>,
    /// Examples: a table as text and a name it must find.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

/// A relation rule: a mechanism and its words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationRuleSpec {
    /// Unique id.
    pub id: String,
    /// Predicate.
    pub predicate: String,
    /// Why the rule exists.
    #[serde(default)]
    pub why: String,
    /// The mechanism: `name-place` (a place opening a name, or in its parentheses),
    /// `name-owner` (an owner opening a platform's name), `verb` (subject, then words of
    /// `words` within `gap` characters, then object, in one sentence), `recognition-list`
    /// (the items of a list closed or headed by a designation), `title-issuer` (the agency
    /// opening a notice's title), `signature` (an agency signing a notice), `enterprise-project`
    /// (an enterprise opening a project's name), `table` (a table's columns),
    /// `recognition-frame` (a word of `words`, the items, 为 and a designation: 认定A、B等2家企业为
    /// Y), `issuer-title` (agencies right before a cited 《title》: 市科技局、市财政局《…》).
    pub form: String,
    /// Subject types (for `verb`).
    #[serde(default)]
    pub subject: Vec<String>,
    /// Object types (for `verb`).
    #[serde(default)]
    pub object: Vec<String>,
    /// The words that state the relation (for `verb`).
    #[serde(default)]
    pub words: Option<String>,
    /// List of words that, between the subject and the stating words, make the subject a
    /// participant, not the actor (参与, 配合).
    #[serde(default)]
    pub not_between: Option<String>,
    /// List of words that, right before the stating words, make them an aim, not a fact
    /// (力争|获批, 争取|入选).
    #[serde(default)]
    pub not_after: Option<String>,
    /// For `name-owner`: list of words an object's name ending with one of is not the
    /// owner's doing (…局|党组: a bureau's party group is set up by the party).
    #[serde(default)]
    pub not_ending: Option<String>,
    /// For `verb`: list of words one of which must follow the object right after it (进入
    /// X|行列: the verb says nothing of an object it does not close).
    #[serde(default)]
    pub object_closing: Option<String>,
    /// Most characters between subject and the words, and between the words and object (at
    /// most 60; a recognition frame's, which spans its list of items, at most 400).
    #[serde(default = "default_gap")]
    pub gap: usize,
    /// The subject comes after the object (被X认定, X依托单位为Y).
    #[serde(default)]
    pub reversed: bool,
    /// Examples: a sentence and "subject predicate object".
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Sentences in which it must state nothing.
    #[serde(default)]
    pub counterexamples: Vec<String>,
    /// In a user file: remove the rule of this id.
    #[serde(default)]
    pub disabled: bool,
}

fn yes() -> bool {
    true
}

fn two() -> usize {
    2
}

fn default_gap() -> usize {
    8
}

fn default_max_chars() -> usize {
    40
}

fn default_item_chars() -> usize {
    10
}

fn default_stage() -> u8 {
    2
}

fn enumeration_stage() -> u8 {
    3
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
    /// Regex for the marker that opens a list item at a line start.
    #[serde(default)]
    pub item_marker: Option<String>,
    /// Regex for a pinyin gloss after a character.
    #[serde(default)]
    pub gloss: Option<String>,
    /// Words a line break never falls inside.
    #[serde(default)]
    pub joins: Vec<String>,
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
    /// National bodies: their official name and the other names documents use
    /// (中华人民共和国科学技术部 = 科技部 = 科学技术部).
    #[serde(default)]
    pub national: BTreeMap<String, Vec<String>>,
}

impl AgencyResolution {
    /// Is `body` a department only a province has (财政厅, 农业农村厅; not 办公厅, which the
    /// State Council and a province's government both have)? Named bare, it is the province's.
    pub fn is_provincial_department(body: &str) -> bool {
        body.ends_with('厅') && !body.ends_with("办公厅") && body.chars().count() > 2
    }
}

fn default_true() -> bool {
    true
}

/// Everything loaded so far, defaults first, then user files.
#[derive(Debug, Default)]
pub(super) struct Merged {
    pub lists: BTreeMap<String, Vec<String>>,
    pub list_why: BTreeMap<String, String>,
    /// Lists read as words only (`scan = false`), kept out of the lexicon.
    pub unscanned: std::collections::BTreeSet<String>,
    pub names: Vec<(String, NameRuleSpec)>,
    pub enumerations: Vec<(String, EnumerationSpec)>,
    pub contexts: Vec<(String, ContextSpec)>,
    pub columns: Vec<(String, ColumnSpec)>,
    pub relations: Vec<(String, RelationRuleSpec)>,
    pub normalise: NormaliseSpec,
    pub agency: AgencyResolution,
    pub designations: Vec<DesignationSpec>,
    pub resolve: ResolveSpec,
}

/// Replaces the entry of the same id (or removes it when `disabled`), keeping file order.
fn upsert<T>(into: &mut Vec<(String, T)>, source: &str, id: &str, disabled: bool, value: T, id_of: impl Fn(&T) -> &str) {
    into.retain(|(_, r)| id_of(r) != id);
    if !disabled {
        into.push((source.to_string(), value));
    }
}

impl Merged {
    /// Adds a file; `Err((id, message))` for a duplicate id within one file.
    pub fn add(&mut self, path: &Path, file: RuleFile) -> Result<(), (String, String)> {
        let source = path.to_string_lossy().into_owned();
        for list in file.list {
            let entry = self.lists.entry(list.name.clone()).or_default();
            if list.replace {
                entry.clear();
            }
            entry.extend(list.words);
            if !list.scan {
                self.unscanned.insert(list.name.clone());
            }
            if !list.why.is_empty() {
                self.list_why.insert(list.name, list.why);
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        let mut once = |id: &str| -> Result<(), (String, String)> {
            if seen.insert(id.to_string()) {
                Ok(())
            } else {
                Err((id.to_string(), "defined twice in one file".into()))
            }
        };
        for r in file.name {
            once(&r.id)?;
            let (id, off) = (r.id.clone(), r.disabled);
            upsert(&mut self.names, &source, &id, off, r, |r| &r.id);
        }
        for r in file.enumeration {
            once(&r.id)?;
            let (id, off) = (r.id.clone(), r.disabled);
            upsert(&mut self.enumerations, &source, &id, off, r, |r| &r.id);
        }
        for r in file.context {
            once(&r.id)?;
            let (id, off) = (r.id.clone(), r.disabled);
            upsert(&mut self.contexts, &source, &id, off, r, |r| &r.id);
        }
        for r in file.column {
            once(&r.id)?;
            let (id, off) = (r.id.clone(), r.disabled);
            upsert(&mut self.columns, &source, &id, off, r, |r| &r.id);
        }
        for r in file.relation {
            once(&r.id)?;
            let (id, off) = (r.id.clone(), r.disabled);
            upsert(&mut self.relations, &source, &id, off, r, |r| &r.id);
        }
        if let Some(n) = file.normalise {
            self.normalise.boilerplate.extend(n.boilerplate);
            for (mine, theirs) in [
                (&mut self.normalise.page_marker, n.page_marker),
                (&mut self.normalise.heading, n.heading),
                (&mut self.normalise.item_marker, n.item_marker),
                (&mut self.normalise.gloss, n.gloss),
            ] {
                if theirs.is_some() {
                    *mine = theirs;
                }
            }
            self.normalise.ocr.extend(n.ocr);
            self.normalise.joins.extend(n.joins);
        }
        for d in file.designation {
            self.designations.retain(|x| x.term != d.term);
            self.designations.push(d);
        }
        if let Some(r) = file.resolve {
            self.resolve.abbreviations.extend(r.abbreviations);
            self.resolve.institution_short_forms.extend(r.institution_short_forms);
            self.resolve.forwarding.extend(r.forwarding);
            self.resolve.across.extend(r.across);
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

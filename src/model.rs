//! The vocabulary every stage shares: entity types, mentions, relations.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of thing an entity is. The first four are the core types of
/// `GUIDELINES.md`; the rest are recorded where clear, for relations and context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// A specific company or business group.
    Enterprise,
    /// A specific innovation carrier: lab, research institute, incubator, park...
    Platform,
    /// A named government program, plan, scheme or policy document.
    Program,
    /// A government body or committee.
    Agency,
    /// An administrative division or named locality.
    Place,
    /// A university or research academy.
    Institution,
    /// A specific R&D project title.
    Project,
    /// A named event (contest, forum, training class).
    Event,
    /// A recognition category (高新技术企业, 省级众创空间).
    Designation,
}

impl EntityType {
    /// All types, in a fixed order.
    pub const ALL: [EntityType; 9] = [
        Self::Enterprise,
        Self::Platform,
        Self::Program,
        Self::Agency,
        Self::Place,
        Self::Institution,
        Self::Project,
        Self::Event,
        Self::Designation,
    ];

    /// The name used in rules files, JSONL and the ontology (`Enterprise`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enterprise => "Enterprise",
            Self::Platform => "Platform",
            Self::Program => "Program",
            Self::Agency => "Agency",
            Self::Place => "Place",
            Self::Institution => "Institution",
            Self::Project => "Project",
            Self::Event => "Event",
            Self::Designation => "Designation",
        }
    }

    /// The lower-case segment used in entity IRIs.
    pub fn iri_segment(self) -> &'static str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Platform => "platform",
            Self::Program => "program",
            Self::Agency => "agency",
            Self::Place => "place",
            Self::Institution => "institution",
            Self::Project => "project",
            Self::Event => "event",
            Self::Designation => "designation",
        }
    }

    /// Parses a type name as written in rules files.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Is this one of the four types the product is about?
    pub fn is_core(self) -> bool {
        matches!(self, Self::Enterprise | Self::Platform | Self::Program | Self::Agency)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The relation predicates of `GUIDELINES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Predicate {
    /// Enterprise/Institution → Platform.
    HasPlatform,
    /// Enterprise → Project.
    Undertakes,
    /// Enterprise/Project/Platform → Program.
    SelectedFor,
    /// Enterprise/Platform → Designation.
    RecognizedAs,
    /// Agency → Program.
    Administers,
    /// Agency → Agency/Platform/Program.
    Establishes,
    /// Anything → Place.
    LocatedIn,
}

impl Predicate {
    /// All predicates, in a fixed order.
    pub const ALL: [Predicate; 7] = [
        Self::HasPlatform,
        Self::Undertakes,
        Self::SelectedFor,
        Self::RecognizedAs,
        Self::Administers,
        Self::Establishes,
        Self::LocatedIn,
    ];

    /// The name used in rules files, JSONL and the ontology (`hasPlatform`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HasPlatform => "hasPlatform",
            Self::Undertakes => "undertakes",
            Self::SelectedFor => "selectedFor",
            Self::RecognizedAs => "recognizedAs",
            Self::Administers => "administers",
            Self::Establishes => "establishes",
            Self::LocatedIn => "locatedIn",
        }
    }

    /// Parses a predicate name as written in rules files.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The administrative level of a platform, program or designation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// 国家级.
    National,
    /// 省级.
    Provincial,
    /// 市级 (a prefecture or a city).
    Municipal,
    /// 县级 (a county or district).
    County,
}

impl Level {
    /// The concept's local name in `ontology/designations.ttl` (`Provincial`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::National => "National",
            Self::Provincial => "Provincial",
            Self::Municipal => "Municipal",
            Self::County => "County",
        }
    }
}

/// A span of a document's normalised text that names an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Type the rule assigned.
    pub entity_type: EntityType,
    /// First normalised character (code point offset).
    pub start: usize,
    /// One past the last normalised character.
    pub end: usize,
    /// The text of the span, or for a mention a rule composed (an owner's platform read
    /// from a list), the composed name.
    pub text: String,
    /// Id of the rule that produced it.
    pub rule: String,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// True when `text` was composed from parts of the span (an owner's platform read from a
    /// list: 扬子江药业 + 工程技术研究中心), so it is not the span's text.
    pub composed: bool,
}

/// A figure the text reports: an indicator with its value in base units.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// What is measured, as the text names it (研发经费, 新认定科技型中小企业).
    pub indicator: String,
    /// The value in base units, as an exact decimal string (24.8亿元 → "2480000000").
    pub value: String,
    /// `CNY`, `percent` or `count`.
    pub unit: &'static str,
    /// For counts, the classifier (家, 个, 人).
    pub classifier: Option<String>,
    /// The year it refers to, when known.
    pub period: Option<String>,
    /// Sentence index.
    pub sentence: usize,
    /// Span of the figure (number and unit), normalised characters.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Span of the indicator's label, when it precedes the figure.
    pub label_start: usize,
    /// Id of the rule that produced it.
    pub rule: String,
}

/// A relation between two mentions of one document, stated by its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationMention {
    /// Index of the subject in the document's mentions.
    pub subject: usize,
    /// The predicate.
    pub predicate: Predicate,
    /// Index of the object in the document's mentions.
    pub object: usize,
    /// Id of the rule that produced it.
    pub rule: String,
    /// Sentence index.
    pub sentence: usize,
    /// Evidence span (normalised characters): from the first to the last of the two mentions.
    pub start: usize,
    /// End of the evidence span.
    pub end: usize,
}

//! Records: what one processed document contributes to a build, without its text.
//!
//! A [`DocumentRecord`] holds everything the later stages (graph, RDF, entity list) read from
//! a document: its entities, mentions, figures and relation evidence, with offsets, anchor
//! texts and rule ids. It is small next to the document (no text, no offset map), it does
//! not depend on the base IRI, and it is serialisable: builds keep one per document so that
//! the next build can skip unchanged documents and `merge` can combine shards.

use crate::model::{EntityType, Level, Predicate};
use crate::resolve::across::{Identity, IdentityWords, OwnPlace};
use crate::rules::RuleSet;
use crate::DocumentResult;
use serde::{Deserialize, Serialize};

/// One document's contribution to a build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// File name, as the document is known in outputs.
    pub name: String,
    /// SHA-256 of the file's bytes, in hex.
    pub content_hash: String,
    /// The encoding the file was read with.
    pub encoding: String,
    /// Length of the normalised text in code points.
    pub chars: usize,
    /// SHA-256 of the normalised text, 16 hex digits: names what is of this text only (a
    /// bare 市委 of a document that names no place) the same whatever the file's encoding.
    pub text_hash: String,
    /// The place the document is about, when one was inferred.
    pub locality: Option<String>,
    /// Where the document names that place as its own (not inside another thing's name,
    /// not as the area it ranks itself in): what lets its bare 市委 be that place's
    /// across documents.
    pub own_place: Option<OwnPlace>,
    /// Entities, in the document's resolution order (type, then key).
    pub entities: Vec<EntityRecord>,
    /// Mentions, in text order.
    pub mentions: Vec<MentionRecord>,
    /// Figures.
    pub observations: Vec<ObservationRecord>,
    /// Relations between the document's entities, with their evidence.
    pub relations: Vec<RelationRecord>,
}

/// An entity as one document names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Type.
    pub entity_type: EntityType,
    /// Identity key.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Other surface forms, sorted.
    pub aliases: Vec<String>,
    /// Number of mentions in the document.
    pub mentions: usize,
    /// Level, and the place a named level refers to.
    pub level: Option<(Level, Option<String>)>,
    /// For a designation, the category concept it narrows.
    pub concept: Option<String>,
    /// What cross-document resolution compares: its forms' cores and kinds, its place.
    pub identity: Identity,
}

/// One mention: the span, what it says, the rule that found it and the entity it names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    /// Index into [`DocumentRecord::entities`].
    pub entity: usize,
    /// Code-point offsets in the normalised text.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The mention as read (possibly composed from parts of the span).
    pub text: String,
    /// Rule id.
    pub rule: String,
    /// Offsets of the span in the decoded source text.
    pub source_start: usize,
    /// End offset in the source (exclusive).
    pub source_end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The text was composed from parts of the span.
    pub composed: bool,
}

/// A figure, with its span and sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObservationRecord {
    /// What is measured.
    pub indicator: String,
    /// Exact decimal value in base units.
    pub value: String,
    /// Unit code.
    pub unit: String,
    /// Classifier, when the figure counts things.
    pub classifier: Option<String>,
    /// Reference year.
    pub period: Option<String>,
    /// Where it is said: the label-and-value span, its text, rule and sentence.
    #[serde(flatten)]
    pub span: SpanRecord,
}

/// A relation between two of the document's entities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationRecord {
    /// Subject, an index into [`DocumentRecord::entities`].
    pub subject: usize,
    /// Predicate.
    pub predicate: Predicate,
    /// Object, an index into [`DocumentRecord::entities`].
    pub object: usize,
    /// The spans that state it.
    pub evidence: Vec<SpanRecord>,
}

/// A span of the normalised text that states a fact, with the rule that read it and its
/// sentence: the evidence of a relation, or where a figure is said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The span's text.
    pub anchor: String,
    /// Rule id.
    pub rule: String,
    /// Sentence index.
    pub sentence: usize,
    /// The sentence's text.
    pub sentence_text: String,
}

impl DocumentRecord {
    /// Drops the entities' identities once the graph is built: only the graph stage reads
    /// them (records on disk keep them), and the dumps, a build's peak of memory, do without.
    pub fn forget_identities(records: &mut [DocumentRecord]) {
        for r in records {
            for e in &mut r.entities {
                e.identity = Identity::default();
            }
        }
    }

    /// The record of a processed document (the rules give its entities' identities).
    pub fn new(doc: &DocumentResult, rules: &RuleSet) -> Self {
        Self::with_words(doc, rules, &IdentityWords::new(rules))
    }

    /// The document and its entities only, without mentions, figures or relations, nor the
    /// entities' aliases and their forms, levels and concepts: what names the nodes of the document alone (the
    /// IRIs of [`crate::rdf::own_entity_iris`]), at a fraction of the cost of a whole record.
    pub fn identities_only(doc: &DocumentResult, rules: &RuleSet, words: &IdentityWords) -> Self {
        Self::entities_of(doc, rules, words, Completeness::NamesOnly)
    }

    fn entities_of(doc: &DocumentResult, rules: &RuleSet, words: &IdentityWords, completeness: Completeness) -> Self {
        let text = &doc.normalised;
        let own_place = crate::resolve::across::own_place(doc, rules);
        let whole = completeness == Completeness::Whole;
        // The text's hash is taken while the identities are made (a long document's text
        // takes a good part of their time to hash, on one thread).
        let (identities, text_hash) = rayon::join(
            || {
                if whole {
                    crate::resolve::across::identities(doc, own_place.as_ref(), rules, words)
                } else {
                    crate::resolve::across::name_identities(doc, own_place.as_ref(), rules, words)
                }
            },
            || {
                use sha2::Digest;
                crate::ingest::hex(&sha2::Sha256::digest(text.text.as_bytes()))[..16].to_string()
            },
        );
        let entities = doc
            .resolved
            .entities
            .iter()
            .zip(identities)
            .map(|(e, identity)| EntityRecord {
                entity_type: e.entity_type,
                key: e.key.clone(),
                name: e.name.clone(),
                aliases: if whole { e.aliases.iter().cloned().collect() } else { Vec::new() },
                mentions: e.mentions.len(),
                // Nor does naming the nodes read levels or concepts.
                level: if whole { e.level.clone() } else { None },
                concept: if whole { e.concept.clone() } else { None },
                identity,
            })
            .collect();
        Self {
            name: doc.source.name.clone(),
            content_hash: doc.source.content_hash.clone(),
            encoding: doc.source.encoding.to_string(),
            chars: text.len_chars(),
            text_hash,
            locality: doc.locality.clone(),
            own_place,
            entities,
            mentions: Vec::new(),
            observations: Vec::new(),
            relations: Vec::new(),
        }
    }

    /// As [`DocumentRecord::new`], with the identity word lists gathered once for a batch.
    pub fn with_words(doc: &DocumentResult, rules: &RuleSet, words: &IdentityWords) -> Self {
        let text = &doc.normalised;
        let span = |start: usize, end: usize, rule: &str, sentence: usize| SpanRecord {
            start,
            end,
            anchor: text.slice(start, end).to_string(),
            rule: rule.to_string(),
            sentence,
            sentence_text: text.sentences.get(sentence).map(|s| text.slice(s.start, s.end).to_string()).unwrap_or_default(),
        };
        let mentions = doc
            .extraction
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (source_start, source_end) = text.source_span(m.start, m.end);
                MentionRecord {
                    entity: doc.resolved.mention_entity[i],
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                    rule: m.rule.clone(),
                    source_start,
                    source_end,
                    sentence: m.sentence,
                    composed: m.composed,
                }
            })
            .collect();
        let observations = doc
            .extraction
            .observations
            .iter()
            .map(|o| ObservationRecord {
                indicator: o.indicator.clone(),
                value: o.value.clone(),
                unit: o.unit.to_string(),
                classifier: o.classifier.clone(),
                period: o.period.clone(),
                span: span(o.label_start.min(o.start), o.end, &o.rule, o.sentence),
            })
            .collect();
        let relations = doc
            .resolved
            .relations
            .iter()
            .map(|r| RelationRecord {
                subject: r.subject,
                predicate: r.predicate,
                object: r.object,
                evidence: r
                    .evidence
                    .iter()
                    .map(|&i| {
                        let rm = &doc.extraction.relations[i];
                        span(rm.start, rm.end, &rm.rule, rm.sentence)
                    })
                    .collect(),
            })
            .collect();
        Self { mentions, observations, relations, ..Self::entities_of(doc, rules, words, Completeness::Whole) }
    }
}

/// How much of its entities a record holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Completeness {
    /// Everything a build reads.
    Whole,
    /// What naming the document's own nodes reads: no aliases, the name's form only.
    NamesOnly,
}

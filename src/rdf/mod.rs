//! RDF: the graph and its provenance as quads, written as sorted N-Quads and as TriG.
//!
//! Layout of the dataset:
//! - the default graph holds the entity graph: each entity's type, labels, aliases and
//!   mention count, the relations between entities, and the build activity;
//! - one named graph per document (its IRI is the document's) holds the document's
//!   description, every mention (a `nif:Phrase` with code-point offsets, anchor text,
//!   rule id and the entity it names) and every relation's evidence.
//!
//! IRIs are derived from content only (entity type and key, document hash, offsets), and
//! no blank node is written, so the same inputs give the same bytes.

pub mod vocab;

use crate::graph::KnowledgeGraph;
use crate::ingest::hex;
use crate::DocumentResult;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};
use std::io::Write;
use vocab::*;

/// Default base for data IRIs. `.example` is reserved: users publishing a graph set their
/// own with `--base`.
pub const DEFAULT_BASE: &str = "https://innograph.example/";

/// Errors writing RDF.
#[derive(Debug, thiserror::Error)]
pub enum RdfError {
    /// The base IRI is not an absolute IRI.
    #[error("invalid base IRI '{0}': {1}")]
    BadBase(String, String),
    /// Writing failed.
    #[error("cannot write RDF: {0}")]
    Io(#[from] std::io::Error),
}

/// How IRIs are minted.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
}

impl Iris {
    /// Checks and normalises a base IRI (a trailing `/` is added).
    pub fn new(base: &str) -> Result<Self, RdfError> {
        let mut base = base.to_string();
        if !base.ends_with('/') && !base.ends_with('#') {
            base.push('/');
        }
        NamedNode::new(format!("{base}x")).map_err(|e| RdfError::BadBase(base.clone(), e.to_string()))?;
        if !base.contains(':') {
            return Err(RdfError::BadBase(base, "not absolute".into()));
        }
        Ok(Self { base })
    }

    /// An entity's IRI: `{base}id/{type}/{16 hex of SHA-256(type, key)}`.
    pub fn entity(&self, entity_type: crate::model::EntityType, key: &str) -> String {
        let mut h = Sha256::new();
        h.update(entity_type.as_str().as_bytes());
        h.update([0]);
        h.update(key.as_bytes());
        format!("{}id/{}/{}", self.base, entity_type.iri_segment(), &hex(&h.finalize())[..16])
    }

    /// A document's IRI, from its content hash.
    pub fn document(&self, content_hash: &str) -> String {
        format!("{}doc/{}", self.base, &content_hash[..content_hash.len().min(16)])
    }

    /// The build activity's IRI, from the rules fingerprint and tool version.
    pub fn run(&self, rules_fingerprint: &str) -> String {
        format!("{}run/{}-{}", self.base, env!("CARGO_PKG_VERSION"), &rules_fingerprint[..16])
    }
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn zh(s: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(s, "zh").into()
}

fn string(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn int(n: usize) -> Term {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER).into()
}

struct Quads {
    quads: Vec<Quad>,
}

impl Quads {
    fn add(&mut self, s: &str, p: &str, o: Term, g: &GraphName) {
        self.quads.push(Quad::new(NamedOrBlankNode::NamedNode(nn(s)), nn(p), o, g.clone()));
    }
    fn iri(&mut self, s: &str, p: &str, o: &str, g: &GraphName) {
        self.add(s, p, nn(o).into(), g);
    }
}

/// The concept schemes of levels and designations, shipped with the ontology and written
/// into every dump so that it describes itself.
pub const CONCEPT_SCHEMES: &str = include_str!("../../ontology/designations.ttl");

/// Every quad of a build, sorted and without duplicates.
pub fn quads(graph: &KnowledgeGraph, docs: &[DocumentResult], iris: &Iris, rules_fingerprint: &str) -> Vec<Quad> {
    let mut q = Quads { quads: Vec::new() };
    for triple in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).for_slice(CONCEPT_SCHEMES) {
        let t = triple.expect("the shipped concept schemes parse");
        q.quads.push(Quad::new(t.subject, t.predicate, t.object, GraphName::DefaultGraph));
    }
    let dg = GraphName::DefaultGraph;
    let run = iris.run(rules_fingerprint);
    q.iri(&run, rdf::TYPE.as_str(), PROV_ACTIVITY, &dg);
    q.add(&run, IG_TOOL_VERSION, string(concat!("innograph ", env!("CARGO_PKG_VERSION"))), &dg);
    q.add(&run, IG_RULES_HASH, string(rules_fingerprint), &dg);

    let node_iri: Vec<String> =
        graph.graph.node_weights().map(|n| iris.entity(n.entity_type, &n.key)).collect();
    for (i, n) in graph.graph.node_weights().enumerate() {
        let e = &node_iri[i];
        q.iri(e, rdf::TYPE.as_str(), &class_of(n.entity_type), &dg);
        q.add(e, SKOS_PREF_LABEL, zh(&n.name), &dg);
        q.add(e, rdfs::LABEL.as_str(), zh(&n.name), &dg);
        for a in &n.aliases {
            q.add(e, SKOS_ALT_LABEL, zh(a), &dg);
        }
        q.add(e, IG_MENTION_COUNT, int(n.mentions.len()), &dg);
        if let Some((level, place)) = &n.level {
            q.iri(e, IG_LEVEL, &format!("{IG}{}", level.as_str()), &dg);
            if let Some(p) = place {
                q.add(e, IG_LEVEL_PLACE, zh(p), &dg);
            }
        }
        if n.entity_type == crate::model::EntityType::Designation {
            q.iri(e, SKOS_IN_SCHEME, &format!("{IG}designations"), &dg);
            if let Some(c) = &n.concept {
                q.iri(e, SKOS_BROADER, &format!("{IG}{c}"), &dg);
            }
        }
        q.iri(e, PROV_WAS_GENERATED_BY, &run, &dg);
    }
    for edge in graph.graph.edge_indices() {
        let (s, o) = graph.graph.edge_endpoints(edge).expect("edge exists");
        let w = &graph.graph[edge];
        q.iri(&node_iri[s.index()], &property_of(w.predicate), &node_iri[o.index()], &dg);
    }

    for (d, doc) in docs.iter().enumerate() {
        let doc_iri = iris.document(&doc.source.content_hash);
        let g = GraphName::NamedNode(nn(&doc_iri));
        q.iri(&doc_iri, rdf::TYPE.as_str(), IG_DOCUMENT, &g);
        q.iri(&doc_iri, rdf::TYPE.as_str(), NIF_CONTEXT, &g);
        q.add(&doc_iri, IG_FILE_NAME, string(&doc.source.name), &g);
        q.add(&doc_iri, IG_CONTENT_HASH, string(&doc.source.content_hash), &g);
        q.add(&doc_iri, IG_ENCODING, string(doc.source.encoding), &g);
        q.add(&doc_iri, NIF_BEGIN_INDEX, int(0), &g);
        q.add(&doc_iri, NIF_END_INDEX, int(doc.normalised.len_chars()), &g);
        q.iri(&doc_iri, PROV_WAS_GENERATED_BY, &run, &g);
        if let Some(loc) = &doc.locality {
            q.add(&doc_iri, IG_LOCALITY, zh(loc), &g);
        }
        let mention_iri = |m: &crate::model::Mention| format!("{doc_iri}#char={},{}", m.start, m.end);
        for (mi, m) in doc.extraction.mentions.iter().enumerate() {
            let iri = mention_iri(m);
            let entity = &node_iri[graph.doc_nodes[d][doc.resolved.mention_entity[mi]].index()];
            let (ss, se) = doc.normalised.source_span(m.start, m.end);
            q.iri(&iri, rdf::TYPE.as_str(), NIF_PHRASE, &g);
            q.add(&iri, NIF_BEGIN_INDEX, int(m.start), &g);
            q.add(&iri, NIF_END_INDEX, int(m.end), &g);
            q.add(&iri, NIF_ANCHOR_OF, string(&m.text), &g);
            q.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
            q.iri(&iri, ITSRDF_TA_IDENT_REF, entity, &g);
            q.add(&iri, IG_RULE, string(&m.rule), &g);
            q.add(&iri, IG_SOURCE_BEGIN, int(ss), &g);
            q.add(&iri, IG_SOURCE_END, int(se), &g);
            q.add(&iri, IG_SENTENCE_INDEX, int(m.sentence), &g);
        }
        for o in &doc.extraction.observations {
            let iri = format!("{doc_iri}#obs={},{}", o.start, o.end);
            q.iri(&iri, rdf::TYPE.as_str(), QB_OBSERVATION, &g);
            q.add(&iri, IG_INDICATOR, zh(&o.indicator), &g);
            q.add(&iri, SDMX_OBS_VALUE, Literal::new_typed_literal(o.value.clone(), xsd::DECIMAL).into(), &g);
            q.add(&iri, IG_UNIT, string(o.unit), &g);
            if let Some(c) = &o.classifier {
                q.add(&iri, IG_CLASSIFIER, zh(c), &g);
            }
            if let Some(p) = &o.period {
                q.add(&iri, SDMX_REF_PERIOD, Literal::new_typed_literal(p.clone(), xsd::G_YEAR).into(), &g);
            }
            if let Some(area) = &doc.locality {
                q.add(&iri, SDMX_REF_AREA, zh(area), &g);
            }
            q.add(&iri, NIF_BEGIN_INDEX, int(o.label_start.min(o.start)), &g);
            q.add(&iri, NIF_END_INDEX, int(o.end), &g);
            q.add(&iri, NIF_ANCHOR_OF, string(doc.normalised.slice(o.label_start.min(o.start), o.end)), &g);
            q.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
            q.add(&iri, IG_RULE, string(&o.rule), &g);
            q.add(&iri, IG_SENTENCE_INDEX, int(o.sentence), &g);
            if let Some(sent) = doc.normalised.sentences.get(o.sentence) {
                q.add(&iri, IG_SENTENCE_TEXT, zh(doc.normalised.slice(sent.start, sent.end)), &g);
            }
        }
        for r in &doc.resolved.relations {
            let s = &node_iri[graph.doc_nodes[d][r.subject].index()];
            let o = &node_iri[graph.doc_nodes[d][r.object].index()];
            let p = property_of(r.predicate);
            for &ri in &r.evidence {
                let rm = &doc.extraction.relations[ri];
                // Several relations can share a span and a predicate (a list of owners
                // recognised together): the pair they link makes each IRI its own.
                let pair = hex(&Sha256::digest(format!("{s} {o}").as_bytes()));
                let iri = format!("{doc_iri}#rel={},{},{}-{}", rm.start, rm.end, r.predicate.as_str(), &pair[..8]);
                q.iri(&iri, rdf::TYPE.as_str(), IG_RELATION_EVIDENCE, &g);
                q.iri(&iri, rdf::SUBJECT.as_str(), s, &g);
                q.iri(&iri, rdf::PREDICATE.as_str(), &p, &g);
                q.iri(&iri, rdf::OBJECT.as_str(), o, &g);
                q.add(&iri, NIF_BEGIN_INDEX, int(rm.start), &g);
                q.add(&iri, NIF_END_INDEX, int(rm.end), &g);
                q.add(&iri, NIF_ANCHOR_OF, string(doc.normalised.slice(rm.start, rm.end)), &g);
                q.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
                q.add(&iri, IG_RULE, string(&rm.rule), &g);
                q.add(&iri, IG_SENTENCE_INDEX, int(rm.sentence), &g);
                if let Some(sent) = doc.normalised.sentences.get(rm.sentence) {
                    q.add(&iri, IG_SENTENCE_TEXT, zh(doc.normalised.slice(sent.start, sent.end)), &g);
                }
            }
        }
    }
    let mut quads = q.quads;
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

/// Writes quads as N-Quads, one per line, in the sorted order given: the canonical dump.
pub fn write_nquads<W: Write>(quads: &[Quad], out: W) -> Result<W, RdfError> {
    let mut s = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(out);
    for q in quads {
        s.serialize_quad(q)?;
    }
    Ok(s.finish()?)
}

/// Writes quads as TriG, grouped by graph and subject, declaring only the prefixes used.
pub fn write_trig<W: Write>(quads: &[Quad], out: W) -> Result<W, RdfError> {
    let mut ordered: Vec<&Quad> = quads.iter().collect();
    ordered.sort_by_cached_key(|q| (q.graph_name.to_string(), q.subject.to_string(), q.predicate.to_string(), q.object.to_string()));
    let mut used: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for q in &ordered {
        for iri in [q.subject.to_string(), q.predicate.to_string(), q.object.to_string(), q.graph_name.to_string()] {
            for (prefix, ns) in PREFIXES {
                if iri.starts_with(&format!("<{ns}")) || iri.contains(&format!("^^<{ns}")) {
                    used.insert(prefix);
                }
            }
        }
    }
    let mut ser = RdfSerializer::from_format(RdfFormat::TriG);
    for (prefix, ns) in PREFIXES {
        if used.contains(prefix) {
            ser = ser.with_prefix(prefix, ns).expect("prefix IRIs are valid");
        }
    }
    let mut s = ser.for_writer(out);
    for q in ordered {
        s.serialize_quad(q)?;
    }
    Ok(s.finish()?)
}

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
use crate::record::DocumentRecord;
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

/// Quads of one graph, each kept with its N-Quads line (the sort key of the dump).
#[derive(Default)]
struct Lines {
    quads: Vec<(String, Quad)>,
}

impl Lines {
    fn add(&mut self, s: &str, p: &str, o: Term, g: &GraphName) {
        let quad = Quad::new(NamedOrBlankNode::NamedNode(nn(s)), nn(p), o, g.clone());
        self.quads.push((format!("{quad} .\n"), quad));
    }
    fn iri(&mut self, s: &str, p: &str, o: &str, g: &GraphName) {
        self.add(s, p, nn(o).into(), g);
    }
    fn finish(mut self) -> GraphBlock {
        self.quads.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.quads.dedup_by(|a, b| a.0 == b.0);
        GraphBlock { quads: self.quads }
    }
}

/// One graph's quads, sorted by their N-Quads lines, without duplicates.
#[derive(Debug, Default)]
pub struct GraphBlock {
    quads: Vec<(String, Quad)>,
}

impl GraphBlock {
    /// Number of quads.
    pub fn len(&self) -> usize {
        self.quads.len()
    }

    /// Whether the block holds no quad.
    pub fn is_empty(&self) -> bool {
        self.quads.is_empty()
    }

    /// The quads, in order.
    pub fn quads(&self) -> impl Iterator<Item = &Quad> {
        self.quads.iter().map(|(_, q)| q)
    }

    /// Merges blocks of the same graph (a document read under two names) into one.
    pub fn merge(blocks: Vec<GraphBlock>) -> GraphBlock {
        let mut lines = Lines { quads: blocks.into_iter().flat_map(|b| b.quads).collect() };
        lines.quads.shrink_to_fit();
        lines.finish()
    }

    /// Appends the block as N-Quads.
    pub fn write_nquads(&self, out: &mut impl Write) -> std::io::Result<()> {
        for (line, _) in &self.quads {
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    /// The block as TriG statements, without prefix declarations (see [`trig_header`]).
    pub fn trig(&self) -> Result<Vec<u8>, RdfError> {
        let mut ser = RdfSerializer::from_format(RdfFormat::TriG);
        for (prefix, ns) in PREFIXES {
            ser = ser.with_prefix(prefix, ns).expect("prefix IRIs are valid");
        }
        let mut s = ser.for_writer(Vec::new());
        for (_, q) in &self.quads {
            s.serialize_quad(q)?;
        }
        let bytes = s.finish()?;
        // The serializer declares its prefixes first; the dump declares them once, at its head.
        let mut body = &bytes[..];
        while body.starts_with(b"@prefix ") || body.starts_with(b"\n") {
            let eol = body.iter().position(|&b| b == b'\n').map_or(body.len(), |i| i + 1);
            body = &body[eol..];
        }
        Ok(body.to_vec())
    }
}

/// The prefix declarations that open a TriG dump.
pub fn trig_header() -> String {
    PREFIXES.iter().map(|(p, ns)| format!("@prefix {p}: <{ns}> .\n")).collect()
}

/// The concept schemes of levels and designations, shipped with the ontology and written
/// into every dump so that it describes itself.
pub const CONCEPT_SCHEMES: &str = include_str!("../../ontology/designations.ttl");

/// The default graph of a build: the concept schemes, the build activity, every entity
/// (type, labels, aliases, mention count, level) and every relation between entities.
pub fn entity_graph(graph: &KnowledgeGraph, iris: &Iris, rules_fingerprint: &str) -> GraphBlock {
    let mut q = Lines::default();
    for triple in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).for_slice(CONCEPT_SCHEMES) {
        let t = triple.expect("the shipped concept schemes parse");
        let quad = Quad::new(t.subject, t.predicate, t.object, GraphName::DefaultGraph);
        q.quads.push((format!("{quad} .\n"), quad));
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
        q.add(e, IG_MENTION_COUNT, int(n.mentions), &dg);
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
    q.finish()
}

/// A document's named graph, in two parts: what the query store holds (the document, the
/// entities it mentions, its figures and the evidence of its relations) and the
/// mention-level provenance (every mention's span, text and rule, and the sentences of its
/// figures), which is written to its own file and loaded only when asked for.
pub struct DocumentGraphs {
    /// The part in `graph.nq`.
    pub graph: GraphBlock,
    /// The part in `provenance.nq`.
    pub provenance: GraphBlock,
}

/// The named graph of one document.
pub fn document_graphs(doc: &DocumentRecord, iris: &Iris, rules_fingerprint: &str) -> DocumentGraphs {
    let (mut q, mut p) = (Lines::default(), Lines::default());
    let run = iris.run(rules_fingerprint);
    let doc_iri = iris.document(&doc.content_hash);
    let g = GraphName::NamedNode(nn(&doc_iri));
    let entity_iri: Vec<String> = doc.entities.iter().map(|e| iris.entity(e.entity_type, &e.key)).collect();
    q.iri(&doc_iri, rdf::TYPE.as_str(), IG_DOCUMENT, &g);
    q.iri(&doc_iri, rdf::TYPE.as_str(), NIF_CONTEXT, &g);
    q.add(&doc_iri, IG_FILE_NAME, string(&doc.name), &g);
    q.add(&doc_iri, IG_CONTENT_HASH, string(&doc.content_hash), &g);
    q.add(&doc_iri, IG_ENCODING, string(&doc.encoding), &g);
    q.add(&doc_iri, NIF_BEGIN_INDEX, int(0), &g);
    q.add(&doc_iri, NIF_END_INDEX, int(doc.chars), &g);
    q.iri(&doc_iri, PROV_WAS_GENERATED_BY, &run, &g);
    if let Some(loc) = &doc.locality {
        q.add(&doc_iri, IG_LOCALITY, zh(loc), &g);
    }
    for e in &entity_iri {
        q.iri(&doc_iri, IG_MENTIONS, e, &g);
    }
    for m in &doc.mentions {
        let iri = format!("{doc_iri}#char={},{}", m.start, m.end);
        p.iri(&iri, rdf::TYPE.as_str(), NIF_PHRASE, &g);
        p.add(&iri, NIF_BEGIN_INDEX, int(m.start), &g);
        p.add(&iri, NIF_END_INDEX, int(m.end), &g);
        p.add(&iri, NIF_ANCHOR_OF, string(&m.text), &g);
        p.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
        p.iri(&iri, ITSRDF_TA_IDENT_REF, &entity_iri[m.entity], &g);
        p.add(&iri, IG_RULE, string(&m.rule), &g);
        p.add(&iri, IG_SOURCE_BEGIN, int(m.source_start), &g);
        p.add(&iri, IG_SOURCE_END, int(m.source_end), &g);
        p.add(&iri, IG_SENTENCE_INDEX, int(m.sentence), &g);
    }
    for o in &doc.observations {
        let iri = format!("{doc_iri}#obs={},{}", o.start, o.end);
        q.iri(&iri, rdf::TYPE.as_str(), QB_OBSERVATION, &g);
        q.add(&iri, IG_INDICATOR, zh(&o.indicator), &g);
        q.add(&iri, SDMX_OBS_VALUE, Literal::new_typed_literal(o.value.clone(), xsd::DECIMAL).into(), &g);
        q.add(&iri, IG_UNIT, string(&o.unit), &g);
        if let Some(c) = &o.classifier {
            q.add(&iri, IG_CLASSIFIER, zh(c), &g);
        }
        if let Some(period) = &o.period {
            q.add(&iri, SDMX_REF_PERIOD, Literal::new_typed_literal(period.clone(), xsd::G_YEAR).into(), &g);
        }
        if let Some(area) = &doc.locality {
            q.add(&iri, SDMX_REF_AREA, zh(area), &g);
        }
        q.add(&iri, NIF_BEGIN_INDEX, int(o.start), &g);
        q.add(&iri, NIF_END_INDEX, int(o.end), &g);
        q.add(&iri, NIF_ANCHOR_OF, string(&o.anchor), &g);
        q.add(&iri, IG_RULE, string(&o.rule), &g);
        p.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
        p.add(&iri, IG_SENTENCE_INDEX, int(o.sentence), &g);
        p.add(&iri, IG_SENTENCE_TEXT, zh(&o.sentence_text), &g);
    }
    for r in &doc.relations {
        let s = &entity_iri[r.subject];
        let o = &entity_iri[r.object];
        let prop = property_of(r.predicate);
        // Several relations can share a span and a predicate (a list of owners recognised
        // together): the pair they link makes each IRI its own.
        let pair = hex(&Sha256::digest(format!("{s} {o}").as_bytes()));
        for ev in &r.evidence {
            let iri = format!("{doc_iri}#rel={},{},{}-{}", ev.start, ev.end, r.predicate.as_str(), &pair[..8]);
            q.iri(&iri, rdf::TYPE.as_str(), IG_RELATION_EVIDENCE, &g);
            q.iri(&iri, rdf::SUBJECT.as_str(), s, &g);
            q.iri(&iri, rdf::PREDICATE.as_str(), &prop, &g);
            q.iri(&iri, rdf::OBJECT.as_str(), o, &g);
            q.add(&iri, NIF_BEGIN_INDEX, int(ev.start), &g);
            q.add(&iri, NIF_END_INDEX, int(ev.end), &g);
            q.add(&iri, NIF_ANCHOR_OF, string(&ev.anchor), &g);
            q.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri, &g);
            q.add(&iri, IG_RULE, string(&ev.rule), &g);
            q.add(&iri, IG_SENTENCE_INDEX, int(ev.sentence), &g);
            q.add(&iri, IG_SENTENCE_TEXT, zh(&ev.sentence_text), &g);
        }
    }
    DocumentGraphs { graph: q.finish(), provenance: p.finish() }
}

/// Writes quads as N-Quads, one per line, in the sorted order given: the canonical dump.
pub fn write_nquads<W: Write>(quads: &[Quad], out: W) -> Result<W, RdfError> {
    let mut s = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(out);
    for q in quads {
        s.serialize_quad(q)?;
    }
    Ok(s.finish()?)
}

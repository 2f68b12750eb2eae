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
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
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
        let digest = h.finalize();
        let mut iri = String::with_capacity(self.base.len() + 40);
        iri.push_str(&self.base);
        iri.push_str("id/");
        iri.push_str(entity_type.iri_segment());
        iri.push('/');
        // The hex digits straight into the IRI: one allocation per entity IRI, not two.
        for &b in &digest[..8] {
            iri.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            iri.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        }
        iri
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

/// An object term: an IRI or a literal.
#[derive(Clone, Copy)]
enum Object<'a> {
    Iri(&'a str),
    /// A simple literal (xsd:string).
    Plain(&'a str),
    /// A literal in Chinese.
    Zh(&'a str),
    /// A typed literal.
    Typed(&'a str, &'a str),
}

fn zh(s: &str) -> Object<'_> {
    Object::Zh(s)
}

fn string(s: &str) -> Object<'_> {
    Object::Plain(s)
}

/// Writes a literal's lexical form quoted and escaped as canonical N-Triples does (the
/// escapes oxigraph's serializer writes).
fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
                use std::fmt::Write as _;
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Lines of one graph in N-Quads, built as text: a dump holds millions, and building each
/// through model objects and formatting cost more than the rest of the build.
struct Lines {
    /// What ends each line: ` <graph> .` or ` .` for the default graph.
    end: String,
    lines: Vec<String>,
    /// The decimal text of numbers, reused.
    buf: String,
}

impl Lines {
    fn new(graph: Option<&str>) -> Self {
        let end = match graph {
            Some(g) => format!(" <{g}> .\n"),
            None => " .\n".to_string(),
        };
        Self { end, lines: Vec::new(), buf: String::new() }
    }

    fn add(&mut self, s: &str, p: &str, o: Object<'_>) {
        let mut line = String::with_capacity(s.len() + p.len() + self.end.len() + 48);
        line.push('<');
        line.push_str(s);
        line.push_str("> <");
        line.push_str(p);
        line.push_str("> ");
        match o {
            Object::Iri(iri) => {
                line.push('<');
                line.push_str(iri);
                line.push('>');
            }
            Object::Plain(v) => push_quoted(&mut line, v),
            Object::Zh(v) => {
                push_quoted(&mut line, v);
                line.push_str("@zh");
            }
            Object::Typed(v, dt) => {
                push_quoted(&mut line, v);
                line.push_str("^^<");
                line.push_str(dt);
                line.push('>');
            }
        }
        line.push_str(&self.end);
        self.lines.push(line);
    }

    fn iri(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, Object::Iri(o));
    }

    fn int(&mut self, s: &str, p: &str, n: usize) {
        use std::fmt::Write as _;
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let _ = write!(buf, "{n}");
        self.add(s, p, Object::Typed(&buf, XSD_NON_NEGATIVE_INTEGER));
        self.buf = buf;
    }

    fn finish(mut self) -> GraphBlock {
        self.lines.sort_unstable();
        self.lines.dedup();
        GraphBlock { lines: self.lines, named: self.end.len() > 3 }
    }
}

const XSD_NON_NEGATIVE_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
const XSD_DECIMAL: &str = "http://www.w3.org/2001/XMLSchema#decimal";
const XSD_G_YEAR: &str = "http://www.w3.org/2001/XMLSchema#gYear";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const RDF_SUBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
const RDF_PREDICATE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
const RDF_OBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";

/// One graph's quads as N-Quads lines, sorted, without duplicates.
#[derive(Debug, Default)]
pub struct GraphBlock {
    lines: Vec<String>,
    named: bool,
}

impl GraphBlock {
    /// Number of quads.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether the block holds no quad.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Merges blocks of the same graph (a document read under two names) into one.
    pub fn merge(blocks: Vec<GraphBlock>) -> GraphBlock {
        let named = blocks.iter().any(|b| b.named);
        let mut lines: Vec<String> = blocks.into_iter().flat_map(|b| b.lines).collect();
        lines.sort_unstable();
        lines.dedup();
        GraphBlock { lines, named }
    }

    /// Appends the block as N-Quads.
    pub fn write_nquads(&self, out: &mut impl Write) -> std::io::Result<()> {
        for line in &self.lines {
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    /// As [`GraphBlock::trig`], made on every core: for the default graph of a large build.
    pub fn trig_parallel(&self) -> Vec<u8> {
        use rayon::prelude::*;
        if self.named || self.lines.len() < 100_000 {
            return self.trig();
        }
        // Chunks cut where the subject changes are independent statements.
        let mut cuts = vec![0];
        let step = self.lines.len() / 64;
        fn subject(line: &str) -> &str {
            line.split_once(' ').map_or("", |(s, _)| s)
        }
        let mut at = step;
        while at < self.lines.len() {
            let s = subject(&self.lines[at - 1]);
            while at < self.lines.len() && subject(&self.lines[at]) == s {
                at += 1;
            }
            cuts.push(at);
            at += step;
        }
        cuts.push(self.lines.len());
        cuts.dedup();
        let parts: Vec<Vec<u8>> = cuts
            .windows(2)
            .collect::<Vec<_>>()
            .par_iter()
            .map(|w| GraphBlock { lines: self.lines[w[0]..w[1]].to_vec(), named: false }.trig())
            .collect();
        parts.concat()
    }

    /// The block as TriG statements (see [`trig_header`] for the prefixes they use): the
    /// graph's triples grouped by subject, IRIs of the known vocabularies written as
    /// prefixed names.
    pub fn trig(&self) -> Vec<u8> {
        let mut out = String::with_capacity(self.lines.iter().map(String::len).sum::<usize>() / 2);
        let Some(first) = self.lines.first() else { return Vec::new() };
        let (indent, graph) = if self.named {
            let g = graph_of(first);
            out.push_str(g);
            out.push_str(" {\n");
            ("\t", Some(g))
        } else {
            ("", None)
        };
        let mut subject: Option<&str> = None;
        for line in &self.lines {
            let (s, rest) = line.split_once(' ').expect("an N-Quads line has a subject");
            let (p, rest) = rest.split_once(' ').expect("and a predicate");
            let o = match graph {
                Some(g) => &rest[..rest.len() - g.len() - 4],
                None => &rest[..rest.len() - 3],
            };
            if subject == Some(s) {
                out.push_str(" ;\n");
                out.push_str(indent);
                out.push('\t');
            } else {
                if subject.is_some() {
                    out.push_str(" .\n");
                }
                out.push_str(indent);
                out.push_str(s);
                out.push(' ');
                subject = Some(s);
            }
            if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" {
                out.push('a');
            } else {
                push_compact(&mut out, p);
            }
            out.push(' ');
            if o.starts_with('<') {
                push_compact(&mut out, o);
            } else if let Some(i) = o.rfind("\"^^<") {
                out.push_str(&o[..i + 3]);
                push_compact(&mut out, &o[i + 3..]);
            } else {
                out.push_str(o);
            }
        }
        out.push_str(" .\n");
        if self.named {
            out.push_str("}\n");
        }
        out.into_bytes()
    }
}

/// The graph IRI (with its brackets) that ends an N-Quads line of a named graph.
fn graph_of(line: &str) -> &str {
    let body = line.trim_end_matches(['\n', '.', ' ']);
    &body[body.rfind(" <").map_or(0, |i| i + 1)..]
}

/// Writes `<iri>` as a prefixed name when one of [`PREFIXES`] covers it and the local part
/// is a plain name (letters, digits, `_`, `-`, starting with a letter), else as it is.
fn push_compact(out: &mut String, term: &str) {
    let iri = &term[1..term.len() - 1];
    for (prefix, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            let plain = local.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && local.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if plain {
                out.push_str(prefix);
                out.push(':');
                out.push_str(local);
                return;
            }
        }
    }
    out.push_str(term);
}

/// The prefix declarations that open a TriG dump.
pub fn trig_header() -> String {
    PREFIXES.iter().map(|(p, ns)| format!("@prefix {p}: <{ns}> .\n")).collect()
}

/// The concept schemes of levels and designations, shipped with the ontology and written
/// into every dump so that it describes itself.
pub const CONCEPT_SCHEMES: &str = include_str!("../../ontology/designations.ttl");

/// The IRI of every node of a graph, in node order.
pub fn node_iris(graph: &KnowledgeGraph, iris: &Iris) -> Vec<String> {
    use rayon::prelude::*;
    let nodes: Vec<&crate::graph::EntityNode> = graph.graph.node_weights().collect();
    nodes.par_iter().map(|n| iris.entity(n.entity_type, &n.key)).collect()
}

/// The IRIs of a document's entities: those of the nodes they went to.
pub fn document_entity_iris(graph: &KnowledgeGraph, node_iri: &[String], doc: usize) -> Vec<String> {
    graph.doc_nodes[doc].iter().map(|n| node_iri[n.index()].clone()).collect()
}

/// The default graph of a build: the concept schemes, the build activity, every entity
/// (type, labels, aliases, mention count, level, the IRIs it is `owl:sameAs`, how its
/// names were merged) and every relation between entities. `docs` are the build's records.
pub fn entity_graph(graph: &KnowledgeGraph, docs: &[DocumentRecord], node_iri: &[String], iris: &Iris, rules_fingerprint: &str) -> GraphBlock {
    let mut q = Lines::new(None);
    for triple in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).for_slice(CONCEPT_SCHEMES) {
        let t = triple.expect("the shipped concept schemes parse");
        q.lines.push(format!("{} {} {} .\n", t.subject, t.predicate, t.object));
    }
    let run = iris.run(rules_fingerprint);
    q.iri(&run, RDF_TYPE, PROV_ACTIVITY);
    q.add(&run, IG_TOOL_VERSION, string(concat!("innograph ", env!("CARGO_PKG_VERSION"))));
    q.add(&run, IG_RULES_HASH, string(rules_fingerprint));

    use rayon::prelude::*;
    let nodes: Vec<&crate::graph::EntityNode> = graph.graph.node_weights().collect();
    // Entities are described independently: their lines are made on every core.
    let described: Vec<Vec<String>> = nodes
        .par_iter()
        .enumerate()
        .map(|(i, n)| {
            let mut q = Lines::new(None);
            let e = &node_iri[i];
            q.iri(e, RDF_TYPE, &class_of(n.entity_type));
            q.add(e, SKOS_PREF_LABEL, zh(&n.name));
            q.add(e, RDFS_LABEL, zh(&n.name));
            for a in &n.aliases {
                q.add(e, SKOS_ALT_LABEL, zh(a));
            }
            q.int(e, IG_MENTION_COUNT, n.mentions);
            if let Some((level, place)) = &n.level {
                q.iri(e, IG_LEVEL, &format!("{IG}{}", level.as_str()));
                if let Some(p) = place {
                    q.add(e, IG_LEVEL_PLACE, zh(p));
                }
            }
            if n.entity_type == crate::model::EntityType::Designation {
                q.iri(e, SKOS_IN_SCHEME, &format!("{IG}designations"));
                if let Some(c) = &n.concept {
                    q.iri(e, SKOS_BROADER, &format!("{IG}{c}"));
                }
            }
            q.iri(e, PROV_WAS_GENERATED_BY, &run);
            // Earlier IRIs of its names (before a merge joined them) still lead here.
            for k in &n.same_as {
                q.iri(&iris.entity(n.entity_type, k), OWL_SAME_AS, e);
            }
            for m in &n.merges {
                merge_lines(&mut q, e, m, docs, iris, &run);
            }
            q.lines
        })
        .collect();
    q.lines.extend(described.into_iter().flatten());
    for edge in graph.graph.edge_indices() {
        let (s, o) = graph.graph.edge_endpoints(edge).expect("edge exists");
        let w = &graph.graph[edge];
        q.iri(&node_iri[s.index()], &property_of(w.predicate), &node_iri[o.index()]);
    }
    q.lines.par_sort_unstable();
    q.lines.dedup();
    GraphBlock { lines: q.lines, named: false }
}

/// One merge of a node's names, as an `ig:Merge` (IRI: the node's, with a fragment made
/// from the rule and the two entities it joined).
fn merge_lines(q: &mut Lines, node: &str, m: &crate::resolve::across::Merge, docs: &[DocumentRecord], iris: &Iris, run: &str) {
    let (from, into) = (&docs[m.from.0], &docs[m.into.0]);
    let (fe, ie) = (&from.entities[m.from.1], &into.entities[m.into.1]);
    let id = hex(&Sha256::digest(format!("{}\0{}\0{}\0{}\0{}", m.rule, from.content_hash, fe.key, into.content_hash, ie.key).as_bytes()));
    let iri = format!("{node}#merge-{}", &id[..12]);
    q.iri(&iri, RDF_TYPE, IG_MERGE);
    q.iri(&iri, IG_MERGED_INTO, node);
    q.add(&iri, IG_RULE, string(m.rule));
    q.add(&iri, IG_MERGED_NAME, zh(&fe.name));
    q.add(&iri, IG_MERGED_NAME, zh(&ie.name));
    q.iri(&iri, IG_MERGED_DOCUMENT, &iris.document(&from.content_hash));
    q.iri(&iri, IG_MERGED_DOCUMENT, &iris.document(&into.content_hash));
    q.add(&iri, IG_EVIDENCE, string(&m.evidence));
    q.iri(&iri, PROV_WAS_GENERATED_BY, run);
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

/// The named graph of one document. `entity_iri` are the IRIs of its entities' nodes
/// ([`document_entity_iris`]); a document alone has them from [`own_entity_iris`].
pub fn document_graphs(doc: &DocumentRecord, entity_iri: &[String], iris: &Iris, rules_fingerprint: &str) -> DocumentGraphs {
    let run = iris.run(rules_fingerprint);
    let doc_iri = iris.document(&doc.content_hash);
    let (mut q, mut p) = (Lines::new(Some(&doc_iri)), Lines::new(Some(&doc_iri)));
    q.iri(&doc_iri, RDF_TYPE, IG_DOCUMENT);
    q.iri(&doc_iri, RDF_TYPE, NIF_CONTEXT);
    q.add(&doc_iri, IG_FILE_NAME, string(&doc.name));
    q.add(&doc_iri, IG_CONTENT_HASH, string(&doc.content_hash));
    q.add(&doc_iri, IG_ENCODING, string(&doc.encoding));
    q.int(&doc_iri, NIF_BEGIN_INDEX, 0);
    q.int(&doc_iri, NIF_END_INDEX, doc.chars);
    q.iri(&doc_iri, PROV_WAS_GENERATED_BY, &run);
    if let Some(loc) = &doc.locality {
        q.add(&doc_iri, IG_LOCALITY, zh(loc));
    }
    for (e, iri) in doc.entities.iter().zip(entity_iri) {
        q.iri(&doc_iri, IG_MENTIONS, iri);
        // The names this document uses for it: in its graph, so that which document calls
        // a node what is one pattern (GRAPH ?doc { ?e ig:surfaceForm ?name }).
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            q.add(iri, IG_SURFACE_FORM, zh(name));
        }
    }
    for m in &doc.mentions {
        let iri = format!("{doc_iri}#char={},{}", m.start, m.end);
        p.iri(&iri, RDF_TYPE, NIF_PHRASE);
        p.int(&iri, NIF_BEGIN_INDEX, m.start);
        p.int(&iri, NIF_END_INDEX, m.end);
        p.add(&iri, NIF_ANCHOR_OF, string(&m.text));
        p.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri);
        p.iri(&iri, ITSRDF_TA_IDENT_REF, &entity_iri[m.entity]);
        p.add(&iri, IG_RULE, string(&m.rule));
        p.int(&iri, IG_SOURCE_BEGIN, m.source_start);
        p.int(&iri, IG_SOURCE_END, m.source_end);
        p.int(&iri, IG_SENTENCE_INDEX, m.sentence);
    }
    for o in &doc.observations {
        let iri = format!("{doc_iri}#obs={},{}", o.span.start, o.span.end);
        q.iri(&iri, RDF_TYPE, QB_OBSERVATION);
        q.add(&iri, IG_INDICATOR, zh(&o.indicator));
        q.add(&iri, SDMX_OBS_VALUE, Object::Typed(&o.value, XSD_DECIMAL));
        q.add(&iri, IG_UNIT, string(&o.unit));
        if let Some(c) = &o.classifier {
            q.add(&iri, IG_CLASSIFIER, zh(c));
        }
        if let Some(period) = &o.period {
            q.add(&iri, SDMX_REF_PERIOD, Object::Typed(period, XSD_G_YEAR));
        }
        if let Some(area) = &doc.locality {
            q.add(&iri, SDMX_REF_AREA, zh(area));
        }
        q.int(&iri, NIF_BEGIN_INDEX, o.span.start);
        q.int(&iri, NIF_END_INDEX, o.span.end);
        q.add(&iri, NIF_ANCHOR_OF, string(&o.span.anchor));
        q.add(&iri, IG_RULE, string(&o.span.rule));
        p.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri);
        p.int(&iri, IG_SENTENCE_INDEX, o.span.sentence);
        p.add(&iri, IG_SENTENCE_TEXT, zh(&o.span.sentence_text));
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
            q.iri(&iri, RDF_TYPE, IG_RELATION_EVIDENCE);
            q.iri(&iri, RDF_SUBJECT, s);
            q.iri(&iri, RDF_PREDICATE, &prop);
            q.iri(&iri, RDF_OBJECT, o);
            q.int(&iri, NIF_BEGIN_INDEX, ev.start);
            q.int(&iri, NIF_END_INDEX, ev.end);
            q.add(&iri, NIF_ANCHOR_OF, string(&ev.anchor));
            q.iri(&iri, NIF_REFERENCE_CONTEXT, &doc_iri);
            q.add(&iri, IG_RULE, string(&ev.rule));
            q.int(&iri, IG_SENTENCE_INDEX, ev.sentence);
            q.add(&iri, IG_SENTENCE_TEXT, zh(&ev.sentence_text));
        }
    }
    DocumentGraphs { graph: q.finish(), provenance: p.finish() }
}

/// The IRIs of a document's entities when it is built alone: from their own keys.
pub fn own_entity_iris(doc: &DocumentRecord, iris: &Iris) -> Vec<String> {
    // What `KnowledgeGraph::build` of this one record would name them (its nodes are the
    // resolution's, in order), without building the graph's names, aliases and edges,
    // which the IRIs do not read.
    let resolution = crate::resolve::across::resolve_across(std::slice::from_ref(doc));
    let mut node_iri: Vec<String> = resolution.nodes.iter().map(|n| iris.entity(n.entity_type, &n.key)).collect();
    // Most nodes have one entity: the IRI is moved to its last entity, copied only for the
    // ones before it.
    let mut left = vec![0u32; node_iri.len()];
    for &n in &resolution.node_of[0] {
        left[n] += 1;
    }
    resolution.node_of[0]
        .iter()
        .map(|&n| {
            left[n] -= 1;
            if left[n] == 0 {
                std::mem::take(&mut node_iri[n])
            } else {
                node_iri[n].clone()
            }
        })
        .collect()
}

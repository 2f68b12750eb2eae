//! Store: the dump loaded into oxigraph's in-memory store, and SPARQL over it.
//!
//! Only this module and `rdf` touch oxigraph. The dump is loaded with the bulk loader
//! (never quad by quad through transactions), then committed.

use crate::rdf::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::Write;
use std::path::Path;

/// Errors loading or querying.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The dump is missing.
    #[error("{0}: no graph dump here (run `innograph build` first, or pass --data)")]
    NoDump(String),
    /// The dump cannot be read or parsed.
    #[error("{path}: cannot load: {message}")]
    Load {
        /// The dump file.
        path: String,
        /// Why.
        message: String,
    },
    /// The query does not parse.
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// Evaluation failed.
    #[error("query failed: {0}")]
    Evaluation(String),
    /// The output format does not fit the query form.
    #[error("format '{format}' cannot hold {form} results (use {hint})")]
    Format {
        /// Format asked for.
        format: String,
        /// Query form.
        form: &'static str,
        /// Formats that fit.
        hint: &'static str,
    },
    /// Writing results failed.
    #[error("cannot write results: {0}")]
    Io(#[from] std::io::Error),
}

/// Output formats of `query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned text table (solutions), Turtle (graphs).
    Table,
    /// SPARQL CSV.
    Csv,
    /// SPARQL TSV.
    Tsv,
    /// SPARQL JSON.
    Json,
    /// SPARQL XML.
    Xml,
    /// Turtle (graphs).
    Turtle,
    /// N-Triples (graphs).
    NTriples,
}

impl ResultFormat {
    /// Parses a format name, an extension or a media type, as oxigraph's CLI takes them.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.to_ascii_lowercase().as_str() {
            "table" | "text" | "txt" => Self::Table,
            "csv" | "text/csv" => Self::Csv,
            "tsv" | "text/tab-separated-values" => Self::Tsv,
            "json" | "srj" | "application/sparql-results+json" | "application/json" => Self::Json,
            "xml" | "srx" | "application/sparql-results+xml" => Self::Xml,
            "ttl" | "turtle" | "text/turtle" => Self::Turtle,
            "nt" | "ntriples" | "n-triples" | "application/n-triples" => Self::NTriples,
            _ => return None,
        })
    }
}

/// What to load from a build's output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Provenance {
    /// The query dump only (`graph.nq`): entities, relations, documents, figures and
    /// relation evidence.
    #[default]
    Exclude,
    /// Also every mention's span, anchor and rule (`provenance.nq`).
    Include,
}

/// The dump files to load from `data`: a build's output folder (its `graph.nq` or
/// `graph.nq.gz`, and the provenance dump when asked for), or one dump file.
pub fn dump_files(data: &Path, provenance: Provenance) -> Result<Vec<std::path::PathBuf>, StoreError> {
    if !data.is_dir() {
        if !data.exists() {
            return Err(StoreError::NoDump(data.display().to_string()));
        }
        return Ok(vec![data.to_path_buf()]);
    }
    let pick = |plain: &str| {
        let (p, gz) = (data.join(plain), data.join(format!("{plain}.gz")));
        if p.exists() { Some(p) } else if gz.exists() { Some(gz) } else { None }
    };
    let mut files = vec![pick("graph.nq").ok_or_else(|| StoreError::NoDump(data.join("graph.nq").display().to_string()))?];
    if provenance == Provenance::Include {
        // Dumps written before provenance had its own file hold it in graph.nq.
        files.extend(pick("provenance.nq"));
    }
    Ok(files)
}

/// Loads a build's query dump (see [`load_with`]).
pub fn load(data: &Path) -> Result<Store, StoreError> {
    load_with(data, Provenance::Exclude)
}

/// Loads dumps into a new in-memory store with oxigraph's bulk loader. Files ending in `.gz`
/// are read through gzip.
pub fn load_with(data: &Path, provenance: Provenance) -> Result<Store, StoreError> {
    let files = dump_files(data, provenance)?;
    let store = Store::new().map_err(|e| StoreError::Load { path: data.display().to_string(), message: e.to_string() })?;
    let mut loader = store.bulk_loader();
    for path in &files {
        let load_err = |message: String| StoreError::Load { path: path.display().to_string(), message };
        let file = std::fs::File::open(path).map_err(|e| load_err(e.to_string()))?;
        let reader: Box<dyn std::io::Read> = if path.extension().is_some_and(|e| e == "gz") {
            Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::with_capacity(1 << 20, file)))
        } else {
            Box::new(file)
        };
        loader
            .load_from_reader(RdfParser::from_format(RdfFormat::NQuads), std::io::BufReader::with_capacity(1 << 20, reader))
            .map_err(|e| load_err(e.to_string()))?;
    }
    loader.commit().map_err(|e| StoreError::Load { path: data.display().to_string(), message: e.to_string() })?;
    Ok(store)
}

/// A SPARQL evaluator with the ontology's prefixes predeclared.
pub fn evaluator() -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new();
    for (p, ns) in PREFIXES {
        e = e.with_prefix(p, ns).expect("prefix IRIs are valid");
    }
    e
}

/// Runs a query and writes its results.
pub fn query<W: Write>(store: &Store, sparql: &str, format: ResultFormat, out: &mut W) -> Result<(), StoreError> {
    let prepared = evaluator().parse_query(sparql).map_err(|e| StoreError::Syntax(e.to_string()))?;
    let results = prepared.on_store(store).execute().map_err(|e| StoreError::Evaluation(e.to_string()))?;
    write_results(results, format, out)
}

/// Writes query results (of the local store or parsed from a remote endpoint) in `format`.
pub fn write_results<W: Write>(results: QueryResults<'_>, format: ResultFormat, out: &mut W) -> Result<(), StoreError> {
    let eval = |e: oxigraph::sparql::QueryEvaluationError| StoreError::Evaluation(e.to_string());
    match results {
        QueryResults::Boolean(b) => match format {
            ResultFormat::Table => writeln!(out, "{b}")?,
            ResultFormat::Turtle | ResultFormat::NTriples => {
                return Err(StoreError::Format { format: format!("{format:?}"), form: "ASK", hint: "table, csv, tsv, json, xml" })
            }
            f => {
                QueryResultsSerializer::from_format(results_format(f)).serialize_boolean_to_writer(&mut *out, b)?;
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match format {
                ResultFormat::Turtle | ResultFormat::NTriples => {
                    return Err(StoreError::Format { format: format!("{format:?}"), form: "SELECT", hint: "table, csv, tsv, json, xml" })
                }
                ResultFormat::Table => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(eval)?;
                        rows.push(vars.iter().map(|v| s.get(v).map(cell).unwrap_or_default()).collect::<Vec<_>>());
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    table(&header, &rows, out)?;
                }
                f => {
                    let mut w = QueryResultsSerializer::from_format(results_format(f)).serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        w.serialize(&s.map_err(eval)?)?;
                    }
                    w.finish()?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                ResultFormat::NTriples => RdfFormat::NTriples,
                ResultFormat::Table | ResultFormat::Turtle => RdfFormat::Turtle,
                _ => {
                    return Err(StoreError::Format {
                        format: format!("{format:?}"),
                        form: "CONSTRUCT/DESCRIBE",
                        hint: "ttl, nt",
                    })
                }
            };
            let mut ser = RdfSerializer::from_format(rdf);
            if rdf == RdfFormat::Turtle {
                for (p, ns) in PREFIXES {
                    ser = ser.with_prefix(p, ns).expect("prefix IRIs are valid");
                }
            }
            let mut w = ser.for_writer(&mut *out);
            for t in triples {
                w.serialize_triple(&t.map_err(eval)?)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

fn results_format(f: ResultFormat) -> QueryResultsFormat {
    match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        _ => QueryResultsFormat::Json,
    }
}

/// A term as a table cell: IRIs compacted with the known prefixes, literals as their value.
fn cell(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (p, ns) in PREFIXES {
                if let Some(local) = iri.strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            format!("<{iri}>")
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Display width: East Asian wide characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

fn table<W: Write>(header: &[String], rows: &[Vec<String>], out: &mut W) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |cells: &[String], out: &mut W| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(widths[i] - width(c)));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(header, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&rule, out)?;
    for r in rows {
        line(r, out)?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })
}

/// Reads the entity graph of a loaded dump into an [`ExportGraph`]: entities (with aliases
/// and mention evidence) in IRI order, relations (with their evidence sentences) in
/// (source, predicate, target) order.
pub fn export_graph(store: &Store) -> Result<crate::export::ExportGraph, StoreError> {
    use crate::export::{ExportEdge, ExportGraph, ExportNode};
    use std::collections::{BTreeMap, BTreeSet};
    let rows = |q: &str| -> Result<Vec<Vec<Option<Term>>>, StoreError> {
        let prepared = evaluator().parse_query(q).map_err(|e| StoreError::Syntax(e.to_string()))?;
        match prepared.on_store(store).execute().map_err(|e| StoreError::Evaluation(e.to_string()))? {
            QueryResults::Solutions(s) => {
                let vars: Vec<_> = s.variables().to_vec();
                let mut out = Vec::new();
                for sol in s {
                    let sol = sol.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    out.push(vars.iter().map(|v| sol.get(v).cloned()).collect());
                }
                Ok(out)
            }
            _ => Ok(Vec::new()),
        }
    };
    let text = |t: &Option<Term>| match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let number = |t: &Option<Term>| text(t).parse::<usize>().unwrap_or(0);
    let local = |iri: String| iri.rsplit('#').next().unwrap_or_default().to_string();
    let mut nodes: BTreeMap<String, ExportNode> = BTreeMap::new();
    for r in rows(
        "SELECT ?e ?t ?label ?count ?level WHERE {
           VALUES ?t { ig:Enterprise ig:Platform ig:Program ig:Agency ig:Place ig:Institution ig:Project ig:Event ig:Designation }
           ?e a ?t ; skos:prefLabel ?label ; ig:mentionCount ?count .
           OPTIONAL { ?e ig:level ?level } }",
    )? {
        let iri = text(&r[0]);
        nodes.insert(
            iri.clone(),
            ExportNode {
                iri,
                entity_type: local(text(&r[1])),
                label: text(&r[2]),
                level: r[4].as_ref().map(|_| local(text(&r[4]))),
                mentions: number(&r[3]),
                aliases: Vec::new(),
                evidence: Vec::new(),
            },
        );
    }
    for r in rows("SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias } ORDER BY ?e ?alias")? {
        if let Some(n) = nodes.get_mut(&text(&r[0])) {
            n.aliases.push(text(&r[1]));
        }
    }
    for r in rows(
        "SELECT ?e ?file ?b ?end ?anchor ?rule WHERE { GRAPH ?d {
           ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:endIndex ?end ; nif:anchorOf ?anchor ; ig:rule ?rule .
           ?d ig:fileName ?file } } ORDER BY ?e ?file ?b ?end ?rule",
    )? {
        if let Some(n) = nodes.get_mut(&text(&r[0])) {
            n.evidence.push((text(&r[1]), number(&r[2]), number(&r[3]), text(&r[4]), text(&r[5])));
        }
    }
    let mut g = ExportGraph::new();
    let index: BTreeMap<String, _> = nodes.into_iter().map(|(k, n)| (k, g.add_node(n))).collect();
    // Per relation, the sentences and the files that state it, each sorted and distinct.
    type Said = (BTreeSet<String>, BTreeSet<String>);
    let mut said: BTreeMap<(String, String, String), Said> = BTreeMap::new();
    for r in rows(
        "SELECT DISTINCT ?s ?p ?o ?sentence ?file WHERE { GRAPH ?d { ?ev a ig:RelationEvidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ig:sentenceText ?sentence . ?d ig:fileName ?file } }",
    )? {
        let entry = said.entry((text(&r[0]), text(&r[1]), text(&r[2]))).or_default();
        entry.0.insert(text(&r[3]));
        entry.1.insert(text(&r[4]));
    }
    for r in rows(
        "SELECT ?s ?p ?o (COUNT(DISTINCT ?ev) AS ?n) WHERE {
           VALUES ?p { ig:hasPlatform ig:undertakes ig:selectedFor ig:recognizedAs ig:administers ig:establishes ig:locatedIn }
           ?s ?p ?o .
           OPTIONAL { GRAPH ?d { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } }
         GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o",
    )? {
        let (s, p, o) = (text(&r[0]), text(&r[1]), text(&r[2]));
        if let (Some(&a), Some(&b)) = (index.get(&s), index.get(&o)) {
            let (sentences, files) = said.remove(&(s, p.clone(), o)).unwrap_or_default();
            let (sentences, files) = (sentences.into_iter().collect(), files.into_iter().collect());
            g.add_edge(a, b, ExportEdge { predicate: local(p), evidence: number(&r[3]), sentences, files });
        }
    }
    Ok(g)
}

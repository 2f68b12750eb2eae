//! Command-line arguments, checked once into configs, and the commands that use them.
//!
//! Exit codes, as ripgrep's: 0 all went well; 1 some inputs could not be read (the rest
//! were processed and written); 2 nothing could be done (bad arguments, rules, query).

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use innograph::export::{ExportFormat, ExportGraph};
use innograph::ingest::{IngestOptions, DEFAULT_MAX_FILE_BYTES};
use innograph::rdf::{Iris, DEFAULT_BASE};
use innograph::output::{RecordStore, WriteOptions};
use innograph::rules::{RuleSet, RuleSources};
use innograph::store::Provenance;
use innograph::store::ResultFormat;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(name = "innograph", version, long_version = innograph::output::TOOL_BUILD.trim_start_matches("innograph "), about = "Knowledge graphs of Chinese science and technology policy documents, by rules")]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Debug, Clone)]
struct RuleArgs {
    /// Extra rules file (TOML), applied after the built-in rules; repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
}

#[derive(clap::Args, Debug, Clone)]
struct InputArgs {
    /// Decode every input with this encoding (e.g. gbk, utf-8, big5) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Refuse input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_BYTES)]
    max_file_size: u64,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Stop at the first input that cannot be read, writing nothing (default: keep going,
    /// build the rest, list what failed, exit 1).
    #[arg(long, conflicts_with = "keep_going")]
    strict: bool,
    /// Build everything that can be read and list what could not (the default).
    #[arg(long)]
    keep_going: bool,
}

#[derive(clap::Args, Debug, Clone)]
struct ScaleArgs {
    /// Build only shard K of N (e.g. 2/8): the inputs are split by file name, the same way
    /// on every machine; `innograph merge` combines the shards' outputs.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<innograph::Shard>,
    /// Gzip the N-Quads dumps (graph.nq.gz, provenance.nq.gz), as bulk loaders take them.
    #[arg(long)]
    compress: bool,
    /// Keep the graphs of documents built before whose files are no longer among the
    /// inputs (default: a document that is gone leaves the graph).
    #[arg(long)]
    keep_missing: bool,
}

fn parse_shard(s: &str) -> Result<innograph::Shard, String> {
    let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 1/4")?;
    let (index, count): (u32, u32) = (k.trim().parse().map_err(|_| "K is not a number")?, n.trim().parse().map_err(|_| "N is not a number")?);
    if count == 0 || index == 0 || index > count {
        return Err(format!("shard {index}/{count}: K must be between 1 and N"));
    }
    Ok(innograph::Shard { index, count })
}

#[derive(clap::Args, Debug, Clone)]
struct FilterArgs {
    /// Keep only entities of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE")]
    types: Vec<String>,
    /// Keep only relations with this predicate (repeatable).
    #[arg(long = "predicate", value_name = "PREDICATE")]
    predicates: Vec<String>,
    /// Keep only entities with at least this many relations.
    #[arg(long, default_value_t = 0)]
    min_degree: usize,
    /// Keep only the neighbourhood of the entity with this name or alias.
    #[arg(long, value_name = "NAME")]
    around: Option<String>,
    /// With --around: how many steps away.
    #[arg(long, default_value_t = 1)]
    depth: usize,
}

impl FilterArgs {
    fn check(&self) -> Result<innograph::export::Filter> {
        for t in &self.types {
            if innograph::model::EntityType::parse(t).is_none() {
                bail!("unknown type '{t}' (Enterprise, Platform, Program, Agency, Place, Institution, Project, Event, Designation)");
            }
        }
        for p in &self.predicates {
            if innograph::model::Predicate::parse(p).is_none() {
                bail!("unknown predicate '{p}' (hasPlatform, undertakes, selectedFor, recognizedAs, administers, establishes, locatedIn)");
            }
        }
        Ok(innograph::export::Filter {
            types: self.types.iter().cloned().collect(),
            predicates: self.predicates.iter().cloned().collect(),
            min_degree: self.min_degree,
            around: self.around.clone(),
            depth: self.depth,
        })
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the knowledge graph of documents into an output folder.
    Build {
        /// Files and folders to read (.txt .md .html .docx .pdf); default: the bundled sample.
        inputs: Vec<PathBuf>,
        /// Output folder.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Base IRI of the data.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        input: InputArgs,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Also write these exports next to the dump (graphml, gexf, dot, cytoscape, neo4j, html).
        #[arg(long = "export", value_name = "FORMAT")]
        exports: Vec<String>,
        #[command(flatten)]
        scale: ScaleArgs,
    },
    /// Combine the outputs of sharded builds (`build --shard K/N`) into one, identical to a
    /// single build of all their inputs.
    Merge {
        /// The shards' output folders.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
        /// Output folder.
        #[arg(long, short)]
        out: PathBuf,
        /// Base IRI of the data.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
        /// Gzip the N-Quads dumps.
        #[arg(long)]
        compress: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Export a built graph for Gephi, Cytoscape, yEd, Graphviz or Neo4j.
    Export {
        /// graphml, gexf, dot, cytoscape, neo4j.
        #[arg(long)]
        format: String,
        /// The build's output folder (or a .nq dump).
        #[arg(long, default_value = "output")]
        data: PathBuf,
        /// Where to write (a folder for neo4j); `-` for standard output. Default: beside the dump.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Serve a built graph as a read-only SPARQL 1.1 endpoint, with a query page.
    Serve {
        /// The build's output folder (or a .nq dump).
        #[arg(long, default_value = "output")]
        data: PathBuf,
        /// Address to listen on (loopback unless told otherwise).
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: std::net::SocketAddr,
        /// Longest a query may run, in seconds.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
        /// Most rows (or triples) a response may hold.
        #[arg(long, default_value_t = 100_000)]
        max_results: usize,
        /// Largest request body, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_body: usize,
        /// Most connections served at once (each on its own thread).
        #[arg(long, default_value_t = 64)]
        max_connections: usize,
        /// Also load every mention's span, anchor and rule (provenance.nq).
        #[arg(long)]
        provenance: bool,
    },
    /// Write one self-contained HTML page to look at the graph (works offline).
    View {
        /// The build's output folder (or a .nq dump).
        #[arg(long, default_value = "output")]
        data: PathBuf,
        /// The page to write.
        #[arg(long, default_value = "output/graph.html")]
        out: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a built graph.
    Query {
        /// The query text; or use -f.
        query: Option<String>,
        /// Read the query from a file.
        #[arg(long, short = 'f', value_name = "FILE.rq", conflicts_with = "query")]
        file: Option<PathBuf>,
        /// The build's output folder (or a .nq dump).
        #[arg(long, default_value = "output")]
        data: PathBuf,
        /// table, csv, tsv, json, xml (solutions); ttl, nt (graphs).
        #[arg(long, default_value = "table")]
        format: String,
        /// Also load every mention's span, anchor and rule (provenance.nq).
        #[arg(long)]
        provenance: bool,
        /// Run the query on this remote SPARQL endpoint instead (e.g.
        /// http://localhost:7878/query, Virtuoso's http://localhost:8890/sparql); credentials
        /// from INNOGRAPH_AUTH_TOKEN, or INNOGRAPH_AUTH_USER and INNOGRAPH_AUTH_PASSWORD.
        #[arg(long, value_name = "URL", conflicts_with = "provenance")]
        endpoint: Option<String>,
        /// With --endpoint: how to send the query: auto (GET when the URL is short, else a
        /// form-encoded POST, as SPARQLWrapper and YASGUI do), get, post, or direct (a POST of
        /// application/sparql-query, which Virtuoso 7 never answers).
        #[arg(long, value_name = "METHOD", default_value = "auto", requires = "endpoint")]
        method: String,
        /// With --endpoint: longest wait, in seconds, for a connection or for the store's
        /// next bytes; past it the query fails with one line.
        #[arg(long, default_value_t = 60.0)]
        timeout: f64,
    },
    /// Send a build's graphs to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol:
    /// one PUT per graph (the default graph and one per document), so pushing again replaces
    /// each graph instead of adding a copy.
    Push {
        /// The store's Graph Store endpoint: Oxigraph server http://localhost:7878/store,
        /// Virtuoso http://localhost:8890/sparql-graph-crud-auth (with --default-graph),
        /// Fuseki http://localhost:3030/DATASET/data, GraphDB
        /// http://localhost:7200/repositories/ID/rdf-graphs/service. Credentials from
        /// INNOGRAPH_AUTH_TOKEN (bearer), or INNOGRAPH_AUTH_USER and INNOGRAPH_AUTH_PASSWORD
        /// (Basic or Digest, as the store asks).
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// Send the default graph to this named graph instead, for stores without a default
        /// graph to write (Virtuoso); they answer queries without FROM over all graphs, so
        /// the queries answer the same.
        #[arg(long, value_name = "IRI")]
        default_graph: Option<String>,
        /// The build's output folder (or one .nq / .nq.gz dump).
        #[arg(long, default_value = "output")]
        data: PathBuf,
        /// Send every mention's span, anchor and rule with its document's graph.
        #[arg(long)]
        provenance: bool,
        /// How many times to try a request again when the store is unreachable or busy.
        #[arg(long, default_value_t = 3)]
        retries: u32,
        /// Longest wait, in seconds, for a connection or for the store's next bytes (a store
        /// that takes in a large graph before it answers needs more).
        #[arg(long, default_value_t = 60.0)]
        timeout: f64,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print what the rules find in documents, without building a graph.
    Extract {
        /// Files and folders to read.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// jsonl (the contract score.py reads) or table.
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// Base IRI for entity ids.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Show every candidate in a text or file: its span, the rule that found it, and why a
    /// rejected one was rejected. With --data: for a name, the node of that build it went
    /// to, the names the node carries and their documents, and which rule merged which names
    /// on what evidence (and what was kept apart, and why).
    Explain {
        /// A file, or text to analyse; with --data, a name.
        target: String,
        /// A build's output folder: explain where the name TARGET went in it.
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        /// With --data: the base IRI the build used.
        #[arg(long, default_value = DEFAULT_BASE, requires = "data")]
        base: String,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        input: InputArgs,
    },
}

/// Checked input settings.
fn ingest_options(a: &InputArgs) -> Result<IngestOptions> {
    let encoding = match &a.encoding {
        None => None,
        Some(label) => Some(
            encoding_rs::Encoding::for_label(label.as_bytes())
                .with_context(|| format!("unknown encoding '{label}' (try utf-8, gbk, gb18030, big5, utf-16le)"))?,
        ),
    };
    if let Some(n) = a.threads {
        if n == 0 {
            bail!("--threads must be at least 1");
        }
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().ok();
    }
    Ok(IngestOptions { max_file_bytes: a.max_file_size, encoding })
}

fn load_rules(a: &RuleArgs) -> Result<RuleSet> {
    Ok(RuleSet::load(&RuleSources { extra: a.rules.clone() })?)
}

/// The bundled sample, for `build` with no inputs: `data/sample` here, or beside the crate.
fn sample_inputs() -> Vec<PathBuf> {
    let local = PathBuf::from("data/sample");
    if local.is_dir() {
        return vec![local];
    }
    vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample")]
}

pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        Command::Build { inputs, out, base, rules, input, quiet, exports, scale } => {
            build(inputs, &out, &base, &rules, &input, quiet, &exports, &scale)
        }
        Command::Merge { shards, out, base, compress, quiet } => merge(&shards, &out, &base, compress, quiet),
        Command::Export { format, data, out, filter } => export(&format, &data, out.as_deref(), &filter),
        Command::View { data, out, filter } => view(&data, &out, &filter),
        Command::Serve { data, bind, timeout, max_results, max_body, max_connections, provenance } => {
            let provenance = if provenance { Provenance::Include } else { Provenance::Exclude };
            serve(&data, bind, timeout, max_results, max_body, max_connections, provenance)
        }
        Command::Query { query: text, file, data, format, provenance, endpoint, method, timeout } => {
            let provenance = if provenance { Provenance::Include } else { Provenance::Exclude };
            match endpoint {
                Some(url) => remote_query(text, file, &url, &format, &method, timeout),
                None => query(text, file, &data, &format, provenance),
            }
        }
        Command::Push { endpoint, default_graph, data, provenance, retries, timeout, quiet } => {
            let provenance = if provenance { Provenance::Include } else { Provenance::Exclude };
            let default_graph = default_graph
                .map(|iri| oxigraph::model::NamedNode::new(&iri).map_err(|e| anyhow::anyhow!("--default-graph '{iri}': {e}")))
                .transpose()?;
            let options = innograph::remote::PushOptions { provenance, default_graph };
            push(&endpoint, &data, &options, retries, timeout, quiet)
        }
        Command::Extract { inputs, format, base, rules, input } => extract(&inputs, &format, &base, &rules, &input),
        Command::Explain { target, data: Some(data), base, rules, .. } => explain_name(&target, &data, &base, &rules),
        Command::Explain { target, data: None, rules, input, .. } => explain(&target, &rules, &input),
    }
}

fn report_failures(failures: &[innograph::ingest::IngestFailure]) -> bool {
    for f in failures {
        eprintln!("innograph: {f}");
    }
    !failures.is_empty()
}

#[allow(clippy::too_many_arguments)]
fn build(
    inputs: Vec<PathBuf>,
    out: &Path,
    base: &str,
    rule_args: &RuleArgs,
    input: &InputArgs,
    quiet: bool,
    exports: &[String],
    scale: &ScaleArgs,
) -> Result<ExitCode> {
    let started = Instant::now();
    for f in exports {
        if f != "html" && ExportFormat::parse(f).is_none() {
            bail!("unknown export format '{f}' (graphml, gexf, dot, cytoscape, neo4j, html)");
        }
    }
    let options = ingest_options(input)?;
    let iris = Iris::new(base)?;
    let rules = load_rules(rule_args)?;
    let inputs = if inputs.is_empty() { sample_inputs() } else { inputs };
    let records = RecordStore::new(out, &rules.fingerprint, options.encoding.map(|e| e.name()));
    let done = AtomicUsize::new(0);
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let progress = || {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if show_progress && n.is_multiple_of(100) {
            eprint!("\rinnograph: {n} files read");
        }
    };
    // Under --strict nothing may be written until every input has been read.
    let cache: &dyn innograph::RecordCache = if input.strict { &ReadOnly(&records) } else { &records };
    let mut batch = innograph::build_records(&inputs, &options, &rules, scale.shard, cache, &progress);
    let extracted = started.elapsed();
    if show_progress && done.load(Ordering::Relaxed) >= 100 {
        eprintln!();
    }
    let failed = report_failures(&batch.failures);
    if failed && input.strict {
        eprintln!("innograph: --strict: {} input(s) failed; {} left as it was", batch.failures.len(), out.display());
        return Ok(ExitCode::from(1));
    }
    let mut kept = 0;
    if scale.keep_missing {
        if let Ok(previous) = innograph::output::read_manifest(out) {
            let present: std::collections::BTreeSet<String> = batch
                .records
                .iter()
                .map(|r| r.name.clone())
                .chain(batch.failures.iter().filter_map(|f| f.path.file_name().map(|n| n.to_string_lossy().into_owned())))
                .collect();
            let gone = innograph::output::Manifest {
                documents: previous.documents.into_iter().filter(|d| !present.contains(&d.name)).collect(),
                ..previous
            };
            // A record that cannot be read back (or was made by other rules) is not kept:
            // its document is not among the inputs to make it again.
            if gone.rules == rules.fingerprint {
                if let Ok(old) = innograph::output::read_records(out, &gone) {
                    kept = old.len();
                    batch.records.extend(old);
                    innograph::canonical_order(&mut batch.records);
                }
            }
        }
    }
    // A shard may hold no document of a small corpus: its empty output still merges.
    if batch.records.is_empty() && (scale.shard.is_none() || failed) {
        eprintln!("innograph: no document could be read; {} left as it was", out.display());
        return Ok(ExitCode::from(if failed { 1 } else { 2 }));
    }
    // New records were kept as they were made, except under --strict (nothing is written
    // before every input is read); records kept from before (--keep-missing) may have been
    // made under another key.
    if input.strict || kept > 0 {
        use rayon::prelude::*;
        batch.records.par_iter().try_for_each(|r| records.put(r))?;
    }
    let kept_records = started.elapsed();
    let manifest = records.manifest(&batch.records);
    let graph = innograph::graph::KnowledgeGraph::build(&batch.records);
    innograph::record::DocumentRecord::forget_identities(&mut batch.records);
    let merged = started.elapsed();
    let write = WriteOptions { compress: scale.compress };
    let mut written = innograph::output::write_build(out, &graph, &batch.records, &iris, &rules.fingerprint, &manifest, write)?;
    records.prune(&manifest);
    let phases = [("read and extract", extracted), ("records", kept_records - extracted), ("graph", merged - kept_records), ("dumps", started.elapsed() - merged)];
    written.files.extend(write_exports(out, exports)?);
    if !quiet {
        let mut o = std::io::stdout().lock();
        let reused = if batch.reused + kept > 0 { format!(", {} unchanged, {kept} kept from before", batch.reused) } else { String::new() };
        writeln!(o, "documents  {} read{reused}, {} failed, {} skipped", batch.records.len() - kept, batch.failures.len(), batch.skipped.len())?;
        summary(&mut o, &graph, &written, started)?;
        let phases: Vec<String> = phases.iter().map(|(name, d)| format!("{name} {:.2}", d.as_secs_f64())).collect();
        writeln!(o, "phases     {} s", phases.join(", "))?;
        if failed {
            writeln!(o, "failed     {} input(s):", batch.failures.len())?;
            for f in &batch.failures {
                writeln!(o, "           {f}")?;
            }
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A record store that is read, not written.
struct ReadOnly<'a>(&'a RecordStore);

impl innograph::RecordCache for ReadOnly<'_> {
    fn get(&self, raw: &innograph::ingest::RawDocument) -> Option<innograph::record::DocumentRecord> {
        self.0.get(&raw.name, &raw.content_hash)
    }
    fn put(&self, _: &innograph::record::DocumentRecord) {}
}

fn summary(o: &mut impl Write, graph: &innograph::graph::KnowledgeGraph, written: &innograph::output::Written, started: Instant) -> Result<()> {
    let counts = graph.counts_by_type();
    let types: Vec<String> = counts.iter().map(|(t, n)| format!("{t} {n}")).collect();
    writeln!(o, "entities   {} ({})", graph.graph.node_count(), types.join(", "))?;
    writeln!(o, "relations  {}", graph.graph.edge_count())?;
    writeln!(o, "triples    {} quads, and {} of mention provenance", written.quads, written.provenance_quads)?;
    for f in &written.files {
        writeln!(o, "wrote      {}", f.display())?;
    }
    writeln!(o, "time       {:.2} s", started.elapsed().as_secs_f64())?;
    Ok(())
}

/// Writes the exports a build asked for, beside its dump.
fn write_exports(out: &Path, exports: &[String]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    if exports.is_empty() {
        return Ok(files);
    }
    let g = innograph::store::export_graph(&innograph::store::load_with(out, Provenance::Include)?)?;
    for f in exports {
        if f == "html" {
            let path = out.join("graph.html");
            write_file(&path, &innograph::export::html(&g, "innograph"))?;
            files.push(path);
        } else {
            let format = ExportFormat::parse(f).expect("checked by the caller");
            files.extend(write_export(&g, format, &out.join(format.default_file()))?);
        }
    }
    Ok(files)
}

fn merge(shards: &[PathBuf], out: &Path, base: &str, compress: bool, quiet: bool) -> Result<ExitCode> {
    let started = Instant::now();
    let iris = Iris::new(base)?;
    let mut manifests = Vec::new();
    for dir in shards {
        let m = innograph::output::read_manifest(dir)?;
        if let Some((_, first)) = manifests.first() {
            let first: &innograph::output::Manifest = first;
            if (&m.tool, &m.rules) != (&first.tool, &first.rules) {
                return Err(innograph::output::OutputError::Mismatch {
                    path: dir.clone(),
                    found: format!("{} with rules {}", m.tool, &m.rules[..12.min(m.rules.len())]),
                    expected: format!("{} with rules {}", first.tool, &first.rules[..12.min(first.rules.len())]),
                }
                .into());
            }
        }
        manifests.push((dir.clone(), m));
    }
    // Every shard is read before anything is written.
    let mut read = Vec::new();
    for (dir, m) in &manifests {
        read.push(innograph::output::read_records(dir, m)?);
    }
    let mut records = Vec::new();
    let mut entries = Vec::new();
    for (rs, (_, m)) in read.into_iter().zip(&manifests) {
        for (r, e) in rs.into_iter().zip(&m.documents) {
            innograph::output::RecordStore::put_keyed(out, &e.key, &r)?;
            entries.push(e.clone());
            records.push(r);
        }
    }
    innograph::canonical_order(&mut records);
    entries.sort_by(|a, b| (&a.content_hash, &a.name).cmp(&(&b.content_hash, &b.name)));
    entries.dedup_by(|a, b| a.content_hash == b.content_hash && a.name == b.name);
    let (tool, rules) = (manifests[0].1.tool.clone(), manifests[0].1.rules.clone());
    let manifest = innograph::output::Manifest { tool, rules: rules.clone(), documents: entries };
    let graph = innograph::graph::KnowledgeGraph::build(&records);
    innograph::record::DocumentRecord::forget_identities(&mut records);
    let written = innograph::output::write_build(out, &graph, &records, &iris, &rules, &manifest, WriteOptions { compress })?;
    RecordStore::new(out, &rules, None).prune(&manifest);
    if !quiet {
        let mut o = std::io::stdout().lock();
        writeln!(o, "documents  {} from {} shards", records.len(), shards.len())?;
        summary(&mut o, &graph, &written, started)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    innograph::output::write_atomic(path, |w| w.write_all(text.as_bytes()))?;
    Ok(())
}

/// Writes one export; returns the files written.
fn write_export(g: &ExportGraph, format: ExportFormat, path: &Path) -> Result<Vec<PathBuf>> {
    use innograph::export;
    let single = match format {
        ExportFormat::GraphMl => export::graphml(g),
        ExportFormat::Gexf => export::gexf(g),
        ExportFormat::Dot => export::dot(g),
        ExportFormat::Cytoscape => export::cytoscape(g),
        ExportFormat::Neo4j => {
            let (nodes, rels) = export::neo4j(g);
            let (n, r) = (path.join("nodes.csv"), path.join("relationships.csv"));
            write_file(&n, &nodes)?;
            write_file(&r, &rels)?;
            return Ok(vec![n, r]);
        }
    };
    if path == Path::new("-") {
        std::io::stdout().lock().write_all(single.as_bytes())?;
        return Ok(Vec::new());
    }
    write_file(path, &single)?;
    Ok(vec![path.to_path_buf()])
}

fn data_dir(data: &Path) -> PathBuf {
    if data.is_dir() { data.to_path_buf() } else { data.parent().map(Path::to_path_buf).unwrap_or_default() }
}

fn export(format: &str, data: &Path, out: Option<&Path>, filter: &FilterArgs) -> Result<ExitCode> {
    let format = ExportFormat::parse(format).with_context(|| format!("unknown format '{format}' (graphml, gexf, dot, cytoscape, neo4j)"))?;
    let filter = filter.check()?;
    let g = innograph::store::export_graph(&innograph::store::load_with(data, Provenance::Include)?)?;
    let g = innograph::export::filter(&g, &filter).map_err(anyhow::Error::msg)?;
    let path = out.map(Path::to_path_buf).unwrap_or_else(|| data_dir(data).join(format.default_file()));
    for f in write_export(&g, format, &path)? {
        eprintln!("innograph: wrote {} ({} entities, {} relations)", f.display(), g.node_count(), g.edge_count());
    }
    Ok(ExitCode::SUCCESS)
}

fn view(data: &Path, out: &Path, filter: &FilterArgs) -> Result<ExitCode> {
    let filter = filter.check()?;
    let g = innograph::store::export_graph(&innograph::store::load_with(data, Provenance::Include)?)?;
    let g = innograph::export::filter(&g, &filter).map_err(anyhow::Error::msg)?;
    write_file(out, &innograph::export::html(&g, "innograph"))?;
    eprintln!("innograph: wrote {} ({} entities, {} relations); open it in a browser", out.display(), g.node_count(), g.edge_count());
    Ok(ExitCode::SUCCESS)
}

fn serve(
    data: &Path,
    bind: std::net::SocketAddr,
    timeout: f64,
    max_results: usize,
    max_body: usize,
    max_connections: usize,
    provenance: Provenance,
) -> Result<ExitCode> {
    if !(timeout > 0.0 && timeout.is_finite()) {
        bail!("--timeout must be a positive number of seconds");
    }
    if max_connections == 0 {
        bail!("--max-connections must be at least 1");
    }
    let store = innograph::store::load_with(data, provenance)?;
    let examples = example_queries();
    let options = innograph::serve::ServeOptions {
        timeout: std::time::Duration::from_secs_f64(timeout),
        max_results,
        max_body,
        examples,
    };
    ctrlc::set_handler(|| {
        eprintln!("innograph: stopping");
        std::process::exit(0);
    })
    .context("cannot install the signal handler")?;
    eprintln!("innograph: serving {} at http://{bind}/ (SPARQL at /sparql); Ctrl-C stops", data.display());
    innograph::serve::serve(innograph::serve::Endpoint::new(store, options), bind, max_connections)
        .with_context(|| format!("cannot serve on {bind}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The README's queries, shipped with the binary, for the query page.
fn example_queries() -> Vec<(String, String)> {
    [
        ("entities", include_str!("../ontology/queries/entities.rq")),
        ("provincial platforms", include_str!("../ontology/queries/provincial-platforms.rq")),
        ("programs of agencies", include_str!("../ontology/queries/programs-of-agencies.rq")),
        ("projects selected", include_str!("../ontology/queries/projects-selected.rq")),
        ("figures", include_str!("../ontology/queries/figures.rq")),
        ("evidence", include_str!("../ontology/queries/evidence.rq")),
    ]
    .into_iter()
    .map(|(t, q)| (t.to_string(), q.to_string()))
    .collect()
}

/// The query text from an argument or a file.
fn query_text(text: Option<String>, file: Option<PathBuf>) -> Result<String> {
    Ok(match (text, file) {
        (Some(q), None) => q,
        (None, Some(f)) => std::fs::read_to_string(&f).with_context(|| format!("{}: cannot read query", f.display()))?,
        (None, None) => bail!("give a query, or -f FILE.rq"),
        (Some(_), Some(_)) => unreachable!("clap rejects both"),
    })
}

fn result_format(format: &str) -> Result<ResultFormat> {
    ResultFormat::parse(format).with_context(|| format!("unknown format '{format}' (table, csv, tsv, json, xml, ttl, nt)"))
}

fn seconds(s: f64, flag: &str) -> Result<std::time::Duration> {
    if !(s > 0.0 && s.is_finite()) {
        bail!("{flag} must be a positive number of seconds");
    }
    Ok(std::time::Duration::from_secs_f64(s))
}

fn query(text: Option<String>, file: Option<PathBuf>, data: &Path, format: &str, provenance: Provenance) -> Result<ExitCode> {
    let format = result_format(format)?;
    let sparql = query_text(text, file)?;
    let store = innograph::store::load_with(data, provenance)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    innograph::store::query(&store, &sparql, format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn remote_query(text: Option<String>, file: Option<PathBuf>, endpoint: &str, format: &str, method: &str, timeout: f64) -> Result<ExitCode> {
    let format = result_format(format)?;
    let method = innograph::remote::QueryMethod::parse(method).with_context(|| format!("unknown --method '{method}' (auto, get, post, direct)"))?;
    let sparql = query_text(text, file)?;
    let remote = innograph::remote::Remote::new(endpoint, innograph::remote::Auth::from_env()?, seconds(timeout, "--timeout")?, 2)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    innograph::remote::query(&remote, &sparql, method, format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn push(endpoint: &str, data: &Path, options: &innograph::remote::PushOptions, retries: u32, timeout: f64, quiet: bool) -> Result<ExitCode> {
    let provenance = options.provenance;
    let started = Instant::now();
    let remote = innograph::remote::Remote::new(endpoint, innograph::remote::Auth::from_env()?, seconds(timeout, "--timeout")?, retries)?;
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let progress = |s: &innograph::remote::PushSummary| {
        if show_progress && s.graphs.is_multiple_of(100) {
            eprint!("\rinnograph: {} graphs sent", s.graphs);
        }
    };
    let mut summary = innograph::remote::push(&remote, data, options, &progress)?;
    if show_progress && summary.graphs >= 100 {
        eprintln!();
    }
    // The graphs this output pushed to this endpoint before: those of documents that have
    // left the build are removed, so the store holds what the build holds.
    if data.is_dir() {
        use sha2::Digest;
        let key = innograph::ingest::hex(&sha2::Sha256::digest(endpoint.as_bytes()));
        let state = data.join(innograph::output::STATE_DIR).join(format!("pushed-{}.json", &key[..16]));
        let before: Vec<String> = std::fs::read(&state).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        let now: std::collections::HashSet<&String> = summary.named.iter().collect();
        let gone: Vec<String> = before.into_iter().filter(|g| !now.contains(g)).collect();
        summary.removed = innograph::remote::delete_graphs(&remote, &gone)?;
        innograph::output::write_atomic(&state, |w| serde_json::to_writer(w, &summary.named).map_err(std::io::Error::other))?;
    }
    if !quiet {
        let secs = started.elapsed().as_secs_f64();
        let mut o = std::io::stdout().lock();
        writeln!(o, "endpoint   {endpoint}")?;
        writeln!(o, "graphs     {} replaced (the default graph and one per document), {} removed", summary.graphs, summary.removed)?;
        writeln!(o, "triples    {}{}", summary.triples, if provenance == Provenance::Include { ", mentions included" } else { "" })?;
        writeln!(o, "sent       {:.1} MB of N-Triples in {secs:.2} s ({:.0} triples/s)", summary.bytes as f64 / 1e6, summary.triples as f64 / secs.max(1e-9))?;
        writeln!(o, "retries    {}", summary.retries)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A document's JSON lines as `extract` hands them on: made (a long document's in pieces),
/// or, for a long document of a batch written as it goes, to be made when they are written.
enum Lines {
    Made(Vec<u8>),
    Pieces(Vec<Vec<u8>>),
    Deferred(Box<(innograph::DocumentResult, Vec<String>)>),
}

fn extract(inputs: &[PathBuf], format: &str, base: &str, rule_args: &RuleArgs, input: &InputArgs) -> Result<ExitCode> {
    if format != "jsonl" && format != "table" {
        bail!("unknown format '{format}' (jsonl, table)");
    }
    let options = ingest_options(input)?;
    let iris = Iris::new(base)?;
    let rules = load_rules(rule_args)?;
    if format == "jsonl" {
        // Not locked for the whole command: the worker that makes the next document in
        // order writes it.
        let mut out = std::io::BufWriter::new(std::io::stdout());
        // Each document is made into its lines on the thread that processed it, and
        // dropped: what waits to be written is lines, not documents.
        let words = innograph::resolve::across::IdentityWords::new(&rules);
        // Whether each document is written as soon as those before it are (the files'
        // names run in order, as `process_paths_in_order` asks), or all wait for the end.
        let streaming = !input.strict && innograph::ingest::collect_inputs(inputs).named_in_order();
        let make = |mut doc: innograph::DocumentResult| {
            // Neither the ids nor the lines read the decoded text (offsets map through the
            // normalised one): a long document's text goes before they are made.
            doc.source.text = String::new();
            // Nor the folded copy rules matched on.
            doc.normalised.fold = String::new();
            let ids = innograph::output::own_entity_ids(&doc, &rules, &words, &iris);
            // A long document's lines are made when it is its turn to be written, in
            // parallel pieces written as they are made: they are never all in memory. When
            // the batch is not written as it goes, they are made now, in parallel pieces, and
            // wait as lines (smaller than the document).
            if innograph::output::jsonl_in_pieces(&doc) {
                if !streaming {
                    return Lines::Pieces(innograph::output::document_jsonl_pieces(&doc, &ids));
                }
                return Lines::Deferred(Box::new((doc, ids)));
            }
            let mut lines = Vec::new();
            innograph::output::document_jsonl_into(&doc, &ids, &mut lines);
            // Lines that wait for a document before them (or for the sort, when the
            // inputs are named out of order) are kept without the slack of their growth.
            lines.shrink_to_fit();
            Lines::Made(lines)
        };
        // Each document's lines are written as soon as those before it are: the output
        // is never held whole. The first failed write ends the writing, and is the error.
        let mut written: std::io::Result<()> = Ok(());
        let mut emit = |lines: Lines| {
            if written.is_err() {
                return;
            }
            match lines {
                Lines::Made(lines) => written = out.write_all(&lines),
                Lines::Pieces(pieces) => written = pieces.iter().try_for_each(|piece| out.write_all(piece)),
                Lines::Deferred(made) => {
                    let (doc, ids) = *made;
                    written = innograph::output::write_document_jsonl_pieces(&doc, &ids, &mut |piece| out.write_all(piece));
                    // Freeing a long document's mentions and entities (a million
                    // allocations for 27 MB of text) is left to another worker.
                    rayon::spawn(move || drop((doc, ids)));
                }
            }
        };
        let batch = if input.strict {
            // Nothing is written before every input has been read.
            let batch = innograph::process_paths_into(inputs, &options, &rules, &|| {}, &make);
            let documents = batch.documents.into_iter().map(&mut emit).collect();
            innograph::Batch { documents, failures: batch.failures, skipped: batch.skipped }
        } else {
            innograph::process_paths_in_order(inputs, &options, &rules, &|| {}, &make, &mut emit)
        };
        let failed = report_failures(&batch.failures);
        written?;
        out.flush()?;
        return Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS });
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let batch = innograph::process_paths(inputs, &options, &rules, &|| {});
    let failed = report_failures(&batch.failures);
    for doc in &batch.documents {
        writeln!(out, "# {}", doc.source.name)?;
        for e in &doc.resolved.entities {
            let aliases: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
            writeln!(out, "{:<12} {}  [{}]", e.entity_type.as_str(), e.name, aliases.join(", "))?;
        }
        for r in &doc.resolved.relations {
            let (s, o) = (&doc.resolved.entities[r.subject].name, &doc.resolved.entities[r.object].name);
            writeln!(out, "{:<12} {s} -{}-> {o}", "relation", r.predicate)?;
        }
    }
    out.flush()?;
    // The process ends with this command: freeing every document's text, mentions and
    // entities one allocation at a time costs a few percent of the run, for nothing.
    std::mem::forget(batch);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Where a name went in a build: its node, the node's names and documents, the merges that
/// made it and the merges refused.
fn explain_name(target: &str, data: &Path, base: &str, rule_args: &RuleArgs) -> Result<ExitCode> {
    let iris = Iris::new(base)?;
    let rules = load_rules(rule_args)?;
    let manifest = innograph::output::read_manifest(data)?;
    let mut records = innograph::output::read_records(data, &manifest)?;
    innograph::canonical_order(&mut records);
    let graph = innograph::graph::KnowledgeGraph::build(&records);
    // Names match as the scorer and users' eyes do: without spaces and quote marks, in
    // simplified characters.
    let norm = |s: &str| {
        use unicode_normalization::UnicodeNormalization;
        rules.normalise.fold.fold_str(&innograph::resolve::key_of(&s.nfkc().collect::<String>()))
    };
    let wanted = norm(target);
    let mut found: std::collections::BTreeMap<usize, Vec<(usize, usize)>> = std::collections::BTreeMap::new();
    for (d, r) in records.iter().enumerate() {
        for (e, ent) in r.entities.iter().enumerate() {
            if std::iter::once(&ent.name).chain(&ent.aliases).any(|n| norm(n) == wanted) {
                found.entry(graph.doc_nodes[d][e].index()).or_default().push((d, e));
            }
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if found.is_empty() {
        writeln!(out, "no entity of {} is named {target}", data.display())?;
        out.flush()?;
        return Ok(ExitCode::from(1));
    }
    let at = |(d, e): (usize, usize)| format!("{} ({})", records[d].entities[e].name, records[d].name);
    for (node, uses) in &found {
        let n = &graph.graph[petgraph::graph::NodeIndex::new(*node)];
        for &u in uses {
            writeln!(out, "{target} in {} → {}", records[u.0].name, iris.entity(n.entity_type, &n.key))?;
        }
        writeln!(out, "  {} {}", n.entity_type, n.name)?;
        writeln!(out, "  names:")?;
        for (name, docs) in &n.names {
            let docs: std::collections::BTreeSet<&str> = docs.iter().map(|&d| records[d].name.as_str()).collect();
            writeln!(out, "    {name}  {}", docs.into_iter().collect::<Vec<_>>().join(", "))?;
        }
        if !n.same_as.is_empty() {
            writeln!(out, "  same as (earlier IRIs of its names):")?;
            for k in &n.same_as {
                writeln!(out, "    {}  {k}", iris.entity(n.entity_type, k))?;
            }
        }
        if !n.merges.is_empty() {
            writeln!(out, "  merged:")?;
            for m in &n.merges {
                writeln!(out, "    {}  {} → {}: {}", m.rule, at(m.from), at(m.into), m.evidence)?;
            }
        }
        let kept: Vec<&innograph::resolve::across::Refusal> =
            graph.refusals.iter().filter(|r| n.members.contains(&r.item) || r.other.is_some_and(|o| n.members.contains(&o))).collect();
        if !kept.is_empty() {
            writeln!(out, "  kept apart:")?;
            for r in kept {
                match r.other {
                    Some(o) => writeln!(out, "    {} / {}: {}", at(r.item), at(o), r.reason)?,
                    None => writeln!(out, "    {}: {}", at(r.item), r.reason)?,
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn explain(target: &str, rule_args: &RuleArgs, input: &InputArgs) -> Result<ExitCode> {
    let options = ingest_options(input)?;
    let rules = load_rules(rule_args)?;
    let path = Path::new(target);
    let source = if path.is_file() {
        innograph::ingest::read_document(path, &options).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
    } else {
        innograph::process_text("(text)", target, &rules).source
    };
    let doc = innograph::process_document_with(source, &rules, true);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Some(l) = &doc.locality {
        writeln!(out, "locality: {l}")?;
    }
    let mut trace = doc.extraction.trace.clone();
    trace.sort_by_key(|t| (t.start, t.end, t.rule.clone()));
    trace.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rule == b.rule && a.outcome == b.outcome);
    for t in &trace {
        let outcome = match &t.outcome {
            innograph::extract::Outcome::Accepted => "accepted".to_string(),
            innograph::extract::Outcome::Rejected(why) => format!("rejected: {why}"),
            innograph::extract::Outcome::Overlapped(by) => format!("overlapped by {by}"),
        };
        let kind = if t.rule == innograph::extract::figures::RULE_ID { "Figure" } else { t.entity_type.as_str() };
        writeln!(out, "{:>5}..{:<5} {:<12} {:<28} {}  {}", t.start, t.end, kind, t.rule, t.text, outcome)?;
    }
    writeln!(out, "-- entities")?;
    for e in &doc.resolved.entities {
        let aliases: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
        writeln!(out, "{:<12} {}  [{}]", e.entity_type.as_str(), e.name, aliases.join(", "))?;
    }
    writeln!(out, "-- relations")?;
    for r in &doc.resolved.relations {
        let (s, o) = (&doc.resolved.entities[r.subject].name, &doc.resolved.entities[r.object].name);
        let rules_used: Vec<&str> = r.evidence.iter().map(|&i| doc.extraction.relations[i].rule.as_str()).collect();
        writeln!(out, "{s} -{}-> {o}  ({})", r.predicate, rules_used.join(", "))?;
    }
    writeln!(out, "-- figures")?;
    for o in &doc.extraction.observations {
        let classifier = o.classifier.as_deref().unwrap_or("");
        let period = o.period.as_deref().unwrap_or("?");
        writeln!(out, "{}  = {} {}{}  ({period}; {})", o.indicator, o.value, o.unit, if classifier.is_empty() { String::new() } else { format!(" [{classifier}]") }, doc.normalised.slice(o.label_start, o.end))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

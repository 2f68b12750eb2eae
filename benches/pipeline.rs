//! Stage benchmarks on the synthetic corpus (`benches/corpus/`): normalise, extract,
//! resolve, RDF writing, dump loading, and each query of `ontology/queries/`.
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```
//!
//! Whole-process figures (builds at 10, 30 and 100 MB, the jieba peer, serving) come from
//! `scripts/bench.sh`; both are recorded in BENCHMARKS.md.

#[path = "corpus/generator.rs"]
mod generator;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use innograph::rules::RuleSet;
use std::hint::black_box;

/// Size of the in-memory corpus: large enough for steady figures, small enough that a
/// sample takes well under a second.
const CORPUS_BYTES: usize = 2_000_000;

fn corpus() -> Vec<(String, String)> {
    let mut docs = Vec::new();
    generator::generate(CORPUS_BYTES, 7, |name, text| docs.push((name.to_string(), text.to_string())));
    docs
}

fn stages(c: &mut Criterion) {
    let rules = RuleSet::defaults().expect("default rules");
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|(_, t)| t.len() as u64).sum();
    let normalised: Vec<_> = docs.iter().map(|(_, t)| innograph::normalise::normalise(t, &rules.normalise)).collect();
    let extracted: Vec<_> = normalised.iter().map(|n| innograph::extract::extract(n, &rules, false)).collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("normalise", |b| {
        b.iter(|| docs.iter().map(|(_, t)| innograph::normalise::normalise(black_box(t), &rules.normalise).len_chars()).sum::<usize>())
    });
    g.bench_function("extract", |b| {
        b.iter(|| normalised.iter().map(|n| innograph::extract::extract(black_box(n), &rules, false).mentions.len()).sum::<usize>())
    });
    g.bench_function("resolve", |b| {
        b.iter(|| {
            normalised.iter().zip(&extracted).map(|(n, x)| innograph::resolve::resolve(black_box(n), x, &rules).entities.len()).sum::<usize>()
        })
    });
    g.bench_function("normalise+extract+resolve", |b| {
        b.iter(|| docs.iter().map(|(name, t)| innograph::process_text(name, black_box(t), &rules).resolved.entities.len()).sum::<usize>())
    });
    g.finish();
}

fn rdf_and_queries(c: &mut Criterion) {
    let rules = RuleSet::defaults().expect("default rules");
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|(_, t)| t.len() as u64).sum();
    let mut records: Vec<_> =
        docs.iter().map(|(name, t)| innograph::record::DocumentRecord::new(&innograph::process_text(name, t, &rules), &rules)).collect();
    innograph::canonical_order(&mut records);
    let iris = innograph::rdf::Iris::new(innograph::rdf::DEFAULT_BASE).expect("base");
    let graph = innograph::graph::KnowledgeGraph::build(&records);

    let mut g = c.benchmark_group("rdf");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("entity graph", |b| b.iter(|| innograph::graph::KnowledgeGraph::build(black_box(&records)).graph.node_count()));
    let node_iri = innograph::rdf::node_iris(&graph, &iris);
    g.bench_function("document graphs (N-Quads and TriG)", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            for (i, r) in records.iter().enumerate() {
                let entity_iri = innograph::rdf::document_entity_iris(&graph, &node_iri, i);
                let d = innograph::rdf::document_graphs(black_box(r), &entity_iri, &iris, &rules.fingerprint);
                d.graph.write_nquads(&mut out).unwrap();
                d.provenance.write_nquads(&mut out).unwrap();
                out.extend(d.graph.trig());
            }
            out.len()
        })
    });
    g.bench_function("write build", |b| {
        let dir = tempfile::tempdir().unwrap();
        let store = innograph::output::RecordStore::new(dir.path(), &rules.fingerprint, None);
        let manifest = store.manifest(&records);
        b.iter(|| {
            innograph::output::write_build(dir.path(), &graph, &records, &iris, &rules.fingerprint, &manifest, Default::default())
                .unwrap()
                .quads
        })
    });
    g.finish();

    // A dump of the corpus, loaded as query and serve load it.
    let dir = tempfile::tempdir().unwrap();
    let store = innograph::output::RecordStore::new(dir.path(), &rules.fingerprint, None);
    innograph::output::write_build(dir.path(), &graph, &records, &iris, &rules.fingerprint, &store.manifest(&records), Default::default())
        .unwrap();
    let dump_bytes = ["graph.nq", "provenance.nq"].iter().map(|f| std::fs::metadata(dir.path().join(f)).unwrap().len()).sum();
    let mut g = c.benchmark_group("load");
    g.throughput(Throughput::Bytes(dump_bytes));
    g.sample_size(10);
    g.bench_function("bulk load graph.nq + provenance.nq", |b| {
        b.iter(|| innograph::store::load_with(dir.path(), innograph::store::Provenance::Include).unwrap().len().unwrap())
    });
    g.finish();

    let loaded = innograph::store::load_with(dir.path(), innograph::store::Provenance::Include).unwrap();
    let mut g = c.benchmark_group("queries");
    g.sample_size(10);
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/queries")).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let q = std::fs::read_to_string(&f).unwrap();
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        g.bench_with_input(BenchmarkId::from_parameter(name), &q, |b, q| {
            b.iter(|| {
                let mut out = std::io::sink();
                innograph::store::query(&loaded, q, innograph::store::ResultFormat::Tsv, &mut out).unwrap()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, stages, rdf_and_queries);
criterion_main!(benches);

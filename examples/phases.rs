//! Wall time of each phase of `extract` for the documents of a folder or a file, one core:
//! read, normalise, extract, resolve, entity ids, JSON lines.
//!
//! ```sh
//! cargo run --release --example phases -- FILE_OR_DIR
//! ```

use innograph::ingest::{read_document, IngestOptions};
use innograph::rules::RuleSet;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/sample".into());
    let rules = RuleSet::defaults().expect("default rules");
    let words = innograph::resolve::across::IdentityWords::new(&rules);
    let iris = innograph::rdf::Iris::new("https://example.org/").expect("iri");
    let set = innograph::ingest::collect_inputs(&[path.into()]);
    let mut t = [0.0f64; 6];
    let mut bytes = 0usize;
    for f in &set.files {
        let t0 = Instant::now();
        let source = read_document(f, &IngestOptions::default()).expect("readable");
        bytes += source.text.len();
        let t1 = Instant::now();
        let normalised = innograph::normalise::normalise(&source.text, &rules.normalise);
        let t2 = Instant::now();
        let extraction = innograph::extract::extract(&normalised, &rules, false);
        let t3 = Instant::now();
        let resolved = innograph::resolve::resolve(&normalised, &extraction, &rules);
        let t4 = Instant::now();
        let locality = resolved.locality.map(|p| rules.gazetteer.places[p].name.clone());
        let doc = innograph::DocumentResult { source, normalised, extraction, resolved, locality };
        let ids = innograph::output::own_entity_ids(&doc, &rules, &words, &iris);
        let t5 = Instant::now();
        let lines = innograph::output::document_jsonl_pieces(&doc, &ids);
        let t6 = Instant::now();
        std::hint::black_box(&lines);
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6)].into_iter().enumerate() {
            t[k] += (b - a).as_secs_f64();
        }
    }
    println!(
        "{} documents, {:.1} MB: read {:.3} s, normalise {:.3}, extract {:.3}, resolve {:.3}, ids {:.3}, jsonl {:.3}",
        set.files.len(),
        bytes as f64 / 1e6,
        t[0], t[1], t[2], t[3], t[4], t[5]
    );
}

//! Extraction throughput (normalise + extract + resolve) on one core, over a corpus made of
//! repeated copies of the given documents.
//!
//! ```sh
//! cargo run --release --example throughput -- data/sample 200
//! ```

use innograph::ingest::{read_document, IngestOptions};
use innograph::rules::RuleSet;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "data/sample".into());
    let copies: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let rules = RuleSet::defaults().expect("default rules");
    let set = innograph::ingest::collect_inputs(&[path.into()]);
    let docs: Vec<_> = set.files.iter().map(|f| read_document(f, &IngestOptions::default()).expect("readable")).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * copies;
    let mut runs = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let mut entities = 0;
        for _ in 0..copies {
            for d in &docs {
                entities += innograph::process_document(d.clone(), &rules).resolved.entities.len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        runs.push(bytes as f64 / secs / 1e6);
        std::hint::black_box(entities);
    }
    runs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "{} documents x {copies} = {:.1} MB: median {:.2} MB/s on one core (runs: {})",
        docs.len(),
        bytes as f64 / 1e6,
        runs[runs.len() / 2],
        runs.iter().map(|r| format!("{r:.2}")).collect::<Vec<_>>().join(", ")
    );
}

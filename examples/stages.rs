//! Throughput of each stage (normalise, extract, resolve) on one core, over the documents
//! of a folder read again and again, so that stage costs can be compared.
//!
//! ```sh
//! cargo run --release --example stages -- ../shared/eval/dev/docs 20
//! ```

use innograph::ingest::{read_document, IngestOptions};
use innograph::rules::RuleSet;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "data/sample".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let rules = RuleSet::defaults().expect("default rules");
    let set = innograph::ingest::collect_inputs(&[path.into()]);
    let texts: Vec<String> = set.files.iter().map(|f| read_document(f, &IngestOptions::default()).expect("readable").text).collect();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * rounds;
    let (mut normalise, mut extract, mut resolve) = (0.0, 0.0, 0.0);
    for _ in 0..rounds {
        for text in &texts {
            let t0 = Instant::now();
            let n = innograph::normalise::normalise(text, &rules.normalise);
            let t1 = Instant::now();
            let x = innograph::extract::extract(&n, &rules, false);
            let t2 = Instant::now();
            std::hint::black_box(innograph::resolve::resolve(&n, &x, &rules));
            let t3 = Instant::now();
            normalise += (t1 - t0).as_secs_f64();
            extract += (t2 - t1).as_secs_f64();
            resolve += (t3 - t2).as_secs_f64();
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents x {rounds} = {mb:.1} MB, MB/s on one core: normalise {:.1}, extract {:.1}, resolve {:.1}; all three {:.1}",
        texts.len(),
        mb / normalise,
        mb / extract,
        mb / resolve,
        mb / (normalise + extract + resolve)
    );
}

//! Time spent by each rule's regex on a document, to find the slow ones.
//!
//! ```sh
//! cargo run --release --example rule_timing -- data/sample/taixing-2022-kejiju.txt
//! ```
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/sample/taixing-2022-kejiju.txt".into());
    let rules = innograph::rules::RuleSet::defaults().expect("default rules");
    let text = std::fs::read_to_string(&path).expect("readable");
    let doc = innograph::normalise::normalise(&text, &rules.normalise);
    let big = doc.text.repeat(50);
    let mut rows = Vec::new();
    for r in &rules.entity_rules {
        let t = Instant::now();
        let n = r.regex.captures_iter(&big).count();
        rows.push((t.elapsed().as_secs_f64() * 1000.0, r.id.clone(), n));
    }
    for r in &rules.relation_rules {
        let t = Instant::now();
        let n = r.regex.captures_iter(&big).count();
        rows.push((t.elapsed().as_secs_f64() * 1000.0, r.id.clone(), n));
    }
    rows.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    for (ms, id, n) in rows {
        println!("{ms:8.2} ms  {n:6}  {id}");
    }
}

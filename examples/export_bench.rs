//! Time of each export writer on a synthetic graph of 100,000 entities and 200,000 relations.
//!
//! ```sh
//! cargo run --release --example export_bench
//! ```
use innograph::export::{self, ExportEdge, ExportGraph, ExportNode};
use std::time::Instant;

fn main() {
    let n = 100_000usize;
    let types = ["Enterprise", "Platform", "Program", "Agency"];
    let mut g = ExportGraph::new();
    let nodes: Vec<_> = (0..n)
        .map(|i| {
            g.add_node(ExportNode {
                iri: format!("https://innograph.example/id/x/{i:016x}"),
                entity_type: types[i % 4].to_string(),
                label: format!("测试实体{i}号科技有限公司"),
                level: None,
                mentions: 1 + i % 7,
                aliases: vec![format!("实体{i}")],
                evidence: vec![],
            })
        })
        .collect();
    for i in 0..2 * n {
        let (a, b) = (nodes[(i * 7919) % n], nodes[(i * 104_729 + 1) % n]);
        g.add_edge(a, b, ExportEdge { predicate: "hasPlatform".into(), evidence: 1, sentences: vec![], files: vec![] });
    }
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let t = Instant::now();
        let bytes = f();
        println!("{name:10} {:6.2} s  {:6.1} MB", t.elapsed().as_secs_f64(), bytes as f64 / 1e6);
    };
    println!("{} entities, {} relations", g.node_count(), g.edge_count());
    time("graphml", &|| export::graphml(&g).len());
    time("gexf", &|| export::gexf(&g).len());
    time("dot", &|| export::dot(&g).len());
    time("cytoscape", &|| export::cytoscape(&g).len());
    time("neo4j", &|| {
        let (a, b) = export::neo4j(&g);
        a.len() + b.len()
    });
    time("html", &|| export::html(&g, "bench").len());
}

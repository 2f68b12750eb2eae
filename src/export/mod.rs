//! Export: the graph in the formats graph tools open as they are (GraphML for Gephi, yEd,
//! Cytoscape and networkx; GEXF 1.3 for Gephi; DOT for Graphviz; Cytoscape.js JSON; Neo4j
//! admin-import CSV), and a self-contained HTML page to look at it.
//!
//! Writers take an [`ExportGraph`] (a petgraph graph, read from a build's dump by the store
//! module) and are pure: same graph, same bytes. Nodes come in IRI order, edges in (source,
//! predicate, target) order.

mod view;

pub use view::html;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde_json::json;
use std::collections::{BTreeSet, VecDeque};
use std::fmt::Write;

/// A node as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportNode {
    /// Entity IRI.
    pub iri: String,
    /// Entity type (`Enterprise`...).
    pub entity_type: String,
    /// Preferred label.
    pub label: String,
    /// Level (`Provincial`...), if any.
    pub level: Option<String>,
    /// Mentions over all documents.
    pub mentions: usize,
    /// Other names.
    pub aliases: Vec<String>,
    /// Where it is mentioned: (file, begin, end, anchor text, rule).
    pub evidence: Vec<(String, usize, usize, String, String)>,
}

/// An edge as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportEdge {
    /// Predicate name (`hasPlatform`...).
    pub predicate: String,
    /// How many pieces of evidence state it.
    pub evidence: usize,
    /// The sentences that state it.
    pub sentences: Vec<String>,
    /// The files (names) of the documents that state it, in order: the view's document
    /// filter shows a relation only in the documents that say it.
    pub files: Vec<String>,
}

/// The graph to export.
pub type ExportGraph = DiGraph<ExportNode, ExportEdge>;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GraphML with typed keys and yEd labels.
    GraphMl,
    /// GEXF 1.3 with colours.
    Gexf,
    /// Graphviz DOT.
    Dot,
    /// Cytoscape.js JSON.
    Cytoscape,
    /// Neo4j admin-import CSV (a folder).
    Neo4j,
}

impl ExportFormat {
    /// Parses a format name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.to_ascii_lowercase().as_str() {
            "graphml" => Self::GraphMl,
            "gexf" => Self::Gexf,
            "dot" | "gv" | "graphviz" => Self::Dot,
            "cytoscape" | "cyjs" | "json" => Self::Cytoscape,
            "neo4j" | "csv" => Self::Neo4j,
            _ => return None,
        })
    }

    /// The file name it is written to by default (a folder for Neo4j).
    pub fn default_file(self) -> &'static str {
        match self {
            Self::GraphMl => "graph.graphml",
            Self::Gexf => "graph.gexf",
            Self::Dot => "graph.dot",
            Self::Cytoscape => "graph.cyjs",
            Self::Neo4j => "neo4j",
        }
    }
}

/// What part of the graph to export.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep only these entity types (all when empty).
    pub types: BTreeSet<String>,
    /// Keep only these predicates (all when empty).
    pub predicates: BTreeSet<String>,
    /// Keep only nodes with at least this many edges (after the filters above).
    pub min_degree: usize,
    /// Keep only the neighbourhood of the entity with this name or alias...
    pub around: Option<String>,
    /// ...up to this many steps away.
    pub depth: usize,
}

/// Colour of a type (RGB), the same in every format.
pub fn colour(entity_type: &str) -> (u8, u8, u8) {
    match entity_type {
        "Enterprise" => (31, 119, 180),
        "Platform" => (44, 160, 44),
        "Program" => (255, 127, 14),
        "Agency" => (214, 39, 40),
        "Place" => (148, 103, 189),
        "Institution" => (140, 86, 75),
        "Project" => (227, 119, 194),
        "Event" => (127, 127, 127),
        _ => (188, 189, 34),
    }
}

fn hex_colour(t: &str) -> String {
    let (r, g, b) = colour(t);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Applies a filter, keeping node and edge order.
pub fn filter(g: &ExportGraph, f: &Filter) -> Result<ExportGraph, String> {
    let mut keep: Vec<bool> = g.node_weights().map(|n| f.types.is_empty() || f.types.contains(&n.entity_type)).collect();
    let edge_ok = |p: &str| f.predicates.is_empty() || f.predicates.contains(p);
    if let Some(name) = &f.around {
        let starts: Vec<NodeIndex> =
            g.node_indices().filter(|&i| g[i].label == *name || g[i].aliases.iter().any(|a| a == name)).collect();
        if starts.is_empty() {
            return Err(format!("no entity is named '{name}'"));
        }
        let mut dist = vec![usize::MAX; g.node_count()];
        let mut queue = VecDeque::new();
        for s in starts {
            dist[s.index()] = 0;
            queue.push_back(s);
        }
        while let Some(n) = queue.pop_front() {
            if dist[n.index()] >= f.depth {
                continue;
            }
            for dir in [Direction::Outgoing, Direction::Incoming] {
                for e in g.edges_directed(n, dir) {
                    let m = if dir == Direction::Outgoing { e.target() } else { e.source() };
                    if edge_ok(&e.weight().predicate) && keep[m.index()] && dist[m.index()] == usize::MAX {
                        dist[m.index()] = dist[n.index()] + 1;
                        queue.push_back(m);
                    }
                }
            }
        }
        for (i, k) in keep.iter_mut().enumerate() {
            *k = *k && dist[i] != usize::MAX;
        }
    }
    if f.min_degree > 0 {
        let mut degree = vec![0usize; g.node_count()];
        for e in g.edge_references() {
            if edge_ok(&e.weight().predicate) && keep[e.source().index()] && keep[e.target().index()] {
                degree[e.source().index()] += 1;
                degree[e.target().index()] += 1;
            }
        }
        for (i, k) in keep.iter_mut().enumerate() {
            *k = *k && degree[i] >= f.min_degree;
        }
    }
    let mut out = ExportGraph::new();
    let mut map = vec![None; g.node_count()];
    for i in g.node_indices() {
        if keep[i.index()] {
            map[i.index()] = Some(out.add_node(g[i].clone()));
        }
    }
    for e in g.edge_references() {
        if let (Some(s), Some(t)) = (map[e.source().index()], map[e.target().index()]) {
            if edge_ok(&e.weight().predicate) {
                out.add_edge(s, t, e.weight().clone());
            }
        }
    }
    Ok(out)
}

/// Escapes text for XML content and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// GraphML with typed `attr.type` keys (Gephi, Cytoscape, networkx) and yEd node labels.
pub fn graphml(g: &ExportGraph) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"http://www.yworks.com/xml/graphml\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n",
    );
    for (id, name, ty) in [("label", "label", "string"), ("type", "type", "string"), ("iri", "iri", "string"), ("level", "level", "string"), ("mentions", "mentions", "int")] {
        let _ = writeln!(s, "  <key id=\"{id}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>");
    }
    s.push_str("  <key id=\"yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
    s.push_str("  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n");
    s.push_str("  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"int\"/>\n");
    s.push_str("  <graph id=\"innograph\" edgedefault=\"directed\">\n");
    for n in g.node_weights() {
        let _ = writeln!(s, "    <node id=\"{}\">", xml(&n.iri));
        let _ = writeln!(s, "      <data key=\"label\">{}</data>", xml(&n.label));
        let _ = writeln!(s, "      <data key=\"type\">{}</data>", xml(&n.entity_type));
        let _ = writeln!(s, "      <data key=\"iri\">{}</data>", xml(&n.iri));
        let _ = writeln!(s, "      <data key=\"level\">{}</data>", xml(n.level.as_deref().unwrap_or("")));
        let _ = writeln!(s, "      <data key=\"mentions\">{}</data>", n.mentions);
        let width = 30 + 14 * n.label.chars().count();
        let _ = writeln!(
            s,
            "      <data key=\"yed\"><y:ShapeNode><y:Geometry height=\"30.0\" width=\"{width}.0\"/><y:Fill color=\"{}\" transparent=\"false\"/><y:NodeLabel>{}</y:NodeLabel></y:ShapeNode></data>",
            hex_colour(&n.entity_type).to_uppercase(),
            xml(&n.label)
        );
        s.push_str("    </node>\n");
    }
    for (i, e) in g.edge_references().enumerate() {
        let _ = writeln!(s, "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">", xml(&g[e.source()].iri), xml(&g[e.target()].iri));
        let _ = writeln!(s, "      <data key=\"predicate\">{}</data>", xml(&e.weight().predicate));
        let _ = writeln!(s, "      <data key=\"evidence\">{}</data>", e.weight().evidence);
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// GEXF 1.3 with a colour per entity type (Gephi, Gephi Lite).
pub fn gexf(g: &ExportGraph) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    s.push_str("  <meta><creator>innograph</creator><description>Knowledge graph of science and technology documents</description></meta>\n");
    s.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    s.push_str("    <attributes class=\"node\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n      <attribute id=\"level\" title=\"level\" type=\"string\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n    </attributes>\n");
    s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"predicate\" title=\"predicate\" type=\"string\"/>\n      <attribute id=\"evidence\" title=\"evidence\" type=\"integer\"/>\n    </attributes>\n");
    s.push_str("    <nodes>\n");
    for n in g.node_weights() {
        let (r, gg, b) = colour(&n.entity_type);
        let _ = writeln!(s, "      <node id=\"{}\" label=\"{}\">", xml(&n.iri), xml(&n.label));
        let _ = writeln!(
            s,
            "        <attvalues><attvalue for=\"type\" value=\"{}\"/><attvalue for=\"iri\" value=\"{}\"/><attvalue for=\"level\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/></attvalues>",
            xml(&n.entity_type),
            xml(&n.iri),
            xml(n.level.as_deref().unwrap_or("")),
            n.mentions
        );
        let _ = writeln!(s, "        <viz:color r=\"{r}\" g=\"{gg}\" b=\"{b}\"/>\n        <viz:size value=\"{}\"/>", 5 + n.mentions.min(20));
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edge_references().enumerate() {
        let w = e.weight();
        let _ = writeln!(
            s,
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"predicate\" value=\"{}\"/><attvalue for=\"evidence\" value=\"{}\"/></attvalues></edge>",
            xml(&g[e.source()].iri),
            xml(&g[e.target()].iri),
            xml(&w.predicate),
            w.evidence.max(1),
            xml(&w.predicate),
            w.evidence
        );
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

fn dot_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Graphviz DOT with a CJK-capable font, and a shape and colour per type.
pub fn dot(g: &ExportGraph) -> String {
    let font = "Noto Sans CJK SC";
    let mut s = format!(
        "digraph innograph {{\n  graph [rankdir=LR, fontname={f}, overlap=false, splines=true];\n  node [fontname={f}, style=filled, fontcolor=white, fontsize=12];\n  edge [fontname={f}, fontsize=10, color=\"#666666\"];\n",
        f = dot_string(font)
    );
    for n in g.node_weights() {
        let shape = match n.entity_type.as_str() {
            "Enterprise" => "box",
            "Platform" => "hexagon",
            "Program" => "note",
            "Agency" => "house",
            "Place" => "ellipse",
            "Institution" => "box3d",
            "Project" => "component",
            "Event" => "oval",
            _ => "tab",
        };
        let _ = writeln!(
            s,
            "  {} [label={}, shape={shape}, fillcolor=\"{}\", tooltip={}];",
            dot_string(&n.iri),
            dot_string(&n.label),
            hex_colour(&n.entity_type),
            dot_string(&n.entity_type)
        );
    }
    for e in g.edge_references() {
        let _ = writeln!(s, "  {} -> {} [label={}];", dot_string(&g[e.source()].iri), dot_string(&g[e.target()].iri), dot_string(&e.weight().predicate));
    }
    s.push_str("}\n");
    s
}

/// Cytoscape.js JSON (`{"elements": {"nodes": [...], "edges": [...]}}`).
pub fn cytoscape(g: &ExportGraph) -> String {
    let nodes: Vec<_> = g
        .node_weights()
        .map(|n| {
            json!({"data": {"id": n.iri, "label": n.label, "type": n.entity_type, "iri": n.iri, "level": n.level, "mentions": n.mentions, "color": hex_colour(&n.entity_type)}})
        })
        .collect();
    let edges: Vec<_> = g
        .edge_references()
        .enumerate()
        .map(|(i, e)| {
            json!({"data": {"id": format!("e{i}"), "source": g[e.source()].iri, "target": g[e.target()].iri, "predicate": e.weight().predicate, "evidence": e.weight().evidence}})
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({"elements": {"nodes": nodes, "edges": edges}})).expect("JSON values serialise");
    s.push('\n');
    s
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Neo4j admin-import CSV: `(nodes.csv, relationships.csv)`.
pub fn neo4j(g: &ExportGraph) -> (String, String) {
    let mut nodes = String::from("iri:ID,name,level,mentions:int,aliases:string[],:LABEL\n");
    for n in g.node_weights() {
        let _ = writeln!(
            nodes,
            "{},{},{},{},{},{}",
            csv_field(&n.iri),
            csv_field(&n.label),
            csv_field(n.level.as_deref().unwrap_or("")),
            n.mentions,
            csv_field(&n.aliases.iter().map(|a| a.replace(';', ",")).collect::<Vec<_>>().join(";")),
            csv_field(&format!("Entity;{}", n.entity_type))
        );
    }
    let mut rels = String::from(":START_ID,:END_ID,:TYPE,evidence:int\n");
    for e in g.edge_references() {
        let _ = writeln!(rels, "{},{},{},{}", csv_field(&g[e.source()].iri), csv_field(&g[e.target()].iri), csv_field(&e.weight().predicate), e.weight().evidence);
    }
    (nodes, rels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ExportGraph {
        let mut g = ExportGraph::new();
        let node = |iri: &str, t: &str, label: &str| ExportNode {
            iri: iri.into(),
            entity_type: t.into(),
            label: label.into(),
            level: None,
            mentions: 1,
            aliases: vec![],
            evidence: vec![],
        };
        let a = g.add_node(node("urn:a", "Enterprise", "甲公司 & \"乙\""));
        let b = g.add_node(node("urn:b", "Platform", "甲研究院"));
        let c = g.add_node(node("urn:c", "Agency", "丙局"));
        g.add_edge(a, b, ExportEdge { predicate: "hasPlatform".into(), evidence: 1, sentences: vec![], files: vec![] });
        g.add_edge(c, a, ExportEdge { predicate: "administers".into(), evidence: 2, sentences: vec![], files: vec![] });
        g
    }

    #[test]
    fn filters() {
        let g = sample();
        let f = Filter { around: Some("甲研究院".into()), depth: 1, ..Filter::default() };
        assert_eq!(filter(&g, &f).unwrap().node_count(), 2);
        let f = Filter { around: Some("甲研究院".into()), depth: 2, ..Filter::default() };
        assert_eq!(filter(&g, &f).unwrap().node_count(), 3);
        let f = Filter { predicates: ["hasPlatform".to_string()].into(), min_degree: 1, ..Filter::default() };
        assert_eq!(filter(&g, &f).unwrap().node_count(), 2);
        let f = Filter { types: ["Agency".to_string()].into(), ..Filter::default() };
        assert_eq!(filter(&g, &f).unwrap().edge_count(), 0);
        assert!(filter(&g, &Filter { around: Some("无".into()), ..Filter::default() }).is_err());
    }

    #[test]
    fn escaping() {
        let g = sample();
        assert!(graphml(&g).contains("甲公司 &amp; &quot;乙&quot;"));
        assert!(dot(&g).contains("label=\"甲公司 & \\\"乙\\\"\""));
        assert!(neo4j(&g).0.contains("\"甲公司 & \"\"乙\"\"\""));
    }
}

//! Graph: every document's entities and relations merged into one petgraph graph.
//!
//! Entities of the same type and key are one node across documents. Nodes are added in key
//! order and edges in (subject, predicate, object) order, so the graph, and everything
//! written from it, is the same for the same inputs whatever order they came in.

use crate::model::{EntityType, Level, Predicate};
use crate::record::DocumentRecord;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

/// Where a fact was found: a document (index into the build's records) and an index into
/// that document's relations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    /// Document index.
    pub doc: usize,
    /// Relation index within the document's record.
    pub item: usize,
}

/// An entity node.
#[derive(Debug, Clone)]
pub struct EntityNode {
    /// Type.
    pub entity_type: EntityType,
    /// Identity key (normalised canonical name).
    pub key: String,
    /// Display name.
    pub name: String,
    /// Every other surface form, across documents.
    pub aliases: BTreeSet<String>,
    /// Number of mentions, over all documents.
    pub mentions: usize,
    /// The documents that mention it (indices into the build's records), ascending.
    pub documents: Vec<usize>,
    /// Level, and the place a named level refers to.
    pub level: Option<(Level, Option<String>)>,
    /// For a designation, the category concept it narrows.
    pub concept: Option<String>,
}

/// A relation edge.
#[derive(Debug, Clone)]
pub struct RelationEdge {
    /// Predicate.
    pub predicate: Predicate,
    /// The document relations that state it.
    pub evidence: Vec<Evidence>,
}

/// The knowledge graph of a build.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    /// Entities and relations.
    pub graph: DiGraph<EntityNode, RelationEdge>,
    /// For each document, for each of its resolved entities, its node.
    pub doc_nodes: Vec<Vec<NodeIndex>>,
}

impl KnowledgeGraph {
    /// Builds the graph from the records of a build's documents (in the build's order).
    pub fn build(docs: &[DocumentRecord]) -> Self {
        let mut nodes: BTreeMap<(EntityType, String), EntityNode> = BTreeMap::new();
        for (d, doc) in docs.iter().enumerate() {
            for e in &doc.entities {
                let node = nodes.entry((e.entity_type, e.key.clone())).or_insert_with(|| EntityNode {
                    entity_type: e.entity_type,
                    key: e.key.clone(),
                    name: e.name.clone(),
                    aliases: BTreeSet::new(),
                    mentions: 0,
                    documents: Vec::new(),
                    level: None,
                    concept: None,
                });
                // Same key, same name grammar: the first document's reading stands.
                node.level = node.level.clone().or_else(|| e.level.clone());
                node.concept = node.concept.clone().or_else(|| e.concept.clone());
                // Across documents, the fullest name wins, then the smallest: independent of
                // input order.
                if (e.name.chars().count(), std::cmp::Reverse(&e.name)) > (node.name.chars().count(), std::cmp::Reverse(&node.name)) {
                    let old = std::mem::replace(&mut node.name, e.name.clone());
                    node.aliases.insert(old);
                }
                node.aliases.extend(e.aliases.iter().cloned());
                node.aliases.insert(e.name.clone());
                node.mentions += e.mentions;
                if node.documents.last() != Some(&d) {
                    node.documents.push(d);
                }
            }
        }
        let mut graph = DiGraph::with_capacity(nodes.len(), 0);
        let mut index = BTreeMap::new();
        for (k, mut n) in nodes {
            let name = n.name.clone();
            n.aliases.remove(&name);
            index.insert(k, graph.add_node(n));
        }
        let doc_nodes: Vec<Vec<NodeIndex>> = docs
            .iter()
            .map(|doc| doc.entities.iter().map(|e| index[&(e.entity_type, e.key.clone())]).collect())
            .collect();
        let mut edges: BTreeMap<(NodeIndex, Predicate, NodeIndex), Vec<Evidence>> = BTreeMap::new();
        for (d, doc) in docs.iter().enumerate() {
            for (item, r) in doc.relations.iter().enumerate() {
                let key = (doc_nodes[d][r.subject], r.predicate, doc_nodes[d][r.object]);
                edges.entry(key).or_default().push(Evidence { doc: d, item });
            }
        }
        for ((s, p, o), mut evidence) in edges {
            evidence.sort_unstable();
            graph.add_edge(s, o, RelationEdge { predicate: p, evidence });
        }
        Self { graph, doc_nodes }
    }

    /// Number of entities of each type.
    pub fn counts_by_type(&self) -> BTreeMap<EntityType, usize> {
        let mut counts = BTreeMap::new();
        for n in self.graph.node_weights() {
            *counts.entry(n.entity_type).or_default() += 1;
        }
        counts
    }
}

//! Graph: every document's entities and relations merged into one petgraph graph.
//!
//! Which entities of different documents are one node is decided by
//! [`crate::resolve::across`] (the same name, a short form a document ties to a fuller
//! one, the same core at compatible places), which also says why. Nodes are added in
//! (type, key) order and edges in (subject, predicate, object) order, so the graph, and
//! everything written from it, is the same for the same inputs whatever order they came in.

use crate::model::{EntityType, Level, Predicate};
use crate::record::DocumentRecord;
use crate::resolve::across::{self, ItemRef, Merge, Refusal};
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
    /// Identity key its IRI is made from: its fullest (registered) name's.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Every other surface form, across documents.
    pub aliases: BTreeSet<String>,
    /// Every name the node carries (its name and aliases), with the documents that use it
    /// (ascending).
    pub names: BTreeMap<String, Vec<usize>>,
    /// Number of mentions, over all documents.
    pub mentions: usize,
    /// The documents that mention it (indices into the build's records), ascending.
    pub documents: Vec<usize>,
    /// Level, and the place a named level refers to.
    pub level: Option<(Level, Option<String>)>,
    /// For a designation, the category concept it narrows.
    pub concept: Option<String>,
    /// The documents' entities it joins: (document, entity index in its record).
    pub members: Vec<ItemRef>,
    /// Identity keys of its other members: earlier IRIs that are `owl:sameAs` this one.
    pub same_as: Vec<String>,
    /// How its members were joined.
    pub merges: Vec<Merge>,
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
    /// Merges across documents that were not made, and why (for `explain`).
    pub refusals: Vec<Refusal>,
}

impl KnowledgeGraph {
    /// Builds the graph from the records of a build's documents (in the build's order).
    pub fn build(docs: &[DocumentRecord]) -> Self {
        let resolution = across::resolve_across(docs);
        let mut graph = DiGraph::with_capacity(resolution.nodes.len(), 0);
        for plan in resolution.nodes {
            let entity = |(d, e): ItemRef| &docs[d].entities[e];
            let rep = entity(plan.representative);
            let mut names: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            let mut mentions = 0;
            let mut documents = BTreeSet::new();
            for &(d, e) in &plan.members {
                let r = entity((d, e));
                for n in std::iter::once(&r.name).chain(&r.aliases) {
                    // Members come in document order: a document is pushed once per name.
                    let ds = names.entry(n.clone()).or_default();
                    if ds.last() != Some(&d) {
                        ds.push(d);
                    }
                }
                mentions += r.mentions;
                documents.insert(d);
            }
            // The representative's reading of the name's level stands; else the first one.
            let level = rep.level.clone().or_else(|| plan.members.iter().find_map(|&m| entity(m).level.clone()));
            let concept = rep.concept.clone().or_else(|| plan.members.iter().find_map(|&m| entity(m).concept.clone()));
            let aliases = names.keys().filter(|n| **n != rep.name).cloned().collect();
            graph.add_node(EntityNode {
                entity_type: plan.entity_type,
                key: plan.key,
                name: rep.name.clone(),
                aliases,
                names,
                mentions,
                documents: documents.into_iter().collect(),
                level,
                concept,
                members: plan.members,
                same_as: plan.same_as,
                merges: plan.merges,
            });
        }
        let doc_nodes: Vec<Vec<NodeIndex>> = resolution.node_of.iter().map(|ns| ns.iter().map(|&n| NodeIndex::new(n)).collect()).collect();
        let mut edges: BTreeMap<(NodeIndex, Predicate, NodeIndex), Vec<Evidence>> = BTreeMap::new();
        for (d, doc) in docs.iter().enumerate() {
            for (item, r) in doc.relations.iter().enumerate() {
                let (s, o) = (doc_nodes[d][r.subject], doc_nodes[d][r.object]);
                // Two entities of one document share a node only when their names are one
                // identity (中共X市委 and X市委): a relation between them is no relation.
                if s != o {
                    edges.entry((s, r.predicate, o)).or_default().push(Evidence { doc: d, item });
                }
            }
        }
        for ((s, p, o), mut evidence) in edges {
            evidence.sort_unstable();
            graph.add_edge(s, o, RelationEdge { predicate: p, evidence });
        }
        Self { graph, doc_nodes, refusals: resolution.refusals }
    }

    /// The node of entity `e` of document `d`.
    pub fn node_of(&self, d: usize, e: usize) -> &EntityNode {
        &self.graph[self.doc_nodes[d][e]]
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

//! Output: the files a build writes, each written whole or not at all.

use crate::graph::KnowledgeGraph;
use crate::rdf::{self, Iris, RdfError};
use crate::resolve::Entity;
use crate::DocumentResult;
use serde_json::{json, Value};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Errors writing outputs.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// RDF serialisation failed.
    #[error(transparent)]
    Rdf(#[from] RdfError),
}

/// Files written to temporary siblings, renamed into place together by [`Staging::commit`].
/// Until then (and if the process is interrupted, or the staging dropped) the previous files
/// stay as they were; dropped staging removes its temporary files.
#[derive(Debug, Default)]
pub struct Staging {
    staged: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    /// Removes the temporary files a killed build left in `dir` (`.NAME.PID.tmp` of a process
    /// that no longer runs), so that an interrupted build leaves nothing behind for long.
    pub fn clean_stale(dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else { continue };
            let Some(pid) = stem.rsplit('.').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
            let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
            if !alive {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Writes `path`'s new content to a temporary file beside it.
    pub fn stage(&mut self, path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
        let err = |source| OutputError::Write { path: path.to_path_buf(), source };
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = (|| {
            let file = std::fs::File::create(&tmp)?;
            let mut w = BufWriter::new(file);
            fill(&mut w)?;
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()
        })();
        match result {
            Ok(()) => {
                self.staged.push((tmp, path.to_path_buf()));
                Ok(())
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(err(e))
            }
        }
    }

    /// Renames every staged file into place; returns the paths written.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, OutputError> {
        let staged = std::mem::take(&mut self.staged);
        let mut done = Vec::new();
        for (i, (tmp, path)) in staged.iter().enumerate() {
            if let Err(source) = std::fs::rename(tmp, path) {
                self.staged = staged[i..].to_vec();
                return Err(OutputError::Write { path: path.clone(), source });
            }
            done.push(path.clone());
        }
        Ok(done)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        for (tmp, _) in &self.staged {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Writes one file through a temporary sibling and a rename, so a reader (or a crash) never
/// sees half a file.
pub fn write_atomic(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
    let mut staging = Staging::default();
    staging.stage(path, fill)?;
    staging.commit().map(|_| ())
}

/// A document's entities and relations as the JSONL contract of `innograph extract`.
pub fn document_jsonl(doc: &DocumentResult, iris: &Iris) -> Vec<Value> {
    let mut lines = Vec::new();
    for e in &doc.resolved.entities {
        lines.push(entity_json(doc, e, iris));
    }
    let ents = &doc.resolved.entities;
    for o in &doc.extraction.observations {
        lines.push(json!({
            "doc": doc.source.name,
            "kind": "observation",
            "indicator": o.indicator,
            "value": o.value,
            "unit": o.unit,
            "classifier": o.classifier,
            "period": o.period,
            "area": doc.locality,
            "start": o.start,
            "end": o.end,
            "text": doc.normalised.slice(o.label_start, o.end),
            "rule": o.rule,
            "sentence": o.sentence,
        }));
    }
    for r in &doc.resolved.relations {
        let evidence: Vec<Value> = r
            .evidence
            .iter()
            .map(|&i| {
                let rm = &doc.extraction.relations[i];
                json!({"start": rm.start, "end": rm.end, "text": doc.normalised.slice(rm.start, rm.end), "rule": rm.rule, "sentence": rm.sentence})
            })
            .collect();
        lines.push(json!({
            "doc": doc.source.name,
            "kind": "relation",
            "subject": ents[r.subject].name,
            "predicate": r.predicate.as_str(),
            "object": ents[r.object].name,
            "rule": doc.extraction.relations[r.evidence[0]].rule,
            "subject_id": iris.entity(ents[r.subject].entity_type, &ents[r.subject].key),
            "object_id": iris.entity(ents[r.object].entity_type, &ents[r.object].key),
            "evidence": evidence,
        }));
    }
    lines
}

fn entity_json(doc: &DocumentResult, e: &Entity, iris: &Iris) -> Value {
    let mentions: Vec<Value> = e
        .mentions
        .iter()
        .map(|&i| {
            let m = &doc.extraction.mentions[i];
            let (ss, se) = doc.normalised.source_span(m.start, m.end);
            let mut v = json!({"start": m.start, "end": m.end, "text": m.text, "rule": m.rule, "source_start": ss, "source_end": se});
            if m.composed {
                // The text was composed from parts of the span (扬子江药业 + 工程技术研究中心).
                v["composed"] = json!(true);
            }
            v
        })
        .collect();
    json!({
        "doc": doc.source.name,
        "kind": "entity",
        "id": iris.entity(e.entity_type, &e.key),
        "type": e.entity_type.as_str(),
        "name": e.name,
        "aliases": e.aliases,
        "mentions": mentions,
    })
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Quads in the dump.
    pub quads: usize,
    /// Files written.
    pub files: Vec<PathBuf>,
}

/// Writes `graph.nq`, `graph.trig` and `entities.jsonl` into `dir`.
pub fn write_build(
    dir: &Path,
    graph: &KnowledgeGraph,
    docs: &[DocumentResult],
    iris: &Iris,
    rules_fingerprint: &str,
) -> Result<Written, OutputError> {
    let quads = rdf::quads(graph, docs, iris, rules_fingerprint);
    let io = |e: RdfError| match e {
        RdfError::Io(e) => e,
        other => std::io::Error::other(other.to_string()),
    };
    // All three files are written before any replaces its previous version.
    Staging::clean_stale(dir);
    let mut staging = Staging::default();
    staging.stage(&dir.join("graph.nq"), |w| rdf::write_nquads(&quads, w).map(|_| ()).map_err(io))?;
    staging.stage(&dir.join("graph.trig"), |w| rdf::write_trig(&quads, w).map(|_| ()).map_err(io))?;
    staging.stage(&dir.join("entities.jsonl"), |w| {
        for n in graph.graph.node_weights() {
            let docs_of: std::collections::BTreeSet<&str> = n.mentions.iter().map(|m| docs[m.doc].source.name.as_str()).collect();
            let line = json!({
                "id": iris.entity(n.entity_type, &n.key),
                "type": n.entity_type.as_str(),
                "name": n.name,
                "aliases": n.aliases,
                "mentions": n.mentions.len(),
                "documents": docs_of,
                "level": n.level.as_ref().map(|(l, _)| l.as_str()),
            });
            writeln!(w, "{line}")?;
        }
        Ok(())
    })?;
    Ok(Written { quads: quads.len(), files: staging.commit()? })
}

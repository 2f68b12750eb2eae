//! Every rule carries, in its rules file, sentences written for it: examples it must find
//! something in and counterexamples where it must find nothing of its type. A rule added
//! without an example fails `every_rule_has_an_example`.

use innograph::model::EntityType;
use innograph::rules::{ColumnRole, RuleSet};
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::defaults().expect("default rules load"))
}

/// Names the rule `rule` found in `text`: its mentions' texts, and the names and aliases of
/// the entities those mentions resolved to.
fn found_by(text: &str, rule: &str) -> Vec<String> {
    let doc = innograph::process_text("t.txt", text, rules());
    let mut out = Vec::new();
    for (i, m) in doc.extraction.mentions.iter().enumerate() {
        if m.rule == rule {
            out.push(m.text.clone());
            let e = &doc.resolved.entities[doc.resolved.mention_entity[i]];
            out.push(e.name.clone());
            out.extend(e.aliases.iter().cloned());
        }
    }
    out
}

/// Mentions of type `ty` that rule `rule` found in `text`.
fn of_type(text: &str, rule: &str, ty: EntityType) -> Vec<String> {
    let doc = innograph::process_text("t.txt", text, rules());
    doc.extraction.mentions.iter().filter(|m| m.rule == rule && m.entity_type == ty).map(|m| m.text.clone()).collect()
}

/// Relations rule `rule` stated in `text`, as "subject predicate object" over every name and
/// alias of the two entities.
fn stated_by(text: &str, rule: &str) -> Vec<String> {
    let doc = innograph::process_text("t.txt", text, rules());
    let r = &doc.resolved;
    let forms = |i: usize| -> Vec<String> {
        let e = &r.entities[i];
        std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned()).collect()
    };
    let mut out = Vec::new();
    for rel in &r.relations {
        if !rel.evidence.iter().any(|&k| doc.extraction.relations[k].rule == rule) {
            continue;
        }
        for s in forms(rel.subject) {
            for o in forms(rel.object) {
                out.push(format!("{s} {} {o}", rel.predicate));
            }
        }
    }
    out
}

#[test]
fn entity_rules_find_their_examples_and_not_their_counterexamples() {
    let rules = rules();
    let mut failures = Vec::new();
    let mut check = |id: &str, ty: EntityType, examples: &[innograph::rules::Example], counter: &[String]| {
        for ex in examples {
            let got = found_by(&ex.text, id);
            if !got.contains(&ex.finds) {
                failures.push(format!("{id}: '{}' not found in {} (found {got:?})", ex.finds, ex.text));
            }
        }
        for c in counter {
            let wrong = of_type(c, id, ty);
            if !wrong.is_empty() {
                failures.push(format!("{id}: found {wrong:?} in counterexample {c}"));
            }
        }
    };
    for r in &rules.names {
        check(&r.id, r.entity_type, &r.examples, &r.counterexamples);
    }
    for r in &rules.enumerations {
        check(&r.id, r.entity_type, &r.examples, &r.counterexamples);
    }
    for r in &rules.contexts {
        check(&r.id, r.entity_type, &r.examples, &r.counterexamples);
    }
    for r in &rules.columns {
        let ty = r.entity_type.unwrap_or(EntityType::Enterprise);
        check(&r.id, ty, &r.examples, &[]);
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn relation_rules_state_their_examples_and_not_their_counterexamples() {
    let rules = rules();
    let mut failures = Vec::new();
    for r in &rules.relations {
        for ex in &r.examples {
            let got = stated_by(&ex.text, &r.id);
            if !got.contains(&ex.finds) {
                failures.push(format!("{}: '{}' not stated in {} (stated {got:?})", r.id, ex.finds, ex.text));
            }
        }
        for c in &r.counterexamples {
            let wrong = stated_by(c, &r.id);
            if !wrong.is_empty() {
                failures.push(format!("{}: stated {wrong:?} in counterexample {c}", r.id));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_has_an_example() {
    let rules = rules();
    let mut missing: Vec<&str> = Vec::new();
    missing.extend(rules.names.iter().filter(|r| r.examples.is_empty()).map(|r| r.id.as_str()));
    missing.extend(rules.enumerations.iter().filter(|r| r.examples.is_empty()).map(|r| r.id.as_str()));
    missing.extend(rules.contexts.iter().filter(|r| r.examples.is_empty()).map(|r| r.id.as_str()));
    missing.extend(rules.relations.iter().filter(|r| r.examples.is_empty()).map(|r| r.id.as_str()));
    // Columns that hold no name (序号, 金额) have nothing to find; a category column's
    // cells are found by the designation rules, and its relation rule has the examples.
    missing.extend(rules.columns.iter().filter(|r| r.examples.is_empty() && !matches!(r.role, ColumnRole::Ignore | ColumnRole::Category)).map(|r| r.id.as_str()));
    assert!(missing.is_empty(), "rules without examples: {missing:?}");
}

#[test]
fn every_rule_says_why() {
    let rules = rules();
    let silent: Vec<&str> = rules.rule_ids().into_iter().filter(|(_, _, why)| why.trim().is_empty()).map(|(id, _, _)| id).collect();
    assert!(silent.is_empty(), "rules without a why: {silent:?}");
}

#[test]
fn rule_ids_are_unique() {
    let rules = rules();
    let mut ids: Vec<&str> = rules.rule_ids().into_iter().map(|(id, _, _)| id).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "a rule id is used twice across kinds");
}

/// Lists of one name in two files merge (a user's rules file extends a built-in list that
/// way), so a new built-in list named like an old one silently gains the old one's words.
#[test]
fn built_in_lists_are_named_once() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/rules");
    let mut seen: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("rules folder").map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("rules file");
        let value: toml::Value = toml::from_str(&text).expect("rules file parses");
        let file = path.file_name().expect("name").to_string_lossy().into_owned();
        for list in value.get("list").and_then(|l| l.as_array()).into_iter().flatten() {
            let name = list.get("name").and_then(|n| n.as_str()).expect("a list has a name").to_string();
            if let Some(first) = seen.insert(name.clone(), file.clone()) {
                panic!("list {name} is defined in {first} and again in {file}");
            }
        }
    }
    assert!(seen.len() > 100, "only {} lists found", seen.len());
}

/// The scan's list of national bodies (lexicon `national_agency`) and the table that names
/// them in full (agency.toml) are kept by hand in two files: a word found in the text but
/// missing from the table would be a body left with the text's short name.
#[test]
fn every_national_body_the_scan_finds_has_its_official_name() {
    let rules = rules();
    let unnamed: Vec<&String> = rules.list("national_agency").iter().filter(|w| !rules.national_names.contains_key(w.as_str())).collect();
    assert!(unnamed.is_empty(), "national_agency words with no entry in agency.toml's national table: {unnamed:?}");
}

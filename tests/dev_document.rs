//! The dev document: its score as a regression test, and a check that the rules do not
//! simply name its entities.

mod common;

use common::*;
use std::process::Command;

/// Gold names and aliases that are generic vocabulary, found in rules because every
/// report uses them, not because this one does.
const GENERIC: [&str; 9] = ["我局", "市委", "市政府", "省政府", "科创委", "市科技局", "督查激励", "市委科创委", "高质量考核"];

#[test]
fn no_rule_or_gazetteer_names_an_entity_of_the_dev_document() {
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(shared().join("eval/taixing-2022-kejiju.txt.gold.json")).unwrap(),
    )
    .unwrap();
    // What rules match with: every word of every list, every compiled pattern, the agency
    // tables and the gazetteer (the prose of `why` explains, it does not match).
    let rules = innograph::rules::RuleSet::defaults().unwrap();
    let mut rules_text = String::new();
    for words in rules.lists.values() {
        rules_text.extend(words.iter().map(|w| format!("{w}\n")));
    }
    for r in &rules.entity_rules {
        rules_text.push_str(r.regex.as_str());
    }
    for r in &rules.relation_rules {
        rules_text.push_str(r.regex.as_str());
    }
    for (k, v) in &rules.agency.expand {
        rules_text.push_str(&format!("{k}\n{v}\n"));
    }
    rules_text.extend(rules.gazetteer.places.iter().map(|p| format!("{}\n", p.name)));
    let strip = |s: &str| innograph::resolve::key_of(s);
    let mut named = Vec::new();
    for e in gold["entities"].as_array().unwrap() {
        let t = e["type"].as_str().unwrap();
        if !["Enterprise", "Platform", "Program", "Agency"].contains(&t) {
            continue;
        }
        let mut forms = vec![e["name"].as_str().unwrap().to_string()];
        forms.extend(e["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()));
        for f in forms {
            let k = strip(&f);
            if k.chars().count() >= 2 && !GENERIC.contains(&k.as_str()) && rules_text.contains(&k) {
                named.push(format!("{t} {f}"));
            }
        }
    }
    assert!(named.is_empty(), "rules name dev-document entities: {named:?}");
}

#[test]
fn dev_document_score_holds() {
    let out = tempfile::tempdir().unwrap();
    let pred = out.path().join("p.jsonl");
    let o = bin().args(["extract", shared().join("corpus/taixing-2022-kejiju.txt").to_str().unwrap()]).output().unwrap();
    assert!(o.status.success());
    std::fs::write(&pred, &o.stdout).unwrap();
    let score = Command::new("python3")
        .args([shared().join("eval/score.py").to_str().unwrap(), shared().join("eval").to_str().unwrap(), pred.to_str().unwrap(), "--json"])
        .output()
        .expect("python3 runs the scorer");
    assert!(score.status.success(), "{}", String::from_utf8_lossy(&score.stderr));
    let v: serde_json::Value = serde_json::from_slice(&score.stdout).unwrap();
    let f1 = |t: &str| v["types"][t]["f1"].as_f64().unwrap();
    assert!(f1("micro") >= 0.92, "micro F1 {}", f1("micro"));
    for t in ["Enterprise", "Platform", "Program", "Agency"] {
        assert!(f1(t) >= 0.85, "{t} F1 {}", f1(t));
    }
    assert!(f1("relations") >= 0.70, "relations F1 {}", f1("relations"));
}

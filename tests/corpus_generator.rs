//! A smoke run of the benchmark corpus generator (benches/corpus/) at 1 MB: deterministic
//! for a seed, entity counts growing with size, and every core type found in it.

#[path = "../benches/corpus/generator.rs"]
mod generator;

use std::collections::BTreeSet;

fn corpus(bytes: usize, seed: u64) -> Vec<(String, String)> {
    let mut docs = Vec::new();
    generator::generate(bytes, seed, |name, text| docs.push((name.to_string(), text.to_string())));
    docs
}

#[test]
fn the_generator_is_deterministic_and_its_entities_grow_with_the_corpus() {
    let small = corpus(1_000_000, 1);
    assert_eq!(small, corpus(1_000_000, 1), "same seed, same documents");
    assert_ne!(small, corpus(1_000_000, 2), "another seed, other documents");
    let bytes: usize = small.iter().map(|(_, t)| t.len()).sum();
    assert!((1_000_000..1_100_000).contains(&bytes), "{bytes} bytes");

    let rules = innograph::rules::RuleSet::defaults().unwrap();
    let mut entities = BTreeSet::new();
    for (name, text) in &small {
        let doc = innograph::process_text(name, text, &rules);
        for e in &doc.resolved.entities {
            entities.insert((e.entity_type.as_str().to_string(), e.key.clone()));
        }
    }
    let types: BTreeSet<&str> = entities.iter().map(|(t, _)| t.as_str()).collect();
    for t in ["Enterprise", "Platform", "Program", "Agency"] {
        assert!(types.contains(t), "no {t} found in the generated corpus");
    }
    // Distinct entities keep coming: the second half of the corpus adds as many again.
    let half: BTreeSet<(String, String)> = small[..small.len() / 2]
        .iter()
        .flat_map(|(name, text)| innograph::process_text(name, text, &rules).resolved.entities.into_iter().map(|e| (e.entity_type.as_str().to_string(), e.key)))
        .collect();
    assert!(entities.len() as f64 > 1.6 * half.len() as f64, "{} entities in all, {} in the first half", entities.len(), half.len());
}

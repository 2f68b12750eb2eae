#![no_main]
//! Any text through normalise, extract and resolve: no panic, offsets consistent.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn rules() -> &'static innograph::rules::RuleSet {
    static R: OnceLock<innograph::rules::RuleSet> = OnceLock::new();
    R.get_or_init(|| innograph::rules::RuleSet::defaults().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = innograph::process_text("fuzz.txt", &text, rules());
    for m in &doc.extraction.mentions {
        assert!(m.start < m.end && m.end <= doc.normalised.len_chars());
        if !m.composed {
            assert_eq!(doc.normalised.slice(m.start, m.end), m.text);
        }
    }
});

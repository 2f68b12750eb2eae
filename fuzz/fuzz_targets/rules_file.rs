#![no_main]
//! Any text as a user's rules file: a clear error or a rule set, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = innograph::rules::RuleSet::with_texts(&[("fuzz.toml".into(), text.to_string())]);
    }
});

//! Properties that hold for any input: normalisation and extraction never panic, every
//! mention's offsets slice the normalised text to its text, and every span maps back into
//! the original text.

use innograph::rules::RuleSet;
use proptest::prelude::*;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::defaults().unwrap())
}

/// Text made of the pieces these documents are made of, in any order: names, heads, levels,
/// numbers, punctuation (full- and half-width), quotes, brackets, white space, combining
/// marks and odd code points.
fn document() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "泰兴市", "科技局", "有限公司", "研究院", "工程技术研究中心", "“", "”", "《", "》", "(", ")", "(", ")", "、", "，", ",",
        "。", "；", ":", "\n", " ", "\t", "\u{3000}", "2、", "3 、", "省", "市级", "12.5亿元", "三成", "20多个", "等3家企业", "计划",
        "项目", "关于", "的通知", "我局", "e\u{301}", "ｱ", "①", "\u{200b}", "\r\n", "戈IJ", "\u{feff}", "集团", "招引", "获批",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), any::<char>().prop_map(String::from)], 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn mentions_slice_the_text_and_map_back(text in document()) {
        let doc = innograph::process_text("p.txt", &text, rules());
        let n = &doc.normalised;
        let original_len = text.chars().count();
        for m in &doc.extraction.mentions {
            prop_assert!(m.start < m.end && m.end <= n.len_chars());
            if !m.composed {
                prop_assert_eq!(n.slice(m.start, m.end), m.text.as_str());
            }
            let (a, b) = n.source_span(m.start, m.end);
            prop_assert!(a < b && b <= original_len, "{}..{} of {}", a, b, original_len);
        }
        for s in &n.sentences {
            prop_assert!(s.start <= s.end && s.end <= n.len_chars());
        }
        for o in &doc.extraction.observations {
            prop_assert!(o.label_start <= o.end && o.end <= n.len_chars());
        }
    }

    #[test]
    fn normalisation_maps_every_character_back(text in any::<String>()) {
        let n = innograph::normalise::normalise(&text, &rules().normalise);
        let original_len = text.chars().count();
        prop_assert_eq!(n.origin.len(), n.text.chars().count());
        for &(a, b) in &n.origin {
            prop_assert!(a < b && (b as usize) <= original_len);
        }
    }
}

#[test]
fn long_lines_without_punctuation_stay_bounded() {
    // A flattened table: one 200,000-character line. Sentences are cut, so matching stays
    // linear; this finishes (the benchmarks measure how fast).
    let line = "泰兴市科技局有限公司研究院".repeat(15_000);
    let doc = innograph::process_text("long.txt", &line, rules());
    assert!(doc.normalised.sentences.iter().all(|s| s.end - s.start <= innograph::normalise::MAX_SENTENCE_CHARS));
}

//! Inputs that fuzzing or review found hostile, kept as regression tests: each must give an
//! error or a result, never a panic. Add a crash from `fuzz/artifacts/` as one more case.

use innograph::ingest::{decode_document, Format, IngestOptions};
use innograph::rules::RuleSet;

fn options() -> IngestOptions {
    IngestOptions { max_file_bytes: 1 << 20, encoding: None }
}

#[test]
fn hostile_bytes_through_every_reader() {
    let cases: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"PK".to_vec(),
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec(),
        b"PK\x05\x06\x00\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec(),
        b"\xef\xbb\xbf<w:p><w:t>\xff</w:t>".to_vec(),
        "<".repeat(10_000).into_bytes(),
        "<!--".repeat(1_000).into_bytes(),
        b"<script>".repeat(100),
        [0xFFu8, 0xFE].iter().copied().chain(std::iter::repeat_n(0xD8, 7)).collect(),
        b"\xfe\xff\xd8\x00".to_vec(),
    ];
    for bytes in &cases {
        for format in [Format::Text, Format::Html, Format::Docx] {
            let _ = decode_document(format, bytes, &options());
        }
    }
}

#[test]
fn hostile_text_through_extraction() {
    let rules = RuleSet::defaults().unwrap();
    let cases = [
        "\u{0301}\u{0301}科技局",
        "“”“”“”“计划”",
        "((((((((((研究院))))))))))",
        "等等等等3家企业、、、、、、等4家企业",
        "关于的通知关于的意见",
        "0.0000000000000000000000000000001亿元,99999999999999999999999999999999999999万亿元",
        "一二三四五六七八九十百千万亿成",
        "\n\n\n2、\n3、\n",
        "我局我局我局",
        // Only provinces, each named as somewhere the text goes: the locality's fallback once
        // compared places it had not recorded.
        "组织企业赴江苏省和到浙江省考察学习。",
    ];
    for text in cases {
        let doc = innograph::process_text("t.txt", text, &rules);
        for m in &doc.extraction.mentions {
            assert!(m.start < m.end && m.end <= doc.normalised.len_chars());
        }
    }
}

#[test]
fn hostile_rules_files_are_errors_not_panics() {
    let cases = [
        "",
        "[[name]]",
        "[[name]]\nid = \"x\"\ntype = \"Platform\"\nheads = \"{\"",
        "[[enumeration]]\nid = \"x\"\ntype = \"Platform\"\nform = \"closed\"\nnouns = \"nope\"",
        "[[name]]\nid = \"x\"\ntype = \"Platform\"\nheads = \"platform_head\"\nmax_chars = 0\nmin_proper = 0\nmodifier = \"any\"",
        "[[list]]\nname = \"level\"\nwords = [\"\"]\nreplace = true",
        "[[relation]]\nid = \"r\"\npredicate = \"hasPlatform\"\nform = \"verb\"",
        "[normalise]\npage_marker = '('",
        "[[designation]]\nterm = \"\"\nconcept = \"\"",
        "[[list]]\nname = \"left_boundary\"\nwords = []\nreplace = true",
        "[[context]]\nid = \"c\"\ntype = \"Program\"\nform = \"about\"",
        "[[column]]\nid = \"c\"\nheaders = [\"\"]\nrole = \"name\"",
    ];
    for text in cases {
        let _ = RuleSet::with_texts(&[("t.toml".into(), text.to_string())]);
    }
    // Rules that load however odd they are still extract without a panic.
    for case in [cases[4], cases[5], cases[9]] {
        let rules = RuleSet::with_texts(&[("t.toml".into(), case.to_string())]).unwrap();
        let _ = innograph::process_text("t.txt", "研究院研究院,省科技厅实施省重点研发计划。", &rules);
    }
}

#[test]
fn a_fault_on_one_document_fails_that_document_only() {
    let dir = std::env::temp_dir().join(format!("innograph-fault-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (good, bad) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&good, "宜昌市科学技术局印发通知。").unwrap();
    std::fs::write(&bad, "远安县科学技术局印发通知。").unwrap();
    let rules = RuleSet::defaults().unwrap();
    // Stands in for a bug in a rule that one document trips.
    let make = |doc: innograph::DocumentResult| {
        assert!(doc.source.name != "b.txt", "a rule's fault");
        doc.source.name
    };
    let batch = innograph::process_paths_into(&[good, bad.clone()], &options(), &rules, &|| {}, &make);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(batch.documents, vec!["a.txt".to_string()]);
    assert_eq!(batch.failures.len(), 1);
    assert_eq!(batch.failures[0].path, bad);
    assert!(batch.failures[0].error.to_string().contains("a rule's fault"), "{}", batch.failures[0].error);
}

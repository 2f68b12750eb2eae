//! Incremental builds, shards and merging, compressed dumps: each gives the bytes of a clean
//! build of the same inputs.

mod common;

use common::*;
use std::path::Path;

/// Files a build's output is compared on.
const OUTPUTS: [&str; 5] = ["graph.nq", "provenance.nq", "graph.trig", "entities.jsonl", ".innograph/manifest.json"];

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run_in(dir, args);
    let (stdout, stderr) = texts(&o);
    assert!(o.status.success(), "innograph {args:?}: {stderr}");
    stdout
}

/// Runs a command that must refuse (exit 2); returns its stderr.
fn refused(dir: &Path, args: &[&str]) -> String {
    let o = run_in(dir, args);
    let (_, stderr) = texts(&o);
    assert_eq!(o.status.code(), Some(2), "innograph {args:?}: {stderr}");
    stderr
}

fn check_same(a: &Path, b: &Path) {
    for f in OUTPUTS {
        let (x, y) = (std::fs::read(a.join(f)).unwrap(), std::fs::read(b.join(f)).unwrap());
        assert!(x == y, "{f} differs between {} and {}", a.display(), b.display());
    }
}

/// A folder of four small documents in the genres, sharing some entities.
fn corpus(dir: &Path) {
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(sample(), dir.join("in/taixing.txt")).unwrap();
    let docs = [
        ("a.txt", "昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省重点研发计划。"),
        ("b.txt", "江苏省科学技术厅认定江苏恒瑞医药股份有限公司建设江苏省新型药物制剂工程技术研究中心。"),
        ("c.txt", "泰兴市科学技术局支持江苏泰隆减速机股份有限公司建设省级企业技术中心。"),
    ];
    for (name, text) in docs {
        std::fs::write(dir.join("in").join(name), text).unwrap();
    }
}

#[test]
fn an_incremental_build_equals_a_clean_build() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "out", "-q"]);

    // Nothing changed: every document is taken from the previous build.
    let summary = ok(dir, &["build", "in", "-o", "out"]);
    assert!(summary.contains("4 read, 4 unchanged"), "{summary}");

    // One document changes, one goes, one arrives.
    std::fs::write(dir.join("in/a.txt"), "昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省科技成果转化专项资金。").unwrap();
    std::fs::remove_file(dir.join("in/c.txt")).unwrap();
    std::fs::write(dir.join("in/d.txt"), "南京市科学技术局支持南京中科光电科技有限公司建设省级众创空间。").unwrap();
    let summary = ok(dir, &["build", "in", "-o", "out"]);
    assert!(summary.contains("4 read, 2 unchanged"), "{summary}");
    ok(dir, &["build", "in", "-o", "clean", "-q"]);
    check_same(&dir.join("out"), &dir.join("clean"));
    let nq = std::fs::read_to_string(dir.join("out/graph.nq")).unwrap();
    assert!(!nq.contains("\"c.txt\""), "the graph of the document gone is gone");
    assert!(nq.contains("\"d.txt\"") && nq.contains("科技成果转化专项资金"), "new and changed documents are in");
    assert!(!nq.contains("省重点研发计划\""), "the changed document's old graph is gone");
    // Records of documents that are gone or changed are not kept.
    let records = std::fs::read_dir(dir.join("out/.innograph/records")).unwrap().count();
    assert_eq!(records, 4);
}

#[test]
fn keep_missing_keeps_the_graphs_of_documents_gone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "out", "-q"]);
    std::fs::create_dir(dir.join("later")).unwrap();
    std::fs::write(dir.join("later/d.txt"), "南京市科学技术局支持南京中科光电科技有限公司建设省级众创空间。").unwrap();
    let summary = ok(dir, &["build", "later", "-o", "out", "--keep-missing"]);
    assert!(summary.contains("1 read, 0 unchanged, 4 kept from before"), "{summary}");
    // The same as building everything at once.
    std::fs::copy(dir.join("later/d.txt"), dir.join("in/d.txt")).unwrap();
    ok(dir, &["build", "in", "-o", "clean", "-q"]);
    check_same(&dir.join("out"), &dir.join("clean"));
}

#[test]
fn records_made_by_other_rules_are_not_reused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "out", "-q"]);
    let rules = root().join("examples/rules/custom.toml");
    let summary = ok(dir, &["build", "in", "-o", "out", "--rules", rules.to_str().unwrap()]);
    assert!(summary.contains("4 read, 0 failed"), "{summary}");
    ok(dir, &["build", "in", "-o", "clean", "-q", "--rules", rules.to_str().unwrap()]);
    check_same(&dir.join("out"), &dir.join("clean"));
}

/// A record's key names the source the binary was built from, not only its version number, so
/// a build of other code never takes a record of this one.
#[test]
fn records_name_the_source_of_the_build_that_made_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "out", "-q"]);
    let version = ok(dir, &["--version"]);
    let source = version.split("(source ").nth(1).and_then(|s| s.split(')').next()).unwrap_or_else(|| panic!("no source in {version:?}"));
    assert!(source.len() == 16 && source.bytes().all(|b| b.is_ascii_hexdigit()), "{version}");
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("out/.innograph/manifest.json")).unwrap()).unwrap();
    let tool = manifest["tool"].as_str().unwrap();
    assert_eq!(format!("{tool}\n"), version, "the manifest names the build --version shows");
}

#[test]
fn a_damaged_record_is_made_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "out", "-q"]);
    let first = std::fs::read_dir(dir.join("out/.innograph/records")).unwrap().next().unwrap().unwrap().path();
    std::fs::write(&first, b"{\"name\": ").unwrap();
    let summary = ok(dir, &["build", "in", "-o", "out"]);
    assert!(summary.contains("4 read, 3 unchanged"), "{summary}");
    ok(dir, &["build", "in", "-o", "clean", "-q"]);
    check_same(&dir.join("out"), &dir.join("clean"));
}

#[test]
fn shards_merge_into_the_single_build() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "whole", "-q"]);
    let mut docs = 0;
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = format!("shard{k}");
        let stdout = ok(dir, &["build", "in", "-o", &out, "--shard", &shard]);
        docs += stdout.split_whitespace().nth(1).and_then(|n| n.parse::<usize>().ok()).unwrap();
    }
    assert_eq!(docs, 4, "every document is in exactly one shard");
    ok(dir, &["merge", "-o", "merged", "-q", "shard1", "shard2", "shard3"]);
    check_same(&dir.join("merged"), &dir.join("whole"));
    // The merged folder builds on incrementally like any other.
    let summary = ok(dir, &["build", "in", "-o", "merged"]);
    assert!(summary.contains("4 read, 4 unchanged"), "{summary}");
}

#[test]
fn an_empty_shard_still_merges() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("in")).unwrap();
    std::fs::copy(sample(), dir.join("in/taixing.txt")).unwrap();
    ok(dir, &["build", "in", "-o", "whole", "-q"]);
    let (mut full, mut empty) = (Vec::new(), Vec::new());
    for k in 1..=2 {
        let out = format!("shard{k}");
        let stdout = ok(dir, &["build", "in", "-o", &out, "--shard", &format!("{k}/2")]);
        if stdout.starts_with("documents  0 read") { empty.push(out) } else { full.push(out) }
    }
    assert_eq!((full.len(), empty.len()), (1, 1));
    ok(dir, &["merge", "-o", "merged", "-q", &empty[0], &full[0]]);
    check_same(&dir.join("merged"), &dir.join("whole"));
}

#[test]
fn shards_built_with_other_rules_are_not_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    let rules = root().join("examples/rules/custom.toml");
    ok(dir, &["build", "in", "-o", "shard1", "-q", "--shard", "1/2"]);
    ok(dir, &["build", "in", "-o", "shard2", "-q", "--shard", "2/2", "--rules", rules.to_str().unwrap()]);
    let stderr = refused(dir, &["merge", "-o", "merged", "shard1", "shard2"]);
    assert!(stderr.contains("shard2") && stderr.contains("rebuild it") && stderr.lines().count() == 1, "{stderr}");
    assert!(!dir.join("merged/graph.nq").exists(), "nothing written");
    // A shard whose records are gone is named too.
    ok(dir, &["build", "in", "-o", "shard2", "-q", "--shard", "2/2"]);
    std::fs::remove_dir_all(dir.join("shard2/.innograph/records")).unwrap();
    let stderr = refused(dir, &["merge", "-o", "merged", "shard1", "shard2"]);
    assert!(stderr.contains("missing or unreadable"), "{stderr}");
    assert!(!dir.join("merged").exists(), "nothing written");
}

#[test]
fn shard_arguments_are_checked() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["0/3", "4/3", "1/0", "x/2", "3"] {
        refused(tmp.path(), &["build", "--shard", bad, "-o", "out"]);
        assert!(!tmp.path().join("out").exists());
    }
    let stderr = refused(tmp.path(), &["merge", "-o", "out", "nowhere"]);
    assert!(stderr.contains("nowhere") && stderr.contains("not a build's output"), "{stderr}");
}

#[test]
fn compressed_dumps_hold_the_same_bytes_and_load() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    ok(dir, &["build", "in", "-o", "plain", "-q"]);
    ok(dir, &["build", "in", "-o", "gz", "-q", "--compress"]);
    for f in ["graph.nq", "provenance.nq"] {
        assert!(!dir.join("gz").join(f).exists(), "{f} is written compressed only");
        let mut unzipped = Vec::new();
        let file = std::fs::File::open(dir.join("gz").join(format!("{f}.gz"))).unwrap();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(file), &mut unzipped).unwrap();
        assert!(unzipped == std::fs::read(dir.join("plain").join(f)).unwrap(), "{f}.gz");
    }
    // The same bytes on every run.
    ok(dir, &["build", "in", "-o", "gz2", "-q", "--compress"]);
    assert_eq!(std::fs::read(dir.join("gz/graph.nq.gz")).unwrap(), std::fs::read(dir.join("gz2/graph.nq.gz")).unwrap());
    let q = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ig:Enterprise }";
    assert_eq!(ok(dir, &["query", q, "--data", "gz"]), ok(dir, &["query", q, "--data", "plain"]));
    // Going back to plain dumps removes the compressed ones.
    ok(dir, &["build", "in", "-o", "gz", "-q"]);
    assert!(!dir.join("gz/graph.nq.gz").exists());
    check_same(&dir.join("gz"), &dir.join("plain"));
}

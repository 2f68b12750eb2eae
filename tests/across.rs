//! One node per real-world thing across documents: each merge rule and each refusal, on
//! sentences written for these tests (the companies, parks and places named are made up or
//! chosen for their grammar; none is taken from the evaluation documents), through the real
//! binary. Also: stable IRIs and `owl:sameAs`, provenance of names, `explain`, and builds that
//! stay the same whatever the order, incremental or sharded.

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;

/// Builds `docs` (file name, text) into `out` under `dir`; returns the entity lines.
fn build_into(dir: &Path, docs: &[(&str, &str)], out: &str) -> Vec<Value> {
    std::fs::create_dir_all(dir.join("in")).unwrap();
    for (name, text) in docs {
        std::fs::write(dir.join("in").join(name), text).unwrap();
    }
    let inputs: Vec<std::path::PathBuf> = docs.iter().map(|(n, _)| Path::new("in").join(n)).collect();
    let inputs: Vec<&Path> = inputs.iter().map(|p| p.as_path()).collect();
    let o = build(dir, &inputs, Path::new(out));
    assert!(o.status.success(), "{:?}", texts(&o));
    entity_lines(&dir.join(out))
}

fn entity_lines(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("entities.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// The node of type `t` that `doc` calls `name`.
fn node<'a>(lines: &'a [Value], t: &str, doc: &str, name: &str) -> &'a Value {
    lines
        .iter()
        .find(|e| e["type"] == t && e["names"][name].as_array().is_some_and(|ds| ds.iter().any(|d| d == doc)))
        .unwrap_or_else(|| panic!("no {t} that {doc} calls {name} in:\n{}", lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join("\n")))
}

/// Builds `docs` and checks the nodes of type `t`: the (document, name) pairs of each group
/// are one node, different groups are different nodes, and where `rule` is given, a merge of
/// each group with more than one document was made by that rule.
fn check(docs: &[(&str, &str)], t: &str, groups: &[&[(&str, &str)]], rule: Option<&str>) -> Vec<Value> {
    let tmp = tempfile::tempdir().unwrap();
    let lines = build_into(tmp.path(), docs, "out");
    let mut ids: Vec<&str> = Vec::new();
    for group in groups {
        let first = node(&lines, t, group[0].0, group[0].1);
        for (doc, name) in &group[1..] {
            let other = node(&lines, t, doc, name);
            assert_eq!(first["id"], other["id"], "{} ({}) and {name} ({doc}) should be one node:\n{first}\n{other}", group[0].1, group[0].0);
        }
        // A merge is recorded where it joins two names (one name in two documents is simply
        // one node).
        let names: std::collections::BTreeSet<&str> = group.iter().map(|(_, n)| *n).collect();
        if let (Some(rule), true) = (rule, names.len() > 1) {
            let rules: Vec<&str> = first["merges"].as_array().unwrap().iter().map(|m| m["rule"].as_str().unwrap()).collect();
            assert!(rules.contains(&rule), "{} merged by {rules:?}, not {rule}:\n{first}", first["name"]);
        }
        let id = first["id"].as_str().unwrap();
        assert!(!ids.contains(&id), "{} ({}) should be a node of its own:\n{first}", group[0].1, group[0].0);
        ids.push(id);
    }
    lines
}

/// Runs the binary and returns its standard output, which must succeed.
fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run_in(dir, args);
    let (stdout, stderr) = texts(&o);
    assert!(o.status.success(), "innograph {args:?}: {stderr}");
    stdout
}

// ---------------------------------------------------------------- merges

#[test]
fn the_same_name_is_one_node() {
    check(
        &[("a.txt", "江苏鑫澄电气股份有限公司建成智能工厂。"), ("b.txt", "江苏鑫澄电气股份有限公司获评省级企业技术中心。")],
        "Enterprise",
        &[&[("a.txt", "江苏鑫澄电气股份有限公司"), ("b.txt", "江苏鑫澄电气股份有限公司")]],
        Some("across.same-name"),
    );
}

#[test]
fn traditional_and_simplified_spellings_are_one_node() {
    check(
        &[("a.txt", "無錫市人民政府辦公室印發通知。"), ("b.txt", "无锡市人民政府办公室印发通知。")],
        "Agency",
        &[&[("a.txt", "無錫市人民政府辦公室"), ("b.txt", "无锡市人民政府办公室")]],
        Some("across.same-name"),
    );
}

#[test]
fn a_bare_body_joins_its_place_when_its_document_names_that_place() {
    // 市委 of a report that names 无锡市 as its own is 中共无锡市委 of another document.
    check(
        &[("a.txt", "无锡市科技创新大会召开。无锡市上下认真贯彻市委部署。"), ("b.txt", "中共无锡市委印发关于加快科技创新的实施意见。")],
        "Agency",
        &[&[("a.txt", "市委"), ("b.txt", "中共无锡市委")]],
        Some("across.same-name"),
    );
}

#[test]
fn a_short_form_one_document_ties_to_a_legal_name() {
    // 以下简称 ties 鑫澄 to the registered name; another document names only 鑫澄.
    check(
        &[
            ("a.txt", "江苏鑫澄电气股份有限公司(以下简称“鑫澄”)建成智能工厂。鑫澄获评省级智能车间。"),
            ("b.txt", "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。"),
        ],
        "Enterprise",
        &[&[("a.txt", "江苏鑫澄电气股份有限公司"), ("b.txt", "鑫澄")], &[("b.txt", "华锐光电")]],
        Some("across.short-form"),
    );
}

#[test]
fn a_trade_name_joins_the_only_registered_name_of_its_core() {
    // 鑫澄电气: the core 鑫澄 and the trade word 电气; the registered name adds a province and
    // a legal form, nothing against it.
    check(
        &[("a.txt", "江苏鑫澄电气股份有限公司建成智能工厂。"), ("b.txt", "鑫澄电气、华锐光电等5家企业获评省级企业技术中心。")],
        "Enterprise",
        &[&[("a.txt", "江苏鑫澄电气股份有限公司"), ("b.txt", "鑫澄电气")]],
        Some("across.same-core"),
    );
}

#[test]
fn a_zone_named_without_its_city_joins_the_one_it_lies_in() {
    // 生物高新区(惠山区) lies in 无锡; 常州生物高新区 cannot be it.
    check(
        &[
            ("a.txt", "无锡市科学技术局支持无锡生物高新区建设。"),
            ("b.txt", "生物高新区(惠山区)新增企业30家。"),
            ("c.txt", "常州市科学技术局支持常州生物高新区建设。"),
        ],
        "Platform",
        &[&[("a.txt", "无锡生物高新区"), ("b.txt", "生物高新区(惠山区)")], &[("c.txt", "常州生物高新区")]],
        Some("across.same-core"),
    );
}

#[test]
fn a_zone_named_by_its_broader_head_is_its_places_only_zone_of_that_kind() {
    // 无锡开发区 is 无锡经济技术开发区 while 无锡 has no other 开发区 in the build...
    check(
        &[("a.txt", "无锡经济技术开发区新增高新技术企业30家。"), ("b.txt", "无锡开发区新增企业。")],
        "Platform",
        &[&[("a.txt", "无锡经济技术开发区"), ("b.txt", "无锡开发区")]],
        Some("across.same-core"),
    );
    // ...and neither zone once it has a 高新区 too.
    check(
        &[("a.txt", "无锡经济技术开发区新增高新技术企业30家。"), ("b.txt", "无锡开发区新增企业。"), ("c.txt", "无锡高新区新增企业12家。")],
        "Platform",
        &[&[("a.txt", "无锡经济技术开发区")], &[("b.txt", "无锡开发区")], &[("c.txt", "无锡高新区")]],
        None,
    );
}

#[test]
fn a_park_named_by_its_level_is_the_one_of_its_documents_city() {
    // 市智能制造产业园 in a 盐城 report is 盐城's; in a 淮安 report, 淮安's.
    check(
        &[
            ("a.txt", "盐城市科技局推进市智能制造产业园建设。"),
            ("b.txt", "盐城智能制造产业园新增企业12家。"),
            ("c.txt", "淮安市科技局推进市智能制造产业园建设。"),
        ],
        "Platform",
        &[&[("a.txt", "市智能制造产业园"), ("b.txt", "盐城智能制造产业园")], &[("c.txt", "市智能制造产业园")]],
        Some("across.same-core"),
    );
}

#[test]
fn national_bodies_are_one_node_under_their_official_name() {
    let lines = check(
        &[("a.txt", "根据科技部部署开展工作。"), ("b.txt", "中华人民共和国科学技术部发布通知。")],
        "Agency",
        &[&[("a.txt", "科技部"), ("b.txt", "中华人民共和国科学技术部")]],
        None,
    );
    // Each document's entity has the official name already (the table in agency.toml): one
    // name, one node, carrying every form with its documents.
    let n = node(&lines, "Agency", "a.txt", "科技部");
    assert_eq!(n["name"], "中华人民共和国科学技术部");
    assert_eq!(n["names"]["中华人民共和国科学技术部"], serde_json::json!(["a.txt", "b.txt"]));
}

// ---------------------------------------------------------------- refusals

#[test]
fn no_wrong_merge_of_a_bare_generic_form_across_documents() {
    // 市委 in a report about 无锡 and 市委 in one about 常州 are two committees.
    check(
        &[
            ("a.txt", "无锡市科技创新大会召开。无锡市上下认真贯彻市委部署。"),
            ("b.txt", "常州市科技创新大会召开。常州市上下认真贯彻市委部署。"),
        ],
        "Agency",
        &[&[("a.txt", "市委")], &[("b.txt", "市委")]],
        None,
    );
    // A document that names 常州 only inside a park's name does not say its 市委 is 常州's.
    check(
        &[
            ("a.txt", "企业积极入驻常州市智能制造产业园。市委提出新要求,推动产业升级。"),
            ("b.txt", "中共常州市委召开全会,部署科技工作。"),
        ],
        "Agency",
        &[&[("a.txt", "市委")], &[("b.txt", "中共常州市委")]],
        None,
    );
    // Nor does one that names 苏州 as the area it ranks in.
    check(
        &[("a.txt", "项目开工数保持苏州市第一。市委对此提出表扬。"), ("b.txt", "中共苏州市委召开全会,部署科技工作。")],
        "Agency",
        &[&[("a.txt", "市委")], &[("b.txt", "中共苏州市委")]],
        None,
    );
    // 管委会 with no place: every document's is its own, with an IRI of its own.
    check(
        &[("a.txt", "开发区管委会召开科技工作会议。"), ("b.txt", "开发区管委会召开科技工作会议,部署创新工作。")],
        "Agency",
        &[&[("a.txt", "开发区管委会")], &[("b.txt", "开发区管委会")]],
        None,
    );
}

#[test]
fn different_places_in_the_names_are_different_things() {
    check(
        &[("a.txt", "无锡鑫澄电气有限公司建成智能工厂。"), ("b.txt", "常州鑫澄电气有限公司建成智能工厂。")],
        "Enterprise",
        &[&[("a.txt", "无锡鑫澄电气有限公司")], &[("b.txt", "常州鑫澄电气有限公司")]],
        None,
    );
}

#[test]
fn a_short_name_with_two_fuller_candidates_stays_apart() {
    // 鑫澄 could be 鑫澄电气 or 鑫澄药业: no evidence says which; the two differ in trade.
    check(
        &[
            ("a.txt", "鑫澄电气、华锐光电等5家企业获评省级企业技术中心。"),
            ("b.txt", "鑫澄药业、海博电子等2家企业入选省级示范。"),
            ("c.txt", "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。"),
        ],
        "Enterprise",
        &[&[("a.txt", "鑫澄电气")], &[("b.txt", "鑫澄药业")], &[("c.txt", "鑫澄")]],
        None,
    );
}

// ---------------------------------------------------------------- identity and provenance

#[test]
fn a_merge_keeps_the_registered_names_iri_and_the_other_is_same_as() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let trade = ("a.txt", "鑫澄电气、华锐光电等5家企业获评省级企业技术中心。");
    let before = build_into(dir, &[trade], "one");
    let old = node(&before, "Enterprise", "a.txt", "鑫澄电气")["id"].as_str().unwrap().to_string();
    // A document that merges with nothing renames nothing.
    let after = build_into(dir, &[trade, ("b.txt", "常州市科学技术局支持常州生物高新区建设。")], "two");
    assert_eq!(node(&after, "Enterprise", "a.txt", "鑫澄电气")["id"], old.as_str());
    // A merge: the node takes the registered name's IRI, and the old one leads to it.
    let merged = build_into(dir, &[trade, ("c.txt", "江苏鑫澄电气股份有限公司建成智能工厂。")], "three");
    let n = node(&merged, "Enterprise", "a.txt", "鑫澄电气");
    assert_eq!(n["name"], "江苏鑫澄电气股份有限公司");
    assert_ne!(n["id"], old.as_str());
    assert_eq!(n["same_as"], serde_json::json!([old]));
    let nq = std::fs::read_to_string(dir.join("three/graph.nq")).unwrap();
    let same_as = format!("<{old}> <http://www.w3.org/2002/07/owl#sameAs> <{}> .", n["id"].as_str().unwrap());
    assert!(nq.contains(&same_as), "no {same_as} in the dump");
    // The names it carries, each with its documents.
    assert_eq!(n["names"]["鑫澄电气"], serde_json::json!(["a.txt"]));
    assert_eq!(n["names"]["江苏鑫澄电气股份有限公司"], serde_json::json!(["c.txt"]));
    // Every mention of either document points at the node.
    let prov = std::fs::read_to_string(dir.join("three/provenance.nq")).unwrap();
    assert!(!prov.contains(&format!("<{old}>")), "a mention still names the old IRI");
}

#[test]
fn the_dump_says_which_document_uses_which_name_and_why_names_were_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    build_into(
        dir,
        &[
            ("a.txt", "江苏鑫澄电气股份有限公司(以下简称“鑫澄”)建成智能工厂。"),
            ("b.txt", "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。"),
        ],
        "out",
    );
    let q = "SELECT ?file ?name WHERE { GRAPH ?g { ?e ig:surfaceForm ?name . ?g ig:fileName ?file } ?e a ig:Enterprise ; skos:prefLabel \"江苏鑫澄电气股份有限公司\"@zh } ORDER BY ?file ?name";
    let rows = ok(dir, &["query", q, "--data", "out", "--format", "tsv"]);
    for row in ["\"a.txt\"\t\"江苏鑫澄电气股份有限公司\"@zh", "\"a.txt\"\t\"鑫澄\"@zh", "\"b.txt\"\t\"鑫澄\"@zh"] {
        assert!(rows.contains(row), "{row} missing from:\n{rows}");
    }
    let q = "SELECT ?rule ?evidence WHERE { ?m a ig:Merge ; ig:rule ?rule ; ig:evidence ?evidence ; ig:mergedInto ?e . ?e skos:prefLabel \"江苏鑫澄电气股份有限公司\"@zh }";
    let rows = ok(dir, &["query", q, "--data", "out", "--format", "tsv"]);
    assert!(rows.contains("across.short-form") && rows.contains("ties 鑫澄"), "{rows}");
}

#[test]
fn explain_shows_the_node_a_name_went_to_and_why() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let lines = build_into(
        dir,
        &[
            ("a.txt", "江苏鑫澄电气股份有限公司(以下简称“鑫澄”)建成智能工厂。"),
            ("b.txt", "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。"),
            ("c.txt", "项目开工数保持苏州市第一。市委对此提出表扬。"),
            ("d.txt", "中共苏州市委召开全会,部署科技工作。"),
        ],
        "out",
    );
    let id = node(&lines, "Enterprise", "b.txt", "鑫澄")["id"].as_str().unwrap().to_string();
    let out = ok(dir, &["explain", "鑫澄", "--data", "out"]);
    assert!(out.contains(&format!("鑫澄 in b.txt → {id}")), "{out}");
    assert!(out.contains("across.short-form") && out.contains("a.txt ties 鑫澄 to 江苏鑫澄电气股份有限公司"), "{out}");
    // A refusal says why.
    let out = ok(dir, &["explain", "市委", "--data", "out"]);
    assert!(out.contains("kept to its document"), "{out}");
    let o = run_in(dir, &["explain", "没有这个名字", "--data", "out"]);
    assert_eq!(o.status.code(), Some(1));
}

// ---------------------------------------------------------------- builds stay the same

const DOCS: [(&str, &str); 4] = [
    ("a.txt", "江苏鑫澄电气股份有限公司(以下简称“鑫澄”)建成智能工厂。"),
    ("b.txt", "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。"),
    ("c.txt", "无锡市科学技术局支持无锡生物高新区建设。无锡市上下认真贯彻市委部署。"),
    ("d.txt", "生物高新区(惠山区)新增企业30家。中共无锡市委召开全会。"),
];

fn same_outputs(a: &Path, b: &Path) {
    for f in ["graph.nq", "provenance.nq", "graph.trig", "entities.jsonl"] {
        let (x, y) = (std::fs::read(a.join(f)).unwrap(), std::fs::read(b.join(f)).unwrap());
        assert!(x == y, "{f} differs between {} and {}", a.display(), b.display());
    }
}

#[test]
fn merged_builds_are_the_same_whatever_the_order_incremental_or_sharded() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    for (name, text) in DOCS {
        std::fs::write(dir.join("in").join(name), text).unwrap();
    }
    ok(dir, &["build", "-q", "-o", "clean", "in/a.txt", "in/b.txt", "in/c.txt", "in/d.txt"]);
    ok(dir, &["build", "-q", "-o", "reversed", "in/d.txt", "in/c.txt", "in/b.txt", "in/a.txt"]);
    same_outputs(&dir.join("clean"), &dir.join("reversed"));
    let lines = entity_lines(&dir.join("clean"));
    assert!(lines.iter().any(|l| !l["merges"].as_array().unwrap().is_empty()), "the corpus merges something");
    // Incremental: two documents first, then all four into the same folder.
    ok(dir, &["build", "-q", "-o", "inc", "in/a.txt", "in/c.txt"]);
    let summary = ok(dir, &["build", "-o", "inc", "in/a.txt", "in/b.txt", "in/c.txt", "in/d.txt"]);
    assert!(summary.contains("4 read, 2 unchanged"), "{summary}");
    same_outputs(&dir.join("clean"), &dir.join("inc"));
    // Shards, merged.
    ok(dir, &["build", "-q", "in", "-o", "s1", "--shard", "1/2"]);
    ok(dir, &["build", "-q", "in", "-o", "s2", "--shard", "2/2"]);
    ok(dir, &["merge", "-q", "s1", "s2", "-o", "merged"]);
    ok(dir, &["build", "-q", "in", "-o", "all"]);
    same_outputs(&dir.join("all"), &dir.join("merged"));
}

#[test]
fn a_generic_program_is_each_places_own() {
    // 高新技术企业培育计划 names no one scheme: two 无锡 reports' are one, 常州's another, and
    // one of a report that names no place stays its own.
    check(
        &[
            ("a.txt", "无锡市科技局实施高新技术企业培育计划。"),
            ("b.txt", "无锡市科技局推进高新技术企业培育计划,新增企业50家。"),
            ("c.txt", "常州市科技局实施高新技术企业培育计划。"),
            ("d.txt", "实施高新技术企业培育计划。"),
        ],
        "Program",
        &[
            &[("a.txt", "高新技术企业培育计划"), ("b.txt", "高新技术企业培育计划")],
            &[("c.txt", "高新技术企业培育计划")],
            &[("d.txt", "高新技术企业培育计划")],
        ],
        Some("across.same-name"),
    );
}

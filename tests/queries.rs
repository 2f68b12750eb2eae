//! Each query of `ontology/queries/` answers its question on the sample.

mod common;

use common::*;
use std::path::Path;
use std::sync::OnceLock;

/// The sample built once for all these tests.
fn built() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let o = build(dir.path(), &[&sample()], Path::new("out"));
        assert!(o.status.success(), "{:?}", texts(&o));
        dir
    })
    .path()
}

/// Rows of a query file's TSV result, header first.
fn rows(query: &str) -> Vec<String> {
    rows_with(query, &[])
}

fn rows_with(query: &str, extra: &[&str]) -> Vec<String> {
    let file = root().join("ontology/queries").join(query);
    let mut args = vec!["query", "-f", file.to_str().unwrap(), "--data", "out", "--format", "tsv"];
    args.extend_from_slice(extra);
    let o = run_in(built(), &args);
    let (stdout, stderr) = texts(&o);
    assert!(o.status.success(), "{query}: {stderr}");
    stdout.lines().map(str::to_string).collect()
}

fn has(rows: &[String], cells: &[&str]) -> bool {
    rows.iter().any(|r| cells.iter().all(|c| r.contains(c)))
}

#[test]
fn entities_by_type() {
    let r = rows("entities.rq");
    assert_eq!(r.len(), 1 + 31, "{r:?}");
    assert!(has(&r, &["Agency", "泰兴市科学技术局"]));
    assert!(has(&r, &["Program", "省重点研发计划项目(产业前瞻与关键核心技术)"]));
}

#[test]
fn enterprises_with_provincial_platforms() {
    let r = rows("provincial-platforms.rq");
    assert!(has(&r, &["济川药业", "济川药业工程技术研究中心", "省级"]), "{r:?}");
    assert!(has(&r, &["中兵航联", "中兵航联工程技术研究中心", "省级"]), "{r:?}");
    assert_eq!(r.len(), 3, "{r:?}");
}

#[test]
fn programs_of_agencies_with_their_sentences() {
    let r = rows("programs-of-agencies.rq");
    assert!(has(&r, &["泰兴市科学技术局", "科技型中小企业“育苗”计划", "实施高新技术企业培育"]), "{r:?}");
    assert!(has(&r, &["江苏省人民政府", "配套督查激励"]), "{r:?}");
    assert!(has(&r, &["泰兴市科技创新委员会", "市委科创委2022-2024年工作方案"]), "{r:?}");
}

#[test]
fn projects_selected_for_programs() {
    let r = rows("projects-selected.rq");
    assert!(has(&r, &["江苏泰隆减速机股份有限公司", "大功率重载减速机齿轮激光复合强化技术研究及其产业化", "泰州市级科技支撑(产业关键技术研发)项目"]), "{r:?}");
}

#[test]
fn rd_spending_and_technology_contracts_with_where_they_are_said() {
    let r = rows("figures.rq");
    assert!(has(&r, &["研发经费\"", "2480000000", "CNY", "2022", "taixing-2022-kejiju.txt"]), "{r:?}");
    assert!(has(&r, &["研发经费同比增幅", "11.88", "percent"]), "{r:?}");
    assert!(has(&r, &["技术合同成交额", "10650000000", "CNY"]), "{r:?}");
}

#[test]
fn mentions_of_agencies_point_into_the_text() {
    // Mention-level provenance is its own dump, loaded when asked for.
    assert_eq!(rows("evidence.rq").len(), 1, "without --provenance only the header");
    let r = rows_with("evidence.rq", &["--provenance"]);
    let sample_text = std::fs::read_to_string(sample()).unwrap();
    let rules = innograph::rules::RuleSet::defaults().unwrap();
    let doc = innograph::process_text("x", &sample_text, &rules);
    for row in &r[1..] {
        let cells: Vec<&str> = row.split('\t').collect();
        let (begin, end): (usize, usize) = (cells[2].parse().unwrap(), cells[3].parse().unwrap());
        assert_eq!(format!("\"{}\"", doc.normalised.slice(begin, end)), cells[4], "{row}");
    }
    assert!(has(&r, &["泰兴市科学技术局", "我局", "agency.self-reference"]));
}

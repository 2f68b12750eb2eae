//! The binary, end to end: build, query, extract, and what it does with bad input.

mod common;

use common::*;
use std::io::Write;
use std::path::Path;

fn docx_bytes(document_xml: &str) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(document_xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect()
}

#[test]
fn sample_builds_and_query_lists_every_type_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let o = build(tmp.path(), &[&sample()], Path::new("out"));
    assert!(o.status.success(), "{:?}", texts(&o));
    for f in ["graph.nq", "graph.trig", "entities.jsonl"] {
        assert!(tmp.path().join("out").join(f).exists(), "{f} written");
    }
    let q = "SELECT ?type ?name WHERE { ?e a ?t ; skos:prefLabel ?name . VALUES ?t { ig:Enterprise ig:Platform ig:Program ig:Agency } BIND(STRAFTER(STR(?t), '#') AS ?type) } ORDER BY ?type ?name";
    let o = run_in(tmp.path(), &["query", q, "--data", "out", "--format", "tsv"]);
    let (stdout, stderr) = texts(&o);
    assert!(o.status.success(), "{stderr}");
    for (t, name) in [
        ("Enterprise", "江苏泰隆减速机股份有限公司"),
        ("Platform", "中工高端研究院"),
        ("Program", "科技型中小企业“育苗”计划"),
        ("Agency", "泰兴市科学技术局"),
    ] {
        assert!(stdout.contains(&format!("\"{t}\"\t\"{name}\"@zh")), "{t} {name} missing from:\n{stdout}");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::copy(sample(), dir.join("a.txt")).unwrap();
    std::fs::write(dir.join("b.txt"), "泰兴市科学技术局支持江苏泰隆减速机股份有限公司建设省级企业技术中心。").unwrap();
    assert!(build(dir, &[Path::new("a.txt"), Path::new("b.txt")], Path::new("one")).status.success());
    assert!(build(dir, &[Path::new("b.txt"), Path::new("a.txt")], Path::new("two")).status.success());
    for f in ["graph.nq", "graph.trig", "entities.jsonl"] {
        let a = std::fs::read(dir.join("one").join(f)).unwrap();
        let b = std::fs::read(dir.join("two").join(f)).unwrap();
        assert!(a == b, "{f} differs between builds");
    }
}

/// One bad input of each kind: each gets one line on stderr naming the file and the
/// reason, the good input is still built, the exit status is 1, and nothing half-written
/// is left behind.
#[test]
fn bad_inputs_are_reported_and_the_rest_is_built() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("good.txt"), "组建泰兴市科技创新委员会,推动江苏泰隆减速机股份有限公司发展。").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(dir.join("bad-utf8.txt"), b"\xEF\xBB\xBF\xE7\xA7\x91\xFF\xFE").unwrap();
    std::fs::write(dir.join("corrupt.docx"), b"PK\x03\x04this is not a zip").unwrap();
    std::fs::write(dir.join("image.png"), b"\x89PNG").unwrap();
    let names = ["good.txt", "empty.txt", "binary.txt", "bad-utf8.txt", "corrupt.docx", "image.png", "missing.txt"];
    let mut args = vec!["build", "--quiet", "--out", "out"];
    args.extend(names);
    let o = run_in(dir, &args);
    let (_, stderr) = texts(&o);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let expect = [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("bad-utf8.txt", "invalid UTF-8 at byte 3"),
        ("corrupt.docx", "corrupt .docx"),
        ("image.png", "unsupported file type '.png'"),
        ("missing.txt", "no such file"),
    ];
    for (file, reason) in expect {
        let line = stderr.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no line for {file} in:\n{stderr}"));
        assert!(line.starts_with("innograph: ") && line.contains(reason), "{file}: {line}");
    }
    assert_eq!(stderr.lines().count(), expect.len(), "one line per bad input:\n{stderr}");
    let entities = std::fs::read_to_string(dir.join("out/entities.jsonl")).unwrap();
    assert!(entities.contains("江苏泰隆减速机股份有限公司"), "the good file is in the graph");
    assert!(leftovers(&dir.join("out")).is_empty());
}

#[test]
fn a_batch_with_nothing_readable_leaves_the_previous_output_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(build(dir, &[&sample()], Path::new("out")).status.success());
    let before = std::fs::read(dir.join("out/graph.nq")).unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let o = build(dir, &[Path::new("empty.txt")], Path::new("out"));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(dir.join("out/graph.nq")).unwrap(), before);
}

#[test]
fn docx_html_and_gbk_inputs_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let xml = r#"<w:document><w:body><w:p><w:r><w:t>扬州市科学技术局认定江苏扬农化工集团有限公司</w:t></w:r></w:p></w:body></w:document>"#;
    std::fs::write(dir.join("a.docx"), docx_bytes(xml)).unwrap();
    std::fs::write(dir.join("b.html"), "<html><body><p>支持南京高新技术产业开发区建设<b>紫金山实验室</b>。</p><script>var x='无锡市科技局';</script></body></html>").unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode("常州市科技局组织常州天合光能有限公司申报。");
    std::fs::write(dir.join("c.txt"), gbk).unwrap();
    let o = run_in(dir, &["extract", "a.docx", "b.html", "c.txt", "--format", "jsonl"]);
    let (stdout, stderr) = texts(&o);
    assert!(o.status.success(), "{stderr}");
    for name in ["江苏扬农化工集团有限公司", "紫金山实验室", "常州天合光能有限公司", "常州市科学技术局"] {
        assert!(stdout.contains(name), "{name} missing:\n{stdout}");
    }
    assert!(!stdout.contains("无锡"), "script text is not document text");
}

/// A report saved by Windows as "Unicode" (UTF-16, no BOM) in either byte order, ASCII digits
/// and punctuation mixed into the Chinese, builds the same graph as the UTF-8 file; a binary
/// file named `.txt` beside it is still refused.
#[test]
fn utf16_reports_without_bom_are_read_and_binary_files_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let text = std::fs::read_to_string(sample()).unwrap();
    assert!(text.chars().filter(char::is_ascii).count() * 10 > text.chars().count(), "the sample mixes in ASCII");
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x02\x00\x00\x00\x01\x80\x08\x06\x00\x00\x00".to_vec();
    png.extend((0u32..20_000).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    for (folder, bytes) in [("utf8", text.as_bytes()), ("le", &le), ("be", &be)] {
        std::fs::create_dir(dir.join(folder)).unwrap();
        std::fs::write(dir.join(folder).join("report.txt"), bytes).unwrap();
    }
    std::fs::write(dir.join("le").join("image.txt"), &png).unwrap();
    let built = |folder: &str| {
        let o = build(dir, &[Path::new(folder)], Path::new(&format!("out-{folder}")));
        (o.status.code(), texts(&o).1, std::fs::read_to_string(dir.join(format!("out-{folder}/entities.jsonl"))).unwrap())
    };
    let (status, stderr, utf8) = built("utf8");
    assert_eq!(status, Some(0), "{stderr}");
    let (status, stderr, le) = built("le");
    assert_eq!(status, Some(1), "the binary file fails the batch:\n{stderr}");
    let refusal: Vec<_> = stderr.lines().filter(|l| l.starts_with("innograph: ")).collect();
    assert!(refusal.len() == 1 && refusal[0].contains("image.txt") && refusal[0].contains("binary file"), "{stderr}");
    assert_eq!(le, utf8, "UTF-16LE gives the UTF-8 file's entities");
    let (status, stderr, be) = built("be");
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(be, utf8, "UTF-16BE gives the UTF-8 file's entities");
    for (folder, encoding) in [("le", "UTF-16LE"), ("be", "UTF-16BE")] {
        let graph = std::fs::read_to_string(dir.join(format!("out-{folder}/graph.nq"))).unwrap();
        assert!(graph.contains(&format!("ontology#encoding> \"{encoding}\"")), "{folder} read as {encoding}");
    }
}

#[test]
fn extract_jsonl_follows_the_contract() {
    let o = bin().args(["extract", sample().to_str().unwrap()]).output().unwrap();
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let normalised_doc = innograph::process_text(
        "x",
        &std::fs::read_to_string(sample()).unwrap(),
        &innograph::rules::RuleSet::defaults().unwrap(),
    );
    let mut kinds = std::collections::BTreeSet::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["doc"], "taixing-2022-kejiju.txt");
        kinds.insert(v["kind"].as_str().unwrap().to_string());
        if v["kind"] == "entity" {
            for k in ["id", "type", "name", "aliases", "mentions"] {
                assert!(v.get(k).is_some(), "entity without {k}: {line}");
            }
            for m in v["mentions"].as_array().unwrap() {
                assert!(m["rule"].as_str().is_some_and(|r| !r.is_empty()));
                let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                assert!(s < e, "{m}");
                if m.get("composed").is_none() {
                    assert_eq!(m["text"].as_str().unwrap(), normalised_doc.normalised.slice(s, e), "{m}");
                }
            }
        } else if v["kind"] == "relation" {
            for k in ["subject", "predicate", "object", "rule"] {
                assert!(v[k].as_str().is_some(), "relation without {k}: {line}");
            }
        } else {
            assert_eq!(v["kind"], "observation");
            for k in ["indicator", "value", "unit", "rule"] {
                assert!(v[k].as_str().is_some(), "observation without {k}: {line}");
            }
        }
    }
    assert!(kinds.contains("entity") && kinds.contains("relation") && kinds.contains("observation"));
}

#[test]
fn query_syntax_error_names_the_position_and_fails() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(build(tmp.path(), &[&sample()], Path::new("out")).status.success());
    let o = run_in(tmp.path(), &["query", "SELECT ?x WHERE { ?x ?p }", "--data", "out"]);
    let (_, stderr) = texts(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("SPARQL syntax error") && stderr.contains("1:"), "{stderr}");
}

#[test]
fn query_formats() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(build(tmp.path(), &[&sample()], Path::new("out")).status.success());
    let ask = run_in(tmp.path(), &["query", "ASK { ?e a ig:Agency }", "--data", "out"]);
    assert_eq!(String::from_utf8_lossy(&ask.stdout).trim(), "true");
    let json = run_in(tmp.path(), &["query", "SELECT ?e WHERE { ?e a ig:Platform } LIMIT 1", "--data", "out", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["results"]["bindings"].as_array().unwrap().len(), 1);
    let nt = run_in(tmp.path(), &["query", "CONSTRUCT { ?e a ig:Enterprise } WHERE { ?e a ig:Enterprise }", "--data", "out", "--format", "nt"]);
    assert_eq!(String::from_utf8_lossy(&nt.stdout).lines().count(), 5);
    let bad = run_in(tmp.path(), &["query", "ASK {}", "--data", "out", "--format", "nt"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn query_without_a_build_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run_in(tmp.path(), &["query", "ASK {}", "--data", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(texts(&o).1.contains("no graph dump"));
}

#[test]
fn malformed_rules_are_refused_before_any_document_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("doc.txt"), "昆山市科技局").unwrap();
    std::fs::write(dir.join("syntax.toml"), "[[list]]\nname = \"x\"\nwords = [\"a\",\n\n").unwrap();
    std::fs::write(dir.join("typo.toml"), "[[name]]\nid = \"r\"\ntype = \"Enterprise\"\nheads = \"legal_form\"\nmodifer = \"proper\"\n").unwrap();
    std::fs::write(dir.join("regex.toml"), "[normalise]\nboilerplate = ['[a-']\n").unwrap();
    std::fs::write(dir.join("list.toml"), "[[name]]\nid = \"user.nolist\"\ntype = \"Platform\"\nheads = \"no_such_list\"\n").unwrap();
    std::fs::write(dir.join("type.toml"), "[[name]]\nid = \"user.notype\"\ntype = \"Company\"\nheads = \"legal_form\"\n").unwrap();
    for (file, expect) in [
        ("syntax.toml", "syntax.toml:3: unclosed array"),
        ("typo.toml", "typo.toml:"),
        ("regex.toml", "normalise.boilerplate"),
        ("list.toml", "rule 'user.nolist': names unknown list 'no_such_list'"),
        ("type.toml", "rule 'user.notype': unknown type 'Company'"),
    ] {
        let o = run_in(dir, &["build", "--rules", file, "--out", "out", "doc.txt"]);
        let (_, stderr) = texts(&o);
        assert_eq!(o.status.code(), Some(2), "{file}: {stderr}");
        assert!(stderr.contains(expect), "{file}: {stderr}");
        assert!(!dir.join("out").exists(), "nothing is built with bad rules");
    }
}

#[test]
fn user_rules_add_a_platform_type_and_an_enterprise() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("t.txt"), "常州市建成智能制造数字化转型促进中心,比亚迪常州基地投产。").unwrap();
    let custom = root().join("examples/rules/custom.toml");
    let plain = run_in(tmp.path(), &["extract", "t.txt", "--format", "table"]);
    let with = run_in(tmp.path(), &["extract", "t.txt", "--format", "table", "--rules", custom.to_str().unwrap()]);
    let (plain, with) = (texts(&plain).0, texts(&with).0);
    assert!(!plain.contains("比亚迪") && !plain.contains("数字化转型促进中心"), "{plain}");
    assert!(with.contains("Enterprise   比亚迪") && with.contains("Platform     智能制造数字化转型促进中心"), "{with}");
}

#[test]
fn export_filters_the_neighbourhood_of_an_entity() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(build(tmp.path(), &[&sample()], Path::new("out")).status.success());
    let o = run_in(tmp.path(), &["export", "--format", "cytoscape", "--data", "out", "--around", "济川药业", "--depth", "1", "--out", "-"]);
    assert!(o.status.success(), "{:?}", texts(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut names: Vec<&str> = v["elements"]["nodes"].as_array().unwrap().iter().map(|n| n["data"]["label"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["济川药业", "济川药业工程技术研究中心", "省级企业研发机构绩效考评优秀"]);
    let bad = run_in(tmp.path(), &["export", "--format", "dot", "--data", "out", "--around", "不存在"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(texts(&bad).1.contains("no entity is named '不存在'"));
    let bad = run_in(tmp.path(), &["export", "--format", "dot", "--data", "out", "--type", "Company"]);
    assert!(texts(&bad).1.contains("unknown type 'Company'"));
}

#[test]
fn same_inputs_in_any_order_on_any_number_of_threads_give_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let docs = [
        "昆山市科技局组织江苏汇川技术有限公司申报省重点研发计划(产业前瞻)项目。",
        "组建常州市科技创新委员会,实施“龙城英才计划”。",
        "扬杰科技、亚威机床等企业承担国家重点研发计划项目。",
        "南京大学—南京高新区人工智能研究院建成投用。",
    ];
    let mut names = Vec::new();
    for (i, t) in docs.iter().enumerate() {
        let name = format!("d{i}.txt");
        std::fs::write(dir.join(&name), t).unwrap();
        names.push(name);
    }
    std::fs::copy(sample(), dir.join("sample.txt")).unwrap();
    names.push("sample.txt".into());
    let orders: [(&str, Vec<usize>); 3] = [("1", vec![0, 1, 2, 3, 4]), ("2", vec![4, 2, 0, 3, 1]), ("4", vec![3, 4, 1, 0, 2])];
    let mut outputs = Vec::new();
    for (k, (threads, order)) in orders.iter().enumerate() {
        let out = format!("out{k}");
        let mut args = vec!["build".to_string(), "-q".into(), "-j".into(), threads.to_string(), "--out".into(), out.clone()];
        args.extend(order.iter().map(|&i| names[i].clone()));
        args.extend(["--export", "graphml", "--export", "gexf", "--export", "dot", "--export", "cytoscape", "--export", "neo4j", "--export", "html"].map(String::from));
        let o = bin().current_dir(dir).args(&args).output().unwrap();
        assert!(o.status.success(), "{:?}", texts(&o));
        outputs.push(out);
    }
    for f in ["graph.nq", "graph.trig", "entities.jsonl", "graph.graphml", "graph.gexf", "graph.dot", "graph.cyjs", "neo4j/nodes.csv", "neo4j/relationships.csv", "graph.html"] {
        let first = std::fs::read(dir.join(&outputs[0]).join(f)).unwrap();
        for o in &outputs[1..] {
            assert!(std::fs::read(dir.join(o).join(f)).unwrap() == first, "{f} differs between {} and {o}", outputs[0]);
        }
    }
}

#[test]
fn strict_stops_at_a_failure_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("good.txt"), "昆山市科技局").unwrap();
    std::fs::write(tmp.path().join("empty.txt"), "").unwrap();
    let o = run_in(tmp.path(), &["build", "--strict", "--out", "out", "good.txt", "empty.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(texts(&o).1.contains("empty.txt: empty file"));
    assert!(!tmp.path().join("out").exists());
    let o = run_in(tmp.path(), &["build", "--out", "out", "good.txt", "empty.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let (stdout, _) = texts(&o);
    assert!(stdout.contains("failed     1 input(s):") && stdout.contains("empty.txt: empty file"), "{stdout}");
    assert!(tmp.path().join("out/graph.nq").exists());
}

#[test]
fn a_rules_file_may_add_hundreds_of_scanned_lists() {
    // Each list gets a bit of its own in the scan's sets: 200 lists after the built-in ones
    // take ids past 128 and 256, which one machine word per set could not hold.
    let tmp = tempfile::tempdir().unwrap();
    let chars: Vec<char> = "云峰澜翎琨瑶璟珂琪瑾璇琅瑜璞玮".chars().collect();
    let name = |i: usize| format!("{}{}达", chars[i / 15], chars[i % 15]);
    let mut rules = String::new();
    for i in 0..200 {
        rules.push_str(&format!(
            "[[list]]\nname = \"zz_tracked_{i:03}\"\nwhy = \"A test list.\"\nwords = [\"{}\"]\n\n[[context]]\nid = \"user.tracked-{i:03}\"\ntype = \"Enterprise\"\nform = \"self\"\nwords = \"zz_tracked_{i:03}\"\nstage = 1\npriority = 90\nwhy = \"A tracked trade name.\"\nexamples = [{{ text = \"{}常州基地投产。\", finds = \"{}\" }}]\n\n",
            name(i),
            name(i),
            name(i)
        ));
    }
    std::fs::write(tmp.path().join("many.toml"), rules).unwrap();
    let picked = [0, 63, 64, 127, 128, 150, 199];
    let text: String = picked.iter().map(|&i| format!("{}常州基地投产。", name(i))).collect::<String>() + "常州市建成智能制造数字化转型促进中心。";
    std::fs::write(tmp.path().join("t.txt"), &text).unwrap();
    let custom = root().join("examples/rules/custom.toml");
    let o = run_in(tmp.path(), &["extract", "t.txt", "--format", "table", "--rules", "many.toml", "--rules", custom.to_str().unwrap()]);
    let (out, err) = texts(&o);
    assert!(o.status.success(), "{err}");
    for &i in &picked {
        assert!(out.contains(&format!("Enterprise   {}", name(i))), "{} (list {i}) not found:\n{out}", name(i));
    }
    // The built-in lists and a user's list extending one still work beside them.
    assert!(out.contains("Platform     智能制造数字化转型促进中心"), "{out}");
    let plain = texts(&run_in(tmp.path(), &["extract", "t.txt", "--format", "table"])).0;
    assert!(!plain.contains(&name(199)), "{plain}");
}

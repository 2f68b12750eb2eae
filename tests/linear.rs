//! Extraction grows with its input and no faster: doubling a document doubles the work done
//! (characters read, words found, characters scanned left of head words, candidates weighed),
//! on ordinary text and on text with no sentence punctuation and no line breaks at all.
//! The work is counted, not timed; BENCHMARKS.md has the seconds.

#[path = "../benches/corpus/generator.rs"]
mod generator;

use innograph::rules::RuleSet;

/// The generated corpus's documents run together, cut at `chars` characters.
fn ordinary(chars: usize) -> String {
    let mut text = String::new();
    generator::generate(chars * 4, 7, |_, doc| {
        text.push_str(doc);
        text.push('\n');
    });
    text.chars().take(chars).collect()
}

/// The same text as one unbroken line: no sentence ends, no line breaks.
fn one_line(chars: usize) -> String {
    ordinary(chars * 2).chars().filter(|c| !matches!(c, '\n' | '\r' | '。' | '\u{FF1B}' | '\u{FF01}' | '\u{FF1F}' | ';' | '!' | '?')).take(chars).collect()
}

fn work(text: &str, rules: &RuleSet) -> usize {
    innograph::process_text("t.txt", text, rules).extraction.work
}

/// Work at sizes n, 2n, 4n, 8n: each doubling costs between 1.8 and 2.2 times as much.
fn check_linear(what: &str, make: impl Fn(usize) -> String) {
    let rules = RuleSet::defaults().unwrap();
    // 40,000 to 320,000 characters: past the 100,000-character extraction window too.
    let sizes = [40_000, 80_000, 160_000, 320_000];
    let works: Vec<usize> = sizes.iter().map(|&n| work(&make(n), &rules)).collect();
    for k in 1..sizes.len() {
        let ratio = works[k] as f64 / works[k - 1] as f64;
        assert!((1.8..=2.2).contains(&ratio), "{what}: {} -> {} characters: work {} -> {} (x{ratio:.2})", sizes[k - 1], sizes[k], works[k - 1], works[k]);
    }
}

#[test]
fn work_doubles_with_ordinary_text() {
    check_linear("ordinary", ordinary);
}

#[test]
fn work_doubles_with_one_unbroken_line() {
    check_linear("one line", one_line);
}

#[test]
fn work_doubles_with_a_run_of_table_rows() {
    // Rows of cells that are no table of names: each run of rows is weighed once, not again
    // from each of its lines.
    check_linear("table rows", |n| (0..n / 10).map(|i| format!("{i} | 科技创新工作{} | 推进中 |\n", i % 97)).collect::<String>().chars().take(n).collect());
}

#[test]
fn work_doubles_with_a_run_of_head_words() {
    // Every character could end a name and none starts one: the worst case for scans
    // that look left from head words.
    check_linear("head words", |n| "科技创新中心研究院有限公司".chars().cycle().take(n).collect());
}

#[test]
fn a_long_document_is_read_in_windows_that_find_what_the_whole_would() {
    // Copies of one report, each a paragraph of its own: whatever window boundaries fall
    // between them, every copy yields the same names.
    let rules = RuleSet::defaults().unwrap();
    let report = "江苏省科学技术厅组织实施省重点研发计划。泰兴市华达新材料有限公司建成省级工程技术研究中心。\n";
    let one = innograph::process_text("one.txt", report, &rules);
    let copies = innograph::extract::WINDOW_CHARS * 3 / report.chars().count();
    let long = innograph::process_text("long.txt", &report.repeat(copies), &rules);
    let names = |d: &innograph::DocumentResult| d.extraction.mentions.iter().map(|m| (m.entity_type, m.text.clone())).collect::<Vec<_>>();
    let expected: Vec<_> = std::iter::repeat_n(names(&one), copies).flatten().collect();
    assert_eq!(names(&long), expected);
    // Offsets are the document's: the last copy's names end where the text does.
    let last = long.extraction.mentions.iter().map(|m| m.end).max().unwrap();
    assert!(last + 2 >= long.normalised.len_chars(), "last mention ends at {last} of {}", long.normalised.len_chars());
}

//! Figures as observations: value in base units, unit and period, or no observation at all.

use innograph::rules::RuleSet;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::defaults().unwrap())
}

/// Observations of `text` as (indicator, value, unit, period).
fn figures(text: &str) -> Vec<(String, String, String, Option<String>)> {
    let doc = innograph::process_text("t.txt", text, rules());
    doc.extraction.observations.iter().map(|o| (o.indicator.clone(), o.value.clone(), o.unit.to_string(), o.period.clone())).collect()
}

fn check(text: &str, want: &[(&str, &str, &str)]) {
    let got = figures(text);
    for (indicator, value, unit) in want {
        assert!(
            got.iter().any(|(i, v, u, _)| i == indicator && v == value && u == unit),
            "({indicator}, {value}, {unit}) not in {got:?}"
        );
    }
}

#[test]
fn every_figure_of_the_sample_that_names_an_indicator() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample/taixing-2022-kejiju.txt")).unwrap();
    let got = figures(&text);
    let want = [
        ("研发经费", "2480000000", "CNY"),
        ("研发经费同比增幅", "11.88", "percent"),
        ("技术合同成交额", "10650000000", "CNY"),
        ("外国高端人才和专业人才", "76", "count"),
        ("企业", "216", "count"),
        ("科技型中小企业", "626", "count"),
        ("新增省级众创空间", "1", "count"),
        ("省级瞪羚企业", "4", "count"),
        ("省级领军企业", "2", "count"),
        ("省级创新型企业", "16", "count"),
        ("省级科技企业上市培育入库企业", "6", "count"),
        ("各类科技创新平台", "169", "count"),
        ("国家级平台", "3", "count"),
        ("省级重点实验室", "2", "count"),
        ("新增省级以上企业研发平台", "11", "count"),
        ("科创项目", "34", "count"),
        ("校企联盟", "21", "count"),
        ("合作协议", "22", "count"),
    ];
    for (indicator, value, unit) in want {
        let found = got.iter().find(|(i, v, u, _)| i.ends_with(indicator) && v == value && u == unit);
        let (_, _, _, period) = found.unwrap_or_else(|| panic!("({indicator}, {value}, {unit}) not in {got:?}"));
        assert_eq!(period.as_deref(), Some("2022"), "{indicator}");
    }
    // Approximate figures are not values.
    assert!(!got.iter().any(|(i, _, _, _)| i.contains("科技合作协议") || i.contains("优质项目")), "{got:?}");
}

#[test]
fn numbers_in_every_form() {
    check("全市高新技术企业达到1.2万家。", &[("高新技术企业", "12000", "count")]);
    check("科技服务业营收占比三成。", &[("科技服务业营收占比", "30", "percent")]);
    check("技术合同成交额一百零六亿元。", &[("技术合同成交额", "10600000000", "CNY")]);
    check("研发投入强度为3.05%。", &[("研发投入强度", "3.05", "percent")]);
    check("争取省级以上资金4800万元。", &[("省级以上资金", "48000000", "CNY")]);
}

#[test]
fn approximate_and_unitless_numbers_are_not_observations() {
    assert!(figures("引进20多个项目,签约近百家企业,建成约3个平台。").is_empty());
    assert!(figures("2023年,实施“123”产业体系。").is_empty());
}

#[test]
fn the_year_of_the_sentence_wins() {
    let got = figures("2021年工作总结\n2020年,全市新增高新技术企业50家。");
    assert_eq!(got[0].3.as_deref(), Some("2020"));
}

#[test]
fn a_boundary_word_running_into_a_protected_word_cuts_no_label() {
    // 力促 would cut 生产|力促|进中心 were 促进 not read whole.
    let got = figures("今年成效明显,2家省级生产力促进中心通过复核。");
    assert!(got.iter().any(|(i, v, _, _)| i.starts_with("省级生产力促进中心") && v == "2"), "{got:?}");
}

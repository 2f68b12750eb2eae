//! Every rule with a sentence it must match and one it must not, written for this test.
//! A rule added without examples fails `every_rule_has_examples`.

use innograph::model::EntityType;
use innograph::rules::RuleSet;

/// (rule id, a sentence, the name the rule must find in it, a sentence where it must find
/// nothing of its type).
const EXAMPLES: &[(&str, &str, &str, &str)] = &[
    ("agency.body", "盐城市科技局会同市财政局印发通知。", "盐城市科学技术局", "在上级科技部门指导下开展工作。"),
    ("agency.national", "科技部火炬中心发布年度报告。", "科技部", "完成科技部门交办的任务。"),
    ("agency.group", "成立科技成果转化工作领导小组。", "科技成果转化工作领导小组", "加强领导小组建设。"),
    ("agency.zone-committee", "常熟高新区管委会牵头落实。", "常熟高新区管委会", "各园区积极落实。"),
    ("agency.self-reference", "镇江市科技局2023年工作总结\n我局全年完成各项任务。", "镇江市科学技术局", "全局上下共同努力。"),
    ("program.agency-dated-plan", "印发市科技局2024-2026年行动计划。", "市科技局2024-2026年行动计划", "市科技局2023年工作总结。"),
    ("enterprise.legal-form", "鼓励南京埃斯顿自动化股份有限公司加大研发投入。", "南京埃斯顿自动化股份有限公司", "严厉打击**科技有限公司等违规行为。"),
    ("enterprise.counted-list", "汇鸿集团、苏美达等2家企业入选。", "苏美达", "全市共有35家企业入选。"),
    ("enterprise.listed", "组织鱼跃医疗、亚威机床等企业参加展会。", "鱼跃医疗", "组织龙头企业等参加展会。"),
    ("enterprise.recruited-list", "全年招引奥特维科技、华兴新材料等一批项目。", "奥特维科技", "全年招引人才、资金等要素。"),
    ("institution.academy", "与中国科学院南京土壤研究所签订协议。", "中国科学院南京土壤研究所", "与科研院所签订协议。"),
    ("institution.university", "与江南大学共建研究院。", "江南大学", "鼓励高等学校参与。"),
    ("platform.owner-list", "天合光能、东方盛虹等2家企业重点实验室获批。", "天合光能重点实验室", "全市2家企业重点实验室获批。"),
    ("platform.place-in-name", "先进制造(昆山)产业研究院揭牌。", "先进制造(昆山)产业研究院", "支持研究院建设。"),
    ("platform.named", "南京江北新区生物医药公共服务平台投入使用。", "南京江北新区生物医药公共服务平台", "新增省级众创空间5家。"),
    ("program.policy-document", "贯彻《江苏省科学技术进步条例》。", "江苏省科学技术进步条例", "上传《工作总结.docx》。"),
    ("program.untitled-policy", "出台关于加强基础研究的实施意见。", "关于加强基础研究的实施意见", "听取关于科技工作的汇报。"),
    ("program.coordinated", "实施创新型企业培育和科技人才引进计划。", "创新型企业培育计划", "实施项目和人才计划。"),
    ("program.quoted-with-head", "深入推进“苏科贷”工程。", "“苏科贷”工程", "坚持“一盘棋”思想。"),
    ("program.quoted-name", "推进“双百工程”。", "“双百工程”", "推进“放管服”改革。"),
    ("program.innovative-region", "加快建设国家创新型城市。", "国家创新型城市", "培育创新型企业50家。"),
    ("program.levelled", "获批省科技成果转化专项资金项目3项。", "省科技成果转化专项资金项目", "获批市级项目25项。"),
    ("designation.granted", "奥特维科技获评省级专精特新企业。", "省级专精特新企业", "奥特维科技获得发明专利。"),
    ("project.before-count", "江苏中天科技股份有限公司海洋光纤复合缆关键技术研发等2个项目获批立项。", "海洋光纤复合缆关键技术研发", "全年共有5个项目获批立项。"),
    ("event.held", "举办2023无锡市科技创新创业大赛。", "2023无锡市科技创新创业大赛", "积极参加各类比赛。"),
];

fn found(text: &str, rule: &str, rules: &RuleSet) -> Vec<(EntityType, String)> {
    let doc = innograph::process_text("t.txt", text, rules);
    doc.extraction.mentions.iter().filter(|m| m.rule == rule).map(|m| (m.entity_type, m.text.clone())).collect()
}

#[test]
fn every_rule_matches_its_example_and_not_its_counterexample() {
    let rules = RuleSet::defaults().unwrap();
    let mut failures = Vec::new();
    for (rule, yes, name, no) in EXAMPLES {
        let doc = innograph::process_text("t.txt", yes, &rules);
        let by_rule: Vec<&str> = doc.extraction.mentions.iter().filter(|m| m.rule == *rule).map(|m| m.text.as_str()).collect();
        let resolved: Vec<&str> = doc.resolved.entities.iter().map(|e| e.name.as_str()).collect();
        if !(by_rule.contains(name) || (!by_rule.is_empty() && resolved.contains(name))) {
            failures.push(format!("{rule}: '{name}' not found in {yes} (rule found {by_rule:?}, entities {resolved:?})"));
        }
        let ty = rules.entity_rules.iter().find(|r| r.id == *rule).map(|r| r.entity_type);
        let wrong: Vec<_> = found(no, rule, &rules).into_iter().filter(|(t, _)| Some(*t) == ty).collect();
        if !wrong.is_empty() {
            failures.push(format!("{rule}: found {wrong:?} in counterexample {no}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_has_examples() {
    let rules = RuleSet::defaults().unwrap();
    let missing: Vec<&str> =
        rules.entity_rules.iter().map(|r| r.id.as_str()).filter(|id| !EXAMPLES.iter().any(|e| e.0 == *id)).collect();
    assert!(missing.is_empty(), "rules without examples: {missing:?}");
}

/// (relation rule id, a sentence, the relation it must state as "subject predicate object",
/// a sentence where it must state none).
const RELATION_EXAMPLES: &[(&str, &str, &str, &str)] = &[
    ("rel.issuer-before-program", "省科技厅科技成果转化专项资金支持企业。", "科技成果转化专项资金", "省科技厅和企业共同参加会议,讨论科技成果转化专项资金。"),
    ("rel.agency-establishes", "在区委领导下,鼓楼区成立科技创新委员会。", "科技创新委员会", "区委领导出席了科技创新委员会会议。"),
    ("rel.agency-implements", "无锡市科技局实施“太湖人才计划”。", "“太湖人才计划”", "无锡市科技局解读“太湖人才计划”。"),
    ("rel.author-implements", "淮安市科技局工作总结\n实施科技型中小企业“苗圃”计划。", "科技型中小企业“苗圃”计划", "淮安市科技局工作总结\n企业参加科技型中小企业“苗圃”计划。"),
    ("rel.recognized", "紫金山众创空间获批省级众创空间。", "省级众创空间", "紫金山众创空间申报省级众创空间。"),
    ("rel.enterprise-project", "江苏中天科技股份有限公司海洋光纤复合缆关键技术研发等2个项目获批立项。", "海洋光纤复合缆关键技术研发", "全市5个项目获批立项。"),
    ("rel.project-selected", "江苏中天科技股份有限公司海洋光纤复合缆关键技术研发等2个项目获批省重点研发计划(产业前瞻)项目。", "省重点研发计划(产业前瞻)项目", "海洋光纤复合缆关键技术研发项目申报省重点研发计划(产业前瞻)项目。"),
    ("rel.host-unit", "湖南省精细化工工程技术研究中心,依托单位:湖南海利化工股份有限公司。", "湖南省精细化工工程技术研究中心", "湖南省精细化工工程技术研究中心与湖南海利化工股份有限公司签约,请依托单位加强管理。"),
    ("rel.built-on", "依托浙江大华技术股份有限公司组建浙江省视频感知工程技术研究中心。", "浙江省视频感知工程技术研究中心", "浙江大华技术股份有限公司参观浙江省视频感知工程技术研究中心。"),
];

fn relation_objects(text: &str, rule: &str, rules: &RuleSet) -> Vec<String> {
    let doc = innograph::process_text("t.txt", text, rules);
    doc.extraction.relations.iter().filter(|r| r.rule == rule).map(|r| doc.extraction.mentions[r.object].text.clone()).collect()
}

#[test]
fn every_relation_rule_states_its_example_and_not_its_counterexample() {
    let rules = RuleSet::defaults().unwrap();
    let mut failures = Vec::new();
    for (rule, yes, object, no) in RELATION_EXAMPLES {
        let got = relation_objects(yes, rule, &rules);
        if !got.iter().any(|o| o == object) {
            failures.push(format!("{rule}: no relation to '{object}' in {yes} (got {got:?})"));
        }
        let wrong = relation_objects(no, rule, &rules);
        if !wrong.is_empty() {
            failures.push(format!("{rule}: relations {wrong:?} in counterexample {no}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let missing: Vec<&str> = rules
        .relation_rules
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !RELATION_EXAMPLES.iter().any(|e| e.0 == *id))
        .collect();
    assert!(missing.is_empty(), "relation rules without examples: {missing:?}");
}

"""The peer a user would otherwise script: jieba's part-of-speech tagger (posseg) with
suffix rules for organisation names, over the same files innograph reads.

Organisation names come from jieba's `nt` tag (机构团体), and from runs of nouns, place
names and proper names that end in an organisation or program suffix (有限公司, 实验室,
科学技术局, 计划...), the way such scripts are usually written. Prints one JSON line per
entity in innograph's `extract` shape, so the two can be compared and scored.

    python3 scripts/peer_jieba.py FOLDER > peer.jsonl
"""
import json
import sys
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg

SUFFIXES = {
    "Enterprise": ("有限公司", "股份有限公司", "集团", "公司"),
    "Platform": ("实验室", "研究中心", "技术中心", "研究院", "研究所", "众创空间", "孵化器", "工作站", "研发机构", "中试基地", "科技园"),
    "Program": ("计划", "专项资金", "专项", "项目", "基金", "工程", "办法", "意见", "措施", "方案"),
    "Agency": ("局", "厅", "委员会", "人民政府", "政府", "委"),
}
NAME_TAGS = {"ns", "nr", "nz", "nt", "n", "nrt", "vn", "b", "j", "l"}


def entity_type(name):
    for t, suffixes in SUFFIXES.items():
        if name.endswith(suffixes):
            return t
    return None


def entities(text):
    found = []
    run = []
    for word, flag in pseg.cut(text):
        if flag in NAME_TAGS:
            run.append(word)
            name = "".join(run)
            t = "Agency" if flag == "nt" else entity_type(name)
            if t and len(name) >= 4:
                found.append((t, name))
                run = []
            elif len(run) > 8:
                run = run[1:]
        else:
            run = []
    return found


def main():
    jieba.setLogLevel(60)
    started = time.perf_counter()
    files = sorted(p for p in Path(sys.argv[1]).rglob("*.txt"))
    size = 0
    out = sys.stdout
    for f in files:
        text = f.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        for t, name in sorted(set(entities(text))):
            out.write(json.dumps({"doc": f.name, "kind": "entity", "type": t, "name": name}, ensure_ascii=False) + "\n")
    secs = time.perf_counter() - started
    print(f"jieba peer: {len(files)} files, {size / 1e6:.2f} MB in {secs:.1f} s = {size / 1e6 / secs:.3f} MB/s", file=sys.stderr)


if __name__ == "__main__":
    main()

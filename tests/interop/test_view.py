"""The HTML view in headless Chromium, measured with Cytoscape.js's own geometry: labels that
do not overlap each other or the entities at the default zoom, entities without relations in
lines below the rest, nodes sized by degree, hover, and the filters by type and by document;
on the sample, on two documents, and on a 5,000-entity build of the benchmark corpus."""
import html
import json
import re
import shutil
import subprocess

from conftest import BIN, ROOT, TARGET, run

HARNESS = (ROOT / "tests" / "interop" / "view_harness.js").read_text(encoding="utf-8")
TYPES = ["Enterprise", "Platform", "Program", "Agency", "Place", "Institution", "Project", "Event", "Designation"]


def harnessed(page, tmp_path):
    """Opens `page` with the harness appended, at 1400x900, and returns what it found."""
    text = page.read_text(encoding="utf-8")
    probe = tmp_path / "harnessed.html"
    probe.write_text(text.replace("</body>", f"<script>{HARNESS}</script>\n</body>"), encoding="utf-8")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is installed by scripts/test.sh"
    dom = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,900", "--dump-dom",
                          probe.as_uri()], check=True, capture_output=True, text=True, timeout=300).stdout
    found = re.search(r'<pre id="harness">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    result = json.loads(html.unescape(found.group(1)))
    assert "error" not in result, result["error"]
    return result


def clean(labels):
    """No label overlaps another, covers an entity drawn larger than a dot, or leaves the view."""
    assert labels["clashes"] == [], labels["clashes"][:10]
    assert labels["covers"] == [], labels["covers"][:10]
    assert labels["outside"] == [], labels["outside"][:10]


def check_layout(r):
    clean(r["labels"])
    if r["alone"]:
        # Entities without relations are below the rest, in lines, by type.
        assert r["linkedBottom"] is None or r["aloneTop"] > r["linkedBottom"]
        assert r["aloneRows"] < r["alone"]
        order = [TYPES.index(t) for t in r["aloneTypes"]]
        assert order == sorted(order), r["aloneTypes"]
    # Size grows with degree.
    by_degree = sorted(r["sizeByDegree"])
    assert all(a[1] <= b[1] for a, b in zip(by_degree, by_degree[1:])), by_degree
    assert by_degree[-1][1] > by_degree[0][1]
    assert r["hover"]["label"] == r["hover"]["expected"]
    assert r["hover"]["edgeLabels"] == r["hover"]["predicates"]
    f = r["typeFilter"]
    assert f["ofType"] == 0 and f["visible"] == f["expected"] and f["danglingEdges"] == 0, f
    clean(f["labels"])
    assert r["restored"], "ticking the type again puts every entity back where it was"
    assert r["docFilter"], "the document list is filled"
    for d in r["docFilter"]:
        assert d["strangers"] == [] and d["visible"] == d["expected"], d
        assert all(d["doc"] in files for files in d["edges"]), d
        clean(d["labels"])
    s = r["search"]
    assert s["selected"] == [s["hub"]] and s["hubLabel"] == s["hub"] and s["focusEdgeLabels"] > 0, s
    clean(s["labels"])


def test_sample_view_every_label_shows_and_none_overlap(exported, tmp_path):
    r = harnessed(exported / "graph.html", tmp_path)
    check_layout(r)
    # The sample is small enough for every entity's name to show at once.
    assert r["labels"]["nodeLabels"] == r["nodes"], r["labels"]
    assert r["labels"]["edgeLabels"] > 0


def test_filter_by_document(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "data" / "sample" / "taixing-2022-kejiju.txt", src / "a.txt")
    # Shares an agency with the sample, adds relations of its own.
    (src / "b.txt").write_text("泰兴市科学技术局实施“创新券”计划。南钢、扬子江药业等2家企业技术中心通过国家级认定。\n",
                               encoding="utf-8")
    out = tmp_path / "out"
    run("build", "--quiet", "--out", str(out), str(src), "--export", "html")
    r = harnessed(out / "graph.html", tmp_path)
    check_layout(r)
    by_doc = {d["doc"]: d for d in r["docFilter"]}
    assert set(by_doc) == {"a.txt", "b.txt"}
    b = by_doc["b.txt"]
    assert b["visible"] == 6 and len(b["edges"]) == 3, b
    assert by_doc["a.txt"]["visible"] > 30


def test_benchmark_corpus_view_of_5000_entities(tmp_path):
    gen = TARGET / "release" / "examples" / "gen_corpus"
    assert gen.exists(), "cargo test --release builds the examples"
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    # The corpus size that gives about 5,000 entities with today's rules (0.74 MB: 5,078); more
    # rules read more from the same text, so the size follows them.
    subprocess.run([str(gen), "--mb", "0.74", "--seed", "1", "--out", str(corpus)], check=True, capture_output=True)
    subprocess.run([str(BIN), "build", "--quiet", "--out", str(out), str(corpus), "--export", "html"],
                   check=True, capture_output=True, timeout=600)
    r = harnessed(out / "graph.html", tmp_path)
    assert 4500 <= r["nodes"] <= 5500, r["nodes"]
    check_layout(r)
    # Most names are left for hover and zoom, but the overview names some of each part.
    assert 30 <= r["labels"]["nodeLabels"] <= 350, r["labels"]["nodeLabels"]
    assert r["timings"]["ready"] < 60_000

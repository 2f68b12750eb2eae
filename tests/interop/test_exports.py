"""Each export read by the tool it is for: networkx (GraphML, GEXF), Graphviz (DOT),
the documented shapes of Cytoscape.js JSON and Neo4j's admin import, headless Chromium (view)."""
import csv
import json
import shutil
import subprocess

import networkx as nx

from conftest import run


def entities(out):
    return [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]


def relation_count(out):
    q = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?p { ig:hasPlatform ig:undertakes ig:selectedFor "
         "ig:recognizedAs ig:administers ig:establishes ig:locatedIn } ?s ?p ?o }")
    return int(run("query", q, "--data", str(out), "--format", "csv").stdout.splitlines()[1])


def test_graphml_in_networkx(exported):
    g = nx.read_graphml(exported / "graph.graphml")
    ents = entities(exported)
    assert g.number_of_nodes() == len(ents)
    assert g.number_of_edges() == relation_count(exported)
    by_iri = {e["id"]: e for e in ents}
    for node, data in g.nodes(data=True):
        assert data["label"] == by_iri[node]["name"]
        assert data["type"] == by_iri[node]["type"]
        assert data["mentions"] == by_iri[node]["mentions"] and isinstance(data["mentions"], int)
    preds = {d["predicate"] for _, _, d in g.edges(data=True)}
    assert "hasPlatform" in preds and all(isinstance(d["evidence"], int) for _, _, d in g.edges(data=True))
    assert "<y:NodeLabel>济川药业工程技术研究中心</y:NodeLabel>" in (exported / "graph.graphml").read_text(encoding="utf-8")


def test_gexf_in_networkx(exported):
    g = nx.read_gexf(exported / "graph.gexf")
    assert g.number_of_nodes() == len(entities(exported))
    assert g.number_of_edges() == relation_count(exported)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "泰兴市科学技术局" in labels
    colours = {(d["type"], tuple(sorted(d["viz"]["color"].items()))) for _, d in g.nodes(data=True)}
    assert len({c for t, c in colours}) == len({t for t, c in colours}), "one colour per type"


def test_dot_renders_chinese_with_graphviz(exported):
    assert shutil.which("dot"), "graphviz is installed by scripts/test.sh"
    svg = subprocess.run(["dot", "-Tsvg", str(exported / "graph.dot")], check=True, capture_output=True, text=True).stdout
    assert "济川药业工程技术研究中心" in svg and "泰兴市科学技术局" in svg
    assert "Noto Sans CJK SC" in svg


def test_cytoscape_json_shape(exported):
    doc = json.loads((exported / "graph.cyjs").read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(ids) == len(nodes) == len(entities(exported))
    assert all({"label", "type", "iri"} <= n["data"].keys() for n in nodes)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids and e["data"]["predicate"] for e in edges)


def test_neo4j_admin_import_csv(exported):
    with open(exported / "neo4j" / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.reader(f))
    with open(exported / "neo4j" / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    assert nodes[0][0] == "iri:ID" and nodes[0][-1] == ":LABEL"
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = {row[0] for row in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])
    assert all(row[-1].startswith("Entity;") for row in nodes[1:])
    assert len(rels) - 1 == relation_count(exported)


def chromium(*args):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is installed by scripts/test.sh"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    return subprocess.run([exe, *flags, *args], check=True, capture_output=True, text=True, timeout=120)


def test_view_opens_offline_and_search_shows_evidence(exported, tmp_path):
    page = exported / "graph.html"
    html = page.read_text(encoding="utf-8")
    assert "<script src=" not in html and "https://" not in html.split("const DATA")[0].split("<script>")[0]
    dom = chromium(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                   page.as_uri() + "#search=" + "济川药业").stdout
    assert "<h2>济川药业</h2>" in dom
    assert "hasPlatform" in dom and "济川药业工程技术研究中心" in dom
    assert "济川药业、中兵航联等3家企业工程技术研究中心获省级企业研发机构绩效考评优秀" in dom

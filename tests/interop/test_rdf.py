"""The dumps as a real RDF client (rdflib) reads them."""
import rdflib
from rdflib import BNode, Namespace
from rdflib.namespace import SKOS

from conftest import run

IG = Namespace("https://w3id.org/innograph/ontology#")


def load(path, fmt):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    return ds


def test_nquads_and_trig_hold_the_same_quads(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    trig = load(sample_build / "graph.trig", "trig")
    assert len(nq) > 500
    assert set(nq.quads()) == set(trig.quads())


def test_no_blank_nodes(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    for s, p, o, g in nq.quads():
        assert not isinstance(s, BNode) and not isinstance(o, BNode)


def test_entities_have_labels_and_one_core_type(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    names = {}
    for cls in (IG.Enterprise, IG.Platform, IG.Program, IG.Agency):
        for s in nq.subjects(rdflib.RDF.type, cls):
            labels = list(nq.objects(s, SKOS.prefLabel))
            assert len(labels) == 1 and labels[0].language == "zh"
            names[str(labels[0])] = cls
    assert names["泰兴市科学技术局"] == IG.Agency
    assert names["济川药业工程技术研究中心"] == IG.Platform


def test_one_named_graph_per_document_with_mentions(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    graphs = {str(g.identifier) for g in nq.graphs() if str(g.identifier).startswith("https://innograph.example/doc/")}
    assert len(graphs) == 1
    mentions = list(nq.quads((None, IG.rule, None, None)))
    assert len(mentions) > 30


def test_rdflib_sparql_agrees_with_innograph_query(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    q = "SELECT ?n WHERE { ?e a <https://w3id.org/innograph/ontology#Enterprise> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } ORDER BY ?n"
    ours = run("query", q, "--data", str(sample_build), "--format", "tsv").stdout.splitlines()[1:]
    theirs = [f'"{row.n}"@zh' for row in nq.query(q)]
    assert ours == theirs and len(ours) == 5

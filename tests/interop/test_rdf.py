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
    doc = rdflib.URIRef(graphs.pop())
    # The query dump says which entities the document mentions; provenance.nq says where.
    mentioned = {o for _, _, o, _ in nq.quads((doc, IG.mentions, None, None))}
    assert len(mentioned) > 20
    prov = load(sample_build / "provenance.nq", "nquads")
    assert {str(g.identifier) for g in prov.graphs() if str(g.identifier).startswith("https://")} == {str(doc)}
    nif = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    phrases = {s for s, _, _, _ in prov.quads((None, rdflib.RDF.type, nif.Phrase, None))}
    assert len(phrases) > 30
    named = {o for s, _, o, _ in prov.quads((None, rdflib.URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), None, None)) if s in phrases}
    assert named == mentioned
    assert not list(nq.quads((None, rdflib.RDF.type, nif.Phrase, None))), "mentions stay out of the query dump"


def test_rdflib_sparql_agrees_with_innograph_query(sample_build):
    nq = load(sample_build / "graph.nq", "nquads")
    q = "SELECT ?n WHERE { ?e a <https://w3id.org/innograph/ontology#Enterprise> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } ORDER BY ?n"
    ours = run("query", q, "--data", str(sample_build), "--format", "tsv").stdout.splitlines()[1:]
    theirs = [f'"{row.n}"@zh' for row in nq.query(q)]
    assert ours == theirs and len(ours) == 5

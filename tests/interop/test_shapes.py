"""The sample's graph against ontology/shapes.ttl, with a real SHACL validator (pyshacl)."""
from pathlib import Path

import pyshacl
import rdflib

ROOT = Path(__file__).resolve().parents[2]
SHAPES = ROOT / "ontology" / "shapes.ttl"


def union_graph(path):
    """Every quad of the dumps in one graph: entities (default graph) and the evidence that
    points at them (document graphs, and the mentions of provenance.nq) are checked together."""
    g = rdflib.Graph()
    for dump in (path, path.parent / "provenance.nq"):
        ds = rdflib.Dataset()
        ds.parse(dump, format="nquads")
        for s, p, o, _ in ds.quads():
            g.add((s, p, o))
    return g


def validate(g):
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, inference="none", abort_on_first=False)
    return conforms, text


def test_sample_graph_conforms(sample_build):
    conforms, text = validate(union_graph(sample_build / "graph.nq"))
    assert conforms, text


def test_a_broken_graph_does_not(sample_build):
    g = union_graph(sample_build / "graph.nq")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    ig = rdflib.Namespace("https://w3id.org/innograph/ontology#")
    agency = next(g.subjects(rdflib.RDF.type, ig.Agency))
    g.remove((agency, skos.prefLabel, None))
    platform = next(g.subjects(rdflib.RDF.type, ig.Platform))
    g.add((platform, ig.administers, agency))
    conforms, text = validate(g)
    assert not conforms
    assert "preferred label" in text and "AdministersShape" in text

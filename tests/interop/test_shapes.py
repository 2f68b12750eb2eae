"""The sample's graph against ontology/shapes.ttl, with a real SHACL validator (pyshacl), as
written and with the RDFS entailments of the ontology added (what a store that infers shows)."""
from pathlib import Path

import owlrl
import pyshacl
import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[2]
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "innograph.ttl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
IG = rdflib.Namespace("https://w3id.org/innograph/ontology#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
INFERENCE = ["none", "rdfs"]


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


def validate(g, inference):
    """pyshacl with the ontology as its ontology graph; returns whether the graph conforms and
    the violations as (focus node, shape, message) triples."""
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    conforms, report, text = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology, inference=inference,
                                              abort_on_first=False)
    violations = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        # A property shape is a blank node; name the node shape that holds it.
        owner = shapes.value(None, SH.property, shape) if isinstance(shape, rdflib.BNode) else None
        violations.append((report.value(result, SH.focusNode), owner or shape, str(report.value(result, SH.resultMessage))))
    return conforms, violations, text


@pytest.mark.parametrize("inference", INFERENCE)
def test_sample_graph_conforms(sample_build, inference):
    conforms, _, text = validate(union_graph(sample_build / "graph.nq"), inference)
    assert conforms, text


@pytest.mark.parametrize("inference", INFERENCE)
def test_a_graph_with_merges_across_documents_conforms(merged_build, inference):
    """Merges write ig:Merge resources, owl:sameAs from earlier IRIs and ig:surfaceForm per
    document: the shapes hold for them too."""
    g = union_graph(merged_build / "graph.nq")
    assert next(g.subjects(rdflib.RDF.type, IG.Merge), None) is not None, "the documents merge something"
    assert next(g.subjects(rdflib.OWL.sameAs, None), None) is not None, "a merge leaves an earlier IRI"
    conforms, _, text = validate(g, inference)
    assert conforms, text


def test_rdfs_entailment_adds_superclasses(sample_build):
    """What the "rdfs" run is about: entailment gives entities their superclasses as types, so
    a shape that counted every rdf:type would fail."""
    g = union_graph(sample_build / "graph.nq")
    g += rdflib.Graph().parse(ONTOLOGY, format="turtle")
    platform = next(g.subjects(rdflib.RDF.type, IG.Platform))
    assert (platform, rdflib.RDF.type, ORG.Organization) not in g
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    assert (platform, rdflib.RDF.type, ORG.Organization) in g
    assert len(set(g.objects(platform, rdflib.RDF.type))) > 1


@pytest.mark.parametrize("inference", INFERENCE)
def test_a_broken_graph_does_not(sample_build, inference):
    g = union_graph(sample_build / "graph.nq")
    agency = next(g.subjects(rdflib.RDF.type, IG.Agency))
    g.remove((agency, SKOS.prefLabel, None))
    platform = next(g.subjects(rdflib.RDF.type, IG.Platform))
    g.add((platform, IG.administers, agency))
    enterprise = next(g.subjects(rdflib.RDF.type, IG.Enterprise))
    g.add((enterprise, rdflib.RDF.type, IG.Program))
    conforms, violations, text = validate(g, inference)
    assert not conforms

    def hit(focus, shape=None, message=None):
        return any(f == focus and (shape is None or s == shape) and (message is None or message in m)
                   for f, s, m in violations)

    assert hit(agency, IG.EntityShape, "preferred label"), text
    assert hit(enterprise, IG.EntityShape, "one of the nine entity types"), text
    if inference == "none":
        assert hit(platform, IG.AdministersShape), text
    else:
        # The store infers the platform is an agency (the domain of ig:administers) and the
        # agency a program (its range): each now has two entity types.
        assert hit(platform, IG.EntityShape, "one of the nine entity types"), text
        assert hit(agency, IG.EntityShape, "one of the nine entity types"), text

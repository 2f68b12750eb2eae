"""`innograph serve` as real SPARQL clients use it: SPARQLWrapper, curl, concurrent clients."""
import json
import signal
import subprocess
import threading
import time
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import JSON, SPARQLWrapper, TURTLE

from conftest import BIN, free_port, run

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ENTERPRISES = ("SELECT ?e ?n WHERE { ?e a ig:Enterprise ; skos:prefLabel ?n } ORDER BY ?n")


@pytest.fixture(scope="module")
def endpoint(sample_build):
    port = free_port()
    proc = subprocess.Popen([str(BIN), "serve", "--data", str(sample_build), "--bind", f"127.0.0.1:{port}",
                             "--timeout", "2", "--max-body", "4096", "--max-results", "500"],
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0, proc.stderr.read()


def curl(*args):
    out = subprocess.run(["curl", "-s", "-w", "\n%{http_code} %{content_type}", *args], capture_output=True, text=True, timeout=30)
    body, _, status = out.stdout.rpartition("\n")
    code, _, ctype = status.partition(" ")
    return int(code), ctype, body


def test_select_ask_construct_with_sparqlwrapper_match_the_cli(endpoint, sample_build):
    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery("PREFIX ig: <https://w3id.org/innograph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> " + ENTERPRISES)
    sw.setReturnFormat(JSON)
    served = [(b["e"]["value"], b["n"]["value"]) for b in sw.query().convert()["results"]["bindings"]]
    local = json.loads(run("query", ENTERPRISES, "--data", str(sample_build), "--format", "json").stdout)
    assert served == [(b["e"]["value"], b["n"]["value"]) for b in local["results"]["bindings"]]
    assert len(served) == 5

    sw.setQuery("ASK { ?e a <https://w3id.org/innograph/ontology#Agency> }")
    assert sw.query().convert()["boolean"] is True

    construct = "CONSTRUCT { ?e ig:hasPlatform ?p } WHERE { ?e ig:hasPlatform ?p }"
    sw.setQuery("PREFIX ig: <https://w3id.org/innograph/ontology#> " + construct)
    sw.setReturnFormat(TURTLE)
    served = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    local = rdflib.Graph().parse(data=run("query", construct, "--data", str(sample_build), "--format", "nt").stdout, format="nt")
    assert set(served) == set(local) and len(local) == 2


@pytest.mark.parametrize("accept,media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_select_content_types(endpoint, accept, media):
    code, ctype, body = curl("-H", f"Accept: {accept}", "--data-urlencode", f"query={ENTERPRISES}", endpoint + "/sparql")
    assert code == 200 and ctype.startswith(media) and "济川药业" in body


@pytest.mark.parametrize("accept,media,needle", [
    ("text/turtle", "text/turtle", "ig:hasPlatform"),
    ("application/n-triples", "application/n-triples", "<https://w3id.org/innograph/ontology#hasPlatform>"),
    ("application/ld+json", "application/ld+json", "hasPlatform"),
])
def test_graph_content_types(endpoint, accept, media, needle):
    q = "CONSTRUCT { ?e ig:hasPlatform ?p } WHERE { ?e ig:hasPlatform ?p }"
    code, ctype, body = curl("-H", f"Accept: {accept}", "-H", "Content-Type: application/sparql-query", "--data-binary", q, endpoint + "/sparql")
    assert code == 200 and ctype.startswith(media) and needle in body


def test_format_parameter_and_get(endpoint):
    code, ctype, body = curl("-G", "--data-urlencode", "query=ASK {}", "--data-urlencode", "format=csv", endpoint + "/sparql")
    assert code == 200 and ctype.startswith("text/csv") and body.strip() == "true"


@pytest.mark.parametrize("args,status,message", [
    (["-H", "Content-Type: application/sparql-update", "--data-binary", "INSERT DATA { <a:a> <a:a> <a:a> }", "/sparql"], 403, "read-only"),
    (["--data-urlencode", "update=CLEAR ALL", "/sparql"], 403, "read-only"),
    (["-X", "PUT", "--data-binary", "<a:a> <a:a> <a:a> .", "/store?default"], 403, "read-only"),
    (["-X", "DELETE", "/store?default"], 403, "read-only"),
    (["--data-urlencode", "query=" + "#" * 5000, "/sparql"], 413, "limit"),
    (["--data-urlencode", "query=SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "/sparql"], 400, "SERVICE"),
    (["--data-urlencode", "query=SELECT ?x WHERE { ?x }", "/sparql"], 400, "syntax error"),
    (["-H", "Accept: image/png", "--data-urlencode", "query=ASK {}", "/sparql"], 406, "cannot answer"),
    (["--data-urlencode", "query=SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "/sparql"], 413, "more than 500 rows"),
])
def test_refusals(endpoint, args, status, message):
    *opts, path = args
    code, _, body = curl(*opts, endpoint + path)
    assert code == status and message in body, body[:300]


def test_a_slow_query_is_stopped_while_others_are_answered(endpoint):
    slow = {}

    def run_slow():
        slow["result"] = curl("--data-urlencode", f"query={SLOW}", endpoint + "/sparql")

    t = threading.Thread(target=run_slow)
    t.start()
    time.sleep(0.3)
    started = time.time()
    code, _, body = curl("--data-urlencode", "query=ASK { ?e a <https://w3id.org/innograph/ontology#Platform> }", endpoint + "/sparql")
    answered_in = time.time() - started
    t.join(timeout=30)
    assert code == 200 and "true" in body
    assert answered_in < 1.5, f"a quick query waited {answered_in:.1f} s behind a slow one"
    code, _, body = slow["result"]
    assert code == 503 and "time limit" in body


def test_pages(endpoint):
    code, ctype, body = curl(endpoint + "/")
    assert code == 200 and ctype.startswith("text/html") and "provincial platforms" in body
    iri = json.loads(curl("-H", "Accept: application/sparql-results+json", "--data-urlencode",
                          "query=SELECT ?e WHERE { ?e skos:prefLabel \"济川药业\"@zh }", endpoint + "/sparql")[2])["results"]["bindings"][0]["e"]["value"]
    code, _, body = curl("-G", "--data-urlencode", f"iri={iri}", endpoint + "/entity")
    assert code == 200 and "济川药业工程技术研究中心" in body and "hasPlatform" in body
    assert "济川药业、中兵航联等3家企业工程技术研究中心获省级企业研发机构绩效考评优秀" in body

"""`innograph push` and `query --endpoint` against a real Oxigraph server (the `oxigraph`
CLI from PyPI, `oxigraph serve` on loopback with a temporary location)."""
import http.server
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, free_port, run

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@pytest.fixture()
def oxigraph(tmp_path):
    """A fresh Oxigraph server; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("oxigraph serve exited: " + proc.stderr.read())
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "data" / "sample" / "taixing-2022-kejiju.txt", src / "taixing.txt")
    (src / "a.txt").write_text("昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省重点研发计划。", encoding="utf-8")
    (src / "b.txt").write_text("江苏省科学技术厅认定江苏恒瑞医药股份有限公司建设江苏省新型药物制剂工程技术研究中心。", encoding="utf-8")
    out = tmp_path / "out"
    run("build", "-q", "-o", str(out), str(src))
    return src, out


def remote(base, *args):
    return run("query", "--endpoint", base + "/query", *args).stdout


def local(out, *args):
    return run("query", "--data", str(out), "--provenance", *args).stdout


def quads_in_store(base):
    rows = remote(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "--format", "tsv")
    return dict(line.split("\t") for line in rows.splitlines()[1:])


def lines(path):
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l]


def expected_graphs(out):
    """Quads per named graph in the build's dumps (graph and provenance)."""
    counts = {}
    for dump in ("graph.nq", "provenance.nq"):
        for l in lines(out / dump):
            g = l.rsplit(" ", 2)[-2]
            if g.startswith("<https://innograph.example/doc/"):
                counts[g] = counts.get(g, 0) + 1
    return {g: str(n) for g, n in counts.items()}


def test_push_then_the_readme_queries_answer_as_locally(oxigraph, corpus):
    _, out = corpus
    summary = run("push", "--endpoint", oxigraph + "/store", "--data", str(out), "--provenance").stdout
    assert "graphs     4 replaced" in summary, summary
    for q in QUERIES:
        for fmt in ("tsv", "json", "table"):
            ours, theirs = local(out, "-f", str(q), "--format", fmt), remote(oxigraph, "-f", str(q), "--format", fmt)
            assert ours == theirs, f"{q.name} ({fmt})"
        assert len(ours.splitlines()) > 2, q.name
    # ASK and CONSTRUCT too.
    ask = "ASK { ?e a ig:Enterprise ; skos:prefLabel \"济川药业\"@zh }"
    assert local(out, ask) == remote(oxigraph, ask) == "true\n"
    construct = "CONSTRUCT { ?e skos:prefLabel ?n } WHERE { ?e a ig:Agency ; skos:prefLabel ?n }"
    assert sorted(local(out, construct, "--format", "nt").splitlines()) == sorted(remote(oxigraph, construct, "--format", "nt").splitlines())
    # Every named graph holds what the dumps hold, once.
    assert quads_in_store(oxigraph) == expected_graphs(out)


def test_a_second_push_after_a_change_leaves_one_copy_of_each_graph(oxigraph, corpus):
    src, out = corpus
    run("push", "--endpoint", oxigraph + "/store", "--data", str(out), "--provenance")
    (src / "a.txt").write_text("昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省科技成果转化专项资金。", encoding="utf-8")
    run("build", "-q", "-o", str(out), str(src))
    summary = run("push", "--endpoint", oxigraph + "/store", "--data", str(out), "--provenance").stdout
    assert "4 replaced" in summary and "1 removed" in summary, summary
    assert quads_in_store(oxigraph) == expected_graphs(out)
    default = remote(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "tsv").splitlines()[1]
    in_default_graph = [l for l in lines(out / "graph.nq") if not re.search(r" <https://innograph\.example/doc/[0-9a-f]+> \.$", l)]
    assert default == str(len(in_default_graph))
    names = remote(oxigraph, "SELECT ?n WHERE { ?p a ig:Program ; skos:prefLabel ?n }", "--format", "tsv")
    assert "省科技成果转化专项资金" in names and "省重点研发计划\"" not in names
    # Pushing the same build again changes nothing.
    run("push", "--endpoint", oxigraph + "/store", "--data", str(out), "--provenance")
    assert quads_in_store(oxigraph) == expected_graphs(out)


class Refuse(http.server.BaseHTTPRequestHandler):
    """A store that refuses writes, and one that is busy twice before it accepts."""
    busy = 0

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = self.headers.get("Authorization", "")
        if self.path.startswith("/busy"):
            Refuse.busy += 1
            code = 503 if Refuse.busy <= 2 else 204
        elif auth != "Bearer s3cret":
            code = 401
        else:
            code = 403
        self.send_response(code)
        body = b"writes are not allowed here" if code >= 400 else b""
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def refusing():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_refusals_retries_and_credentials(refusing, corpus, monkeypatch):
    _, out = corpus
    r = run("push", "--endpoint", refusing + "/store", "--data", str(out), check=False)
    assert r.returncode != 0
    assert "401" in r.stderr and "refused" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    monkeypatch.setenv("INNOGRAPH_AUTH_TOKEN", "s3cret")
    r = run("push", "--endpoint", refusing + "/store", "--data", str(out), check=False)
    assert "403" in r.stderr and "writes are not allowed here" in r.stderr, r.stderr
    r = run("push", "--endpoint", refusing + "/busy", "--data", str(out), check=False)
    assert r.returncode == 0 and "retries    2" in r.stdout, r.stdout + r.stderr
    monkeypatch.delenv("INNOGRAPH_AUTH_TOKEN")
    r = run("push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--data", str(out), "--retries", "1", check=False)
    assert r.returncode != 0 and "cannot connect" in r.stderr, r.stderr


class RefuseAndReset(http.server.BaseHTTPRequestHandler):
    """A store that refuses the credentials it is given by cutting the connection (reset)
    before reading the body, as a store answering early and closing looks to a client still
    sending; asked without a body, it says 401."""

    def refuse(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="store"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.refuse()

    def do_PUT(self):
        if "Authorization" not in self.headers:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.refuse()
            return
        import socket
        import struct
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    do_POST = do_PUT

    def log_message(self, *args):
        pass


def test_credentials_refused_by_a_reset_are_reported_as_refused(corpus, monkeypatch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RefuseAndReset)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _, out = corpus
        monkeypatch.setenv("INNOGRAPH_AUTH_USER", "someone")
        monkeypatch.setenv("INNOGRAPH_AUTH_PASSWORD", "wrong")
        r = run("push", "--endpoint", f"http://127.0.0.1:{server.server_address[1]}/store", "--data", str(out), "--retries", "0", check=False)
        assert r.returncode != 0
        assert "401" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    finally:
        server.shutdown()

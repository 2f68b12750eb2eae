"""The requests `push` and `query --endpoint` send to each store, against a stub that answers
as the store's manual says (Fuseki and GraphDB cannot be installed here; Virtuoso and
Oxigraph are also tested for real), and stores that are down, mute, slow or refusing: each
gives one line within the timeout, never a hang."""
import base64
import hashlib
import http.server
import re
import secrets
import shutil
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

import pytest

from conftest import ROOT, free_port, run

USER, PASSWORD = "innograph", "s3cret pass"
DEFAULT_GRAPH = "https://innograph.example/"
IG = "https://w3id.org/innograph/ontology#"


@dataclass
class Profile:
    """Where a store serves the two protocols and how it wants credentials."""
    gsp: str
    query: str
    auth: str | None  # None, "basic" or "digest"
    default_graph: bool  # whether `?default` can be written
    auth_queries: bool = False  # whether queries need credentials too
    push_args: list = field(default_factory=list)


PROFILES = {
    # `oxigraph serve`: /store and /query, no authentication.
    "oxigraph": Profile("/store", "/query", None, True),
    # Virtuoso 7: /sparql-graph-crud-auth asks for Digest and has no default graph; /sparql
    # is open.
    "virtuoso": Profile("/sparql-graph-crud-auth", "/sparql", "digest", False, push_args=["--default-graph", DEFAULT_GRAPH]),
    # Fuseki main with --passwd and --auth=digest: /DATASET/data and /DATASET/query.
    "fuseki": Profile("/ds/data", "/ds/query", "digest", True, auth_queries=True),
    # GraphDB with security on: Basic; RDF4J's Graph Store at rdf-graphs/service, queries
    # at the repository itself.
    "graphdb": Profile("/repositories/innograph/rdf-graphs/service", "/repositories/innograph", "basic", True, auth_queries=True),
}


def digest_params(header):
    scheme, _, rest = header.partition(" ")
    params = {}
    for k, quoted, token in re.findall(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))', rest):
        params[k.lower()] = quoted.replace('\\"', '"').replace("\\\\", "\\") if quoted or not token else token
    return scheme.lower(), params


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


class StubStore(http.server.ThreadingHTTPServer):
    """Records every request and keeps the graphs it is sent, as N-Triples lines."""

    def __init__(self, profile):
        super().__init__(("127.0.0.1", 0), StubHandler)
        self.profile = profile
        self.requests = []
        self.graphs = {}
        self.nonces = {}  # nonce -> last nonce count used
        self.realm = "stub"
        self.base = f"http://127.0.0.1:{self.server_address[1]}"


class StubHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, body=b"", ctype="text/plain", headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def authorized(self, rec):
        srv, header = self.server, rec["authorization"]
        if srv.profile.auth == "basic":
            return header == "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        scheme, p = digest_params(header)
        if scheme != "digest" or p.get("nonce") not in srv.nonces or p.get("username") != USER or p.get("realm") != srv.realm:
            return False
        # The answer covers the request line's target, and each use of a nonce counts up.
        if p.get("uri") != self.path or p.get("qop") != "auth" or int(p.get("nc", "0"), 16) <= srv.nonces[p["nonce"]]:
            return False
        ha1 = md5(f"{USER}:{srv.realm}:{PASSWORD}")
        ha2 = md5(f"{self.command}:{p['uri']}")
        if p.get("response") != md5(f"{ha1}:{p['nonce']}:{p['nc']}:{p['cnonce']}:auth:{ha2}"):
            return False
        srv.nonces[p["nonce"]] = int(p["nc"], 16)
        return True

    def challenge(self):
        srv = self.server
        if srv.profile.auth == "basic":
            header = f'Basic realm="{srv.realm}"'
        else:
            nonce = secrets.token_hex(16)
            srv.nonces[nonce] = 0
            header = f'Digest realm="{srv.realm}", nonce="{nonce}", opaque="0pq", qop="auth", algorithm=MD5'
        self.reply(401, b"", headers=[("WWW-Authenticate", header)])

    def handle_any(self):
        srv, p = self.server, self.server.profile
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        rec = {"method": self.command, "path": url.path, "params": params, "content_type": self.headers.get("Content-Type"),
               "accept": self.headers.get("Accept", ""), "authorization": self.headers.get("Authorization", ""), "size": len(body)}
        srv.requests.append(rec)
        gsp, query = url.path == p.gsp, url.path == p.query
        if not (gsp or query):
            rec["status"] = 404
            return self.reply(404, b"no such service")
        if p.auth and (gsp or p.auth_queries) and not self.authorized(rec):
            rec["status"] = 401
            return self.challenge()
        rec["status"] = 200
        if query:
            return self.answer_query(rec, params, body)
        if "default" in params:
            graph = "default"
            if not p.default_graph:
                rec["status"] = 500
                return self.reply(500, b'The request to SPARQL 1.1 Graph Store endpoint contains "default" param but the endpoint is not configured to have default graph', "text/html")
        else:
            graph = params["graph"][0]
        if self.command == "HEAD":
            return self.reply(200 if graph in srv.graphs else 404)
        if self.command == "DELETE":
            return self.reply(204 if srv.graphs.pop(graph, None) is not None else 404)
        if rec["content_type"] != "application/n-triples":
            rec["status"] = 415
            return self.reply(415)
        lines = [l for l in body.decode().splitlines() if l]
        assert all(re.fullmatch(r"<[^>]+> <[^>]+> .+ \.", l) for l in lines)
        existed = graph in srv.graphs
        if self.command == "PUT":
            srv.graphs[graph] = lines
        else:
            srv.graphs.setdefault(graph, []).extend(lines)
        self.reply(204 if existed else 201)

    def answer_query(self, rec, params, body):
        if self.command == "GET":
            rec["how"], text = "get", params["query"][0]
        elif rec["content_type"] == "application/x-www-form-urlencoded":
            rec["how"], text = "post", urllib.parse.parse_qs(body.decode())["query"][0]
        else:
            rec["how"], text = "direct", body.decode()
        rec["query"] = text
        n = str(len(self.server.graphs))
        self.reply(200, ('{"head":{"vars":["graphs"]},"results":{"bindings":[{"graphs":{"type":"literal","value":"%s"}}]}}' % n).encode(),
                   "application/sparql-results+json")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any


@pytest.fixture()
def stub_for():
    servers = []

    def start(profile):
        srv = StubStore(profile)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return srv
    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    shutil.copy(ROOT / "data" / "sample" / "taixing-2022-kejiju.txt", src / "taixing.txt")
    (src / "a.txt").write_text("昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省重点研发计划。", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run("build", "-q", "-o", str(out), str(src))
    return out


def dump_graphs(out):
    """Triples per graph of the dumps ('default' for the default graph)."""
    counts = {}
    for dump in ("graph.nq", "provenance.nq"):
        for l in (out / dump).read_text(encoding="utf-8").splitlines():
            m = re.search(r" <(https://innograph\.example/doc/[0-9a-f]+)> \.$", l)
            g = m.group(1) if m else "default"
            counts[g] = counts.get(g, 0) + 1
    return counts


def with_credentials(monkeypatch):
    monkeypatch.setenv("INNOGRAPH_AUTH_USER", USER)
    monkeypatch.setenv("INNOGRAPH_AUTH_PASSWORD", PASSWORD)


@pytest.mark.parametrize("name", PROFILES)
def test_push_and_query_send_what_each_store_expects(name, stub_for, build, monkeypatch):
    p = PROFILES[name]
    srv = stub_for(p)
    if p.auth:
        with_credentials(monkeypatch)
    r = run("push", "--endpoint", srv.base + p.gsp, "--data", str(build), "--provenance", *p.push_args, check=False)
    assert r.returncode == 0, r.stderr
    # Every graph once, with its IRI (the default graph where the store can take it), as
    # N-Triples: the same triples as the dumps.
    expected = dump_graphs(build)
    if not p.default_graph:
        expected[DEFAULT_GRAPH] = expected.pop("default")
    assert {g: len(lines) for g, lines in srv.graphs.items()} == expected
    puts = [q for q in srv.requests if q["method"] == "PUT" and q["status"] != 401]
    assert len(puts) == len(expected) and all(q["path"] == p.gsp and q["content_type"] == "application/n-triples" for q in puts)
    assert [q["params"] for q in puts][0] == ({"graph": [DEFAULT_GRAPH]} if not p.default_graph else {"default": [""]})
    assert all(list(q["params"]) == ["graph"] and q["params"]["graph"][0].startswith("https://innograph.example/doc/") for q in puts[1:])
    # Credentials in the store's scheme; the store asked once, before any large body went:
    # the default graph (over 16 KiB) is preceded by a HEAD that learns the scheme.
    refused = [q for q in srv.requests if q["status"] == 401]
    if p.auth is None:
        assert not refused and all(q["authorization"] == "" for q in srv.requests)
    else:
        assert all(q["authorization"].lower().startswith(p.auth) for q in puts)
        assert [(q["method"], q["size"]) for q in refused] == [("HEAD", 0)], refused
        assert expected and puts[0]["size"] > 16 * 1024
    if p.auth == "digest":
        # One nonce for the whole push, its uses counted 1, 2, 3...
        nonces = {digest_params(q["authorization"])[1]["nonce"] for q in puts}
        counts = [int(digest_params(q["authorization"])[1]["nc"], 16) for q in puts]
        assert len(nonces) == 1 and counts == list(range(1, len(puts) + 1)), counts

    # Queries: a short one by GET, a long one by form-encoded POST, direct when asked; full
    # IRIs, SPARQL results asked for.
    srv.requests.clear()
    endpoint = srv.base + p.query
    r = run("query", "--endpoint", endpoint, "SELECT ?graphs WHERE { ?e a ig:Agency }", "--format", "csv")
    assert r.stdout.splitlines() == ["graphs", str(len(expected))]
    long = "SELECT ?graphs WHERE { ?e skos:prefLabel ?n FILTER(?n != \"%s\") }" % ("长" * 400)
    run("query", "--endpoint", endpoint, long, "--format", "csv")
    run("query", "--endpoint", endpoint, "ASK { ?e a ig:Agency }", "--method", "post", "--format", "csv", check=False)
    if name != "virtuoso":  # which never answers it: see test_virtuoso.py
        run("query", "--endpoint", endpoint, "SELECT ?graphs WHERE { ?e a ig:Agency }", "--method", "direct", "--format", "csv")
    answered = [q for q in srv.requests if q["status"] == 200]
    assert [q["how"] for q in answered] == ["get", "post", "post"] + (["direct"] if name != "virtuoso" else [])
    assert all(q["path"] == p.query and "application/sparql-results+json" in q["accept"] for q in answered)
    assert all(("<http://www.w3.org/2004/02/skos/core#" in q["query"] or f"<{IG}" in q["query"]) and "PREFIX" not in q["query"] for q in answered)
    assert len(answered[0]["query"]) < 2000 < len(urllib.parse.quote(answered[1]["query"]))
    direct = [q for q in answered if q["how"] == "direct"]
    assert all(q["content_type"].startswith("application/sparql-query") for q in direct)
    if p.auth and p.auth_queries:
        assert all(q["authorization"].lower().startswith(p.auth) for q in answered)


def test_a_store_that_asks_for_digest_and_refuses_every_answer(stub_for, build, monkeypatch):
    srv = stub_for(PROFILES["fuseki"])
    with_credentials(monkeypatch)
    monkeypatch.setenv("INNOGRAPH_AUTH_PASSWORD", "wrong")
    started = time.monotonic()
    r = run("push", "--endpoint", srv.base + "/ds/data", "--data", str(build), "--timeout", "5", check=False)
    assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
    assert "401" in r.stderr and "refused INNOGRAPH_AUTH_USER and INNOGRAPH_AUTH_PASSWORD" in r.stderr, r.stderr
    assert time.monotonic() - started < 5
    # The probe, then at most three tries of the graph: it gives up, it does not loop.
    assert 2 <= len(srv.requests) <= 4, [q["method"] for q in srv.requests]
    # Without credentials: what to set.
    monkeypatch.delenv("INNOGRAPH_AUTH_USER")
    monkeypatch.delenv("INNOGRAPH_AUTH_PASSWORD")
    r = run("query", "--endpoint", srv.base + "/ds/query", "ASK {}", check=False)
    assert r.returncode != 0 and "401" in r.stderr and "set INNOGRAPH_AUTH_USER" in r.stderr and r.stderr.count("\n") == 1, r.stderr


class Mute:
    """A TCP server that does something other than answer: accept and say nothing
    ("mute"), answer the head and then stall ("stall"), or speak another protocol
    ("ssh")."""

    def __init__(self, mode):
        self.mode, self.conns, self.stopped = mode, [], threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.base = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.conns.append(conn)
            if self.mode == "stall":
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: 500\r\n\r\n{\"head\"")
            elif self.mode == "ssh":
                # As an SSH server that reads what came and gives its banner.
                conn.recv(65536)
                conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\nProtocol mismatch.\r\n")
                conn.shutdown(socket.SHUT_WR)

    def close(self):
        self.stopped.set()
        for c in self.conns:
            c.close()
        self.sock.close()


@pytest.fixture()
def mute_store():
    servers = []

    def start(mode):
        servers.append(Mute(mode))
        return servers[-1]
    yield start
    for s in servers:
        s.close()


def timed(*args):
    started = time.monotonic()
    r = run(*args, check=False)
    return r, time.monotonic() - started


@pytest.mark.parametrize("mode", ["mute", "stall"])
def test_a_store_that_does_not_answer_gives_one_line_within_the_timeout(mode, mute_store, build):
    store = mute_store(mode)
    commands = [["query", "--endpoint", store.base + "/sparql", "SELECT * WHERE { ?s ?p ?o }"]]
    if mode == "mute":  # a push reads no more of a store's answer than its status
        commands.append(["push", "--endpoint", store.base + "/store", "--data", str(build)])
    for args in commands:
        r, elapsed = timed(*args, "--timeout", "1")
        assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
        assert "no answer from the store for 1 s (--timeout)" in r.stderr, r.stderr
        # Not tried again: the store had its time.
        assert 0.9 < elapsed < 4, (args[0], elapsed)


def test_a_store_that_is_down_or_not_http_gives_one_line(mute_store, build):
    down = f"http://127.0.0.1:{free_port()}"
    r, elapsed = timed("query", "--endpoint", down + "/sparql", "ASK {}", "--timeout", "5")
    assert r.returncode != 0 and "cannot connect" in r.stderr and r.stderr.count("\n") == 1 and elapsed < 5, r.stderr
    r, elapsed = timed("push", "--endpoint", down + "/store", "--data", str(build), "--retries", "0")
    assert r.returncode != 0 and "cannot connect" in r.stderr and r.stderr.count("\n") == 1 and elapsed < 5, r.stderr
    ssh = mute_store("ssh")
    r, elapsed = timed("query", "--endpoint", ssh.base + "/sparql", "ASK {}", "--timeout", "5")
    assert r.returncode != 0 and "the reply is not HTTP" in r.stderr and r.stderr.count("\n") == 1 and elapsed < 5, r.stderr


class Website(http.server.BaseHTTPRequestHandler):
    """A web server that is no store: HTML for GET, 405 for writes."""

    def do_GET(self):
        body = b"<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_server_that_does_not_speak_the_protocols_is_named_in_one_line(build):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Website)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        r = run("query", "--endpoint", base + "/", "ASK {}", check=False)
        assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
        assert "'text/html', not SPARQL results: Welcome It works!" in r.stderr, r.stderr
        r = run("push", "--endpoint", base + "/", "--data", str(build), check=False)
        assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
        assert "405" in r.stderr and "Graph Store endpoint?" in r.stderr and "/sparql-graph-crud-auth" in r.stderr, r.stderr
    finally:
        server.shutdown()
        server.server_close()

"""A real Virtuoso (Debian's `virtuoso-opensource`, installed by scripts/test.sh), one server
for this module on free loopback ports with a temporary database: bulk loading a sharded,
gzipped build with `ld_dir`, `innograph push` through its Digest-protected Graph Store
endpoint, and every README query through `query --endpoint` against the local answers."""
import os
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import BIN, ROOT, free_port, run

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
# The default graph goes to this named graph, in bulk loads (ld_dir's graph argument) and
# pushes (--default-graph) alike: Virtuoso has no default graph to write.
DEFAULT_GRAPH = "https://innograph.example/"
DOC = "https://innograph.example/doc/"
CREDENTIALS = {"INNOGRAPH_AUTH_USER": "dba", "INNOGRAPH_AUTH_PASSWORD": "dba"}


class Virtuoso:
    """`virtuoso-t -c INI +foreground` with everything in one temporary folder."""

    def __init__(self, root: Path):
        self.root = root
        self.loads = root / "load"
        self.loads.mkdir()
        (root / "vsp").mkdir()
        self.sql_port, self.http_port = free_port(), free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        ini = root / "virtuoso.ini"
        db = root / "db"
        db.mkdir()
        # A fresh database (user dba, password dba), its files here, loopback ports, and
        # ld_dir allowed to read the load folder only. CaseMode 2 as Debian's own INI, so
        # that SQL identifiers are case-insensitive (GRANT ... TO dba).
        ini.write_text(f"""[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile       = {db}/virtuoso-temp.db
TransactionFile    = {db}/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:{self.sql_port}
DisableUnixSocket  = 1
DirsAllowed        = ., {self.loads}
CaseMode           = 2
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
[HTTPServer]
ServerPort         = 127.0.0.1:{self.http_port}
ServerRoot         = {root}/vsp
ServerThreads      = 10
MaxClientConnections = 10
Charset            = UTF-8
[SPARQL]
ResultSetMaxRows   = 100000
MaxQueryExecutionTime = 60
""", encoding="utf-8")
        self.log = root / "virtuoso.out"
        self.proc = subprocess.Popen(["virtuoso-t", "-c", str(ini), "+foreground"], cwd=root,
                                     stdout=self.log.open("w"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(self.base + "/sparql?query=ASK%7B%7D", timeout=2)
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail("virtuoso-t did not start: " + self.log.read_text(errors="replace")[-2000:])
                time.sleep(0.2)
        # Lets the Graph Store endpoint write for dba.
        self.isql("GRANT SPARQL_UPDATE TO dba;")

    def isql(self, sql: str) -> str:
        """Runs SQL through isql-vt; its exit status is 0 even on errors, so they are read."""
        out = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
                             capture_output=True, text=True, timeout=300)
        text = out.stdout + out.stderr
        assert out.returncode == 0 and "*** Error" not in text, text
        return text

    def wipe(self):
        """Removes every graph of ours (Virtuoso's own graphs stay) and the load list."""
        self.isql("DELETE FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE 'https://innograph.example/%'; "
                  "DELETE FROM DB.DBA.load_list;")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    v = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield v
    v.stop()


@pytest.fixture()
def virtuoso(server):
    server.wipe()
    return server


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "data" / "sample" / "taixing-2022-kejiju.txt", src / "taixing.txt")
    (src / "a.txt").write_text("昆山市科学技术局组织江苏恒瑞医药股份有限公司申报省重点研发计划。", encoding="utf-8")
    (src / "b.txt").write_text("江苏省科学技术厅认定江苏恒瑞医药股份有限公司建设江苏省新型药物制剂工程技术研究中心。", encoding="utf-8")
    (src / "c.txt").write_text("泰州市科学技术局认定济川药业集团有限公司为高新技术企业。", encoding="utf-8")
    return src


def remote(v, *args, env=None, check=True):
    r = subprocess.run([str(BIN), "query", "--endpoint", v.base + "/sparql", *args],
                       capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def local(out, *args):
    return run("query", "--data", str(out), "--provenance", *args).stdout


# The local store (oxigraph) gives the offsets, written as xsd:nonNegativeInteger, back as
# xsd:integer; Virtuoso keeps the datatype as written. Same values, same rows.
def integers(text):
    text = re.sub(r'"(\d+)"\^\^<http://www\.w3\.org/2001/XMLSchema#nonNegativeInteger>', r"\1", text)
    return text.replace("XMLSchema#nonNegativeInteger", "XMLSchema#integer")


def assert_queries_answer_as_locally(v, out):
    for q in QUERIES:
        for fmt in ("table", "csv", "tsv", "json"):
            for method in ("get", "post"):
                ours = local(out, "-f", str(q), "--format", fmt)
                theirs = remote(v, "-f", str(q), "--format", fmt, "--method", method).stdout
                assert integers(ours) == integers(theirs), f"{q.name} ({fmt}, {method})"
        assert len(ours.splitlines()) > 0, q.name
    # The sample's trade name and another document's registered name are one enterprise.
    ask = "ASK { ?e a ig:Enterprise ; skos:prefLabel \"济川药业集团有限公司\"@zh ; skos:altLabel \"济川药业\"@zh }"
    assert local(out, ask) == remote(v, ask).stdout == "true\n"
    assert remote(v, "ASK { ?e a ig:NoSuchClass }").stdout == "false\n"
    construct = "CONSTRUCT { ?e skos:prefLabel ?n } WHERE { ?e a ig:Agency ; skos:prefLabel ?n }"
    assert sorted(local(out, construct, "--format", "nt").splitlines()) == sorted(remote(v, construct, "--format", "nt").stdout.splitlines())


def dump_lines(out):
    lines = []
    for dump in ("graph.nq", "provenance.nq"):
        for name in (dump, dump + ".gz"):
            path = out / name
            if path.exists():
                data = subprocess.run(["zcat", "-f", str(path)], capture_output=True, text=True, check=True).stdout
                lines += [l for l in data.splitlines() if l]
    return lines


def expected_graphs(out):
    """Quads per graph in the build's dumps, the default graph under DEFAULT_GRAPH."""
    counts = {}
    for l in dump_lines(out):
        m = re.search(r" <(" + re.escape(DOC) + r"[0-9a-f]+)> \.$", l)
        # A triple of the default graph may end with a document's IRI as its object (a merge's
        # ig:mergedDocument): three IRIs and no graph.
        triple = re.fullmatch(r"<[^>]*> <[^>]*> <[^>]*> \.", l)
        g = m.group(1) if m and not triple else DEFAULT_GRAPH
        counts[g] = counts.get(g, 0) + 1
    return counts


def graphs_in_store(v):
    rows = remote(v, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                     "FILTER(STRSTARTS(STR(?g), \"https://innograph.example/\")) } GROUP BY ?g ORDER BY ?g", "--format", "csv").stdout
    return {g: int(n) for g, n in (line.split(",") for line in rows.splitlines()[1:])}


def test_bulk_load_of_a_sharded_gzipped_build_answers_every_readme_query_as_locally(virtuoso, corpus, tmp_path):
    shards = []
    for k in (1, 2):
        shard = tmp_path / f"shard{k}"
        run("build", "-q", "-o", str(shard), "--shard", f"{k}/2", "--compress", str(corpus))
        shards.append(str(shard))
    out = virtuoso.loads / "all"
    run("merge", *shards, "-o", str(out), "--compress", "-q")
    assert sorted(p.name for p in out.glob("*.nq.gz")) == ["graph.nq.gz", "provenance.nq.gz"]
    # The README's commands.
    virtuoso.isql(f"ld_dir('{out}', '*.nq.gz', '{DEFAULT_GRAPH}'); rdf_loader_run(); checkpoint;")
    loaded = virtuoso.isql("SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list;")
    assert loaded.count(".nq.gz") == 2 and len(re.findall(r"\.nq\.gz\s+2\s+NULL", loaded)) == 2, loaded
    assert len(expected_graphs(out)) == 5
    assert graphs_in_store(virtuoso) == expected_graphs(out)
    assert_queries_answer_as_locally(virtuoso, out)


def test_push_through_digest_then_every_readme_query_answers_as_locally(virtuoso, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run("build", "-q", "-o", str(out), str(corpus))
    store = virtuoso.base + "/sparql-graph-crud-auth"
    for k, val in CREDENTIALS.items():
        monkeypatch.setenv(k, val)
    # Without --default-graph: Virtuoso's refusal, on one line, and what to do.
    r = run("push", "--endpoint", store, "--data", str(out), check=False)
    assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
    assert "?default" in r.stderr and "500" in r.stderr and "not configured to have default graph" in r.stderr, r.stderr
    assert "--default-graph" in r.stderr, r.stderr
    # With it, every graph goes in once, through Digest authentication.
    r = run("push", "--endpoint", store, "--data", str(out), "--provenance", "--default-graph", DEFAULT_GRAPH)
    assert "graphs     5 replaced" in r.stdout and "retries    0" in r.stdout, r.stdout
    assert graphs_in_store(virtuoso) == expected_graphs(out)
    assert_queries_answer_as_locally(virtuoso, out)
    # A change, pushed again: one copy of each graph, the document that left removed.
    (corpus / "c.txt").unlink()
    run("build", "-q", "-o", str(out), str(corpus))
    r = run("push", "--endpoint", store, "--data", str(out), "--provenance", "--default-graph", DEFAULT_GRAPH)
    assert "4 replaced" in r.stdout and "1 removed" in r.stdout, r.stdout
    assert graphs_in_store(virtuoso) == expected_graphs(out)
    # A wrong password: refused at once, on one line.
    monkeypatch.setenv("INNOGRAPH_AUTH_PASSWORD", "wrong")
    started = time.monotonic()
    r = run("push", "--endpoint", store, "--data", str(out), "--default-graph", DEFAULT_GRAPH, check=False)
    assert r.returncode != 0 and "401" in r.stderr and "INNOGRAPH_AUTH_PASSWORD" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert time.monotonic() - started < 10


def test_a_query_virtuoso_never_answers_fails_within_the_timeout(virtuoso):
    # application/sparql-query, which Virtuoso 7.2 takes in and never answers: the issue's
    # five-minute hang, now one line after --timeout.
    started = time.monotonic()
    r = remote(virtuoso, "ASK {}", "--method", "direct", "--timeout", "2", check=False)
    elapsed = time.monotonic() - started
    assert r.returncode != 0 and r.stderr.count("\n") == 1, r.stderr
    assert "no answer from the store for 2 s" in r.stderr and "--method post" in r.stderr, r.stderr
    assert 1.9 < elapsed < 6, elapsed
    # The default (GET for a short query) answers at once.
    assert remote(virtuoso, "ASK {}", "--timeout", "2").stdout == "true\n"

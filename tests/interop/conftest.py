"""Shared fixtures: the release binary and a fresh build of the bundled sample."""
import os
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Cargo's own rule: CARGO_TARGET_DIR, when set, is where the build went.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
BIN = TARGET / "release" / "innograph"


def run(*args, cwd=None, check=True):
    return subprocess.run([str(BIN), *args], cwd=cwd, check=check, capture_output=True, text=True)


def free_port():
    """A loopback port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "output"
    run("build", "--quiet", "--out", str(out), str(ROOT / "data" / "sample"))
    return out


# Documents written for the cross-document tests: their names merge across documents (a short
# form tied by 以下简称, a trade name and its registered name, a bare 市委 of a named city, a
# zone named without its city), so the dump holds owl:sameAs, ig:Merge and ig:surfaceForm.
MERGING_DOCS = {
    "a.txt": "江苏鑫澄电气股份有限公司(以下简称“鑫澄”)建成智能工厂。无锡市科学技术局支持无锡生物高新区建设。",
    "b.txt": "鑫澄、华锐光电等3家企业获评省级专精特新中小企业。无锡市上下认真贯彻市委部署。",
    "c.txt": "华锐光电、海博电子等5家企业获评省级企业技术中心。中共无锡市委召开全会。生物高新区(惠山区)新增企业30家。",
}


@pytest.fixture(scope="session")
def merged_build(tmp_path_factory):
    """A build of documents whose names merge across documents."""
    base = tmp_path_factory.mktemp("merging")
    (base / "in").mkdir()
    for name, text in MERGING_DOCS.items():
        (base / "in" / name).write_text(text, encoding="utf-8")
    out = base / "output"
    run("build", "--quiet", "--out", str(out), str(base / "in"))
    return out


@pytest.fixture(scope="session")
def exported(sample_build):
    """The sample with every export written next to its dump."""
    out = sample_build.parent / "exported"
    run("build", "--quiet", "--out", str(out), str(ROOT / "data" / "sample"),
        "--export", "graphml", "--export", "gexf", "--export", "dot", "--export", "cytoscape",
        "--export", "neo4j", "--export", "html")
    return out

"""Shared fixtures: the release binary and a fresh build of the bundled sample."""
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "target" / "release" / "innograph"


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


@pytest.fixture(scope="session")
def exported(sample_build):
    """The sample with every export written next to its dump."""
    out = sample_build.parent / "exported"
    run("build", "--quiet", "--out", str(out), str(ROOT / "data" / "sample"),
        "--export", "graphml", "--export", "gexf", "--export", "dot", "--export", "cytoscape",
        "--export", "neo4j", "--export", "html")
    return out

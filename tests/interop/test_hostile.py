"""A folder of hostile and awkward files through `build`: each gets its expected outcome and
message, the good ones are in the graph, nothing panics, and memory stays bounded."""
import io
import json
import resource
import shutil
import subprocess
import zipfile
from pathlib import Path

from conftest import BIN, ROOT

GOOD = "昆山市科技局支持江苏汇川技术有限公司建设昆山智能制造产业研究院。"


def docx(xml: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_hostile_corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    good_docx = docx(f"<w:document><w:body><w:p><w:r><w:t>{GOOD}</w:t></w:r></w:p></w:body></w:document>")
    (d / "truncated.docx").write_bytes(good_docx[:60])
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "0" * (200 << 20))
    (d / "bomb.docx").write_bytes(bomb.getvalue())
    line = ("在各方共同努力下工作取得进展" * 1_200_000).encode()  # one 50 MB line, no names
    (d / "one-line.txt").write_bytes(line)
    (d / "gbk.txt").write_bytes("常州市科技局认定常州天合光能有限公司企业技术中心。".encode("gbk"))
    (d / "big5.txt").write_bytes("補助名單:臺灣積體電路製造股份有限公司研發新製程。".encode("big5"))
    (d / "utf16.txt").write_bytes("无锡市科技局支持无锡先导智能装备股份有限公司。".encode("utf-16-le"))
    # Windows "Unicode" saves, no BOM, ASCII digits and punctuation among the Chinese.
    mixed = "2023年1-12月,苏州市科技局(Suzhou S&T Bureau)认定江苏恒立液压股份有限公司等15家企业,R&D投入增长12.5%。\r\n"
    (d / "utf16-le-mixed.txt").write_bytes(mixed.encode("utf-16-le"))
    (d / "utf16-be-mixed.txt").write_bytes(mixed.encode("utf-16-be"))
    shutil.copy(ROOT / "tests" / "data" / "text-layer.pdf", d / "text-layer.pdf")
    shutil.copy(ROOT / "tests" / "data" / "scanned.pdf", d / "scanned.pdf")
    (d / "deep.html").write_text("<div>" * 5000 + "科技局" + "</div>" * 5000, encoding="utf-8")
    (d / "good.docx").write_bytes(good_docx)

    out = tmp_path / "out"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([str(BIN), "build", "--out", str(out), str(d)], capture_output=True, text=True, timeout=600)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert "panicked" not in proc.stderr
    assert proc.returncode == 1, proc.stderr

    expected_failures = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "truncated.docx": "corrupt .docx",
        "bomb.docx": "limit",
        "scanned.pdf": "no text layer",
        "deep.html": "nesting deeper than",
    }
    lines = [l for l in proc.stderr.splitlines() if l.startswith("innograph: ")]
    for name, reason in expected_failures.items():
        hit = [l for l in lines if name in l]
        assert len(hit) == 1 and reason in hit[0], (name, lines)
    assert len(lines) == len(expected_failures), [l.split("/in/")[-1] for l in lines]

    names = {json.loads(l)["name"] for l in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()}
    for name in ["常州天合光能有限公司", "江苏恒立液压股份有限公司", "臺灣積體電路製造股份有限公司", "无锡先导智能装备股份有限公司",
                 "江苏恒顺醋业股份有限公司", "江苏汇川技术有限公司", "昆山智能制造产业研究院"]:
        assert name in names, name
    docs = (out / "graph.nq").read_text(encoding="utf-8").count("<https://w3id.org/innograph/ontology#fileName>")
    assert docs == 8  # one-line, gbk, big5, three utf16, text-layer.pdf, good.docx
    assert max(peak_kib, before) < 3 * 1024 * 1024, f"peak RSS {peak_kib} KiB"


def test_an_interrupted_build_leaves_the_previous_output(tmp_path):
    import os
    import signal
    import time
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(ROOT / "data" / "sample" / "taixing-2022-kejiju.txt", d / "sample.txt")
    out = tmp_path / "out"
    subprocess.run([str(BIN), "build", "-q", "--out", str(out), str(d)], check=True)
    before = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}
    # A build long enough to be interrupted: many documents.
    big = tmp_path / "big"
    big.mkdir()
    text = (ROOT / "data" / "sample" / "taixing-2022-kejiju.txt").read_text(encoding="utf-8")
    for i in range(1500):
        (big / f"doc{i:04}.txt").write_text(text + f"\n第{i}份。", encoding="utf-8")
    for sig in (signal.SIGINT, signal.SIGKILL):
        proc = subprocess.Popen([str(BIN), "build", "-q", "--out", str(out), str(big)])
        time.sleep(1.0)
        assert proc.poll() is None, "the build finished before it could be interrupted"
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        after = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file() and not f.name.startswith(".")}
        assert after == before, f"output changed after {sig!r}"
    # The next build clears what a killed one left behind.
    subprocess.run([str(BIN), "build", "-q", "--out", str(out), str(d)], check=True)
    assert not [f.name for f in out.iterdir() if f.name.endswith(".tmp")]
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()} == before

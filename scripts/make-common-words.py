#!/usr/bin/env python3
"""Writes ontology/lexicon/common-words.txt: the common words of jieba's dictionary, and
ontology/lexicon/frequent-words.txt: those of them the dictionary counts often.

usage: scripts/make-common-words.py [JIEBA_DIR]

Without JIEBA_DIR it downloads jieba 0.42.1 from PyPI (pip download) into a temporary folder.
The list keeps every word of two to four Han characters, whatever its part-of-speech tag:
the tags mark many ordinary words as names (桑叶 is tagged a person's name), and a coined
trade name (龙犇, 佰兴) is seldom a word of the dictionary at all. What a company makes
(液晶显示模组, 可降解环保日用品) begins with one. Sorted, one word a line, so that the file is
the same on every run.
"""
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "lexicon" / "common-words.txt"
FREQUENT_OUT = ROOT / "ontology" / "lexicon" / "frequent-words.txt"
# How often jieba's corpus must hold a word for it to be frequent: domain words (文化 34860,
# 生态 4260, 高效 1139) are; companies' short names that are words too (长信 33, 金发 153,
# 比亚迪 4) are not.
FREQUENT_MIN = 1000
VERSION = "0.42.1"

HEADER = f"""# Common words of two to four characters, one a line, for telling a coined trade name (龙犇,
# 佰兴: no common word) from the ordinary words of what a company makes (液晶显示模组).
# From the dictionary (dict.txt) of jieba {VERSION} (https://github.com/fxsjy/jieba, MIT License,
# Copyright (c) 2013 Sun Junyi): every word of two to four Han characters, whatever its tag (the
# tags call many ordinary words names). Made by scripts/make-common-words.py; do not edit by hand.
"""


FREQUENT_HEADER = f"""# Frequent words of two to four characters, one a line: the words of common-words.txt that the
# dictionary of jieba {VERSION} counts {FREQUENT_MIN} times or more. An ordinary word opening an item of a
# list of projects may be a company's short name (长信|科技|触控显示) unless it is one of these
# (文化|科技|融合示范). Source and licence as common-words.txt (https://github.com/fxsjy/jieba, MIT
# License, Copyright (c) 2013 Sun Junyi). Made by scripts/make-common-words.py; do not edit by hand.
"""


def dictionary(jieba_dir):
    if jieba_dir:
        return Path(jieba_dir) / "jieba" / "dict.txt"
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", f"jieba=={VERSION}", "--no-deps", "--no-binary", ":all:", "-d", str(tmp), "-q"], check=True)
    with tarfile.open(next(tmp.glob("jieba-*.tar.gz"))) as t:
        t.extractall(tmp)
    return tmp / f"jieba-{VERSION}" / "jieba" / "dict.txt"


def main():
    words = set()
    frequent = set()
    for line in dictionary(sys.argv[1] if len(sys.argv) > 1 else None).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, _tag = parts
        if 2 <= len(word) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in word):
            words.add(word)
            if int(freq) >= FREQUENT_MIN:
                frequent.add(word)
    OUT.write_text(HEADER + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words")
    FREQUENT_OUT.write_text(FREQUENT_HEADER + "".join(w + "\n" for w in sorted(frequent)), encoding="utf-8")
    print(f"{FREQUENT_OUT.relative_to(ROOT)}: {len(frequent)} words")


if __name__ == "__main__":
    main()

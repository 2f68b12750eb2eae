#!/usr/bin/env python3
"""Writes the PDF fixtures of tests/data/ (committed; run again only to change them).

needs: pip install reportlab
- text-layer.pdf: Chinese text in Adobe's STSong-Light CID font with the UniGB-UCS2-H
  encoding and no ToUnicode map, as Chinese government PDFs often are.
- scanned.pdf: a page with graphics and no text layer, as a scan without OCR is.
"""
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parents[1] / "tests" / "data"
OUT.mkdir(parents=True, exist_ok=True)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(str(OUT / "text-layer.pdf"), invariant=1)
c.setFont("STSong-Light", 14)
c.drawString(72, 760, "镇江市科技局2023年工作总结")
c.drawString(72, 730, "支持江苏恒顺醋业股份有限公司建设镇江香醋酿造技术研究院。")
c.showPage()
c.setFont("STSong-Light", 14)
c.drawString(72, 760, "第二页:实施“金山英才计划”。")
c.save()

c = canvas.Canvas(str(OUT / "scanned.pdf"), invariant=1)
for i in range(20):
    c.rect(72, 700 - i * 20, 400, 12, fill=1)
c.save()

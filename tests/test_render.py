"""Page images with layout boxes, for debugging and for the web reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from bench.corpus import GeneratedPage

from broadsheet import read
from broadsheet.errors import InputError
from broadsheet.render import ARTICLE_COLOUR, layout_boxes, render_page_png


def _pixels(png: bytes) -> pymupdf.Pixmap:
    return pymupdf.Pixmap(png)


def test_boxes_from_a_read_page(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    generated = pagegen_pages["broadsheet"][0]
    page = read(generated.pdf, nlp=False)
    boxes = layout_boxes(page, 1)
    articles = [b for b in boxes if b[2] == ARTICLE_COLOUR]
    assert len(articles) == len(page.articles)
    assert {label for _, label, _ in boxes} >= {"headline", "caption", "folio", "¶1"}
    assert layout_boxes(page, 2) == []


def test_png_with_and_without_boxes(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    pdf = pagegen_pages["tabloid"][0].pdf
    plain = render_page_png(pdf, 1, None, zoom=0.5)
    assert plain.startswith(b"\x89PNG\r\n\x1a\n")
    with pymupdf.open(pdf) as doc:
        width, height = doc[0].rect.width, doc[0].rect.height
    pix = _pixels(plain)
    assert abs(pix.width - width * 0.5) <= 1 and abs(pix.height - height * 0.5) <= 1
    # a red box in an empty corner of the page turns some white pixels red
    boxed = _pixels(render_page_png(pdf, 1, [([2.0, 2.0, 20.0, 20.0], "", "#ff0000")], zoom=2))
    white = _pixels(render_page_png(pdf, 1, None, zoom=2))
    edge = [(x, y) for x in range(8, 36) for y in range(2, 7)]
    assert all(white.pixel(x, y) == (255, 255, 255) for x, y in edge)
    assert any(boxed.pixel(x, y)[0] > 200 and boxed.pixel(x, y)[1] < 80 for x, y in edge)


def test_bad_page_and_file(pagegen_pages: dict[str, list[GeneratedPage]], tmp_path: Path) -> None:
    pdf = pagegen_pages["tabloid"][0].pdf
    with pytest.raises(InputError, match="no page 4"):
        render_page_png(pdf, 4)
    (tmp_path / "junk.pdf").write_bytes(b"not a pdf at all")
    with pytest.raises(InputError, match="not a readable PDF"):
        render_page_png(tmp_path / "junk.pdf", 1)


def test_cli_render(pagegen_pages: dict[str, list[GeneratedPage]], tmp_path: Path) -> None:
    pdf = pagegen_pages["arabweekly"][1].pdf
    out = tmp_path / "page.png"
    done = subprocess.run([sys.executable, "-m", "broadsheet", "render", str(pdf), "--page", "1", "--boxes",
                           "--zoom", "0.6", "-o", str(out)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    bad = subprocess.run([sys.executable, "-m", "broadsheet", "render", str(pdf), "--page", "3"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 2
    assert "no page 3 (the PDF has 1 pages)" in bad.stderr and "Traceback" not in bad.stderr

"""The PDF reader on pagegen e-edition pages: articles, parts, regions, editions, jumps."""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from bench.corpus import GeneratedPage
from bench.score import Tally, score_page

from broadsheet import read
from broadsheet.errors import NeedsOCR
from broadsheet.ingest import load, pdf
from broadsheet.ingest.pdf import open_pdf, pages_without_text
from broadsheet.model import TextLine
from broadsheet.schema import page_to_dict


def _edition(pages: list[GeneratedPage], path: Path) -> Path:
    """pagegen's one-page PDFs bound into one multi-page edition."""
    doc = pymupdf.open()
    for generated in pages:
        with pymupdf.open(generated.pdf) as single:
            doc.insert_pdf(single)
    doc.save(path)
    return path


def test_pagegen_pages_score_high(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    for style, pages in pagegen_pages.items():
        tally = Tally()
        for generated in pages:
            tally.add(score_page(read(generated.pdf, nlp=False), generated.gold))
        result = tally.result()
        assert result["body_f1"] >= 0.99, (style, result)
        assert result["headline_acc"] == 1.0, (style, result)
        assert result["article_count_acc"] == 1.0, (style, result)
        assert result["paragraph_f1"] >= 0.9, (style, result)


def test_parts_and_regions(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    generated = pagegen_pages["broadsheet"][0]
    page = read(generated.pdf, nlp=False)
    gold = generated.gold
    assert page.source.kind == "pdf" and page.source.pages == 1
    assert page.pages[0].width == pytest.approx(gold["params"]["width_pt"], abs=1)
    gold_captions = {c["text"] for a in gold["articles"] for c in a["captions"]}
    assert {c.text for a in page.articles for c in a.captions} == gold_captions
    assert [o.role for o in page.other] == ["folio"]
    for article in page.articles:
        assert article.pages == [1]
        body_regions = [r for r in article.regions if r.role == "body"]
        assert {r.index for r in body_regions} == set(range(len(article.body)))
        for region in article.regions:
            x0, y0, x1, y1 = region.bbox or [0, 0, 0, 0]
            assert 0 <= x0 < x1 <= page.pages[0].width and 0 <= y0 < y1 <= page.pages[0].height


def test_edition_with_page_selection_and_jumps(pagegen_pages: dict[str, list[GeneratedPage]],
                                               tmp_path: Path) -> None:
    pages = pagegen_pages["tabloid"]
    edition = _edition(pages, tmp_path / "edition.pdf")
    whole = read(edition, nlp=False)
    assert [p.number for p in whole.pages] == [1, 2, 3]
    golds = [p.gold for p in pages]
    jumped = {a["headline"].lower() for g in golds for a in g["articles"] if a["continued_from_page"]}
    assert jumped, "the tabloid fixture pages have continued stories"
    for article in whole.articles:
        if article.headline and article.headline.lower() in jumped:
            assert len(article.pages) == 2 and article.continued_on == article.pages[1]
    # no story is split: as many articles as distinct gold headlines
    assert len(whole.articles) == len({a["headline"].lower() for g in golds for a in g["articles"]})
    tokens = sum(len(p.split()) for a in whole.articles for p in a.body)
    gold_tokens = sum(len(b["text"].split()) for g in golds for a in g["articles"] for b in a["body"])
    assert abs(tokens - gold_tokens) <= 0.01 * gold_tokens

    second = read(edition, nlp=False, pages=[2])
    assert [p.number for p in second.pages] == [2]
    assert all(a.pages == [2] for a in second.articles)
    assert {r.page for a in second.articles for r in a.regions} == {2}


def test_missing_pages_warn(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    page = read(pagegen_pages["arabweekly"][0].pdf, nlp=False, pages=[1, 9])
    assert page.articles and page.warnings == ["page 9 is not in this PDF (1 pages)"]


def test_scanned_pages_need_ocr(pagegen_pages: dict[str, list[GeneratedPage]], tmp_path: Path) -> None:
    text_page = pagegen_pages["arabweekly"][0].pdf
    # a "scan": the page as a picture only
    scan = pymupdf.open()
    with pymupdf.open(text_page) as src:
        pix = src[0].get_pixmap(dpi=30)
        blank = scan.new_page(width=src[0].rect.width, height=src[0].rect.height)
        blank.insert_image(blank.rect, pixmap=pix)
    scan.save(tmp_path / "scan.pdf")
    with pytest.raises(NeedsOCR, match="page 1 has no text layer"):
        read(tmp_path / "scan.pdf", nlp=False)

    mixed = pymupdf.open(text_page)
    with pymupdf.open(tmp_path / "scan.pdf") as scanned:
        mixed.insert_pdf(scanned)
    mixed.save(tmp_path / "mixed.pdf")
    page = read(tmp_path / "mixed.pdf", nlp=False)
    assert page.articles
    assert "page 2 has no text layer (a scan): it needs OCR" in page.warnings
    doc = open_pdf(load(tmp_path / "mixed.pdf", max_bytes=10**9))
    assert pages_without_text(doc) == [2]


def test_cli_read_pdf_json(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    pdf = pagegen_pages["broadsheet"][1].pdf
    out = subprocess.run([sys.executable, "-m", "broadsheet", "read", "--no-nlp", "--pages", "1", str(pdf)],
                         capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data == page_to_dict(read(pdf, nlp=False))
    assert data["source"]["kind"] == "pdf"
    assert all(r["bbox"] and r["page"] == 1 for a in data["articles"] for r in a["regions"])


def test_rotated_page_reads_the_same(pagegen_pages: dict[str, list[GeneratedPage]], tmp_path: Path) -> None:
    pdf = pagegen_pages["tabloid"][0].pdf
    doc = pymupdf.open(pdf)
    width, height = doc[0].rect.width, doc[0].rect.height
    doc[0].set_rotation(90)
    doc.save(tmp_path / "turned.pdf")
    upright, turned = read(pdf, nlp=False), read(tmp_path / "turned.pdf", nlp=False)
    assert [a.body for a in turned.articles] == [a.body for a in upright.articles]
    # boxes stay in the page's own (unrotated) coordinates, as PyMuPDF draws them
    assert (turned.pages[0].width, turned.pages[0].height) == (round(width, 2), round(height, 2))


def _two_stories_one_baseline(path: Path) -> Path:
    """Two headlines on one baseline with a column rule between (PyMuPDF reads them as one line),
    each under a small label whose box reaches into the headline's, over a column of text."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    left = "Storm hits the coast"
    rule = 20 + pymupdf.get_text_length(left, fontname="hebo", fontsize=18) + 1.5  # a 3 pt gutter
    stories = ((20, "WEATHER", left, ["The storm reached the coast", "late on Sunday and cut power"]),
               (rule + 3, "BUSINESS", "Markets fall", ["Shares fell sharply", "on Monday as investors"]))
    for x, label, _, _ in stories:
        page.insert_text((x, 46), label, fontsize=9)
    for x, _, headline, _ in stories:  # one after the other in the content stream
        page.insert_text((x, 60), headline, fontname="hebo", fontsize=18)
    for x, _, _, body in stories:
        for i, line in enumerate(body):
            page.insert_text((x, 80 + 11 * i), line, fontsize=9)
    page.draw_line((rule, 40), (rule, 280), width=0.5)
    doc.save(path)
    return path


def test_run_across_a_column_rule_is_cut_between_its_own_words(tmp_path: Path) -> None:
    path = _two_stories_one_baseline(tmp_path / "rule.pdf")
    with pymupdf.open(path) as doc:
        lines = [" ".join(s["text"] for s in ln["spans"])
                 for b in doc[0].get_text("dict")["blocks"] for ln in b.get("lines", ())]
    assert any("coast" in line and "Markets" in line for line in lines)  # one line across the rule
    headlines = [a.headline for a in read(path, nlp=False).articles if a.headline]
    assert headlines == ["Storm hits the coast", "Markets fall"]  # no label above pulled in


def test_drop_caps_drawn_as_outlines_are_read(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    """pagegen draws some drop caps as vector outlines (no text): their letter is recognised."""
    checked = 0
    for pages in pagegen_pages.values():
        for generated in pages:
            gold = generated.gold
            outlined = [a for a in gold["articles"] if (a.get("drop_cap") or {}).get("mode") == "outline"]
            if not outlined:
                continue
            articles = read(generated.pdf, nlp=False).articles
            starts = {" ".join(a.body[0].split()[:3]) for a in articles if a.body}
            for article in outlined:
                assert " ".join(article["body"][0]["text"].split()[:3]) in starts
                checked += 1
    assert checked >= 2


def _filled_paths(pages: list[GeneratedPage]) -> list[dict[str, Any]]:
    paths = []
    for generated in pages:
        with pymupdf.open(generated.pdf) as doc:
            paths += [p for p in doc[0].get_cdrawings(extended=True)
                      if p.get("type") == "f" and len(p.get("items", ())) >= 6]
    return paths


def _random_outline(rnd: random.Random) -> dict[str, Any]:
    """A glyph-like filled path of lines and curves, some subpaths, anywhere on a page."""
    x, y, w, h = rnd.uniform(0, 600), rnd.uniform(0, 800), rnd.uniform(5, 60), rnd.uniform(10, 80)

    def point() -> pymupdf.Point:
        return pymupdf.Point(rnd.uniform(x, x + w), rnd.uniform(y, y + h))
    items: list[tuple[Any, ...]] = []
    current = point()
    for _ in range(rnd.randint(6, 40)):
        if rnd.random() < 0.15:
            current = point()
        end = point()
        items.append(("l", current, end) if rnd.random() < 0.5 else ("c", current, point(), point(), end))
        current = end
    corners = [p for item in items for p in item[1:]]
    rect = (min(p.x for p in corners), min(p.y for p in corners), max(p.x for p in corners),
            max(p.y for p in corners))
    return {"type": "f", "rect": rect, "items": items, "even_odd": rnd.random() < 0.5}


def test_outline_glyph_image_is_the_rendered_page(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    """Drawing a drop cap's path straight into a pixmap gives the pixels of rendering it on a PDF page."""
    rnd = random.Random(5)
    paths = _filled_paths([g for pages in pagegen_pages.values() for g in pages])
    assert paths, "pagegen pages draw outline drop caps"
    paths += [_random_outline(rnd) for _ in range(150)]
    for path in paths:
        pix = pdf._glyph_page(path).get_pixmap(colorspace=pymupdf.csGRAY)
        assert pdf._glyph_image(path) == (pix.width, pix.height, pix.stride, pix.samples)


@pytest.mark.parametrize("font", ["tibo", "hebo"])
def test_letter_templates_are_the_letters_rendered_alone(font: str) -> None:
    """The templates, rendered together on one page, are the shapes of each letter on a page of its own."""
    row = ("tibo", "hebo").index(font)
    for letter in "AGQW":
        page = pymupdf.open().new_page(width=80, height=80)
        page.insert_text((10, 60), letter, fontname=font, fontsize=50)
        pix = page.get_pixmap(colorspace=pymupdf.csGRAY)
        alone = pdf._shape(pix.width, pix.height, pix.stride, pix.samples)
        assert pdf._letter_templates()[letter][row] == alone



def test_style_runs_fill_every_textline_field(pagegen_pages: dict[str, list[GeneratedPage]]) -> None:
    """`_text_runs` builds `TextLine`s positionally (it runs once a span): a field added or moved in
    the model must not shift its values into the wrong fields."""
    names = [f.name for f in dataclasses.fields(TextLine)]
    assert names[:8] == ["text", "bbox", "size", "font", "bold", "italic", "confidence", "char_count"]
    runs: list[TextLine] = []
    for generated in (g for pages in pagegen_pages.values() for g in pages):
        with pymupdf.open(generated.pdf) as doc:
            runs += pdf._text_runs(doc[0].get_text("dict")["blocks"], 1)
    assert runs and all(r.confidence is None and 0 < r.char_count <= len(r.text) for r in runs)
    assert all(r.font and r.size > 0 and len(r.bbox) == 4 for r in runs)
    assert any(r.bold for r in runs) and any(r.italic for r in runs)

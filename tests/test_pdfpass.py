"""The one pass over a PDF page (ingest/pdfpass.py): PyMuPDF's public results, and a safe fallback.

The pass reuses PyMuPDF internals, so these tests are the guard for a PyMuPDF
upgrade: they fail when the pass no longer gives what ``get_text`` and
``get_cdrawings`` give, or when it is no longer taken at all.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from bench.corpus import GeneratedPage

from broadsheet.ingest import pdf, pdfpass

FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP


@pytest.fixture(autouse=True)
def one_pass_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with the one pass working (a test that breaks it must not leak)."""
    monkeypatch.setattr(pdfpass, "_failed", None)


def _kept(drawings: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What layout reads of drawings: paths (type, box, width, items, fill rule), groups, clip levels."""
    kept: list[tuple[Any, ...]] = []
    for d in drawings:
        if d["type"] in ("f", "s", "fs"):
            kept.append((d["type"], d["rect"], d.get("width"), d["items"], d.get("even_odd")))
        elif d["type"] in ("group", "clip"):
            kept.append((d["type"], d["level"], d["rect"] if d["type"] == "group" else None))
    return kept


def _check_one_pass(page: Any) -> set[str]:
    """read_page took the one pass and gave the public calls' text, words and drawings; the kinds drawn."""
    expected_text = page.get_text("dict", flags=FLAGS)
    expected_drawings = page.get_cdrawings(extended=True)
    rotation = page.rotation
    textpage, text, drawings = pdfpass.read_page(page, FLAGS)
    assert page.rotation == rotation
    assert pdfpass._failed is None
    assert all(d.keys() == {"type", "level"} for d in drawings if d["type"] == "clip")  # the pass's own
    assert text["blocks"] == expected_text["blocks"]
    assert _kept(drawings) == _kept(expected_drawings)
    assert textpage.extractWORDS() == page.get_text("words", flags=FLAGS)
    return {d["type"] for d in drawings}


@pytest.mark.parametrize("rotation", [0, 90])
def test_one_pass_gives_pymupdfs_text_and_drawings(pagegen_pages: dict[str, list[GeneratedPage]],
                                                   rotation: int) -> None:
    """The display-list pass yields what get_text("dict") and get_cdrawings(extended=True) give."""
    kinds: set[str] = set()
    for generated in (g for pages in pagegen_pages.values() for g in pages):
        with pymupdf.open(generated.pdf) as doc:
            page = doc[0]
            page.set_rotation(rotation)
            kinds |= _check_one_pass(page)
    assert {"f", "group", "clip"} <= kinds


def _clips_and_annotations() -> Any:
    """A page with what pagegen does not draw: text, stroke and nested clips, stroked rules, annotations."""
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=300)
    page.insert_text((20, 20), "x", fontsize=9)  # gives the page a font resource
    font = page.get_fonts()[0][4]
    content = (
        f"q BT /{font} 24 Tf 7 Tr 20 100 Td (CLIP) Tj ET 0 0 1 rg 10 60 200 60 re f Q "  # text clip
        "q 10 150 200 100 re W n q 20 160 100 50 re W n 30 170 50 20 re f Q 5 240 200 1 re f Q "  # nested
        "q 5 w 10 260 100 30 re W S n 0 0 300 300 re f Q "  # stroke clip
        f"1 0 0 RG 2 w 10 295 m 290 295 l S BT /{font} 12 Tf 20 20 Td (Hello world) Tj ET"
    )
    doc.update_stream(page.get_contents()[0], content.encode())
    page.add_rect_annot((50, 50, 150, 100))
    page.add_freetext_annot((50, 150, 200, 200), "A note in the margin")
    return pymupdf.open(stream=doc.tobytes())


@pytest.mark.parametrize("rotation", [0, 90])
def test_one_pass_on_clips_and_annotations(rotation: int) -> None:
    with _clips_and_annotations() as doc:
        page = doc[0]
        page.set_rotation(rotation)
        assert {"f", "s", "clip"} <= _check_one_pass(page)


def _layout(path: Path) -> Any:
    with pymupdf.open(path) as doc:
        return pdf.layout_page(doc[0], 1)


def _public(page: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    return page.get_text("dict", flags=FLAGS)["blocks"], page.get_cdrawings(extended=True)


@pytest.mark.parametrize("where, error, reason", [
    ("fill_path", AttributeError, "error(s) replaying the page"),
    ("__init__", TypeError, "TypeError: moved in a PyMuPDF upgrade"),
])
def test_a_failing_pymupdf_device_hands_over_to_the_public_calls(
        pagegen_pages: dict[str, list[GeneratedPage]], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, where: str, error: type[Exception], reason: str) -> None:
    """An upgrade that breaks PyMuPDF's device (inside the replay, whose errors MuPDF swallows, or
    when it is made) changes nothing: the public calls read the page, and it is logged once."""
    generated = pagegen_pages["broadsheet"][0]
    expected = _layout(generated.pdf)

    def broken(*args: Any) -> None:
        raise error("moved in a PyMuPDF upgrade")

    monkeypatch.setattr(pdfpass._DEVICE, where, broken)
    with caplog.at_level(logging.WARNING, logger=pdfpass.__name__), pymupdf.open(generated.pdf) as doc:
        _, text, drawings = pdfpass.read_page(doc[0], FLAGS)
        assert (text["blocks"], drawings) == _public(doc[0])  # exactly, seqno and clip paths included
        assert pdfpass._failed is not None and reason in pdfpass._failed
        assert pdf.layout_page(doc[0], 1) == expected
    assert len([r for r in caplog.records if "line-art device failed" in r.message]) == 1


def test_without_pymupdfs_device_the_public_calls_are_used(pagegen_pages: dict[str, list[GeneratedPage]],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(pymupdf, "JM_new_lineart_device_Device")
    spec = importlib.util.spec_from_file_location("pdfpass_without_device", pdfpass.__file__)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # a fresh copy, imported under the "upgraded" PyMuPDF
    assert module._failed == "no pymupdf.JM_new_lineart_device_Device"
    with pymupdf.open(pagegen_pages["tabloid"][0].pdf) as doc:
        _, text, drawings = module.read_page(doc[0], FLAGS)
        assert (text["blocks"], drawings) == _public(doc[0])


def _dotted_page(dots: int) -> Any:
    """A page of text and a column rule, with `dots` little filled squares (a stand-in for vector art)."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=400)
    page.insert_text((20, 40), "Text beside some vector art", fontsize=10)
    page.draw_line((200, 20), (200, 380), width=0.5)
    for i in range(dots):
        x, y = 210 + 9 * (i % 20), 20 + 9 * (i // 20)
        page.draw_rect((x, y, x + 3, y + 3), color=None, fill=(0, 0, 0))
    return pymupdf.open(stream=doc.tobytes())


def test_a_page_of_vector_art_is_left_to_get_cdrawings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_PATHS paths the (slow, Python) replay stops and get_cdrawings lists the drawings."""
    calls: list[int] = []
    original = pymupdf.Page.get_cdrawings

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_cdrawings", counted)
    with _dotted_page(pdfpass.MAX_PATHS - 1) as doc:  # the rule and the dots: MAX_PATHS paths
        assert _check_one_pass(doc[0]) == {"s", "f"}
        calls.clear()
        pdfpass.read_page(doc[0], FLAGS)
        assert not calls
    with _dotted_page(4 * pdfpass.MAX_PATHS) as doc:
        expected_text, expected_drawings = _public(doc[0])
        calls.clear()
        _, text, drawings = pdfpass.read_page(doc[0], FLAGS)
        assert calls == [1] and pdfpass._failed is None
        assert (text["blocks"], drawings) == (expected_text, expected_drawings)
        assert len([d for d in drawings if d["type"] == "f"]) == 4 * pdfpass.MAX_PATHS

"""ALTO XML (v1–v4, the libraries' OCR format) into articles.

ALTO gives pages → blocks → lines → strings with positions, styles and word
confidences.  Versions differ in namespace (CCS, LoC, none at all) and in
which attributes they fill in, so elements are matched by local name and
every attribute is optional: a missing position leaves the line to be placed
in file order, a missing confidence stays unknown.

Words broken across lines are joined where the file says so
(``SUBS_TYPE="HypPart1"`` + ``SUBS_CONTENT``): the whole word goes on the
first line and the second part is dropped, so the layout stages see no
hyphen there.  A bare ``<HYP/>`` without ``SUBS_CONTENT`` is printed as a
line-end ``-`` and left to the layout's `Dehyphenator`, like any PDF line.

With a METS file (``--mets``) the library's own article segmentation is
used instead of broadsheet's (see `broadsheet.ingest.mets`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Box, LayoutPage, Page, Source, TextLine
from .ocrtext import Word, make_line, place_boxless, stack_sizes, steady_sizes, steady_styles

if TYPE_CHECKING:
    from ..pipeline import ReadOptions
    from . import RawInput

#: Points per measurement unit.  ``pixel`` files do not say their resolution;
#: 300 dpi is the common scanning resolution and only scales the page as a whole.
UNITS = {"pixel": 72 / 300, "mm10": 72 / 254, "inch1200": 72 / 1200}
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _num(el: ET.Element, name: str) -> float | None:
    value = el.get(name)
    if value is None or not _NUMBER.fullmatch(value.strip()):
        return None
    return float(value.strip().replace(",", "."))


def _box(el: ET.Element) -> Box | None:
    x, y, w, h = (_num(el, k) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
    if x is None or y is None or w is None or h is None:
        return None
    return [x, y, x + abs(w), y + abs(h)]


@dataclass(slots=True)
class _Style:
    size: float | None = None
    font: str = ""
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class AltoBlock:
    """A TextBlock: its ID (what METS points at), page number and lines."""

    id: str
    page: int
    lines: list[TextLine] = field(default_factory=list)
    #: The TextLine IDs of `lines`, in order (METS areas may point at lines).
    line_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AltoDocument:
    """A parsed ALTO file: layout pages for the layout stages, blocks by ID for METS."""

    pages: list[LayoutPage]
    blocks: dict[str, AltoBlock]
    warnings: list[str] = field(default_factory=list)


def _styles(root: ET.Element) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    for el in root.iter():
        if _local(el.tag) == "TextStyle" and el.get("ID"):
            fontstyle = (el.get("FONTSTYLE") or "").lower().split()
            styles[el.get("ID", "")] = _Style(
                size=_num(el, "FONTSIZE"), font=el.get("FONTFAMILY") or "",
                bold="bold" in fontstyle, italic="italics" in fontstyle or "italic" in fontstyle,
            )
    return styles


def _style_of(el: ET.Element, styles: dict[str, _Style], inherited: _Style) -> _Style:
    refs = [styles[r] for r in (el.get("STYLEREFS") or "").split() if r in styles]
    style = refs[0] if refs else inherited
    inline = (el.get("STYLE") or "").lower().split()  # ALTO v2+: STYLE="bold italics"
    if inline:
        style = _Style(style.size, style.font, style.bold or "bold" in inline,
                       style.italic or "italics" in inline or "italic" in inline)
    return style


class _Joiner:
    """Carries a word broken across lines (HypPart1 … HypPart2) from one line to the next."""

    def __init__(self) -> None:
        self.pending = False

    def words(self, line: ET.Element, styles: dict[str, _Style], style: _Style) -> list[Word]:
        words: list[Word] = []
        for el in line:
            name = _local(el.tag)
            if name == "HYP" and words and not words[-1].text.endswith("-"):
                if not self.pending:
                    words[-1].text += el.get("CONTENT") or "-"
                continue
            if name != "String":
                continue
            subs_type = (el.get("SUBS_TYPE") or "").lower()
            subs = el.get("SUBS_CONTENT")
            if self.pending:
                self.pending = False
                if subs_type == "hyppart2":
                    continue
            content = el.get("CONTENT") or ""
            if subs_type == "hyppart1" and subs:
                content, self.pending = subs, True
            s = _style_of(el, styles, style)
            wc = _num(el, "WC")
            cc = el.get("CC") or ""
            if wc is None and re.fullmatch(r"[0-9]+", cc):  # ALTO v1: per-character 0 (sure) … 9 (unsure)
                wc = 1 - sum(int(c) for c in cc) / (9 * len(cc))
            words.append(Word(content, _box(el), None if wc is None else max(0.0, min(1.0, wc)),
                              bold=s.bold, italic=s.italic, size=s.size, font=s.font))
        return words


def parse_alto(data: bytes, path: str | None = None) -> AltoDocument:
    """ALTO bytes → pages of `TextLine`s in points, and the TextBlocks by ID."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(path, f"not well-formed ALTO XML ({exc})") from None
    if _local(root.tag).lower() != "alto":
        raise InputError(path, f"not ALTO XML (the root element is <{_local(root.tag)}>)")
    unit_el = next((el for el in root.iter() if _local(el.tag) == "MeasurementUnit"), None)
    unit = (unit_el.text or "").strip().lower() if unit_el is not None else "pixel"
    warnings: list[str] = []
    if unit not in UNITS:
        warnings.append(f"unknown ALTO MeasurementUnit {unit!r}; read as pixels")
    scale = UNITS.get(unit, UNITS["pixel"])
    styles = _styles(root)
    joiner = _Joiner()
    pages: list[LayoutPage] = []
    blocks: dict[str, AltoBlock] = {}
    for number, page_el in enumerate((el for el in root.iter() if _local(el.tag) == "Page"), start=1):
        width, height = _num(page_el, "WIDTH") or 0.0, _num(page_el, "HEIGHT") or 0.0
        page = LayoutPage(number=number, width=round(width * scale, 2), height=round(height * scale, 2))
        for el in page_el.iter():
            name = _local(el.tag)
            if "advert" in (el.get("TYPE") or "").lower() and (box := _box(el)):
                page.adverts.append([round(v * scale, 2) for v in box])
            if name == "TextBlock":
                block = AltoBlock(el.get("ID") or f"block-{number}-{len(blocks)}", number)
                block_style = _style_of(el, styles, _Style())
                for line_el in el:
                    if _local(line_el.tag) != "TextLine":
                        continue
                    words = joiner.words(line_el, styles, _style_of(line_el, styles, block_style))
                    line = make_line(words, _box(line_el), scale)
                    if line is not None:
                        block.lines.append(line)
                        block.line_ids.append(line_el.get("ID") or "")
                page.lines.extend(block.lines)
                blocks[block.id] = block
            elif name in ("Illustration", "GraphicalElement"):
                box = _box(el)
                if box:
                    pts = [round(v * scale, 2) for v in box]
                    thin = min(pts[2] - pts[0], pts[3] - pts[1]) < 3
                    (page.rules if thin else page.images).append(pts)
        stack_sizes(page)
        steady_sizes(page)
        steady_styles(page)
        if place_boxless(page):
            warnings.append(f"page {number}: ALTO lines without positions, read in file order")
        if page.lines:
            page.width = max(page.width, max(line.bbox[2] for line in page.lines))
            page.height = max(page.height, max(line.bbox[3] for line in page.lines))
        pages.append(page)
    if not pages:
        raise InputError(path, "ALTO file without a <Page>")
    return AltoDocument(pages, blocks, warnings)


def read_alto(raw: RawInput, options: ReadOptions) -> Page:
    """Read an ALTO file into a `Page`: the library's METS articles, or broadsheet's layout."""
    doc = parse_alto(raw.data, raw.path)
    pages = [p for p in doc.pages if not options.pages or p.number in options.pages]
    source = Source(path=raw.path, sha256=raw.sha256, kind="alto", pages=len(pages))
    if options.mets:
        from .mets import articles_from_mets

        page = articles_from_mets(options.mets, doc, source=source, alto_path=raw.path)
    else:
        from ..layout.geometry import layout_pages

        page = layout_pages(pages, source=source, options=options)
    page.warnings.extend(doc.warnings)
    if not any(p.lines for p in pages):
        page.warnings.append("no text in this ALTO file")
    return page

"""hOCR (the HTML that Tesseract, OCRopus, Kraken and others write) into articles.

hOCR marks pages, blocks, lines and words with classes (``ocr_page``,
``ocr_line``, ``ocrx_word``...) and puts their geometry in the ``title``
attribute (``bbox x0 y0 x1 y1; x_wconf 93``).  Files in the wild are often
not well-formed XML, so this reads them with the forgiving stdlib HTML
parser.  Words become `TextLine`s in points (``scan_res`` gives the
resolution; 300 dpi is assumed otherwise), sized by the engine's row height
(``x_size``, steadier from line to line than ink boxes) when it gives one;
then the shared layout stages make the articles.  hOCR without boxes still reads, as one column of text.
Words carrying a stroke width (``x_stroke``, added by broadsheet's own OCR)
are marked bold when their strokes are thick for their size (`ocrtext.mark_bold`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import pairwise
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Box, LayoutPage, Page, Source
from .ocrtext import (
    Word,
    make_line,
    mark_bold,
    place_boxless,
    stack_sizes,
    steady_sizes,
    steady_styles,
    union,
)

if TYPE_CHECKING:
    from ..pipeline import ReadOptions
    from . import RawInput

#: Resolution assumed when a file does not say (the common scanning resolution).
DEFAULT_DPI = 300.0

_LINE_CLASSES = frozenset({"ocr_line", "ocrx_line", "ocr_header", "ocr_textfloat", "ocr_caption"})
_IMAGE_CLASSES = frozenset({"ocr_photo", "ocr_image", "ocr_graphic", "ocrx_image"})
_RULE_CLASSES = frozenset({"ocr_separator", "ocr_hline", "ocr_vline"})
_VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "col", "area", "base", "wbr"})
_NUMBER = r"-?\d+(?:\.\d+)?"


def parse_title(title: str) -> dict[str, list[str]]:
    """``"bbox 1 2 3 4; x_wconf 93"`` → ``{"bbox": ["1", "2", "3", "4"], "x_wconf": ["93"]}``."""
    props: dict[str, list[str]] = {}
    for part in title.split(";"):
        fields = part.split()
        if fields:
            props[fields[0]] = fields[1:]
    return props


def _bbox(props: dict[str, list[str]]) -> Box | None:
    values = props.get("bbox", [])
    if len(values) != 4 or not all(re.fullmatch(_NUMBER, v) for v in values):
        return None
    x0, y0, x1, y1 = (float(v) for v in values)
    return [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]


def _number(props: dict[str, list[str]], key: str) -> float | None:
    values = props.get(key, [])
    return float(values[0]) if values and re.fullmatch(_NUMBER, values[0]) else None


@dataclass
class _PageBuilder:
    bbox: Box | None
    dpi: float | None
    #: (words, line box, line height estimated by the engine: Tesseract's ``x_size``)
    lines: list[tuple[list[Word], Box | None, float | None]] = field(default_factory=list)
    images: list[Box] = field(default_factory=list)
    rules: list[Box] = field(default_factory=list)


class _HocrParser(HTMLParser):
    """Collects pages → lines → words; the innermost open word gets the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[_PageBuilder] = []
        self.stack: list[tuple[str, str]] = []  # (tag, role) of open elements
        self.line: list[Word] | None = None
        self.line_box: Box | None = None
        self.line_size: float | None = None
        self.word: Word | None = None
        self.loose: list[Word] = []  # words outside any line element
        self.style: list[str] = []

    def _page(self) -> _PageBuilder:
        if not self.pages:
            self.pages.append(_PageBuilder(None, None))
        return self.pages[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        props = parse_title(attr.get("title", ""))
        role = ""
        if classes & ({"ocr_page", "ocrx_word", "ocr_word"} | _LINE_CLASSES):
            self._close_open(page="ocr_page" in classes, line=bool(classes & _LINE_CLASSES))
        if "ocr_page" in classes:
            self._flush_loose()
            res = props.get("scan_res", [])
            dpi = float(res[0]) if res and re.fullmatch(_NUMBER, res[0]) and float(res[0]) > 0 else None
            self.pages.append(_PageBuilder(_bbox(props), dpi))
            role = "page"
        elif classes & _LINE_CLASSES:
            self._flush_loose()
            self.line, self.line_box, role = [], _bbox(props), "line"
            self.line_size = _number(props, "x_size")
        elif "ocrx_word" in classes or "ocr_word" in classes:
            conf = _number(props, "x_wconf")
            font = props.get("x_font", [""])
            self.word = Word("", _bbox(props), None if conf is None else max(0.0, min(1.0, conf / 100)),
                             font=" ".join(font).strip('"'))
            size = _number(props, "x_fsize")
            if size:
                self.word.size = size
            self.word.stroke = _number(props, "x_stroke")
            role = "word"
        elif classes & _IMAGE_CLASSES or classes & _RULE_CLASSES:
            box = _bbox(props)
            if box:
                (self._page().rules if classes & _RULE_CLASSES else self._page().images).append(box)
        elif tag in ("strong", "b"):
            role = "bold"
        elif tag in ("em", "i"):
            role = "italic"
        elif tag in ("p", "div") or classes & {"ocr_par", "ocr_carea", "ocrx_block"}:
            self._flush_loose()
        if tag not in _VOID:
            self.stack.append((tag, role))
        if role in ("bold", "italic"):
            self.style.append(role)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, role = self.stack.pop()
            self._close(role)
            if open_tag == tag:
                break

    def _close(self, role: str) -> None:
        if role == "word" and self.word is not None:
            (self.line if self.line is not None else self.loose).append(self.word)
            self.word = None
        elif role == "line" and self.line is not None:
            self._page().lines.append((self.line, self.line_box, self.line_size))
            self.line, self.line_box = None, None
        elif role == "page":
            self._flush_loose()
        elif role in ("bold", "italic") and role in self.style:
            self.style.remove(role)

    def _close_open(self, *, page: bool, line: bool) -> None:
        """Broken HTML: a new word, line or page closes the open word (and line)."""
        if self.word is not None:
            self._close("word")
        if (page or line) and self.line is not None:
            self._close("line")

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.word.text += data
            if self.style and data.strip():
                self.word.bold |= "bold" in self.style
                self.word.italic |= "italic" in self.style
        elif self.line is not None and data.strip():
            # hOCR without word elements: the line's own text, as one word.
            self.line.append(Word(data, None))
        elif self.pages and data.strip() and any(role == "page" for _, role in self.stack):
            self.loose.append(Word(data, None))

    def _flush_loose(self) -> None:
        if self.loose:
            self._page().lines.append((self.loose, None, None))
            self.loose = []

    def close(self) -> None:
        super().close()
        while self.stack:
            self._close(self.stack.pop()[1])
        self._flush_loose()


_RawLine = tuple[list[Word], Box | None, float | None]


def split_at_columns(lines: list[_RawLine]) -> list[_RawLine]:
    """Cut lines that the OCR engine ran across a column gutter.

    Tesseract sometimes reads two headlines side by side as one line.  Such
    a line has a wider-than-usual word gap after which the next word starts
    exactly where a column of the page starts (where five or more lines
    start), and the text after the gap goes on below or above it: another
    line of about its height starts there too.  A wide gap in a ragged
    headline that happens to end on a column edge has no such neighbour.
    """
    boxed = [(words, box) for words, box, _ in lines if box and len(words) > 1]
    heights = sorted(box[3] - box[1] for _, box in boxed)
    if len(heights) < 5:
        return lines
    tol = heights[len(heights) // 2] * 1.0
    starts = sorted((words[0].bbox or box)[0] for words, box in boxed)
    edges = [x for x in starts if bisect_right(starts, x + tol) - bisect_left(starts, x - tol) >= 5]
    # where text starts: each line's first word and every word after a gap as wide as a cut's
    entries: list[tuple[float, Box]] = []
    for words, line_box in boxed:
        wide = _wide_gaps(words, line_box)
        entries.extend((w.bbox[0], line_box) for i, w in enumerate(words)
                       if w.bbox and (i == 0 or i in wide))

    def continued(x: float, box: Box) -> bool:
        h = box[3] - box[1]
        return any(abs(ex - x) <= tol and ebox is not box and 0.75 <= (ebox[3] - ebox[1]) / h <= 1.33
                   and (0 <= ebox[1] - box[3] <= 1.5 * h or 0 <= box[1] - ebox[3] <= 1.5 * h)
                   for ex, ebox in entries)

    out: list[_RawLine] = []
    for words, box, size in lines:
        if box is None or len(words) < 2 or any(w.bbox is None for w in words):
            out.append((words, box, size))
            continue
        cuts = [i for i in sorted(_wide_gaps(words, box))
                if _near(edges, words[i].bbox[0], tol)  # type: ignore[index]
                and continued(words[i].bbox[0], box)]  # type: ignore[index]
        for lo, hi in zip([0, *cuts], [*cuts, len(words)], strict=True):
            part = words[lo:hi]
            out.append((part, union(w.bbox for w in part) if cuts else box, size))
    return out


def split_initials(lines: list[_RawLine]) -> list[_RawLine]:
    """Cut a drop cap off the line the OCR engine ran it into.

    A drop cap spans several lines of text, and Tesseract often makes it the
    first word of one of them; the line's size is then estimated from the
    initial.  An initial of one or two letters at least twice as tall as the
    line's other words is its own line.
    """
    out: list[_RawLine] = []
    for words, box, size in lines:
        first = words[0].bbox if words else None
        rest = sorted(w.bbox[3] - w.bbox[1] for w in words[1:] if w.bbox)
        if (first is None or not rest or not 1 <= len(words[0].text.strip()) <= 2
                or not words[0].text.strip()[0].isupper()
                or first[3] - first[1] < 2 * rest[len(rest) // 2]):
            out.append((words, box, size))
            continue
        out.append((words[:1], first, None))
        out.append((words[1:], union(w.bbox for w in words[1:]), size))
    return out


#: A bold lead-in ends like a sentence or a label ("Shrinking reach." "UPDATE:").
_LEAD_END = (".", ":", "—", "–")
#: Glyphs OCR reads a triangular or round bullet as, at the start of a line.
_BULLET_READINGS = frozenset({">", "»", "•", "«", "*"})


def split_lead_ins(lines: list[_RawLine]) -> list[_RawLine]:
    """Cut a bold lead-in (and a bullet before it) off the rest of its line, as style runs.

    Captions open with a bold lead-in ("Shrinking reach.") after a bullet,
    and layout tells lead-ins by style runs, as in a PDF.  OCR gives one
    line; when its first few words are bold (`mark_bold`), end like a
    sentence or label, and two or more regular words follow, the bold words
    become a line of their own, and a lone bullet before them too (Tesseract
    reads a triangular bullet as ``>``: it is given as ``▸``).
    """
    out: list[_RawLine] = []
    for words, box, size in lines:
        bullet = 1 if words and words[0].text.strip() in _BULLET_READINGS else 0
        lead = bullet
        while lead < len(words) and lead - bullet < 6 and words[lead].bold:
            lead += 1
        rest = words[lead:]
        if (lead == bullet or len(rest) < 2 or any(w.bold for w in rest) or any(w.bbox is None for w in words)
                or not words[lead - 1].text.rstrip().endswith(_LEAD_END)):
            out.append((words, box, size))
            continue
        if bullet:
            words[0].text = "▸"
        parts = [words[:bullet], words[bullet:lead], rest] if bullet else [words[:lead], rest]
        boxes = [union(w.bbox for w in part) for part in parts]
        for left, right in pairwise(boxes):  # ink boxes; a PDF run's box holds the space after it
            if left and right and 0 < right[0] - left[2] <= left[3] - left[1]:
                left[2] = right[0] = (left[2] + right[0]) / 2
        out.extend((part, part_box, size) for part, part_box in zip(parts, boxes, strict=True))
    return out


def _wide_gaps(words: list[Word], box: Box) -> set[int]:
    """Indexes of the words after a gap wider than the line's usual word space (boxed words only).

    A neighbouring line that merely has a word starting at the same place is
    no sign of a column: the text after a gutter starts after a wide gap in
    every line that runs across it.
    """
    h = box[3] - box[1]
    pairs = [(i + 1, b.bbox[0] - a.bbox[2]) for i, (a, b) in enumerate(pairwise(words)) if a.bbox and b.bbox]
    gaps = [gap for _, gap in pairs]
    usual = sorted(gaps)[len(gaps) // 2] if len(gaps) > 2 else 0.25 * h
    return {i for i, gap in pairs if gap > max(1.3 * usual, 0.3 * h)}


def _near(sorted_xs: list[float], x: float, tol: float) -> bool:
    i = bisect_left(sorted_xs, x - tol)
    return i < len(sorted_xs) and sorted_xs[i] <= x + tol


def parse_hocr(text: str, path: str | None = None, *, dpi: float | None = None,
               warnings: list[str] | None = None) -> list[LayoutPage]:
    """hOCR text → one `LayoutPage` per ``ocr_page``, boxes in points.

    `dpi` overrides the file's ``scan_res`` (the OCR reader knows the
    resolution it rendered at).  Notes about the file go to `warnings`.
    """
    parser = _HocrParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:  # pragma: no cover - HTMLParser rarely raises
        raise InputError(path, f"unreadable hOCR: {exc}") from None
    if not parser.pages:
        raise InputError(path, "no ocr_page element: not hOCR")
    pages: list[LayoutPage] = []
    for number, built in enumerate(parser.pages, start=1):
        scale = 72.0 / (dpi or built.dpi or DEFAULT_DPI)
        stroked = mark_bold([words for words, _, _ in built.lines])
        lines = [line for words, box, height in split_lead_ins(split_at_columns(split_initials(built.lines)))
                 if (line := make_line(words, box, scale, height * scale if height else None))]
        box = built.bbox or [0.0, 0.0, 0.0, 0.0]
        page = LayoutPage(
            number=number, width=round(box[2] * scale, 2), height=round(box[3] * scale, 2), lines=lines,
            images=[[round(v * scale, 2) for v in b] for b in built.images],
            rules=[[round(v * scale, 2) for v in b] for b in built.rules],
        )
        stack_sizes(page)
        steady_sizes(page)
        if stroked:  # bold measured word by word flickers in body text
            steady_styles(page)
        if place_boxless(page) and warnings is not None:
            warnings.append(f"page {number}: hOCR lines without boxes, read as one column in file order")
        if lines:
            page.width = max(page.width, max(line.bbox[2] for line in lines))
            page.height = max(page.height, max(line.bbox[3] for line in lines))
        pages.append(page)
    return pages


def read_hocr(raw: RawInput, options: ReadOptions) -> Page:
    """Read an hOCR file (any engine) into a `Page` through the shared layout stages."""
    from ..layout.geometry import layout_pages

    text = raw.data.decode("utf-8", errors="replace")
    warnings: list[str] = []
    pages = parse_hocr(text, raw.path, warnings=warnings)
    if options.pages:
        pages = [p for p in pages if p.number in options.pages]
    source = Source(path=raw.path, sha256=raw.sha256, kind="hocr", pages=len(pages))
    page = layout_pages(pages, source=source, options=options)
    page.warnings.extend(warnings)
    if not any(p.lines for p in pages):
        page.warnings.append("no text in this hOCR file")
    return page

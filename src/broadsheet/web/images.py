"""Page images for PDF sources: article outlines, and PNGs rendered once and cached.

An article is stored as many small regions (one per paragraph, headline,
caption...).  Drawn one by one they make a mosaic nobody can click, and one
bounding box per article would swallow its neighbours on a multi-column
page, so regions are merged into column blocks: boxes that share most of
their width and nearly touch vertically become one.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Box = list[float]

#: Rendering scale: PDF points → image pixels.
ZOOM = 1.5
#: Colours that tell neighbouring articles apart on the image.
PALETTE = ("#25395c", "#9b2c1f", "#2e6b3a", "#7a4b94", "#a4640c", "#1f6f78")


@dataclass(slots=True)
class BoxLink:
    """One clickable block of an article on a page, in percent of the page size."""

    article_id: str
    headline: str
    left: float
    top: float
    width: float
    height: float
    bbox: Box = field(default_factory=list)


@dataclass(slots=True)
class Sheet:
    """A physical page to show: its image URL, size, and the article blocks over it."""

    number: int
    width: float
    height: float
    src: str
    label: str
    boxes: list[BoxLink] = field(default_factory=list)

    @property
    def px_width(self) -> int:
        return round(self.width * ZOOM)

    @property
    def px_height(self) -> int:
        return round(self.height * ZOOM)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _merge_once(boxes: list[Box], gap: float) -> list[Box]:
    blocks: list[Box] = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: (b[0], b[1])):
        for block in blocks:
            shared = _overlap(x0, x1, block[0], block[2])
            narrow = min(x1 - x0, block[2] - block[0]) or 1.0
            vertical_gap = max(y0 - block[3], block[1] - y1)
            if shared / narrow >= 0.6 and vertical_gap <= gap:
                block[:] = [min(x0, block[0]), min(y0, block[1]), max(x1, block[2]), max(y1, block[3])]
                break
        else:
            blocks.append([x0, y0, x1, y1])
    return blocks


def merge_boxes(boxes: Iterable[Sequence[float]], gap: float = 18.0) -> list[Box]:
    """Merge boxes into column blocks: same column (≥ 60 % shared width) and ≤ `gap` pt apart."""
    blocks = [[float(v) for v in b] for b in boxes if len(b) == 4]
    while True:
        merged = _merge_once(blocks, gap)
        # A merge can make two blocks touch that did not before: repeat until stable.
        if len(merged) == len(blocks):
            return merged
        blocks = merged


def article_blocks(
    regions: Mapping[str, Sequence[Mapping[str, Any]]], page_number: int
) -> dict[str, list[Box]]:
    """Article id → its merged blocks on physical page `page_number`."""
    out: dict[str, list[Box]] = {}
    for article_id, items in regions.items():
        boxes = [r["bbox"] for r in items if r.get("bbox") and int(r.get("page") or 1) == page_number]
        if boxes:
            out[article_id] = merge_boxes(boxes)
    return out


def sheets_for(page: Any, image_url: Callable[[int], str]) -> list[Sheet]:
    """The sheets of a stored page that has geometry (a PDF), else an empty list.

    `page` is a `broadsheet.store.views.StoredPage`; `image_url(n)` gives the URL
    of physical page `n`'s image.
    """
    if page.kind != "pdf" or not page.source_path or not os.path.exists(page.source_path):
        return []
    headlines = {a.id: a.headline or "(untitled article)" for a in page.articles}
    label = f"{page.publication}{', ' + page.date if page.date else ''}"
    sheets: list[Sheet] = []
    for info in page.sheets:
        number, width, height = int(info["number"]), info.get("width"), info.get("height")
        if not width or not height:
            continue
        w, h = float(width), float(height)
        sheet = Sheet(number, w, h, image_url(number), label)
        for article_id, blocks in article_blocks(page.regions, number).items():
            for x0, y0, x1, y1 in blocks:
                sheet.boxes.append(BoxLink(
                    article_id, headlines.get(article_id, ""),
                    left=round(100 * x0 / w, 3), top=round(100 * y0 / h, 3),
                    width=round(100 * (x1 - x0) / w, 3), height=round(100 * (y1 - y0) / h, 3),
                    bbox=[x0, y0, x1, y1],
                ))
        sheets.append(sheet)
    return sheets


class ImageCache:
    """Rendered page PNGs, kept in memory (a few) and on disk (all), keyed by content.

    Rendering a page costs tens of milliseconds and a reader flips between the
    articles of one page, so each image is rendered once: the key is the
    input's hash, the page number, the zoom and the boxes drawn.
    """

    def __init__(self, directory: str | os.PathLike[str], memory_items: int = 32) -> None:
        self.directory = Path(directory)
        self.memory_items = memory_items
        self._memory: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(sha256: str, number: int, boxes: Sequence[tuple[Box, str, str]]) -> str:
        drawn = repr([(list(b), label, colour) for b, label, colour in boxes]).encode()
        return f"{sha256[:32]}-p{number}-z{ZOOM}-{hashlib.sha1(drawn).hexdigest()[:12]}"

    def get(self, key: str, render: Callable[[], bytes]) -> bytes:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
        path = self.directory / f"{key}.png"
        try:
            data = path.read_bytes()
        except OSError:
            data = render()
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)
            except OSError:
                pass  # a read-only cache only costs speed
        with self._lock:
            self._memory[key] = data
            while len(self._memory) > self.memory_items:
                self._memory.popitem(last=False)
        return data


def drawn_boxes(sheet: Sheet) -> list[tuple[Box, str, str]]:
    """The boxes to draw on a sheet's image, one colour per article."""
    colours: dict[str, str] = {}
    out: list[tuple[Box, str, str]] = []
    for box in sheet.boxes:
        colour = colours.setdefault(box.article_id, PALETTE[len(colours) % len(PALETTE)])
        out.append((box.bbox, "", colour))
    return out


def render_png(pdf_path: str, number: int, boxes: list[tuple[Box, str, str]]) -> bytes:
    """Render one page with its boxes drawn by `broadsheet.render` (imported only when asked).

    Without that module (a partial install) the page is rendered bare with
    PyMuPDF; the reader's HTML outlines still show the articles.
    """
    try:
        from ..render import render_page_png
    except ImportError:
        import pymupdf

        with pymupdf.open(pdf_path) as doc:
            pixmap = doc[number - 1].get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM))
            bare: bytes = pixmap.tobytes("png")
            return bare
    data: bytes = render_page_png(pdf_path, number, boxes, ZOOM)
    return data

"""Page images with boxes drawn: for debugging the layout and for the web reader.

`render_page_png` rasterises one PDF page and draws labelled boxes on it;
`layout_boxes` makes those boxes from a read `Page`: one box per article
(the union of its parts on that page) and one per part, coloured by role.
"""

from __future__ import annotations

import os
from typing import Any

from .errors import InputError
from .model import Box, Page

#: Part role → colour of its box.
ROLE_COLOURS: dict[str, str] = {
    "headline": "#d62728",
    "kicker": "#ff7f0e",
    "deck": "#ff7f0e",
    "byline": "#9467bd",
    "body": "#1f77b4",
    "pull_quote": "#2ca02c",
    "pull_quote_speaker": "#2ca02c",
    "caption": "#8c564b",
    "bio": "#e377c2",
    "jump": "#17becf",
}
ARTICLE_COLOUR = "#111111"
OTHER_COLOUR = "#7f7f7f"


def _rgb(colour: str) -> tuple[float, float, float]:
    """``"#rrggbb"`` or a colour name → RGB in 0..1 (grey when unknown)."""
    if colour.startswith("#") and len(colour) == 7:
        try:
            return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]
        except ValueError:
            pass
    from pymupdf.utils import getColor

    try:
        rgb = getColor(colour)
        return (float(rgb[0]), float(rgb[1]), float(rgb[2]))
    except Exception:
        return (0.5, 0.5, 0.5)


def render_page_png(pdf_path: str | os.PathLike[str], page_number: int,
                    boxes: list[tuple[Box, str, str]] | None = None, zoom: float = 1.5) -> bytes:
    """PNG bytes of page `page_number` (1-based) of the PDF, with `(box, label, colour)` boxes drawn.

    Boxes are in PDF points, origin top left (as in `Region.bbox`).  Labels
    are written small at the top left of their box.
    """
    import pymupdf

    name = os.fspath(pdf_path)
    try:
        doc = pymupdf.open(name)
    except Exception as exc:  # PyMuPDF's FileNotFoundError, FileDataError, RuntimeError
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(name, f"not a readable PDF ({reason})") from None
    try:
        if not doc.is_pdf:
            raise InputError(name, "not a PDF (render draws pages of PDF editions)")
        if doc.needs_pass:
            raise InputError(name, "the PDF is encrypted (password-protected)")
        if not 1 <= page_number <= doc.page_count:
            raise InputError(name, f"no page {page_number} (the PDF has {doc.page_count} pages)")
        page = doc[page_number - 1]
        for box, label, colour in boxes or []:
            _draw(page, box, label, _rgb(colour))
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        png: bytes = pixmap.tobytes("png")
        return png
    finally:
        doc.close()


def _draw(page: Any, box: Box, label: str, rgb: tuple[float, float, float]) -> None:
    import pymupdf

    rect = pymupdf.Rect(*box)
    if rect.is_empty:
        return
    page.draw_rect(rect, color=rgb, width=0.8, overlay=True)
    if label:
        page.insert_text((rect.x0 + 1, rect.y0 + 6), label[:60], fontsize=5.5, color=rgb, overlay=True)


def _union(boxes: list[Box]) -> Box:
    return [min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes)]


def layout_boxes(page: Page, page_number: int, *, parts: bool = True) -> list[tuple[Box, str, str]]:
    """Boxes of the articles (and, with `parts`, of their parts) printed on `page_number`."""
    boxes: list[tuple[Box, str, str]] = []
    for n, article in enumerate(page.articles, 1):
        regions = [r for r in article.regions if r.page == page_number and r.bbox]
        if not regions:
            continue
        outer = _union([r.bbox for r in regions if r.bbox])
        title = (article.headline or "(no headline)")[:40]
        pad = 2.0
        boxes.append(([outer[0] - pad, outer[1] - pad, outer[2] + pad, outer[3] + pad],
                      f"[{n}] {title}", ARTICLE_COLOUR))
        if parts:
            for region in regions:
                label = region.role if region.role != "body" else f"¶{region.index + 1}"
                boxes.append((region.bbox or [], label, ROLE_COLOURS.get(region.role, OTHER_COLOUR)))
    if parts:
        for other in page.other:
            for region in other.regions:
                if region.page == page_number and region.bbox:
                    boxes.append((region.bbox, other.role, OTHER_COLOUR))
    return boxes

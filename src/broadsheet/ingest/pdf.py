"""PDF e-editions: PyMuPDF spans → positioned `TextLine`s → `LayoutPage`s → articles.

This module knows PDF; `broadsheet.layout.geometry.layout_pages` does not.  It
turns each page's spans into style runs (one `TextLine` per run of one font,
size and style on a printed line), collects picture boxes and thin rules, and
hands the pages to the geometry layout.  Parsing runs in a guarded worker
(`broadsheet.guard`) so that a hostile file costs bounded time and memory.

Pages without a text layer are scans.  `pages_without_text` says which; they
are reported (`NeedsOCR`, or a page warning when other pages have text), or
read by OCR (`broadsheet.ingest.ocr.ocr_pdf_page`) when BROADSHEET_PDF_OCR=1.
"""

from __future__ import annotations

import operator
import os
from array import array
from collections.abc import Iterable
from typing import Any

from .. import guard
from ..errors import InputError, NeedsOCR
from ..model import Box, LayoutPage, Page, Source, TextLine
from . import RawInput

#: Text extraction flags: keep spaces as printed, clip to the page.
_FLAGS_NAME = ("TEXT_PRESERVE_WHITESPACE", "TEXT_MEDIABOX_CLIP")
_BOLD_FLAG, _ITALIC_FLAG = 16, 2
#: A filled or stroked path thinner than this (points) and longer than `_RULE_MIN` is a rule.
_RULE_THICK, _RULE_MIN = 3.0, 20.0
#: Pages with more text spans than this are not laid out (they would cost too much).
MAX_SPANS = 60_000


def _pymupdf() -> Any:
    import pymupdf

    return pymupdf


def open_pdf(raw: RawInput) -> Any:
    """Open the document (from its path when the bytes were not loaded), or raise InputError."""
    pymupdf = _pymupdf()
    try:
        if raw.data:
            doc = pymupdf.open(stream=raw.data, filetype="pdf")
        else:
            doc = pymupdf.open(raw.path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises its own FileDataError and RuntimeErrors
        raise InputError(raw.path, f"not a readable PDF ({_reason(exc)})") from None
    if doc.needs_pass:
        doc.close()
        raise InputError(raw.path, "the PDF is encrypted (password-protected); cannot read its text")
    if doc.page_count == 0:
        doc.close()
        raise InputError(raw.path, "the PDF has no pages")
    return doc


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def select_pages(requested: list[int] | None, count: int, path: str | None) -> tuple[list[int], list[str]]:
    """The 1-based page numbers to read, and warnings for requested pages that do not exist."""
    if requested is None:
        return list(range(1, count + 1)), []
    wanted = sorted(set(requested))
    missing = [n for n in wanted if n > count]
    pages = [n for n in wanted if n <= count]
    if not pages:
        raise InputError(path, f"no such page {missing[0]} (the PDF has {count} page{'s' * (count != 1)})")
    warnings = [f"page {n} is not in this PDF ({count} pages)" for n in missing]
    return pages, warnings


def layout_page(pdf_page: Any, number: int) -> LayoutPage:
    """One PDF page as positioned style runs, picture boxes and rules."""
    from .pdfpass import read_page

    pymupdf = _pymupdf()
    flags = 0
    for name in _FLAGS_NAME:
        flags |= getattr(pymupdf, name)
    rect = pdf_page.rect
    width, height = float(rect.width), float(rect.height)
    if pdf_page.rotation % 180:  # text boxes are in the unrotated page's coordinates
        width, height = height, width
    page = LayoutPage(number=number, width=width, height=height)
    # one pass over the content for the spans, the word boxes (if needed) and the drawings
    textpage, data, drawings = read_page(pdf_page, flags)
    page.images = _pictures(drawings)
    if pdf_page.get_images(full=False):  # embedded pictures (cheap test first: most pages have few)
        for info in pdf_page.get_image_info():
            box = [float(v) for v in info["bbox"]]
            big = box[2] - box[0] > 2 and box[3] - box[1] > 2
            if big and not any(_overlaps(box, p) for p in page.images):
                page.images.append(box)
    page.lines = _text_runs(data["blocks"], number)
    page.lines.extend(_outline_initials(drawings, page.lines))
    page.rules = list(_rules(drawings))
    vertical = [r for r in page.rules if r[3] - r[1] > r[2] - r[0]]
    if vertical:
        page.lines = _split_at_rules(textpage, page.lines, vertical)
    return page


def _split_at_rules(textpage: Any, runs: list[TextLine], vertical: list[Box]) -> list[TextLine]:
    """Runs that cross a vertical rule (two stories' headlines on one baseline), cut at the rule.

    PyMuPDF joins text on one baseline when the gap is small; the rule says it
    is two columns.  The cut falls between words, from the word boxes of the
    page's text pass (listed once, when a run needs them: a new clipped pass
    would cost as much as the page's).
    """
    out: list[TextLine] = []
    page_words: list[Any] | None = None
    for run in runs:
        x0, y0, x1, y1 = run.bbox
        mid = (y0 + y1) / 2
        cut = None
        for rule in vertical:
            if x0 + 2 < rule[0] < x1 - 2 and rule[1] <= mid <= rule[3]:
                cut = rule[0]
                break
        if cut is None:
            out.append(run)
            continue
        if page_words is None:
            page_words = textpage.extractWORDS()
        reach = (y1 - y0) / 4  # the run's words: inside its box, on its line (not the line above)
        words = [w for w in page_words
                 if x0 - 1 <= w[0] and w[2] <= x1 + 1 and abs((w[1] + w[3]) / 2 - mid) <= reach]
        sides: tuple[list[Any], list[Any]] = ([], [])
        for word in words:
            sides[(word[0] + word[2]) / 2 > cut].append(word)
        if not sides[0] or not sides[1]:
            out.append(run)
            continue
        for side in sides:
            box = [min(w[0] for w in side), min(w[1] for w in side), max(w[2] for w in side),
                   max(w[3] for w in side)]
            text = " ".join(w[4] for w in side)
            out.append(TextLine(text=text, bbox=box, size=run.size, font=run.font, bold=run.bold,
                                italic=run.italic, char_count=len(text)))
    return out


def _font_style(font: str, flags: int) -> tuple[bool, bool]:
    """(bold, italic) from the span flags and the font name."""
    lowered = font.lower()
    bold = bool(flags & _BOLD_FLAG) or "bold" in lowered or "black" in lowered
    italic = bool(flags & _ITALIC_FLAG) or "italic" in lowered or "oblique" in lowered
    return bold, italic


def _text_runs(blocks: list[dict[str, Any]], number: int) -> list[TextLine]:
    """The page's style runs: consecutive spans of one style on a printed line, one `TextLine` each.

    Rotated and vertical lines are left out (not article text).  One loop over
    the whole page: it runs for every span of every page.
    """
    runs: list[TextLine] = []
    styles: dict[tuple[str, int], tuple[bool, bool]] = {}
    count = 0
    for block in blocks:
        if block["type"] != 0:
            continue
        for line in block["lines"]:
            spans = line["spans"]
            count += len(spans)
            if count > MAX_SPANS:
                raise InputError(None, f"page {number} has more than {MAX_SPANS} text spans; "
                                       "too many to lay out")
            dx, dy = line["dir"]
            if abs(dy) > 0.05 or dx <= 0:
                continue
            last: TextLine | None = None
            for span in spans:
                text = span["text"]
                if not text.strip():
                    if last is not None:
                        last.text += text
                    continue
                font, flags = span["font"], span["flags"]
                style = styles.get((font, flags))
                if style is None:
                    style = styles[(font, flags)] = _font_style(font, flags)
                bold, italic = style
                size = round(span["size"], 2)
                x0, y0, x1, y1 = span["bbox"]
                if last is not None and last.font == font and last.size == size and last.bold == bold and (
                    last.italic == italic
                ):
                    last.text += text
                    box = last.bbox
                    box[2] = max(box[2], x1)
                    box[1] = min(box[1], y0)
                    box[3] = max(box[3], y1)
                    last.char_count += len(text)
                else:
                    # positional (text, bbox, size, font, bold, italic, confidence, char_count): once a span
                    last = TextLine(text, [x0, y0, x1, y1], size, font, bold, italic, None, len(text))
                    runs.append(last)
    return runs


def _overlaps(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _pictures(drawings: list[dict[str, Any]]) -> list[Box]:
    """Boxes of painted pictures (shadings, masked images): the drawing groups that are not the page."""
    boxes: list[Box] = []
    for item in drawings:
        if item.get("type") != "group" or not item.get("level"):
            continue
        x0, y0, x1, y1 = (float(v) for v in item["rect"])
        if x1 - x0 >= 20 and y1 - y0 >= 20:
            boxes.append([x0, y0, x1, y1])
    return boxes


def _rules(drawings: list[dict[str, Any]]) -> Iterable[Box]:
    """Thin long filled or stroked shapes: column rules, separators, box borders."""
    for path in drawings:
        kind = path.get("type")
        if kind not in ("f", "s", "fs"):
            continue
        x0, y0, x1, y1 = (float(v) for v in path["rect"])
        width = float(path.get("width") or 0.0)
        if kind != "f" and width:
            x0, y0, x1, y1 = x0 - width / 2, y0 - width / 2, x1 + width / 2, y1 + width / 2
        w, h = x1 - x0, y1 - y0
        if (h <= _RULE_THICK and w >= _RULE_MIN) or (w <= _RULE_THICK and h >= _RULE_MIN):
            yield [x0, y0, x1, y1]
        elif kind != "f" and w >= _RULE_MIN and h >= _RULE_MIN and len(path.get("items", ())) <= 4:
            # a stroked box: its four sides are rules
            t = max(width, 0.5)
            yield from ([x0, y0, x1, y0 + t], [x0, y1 - t, x1, y1],
                        [x0, y0, x0 + t, y1], [x1 - t, y0, x1, y1])


# --- drop caps drawn as outlines -------------------------------------------------------------

_GRID = 16
_templates: dict[str, list[tuple[int, float]]] = {}


_DARK = bytes(1 if value < 128 else 0 for value in range(256))


def _shape(w: int, h: int, stride: int, samples: bytes) -> tuple[int, float] | None:
    """A gray glyph image's dark pixels, cropped and sampled on a 16×16 grid (as bits), and its aspect."""
    rows = [samples[y * stride: y * stride + w].translate(_DARK) for y in range(h)]
    inked = [y for y, row in enumerate(rows) if 1 in row]
    if not inked:
        return None
    union = 0
    for y in inked:
        union |= int.from_bytes(rows[y], "big")
    columns = union.to_bytes(w, "big")
    x0, x1 = columns.index(1), w - columns[::-1].index(1)
    y0, y1 = inked[0], inked[-1] + 1
    bits = 0
    for gy in range(_GRID):
        row = rows[int(y0 + (gy + 0.5) * (y1 - y0) / _GRID)]
        for gx in range(_GRID):
            bits = bits << 1 | row[int(x0 + (gx + 0.5) * (x1 - x0) / _GRID)]
    return bits, (x1 - x0) / (y1 - y0)


_LETTERS, _TEMPLATE_FONTS, _CELL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", ("tibo", "hebo"), 80


def _letter_templates() -> dict[str, list[tuple[int, float]]]:
    """Capital letters of a serif and a sans bold font (PyMuPDF's built-in fonts), once.

    Each letter is set 50 pt at (10, 60) in its own 80 pt cell of one page,
    rendered once: a cell holds the pixels a page of its own would.
    """
    if not _templates:
        pymupdf = _pymupdf()
        page = pymupdf.open().new_page(width=_CELL * len(_LETTERS), height=_CELL * len(_TEMPLATE_FONTS))
        shape = page.new_shape()
        for row, font in enumerate(_TEMPLATE_FONTS):
            for column, letter in enumerate(_LETTERS):
                shape.insert_text((10 + _CELL * column, 60 + _CELL * row), letter, fontname=font, fontsize=50)
        shape.commit()
        pix = page.get_pixmap(colorspace=pymupdf.csGRAY)
        samples, stride = pix.samples, pix.stride
        for row in range(len(_TEMPLATE_FONTS)):
            for column, letter in enumerate(_LETTERS):
                at = _CELL * row * stride + _CELL * column
                cell = b"".join(samples[at + y * stride: at + y * stride + _CELL] for y in range(_CELL))
                found = _shape(_CELL, _CELL, _CELL, cell)
                if found:
                    _templates.setdefault(letter, []).append(found)
    return _templates


_black: Any = None  # MuPDF's fill colour argument (a C float[1] holding 0), made once


def _glyph_image(path: dict[str, Any]) -> tuple[int, int, int, bytes]:
    """The filled path alone, drawn 48 px tall in gray: (width, height, stride, samples).

    Lines and curves (the usual glyph) are drawn straight into a pixmap with
    MuPDF's path and draw-device calls, on the coordinates a one-path PDF page
    would hold (its y-up space, rounded as a content stream writes them and
    read back as floats): the same pixels as rendering such a page
    (`_glyph_page`), without making a PDF.
    """
    global _black
    if not all(item[0] in ("l", "c") for item in path["items"]):
        pix = _glyph_page(path).get_pixmap(colorspace=_pymupdf().csGRAY)
        return pix.width, pix.height, pix.stride, pix.samples
    pymupdf = _pymupdf()
    fz = pymupdf.mupdf
    to_page, (width, height) = _glyph_frame(path)
    counts = [2 if kind == "l" else 4 for kind, *_ in path["items"]]
    raw = [p for (kind, *args), n in zip(path["items"], counts, strict=True) for p in args[:n]]
    xs, ys = _transform([float(p[0]) for p in raw], [float(p[1]) for p in raw], to_page)
    # in the page's y-up space, as PyMuPDF writes a content stream (5 decimals) and MuPDF reads it (floats)
    px = _f32([round(x, 5) if abs(x) >= 1e-4 else 0.0 for x in xs])
    py = _f32([round(y, 5) if abs(y) >= 1e-4 else 0.0 for y in _f32([height - y for y in ys])])
    outline = fz.fz_new_path()
    last: tuple[float, float] | None = None
    i = 0
    for n in counts:
        if (xs[i], ys[i]) != last:  # a new subpath (as Shape.draw_line/draw_bezier write "m")
            fz.fz_moveto(outline, px[i], py[i])
        if n == 2:
            fz.fz_lineto(outline, px[i + 1], py[i + 1])
        else:
            fz.fz_curveto(outline, px[i + 1], py[i + 1], px[i + 2], py[i + 2], px[i + 3], py[i + 3])
        last = xs[i + n - 1], ys[i + n - 1]
        i += n
    fz.fz_closepath(outline)
    if _black is None:
        _black = fz.new_floats(1)
        fz.floats_setitem(_black, 0, 0.0)
    gray = fz.fz_device_gray()
    area = fz.fz_round_rect(fz.FzRect(0, 0, width, height))
    pix = fz.fz_new_pixmap_with_bbox(gray, area, fz.FzSeparations(), 0)  # no separations, no alpha
    fz.fz_clear_pixmap_with_value(pix, 255)
    device = fz.fz_new_draw_device(fz.FzMatrix(), pix)
    page_ctm = fz.FzMatrix(1, 0, 0, -1, 0, height)  # the page's y-down space, as rendering a page uses
    even_odd = bool(path.get("even_odd"))
    fz.fz_fill_path(device, outline, even_odd, page_ctm, gray, _black, 1.0, fz.FzColorParams())
    fz.fz_close_device(device)
    return (fz.fz_pixmap_width(pix), fz.fz_pixmap_height(pix), fz.fz_pixmap_stride(pix),
            bytes(fz.fz_pixmap_samples_memoryview(pix)))


def _glyph_frame(path: dict[str, Any]) -> tuple[Any, list[float]]:
    """The matrix from page space to the glyph image's (48 px tall, 2 px margins), and its size (floats)."""
    pymupdf = _pymupdf()
    x0, y0, x1, y1 = (float(v) for v in path["rect"])
    zoom = 48 / max(y1 - y0, 1)
    to_page = pymupdf.Matrix(1, 0, 0, 1, 2 / zoom - x0, 2 / zoom - y0) * pymupdf.Matrix(zoom, zoom)
    return to_page, _f32(((x1 - x0) * zoom + 4, (y1 - y0) * zoom + 4))


def _glyph_page(path: dict[str, Any]) -> Any:
    """A scratch PDF page with the filled path alone (for paths with rectangles or quads, which are rare)."""
    pymupdf = _pymupdf()
    to_page, (width, height) = _glyph_frame(path)
    page = pymupdf.open().new_page(width=width, height=height)
    shape = page.new_shape()
    for kind, *args in path["items"]:
        if kind == "l":
            shape.draw_line(pymupdf.Point(args[0]) * to_page, pymupdf.Point(args[1]) * to_page)
        elif kind == "c":
            shape.draw_bezier(*(pymupdf.Point(p) * to_page for p in args[:4]))
        elif kind == "re":
            shape.draw_rect(pymupdf.Rect(args[0]) * to_page)
        elif kind == "qu":
            shape.draw_quad(pymupdf.Quad(args[0]) * to_page)
    shape.finish(fill=(0, 0, 0), color=None, even_odd=bool(path.get("even_odd")), closePath=True)
    shape.commit()
    return page


def _f32(values: Iterable[float]) -> list[float]:
    """The values rounded to C floats, as MuPDF stores coordinates."""
    return array("f", values).tolist()


def _transform(xs: list[float], ys: list[float], m: Any) -> tuple[list[float], list[float]]:
    """MuPDF's ``fz_transform_point`` on many points at once, rounding each step to a float as it does."""
    a, b, c, d, e, f = _f32((m.a, m.b, m.c, m.d, m.e, m.f))
    xs, ys = _f32(xs), _f32(ys)
    x_sum = _f32(map(operator.add, _f32(x * a for x in xs), _f32(y * c for y in ys)))
    y_sum = _f32(map(operator.add, _f32(x * b for x in xs), _f32(y * d for y in ys)))
    return _f32(v + e for v in x_sum), _f32(v + f for v in y_sum)


def _recognise(path: dict[str, Any]) -> str | None:
    """The capital letter a filled path draws, when one template matches clearly."""
    shape = _shape(*_glyph_image(path))
    if shape is None:
        return None
    bits, aspect = shape
    cells = _GRID * _GRID
    scores = sorted(
        (max(1 - (bits ^ t).bit_count() / cells - 0.2 * abs(aspect - ta) for t, ta in shapes), letter)
        for letter, shapes in _letter_templates().items()
    )
    (second, _), (best, letter) = scores[-2], scores[-1]
    return letter if best >= 0.8 and best - second >= 0.1 else None


def _outline_initials(drawings: list[dict[str, Any]], runs: list[TextLine]) -> list[TextLine]:
    """Drop caps drawn as filled outlines (no text): recognised and returned as one-letter lines.

    A candidate is a filled shape of curves, two to six body lines tall,
    with body text starting just right of its top (or just below it).
    """
    if not runs:
        return []
    weight: dict[float, int] = {}
    for run in runs:
        weight[run.size] = weight.get(run.size, 0) + run.char_count
    body = max(weight, key=weight.__getitem__)
    found: list[TextLine] = []
    for path in drawings:
        if path.get("type") != "f" or len(path.get("items", ())) < 6:
            continue
        x0, y0, x1, y1 = (float(v) for v in path["rect"])
        w, h = x1 - x0, y1 - y0
        if not 1.8 * body <= h <= 6 * body or not 0.2 <= w / h <= 1.6:
            continue
        wrapped = any(abs(r.size - body) <= 0.1 * body and (
            (x1 - 2 <= r.bbox[0] <= x1 + 0.6 * h and y0 - 0.3 * h <= r.bbox[1] <= y0 + 0.4 * h)  # beside
            or (abs(r.bbox[0] - x0) <= 2 and y1 - 2 <= r.bbox[1] <= y1 + 0.4 * h)  # or just below
        ) for r in runs)
        letter = _recognise(path) if wrapped else None
        if letter:
            found.append(TextLine(text=letter, bbox=[x0, y0, x1, y1], size=round(h, 2), font="outline",
                                  bold=True, char_count=1))
    return found


def pages_without_text(doc: Any, numbers: Iterable[int] | None = None) -> list[int]:
    """1-based numbers of the pages that have no text layer (scans): the OCR hook."""
    numbers = range(1, doc.page_count + 1) if numbers is None else numbers
    return [n for n in numbers if not doc[n - 1].get_text("text").strip()]


def _ocr_layout(pdf_page: Any, path: str | None, warnings: list[str]) -> LayoutPage | None:
    """A scanned page read by OCR (`broadsheet.ingest.ocr.ocr_pdf_page`), when BROADSHEET_PDF_OCR=1.

    Off by default: OCR takes seconds a page, so a scan is reported instead.
    """
    if os.environ.get("BROADSHEET_PDF_OCR", "0") != "1":
        return None
    try:
        from .ocr import ocr_pdf_page
    except ImportError:
        return None
    layout: LayoutPage = ocr_pdf_page(pdf_page, path=path, warnings=warnings)
    return layout


def extract(raw: RawInput, pages: list[int] | None) -> tuple[list[LayoutPage], int, list[str]]:
    """The positioned text of the selected pages, the document's page count, and warnings."""
    doc = open_pdf(raw)
    try:
        numbers, warnings = select_pages(pages, doc.page_count, raw.path)
        layouts: list[LayoutPage] = []
        scans: list[int] = []
        # a bad page: PyMuPDF's errors, and MuPDF's own (FzErrorBase), which are not RuntimeErrors
        page_errors = (RuntimeError, ValueError, _pymupdf().mupdf.FzErrorBase)
        for number in numbers:
            guard.report_page(number)
            try:
                pdf_page = doc[number - 1]
                layout = layout_page(pdf_page, number)
            except InputError as exc:
                warnings.append(exc.problem + "; page skipped")
                continue
            except page_errors as exc:
                warnings.append(f"page {number} cannot be read ({_reason(exc)}); page skipped")
                continue
            if not any(line.text.strip() for line in layout.lines):
                ocr = _ocr_layout(pdf_page, raw.path, warnings)
                if ocr is None:
                    scans.append(number)
                    continue
                layout = ocr
            layouts.append(layout)
        if scans and not layouts:
            raise NeedsOCR(raw.path, scans[0])
        warnings.extend(f"page {n} has no text layer (a scan): it needs OCR" for n in scans)
        return layouts, doc.page_count, warnings
    finally:
        doc.close()


def _read_unguarded(raw: RawInput, options: Any) -> Page:
    from ..layout.geometry import layout_pages

    layouts, count, warnings = extract(raw, options.pages)
    source = Source(path=raw.path, sha256=raw.sha256, kind="pdf", pages=count)
    page = layout_pages(layouts, source=source, options=options)
    page.warnings.extend(warnings)
    # Pages read by OCR (their lines carry confidences): their headlines are mended from
    # their bodies, as for scanned images; born-digital text is left as printed.
    scanned = {layout.number for layout in layouts if layout.lines and layout.lines[0].confidence is not None}
    if scanned:
        from .ocrmend import mend_article

        for article in page.articles:
            if scanned.intersection(article.pages):
                mend_article(article)
    return page


def read_pdf(raw: RawInput, options: Any) -> Page:
    """Read a PDF edition (the pages in ``options.pages``, or all) into a `Page`.

    The parse runs in a guarded worker process: BROADSHEET_PDF_TIMEOUT seconds
    (default 60, plus 0.5 s a page) and BROADSHEET_PDF_MEMORY_MB of memory
    (default 2048).  ``BROADSHEET_GUARD=0`` parses in this process.
    """
    if os.environ.get("BROADSHEET_GUARD", "1") == "0":
        return _read_unguarded(raw, options)
    pages = len(options.pages) if options.pages else _page_count_hint(raw)
    timeout = float(os.environ.get("BROADSHEET_PDF_TIMEOUT", 60)) + 0.5 * pages
    memory = int(os.environ.get("BROADSHEET_PDF_MEMORY_MB", 2048)) * 1024 * 1024
    result: Page = guard.run_guarded(_read_unguarded, raw, options, path=raw.path,
                                     timeout=timeout, memory_bytes=memory)
    return result


def _page_count_hint(raw: RawInput) -> int:
    """A cheap upper bound of the page count (for the time limit), without parsing the file."""
    try:
        size = len(raw.data) if raw.data else os.path.getsize(raw.path or "")
    except OSError:
        return 1
    return max(1, min(5000, size // 20_000))

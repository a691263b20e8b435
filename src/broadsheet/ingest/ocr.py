"""Scanned pages: Tesseract OCR into the same articles as born-digital pages.

    image bytes ─ header check (size, resolution) ─ decode, gray, despeckle, deskew ─
    tesseract (hOCR: words, boxes, confidences; guarded subprocess) ─
    display rows read again (`reread`) ─ cache ─ `hocr.parse_hocr` → `LayoutPage`
    (points) ─ `layout.geometry.layout_pages` ─ headlines mended from their bodies (`ocrmend`)

Why each step:

- The header is read before anything is decoded: a 20,000 × 30,000 px scan
  is 600 megapixels (1.8 GB decoded) in a few MB of PNG, so size limits must
  hold before decoding.  `BROADSHEET_OCR_MAX_PIXELS` sets the limit.
- Lone dark pixels (dust, noise) are removed first: Tesseract reads one
  beside a word as a full stop.  Column and article rules are found and
  erased (Tesseract stretches word boxes into them) and handed to layout.
- Deskewing matters because OCR boxes are axis-aligned: on a page turned by
  one degree a headline's box swallows its neighbour's and Tesseract joins
  lines across columns.  The skew is measured on a small copy (projection
  profiles) and corrected with MuPDF.  `bench/ocr.py` measures the effect:
  on pages turned by up to 1°, body F1 0.969 → 0.992, headline accuracy
  0.82 → 0.86 and article count 0.76 → 0.95 (21 pages, seed 3, first draw).
  No binarisation is done: Tesseract binarises (Otsu) itself, and a global
  Otsu pass before it gave the same body F1 (0.997 either way, 3 bench pages).
- Tesseract runs as a subprocess with a time limit (`BROADSHEET_OCR_TIMEOUT`,
  s), an address-space cap (`BROADSHEET_OCR_MEMORY_MB`) and one thread, so a
  bad page cannot hang or starve the machine; run pages in parallel instead.
  `read_image` as a whole runs in a guarded worker (`broadsheet.guard`).
- Tesseract's LSTM engine reports no bold, which layout tells headlines,
  jump heads and lead-ins by; each word's stroke width is measured on the
  image and added to the hOCR (``x_stroke``, `add_strokes`): words with
  strokes well above the page's usual for their size read as bold.
- Every frame of a multi-page TIFF is a page (``--pages`` picks some).
- A page is OCRed once: the hOCR is cached under ``Settings.cache_dir/ocr``
  by the image's content hash, language and preprocessing version.

Language: `BROADSHEET_OCR_LANG` (Tesseract codes, e.g. ``eng``, ``deu+frk``);
by default ``Latin`` (Tesseract's Latin-script model) when installed, else
``eng`` (`default_lang`).

For the PDF reader: `ocr_pdf_page(page)` OCRs one PyMuPDF page that has no
text layer and returns its `LayoutPage` in the page's own PDF points, ready to
go into the same `layout_pages` call as the born-digital pages.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import resource
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import InputError
from ..model import LayoutPage, Page, Source
from .hocr import parse_hocr
from .ocrmend import mend_headlines
from .reread import reread_display

if TYPE_CHECKING:
    import numpy as np
    import pymupdf

    from ..pipeline import ReadOptions
    from . import RawInput

#: Bump when preprocessing changes, so cached OCR from the old version is not reused.
PREP_VERSION = 10
DEFAULT_DPI = 300.0
#: Skews smaller than this (degrees) are left alone: they cost Tesseract nothing.
MIN_SKEW = 0.08
MAX_SKEW = 5.0


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@functools.lru_cache(maxsize=8)
def default_lang(path: str) -> str:
    """``Latin`` when Tesseract has its Latin-script model, else ``eng``.

    The Latin-script model (Debian ``tesseract-ocr-script-latn``) reads the
    diacritics of names that English text is full of (Stamenković, Gdańsk),
    which the ``eng`` model drops, and reads display type better.  On
    `bench.ocr`'s pages (21 per set, three draws of turn and noise), with
    display rows re-read and headlines mended from the body, headline
    accuracy per draw went from 0.84–0.88 (``eng``, neither step) to 0.98 on
    the 2019 set (seed 3), from 0.74–0.84 to 0.96–0.98 on 2019 seed 11, and
    from 0.96–1.00 to 0.98–1.00 on 2020 seed 9 (a set not looked at), with
    body F1 and article count no lower.  The cost is OCR time: about a third more per
    page, and the re-read loads the model once more.
    """
    env = {**os.environ, "PATH": path}
    try:
        done = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, env=env,
                              timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return "eng"
    return "Latin" if "Latin" in done.stdout.split()[1:] else "eng"


def _lang() -> str:
    return os.environ.get("BROADSHEET_OCR_LANG") or default_lang(os.environ.get("PATH", os.defpath))


@dataclass(slots=True, frozen=True)
class OcrSettings:
    """OCR limits and language, from the environment."""

    #: Tesseract language codes; by default Latin-script when installed, else English (`default_lang`).
    lang: str = field(default_factory=_lang)
    max_pixels: float = field(default_factory=lambda: _env_number("BROADSHEET_OCR_MAX_PIXELS", 100e6))
    timeout: float = field(default_factory=lambda: _env_number("BROADSHEET_OCR_TIMEOUT", 300))
    memory_mb: float = field(default_factory=lambda: _env_number("BROADSHEET_OCR_MEMORY_MB", 4096))
    deskew: bool = field(default_factory=lambda: os.environ.get("BROADSHEET_OCR_DESKEW", "1") != "0")
    #: Read display rows (headlines, decks) again on their own (`reread.reread_display`).
    reread: bool = field(default_factory=lambda: os.environ.get("BROADSHEET_OCR_REREAD", "1") != "0")
    #: Where to find `tesseract`: the caller's PATH (a guarded worker's may be older).
    path: str = field(default_factory=lambda: os.environ.get("PATH", os.defpath))


# --- image headers ---------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int
    dpi: float | None


#: No scanner makes a side longer than this (pixels); a header that says so is broken.
_MAX_SIDE = 1_000_000


def image_info(data: bytes, path: str | None = None) -> ImageInfo:
    """Format, pixel size and resolution from the header alone (nothing is decoded)."""
    readers = {b"\x89PNG\r\n\x1a\n": _png, b"\xff\xd8": _jpeg, b"II*\x00": _tiff, b"MM\x00*": _tiff,
               b"\x00\x00\x00\x0cjP  ": _jp2, b"\xff\x4f\xff\x51": _jp2}
    reader = next((r for magic, r in readers.items() if data.startswith(magic)), None)
    if reader is None:
        raise InputError(path, "not an image format broadsheet reads (PNG, JPEG, TIFF, JPEG 2000)")
    try:
        info = reader(data)
    except (struct.error, IndexError, ValueError, ZeroDivisionError):
        raise InputError(path, "corrupt image: its header cannot be read") from None
    if not (0 < info.width <= _MAX_SIDE and 0 < info.height <= _MAX_SIDE):
        raise InputError(path, f"corrupt image: its header gives {info.width:,} × {info.height:,} px")
    return info


def _png(data: bytes) -> ImageInfo:
    if data[12:16] != b"IHDR":
        raise ValueError("no PNG header chunk")
    width, height = struct.unpack(">II", data[16:24])
    dpi = None
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"pHYs":
            ppu_x, _, unit = struct.unpack(">IIB", data[pos + 8:pos + 17])
            dpi = ppu_x * 0.0254 if unit == 1 and ppu_x else None
        if kind in (b"IDAT", b"IEND"):
            break
        pos += 12 + length
    return ImageInfo("png", width, height, dpi)


def _jpeg(data: bytes) -> ImageInfo:
    pos, dpi = 2, None
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ValueError("bad JPEG marker")
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker == 0xE0 and data[pos + 4:pos + 9] == b"JFIF\x00":
            units, x_density = data[pos + 11], struct.unpack(">H", data[pos + 12:pos + 14])[0]
            dpi = x_density if units == 1 else x_density * 2.54 if units == 2 else None
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return ImageInfo("jpeg", width, height, float(dpi) if dpi else None)
        pos += 2 + length
    raise ValueError("no JPEG frame header")


def _tiff(data: bytes) -> ImageInfo:
    order = "<" if data[:2] == b"II" else ">"
    return _tiff_frame(data, order, struct.unpack(order + "I", data[4:8])[0])[0]


#: More frames than this in one TIFF is a broken (or looping) chain of frame directories.
_MAX_FRAMES = 5000


def tiff_frames(data: bytes, path: str | None = None) -> list[ImageInfo]:
    """Size and resolution of every frame (page) of a TIFF, from its frame directories."""
    order = "<" if data[:2] == b"II" else ">"
    frames: list[ImageInfo] = []
    try:
        ifd, seen = struct.unpack(order + "I", data[4:8])[0], set()
        while ifd and ifd not in seen and len(frames) < _MAX_FRAMES:
            seen.add(ifd)
            info, ifd = _tiff_frame(data, order, ifd)
            frames.append(info)
    except (struct.error, IndexError, ValueError, ZeroDivisionError, KeyError):
        if not frames:
            raise InputError(path, "corrupt image: its header cannot be read") from None
    return frames


def _tiff_frame(data: bytes, order: str, ifd: int) -> tuple[ImageInfo, int]:
    """One TIFF frame directory at offset `ifd`: the frame's info and the next directory's offset."""
    count = struct.unpack(order + "H", data[ifd:ifd + 2])[0]
    tags: dict[int, float] = {}
    for i in range(count):
        entry = data[ifd + 2 + 12 * i: ifd + 14 + 12 * i]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if kind == 3:
            tags[tag] = struct.unpack(order + "H", entry[8:10])[0]
        elif kind == 4:
            tags[tag] = struct.unpack(order + "I", entry[8:12])[0]
        elif kind == 5:
            offset = struct.unpack(order + "I", entry[8:12])[0]
            num, den = struct.unpack(order + "II", data[offset:offset + 8])
            tags[tag] = num / den if den else 0
    width, height = int(tags[256]), int(tags[257])
    res, unit = tags.get(282), tags.get(296, 2)
    dpi = res if res and unit == 2 else res * 2.54 if res and unit == 3 else None
    after = ifd + 2 + 12 * count
    following = struct.unpack(order + "I", data[after:after + 4])[0] if after + 4 <= len(data) else 0
    return ImageInfo("tiff", width, height, dpi), following


def _jp2(data: bytes) -> ImageInfo:
    at = data.find(b"ihdr", 0, 65536)
    if at >= 0:
        height, width = struct.unpack(">II", data[at + 4:at + 12])
        return ImageInfo("jp2", width, height, None)
    at = data.find(b"\xff\x51", 0, 65536)
    if at < 0:
        raise ValueError("no JPEG 2000 size")
    xsiz, ysiz, xo, yo = struct.unpack(">IIII", data[at + 6:at + 22])
    return ImageInfo("jp2", xsiz - xo, ysiz - yo, None)


# --- preprocessing ---------------------------------------------------------------------


def _gray(pix: pymupdf.Pixmap) -> pymupdf.Pixmap:
    import pymupdf

    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    if pix.colorspace is None or pix.colorspace.n != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    return pix


def _as_array(pix: pymupdf.Pixmap) -> np.ndarray:
    import numpy as np

    rows = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
    return rows[:, : pix.width * pix.n : pix.n]  # the gray channel (shrinking adds alpha)


def estimate_skew(pix: pymupdf.Pixmap) -> float:
    """The page's skew in degrees (the angle MuPDF's ``prerotate`` turned it by), by projection profiles.

    Ink rows of a straight page make a spiky row histogram; shearing the ink
    by the right angle makes it spikiest.  Done on a copy about 1,000 px
    wide, coarse then fine.
    """
    import numpy as np
    import pymupdf

    small = pymupdf.Pixmap(pix)
    while small.width > 1600:
        small.shrink(1)
    img = _as_array(small)
    ys, xs = np.nonzero(img < 128)
    if len(ys) < 500:
        return 0.0
    if len(ys) > 400_000:
        keep = np.random.default_rng(0).choice(len(ys), 400_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    xs = xs - xs.mean()

    def sharpness(angle: float) -> float:
        rows = np.round(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.02), key=sharpness)
    return round(float(best), 2)


def find_pictures(pix: pymupdf.Pixmap, dpi: float) -> list[list[float]]:
    """Boxes (in `pix` pixels) of photos and other pictures: large areas of mid-tone gray.

    The layout stages need picture boxes to tell captions from body text, and
    OCR gives none.  At full resolution print is black on white (only letter
    edges are gray) while a photo is mostly grays.  The page is cut into
    cells 1/12 inch wide; a cell whose pixels are mostly mid-tone is a picture
    cell, and connected picture cells at least half an inch each way make a
    picture, trimmed to the rows and columns that are mostly mid-tone.
    (Halftone screens, black dots on white, are not found this way.)
    """
    import numpy as np

    img = _as_array(pix)
    tone = (img > 50) & (img < 200)
    cell = max(4, round(dpi / 12))
    rows, cols = img.shape[0] // cell, img.shape[1] // cell
    if rows < 2 or cols < 2:
        return []
    # counts, not means: a float copy of a 100-megapixel page would take 800 MB
    tiles = tone[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell)
    grid = tiles.sum(axis=(1, 3), dtype=np.int32) > cell * cell // 2
    seen = np.zeros_like(grid)
    boxes: list[list[float]] = []
    for r0, c0 in zip(*np.nonzero(grid), strict=True):
        if seen[r0, c0]:
            continue
        stack, cells = [(r0, c0)], []
        seen[r0, c0] = True
        while stack:
            r, c = stack.pop()
            cells.append((r, c))
            for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= rr < rows and 0 <= cc < cols and grid[rr, cc] and not seen[rr, cc]:
                    seen[rr, cc] = True
                    stack.append((rr, cc))
        top, left = min(r for r, _ in cells) * cell, min(c for _, c in cells) * cell
        bottom, right = (max(r for r, _ in cells) + 1) * cell, (max(c for _, c in cells) + 1) * cell
        area = tone[top:bottom, left:right]
        (y0, y1), (x0, x1) = _edges(area), _edges(area.T)
        box = [float(left + x0), float(top + y0), float(left + x1), float(top + y1)]
        if min(box[2] - box[0], box[3] - box[1]) >= dpi / 2:
            boxes.append(box)
    return boxes


def _edges(tone: np.ndarray) -> tuple[int, int]:
    """First and past-last row of a cell-aligned picture area that is mostly mid-tone.

    `tone` is a boolean array (True: mid-tone pixel).  Cells are coarse; a
    caption set tight under a photo must not fall inside its box.
    """
    import numpy as np

    rows = tone.sum(axis=1, dtype=np.int32) > tone.shape[1] // 2
    hits = rows.nonzero()[0]
    if not len(hits):
        return 0, tone.shape[0]
    return int(hits[0]), int(hits[-1]) + 1


def despeckle(pix: pymupdf.Pixmap) -> pymupdf.Pixmap:
    """`pix` (gray) with lone dark pixels turned to paper.

    Dust and scanner noise leave isolated dark pixels; beside a word
    Tesseract reads one as a full stop ("are. asking").  A pixel darker than
    mid-gray with no dark neighbour among its eight cannot be part of a
    letter at scanning resolutions (strokes are several pixels wide).
    """
    import numpy as np
    import pymupdf

    img = _as_array(pix)
    dark = img < 128
    padded = np.pad(dark, 1)
    h, w = dark.shape
    neighbours = sum(padded[1 + dy: 1 + dy + h, 1 + dx: 1 + dx + w].astype(np.uint8)
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    lone = dark & (neighbours == 0)
    if not lone.any():
        return pix
    clean = img.copy()
    clean[lone] = 255
    out = pymupdf.Pixmap(pymupdf.csGRAY, w, h, np.ascontiguousarray(clean).tobytes(), False)
    out.set_dpi(pix.xres, pix.yres)
    return out


def rotate(pix: pymupdf.Pixmap, angle: float) -> pymupdf.Pixmap:
    """`pix` turned by `angle` degrees (counter-clockwise), white around, same resolution."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=pix.width, height=pix.height)
    page.insert_image(page.rect, pixmap=pix)
    return page.get_pixmap(matrix=pymupdf.Matrix(1, 1).prerotate(angle), colorspace=pymupdf.csGRAY)


def _runs(mask: np.ndarray, axis: int) -> np.ndarray:
    """For each True pixel, the length of the run of True it belongs to along `axis`."""
    import numpy as np

    if axis == 1:
        return _runs(mask.T, 0).T
    out = np.zeros(mask.shape, dtype=np.int32)
    for x in range(0, mask.shape[1], 1024):  # strips bound the temporary arrays
        part = mask[:, x: x + 1024]
        total = np.zeros(part.shape, dtype=np.int32)
        for m, flip in ((part, False), (part[::-1], True)):
            cs = np.cumsum(m, axis=0, dtype=np.int32)
            run = cs - np.maximum.accumulate(np.where(m, 0, cs), axis=0)
            total += run[::-1] if flip else run
        out[:, x: x + 1024] = np.where(part, total - 1, 0)
    return out


def find_rules(img: np.ndarray, dpi: float, pictures: list[list[float]]
               ) -> tuple[np.ndarray, list[list[float]]]:
    """Thin straight lines an inch or longer (column and article rules): their pixels and boxes.

    OCR reads a column rule as ``|`` or, worse, stretches the box of the word
    beside it into the gutter; the layout stages want the rules themselves,
    to separate articles.  Pictures are left out (they are all long runs).
    Found on a copy halved by darkest-pixel pooling, which keeps hairlines.
    """
    import numpy as np

    f = 2 if dpi >= 150 else 1
    h, w = img.shape[0] // f, img.shape[1] // f
    small = img[: h * f, : w * f].reshape(h, f, w, f).min(axis=(1, 3))
    paper = float(np.median(small[::7, ::7]))
    dark = small < paper - 12  # light gray hairlines count
    pad = dpi / 20
    for x0, y0, x1, y1 in pictures:
        top, left = max(0, int((y0 - pad) / f)), max(0, int((x0 - pad) / f))
        dark[top: int((y1 + pad) / f), left: int((x1 + pad) / f)] = False
    length, thin = round(dpi / f), max(2, round(dpi / 30 / f))
    # Noise breaks a hairline for a pixel or two: bridge such breaks along it.
    vertical = dark & (_runs(dark | _bridged(dark, 0), 0) >= length)
    vertical &= _runs(vertical, 1) <= thin
    horizontal = dark & (_runs(dark, 1) >= length)
    horizontal &= _runs(horizontal, 0) <= thin
    boxes: list[list[float]] = []
    found = np.zeros_like(dark)
    for mask, axis in ((vertical, 0), (horizontal, 1)):
        across = np.asarray(mask.any(axis=axis))  # x (vertical rules) or y (horizontal) where a rule is
        for lo, hi in _segments(across, gap=1):
            band = mask[:, lo:hi] if axis == 0 else mask[lo:hi, :]
            along = np.asarray(band.any(axis=1 - axis))
            for start, end in _segments(along, gap=round(dpi / 4 / f)):
                # a rule has paper on both sides; a stroke or a row of letters has ink beside it
                if end - start < length or not _isolated(dark, axis, lo, hi, start, end, thin):
                    continue
                box = [lo, start, hi, end] if axis == 0 else [start, lo, end, hi]
                boxes.append([float(v * f) for v in box])
                if axis == 0:
                    found[start:end, lo:hi] |= mask[start:end, lo:hi]
                else:
                    found[lo:hi, start:end] |= mask[lo:hi, start:end]
    if f > 1:
        found = np.repeat(np.repeat(found, f, axis=0), f, axis=1)
        found = np.pad(found, ((0, img.shape[0] - found.shape[0]), (0, img.shape[1] - found.shape[1])))
    return found, boxes


def _isolated(dark: np.ndarray, axis: int, lo: int, hi: int, start: int, end: int, gap: int) -> bool:
    """Mostly paper just beside a rule candidate (`lo`:`hi` across, `start`:`end` along)."""
    if axis == 1:
        return _isolated(dark.T, 0, lo, hi, start, end, gap)
    left = dark[start:end, max(0, lo - gap - 1)]
    right = dark[start:end, min(dark.shape[1] - 1, hi + gap)]
    return float(left.mean()) < 0.3 and float(right.mean()) < 0.3


def _bridged(mask: np.ndarray, axis: int) -> np.ndarray:
    """Pixels in breaks of at most two pixels along `axis` between True pixels."""
    if axis == 1:
        return _bridged(mask.T, 0).T
    out = mask.copy()
    out[1:-1] = mask[:-2] & mask[2:]  # a one-pixel break
    out[1:-2] |= mask[:-3] & mask[3:]  # two-pixel break, first pixel
    out[2:-1] |= mask[:-3] & mask[3:]  # and second
    return out


def _segments(flags: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of True in a 1-D array as (start, end), bridging gaps up to `gap` long."""
    import numpy as np

    idx = np.flatnonzero(flags)
    if not len(idx):
        return []
    breaks = np.flatnonzero(np.diff(idx) > gap + 1)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


@dataclass(slots=True)
class Prepared:
    """The page as Tesseract gets it, and what was learnt on the way (pixels of `png`)."""

    png: bytes
    angle: float
    pictures: list[list[float]]
    rules: list[list[float]]
    #: The same pixels as a gray array (for measuring strokes after OCR).
    image: Any = None


def prepare(pix: pymupdf.Pixmap, dpi: float, deskew: bool = True) -> Prepared:
    """Gray, despeckled, deskewed page with its rules erased; its skew, pictures and rules."""
    import numpy as np
    import pymupdf

    pix = despeckle(_gray(pix))
    angle = estimate_skew(pix) if deskew else 0.0
    if abs(angle) >= MIN_SKEW:
        pix = rotate(pix, -angle)
    else:
        angle = 0.0
    pictures = find_pictures(pix, dpi)
    img = _as_array(pix)
    mask, rules = find_rules(img, dpi, pictures)
    if rules:
        clean = np.where(mask, np.uint8(255), img)
        data = np.ascontiguousarray(clean).tobytes()
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, data, False)
    return Prepared(pix.tobytes("png"), angle, pictures, rules, _as_array(pix))


_WORD_TITLE = re.compile(r"(class=['\"]ocrx_word['\"][^>]*?title=['\"]bbox (\d+) (\d+) (\d+) (\d+))")


def add_strokes(hocr: str, img: np.ndarray) -> str:
    """Tesseract's hOCR with each word's stroke width in pixels added (``x_stroke``).

    Tesseract's LSTM engine tells nothing of bold, yet bold headlines,
    jump heads and lead-ins are what layout tells roles by.  A bold face's
    stems are about half again as thick as its regular face's at one size:
    the median length of the dark runs across a word's rows measures them
    (`ocrtext.mark_bold` compares them with the page's usual stroke).
    """
    import numpy as np

    def stroke(match: re.Match[str]) -> str:
        x0, y0, x1, y1 = (int(v) for v in match.groups()[1:])
        dark = img[y0: y1 + 1, x0: x1 + 1] < 128
        if dark.size == 0:
            return match.group(0)
        edges = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        runs = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
        if not len(runs):
            return match.group(0)
        return f"{match.group(0)}; x_stroke {float(np.median(runs)):.1f}"

    return _WORD_TITLE.sub(stroke, hocr)


# --- Tesseract -------------------------------------------------------------------------


@dataclass(slots=True)
class OcrResult:
    """Tesseract's hOCR of one image, the resolution it was read at, the skew removed, pictures."""

    hocr: str
    dpi: float
    angle: float
    #: Picture and rule boxes in pixels of the (deskewed) image that was OCRed.
    pictures: list[list[float]] = field(default_factory=list)
    rules: list[list[float]] = field(default_factory=list)
    cached: bool = False


def _limits(memory_mb: float) -> None:  # pragma: no cover - runs in the child process
    cap = int(memory_mb * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)  # inside a guarded worker: never above its own hard cap
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def tesseract(cmd: list[str], ocr: OcrSettings, path: str | None) -> subprocess.CompletedProcess[bytes]:
    """`cmd` (a ``tesseract`` command line) run as a guarded subprocess: the caller's PATH, one
    thread, `ocr`'s memory cap and time limit (an `InputError` when it is missing or runs out)."""
    env = {**os.environ, "PATH": ocr.path, "OMP_THREAD_LIMIT": "1"}
    try:
        return subprocess.run(cmd, capture_output=True, timeout=ocr.timeout, env=env, check=False,
                              preexec_fn=lambda: _limits(ocr.memory_mb))
    except FileNotFoundError:
        raise InputError(path, "OCR needs the `tesseract` program (Debian: apt install "
                               "tesseract-ocr tesseract-ocr-eng)") from None
    except subprocess.TimeoutExpired:
        raise InputError(path, f"OCR timed out after {ocr.timeout:.0f} s "
                               "(BROADSHEET_OCR_TIMEOUT sets the limit)") from None


def run_tesseract(png: bytes, dpi: float, ocr: OcrSettings, path: str | None) -> str:
    """hOCR of one PNG from the Tesseract binary, in a guarded subprocess."""
    with tempfile.TemporaryDirectory(prefix="broadsheet-ocr-") as tmp:
        image = Path(tmp) / "page.png"
        image.write_bytes(png)
        cmd = ["tesseract", str(image), "stdout", "-l", ocr.lang, "--dpi", str(round(dpi)), "hocr"]
        done = tesseract(cmd, ocr, path)
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = " / ".join(err[-3:]) or f"exit status {done.returncode}"
        if done.returncode < 0 or "alloc" in tail.lower():
            tail += f" (memory cap {ocr.memory_mb:.0f} MB: BROADSHEET_OCR_MEMORY_MB)"
        raise InputError(path, f"tesseract failed: {tail}")
    return done.stdout.decode("utf-8", "replace")


def _cache_file(settings: Settings, key: str) -> Path:
    return Path(settings.cache_dir) / "ocr" / f"{key}.json"


def ocr_pixmap(pix: pymupdf.Pixmap, dpi: float, *, key: str, settings: Settings,
               path: str | None, ocr: OcrSettings | None = None) -> OcrResult:
    """OCR a decoded image once; later calls with the same `key` read the cache."""
    ocr = ocr or OcrSettings()
    key = f"{key}|{ocr.lang}|{dpi:.0f}|{ocr.deskew}|{ocr.reread}|v{PREP_VERSION}"
    key = hashlib.sha256(key.encode()).hexdigest()
    cache = _cache_file(settings, key)
    try:
        hit: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
        return OcrResult(hit["hocr"], float(hit["dpi"]), float(hit["angle"]), hit["pictures"], hit["rules"],
                         cached=True)
    except (OSError, ValueError, KeyError):
        pass
    prep = prepare(pix, dpi, ocr.deskew)
    hocr = run_tesseract(prep.png, dpi, ocr, path)
    if ocr.reread:
        hocr = reread_display(hocr, prep.image, dpi, ocr, path, prep.pictures + prep.rules)
    hocr = add_strokes(hocr, prep.image)
    result = OcrResult(hocr, dpi, prep.angle, prep.pictures, prep.rules)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        record = {"hocr": result.hocr, "dpi": dpi, "angle": result.angle, "pictures": result.pictures,
                  "rules": result.rules}
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only cache costs time, not results
    return result


def decode_image(raw: RawInput, ocr: OcrSettings) -> tuple[pymupdf.Pixmap, float]:
    """The image as a pixmap and its resolution, after checking its size from the header."""
    import pymupdf

    info = image_info(raw.data, raw.path)
    _check_size(info, ocr, raw.path)
    try:
        pix = pymupdf.Pixmap(raw.data)
    except Exception as exc:  # MuPDF raises plain RuntimeError/ValueError subclasses
        raise InputError(raw.path, f"corrupt image: {exc}") from None
    return pix, _dpi(info)


def _dpi(info: ImageInfo) -> float:
    return info.dpi if info.dpi and 50 <= info.dpi <= 2400 else DEFAULT_DPI


def _check_size(info: ImageInfo, ocr: OcrSettings, path: str | None, frame: str = "") -> None:
    pixels = info.width * info.height
    if pixels > ocr.max_pixels:
        raise InputError(path, (
            f"image{frame} too large for OCR: {info.width:,} × {info.height:,} px ({pixels / 1e6:.0f} Mpx; "
            f"the limit is {ocr.max_pixels / 1e6:.0f} Mpx, set BROADSHEET_OCR_MAX_PIXELS to raise it, "
            "or scale the scan to 300–400 dpi)"))


def decode_frames(raw: RawInput, ocr: OcrSettings, pages: list[int] | None,
                  warnings: list[str]) -> Iterator[tuple[int, pymupdf.Pixmap, float]]:
    """(page number, pixmap, resolution) of each selected page of an image; a TIFF has one per frame.

    Every frame's size is checked from its header before anything is
    decoded; frames are decoded one at a time (MuPDF opens a multi-page TIFF
    as a document whose pages are its frames, drawn 1:1 at their resolution).
    Requested pages the image does not have are warned about.
    """
    import pymupdf

    frames = tiff_frames(raw.data, raw.path) if image_info(raw.data, raw.path).format == "tiff" else []
    if len(frames) <= 1:
        if pages and 1 not in pages:
            raise InputError(raw.path, f"no page {', '.join(map(str, sorted(pages)))} in this image (1 page)")
        yield (1, *decode_image(raw, ocr))
        return
    wanted = sorted(set(pages)) if pages else list(range(1, len(frames) + 1))
    missing = [n for n in wanted if not 1 <= n <= len(frames)]
    wanted = [n for n in wanted if 1 <= n <= len(frames)]
    if not wanted:
        listed = ", ".join(map(str, missing))
        raise InputError(raw.path, f"no page {listed} in this image ({len(frames)} pages)")
    warnings.extend(f"page {n} is not in this image ({len(frames)} pages)" for n in missing)
    for n in wanted:
        _check_size(frames[n - 1], ocr, raw.path, f" page {n}")
    try:
        doc = pymupdf.open(stream=raw.data, filetype="tiff")
    except Exception as exc:  # MuPDF raises plain RuntimeError/ValueError subclasses
        raise InputError(raw.path, f"corrupt image: {exc}") from None
    with doc:
        for n in wanted:
            dpi = _dpi(frames[n - 1])
            try:
                page = doc[n - 1]
                zoom = frames[n - 1].width / page.rect.width
                pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
            except Exception as exc:  # MuPDF raises plain RuntimeError/ValueError subclasses
                raise InputError(raw.path, f"corrupt image: page {n}: {exc}") from None
            yield n, pix, dpi


def ocr_layout(result: OcrResult, number: int, warnings: list[str]) -> LayoutPage:
    """The OCRed page as a `LayoutPage` in points (at the image's resolution)."""
    pages = parse_hocr(result.hocr, dpi=result.dpi, warnings=warnings)
    page = pages[0] if pages else LayoutPage(number=number, width=0.0, height=0.0)
    page.number = number
    scale = 72 / result.dpi
    # Tesseract's own picture blocks run into the captions under them; ours are trimmed.
    page.images = []
    page.images.extend([round(v * scale, 2) for v in box] for box in result.pictures)
    page.rules.extend([round(v * scale, 2) for v in box] for box in result.rules)
    mark_captions(page)
    return page


#: Captions are set smaller than body text; OCR heights are too rough to show by how much.
CAPTION_SHARE = 0.85


def mark_captions(page: LayoutPage) -> None:
    """Size the lines set right under a picture as captions: smaller than the text around.

    Printed captions are a point or two smaller than body text, a difference
    OCR line heights blur; the layout stages tell captions by size and by
    the picture above.  Lines stacked from just under a picture's bottom edge
    (no line gap) and overlapping it are the caption; they get at most
    `CAPTION_SHARE` of the page's commonest size, clear of the layout's
    same-style tolerance (10 %).
    """
    if not page.images or not page.lines:
        return
    weight: dict[float, int] = {}
    for line in page.lines:
        weight[line.size] = weight.get(line.size, 0) + len(line.text)
    body = max(weight, key=lambda k: weight[k])
    ordered = sorted(page.lines, key=lambda ln: ln.bbox[1])
    for x0, _, x1, bottom in page.images:
        edge = bottom
        for line in ordered:
            lx0, ly0, lx1, ly1 = line.bbox
            h = ly1 - ly0
            if ly0 < edge - 0.5 * h or min(x1, lx1) - max(x0, lx0) <= 0.5 * (lx1 - lx0):
                continue
            if ly0 > edge + 0.8 * h:
                break
            if line.size <= 1.1 * body:
                line.size = min(line.size, round(CAPTION_SHARE * body, 2))
            edge = max(edge, ly1)


def read_image(raw: RawInput, options: ReadOptions) -> Page:
    """OCR a scanned page (PNG, JPEG, TIFF, JPEG 2000) into a `Page` of articles.

    Every frame of a multi-page TIFF is a page (``options.pages`` picks
    some).  The whole read (decoding, preprocessing, Tesseract, layout) runs
    in a guarded worker (`broadsheet.guard`) with a time limit of the OCR
    timeout per page plus two minutes and a memory cap of
    `BROADSHEET_OCR_MEMORY_MB`; ``BROADSHEET_GUARD=0`` runs it in this process.
    """
    ocr = OcrSettings()
    if os.environ.get("BROADSHEET_GUARD", "1") == "0":
        return _read_image(raw, options, ocr)
    from .. import guard

    count = len(options.pages) if options.pages else (
        len(tiff_frames(raw.data, raw.path)) if raw.data.startswith((b"II*\x00", b"MM\x00*")) else 1)
    page: Page = guard.run_guarded(_read_image, raw, options, ocr, path=raw.path,
                                   timeout=ocr.timeout * max(1, count) + 120,
                                   memory_bytes=int(ocr.memory_mb * 1024 * 1024))
    return page


def _read_image(raw: RawInput, options: ReadOptions, ocr: OcrSettings) -> Page:
    warnings: list[str] = []
    layouts: list[LayoutPage] = []
    for number, pix, dpi in decode_frames(raw, ocr, options.pages, warnings):
        key = raw.sha256 if number == 1 else f"{raw.sha256}#{number}"
        result = ocr_pixmap(pix, dpi, key=key, settings=options.settings, path=raw.path, ocr=ocr)
        layout = ocr_layout(result, number, warnings)
        if result.angle:
            warnings.append(f"page {number}: deskewed by {result.angle:+.2f}°")
        if not layout.lines:
            warnings.append(f"page {number}: no text recognised (a blank page, or not a page of text)")
        layouts.append(layout)
    source = Source(path=raw.path, sha256=raw.sha256, kind="image", pages=len(layouts))
    page = ocr_articles(layouts, source, options)
    page.warnings.extend(warnings)
    return page


def ocr_articles(layouts: list[LayoutPage], source: Source, options: ReadOptions) -> Page:
    """OCRed pages into articles: the shared layout stages, then headlines mended from their bodies.

    Display type is read worse than body type; `ocrmend` gives a misread
    headline word the spelling the article's body has.
    """
    from ..layout.geometry import layout_pages

    page = layout_pages(layouts, source=source, options=options)
    mend_headlines(page)
    return page


def _page_scan(page: pymupdf.Page) -> tuple[pymupdf.Pixmap, pymupdf.Rect] | None:
    """The one picture that fills a scanned PDF page, at its own resolution, and where it sits."""
    import pymupdf

    images = page.get_images(full=True)
    if len(images) != 1 or page.rotation:
        return None
    try:
        rect = page.get_image_bbox(images[0])
        pix = pymupdf.Pixmap(page.parent, images[0][0])
    except (RuntimeError, ValueError):
        return None
    if rect.is_empty or rect.get_area() < 0.8 * page.rect.get_area() or pix.width < 200:
        return None
    if pix.width * pix.height > OcrSettings().max_pixels:
        return None
    return pix, rect


def ocr_pdf_page(page: pymupdf.Page, *, settings: Settings | None = None, dpi: float = DEFAULT_DPI,
                 path: str | None = None, warnings: list[str] | None = None) -> LayoutPage:
    """OCR one PDF page without a text layer; for `broadsheet.ingest.pdf`.

    A page that is one scanned picture is read from that picture at its own
    resolution (re-rendering it would only blur it); any other page is
    rendered at `dpi` (300 by default).  The page is OCRed once (cached by
    the pixels' hash) and returned as a `LayoutPage` numbered
    ``page.number + 1`` whose boxes are in the page's PDF points and whose
    width and height are the page's.  Lines carry word confidences (0..1)
    and sizes estimated from the words' ink.  Raises `InputError` (naming
    `path`) on a timeout or a Tesseract failure; a blank page gives no lines.
    """
    import pymupdf

    scan = _page_scan(page)
    if scan is not None:
        pix, rect = scan
        dpi = pix.width / (rect.width / 72)
        offset = (rect.x0, rect.y0)
    else:
        zoom = dpi / 72
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
        offset = (0.0, 0.0)
    key = hashlib.sha256(pix.samples).hexdigest()
    result = ocr_pixmap(pix, dpi, key=key, settings=settings or Settings(), path=path)
    notes: list[str] = []
    layout = ocr_layout(result, page.number + 1, notes)  # type: ignore[operator]
    if offset != (0.0, 0.0):
        dx, dy = offset
        for line in layout.lines:
            line.bbox = [line.bbox[0] + dx, line.bbox[1] + dy, line.bbox[2] + dx, line.bbox[3] + dy]
        layout.images = [[b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy] for b in layout.images]
        layout.rules = [[b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy] for b in layout.rules]
    layout.width, layout.height = round(page.rect.width, 2), round(page.rect.height, 2)
    if warnings is not None:
        warnings.extend(f"page {layout.number}: {note}" for note in notes)
        warnings.append(f"page {layout.number}: no text layer; read by OCR")
    return layout

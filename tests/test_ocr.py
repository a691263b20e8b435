"""Scanned pages through Tesseract: the example scan, image-only PDF pages, and bad images.

OCR is slow on two cores, so only a few real pages are OCRed here (each once:
the OCR cache is shared by the module); the rest uses cheap inputs.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest
from bench import corpus
from bench.ocr import EXAMPLE, render_scan
from bench.score import Tally, score_page

from broadsheet.config import Settings
from broadsheet.errors import InputError
from broadsheet.ingest import load
from broadsheet.ingest import ocr as ocr_mod
from broadsheet.ingest.ocr import (
    OcrSettings,
    _gray,
    estimate_skew,
    find_pictures,
    image_info,
    ocr_pdf_page,
    read_image,
)
from broadsheet.ingest.reread import _lines as reread_lines
from broadsheet.ingest.reread import display_rows, reread_display
from broadsheet.pipeline import ReadOptions


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("ocr-cache"))


@pytest.fixture(scope="module")
def example_gold() -> dict:  # type: ignore[type-arg]
    try:
        page = corpus.generate("broadsheet", seed=1, pages=2, articles="examples")[0]
    except corpus.Unavailable as exc:
        pytest.skip(f"pagegen pages are unavailable: {exc}")
    return page.gold


def _options(cache_dir: str) -> ReadOptions:
    return ReadOptions(nlp=False, settings=Settings(cache_dir=cache_dir))


def _png(width: int, height: int, rows: bytes, *, depth: int = 8, dpi: float | None = None) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    head = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, 0, 0, 0, 0))
    if dpi:
        head += chunk(b"pHYs", struct.pack(">IIB", round(dpi / 0.0254), round(dpi / 0.0254), 1))
    return b"\x89PNG\r\n\x1a\n" + head + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


# --- real OCR --------------------------------------------------------------------------


def test_example_scan_reads_into_its_articles(cache_dir: str, example_gold: dict) -> None:  # type: ignore[type-arg]
    raw = load(EXAMPLE, max_bytes=10**8)
    assert raw.kind == "image"
    page = read_image(raw, _options(cache_dir))
    assert page.source.kind == "image"
    assert any("deskewed" in w for w in page.warnings)  # the example is turned by 0.6°
    tally = Tally()
    tally.add(score_page(page, example_gold))
    result = tally.result()
    assert result["body_f1"] >= 0.95
    assert result["headline_acc"] >= 2 / 3
    assert len(page.articles) == len(example_gold["articles"])
    body_regions = [r for a in page.articles for r in a.regions if r.role == "body"]
    assert body_regions and all(r.confidence is not None and 0.5 < r.confidence <= 1 for r in body_regions)
    assert all(r.bbox and r.bbox[2] <= page.pages[0].width + 1 for r in body_regions)


def test_second_read_comes_from_the_cache(cache_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_GUARD", "0")  # in this process, where the patch below applies
    raw = load(EXAMPLE, max_bytes=10**8)
    first = read_image(raw, _options(cache_dir))

    def no_ocr(*args: object, **kwargs: object) -> str:
        raise AssertionError("tesseract ran again")

    monkeypatch.setattr(ocr_mod, "run_tesseract", no_ocr)
    again = read_image(raw, _options(cache_dir))
    assert [a.body for a in again.articles] == [a.body for a in first.articles]


def test_tesseract_hocr_file_reads_like_the_image(cache_dir: str, tmp_path: Path) -> None:
    from broadsheet.pipeline import read

    raw = load(EXAMPLE, max_bytes=10**8)
    pix, dpi = ocr_mod.decode_image(raw, OcrSettings())
    result = ocr_mod.ocr_pixmap(pix, dpi, key=raw.sha256, settings=Settings(cache_dir=cache_dir), path=None)
    hocr = tmp_path / "page.hocr"
    hocr.write_text(result.hocr, encoding="utf-8")
    page = read(str(hocr), nlp=False)
    assert page.source.kind == "hocr"
    from_image = read_image(raw, _options(cache_dir))
    # same words and articles; only the picture boxes (found in the image) are missing from hOCR
    assert len(page.articles) >= len(from_image.articles) - 1
    words = {w for a in page.articles for p in a.body for w in p.split()}
    image_words = {w for a in from_image.articles for p in a.body for w in p.split()}
    assert len(words & image_words) >= 0.9 * len(image_words)


def test_image_only_pdf_page_is_ocred_in_pdf_points(cache_dir: str, example_gold: dict) -> None:  # type: ignore[type-arg]
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, stream=EXAMPLE.read_bytes())
    assert not page.get_text().strip()  # a scan: no text layer
    warnings: list[str] = []
    layout = ocr_pdf_page(page, settings=Settings(cache_dir=cache_dir), dpi=200, warnings=warnings)
    assert layout.number == 1
    assert (layout.width, layout.height) == (612, 792)
    assert len(layout.lines) > 100
    assert all(0 <= ln.bbox[0] < ln.bbox[2] <= 612 + 1 and 0 <= ln.bbox[1] < ln.bbox[3] <= 792 + 1
               for ln in layout.lines)
    text = " ".join(ln.text for ln in layout.lines).lower()
    for article in example_gold["articles"]:
        assert " ".join(article["headline"].lower().split()[:3]) in text
    assert any("OCR" in w for w in warnings)


def test_display_rows_are_the_headlines(cache_dir: str, example_gold: dict) -> None:  # type: ignore[type-arg]
    """Rows of display type in Tesseract's hOCR hold the headlines' words and no body line."""
    from bench.score import fold

    raw = load(EXAMPLE, max_bytes=10**8)
    pix, dpi = ocr_mod.decode_image(raw, OcrSettings())
    result = ocr_mod.ocr_pixmap(pix, dpi, key=raw.sha256, settings=Settings(cache_dir=cache_dir), path=None)
    rows = display_rows(reread_lines(result.hocr))
    text = fold(" ".join(w for row in rows for ln in row for _, _, w in ln.words)).lower()
    for article in example_gold["articles"]:
        assert all(fold(w).lower() in text for w in article["headline"].split())
    body = {fold(w).lower() for a in example_gold["articles"] for p in a["body"] for w in p["text"].split()}
    words = text.split()
    assert sum(w in body for w in words) < 0.9 * len(words)  # headline words, not a body column


def test_reread_finds_a_dropped_headline_word(cache_dir: str) -> None:
    """A headline word missing from the page's reading comes back when its row is read again."""
    raw = load(EXAMPLE, max_bytes=10**8)
    ocr = OcrSettings()
    pix, dpi = ocr_mod.decode_image(raw, ocr)
    settings = Settings(cache_dir=cache_dir)
    hocr = ocr_mod.ocr_pixmap(pix, dpi, key=raw.sha256, settings=settings, path=None).hocr
    prep = ocr_mod.prepare(pix, dpi)
    row = max(display_rows(reread_lines(hocr)), key=lambda r: sum(len(ln.words) for ln in r))
    last = row[-1]
    dropped = last.words[-1][2]
    span = hocr[last.start:last.end]
    cut = span[: span.rindex("<span class='ocrx_word'")].rstrip() + "\n     </span>"
    damaged = hocr[: last.start] + cut + hocr[last.end:]
    cut_line = next(ln for ln in reread_lines(damaged) if ln.start == last.start)
    assert dropped not in [w for _, _, w in cut_line.words]
    mended = reread_display(damaged, prep.image, dpi, ocr, None, prep.pictures + prep.rules)
    again = next(r for r in display_rows(reread_lines(mended)) if r[0].box[1] <= last.box[1] <= r[0].box[3])
    assert dropped in [w for ln in again for _, _, w in ln.words]


# --- preprocessing ---------------------------------------------------------------------


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.3, 2.5])
def test_skew_is_measured(angle: float, example_gold: dict) -> None:  # type: ignore[type-arg]
    pdf = corpus.generate("broadsheet", seed=1, pages=2, articles="examples")[0].pdf
    pix = _gray(pymupdf.Pixmap(render_scan(pdf, dpi=150, angle=angle)))
    assert estimate_skew(pix) == pytest.approx(angle, abs=0.15)


def test_pictures_found_and_text_is_not_a_picture(example_gold: dict) -> None:  # type: ignore[type-arg]
    pix = _gray(pymupdf.Pixmap(EXAMPLE.read_bytes()))
    boxes = [[v * 72 / 200 for v in b] for b in find_pictures(pix, 200)]
    # the page has one photo per article with a caption; gold figure blocks hold photo + caption
    figures = [b["bbox_pt"] for b in example_gold["stream_order"] if b["kind"] == "figure"]
    assert len(boxes) == len(figures)
    for x, y, w, h in figures:
        assert any(b[0] < x + w and x < b[2] and b[1] < y + h and y < b[3] for b in boxes)


def _tiff(frames: list[pymupdf.Pixmap]) -> bytes:
    """A multi-page TIFF (little-endian, 8-bit gray, uncompressed, one strip per frame)."""
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    link = 4  # where the offset of the next frame directory goes
    for pix in frames:
        gray = pymupdf.Pixmap(pymupdf.csGRAY, pix) if pix.n != 1 else pix
        rows = range(gray.height)
        data = b"".join(gray.samples[y * gray.stride: y * gray.stride + gray.width] for y in rows)
        at = len(out)
        out += data + b"\x00" * (len(data) % 2)
        res = len(out)
        out += struct.pack("<II", gray.xres, 1)
        entries = [(256, 4, gray.width), (257, 4, gray.height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                   (273, 4, at), (277, 3, 1), (278, 4, gray.height), (279, 4, len(data)), (282, 5, res),
                   (283, 5, res), (296, 3, 2)]
        struct.pack_into("<I", out, link, len(out))
        out += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            out += struct.pack("<HHI", tag, kind, 1) + struct.pack("<HH" if kind == 3 else "<I",
                                                                  *((value, 0) if kind == 3 else (value,)))
        link = len(out)
        out += b"\x00" * 4
    return bytes(out)


def test_multi_page_tiff_reads_every_frame_as_a_page(
    tmp_path: Path, cache_dir: str, pagegen_pages: dict[str, list[corpus.GeneratedPage]]
) -> None:
    pages = pagegen_pages["tabloid"][:2]  # the smallest pages: OCR is slow
    scans = [pymupdf.Pixmap(render_scan(p.pdf, dpi=200, angle=0.3, seed=i)) for i, p in enumerate(pages)]
    tif = tmp_path / "issue.tif"
    tif.write_bytes(_tiff(scans))
    raw = load(tif, max_bytes=10**8)
    assert raw.kind == "image"
    assert [f.width for f in ocr_mod.tiff_frames(raw.data)] == [s.width for s in scans]

    both = read_image(raw, _options(cache_dir))
    assert both.source.pages == 2 and [p.number for p in both.pages] == [1, 2]
    assert {r.page for a in both.articles for r in a.regions} == {1, 2}
    # both frames' text is read (stories jumping from page 1 to 2 are joined, so score them together)
    tally = Tally()
    tally.add(score_page(both, {"articles": [a for p in pages for a in p.gold["articles"]]}))
    assert tally.result()["body_f1"] >= 0.95

    second = read_image(raw, replace(_options(cache_dir), pages=[2]))
    assert second.source.pages == 1 and [p.number for p in second.pages] == [2]
    assert second.articles and all(r.page == 2 for a in second.articles for r in a.regions)
    tally = Tally()
    tally.add(score_page(second, pages[1].gold))
    assert tally.result()["body_f1"] >= 0.95
    with pytest.raises(InputError, match=r"no page 3 in this image \(2 pages\)") as info:
        read_image(raw, replace(_options(cache_dir), pages=[3]))
    assert info.value.path == str(tif)


# --- bad images ------------------------------------------------------------------------


def test_huge_image_refused_before_decoding(tmp_path: Path, cache_dir: str) -> None:
    # a real 20,000 × 30,000 px PNG (1 bit per pixel): 600 Mpx in a small file
    row = b"\x00" + b"\xff" * (20_000 // 8)
    big = tmp_path / "huge.png"
    big.write_bytes(_png(20_000, 30_000, zlib.compress(row * 30_000, 9), depth=1))
    assert big.stat().st_size < 2_000_000
    raw = load(big, max_bytes=10**8)
    with pytest.raises(InputError, match=r"too large for OCR: 20,000 × 30,000 px") as info:
        read_image(raw, _options(cache_dir))
    assert info.value.path == str(big)


@pytest.mark.parametrize("data, problem", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 7, "corrupt image"),
    (_png(100, 100, b"not zlib data at all"), "corrupt image"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "corrupt image"),
    (b"II*\x00" + b"\xff" * 20, "corrupt image"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "corrupt image: its header cannot be read"),
    (_png(0, 0, b""), "corrupt image: its header gives 0 × 0 px"),
])
def test_corrupt_images_are_clear_errors(tmp_path: Path, cache_dir: str, data: bytes, problem: str) -> None:
    bad = tmp_path / "bad.img"
    bad.write_bytes(data)
    raw = load(bad, max_bytes=10**8)
    assert raw.kind == "image"
    with pytest.raises(InputError, match=problem) as info:
        read_image(raw, _options(cache_dir))
    assert info.value.path == str(bad)


def test_blank_page_gives_no_articles_and_says_so(tmp_path: Path, cache_dir: str) -> None:
    width, height = 1200, 1600
    rows = zlib.compress((b"\x00" + b"\xf0" * width) * height)
    blank = tmp_path / "blank.png"
    blank.write_bytes(_png(width, height, rows, dpi=150))
    page = read_image(load(blank, max_bytes=10**8), _options(cache_dir))
    assert page.articles == []
    assert any("no text recognised" in w for w in page.warnings)


def test_timeout_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_OCR_TIMEOUT", "0.05")
    raw = load(EXAMPLE, max_bytes=10**8)
    with pytest.raises(InputError, match=r"OCR timed out after 0 s"):
        read_image(raw, _options(str(tmp_path)))  # an empty cache: Tesseract must run


def test_missing_tesseract_and_unknown_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = load(EXAMPLE, max_bytes=10**8)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(InputError, match="needs the `tesseract` program"):
        read_image(raw, _options(str(tmp_path / "a")))
    monkeypatch.undo()
    monkeypatch.setenv("BROADSHEET_OCR_LANG", "xx_nonexistent")
    with pytest.raises(InputError, match="tesseract failed"):
        read_image(raw, _options(str(tmp_path / "b")))


# --- headers -----------------------------------------------------------------------------


def test_image_headers_give_size_and_resolution() -> None:
    png = _png(640, 480, zlib.compress(b""), dpi=300)
    assert image_info(png) == ocr_mod.ImageInfo("png", 640, 480, pytest.approx(300, abs=0.1))  # type: ignore[arg-type]
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 50, 30), False)
    pix.set_dpi(150, 150)
    jpeg = pix.tobytes("jpg")
    info = image_info(jpeg)
    assert (info.format, info.width, info.height) == ("jpeg", 50, 30)
    # a little-endian TIFF with width, height and resolution tags
    entries = [(256, 4, 1, 1234), (257, 4, 1, 987), (282, 5, 1, 8 + 2 + 12 * 4 + 4), (296, 3, 1, 2)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd + b"\x00" * 4 + struct.pack("<II", 400, 1)
    assert image_info(tiff) == ocr_mod.ImageInfo("tiff", 1234, 987, 400)
    signature = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
    jp2 = signature + b"\x00\x00\x00\x2djp2h\x00\x00\x00\x16ihdr" + struct.pack(">II", 900, 700)
    assert image_info(jp2) == ocr_mod.ImageInfo("jp2", 700, 900, None)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_OCR_LANG", "deu+frk")
    monkeypatch.setenv("BROADSHEET_OCR_MAX_PIXELS", "1000")
    settings = OcrSettings()
    assert settings.lang == "deu+frk" and settings.max_pixels == 1000


def test_example_file_is_a_small_200_dpi_scan() -> None:
    info = image_info(EXAMPLE.read_bytes())
    assert info.format == "png" and info.dpi == pytest.approx(200, abs=0.5)
    assert EXAMPLE.stat().st_size < 1_500_000
    assert json.dumps(info.width)  # sanity: a plain int


def test_image_only_pdf_headlines_are_mended_like_an_image(
    cache_dir: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same scan read as an image and as an image-only PDF page gives the same headlines:
    # both mend display text from the article's body (ocrmend), the PDF only on OCRed pages.
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, stream=EXAMPLE.read_bytes())
    pdf = tmp_path / "scan.pdf"
    doc.save(pdf)
    monkeypatch.setenv("BROADSHEET_PDF_OCR", "1")
    monkeypatch.setenv("BROADSHEET_GUARD", "0")
    monkeypatch.setenv("BROADSHEET_CACHE", cache_dir)
    from broadsheet.ingest import ocrmend

    calls: list[str] = []
    real = ocrmend.mend_article
    monkeypatch.setattr(ocrmend, "mend_article", lambda a: (calls.append(a.id), real(a))[1])
    from broadsheet import read

    as_pdf = read(pdf, nlp=False)
    assert as_pdf.articles and len(calls) == len(as_pdf.articles)
    as_image = read(EXAMPLE, nlp=False, settings=Settings(cache_dir=cache_dir))
    headlines = [sorted(a.headline or "" for a in page.articles) for page in (as_pdf, as_image)]
    assert headlines[0] == headlines[1]

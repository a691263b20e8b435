"""hOCR from any engine: Tesseract-style words, line-only hOCR, hOCR without boxes, broken HTML."""

from __future__ import annotations

import pytest

from broadsheet.errors import InputError
from broadsheet.ingest import sniff_kind
from broadsheet.ingest.hocr import parse_hocr

TESSERACT_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta name='ocr-system' content='tesseract 5.3.0' />
</head><body>
<div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 2400 3000; ppageno 0; scan_res 200 200'>
 <div class='ocr_carea' title="bbox 100 100 900 300">
  <p class='ocr_par' title="bbox 100 100 900 300">
   <span class='ocr_line' title="bbox 100 100 900 140; baseline 0 -8; x_size 40; x_descenders 8">
    <span class='ocrx_word' title='bbox 100 100 300 140; x_wconf 96'>Harbour</span>
    <span class='ocrx_word' title='bbox 320 100 500 140; x_wconf 50'><strong>talks</strong></span>
    <span class='ocrx_word' title='bbox 520 100 700 140; x_wconf 90'>AT&amp;T</span>
    <span class='ocrx_word' title='bbox 720 100 760 140; x_wconf 90'>|</span>
   </span>
   <span class='ocr_line' title="bbox 100 150 900 190; x_size 40">
    <span class='ocrx_word' title='bbox 100 150 400 190; x_wconf 80'><em>ſtill</em></span>
    <span class='ocrx_word' title='bbox 420 150 900 190; x_wconf 80'><em>going</em></span>
   </span>
  </p>
 </div>
 <div class='ocr_photo' title="bbox 1000 100 2000 900"></div>
</div></body></html>
"""


def test_tesseract_style_words_boxes_confidences() -> None:
    (page,) = parse_hocr(TESSERACT_STYLE)
    scale = 72 / 200  # scan_res 200
    assert page.width == pytest.approx(2400 * scale) and page.height == pytest.approx(3000 * scale)
    first, second = page.lines
    assert first.text == "Harbour talks AT&T"  # the column rule read as "|" is dropped
    assert first.bbox == pytest.approx([100 * scale, 100 * scale, 900 * scale, 140 * scale])
    # confidence weighted by characters: (7*.96 + 5*.5 + 4*.9) / 16
    assert first.confidence == pytest.approx((7 * 0.96 + 5 * 0.5 + 4 * 0.9) / 16, abs=1e-3)
    # from the words' ink: 40 px at 200 dpi of capitals and ascenders is 0.72 em
    assert first.size == pytest.approx(40 * scale / 0.72, abs=0.5)
    assert not first.bold  # one bold word of three
    assert second.text == "still going" and second.italic
    assert page.images == [pytest.approx([1000 * scale, 100 * scale, 2000 * scale, 900 * scale])]


def test_resolution_given_by_the_caller_wins() -> None:
    (page,) = parse_hocr(TESSERACT_STYLE, dpi=72)
    assert page.lines[0].bbox[2] == pytest.approx(900)


def test_line_only_hocr_without_boxes_reads_in_order() -> None:
    hocr = """<html><body><div class="ocr_page" title="image x.png">
      <span class="ocr_line">First line of text</span>
      <span class="ocr_line">second line, no geometry</span>
      <p>stray words outside lines</p>
    </div></body></html>"""
    warnings: list[str] = []
    (page,) = parse_hocr(hocr, warnings=warnings)
    assert [line.text for line in page.lines] == [
        "First line of text", "second line, no geometry", "stray words outside lines"]
    tops = [line.bbox[1] for line in page.lines]
    assert tops == sorted(tops) and len(set(tops)) == 3
    assert all(line.confidence is None and line.size > 0 for line in page.lines)
    assert any("without boxes" in w for w in warnings)
    assert page.width > 0 and page.height > 0


def test_broken_html_still_reads() -> None:
    hocr = """<div class='ocr_page' title='bbox 0 0 1000 1000'>
      <span class='ocr_line' title='bbox 10 10 500 40'>
        <span class='ocrx_word' title='bbox 10 10 200 40'>Unclosed
      <span class='ocr_line' title='bbox 10 60 500 90'>
        <span class='ocrx_word' title='bbox 10 60 200 90; x_wconf nan'>next</span>
      <div class='ocr_page' title='bbox 0 0 1000 1000'>
        <span class='ocrx_word' title='bbox 1 2 3'>orphan</span>"""
    pages = parse_hocr(hocr)
    assert len(pages) == 2
    texts = [line.text for line in pages[0].lines]
    assert "Unclosed" in " ".join(texts) and "next" in " ".join(texts)
    assert pages[1].lines[0].text == "orphan"  # a word with a bad box, placed in order


def test_headlines_run_together_are_cut_at_the_column_edge() -> None:
    # Two columns starting at x=100 and x=1100, six body lines each; one OCR line
    # runs across both headlines, with a wider gap exactly where column 2 starts,
    # and the second headline goes on below, from that column's edge.
    body = "".join(
        f"<span class='ocr_line' title='bbox {x} {y} {x + 800} {y + 30}'>"
        f"<span class='ocrx_word' title='bbox {x} {y} {x + 380} {y + 30}'>body</span>"
        f"<span class='ocrx_word' title='bbox {x + 400} {y} {x + 800} {y + 30}'>text</span></span>"
        for x in (100, 1100) for y in range(300, 600, 50))
    words = [("Harbour", 100, 400), ("talks", 430, 700), ("stall", 730, 1000),
             ("City", 1100, 1300), ("library", 1330, 1600)]
    spans = "".join(f"<span class='ocrx_word' title='bbox {a} 100 {b} 180'>{w}</span>" for w, a, b in words)
    head = f"<span class='ocr_line' title='bbox 100 100 1600 180'>{spans}</span>"
    head += ("<span class='ocr_line' title='bbox 1100 190 1500 270'>"
             "<span class='ocrx_word' title='bbox 1100 190 1300 270'>lends</span>"
             "<span class='ocrx_word' title='bbox 1330 190 1500 270'>robots</span></span>")
    hocr = f"<div class='ocr_page' title='bbox 0 0 2000 1000'>{head}{body}</div>"
    (page,) = parse_hocr(hocr)
    assert [line.text for line in page.lines[:3]] == ["Harbour talks stall", "City library", "lends robots"]
    # body lines with ordinary gaps are left whole
    assert sum(line.text == "body text" for line in page.lines) == 12


def test_a_wide_gap_in_a_headline_is_not_a_gutter() -> None:
    # same page, but nothing goes on below the words after the gap: one headline
    body = "".join(
        f"<span class='ocr_line' title='bbox {x} {y} {x + 800} {y + 30}'>"
        f"<span class='ocrx_word' title='bbox {x} {y} {x + 380} {y + 30}'>body</span>"
        f"<span class='ocrx_word' title='bbox {x + 400} {y} {x + 800} {y + 30}'>text</span></span>"
        for x in (100, 1100) for y in range(300, 600, 50))
    words = [("Rival", 100, 400), ("ports", 430, 700), ("trade", 730, 1000), ("blame", 1100, 1300)]
    spans = "".join(f"<span class='ocrx_word' title='bbox {a} 100 {b} 180'>{w}</span>" for w, a, b in words)
    hocr = (f"<div class='ocr_page' title='bbox 0 0 2000 1000'>"
            f"<span class='ocr_line' title='bbox 100 100 1300 180'>{spans}</span>{body}</div>")
    (page,) = parse_hocr(hocr)
    assert page.lines[0].text == "Rival ports trade blame"


def test_not_hocr_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not hOCR"):
        parse_hocr("<html><body><p>hello</p></body></html>", "x.html")


def test_hocr_is_sniffed() -> None:
    assert sniff_kind(TESSERACT_STYLE.encode()) == "hocr"


def _hocr_lines(lines: list[list[tuple[str, tuple[int, int, int, int], float | None]]]) -> str:
    """A Tesseract-style hOCR page at 300 dpi: lines of (word, box, stroke width or None)."""
    spans = []
    for words in lines:
        box = (min(b[0] for _, b, _ in words), min(b[1] for _, b, _ in words),
               max(b[2] for _, b, _ in words), max(b[3] for _, b, _ in words))
        inner = "".join(
            f"<span class='ocrx_word' title='bbox {b[0]} {b[1]} {b[2]} {b[3]}; x_wconf 90"
            f"{f'; x_stroke {s}' if s else ''}'>{w}</span>" for w, b, s in words)
        title = f"bbox {box[0]} {box[1]} {box[2]} {box[3]}"
        spans.append(f"<span class='ocr_line' title='{title}'>{inner}</span>")
    return ("<div class='ocr_page' title='bbox 0 0 2500 3000; scan_res 300 300'>"
            + "".join(spans) + "</div>")


def test_specks_beside_a_line_are_dropped_and_a_real_dash_kept() -> None:
    words = [("Harbour", (100, 100, 300, 140), None), ("talks", (320, 100, 450, 140), None),
             ("—", (470, 118, 520, 122), None), ("resume", (540, 100, 700, 140), None),
             ("—", (760, 60, 762, 62), None),  # a speck above the line
             (">", (800, 150, 830, 160), None),  # the edge of a picture under it
             ("_—", (850, 80, 900, 170), None)]  # the end of a rule, taller than the letters
    (page,) = parse_hocr(_hocr_lines([words]))
    (line,) = page.lines
    assert line.text == "Harbour talks — resume"
    assert line.bbox[2] == pytest.approx(700 * 72 / 300)


def test_capital_i_read_as_l_is_restored() -> None:
    words = [("lt", (100, 100, 140, 140), None), ("was", (160, 110, 260, 140), None),
             ("lraq's", (280, 100, 420, 140), None), ("help", (440, 100, 540, 150), None),
             ("lb", (560, 100, 600, 140), None)]
    (page,) = parse_hocr(_hocr_lines([words]))
    assert page.lines[0].text == "It was Iraq's help lb"


def test_size_of_a_line_without_capitals_matches_the_line_above() -> None:
    """'water resources' has no letter of capital height: its size is not read from the t or x-height."""
    em = 100  # pixels: a 24 pt headline at 300 dpi
    top = [("Scientists", (100, 100, 600, 100 + int(0.72 * em)), None),
           ("report", (620, 100, 900, 100 + int(0.94 * em)), None)]
    low = [("water", (100, 240 + int(0.08 * em), 380, 240 + int(0.72 * em)), None),
           ("resources", (400, 240 + int(0.22 * em), 900, 240 + int(0.72 * em)), None)]
    (page,) = parse_hocr(_hocr_lines([top, low]))
    first, second = page.lines
    assert second.size == pytest.approx(first.size, rel=0.1)


def test_thick_strokes_read_as_bold() -> None:
    """Tesseract says nothing of bold; strokes half again as thick as the page's usual, for the size, do."""
    body = [[(w, (100 + 120 * i, 400 + 45 * n, 200 + 120 * i, 430 + 45 * n), 3.0)
             for i, w in enumerate(["the", "harbour", "talks", "went", "on"])] for n in range(12)]
    head = [[("Harbour", (100, 100, 500, 172), 14.0), ("Talks", (520, 100, 800, 172), 14.0)]]
    (page,) = parse_hocr(_hocr_lines(head + body))
    assert page.lines[0].text == "Harbour Talks" and page.lines[0].bold
    assert not any(line.bold for line in page.lines[1:])


def test_drop_cap_run_into_a_line_is_its_own_line() -> None:
    """Tesseract makes a drop cap the first word of a text line; the line keeps the text's size."""
    text = [("collapsed", (200, 100, 420, 130), None), ("on", (440, 108, 480, 130), None),
            ("Monday", (500, 100, 650, 138), None)]
    (page,) = parse_hocr(_hocr_lines([[("A", (100, 60, 180, 170), None), *text]]))
    cap, line = sorted(page.lines, key=lambda ln: ln.bbox[0])
    assert cap.text == "A" and line.text == "collapsed on Monday"
    assert line.size < 0.5 * cap.size


def test_a_word_box_stretched_into_the_next_line_is_trimmed() -> None:
    """A speck under one word must not make a headline's two lines overlap (and two headlines)."""
    first = [("Magnitogorsk", (100, 100, 500, 190), None), ("building", (520, 100, 800, 350), None),
             ("collapses|", (820, 100, 1200, 190), None)]
    second = [("after", (100, 215, 300, 305), None), ("explosion", (320, 215, 700, 330), None)]
    (page,) = parse_hocr(_hocr_lines([first, second]))
    top, bottom = page.lines
    assert top.text == "Magnitogorsk building collapses"  # the rule run into the last word is gone
    assert top.bbox[3] < bottom.bbox[1] + 0.3 * (bottom.bbox[3] - bottom.bbox[1])


def test_size_levels_settle_even_for_a_speck_sized_line() -> None:
    from broadsheet.ingest.ocrtext import steady_sizes
    from broadsheet.model import LayoutPage, TextLine

    lines = [TextLine(text="tiny", bbox=[0, 0, 5, 0.1], size=0.1),
             *(TextLine(text="body text here", bbox=[0, 10 * i, 80, 10 * i + 7], size=9.0 + 0.2 * i)
               for i in range(1, 5))]
    page = LayoutPage(number=1, width=100, height=100, lines=lines)
    steady_sizes(page)  # once looped for ever: a size that rounds to level 0 is near no level
    assert {line.size for line in page.lines[1:]} == {9.5} and page.lines[0].size < 1


def _caption_page(first: list[tuple[str, float]]) -> str:
    """Twelve body lines (stroke 3) and a caption line whose words have the given strokes."""
    body = [[(w, (100 + 120 * i, 400 + 45 * n, 200 + 120 * i, 430 + 45 * n), 3.0)
             for i, w in enumerate(["the", "harbour", "talks", "went", "on"])] for n in range(12)]
    x, caption = 100, []
    for word, stroke in first:
        width = 14 * len(word)
        caption.append((word, (x, 100, x + width, 130), stroke))
        x += width + 12
    return _hocr_lines([caption, *body])


def test_a_bold_lead_in_and_its_bullet_are_their_own_runs() -> None:
    """A caption's bold lead-in (thick strokes) and the bullet OCR read as ``>`` become style runs."""
    words = [(">", 9.0), ("Shrinking", 5.0), ("reach.", 5.0), ("The", 3.0), ("harbour", 3.0), ("closed", 3.0)]
    (page,) = parse_hocr(_caption_page(words))
    runs = sorted((ln for ln in page.lines if ln.bbox[1] < 50), key=lambda ln: ln.bbox[0])
    assert [r.text for r in runs] == ["▸", "Shrinking reach.", "The harbour closed"]
    assert runs[1].bold and not runs[2].bold
    assert runs[1].bbox[2] == runs[2].bbox[0]  # abutting, as a PDF's runs (word space included)


@pytest.mark.parametrize("words", [
    [("Shrinking", 5.0), ("reach", 5.0), ("the", 3.0), ("harbour", 3.0)],  # no full stop: a bold phrase
    [("The", 3.0), ("harbour.", 5.0), ("It", 3.0), ("closed", 3.0)],  # bold inside the line
    [("Shrinking", 5.0), ("reach.", 5.0), ("Closed", 3.0)],  # one word after it
])
def test_lines_without_a_lead_in_stay_whole(words: list[tuple[str, float]]) -> None:
    (page,) = parse_hocr(_caption_page(words))
    assert len([ln for ln in page.lines if ln.bbox[1] < 50]) == 1

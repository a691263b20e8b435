"""Article grouping of scanned pages read from ALTO: the real Chronicling America page, and
the general layout rules behind it (mast row, headline banks, skewed column edges) on small
built pages."""

from __future__ import annotations

from collections import Counter

import pytest
from bench import corpus

from broadsheet.ingest.alto import parse_alto
from broadsheet.layout.geometry import layout_pages
from broadsheet.model import LayoutPage, Page, Source, TextLine
from broadsheet.pipeline import read

ALTO = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.alto.xml"


@pytest.fixture(scope="module")
def page() -> Page:
    if not ALTO.exists():
        pytest.skip(f"{ALTO} is missing")
    return read(str(ALTO), nlp=False)


def _starts_lower(text: str) -> bool:
    letters = [ch for ch in text[:4] if ch.isalpha()]
    return bool(letters) and letters[0].islower()


def test_every_article_has_body_paragraphs(page: Page) -> None:
    assert len(page.articles) >= 5
    assert all(article.body for article in page.articles)


def test_headline_banks_stay_with_their_story(page: Page) -> None:
    """The smaller banks stacked under a head are its deck, above the story's text."""
    decked = [a for a in page.articles if a.deck]
    assert len(decked) >= 3
    for article in decked:
        head = next(r.bbox for r in article.regions if r.role == "headline" and r.bbox)
        decks = [r.bbox for r in article.regions if r.role == "deck" and r.bbox]
        assert decks and all(box[1] >= head[3] - 1 for box in decks)


def test_dateline_row_is_no_article(page: Page) -> None:
    """The page's top row (volume, date, price, weather) goes to `other`, in no article."""
    layout = parse_alto(ALTO.read_bytes()).pages[0]
    top = min(line.bbox[1] for line in layout.lines)
    row = [line for line in layout.lines if line.bbox[1] <= top + 10]
    assert len(row) >= 3
    other_boxes = [r.bbox for o in page.other for r in o.regions if r.bbox]
    for line in row:
        assert any(b[1] <= line.bbox[1] + 1 and b[3] >= line.bbox[3] - 1 and b[0] <= line.bbox[0] + 1
                   for b in other_boxes), line.text
    article_top = min(r.bbox[1] for a in page.articles for r in a.regions if r.bbox)
    assert article_top > max(line.bbox[3] for line in row)


def test_no_one_letter_headlines(page: Page) -> None:
    for article in page.articles:
        assert article.headline and sum(ch.isalnum() for ch in article.headline) > 2


def test_columns_are_not_split_into_line_paragraphs(page: Page) -> None:
    paragraphs = [p for a in page.articles for p in a.body]
    words = sorted(len(p.split()) for p in paragraphs)
    assert words[len(words) // 2] >= 25
    breaks = [p for a in page.articles for p in a.body[1:]]
    assert sum(_starts_lower(p) for p in breaks) <= 0.15 * len(breaks)


def test_body_reads_down_the_column(page: Page) -> None:
    """Flickering OCR bold no longer splits a column into interleaved blocks read out of order."""
    pairs = back = 0
    for article in page.articles:
        boxes = [r.bbox for r in article.regions if r.role == "body" and r.bbox]
        for a, b in zip(boxes, boxes[1:], strict=False):
            if abs(a[0] - b[0]) < 0.5 * (a[2] - a[0]):  # the same column
                pairs += 1
                back += b[1] < a[1] - 1
    assert pairs >= 20 and back <= 0.05 * pairs


def test_body_size_lines_share_one_style() -> None:
    if not ALTO.exists():
        pytest.skip(f"{ALTO} is missing")
    layout = parse_alto(ALTO.read_bytes()).pages[0]
    sizes: Counter[float] = Counter()
    for line in layout.lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    assert len({(ln.bold, ln.italic, ln.font) for ln in layout.lines if ln.size == body}) == 1
    assert any(ln.bold for ln in layout.lines if ln.size > 1.5 * body)  # display text keeps its own


#: The paid notices at the foot of the columns, picked by eye on the page image's OCR: each
#: is a short centred heading in body type over one paragraph ending in the "—Advt." mark
#: paid matter carried (garbled by OCR in some: "-AdvL", "-lAdvt.", "-v*»vt^"), stacked
#: under the last story of its column, and none continues a story.  Whole TextBlocks ...
AD_BLOCKS = ("P2_TB00013", "P2_TB00014", "P2_TB00017", "P2_TB00027", "P2_TB00028")
#: ... and the last TextLines of two story blocks that the OCR ran on into the notices below
#: (a heading "«" / two-line notices, and a notice cut off by the page's foot).
AD_LINES = ("P2_TL00286", "P2_TL00287", "P2_TL00288", "P2_TL00289", "P2_TL00290",
            "P2_TL00428", "P2_TL00429", "P2_TL00430", "P2_TL00431", "P2_TL00432", "P2_TL00433",
            "P2_TL00434")


def _inside(box: list[float], boxes: list[list[float]]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)


def test_column_foot_notices_are_advertisements_not_story_text(page: Page) -> None:
    doc = parse_alto(ALTO.read_bytes())
    ads = [line for block_id in AD_BLOCKS for line in doc.blocks[block_id].lines]
    for block in doc.blocks.values():
        pairs = zip(block.lines, block.line_ids, strict=True)
        ads += [line for line, line_id in pairs if line_id in AD_LINES]
    assert len(ads) == sum(len(doc.blocks[b].lines) for b in AD_BLOCKS) + len(AD_LINES)
    article_boxes = [r.bbox for a in page.articles for r in a.regions if r.bbox]
    advert_boxes = [r.bbox for o in page.other if o.role == "advertisement" for r in o.regions if r.bbox]
    for line in ads:
        assert not _inside(line.bbox, article_boxes), line.text
    # most of them are told as advertisements (a stray line or two may be read as a folio)
    assert sum(_inside(line.bbox, advert_boxes) for line in ads) >= 0.8 * len(ads)
    # no story text carries the mark of paid matter
    assert not any("Advt" in p or "AdvL" in p for a in page.articles for p in a.body)


# --- the rules on built pages ------------------------------------------------------------

WORDS = "the story goes on in this column with words of news and more words here".split()


def _body(x0: float, y0: float, n: int, *, drift: float = 0.0, indents: tuple[int, ...] = (),
          short: tuple[int, ...] = ()) -> list[TextLine]:
    lines = []
    for i in range(n):
        x = x0 + drift * i / max(1, n - 1) + (7 if i in indents else 0)
        end = x0 + drift * i / max(1, n - 1) + (90 if i in short else 170)
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(9))
        if i in short:
            text = "ended here."
        elif i + 1 in indents or i + 1 in short:
            text += "."
        lines.append(TextLine(text=text.capitalize() if i in indents else text,
                              bbox=[x, y0 + 9 * i, end, y0 + 9 * i + 7], size=7.0))
    return lines


def _layout(lines: list[TextLine], width: float = 600, height: float = 800) -> Page:
    layout = LayoutPage(number=1, width=width, height=height, lines=lines)
    return layout_pages([layout], source=Source(path="built", sha256="0" * 64, kind="alto", pages=1))


def test_skewed_column_keeps_its_paragraphs() -> None:
    """A column whose left edge drifts 6 pt down the page (a skewed scan) is not one line per paragraph."""
    head = TextLine(text="STORY HEAD", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    page = _layout([head, *_body(20, 130, 40, drift=6.0, indents=(12, 25))])
    assert [len(a.body) for a in page.articles] == [3]


def test_mast_row_is_other_and_banks_are_decks() -> None:
    mast = [TextLine(text="VOL. I NO. 1", bbox=[20, 40, 120, 50], size=12.0),
            TextLine(text="MONDAY, JUNE 1, 1903.", bbox=[220, 40, 380, 50], size=12.0),
            TextLine(text="PRICE ONE CENT.", bbox=[460, 40, 580, 50], size=12.0)]
    head = TextLine(text="GREAT FIRE.", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    bank = TextLine(text="MANY HOUSES LOST.", bbox=[40, 126, 160, 138], size=12.0, bold=True)
    deck = TextLine(text="The Town Rebuilds.", bbox=[45, 144, 155, 156], size=12.0)
    page = _layout([*mast, head, bank, deck, *_body(20, 166, 20)])
    assert [a.headline for a in page.articles] == ["GREAT FIRE."]
    assert page.articles[0].deck and "MANY HOUSES" in page.articles[0].deck
    assert {o.role for o in page.other} == {"folio"}
    assert "PRICE ONE CENT." in " ".join(o.text for o in page.other)


def test_nameplate_above_the_dateline_is_no_article() -> None:
    nameplate = TextLine(text="THE EVENING STAR", bbox=[150, 30, 450, 70], size=40.0, bold=True)
    row = [TextLine(text="No. 15,601.", bbox=[20, 80, 100, 90], size=9.0),
           TextLine(text="WASHINGTON, D. C., MONDAY, JUNE 1, 1903.", bbox=[180, 80, 420, 90], size=9.0),
           TextLine(text="ONE CENT.", bbox=[500, 80, 580, 90], size=9.0)]
    head = TextLine(text="GREAT FIRE.", bbox=[20, 110, 180, 128], size=18.0, bold=True)
    page = _layout([nameplate, *row, head, *_body(20, 140, 20)])
    assert [a.headline for a in page.articles] == ["GREAT FIRE."]
    assert "THE EVENING STAR" in " ".join(o.text for o in page.other)


def test_inside_page_running_head_with_page_number_is_no_article() -> None:
    running = [TextLine(text="4", bbox=[20, 70, 28, 82], size=12.0),
               TextLine(text="NEW-YORK DAILY TRIBUNE, FRIDAY, MAY 1, 1903.", bbox=[200, 70, 420, 82],
                        size=12.0)]
    head = TextLine(text="GREAT FIRE.", bbox=[20, 110, 180, 128], size=18.0, bold=True)
    page = _layout([*running, head, *_body(20, 140, 20)])
    assert [a.headline for a in page.articles] == ["GREAT FIRE."]
    assert {o.role for o in page.other} == {"folio"} and len(page.other) == 1


def test_row_of_story_heads_at_the_top_stays_articles() -> None:
    heads = [TextLine(text=f"STORY {n}", bbox=[20 + 200 * n, 60, 170 + 200 * n, 70], size=9.0, bold=True)
             for n in range(3)]
    bodies = [line for n in range(3) for line in _body(20 + 200 * n, 76, 12)]
    page = _layout([*heads, *bodies])
    assert sorted(a.headline or "" for a in page.articles) == ["STORY 0", "STORY 1", "STORY 2"]


def test_small_initial_joins_its_text_not_a_headline() -> None:
    """An initial OCR sized at 1.5 body sizes (too small for the drop-cap rule) starts the text."""
    head = TextLine(text="GREAT FIRE.", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    initial = TextLine(text="T", bbox=[20, 130, 28, 141], size=10.5)
    body = _body(31, 130, 12)
    body[0].text = "he town burned " + body[0].text
    page = _layout([head, initial, *body])
    assert [a.headline for a in page.articles] == ["GREAT FIRE."]
    assert page.articles[0].body[0].startswith("The town burned")


def test_heads_beside_a_banner_story_head_their_own_stories() -> None:
    """A banner whose text starts right under it in the first column: the heads under it in
    the other columns are other stories, not its banks."""
    banner = TextLine(text="WAR DECLARED.", bbox=[20, 60, 580, 90], size=30.0, bold=True)
    heads = [TextLine(text=f"STORY {n}.", bbox=[20 + 200 * n, 112, 170 + 200 * n, 126], size=14.0, bold=True)
             for n in (1, 2)]
    bodies = [*_body(20, 100, 14), *(line for n in (1, 2) for line in _body(20 + 200 * n, 134, 12))]
    page = _layout([banner, *heads, *bodies])
    assert {a.headline for a in page.articles} == {"WAR DECLARED.", "STORY 1.", "STORY 2."}
    assert all(a.body for a in page.articles)


def test_row_of_heads_over_pictures_stays_articles() -> None:
    heads = [TextLine(text=f"STORY {n}", bbox=[20 + 200 * n, 60, 170 + 200 * n, 70], size=9.0, bold=True)
             for n in range(3)]
    bodies = [line for n in range(3) for line in _body(20 + 200 * n, 180, 12)]
    layout = LayoutPage(number=1, width=600, height=800, lines=[*heads, *bodies],
                        images=[[20.0 + 200 * n, 74.0, 190.0 + 200 * n, 174.0] for n in range(3)])
    page = layout_pages([layout], source=Source(path="built", sha256="0" * 64, kind="alto", pages=1))
    assert sorted(a.headline or "" for a in page.articles) == ["STORY 0", "STORY 1", "STORY 2"]


def _notice(x0: float, y0: float, heading: str, text: list[str]) -> list[TextLine]:
    """A reading notice in body type: a centred heading over a full-width paragraph."""
    lines = [TextLine(text=heading, bbox=[x0 + 50, y0, x0 + 120, y0 + 7], size=7.0)]
    lines += [TextLine(text=t, bbox=[x0, y0 + 9 * (i + 1), x0 + 170, y0 + 9 * (i + 1) + 7], size=7.0)
              for i, t in enumerate(text)]
    return lines


def test_notices_under_a_story_are_advertisements() -> None:
    """A marked notice and the notice stacked over it leave the story; the story stays whole."""
    head = TextLine(text="STORY HEAD", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    story = _body(20, 130, 30, indents=(10,))
    first = _notice(20, 130 + 9 * 30, "SPRING WATER.", ["the purest water of all the springs in",
                                                       "the state, sold at every grocer in town."])
    second = _notice(20, 130 + 9 * 33, "A FAST TRAIN.", ["every night a train leaves for the west",
                                                         "with sleeping cars; tickets at the office.-Advt."])
    page = _layout([head, *story, *first, *second])
    assert [a.headline for a in page.articles] == ["STORY HEAD"]
    body = " ".join(page.articles[0].body)
    assert "Advt" not in body and "SPRING" not in body and "grocer" not in body
    assert len(body.split()) == 30 * 9  # every story line kept
    ads = [o.text for o in page.other if o.role == "advertisement"]
    assert len(ads) == 2 and ads[0].startswith("SPRING WATER.") and ads[1].endswith("office.-Advt.")


def test_story_with_centred_subheads_and_no_mark_stays_one_story() -> None:
    head = TextLine(text="STORY HEAD", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    sub = _notice(20, 130 + 9 * 30, "THE SECOND PART.", ["the story goes on under its subhead, with",
                                                        "more words of news and the end of it."])
    page = _layout([head, *_body(20, 130, 30), *sub])
    assert [a.headline for a in page.articles] == ["STORY HEAD"]
    assert "THE SECOND PART." in " ".join(page.articles[0].body)
    assert not [o for o in page.other if o.role == "advertisement"]


def test_alto_advertisement_areas_go_to_other(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Text inside a ComposedBlock the library typed "Advertisement" is no story."""
    def line(y: int, text: str, size: str = "TXT_B") -> str:
        words = "".join(f'<String CONTENT="{w}" HPOS="{100 + 60 * i}" VPOS="{y}" WIDTH="50" HEIGHT="30" '
                        f'STYLEREFS="{size}"/><SP/>' for i, w in enumerate(text.split()))
        width = 60 * len(text.split())
        return f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{width}" HEIGHT="30">{words}</TextLine>'

    story = "".join(line(300 + 40 * i, " ".join(WORDS[i % 5: i % 5 + 8])) for i in range(25))
    ad = "".join(line(1400 + 40 * i, "cheap coal and wood for sale at the yard") for i in range(3))
    alto = f"""<alto><Styles><TextStyle ID="TXT_B" FONTSIZE="8"/><TextStyle ID="TXT_H" FONTSIZE="20"
        FONTSTYLE="bold"/></Styles><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>
        <TextBlock ID="H">{line(200, "GREAT NEWS", "TXT_H")}</TextBlock><TextBlock ID="S">{story}</TextBlock>
        <ComposedBlock ID="C" TYPE="Advertisement" HPOS="90" VPOS="1390" WIDTH="600" HEIGHT="140">
        <TextBlock ID="A">{ad}</TextBlock></ComposedBlock></PrintSpace></Page></Layout></alto>"""
    path = tmp_path / "page.alto.xml"
    path.write_text(alto, encoding="utf-8")
    page = read(str(path), nlp=False)
    assert [a.headline for a in page.articles] == ["GREAT NEWS"]
    assert "coal" not in " ".join(page.articles[0].body)
    assert any(o.role == "advertisement" and "coal" in o.text for o in page.other)


def test_drop_cap_stacked_under_a_headline_of_its_size_starts_the_story() -> None:
    """Scans measure a drop cap and the headline above it alike: the letter still starts the story."""
    head = [TextLine(text="GREAT FIRE IN THE", bbox=[20, 100, 180, 118], size=18.0),
            TextLine(text="OLD TOWN", bbox=[20, 121, 110, 139], size=18.0)]
    cap = TextLine(text="T", bbox=[20, 142, 36, 160], size=18.0)
    body = _body(40, 143, 3) + _body(20, 170, 20)
    page = _layout([*head, cap, *body])
    assert [a.headline for a in page.articles] == ["GREAT FIRE IN THE OLD TOWN"]
    assert page.articles[0].body[0].startswith("T")


def test_display_advertisement_is_no_story() -> None:
    """Type in many sizes, a few words at a time, with prices: an advertisement, beside a real story."""
    ad = [TextLine(text="GRAND CLEARANCE SALE", bbox=[300, 100, 500, 122], size=22.0, bold=True),
          TextLine(text="MEN'S WINTER SUITS", bbox=[320, 130, 480, 144], size=14.0),
          TextLine(text="$12.50", bbox=[360, 150, 440, 176], size=26.0, bold=True),
          TextLine(text="Overcoats from $8; boots 95c. a pair;", bbox=[300, 184, 500, 194], size=9.0),
          TextLine(text="hats 50 cents, all this week only.", bbox=[300, 196, 500, 206], size=9.0),
          TextLine(text="BROWN & CO., 12 MAIN STREET.", bbox=[320, 214, 480, 222], size=7.0)]
    head = TextLine(text="STORY HEAD", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    page = _layout([head, *_body(20, 130, 30), *ad])
    assert [a.headline for a in page.articles] == ["STORY HEAD"]
    (advert,) = [o for o in page.other if o.role == "advertisement"]
    assert "GRAND CLEARANCE SALE" in advert.text and "BROWN & CO." in advert.text


def test_story_about_prices_stays_a_story() -> None:
    head = TextLine(text="PRICES RISE", bbox=[20, 100, 180, 118], size=18.0, bold=True)
    deck = TextLine(text="Coal Dearer by 50c.", bbox=[20, 122, 160, 134], size=12.0)
    prices = [TextLine(text=f"coal rose to ${5 + i} a ton and wood to ${2 + i} a cord at the yards",
                       bbox=[20, 140 + 9 * i, 190, 147 + 9 * i], size=7.0) for i in range(8)]
    page = _layout([head, deck, *prices])
    assert [a.headline for a in page.articles] == ["PRICES RISE"]
    assert not [o for o in page.other if o.role == "advertisement"]


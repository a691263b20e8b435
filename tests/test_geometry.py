"""`layout_pages` as a pure function: positioned lines in, articles out (no PDF involved)."""

from __future__ import annotations

import itertools

from broadsheet.layout.geometry import Block, Line, _fits_column, build_lines, layout_pages
from broadsheet.model import LayoutPage, Source, TextLine

SOURCE = Source(path=None, sha256="0" * 64, kind="pdf")
BODY = 9.0
PITCH = 11.0


def body_line(text: str, x0: float, y: float, width: float = 120.0, *, full: bool = True,
              font: str = "Serif", size: float = BODY) -> TextLine:
    x1 = x0 + width if full else x0 + min(width, 5.0 * len(text) / 2)
    return TextLine(text=text, bbox=[x0, y, x1, y + size * 1.15], size=size, font=font)


def column(lines: list[str], x0: float, y0: float, *, short_last: bool = True,
           indent_first: float = 0.0) -> list[TextLine]:
    out = []
    for i, text in enumerate(lines):
        last = i == len(lines) - 1
        x = x0 + (indent_first if i == 0 else 0.0)
        width = 120.0 - (indent_first if i == 0 else 0.0)
        out.append(body_line(text, x, y0 + i * PITCH, width if not (last and short_last) else 50.0))
    return out


def headline(text: str, x0: float, y0: float, width: float, size: float = 24.0) -> TextLine:
    return TextLine(text=text, bbox=[x0, y0, x0 + width, y0 + size * 1.1], size=size, font="Sans-Bold",
                    bold=True)


COL1 = ["The council voted on Monday to", "close the old bridge for repairs",
        "that will take most of the sum-", "mer, officials said in a state-",
        "ment after the vote ended late"]
COL2 = ["in the evening. Drivers will be", "sent through the town centre,", "where traffic is already heavy.",
        "Shops on the high street expect", "more customers this summer."]


def one_story(x0: float = 40.0, y0: float = 60.0, title: str = "Old bridge to close for summer repairs"
              ) -> list[TextLine]:
    lines = [headline(title, x0, y0, 250.0)]
    lines += column(COL1, x0, y0 + 40, short_last=False)
    lines += column(COL2, x0 + 130, y0 + 40)
    return lines


def page(lines: list[TextLine], number: int = 1, **kw: object) -> LayoutPage:
    return LayoutPage(number=number, width=600.0, height=800.0, lines=lines, **kw)  # type: ignore[arg-type]


def test_one_story_in_two_columns_reads_column_by_column() -> None:
    result = layout_pages([page(one_story())], source=SOURCE)
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.headline == "Old bridge to close for summer repairs"
    # one paragraph across the column break; the typesetter's hyphens are undone
    assert len(article.body) == 1
    text = article.body[0]
    assert "most of the summer, officials said in a statement after the vote ended late in the" in text
    assert text.endswith("more customers this summer.")
    assert article.pages == [1]
    roles = {r.role for r in article.regions}
    assert {"headline", "body"} <= roles
    assert all(r.page == 1 and r.bbox for r in article.regions)


def test_two_stories_side_by_side() -> None:
    lines = one_story(40.0) + one_story(320.0, title="Library opens a new wing for children")
    result = layout_pages([page(lines)], source=SOURCE)
    assert [a.headline for a in result.articles] == [
        "Old bridge to close for summer repairs", "Library opens a new wing for children"]
    assert all(len(a.body) == 1 for a in result.articles)


def test_stories_stacked_under_their_own_headlines() -> None:
    lines = one_story(40.0, 60.0) + one_story(40.0, 260.0, title="Library opens a new wing for children")
    result = layout_pages([page(lines)], source=SOURCE)
    assert len(result.articles) == 2
    assert result.articles[1].body[0].startswith("The council voted")
    assert result.articles[1].regions[0].bbox[1] >= 260  # type: ignore[index]


def test_paragraph_breaks_from_indent_and_short_lines() -> None:
    lines = [headline("Rain expected", 40, 60, 200)]
    lines += column(["Rain will fall across the region", "on Tuesday, forecasters said."], 40, 100)
    lines += column(["Farmers welcomed the news after", "a dry spring."], 40, 100 + 2 * PITCH, indent_first=9)
    result = layout_pages([page(lines)], source=SOURCE)
    assert result.articles[0].body == [
        "Rain will fall across the region on Tuesday, forecasters said.",
        "Farmers welcomed the news after a dry spring.",
    ]


def test_wide_justified_gap_is_one_line_but_a_gutter_is_not() -> None:
    runs = [
        body_line("Regional governor", 40, 100, 60),
        body_line("Boris", 140, 100, 20),  # a justified line split by a wide gap
        body_line("Dubrovsky said that officers", 40, 100 + PITCH, 120),
        body_line("were present at the scene of", 40, 100 + 2 * PITCH, 120),
        body_line("Another column starts", 170, 100, 120),  # across the gutter
        body_line("here and goes on below", 170, 100 + PITCH, 120),
    ]
    texts = sorted(line.text for line in build_lines(runs))
    assert "Regional governor Boris" in texts
    assert "Another column starts" in texts


def test_vertical_rule_separates_headlines_on_one_row() -> None:
    runs = [headline("Flood waters rise", 40, 60, 200), headline("Mayor resigns", 250, 60, 150)]
    lines = build_lines(runs, [[245.0, 50.0, 245.5, 700.0]])
    assert sorted(line.text for line in lines) == ["Flood waters rise", "Mayor resigns"]


def test_caption_credit_pull_quote_and_folio() -> None:
    lines = [TextLine(text="THE DAILY PAPER", bbox=[250, 20, 350, 29], size=8, font="Sans-Bold", bold=True)]
    lines += [headline("Old bridge to close for summer repairs", 40, 60, 250)]
    image = [40.0, 92.0, 290.0, 200.0]
    lines += [
        TextLine(text="Closed.", bbox=[40, 203, 70, 211], size=7, font="Sans-Bold", bold=True),
        TextLine(text=" The bridge on Monday.", bbox=[70, 203, 160, 211], size=7, font="Sans"),
        TextLine(text="(Reuters)", bbox=[175, 203, 205, 211], size=7, font="Sans"),
    ]
    lines += column(COL1, 40, 220, short_last=False)
    lines += [TextLine(text="“close the old bridge for repairs that will take most",
                       bbox=[170, 220, 290, 250], size=13, font="Sans-Bold", bold=True)]
    lines += column(COL2, 170, 260)
    result = layout_pages([page(lines, images=[image])], source=SOURCE)
    assert len(result.articles) == 1
    article = result.articles[0]
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert (caption.lead_in, caption.text, caption.credit) == ("Closed.", "The bridge on Monday.", "Reuters")
    assert [q.text for q in article.pull_quotes] == ["close the old bridge for repairs that will take most"]
    assert all(p != "close the old bridge for repairs that will take most" for p in article.body)
    assert [(o.role, o.text) for o in result.other] == [("folio", "THE DAILY PAPER")]


def test_drop_cap_joins_its_word() -> None:
    lines = [headline("Quiet night", 40, 60, 200),
             TextLine(text="T", bbox=[40, 100, 60, 130], size=34, font="Serif-Bold", bold=True)]
    lines += [body_line("he night was quiet until a", 64, 100, 96),
              body_line("storm arrived shortly after", 64, 100 + PITCH, 96),
              body_line("midnight and knocked out the", 64, 100 + 2 * PITCH, 96)]
    lines += column(["power across the whole valley", "for hours."], 40, 100 + 3 * PITCH)
    result = layout_pages([page(lines)], source=SOURCE)
    body = result.articles[0].body
    assert len(body) == 1
    assert body[0].startswith("The night was quiet until a storm arrived")


def test_jump_lines_join_the_parts_across_pages() -> None:
    story = [headline("Old bridge to close for summer repairs", 40, 60, 250)]
    story += column(COL1, 40, 100, short_last=False)
    story += column([*COL2[:-1], "more customers, and the work"], 170, 100, short_last=False)
    story += [TextLine(text="Continued on page 2", bbox=[230, 160, 290, 168], size=7, font="Serif-Italic",
                       italic=True)]
    second = [TextLine(text="Continued from page 1", bbox=[40, 50, 110, 58], size=7, font="Sans-Italic",
                       italic=True), headline("Old bridge to close", 40, 60, 200, size=14)]
    second += column(["should end in September, the", "council said."], 40, 90)
    result = layout_pages([page(story, 1), page(second, 2)], source=SOURCE)
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.pages == [1, 2]
    assert (article.continued_on, article.continued_from) == (2, None)
    # the paragraph runs on across the jump: one paragraph
    assert len(article.body) == 1
    assert article.body[0].endswith("more customers, and the work should end in September, the council said.")
    assert {r.page for r in article.regions} == {1, 2}
    assert [r.role for r in article.regions].count("jump") == 2


def test_jump_without_a_from_line_goes_to_the_headless_text() -> None:
    story = [headline("Old bridge to close for summer repairs", 40, 60, 250)]
    story += column(COL1, 40, 100, short_last=False)
    story += [TextLine(text="Continued on page 2", bbox=[100, 160, 160, 168], size=7, font="Serif-Italic",
                       italic=True)]
    other = one_story(40, 300, title="Library opens a new wing for children")
    second = [*column(["in the evening, the mayor said.", "Work starts next week."], 40, 60), *other]
    result = layout_pages([page(story, 1), page(second, 2)], source=SOURCE)
    assert [a.headline for a in result.articles] == ["Old bridge to close for summer repairs",
                                                    "Library opens a new wing for children"]
    first = result.articles[0]
    assert first.pages == [1, 2]
    assert first.body == ["The council voted on Monday to close the old bridge for repairs that will take "
                          "most of the summer, officials said in a statement after the vote ended late in "
                          "the evening, the mayor said. Work starts next week."]


def test_unmatched_jump_stays_on_its_article() -> None:
    jump = TextLine(text="Continued on page 5", bbox=[230, 160, 290, 168], size=7, font="Serif-Italic",
                    italic=True)
    story = [*one_story(), jump]
    result = layout_pages([page(story, 1)], source=SOURCE)
    assert result.articles[0].continued_on == 5 and result.articles[0].pages == [1]


def test_scan_like_lines_without_fonts_or_sizes() -> None:
    """OCR hands lines with boxes and confidences only: sizes come from line heights."""
    lines = [TextLine(text=t.text, bbox=t.bbox, confidence=0.9) for t in one_story()]
    result = layout_pages([page(lines)], source=SOURCE)
    assert len(result.articles) == 1
    assert result.articles[0].headline == "Old bridge to close for summer repairs"
    assert result.articles[0].regions[0].confidence == 0.9


def test_empty_page_gives_no_articles() -> None:
    result = layout_pages([page([])], source=SOURCE)
    assert result.articles == [] and result.pages[0].number == 1


def test_light_centred_headline_owns_the_columns_beneath() -> None:
    """A headline set in a regular weight, centred over two columns, one of which starts short."""
    lines = [TextLine(text="Rain expected all week", bbox=[100, 60, 230, 86], size=24, font="Serif")]
    lines += [body_line("long week.", 40, 100, 45, font="Serif")]
    lines += column(["Forecasters said the rain would", "last until Sunday at least."], 49, 100 + PITCH)
    lines += column(["Farmers welcomed the news after", "a dry spring."], 170, 100)
    result = layout_pages([page(lines)], source=SOURCE)
    assert [a.headline for a in result.articles] == ["Rain expected all week"]
    assert result.articles[0].body[0] == "long week."


def test_deck_and_byline_under_the_headline() -> None:
    lines = [headline("Old bridge to close", 40, 60, 250),
             TextLine(text="Repairs will take the whole summer, the council says", bbox=[40, 90, 290, 100],
                      size=BODY, font="Serif-Italic", italic=True),
             TextLine(text="By Ann Smith", bbox=[40, 104, 100, 112], size=7, font="Sans-Bold", bold=True)]
    lines += column(COL1, 40, 120, short_last=False) + column(COL2, 170, 120)
    article = layout_pages([page(lines)], source=SOURCE).articles[0]
    assert article.deck == "Repairs will take the whole summer, the council says"
    assert article.byline == "Ann Smith"
    assert article.body[0].startswith("The council voted")


def test_caption_in_body_size_by_a_picture() -> None:
    lines = [headline("Old bridge to close", 40, 60, 250)]
    lines += [TextLine(text="▶", bbox=[40, 203, 46, 212], size=9, font="Sans"),
              TextLine(text="Closed.", bbox=[48, 203, 80, 212], size=9, font="Sans-Bold", bold=True),
              TextLine(text=" The bridge on Monday.", bbox=[80, 203, 180, 212], size=9, font="Sans"),
              TextLine(text="(AFP)", bbox=[195, 203, 220, 212], size=9, font="Sans")]
    lines += column(COL1, 40, 220, short_last=False) + column(COL2, 170, 220)
    result = layout_pages([page(lines, images=[[40.0, 92.0, 290.0, 200.0]])], source=SOURCE)
    article = result.articles[0]
    assert [(c.lead_in, c.text, c.credit) for c in article.captions] == [
        ("Closed.", "The bridge on Monday.", "AFP")]
    assert all("Closed" not in p for p in article.body)


def test_a_line_fits_only_a_column_it_reaches() -> None:
    """`build_blocks` skips blocks the line cannot reach without asking `_fits_column`: that must agree."""
    em, fits = 10.0, 0
    for width, lines, length, dx in itertools.product((5.0, 30.0, 120.0), (1, 3, 8),
                                                      (1.0, 2.0, 4.0, 10.0, 50.0, 150.0, 300.0),
                                                      range(-320, 160)):
        block = Block(lines=[], page=1)
        for i in range(lines):
            block.add(Line("text", 100.0, 12.0 * i, 100.0 + width, 12.0 * i + em, em, "f", False, False, []))
        x0 = 100.0 + dx / 2
        line = Line("text", x0, 12.0 * lines, x0 + length, 12.0 * lines + em, em, "f", False, False, [])
        if _fits_column(block, line):
            fits += 1
            assert block.x0 - 0.5 * em <= line.x1 and line.x0 <= block.x1 + 1.5 * em
    assert fits > 1000

"""The reader's pure parts: cutting an article body into quotation/entity runs, merging page boxes."""

from __future__ import annotations

import pytest
from bench import corpus
from bench import web as bench_web
from hypothesis import given
from hypothesis import strategies as st

from broadsheet.web.body import EntitySpan, QuoteSpan, paragraphs
from broadsheet.web.images import article_blocks, merge_boxes


def _flat(paras: list) -> list:  # type: ignore[type-arg]
    return [run for para in paras for seg in para for run in seg.runs]


def _text(para: list) -> str:  # type: ignore[type-arg]
    """A paragraph's text as the page shows it: runs, then any tail moved before a chip."""
    return "".join("".join(r.text for r in seg.runs) + seg.tail for seg in para)


def _generate(style: str, **kwargs: object) -> list[corpus.GeneratedPage]:
    try:
        return corpus.generate(style, **kwargs)  # type: ignore[arg-type]
    except corpus.Unavailable as exc:
        pytest.skip(str(exc))


def test_quote_and_mention_runs_on_a_gold_article() -> None:
    pages = _generate("broadsheet", seed=1, pages=2, articles="examples")
    page = bench_web.gold_page(pages[0], publication="P", date="2020-01-01")
    article = next(a for a in page.articles if a.quotes)
    quote = article.quotes[0]
    entity = article.entities[0]
    paras = paragraphs(
        article.text,
        [QuoteSpan(quote.start, quote.end, quote.kind, quote.speaker.name if quote.speaker else None)],
        [EntitySpan(s, e, entity.id, entity.label) for s, e in entity.mentions],
    )
    assert len(paras) == len(article.body)
    assert [_text(p) for p in paras] == article.body
    quoted = [seg for p in paras for seg in p if seg.quote == 0]
    assert "".join(r.text for seg in quoted for r in seg.runs) == quote.text
    assert [seg.closes for seg in quoted][-1] == 0
    linked = [r.text for r in _flat(paras) if r.entity is not None]
    assert linked == [article.text[s:e] for s, e in entity.mentions]


def test_quote_across_a_paragraph_break_is_cut_in_two_and_chipped_once() -> None:
    text = "He said “first part.\n\nSecond part” and left."
    start, end = text.index("“"), text.index("”") + 1
    paras = paragraphs(text, [QuoteSpan(start, end, speaker="Ann")], [])
    assert len(paras) == 2
    quoted = [seg for p in paras for seg in p if seg.quote == 0]
    assert [seg.closes for seg in quoted] == [None, 0]
    assert "".join(r.text for seg in quoted for r in seg.runs) == text[start:end].replace("\n\n", "")


def test_mention_inside_a_quote_is_one_link_and_spans_out_of_range_are_ignored() -> None:
    text = "“Paris is calling,” said Ann Lee."
    paras = paragraphs(
        text,
        [QuoteSpan(0, 19), QuoteSpan(5, 500)],
        [EntitySpan(1, 6, "gpe-paris"), EntitySpan(25, 32, "per-ann"), EntitySpan(30, 10, "bad")],
    )
    runs = _flat(paras)
    assert [(r.text, r.entity.entity_id) for r in runs if r.entity] == [("Paris", "gpe-paris"),
                                                                        ("Ann Lee", "per-ann")]
    assert _text(paras[0]) == text


def test_speaker_chip_goes_after_the_closing_mark_and_comma() -> None:
    text = "“We will stay,” she said."
    paras = paragraphs(text, [QuoteSpan(1, 13, speaker="Ann")], [])
    quoted = next(seg for seg in paras[0] if seg.quote == 0)
    assert "".join(r.text for r in quoted.runs) == "We will stay"
    assert quoted.closes == 0 and quoted.tail == ",”"
    assert _text(paras[0]) == text


@given(
    st.text(alphabet="ab \n“”<>&\"'", max_size=80),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=4),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=4),
)
def test_runs_keep_every_character_in_place(text: str, qspans: list, espans: list) -> None:  # type: ignore[type-arg]
    quotes = [QuoteSpan(s, e) for s, e in qspans]
    paras = paragraphs(text, quotes, [EntitySpan(s, e, "x") for s, e in espans])
    # Nothing is lost or invented: the paragraphs are the text cut at its blank lines.
    expected = [p for p in _split_paragraphs(text) if p]
    assert [_text(p) for p in paras] == expected
    # A run marked with a quotation lies inside that quotation's span.
    offset = 0
    for para in paras:
        offset = text.index(_text(para), offset)
        for seg in para:
            for run in seg.runs:
                if seg.quote is not None:
                    q = quotes[seg.quote]
                    assert q.start <= offset and offset + len(run.text) <= q.end
                offset += len(run.text)
            offset += len(seg.tail)


def _split_paragraphs(text: str) -> list[str]:
    import re

    return re.split(r"\n\n+", text)


def test_region_boxes_merge_into_column_blocks() -> None:
    # Two columns of paragraphs, 12 pt apart, with a headline across both.
    left = [[30, 100 + 40 * i, 200, 136 + 40 * i] for i in range(5)]
    right = [[210, 100 + 40 * i, 380, 136 + 40 * i] for i in range(5)]
    headline = [30, 60, 380, 95]
    assert sorted(merge_boxes([*left, *right])) == [[30, 100, 200, 296], [210, 100, 380, 296]]
    # A headline across both columns joins them into one block.
    assert merge_boxes([*left, *right, headline]) == [[30, 60, 380, 296]]
    assert merge_boxes([[0, 0, 10, 10], [0, 500, 10, 510]]) == [[0, 0, 10, 10], [0, 500, 10, 510]]


def test_article_blocks_on_a_pagegen_page() -> None:
    generated = _generate("broadsheet", seed=1, pages=3)[0]
    page = bench_web.gold_page(generated, publication="P", date="2020-01-01")
    regions = {a.id: [{"bbox": r.bbox, "page": r.page} for r in a.regions] for a in page.articles}
    blocks = article_blocks(regions, 1)
    assert set(blocks) == {a.id for a in page.articles}
    width = page.pages[0].width or 0
    for boxes in blocks.values():
        for x0, y0, x1, y1 in boxes:
            assert 0 <= x0 < x1 <= width and y0 < y1
    # Different articles' blocks do not overlap on a pagegen page.
    flat = [(aid, b) for aid, bs in blocks.items() for b in bs]
    for i, (a1, b1) in enumerate(flat):
        for a2, b2 in flat[i + 1:]:
            if a1 != a2:
                apart_x = min(b1[2], b2[2]) <= max(b1[0], b2[0]) + 1
                apart_y = min(b1[3], b2[3]) <= max(b1[1], b2[1]) + 1
                assert apart_x or apart_y

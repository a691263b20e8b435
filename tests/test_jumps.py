"""Stories that jump between pages are joined when the pages of an edition are read together."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from bench.score import fold

import broadsheet

ROOT = Path(__file__).resolve().parent.parent


def _jumped(pages) -> list[tuple[str, int, int]]:
    """(headline, from page, to page) for every gold story continued on the next page."""
    out = []
    for page in pages:
        gold = page.gold
        for article in gold["articles"]:
            if article["continues_on_page"]:
                out.append((fold(article["headline"]).lower(), gold["page"], article["continues_on_page"]))
    return out


@pytest.mark.parametrize("style", ["arabweekly", "tabloid"])
def test_jumped_stories_are_joined(pagegen_pages, style):
    pages = pagegen_pages[style]
    jumped = [j for j in _jumped(pages) if j[2] <= len(pages)]
    assert jumped, "the fixture pages should hold a story that jumps"
    edition = broadsheet.read_edition([p.dump("pymupdf-blocks") for p in pages], nlp=False)
    assert [info.number for info in edition.pages] == list(range(1, len(pages) + 1))
    for headline, start, end in jumped:
        joined = [a for a in edition.articles if a.headline and fold(a.headline).lower() == headline]
        assert any(a.pages == [start, end] for a in joined), (
            headline,
            [(a.headline, a.pages) for a in joined],
        )
        article = next(a for a in joined if a.pages == [start, end])
        assert {r.page for r in article.regions if r.role == "body"} == {start, end}
        gold_words = Counter(
            word
            for page in pages
            for a in page.gold["articles"]
            if fold(a["headline"]).lower() == headline
            for piece in a["body"]
            for word in fold(piece["text"]).split()
        )
        ours = Counter(word for p in article.body for word in fold(p).split())
        recall = sum((gold_words & ours).values()) / sum(gold_words.values())
        assert recall >= 0.95, (headline, recall)  # both parts of the story are in the joined article


def test_edition_cli_prints_one_result(pagegen_pages):
    paths = [str(p.dump("pymupdf-blocks")) for p in pagegen_pages["tabloid"]]
    result = subprocess.run(
        [sys.executable, "-m", "broadsheet", "read", "--edition", "--no-nlp", *paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["pages"] == len(paths)
    assert any(len(a["pages"]) == 2 for a in data["articles"])

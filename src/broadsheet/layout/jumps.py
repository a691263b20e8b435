"""Jumps across pages: "Continued on page 5" joined with "Continued from page 1".

A text dump holds one page, so a story that jumps is cut in two `Page`s.
`join_edition` takes the pages of one edition in order and returns one
`Page` in which every jumped story is whole again: its parts are matched by
the jump lines (the page each part points to) and by their headlines (a
continuation repeats or echoes the original headline), then joined, with
the paragraph the jump cut in the middle rejoined.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..model import Article, Page, PageInfo, Source
from ..text.hyphenation import Dehyphenator
from .dump.pieces import join_text

_WORD = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def _folio_number(page: Page) -> int | None:
    """The printed page number, from a folio line that is a number or ends/starts with one."""
    for other in page.other:
        if other.role != "folio":
            continue
        for token in other.text.split()[:1] + other.text.split()[-1:]:
            if token.isdigit() and 0 < int(token) < 10_000:
                return int(token)
    return None


def _headline_similarity(a: str | None, b: str | None) -> float:
    words_a = {w.lower() for w in _WORD.findall(a or "")}
    words_b = {w.lower() for w in _WORD.findall(b or "")}
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


def _merge(first: Article, part: Article, dehyphenator: Dehyphenator) -> None:
    """Append `part` (the continuation) to `first`, rejoining a paragraph cut by the jump."""
    body = list(part.body)
    offset = len(first.body)
    if first.body and body and not _SENTENCE_END.search(first.body[-1]):
        first.body[-1] = join_text(first.body[-1], body.pop(0), dehyphenator)
        offset -= 1
    first.body.extend(body)
    first.pull_quotes.extend(part.pull_quotes)
    first.captions.extend(part.captions)
    first.bio = first.bio or part.bio
    first.byline = first.byline or part.byline
    for region in part.regions:
        if region.role == "headline" and first.headline:
            continue
        if region.role == "body":
            region = replace(region, index=region.index + offset)
        first.regions.append(region)
    first.pages.extend(p for p in part.pages if p not in first.pages)
    first.continued_on = part.continued_on


def join_edition(pages: list[Page]) -> Page:
    """One `Page` for an edition given page by page, with jumped stories joined."""
    if not pages:
        raise ValueError("no pages to join")
    numbers = [_folio_number(page) or n for n, page in enumerate(pages, 1)]
    if len(set(numbers)) != len(numbers):
        numbers = list(range(1, len(pages) + 1))
    digest = hashlib.sha256("".join(p.source.sha256 for p in pages).encode()).hexdigest()
    first = pages[0]
    edition = Page(
        source=Source(path=first.source.path, sha256=digest, kind=first.source.kind, pages=len(pages)),
        publication=first.publication,
        date=first.date,
        pages=[PageInfo(number=n) for n in numbers],
    )
    dehyphenator = Dehyphenator("")
    waiting: list[Article] = []  # parts whose story goes on later
    for number, page in zip(numbers, pages, strict=True):
        edition.warnings.extend(f"page {number}: {w}" for w in page.warnings)
        for other in page.other:
            edition.other.append(replace(other, regions=[replace(r, page=number) for r in other.regions]))
        for article in page.articles:
            article.pages = [number]
            article.regions = [replace(r, page=number) for r in article.regions]
        continuations = _match_continuations(page.articles, number, waiting)
        for article in page.articles:
            source = continuations.get(id(article))
            if source is not None:
                _merge(source, article, dehyphenator)
                waiting.remove(source)
                if source.continued_on is not None:
                    waiting.append(source)
                continue
            edition.articles.append(article)
            if article.continued_on is not None:
                waiting.append(article)
    return edition


def _match_continuations(articles: list[Article], number: int, waiting: list[Article]) -> dict[int, Article]:
    """Which article of this page continues which waiting part, best evidence first.

    Evidence: the same or an echoed headline, a "Continued from page N" kicker pointing
    at the part's page, a first paragraph that starts inside a sentence.
    """
    scored: list[tuple[float, int, Article, Article]] = []
    for part in waiting:
        if part.continued_on != number:
            continue
        for k, article in enumerate(articles):
            score = _headline_similarity(part.headline, article.headline)
            if article.continued_from is not None:
                score += 0.5 if article.continued_from == part.pages[-1] else -0.5
            if article.body and article.body[0][:1].islower():
                score += 0.3
            scored.append((score, k, part, article))
    matched: dict[int, Article] = {}
    used: set[int] = set()
    for score, _, part, article in sorted(scored, key=lambda s: -s[0]):
        if score >= 0.5 and id(part) not in used and id(article) not in matched:
            matched[id(article)] = part
            used.add(id(part))
    return matched

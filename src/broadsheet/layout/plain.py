"""Plain article files: the headline on the first line, blank lines between paragraphs.

This is how many archives and corpora keep articles already cut out of their
pages; it is read as one article, with light clean-up only (no line-end
hyphen repair is needed for unwrapped text, but wrapped paragraphs are
re-joined with the same hyphen evidence as page dumps).
"""

from __future__ import annotations

import re

from ..ingest import RawInput
from ..model import Article, Page, PageInfo, Region, Source
from ..pipeline import ReadOptions
from ..text.hyphenation import Dehyphenator
from ..text.normalize import clean_line
from .dump.pieces import join_text

_BYLINE = re.compile(r"^(?:by|BY|By)\s+(\S.{0,80})$")


def read_plain(raw: RawInput, options: ReadOptions) -> Page:
    assert raw.text is not None
    text = raw.text
    dehyphenator = Dehyphenator(text)
    blocks: list[tuple[str, int, int]] = []
    for match in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        joined = ""
        for line in match.group(0).splitlines():
            joined = join_text(joined, clean_line(line).strip(), dehyphenator)
        if joined:
            blocks.append((joined, match.start(), match.end()))
    article = Article(id=f"{raw.sha256[:12]}-1", pages=[1])
    if blocks and len(blocks[0][0]) <= 250 and not blocks[0][0].endswith("."):
        headline, start, end = blocks.pop(0)
        article.headline = headline
        article.regions.append(Region(role="headline", start=start, end=end))
    if blocks and (byline := _BYLINE.match(blocks[0][0])):
        article.byline = byline.group(1).strip()
        _, start, end = blocks.pop(0)
        article.regions.append(Region(role="byline", start=start, end=end))
    for n, (paragraph, start, end) in enumerate(blocks):
        article.body.append(paragraph)
        article.regions.append(Region(role="body", index=n, start=start, end=end))
    return Page(
        source=Source(path=raw.path, sha256=raw.sha256, kind="plain-article"),
        publication=options.publication,
        date=options.date,
        articles=[article] if article.body or article.headline else [],
        pages=[PageInfo(number=1)],
    )

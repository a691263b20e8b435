"""Text dumps → articles: the reader for text that PDF extractors dump for a page.

    lines   = read_lines(text)       # clean; blank lines, trailing spaces, widths
    pieces  = cut_pieces(lines)      # paragraphs and their fragments, titles, captions
    classify(pieces)                 # furniture, jumps, captions, pull quotes, bios, titles
    chains  = chain(pieces)          # fragments cut by column breaks joined into paragraphs
    drafts  = group(pieces, chains)  # paragraphs grouped into articles (`drafts.Draft`)
    attach(pieces, drafts)           # headlines, decks, bylines, captions given to their article

`assemble.reconstruct` runs these steps; see `lines`, `pieces`, `classify`,
`chain` and `grouping` for the evidence each one uses.
"""

from __future__ import annotations

import re

from ...errors import InputError
from ...ingest import RawInput
from ...model import Page, PageInfo, Source
from ...pipeline import ReadOptions
from .assemble import reconstruct

_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_prose(paragraph: str) -> bool:
    """Running text: at least eight words of letters, most of its tokens words."""
    tokens = paragraph.split()
    words = sum(1 for t in tokens if _WORD.search(t))
    return words >= 8 and words >= 0.6 * len(tokens)


def read_dump(raw: RawInput, options: ReadOptions) -> Page:
    """Read a page's text dump (see module docstring)."""
    assert raw.text is not None
    articles, other, warnings = reconstruct(raw.text, article_prefix=raw.sha256[:12])
    if not any(_is_prose(p) for a in articles for p in a.body):
        raise InputError(raw.path, "no prose found: no paragraph of running text on this page")
    return Page(
        source=Source(path=raw.path, sha256=raw.sha256, kind="text-dump"),
        publication=options.publication,
        date=options.date,
        articles=articles,
        other=other,
        pages=[PageInfo(number=1)],
        warnings=warnings,
    )

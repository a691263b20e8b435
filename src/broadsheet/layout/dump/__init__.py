"""Text dumps → articles: the reader for text that PDF extractors dump for a page.

    lines   = read_lines(text)       # clean; blank lines, trailing spaces, widths
    pieces  = cut_pieces(lines)      # paragraphs and their fragments, titles, captions
    classify(pieces)                 # furniture, jumps, captions, pull quotes, bios, titles
    chains  = chain(pieces)          # fragments cut by column breaks joined into paragraphs
    articles = assemble(chains)      # paragraphs grouped into articles; parts attached

See `lines`, `pieces`, `roles` and `assemble` for the evidence each step uses.
"""

from __future__ import annotations

from ...ingest import RawInput
from ...model import Page, PageInfo, Source
from ...pipeline import ReadOptions
from .assemble import reconstruct


def read_dump(raw: RawInput, options: ReadOptions) -> Page:
    """Read a page's text dump (see module docstring)."""
    assert raw.text is not None
    articles, other, warnings = reconstruct(raw.text, article_prefix=raw.sha256[:12])
    if not articles:
        warnings.append("no article text found on this page")
    return Page(
        source=Source(path=raw.path, sha256=raw.sha256, kind="text-dump"),
        publication=options.publication,
        date=options.date,
        articles=articles,
        other=other,
        pages=[PageInfo(number=1)],
        warnings=warnings,
    )

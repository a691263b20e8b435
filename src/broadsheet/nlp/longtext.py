"""Running the NLP stage over articles of any length, batched with `nlp.pipe`.

spaCy's tagger, parser and NER need about 1 GB of memory per 100,000
characters, and refuse texts over ``nlp.max_length``.  A pathological input
(a 1 MB paragraph) must still not crash the run, so texts longer than
`LONG_TEXT` go through the model in pieces cut at paragraph, sentence or word
boundaries, are joined back into one `Doc` (same text, same offsets), and only
then meet broadsheet's own components, which need the whole article.
Ordinary articles are batched through `nlp.pipe` as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

#: Texts longer than this many characters are tagged and parsed in pieces.
LONG_TEXT = 100_000
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"”’)]?\s"), re.compile(r"\s"))


def pieces(text: str, size: int = LONG_TEXT) -> list[str]:
    """`text` cut into pieces of at most `size` characters at the best boundary available."""
    out: list[str] = []
    pos = 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = size
        out.append(text[pos:pos + cut])
        pos += cut
    out.append(text[pos:])
    return out


def _own_components(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("broadsheet_")]


def _long_doc(nlp: Language, text: str, user_data: dict[str, Any], own: list[str]) -> Doc:
    with nlp.select_pipes(disable=own):
        parts = list(nlp.pipe(pieces(text)))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    doc.user_data.update(user_data)
    for name in own:
        doc = nlp.get_pipe(name)(doc)
    return doc


def pipe_texts(
    nlp: Language, items: Iterable[tuple[str, dict[str, Any]]], batch_size: int = 32
) -> Iterator[Doc]:
    """Docs for ``(text, user_data)`` items, in order: batched, long texts in pieces."""
    own = _own_components(nlp)
    batch: list[Doc] = []
    for text, user_data in items:
        if len(text) <= LONG_TEXT:
            doc = nlp.make_doc(text)
            doc.user_data.update(user_data)
            batch.append(doc)
            continue
        if batch:
            yield from nlp.pipe(batch, batch_size=batch_size)
            batch = []
        yield _long_doc(nlp, text, user_data, own)
    if batch:
        yield from nlp.pipe(batch, batch_size=batch_size)

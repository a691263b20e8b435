"""The main job: an input goes in, a `Page` of clean articles comes out.

    raw = ingest.load(path)          # sniff the kind, decode, check
    page = READERS[raw.kind](raw)    # layout: lines → blocks → roles → articles
    nlp.annotate([page])             # quotes, entities, events (optional)

Each reader is a function ``(RawInput, ReadOptions) -> Page`` found by the
input's kind in `READERS`, imported only when that kind is met (so reading a
text dump never imports PyMuPDF or Tesseract).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import ingest
from .config import Settings
from .errors import BroadsheetError, InputError
from .ingest import RawInput
from .model import Page

#: Input kind → "module:function" of its reader, relative to this package.
READERS: dict[str, str] = {
    "text-dump": "layout.dump:read_dump",
    "plain-article": "layout.plain:read_plain",
    "pdf": "ingest.pdf:read_pdf",
    "image": "ingest.ocr:read_image",
    "alto": "ingest.alto:read_alto",
    "hocr": "ingest.hocr:read_hocr",
}

#: Input kind → the optional `ReadOptions` its reader applies.  An option set for
#: an input whose reader does not apply it is ignored with a warning (see
#: `unused_options`); a reader that learns an option adds its name here.
READER_OPTIONS: dict[str, frozenset[str]] = {
    "pdf": frozenset({"pages"}),
    "alto": frozenset({"pages", "mets"}),
    "hocr": frozenset({"pages"}),
    "image": frozenset({"pages"}),
}

#: The options that only some readers apply, as the command line spells them.
OPTION_FLAGS = {"pages": "--pages", "mets": "--mets"}


@dataclass(slots=True)
class ReadOptions:
    """Per-call options of `read`."""

    date: str | None = None
    publication: str | None = None
    #: 1-based page numbers to read from a multi-page input (None: all).
    pages: list[int] | None = None
    #: Run the NLP stages (quotes, entities, events).
    nlp: bool = True
    #: Force an input kind instead of sniffing it.
    kind: str | None = None
    #: A METS file whose logical structure segments the articles (ALTO inputs).
    mets: str | None = None
    settings: Settings = field(default_factory=Settings)


def reader_for(kind: str) -> Callable[[RawInput, ReadOptions], Page]:
    try:
        target = READERS[kind]
    except KeyError:
        raise BroadsheetError(f"no reader for inputs of kind {kind!r}") from None
    module_name, func_name = target.split(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    reader: Callable[[RawInput, ReadOptions], Page] = getattr(module, func_name)
    return reader


def unused_options(kind: str, options: ReadOptions) -> list[str]:
    """One warning for each option that is set but that the reader of `kind` does not apply."""
    applied = READER_OPTIONS.get(kind, frozenset())
    warnings = []
    for name, flag in OPTION_FLAGS.items():
        if getattr(options, name) and name not in applied:
            readers = sorted(k for k, names in READER_OPTIONS.items() if name in names)
            warnings.append(f"{flag} does not apply to {kind} inputs (only {', '.join(readers)}): ignored")
    return warnings


def read_layout(source: str | os.PathLike[str] | bytes, options: ReadOptions, *,
                check_options: bool = True) -> Page:
    """Read one input into a `Page` without the NLP stages.

    Options its reader does not apply become warnings of the page, unless
    `check_options` is off (a caller that names the file in them itself).
    """
    raw = ingest.load(source, max_bytes=options.settings.max_input_bytes, kind=options.kind)
    try:
        page = reader_for(raw.kind)(raw, options)
    except BroadsheetError:
        raise
    except Exception as exc:  # a reader's bug on odd input is still a one-line error, never a traceback
        raise InputError(raw.path, f"cannot read this {raw.kind}: {type(exc).__name__}: {exc}") from exc
    page.warnings[:0] = [*raw.warnings, *(unused_options(raw.kind, options) if check_options else [])]
    if options.date and not page.date:
        page.date = options.date
    if options.publication and not page.publication:
        page.publication = options.publication
    return page


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    date: str | None = None,
    publication: str | None = None,
    nlp: bool = True,
    **kwargs: object,
) -> Page:
    """Read a page dump, plain article, PDF, scan, ALTO or hOCR file into a `Page`.

    `source` is a path, or the text itself (a string with a newline).  `date`
    is the issue date (``YYYY-MM-DD``) that relative dates resolve against.
    """
    options = ReadOptions(date=date, publication=publication, nlp=nlp, **kwargs)  # type: ignore[arg-type]
    page = read_layout(source, options)
    if nlp:
        from .nlp.pipeline import annotate

        annotate([page], options.settings)
    return page


def read_edition(
    sources: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    publication: str | None = None,
    nlp: bool = True,
    **kwargs: object,
) -> Page:
    """Read the pages of one edition, in order, into one `Page` with jumped stories joined.

    Meant for text dumps and page images, one file a page; a PDF edition is read
    whole by `read`, which follows its jumps itself.
    """
    from .layout.jumps import join_edition

    options = ReadOptions(date=date, publication=publication, nlp=nlp, **kwargs)  # type: ignore[arg-type]
    pages = [read_layout(source, options, check_options=False) for source in sources]
    page = join_edition(pages)
    # Named by file: the edition's own warnings only say "page N", and N may be a folio number.
    page.warnings.extend(f"{p.source.path or '<text>'}: {warning}"
                         for p in pages for warning in unused_options(p.source.kind, options))
    if nlp:
        from .nlp.pipeline import annotate

        annotate([page], options.settings)
    return page


def read_many(
    sources: Iterable[str | os.PathLike[str]], options: ReadOptions
) -> Iterator[tuple[str, Page | BroadsheetError]]:
    """Read many inputs in order; a bad input yields its error and the rest go on.

    NLP runs in batches across inputs so the spaCy model is loaded once and
    `nlp.pipe` sees many articles at a time.
    """
    batch: list[tuple[str, Page | BroadsheetError]] = []
    for source in sources:
        name = os.fspath(source)
        try:
            batch.append((name, read_layout(source, options)))
        except BroadsheetError as exc:
            batch.append((name, exc))
        if len(batch) >= 16:
            yield from _annotated(batch, options)
            batch = []
    yield from _annotated(batch, options)


def _annotated(
    batch: list[tuple[str, Page | BroadsheetError]], options: ReadOptions
) -> list[tuple[str, Page | BroadsheetError]]:
    if options.nlp:
        from .nlp.pipeline import annotate

        annotate([item for _, item in batch if isinstance(item, Page)], options.settings)
    return batch

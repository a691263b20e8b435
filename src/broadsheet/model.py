"""The document model: plain typed records that every stage reads and writes.

A newspaper input (a text dump, a PDF edition, a scan) becomes one `Page`
record — the name of the public contract, even when the input is a
multi-page edition — holding its `Article`s and the text that belongs to no
article (`Other`).  Each article carries its parts in their roles and, once
the NLP stages have run, its quotations, entities and events.  Every part
points back to where it came from through `Region`s (page number, box in
PDF points, character offsets into the source text).

Two lower-level records are shared by the readers of positioned text (PDF,
OCR, ALTO, hOCR): `TextLine` and `LayoutPage`.  Readers produce them; the
layout stages turn them into articles.

The records are stdlib dataclasses so that they are cheap to build and easy
to read; `broadsheet.schema` derives the JSON Schema and the JSON encoding
from these very types with pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: A box on a page: ``[x0, y0, x1, y1]`` in PDF points, origin top left.
Box = list[float]

SourceKind = Literal["text-dump", "plain-article", "pdf", "image", "alto", "hocr"]

PartRole = Literal[
    "kicker", "headline", "deck", "byline", "body", "pull_quote", "caption", "bio", "jump"
]


@dataclass(slots=True)
class Region:
    """Where one part of an article (or one `Other` item) sits in the source.

    `index` says which item of its role: the paragraph number for ``body``,
    the position in ``pull_quotes`` or ``captions``; 0 for single parts.
    `start`/`end` are character offsets into the source text when the
    source is text (dumps, plain articles); `bbox` is set when the source has
    geometry (PDF, OCR, ALTO, hOCR).
    """

    role: str
    index: int = 0
    page: int = 1
    bbox: Box | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None


@dataclass(slots=True)
class Source:
    """The input file: its path (None for text given directly), content hash and kind."""

    path: str | None
    sha256: str
    kind: str
    pages: int = 1


@dataclass(slots=True)
class PullQuote:
    """A display quotation set in large type; it repeats the body and is kept out of it."""

    text: str
    speaker: str | None = None
    speaker_title: str | None = None
    #: Index into the article's `quotes` of the body quotation it repeats.
    quote_index: int | None = None


@dataclass(slots=True)
class Caption:
    """A photo caption: bold lead-in ("Shrinking reach."), text, and credit ("AFP")."""

    text: str
    lead_in: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class Speaker:
    """Who said it: the resolved name, with title and affiliation where the text gives them."""

    name: str
    title: str | None = None
    affiliation: str | None = None
    entity_id: str | None = None


@dataclass(slots=True)
class Quote:
    """A quotation in an article body.

    `start`/`end` are offsets into `Article.text` (the body paragraphs joined
    by blank lines).  `kind` is ``direct`` (all inside quotation marks),
    ``mixed`` (a partial quotation inside reported speech) or ``indirect``.
    """

    text: str
    kind: Literal["direct", "mixed", "indirect"]
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class Entity:
    """A named entity merged within one article; `mentions` are offsets into `Article.text`.

    `id` is stable across articles for the same normalised name and label, so
    that a store can merge people and organisations across an archive.
    """

    id: str
    text: str
    label: str
    mentions: list[list[int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    """A party to an event, resolved to an entity with country (ISO alpha-3) and sector codes."""

    text: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Place:
    """A place resolved with an offline gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class Event:
    """A political event in the PLOVER ontology, with its CAMEO root code.

    `date` is an ISO date (``YYYY-MM-DD``), or the start of a range whose end
    is `date_end`; both are resolved against the issue's date.  `claimed_by`
    names the speaker when the event is reported inside a quotation.
    """

    type: str
    text: str
    start: int
    end: int
    cameo: str | None = None
    mode: str | None = None
    context: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    date_end: str | None = None
    place: Place | None = None
    claimed_by: str | None = None
    negated: bool = False
    sentence: str | None = None


@dataclass(slots=True)
class Article:
    """One article with its parts in their roles.

    `body` is the list of clean paragraphs; `text` joins them with blank
    lines and is what quote, entity and event offsets point into.
    """

    id: str
    headline: str | None = None
    deck: str | None = None
    byline: str | None = None
    body: list[str] = field(default_factory=list)
    pull_quotes: list[PullQuote] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    bio: str | None = None
    kicker: str | None = None
    #: Page numbers this article is printed on, in reading order.
    pages: list[int] = field(default_factory=list)
    #: "Continued on page N" / "Continued from page N", as printed.
    continued_on: int | None = None
    continued_from: int | None = None
    regions: list[Region] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)


@dataclass(slots=True)
class Other:
    """Text that belongs to no article: folios, section labels, ads, stray lines."""

    role: str
    text: str
    regions: list[Region] = field(default_factory=list)


@dataclass(slots=True)
class PageInfo:
    """One physical page of the input: its number and size in points (None for text dumps)."""

    number: int
    width: float | None = None
    height: float | None = None


@dataclass(slots=True)
class Page:
    """Everything read from one input: the public contract of `broadsheet.read`."""

    source: Source
    publication: str | None = None
    date: str | None = None
    articles: list[Article] = field(default_factory=list)
    other: list[Other] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- positioned text, shared by the PDF, OCR, ALTO and hOCR readers -------------------


@dataclass(slots=True)
class TextLine:
    """One printed line with its typography: what a positioned reader hands to layout.

    `size` is the dominant font size in points; `bold`/`italic` the dominant
    style; `confidence` the mean OCR word confidence in 0..1 (None when the
    text layer is born digital).
    """

    text: str
    bbox: Box
    size: float = 0.0
    font: str = ""
    bold: bool = False
    italic: bool = False
    confidence: float | None = None
    #: Characters with their own boxes, when the reader has them (PDF spans).
    char_count: int = 0


@dataclass(slots=True)
class LayoutPage:
    """One page of positioned text lines plus the picture and rule boxes around them."""

    number: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    images: list[Box] = field(default_factory=list)
    rules: list[Box] = field(default_factory=list)
    #: Areas the source marks as advertisements (ALTO ``ComposedBlock TYPE="Advertisement"``).
    adverts: list[Box] = field(default_factory=list)

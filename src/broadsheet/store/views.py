"""What the store's read API returns: plain typed records, the same for SQLite and PostgreSQL.

These records are the stable contract that the REST API and the web reader
build on.  They are stdlib dataclasses so FastAPI can serialise them and
derive their OpenAPI schemas; dates are ISO strings (``None`` when unknown).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..model import Article

T = TypeVar("T")

#: Private-use characters that open and close a highlighted match inside a snippet.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"


@dataclass(slots=True)
class Paged(Generic[T]):
    """One page of a listing; pass `next_cursor` back to get the next one (None: no more)."""

    items: list[T]
    next_cursor: str | None = None


@dataclass(slots=True)
class Publication:
    id: str
    name: str
    issues: int = 0
    articles: int = 0
    first_date: str | None = None
    last_date: str | None = None


@dataclass(slots=True)
class IssueSummary:
    id: str
    publication_id: str
    publication: str
    date: str | None
    pages: int = 0
    articles: int = 0
    #: One stored input of the issue (the first by id), to link the issue to a page view.
    first_page_id: str | None = None


@dataclass(slots=True)
class ArticleSummary:
    """An article as listed: enough to show a link and a line of context."""

    id: str
    headline: str | None
    deck: str | None
    byline: str | None
    page_id: str
    publication_id: str
    publication: str
    date: str | None
    quotes: int = 0


@dataclass(slots=True)
class StoredPage:
    """One stored input (a page or a multi-page edition) and its articles, in reading order."""

    id: str
    sha256: str
    issue_id: str
    publication_id: str
    publication: str
    date: str | None
    kind: str
    source_path: str | None
    page_count: int
    ingested_at: str
    #: Physical pages: ``{"number", "width", "height"}`` (sizes in points; None for text dumps).
    sheets: list[dict[str, object]] = field(default_factory=list)
    articles: list[ArticleSummary] = field(default_factory=list)
    #: Article id → its regions (``broadsheet.model.Region`` as dicts), for drawing boxes.
    regions: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    other: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class StoredArticle:
    """An article with everything read from it.

    `article` is the document-model record as read, except that each quote's
    ``speaker.entity_id`` is the merged speaker id (a key of `speaker`).
    """

    id: str
    page_id: str
    issue_id: str
    publication_id: str
    publication: str
    date: str | None
    article: Article


@dataclass(slots=True)
class QuoteView:
    id: str
    article_id: str
    headline: str | None
    publication: str
    date: str | None
    text: str
    kind: str
    speaker_id: str | None
    speaker: str | None
    speaker_title: str | None
    cue: str | None
    start: int
    end: int


@dataclass(slots=True)
class NameCount:
    name: str
    count: int


@dataclass(slots=True)
class TitleSpan:
    """A title a speaker was given, and the issue dates between which it was used."""

    title: str
    first_date: str | None
    last_date: str | None
    count: int


@dataclass(slots=True)
class SpeakerSummary:
    id: str
    name: str
    quotes: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None


@dataclass(slots=True)
class SpeakerView:
    """A speaker merged across articles: name variants, titles over time, counts."""

    id: str
    name: str
    quotes: int
    articles: int
    first_date: str | None
    last_date: str | None
    names: list[NameCount] = field(default_factory=list)
    titles: list[TitleSpan] = field(default_factory=list)
    #: The entity with the same id, when the NLP stages found one.
    entity_id: str | None = None


@dataclass(slots=True)
class EntitySummary:
    id: str
    name: str
    label: str
    articles: int
    mentions: int


@dataclass(slots=True)
class Cooccurrence:
    id: str
    name: str
    label: str
    articles: int


@dataclass(slots=True)
class EntityView:
    id: str
    name: str
    label: str
    articles: int
    mentions: int
    first_date: str | None
    last_date: str | None
    names: list[NameCount] = field(default_factory=list)
    #: Entities found in the same articles, most shared articles first.
    cooccurring: list[Cooccurrence] = field(default_factory=list)
    #: The speaker with the same id, when this entity is quoted.
    speaker_id: str | None = None


@dataclass(slots=True)
class Mention:
    """An entity in one article: how often, where (offsets into the article text), as what."""

    article_id: str
    headline: str | None
    publication: str
    date: str | None
    text: str
    count: int
    spans: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class EventView:
    id: str
    article_id: str
    type: str
    cameo: str | None
    text: str
    source: str | None
    source_entity_id: str | None
    target: str | None
    target_entity_id: str | None
    date: str | None
    date_end: str | None
    place: str | None
    claimed_by: str | None
    negated: bool
    article_date: str | None


@dataclass(slots=True)
class Hit:
    """One search result.

    `snippet` is plain stored text around the match; `highlights` are
    ``[start, end)`` offsets into it of the matched words.  Use
    `snippet_html` to get it escaped with ``<mark>`` around the matches.
    """

    kind: str
    id: str
    article_id: str
    headline: str | None
    publication: str
    date: str | None
    snippet: str
    highlights: list[list[int]] = field(default_factory=list)
    score: float = 0.0
    speaker: str | None = None
    speaker_id: str | None = None

    def snippet_html(self) -> str:
        out: list[str] = []
        pos = 0
        for start, end in self.highlights:
            out.append(html.escape(self.snippet[pos:start]))
            out.append("<mark>" + html.escape(self.snippet[start:end]) + "</mark>")
            pos = end
        out.append(html.escape(self.snippet[pos:]))
        return "".join(out)


@dataclass(slots=True)
class Facet:
    """One value of a facet: `id` to filter by it, `label` to show, `count` of matching results."""

    id: str
    label: str
    count: int


@dataclass(slots=True)
class SearchResult:
    query: str
    kind: str
    #: How many results match; a lower bound when `total_exact` is false.
    total: int
    hits: list[Hit]
    #: ``publication``, ``year``, ``speaker`` (and ``entity`` for articles) → values with counts.
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    next_cursor: str | None = None
    total_exact: bool = True
    #: How many matches the hits were ranked among and the facets counted over: all of them, or,
    #: for very common queries on SQLite, the newest `SQLiteStore.SEARCH_WINDOW`.
    ranked: int = 0


@dataclass(slots=True)
class Counts:
    publications: int
    issues: int
    pages: int
    articles: int
    quotes: int
    speakers: int
    entities: int
    events: int


def split_marks(marked: str) -> tuple[str, list[list[int]]]:
    """Turn text with MARK_OPEN/MARK_CLOSE around matches into plain text plus highlight offsets."""
    out: list[str] = []
    spans: list[list[int]] = []
    length = 0
    for n, piece in enumerate(_MARKS.split(marked)):
        if n % 2 and piece:
            spans.append([length, length + len(piece)])
        out.append(piece)
        length += len(piece)
    return "".join(out), spans


_MARKS = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.S)

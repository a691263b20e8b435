"""What the reader needs beyond the store's read API, built on it or on its schema.

The store (`broadsheet.store.base.Store`) answers most questions; the few
here shape its answers for a page (a listing when the search box is empty,
latest issues with a page to open) or run a small query the store lacks,
through its own connection so both backends are served.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import BroadsheetError
from ..store.views import Cooccurrence, EventView, Hit, Mention, Paged, SearchResult


class SearchProblem(Exception):
    """A search that cannot run (bad query syntax, bad cursor): the message is for people."""


@dataclass(slots=True)
class SearchFilters:
    """The facet filters of a search URL."""

    publication: str | None = None
    speaker: str | None = None
    entity: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def any(self) -> bool:
        return any((self.publication, self.speaker, self.entity, self.date_from, self.date_to))


def _store_filters(filters: SearchFilters) -> Any:
    from ..store.base import Filters

    return Filters(speaker=filters.speaker, entity=filters.entity, publication=filters.publication,
                   date_from=filters.date_from, date_to=filters.date_to)


def search(store: Any, q: str, kind: str, filters: SearchFilters, cursor: str | None,
           limit: int, *, facets: bool = True) -> SearchResult:
    """Ranked search for `q`; with no words, the newest articles or quotations matching the filters."""
    try:
        if q:
            result: SearchResult = store.search(q, _store_filters(filters), kind=kind, limit=limit,
                                                cursor=cursor, facets=facets)
            return result
        return _listing(store, kind, filters, cursor, limit)
    except BroadsheetError as exc:
        raise SearchProblem(getattr(exc, "problem", None) or str(exc)) from exc


def _listing(store: Any, kind: str, filters: SearchFilters, cursor: str | None, limit: int) -> SearchResult:
    """Filters alone: newest first, shaped like search hits (the deck or the quote as snippet)."""
    hits: list[Hit] = []
    if kind == "quotes":
        quotes = store.quotes(_store_filters(filters), limit=limit, cursor=cursor)
        for qv in quotes.items:
            hits.append(Hit("quote", qv.id, qv.article_id, qv.headline, qv.publication, qv.date, qv.text,
                            speaker=qv.speaker, speaker_id=qv.speaker_id))
        page = quotes
    else:
        articles = store.articles(_store_filters(filters), limit=limit, cursor=cursor)
        for a in articles.items:
            snippet = a.deck or a.byline or ""
            hits.append(Hit("article", a.id, a.id, a.headline, a.publication, a.date, snippet))
        page = articles
    # Counting every match would scan the store: the page says "newest" instead of a total.
    return SearchResult("", kind, len(hits), hits, {}, page.next_cursor)


@dataclass(slots=True)
class IssueLink:
    """An issue on the home page, with the first of its stored pages to open."""

    id: str
    publication: str
    date: str | None
    pages: int
    articles: int
    first_page_id: str | None


def latest_issues(store: Any, limit: int) -> list[IssueLink]:
    issues = store.issues(limit=limit).items
    if not issues:
        return []
    marks = ", ".join("?" for _ in issues)
    first: dict[str, str] = {}
    for issue_id, page_id in store._all(
        f"SELECT issue_id, min(id) FROM pages WHERE issue_id IN ({marks}) GROUP BY issue_id",
        [i.id for i in issues],
    ):
        first[issue_id] = page_id
    return [IssueLink(i.id, i.publication, i.date, i.pages, i.articles, first.get(i.id)) for i in issues]


def issue_page_ids(store: Any, issue_id: str) -> list[str]:
    """The ids of an issue's stored pages, in the store's order (for "other pages" links)."""
    rows = store._all("SELECT id FROM pages WHERE issue_id = ? ORDER BY source_path, id", (issue_id,))
    return [str(r[0]) for r in rows]


def speaker_articles(store: Any, speaker_id: str, limit: int) -> list[Any]:
    """The articles a speaker is quoted in, newest first."""
    return list(store.articles(_store_filters(SearchFilters(speaker=speaker_id)), limit=limit).items)


#: How many of an entity's newest articles its timeline of events is drawn from.
TIMELINE_ARTICLES = 200


def entity_events(store: Any, entity_id: str, limit: int) -> list[EventView]:
    """Events the entity is a party to, from its newest articles, newest first.

    Found through the entity's newest `TIMELINE_ARTICLES` mentions and the
    events-by-article index: the store's general actor filter also matches
    names, and so reads every event, which takes a second on a large archive.
    """
    rows = store._all(
        "SELECT id, article_id, type, cameo, text, source_text, source_entity_id, target_text,"
        " target_entity_id, date, date_end, place, claimed_by, negated, article_date FROM events"
        " WHERE article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?"
        " ORDER BY COALESCE(date, '') DESC LIMIT ?)"
        " AND (COALESCE(source_entity_id, '') = ? OR COALESCE(target_entity_id, '') = ?)"
        " ORDER BY COALESCE(date, article_date, '') DESC, id DESC LIMIT ?",
        (entity_id, TIMELINE_ARTICLES, entity_id, entity_id, limit))
    return [EventView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                      json.loads(r[11]).get("name") if r[11] else None, r[12], bool(r[13]), r[14])
            for r in rows]


def entity_mentions(store: Any, entity_id: str, cursor: str | None, limit: int) -> Paged[Mention]:
    """The articles an entity is found in, newest first, one page of them.

    The page is chosen from the mentions table alone, then its articles are
    looked up, so an entity found in tens of thousands of articles costs a
    sort of small rows rather than a join over all of them.
    """
    from ..store.base import decode_cursor, encode_cursor

    where, params = "entity_id = ?", [entity_id]
    after = decode_cursor(cursor)
    if after and len(after) == 2:
        where += " AND (COALESCE(date, '') < ? OR (COALESCE(date, '') = ? AND article_id < ?))"
        params += [after[0], after[0], after[1]]
    rows = store._all(
        f"SELECT article_id, COALESCE(date, ''), text, count, spans FROM mentions WHERE {where}"
        " ORDER BY COALESCE(date, '') DESC, article_id DESC LIMIT ?", [*params, limit + 1])
    page = rows[:limit]
    about: dict[str, tuple[Any, ...]] = {}
    if page:
        marks = ", ".join("?" for _ in page)
        for r in store._all(
            "SELECT a.id, a.headline, p.name FROM articles a JOIN publications p ON p.id = a.publication_id"
            f" WHERE a.id IN ({marks})", [r[0] for r in page]
        ):
            about[r[0]] = (r[1], r[2])
    items = [Mention(r[0], about.get(r[0], (None, ""))[0], about.get(r[0], (None, ""))[1], r[1] or None,
                     r[2], r[3], json.loads(r[4])) for r in page]
    nxt = encode_cursor([page[-1][1], page[-1][0]]) if len(rows) > limit else None
    return Paged(items, nxt)


#: How many of an entity's newest articles its co-occurring entities are counted over.
COOCCURRENCE_SAMPLE = 500


def cooccurring(store: Any, entity_id: str, skip_labels: set[str], limit: int) -> list[Cooccurrence]:
    """Entities most often in the same articles, over the entity's newest articles.

    Counting over every article of a frequent entity (a year of "Congress")
    takes seconds; its newest `COOCCURRENCE_SAMPLE` articles say who it is
    seen with now, in milliseconds.
    """
    skip = sorted(skip_labels)
    marks = ", ".join("?" for _ in skip) or "''"
    rows = store._all(
        "SELECT e.id, e.name, e.label, c.n FROM (SELECT m2.entity_id AS id, count(*) AS n FROM"
        " (SELECT article_id FROM mentions WHERE entity_id = ? ORDER BY COALESCE(date, '') DESC LIMIT ?) r"
        " JOIN mentions m2 ON m2.article_id = r.article_id AND m2.entity_id <> ? GROUP BY m2.entity_id) c"
        f" JOIN entities e ON e.id = c.id WHERE e.label NOT IN ({marks}) ORDER BY c.n DESC, e.id LIMIT ?",
        [entity_id, COOCCURRENCE_SAMPLE, entity_id, *skip, limit])
    return [Cooccurrence(r[0], r[1], r[2], int(r[3])) for r in rows]


def speaker_quotes(store: Any, speaker_id: str, cursor: str | None, limit: int) -> Any:
    """A speaker's quotations, newest first, one page of them."""
    return store.quotes(_store_filters(SearchFilters(speaker=speaker_id)), limit=limit, cursor=cursor)


@dataclass(slots=True)
class Context:
    """A few words either side of a mention."""

    before: str
    match: str
    after: str


def mention_contexts(store: Any, mentions: list[Any], width: int = 90) -> dict[str, Context]:
    """Article id → the text around the entity's first mention in it (one query for the page)."""
    wanted = {m.article_id: m.spans[0] for m in mentions if m.spans and len(m.spans[0]) >= 2}
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    out: dict[str, Context] = {}
    for article_id, text in store._all(f"SELECT id, body FROM articles WHERE id IN ({marks})", list(wanted)):
        start, end = (int(v) for v in wanted[article_id][:2])
        if not (0 <= start < end <= len(text or "")):
            continue
        before = text[max(0, start - width):start]
        after = text[end:end + width]
        if start > width:
            before = "…" + before[before.find(" ") + 1:]
        if end + width < len(text):
            after = after[:after.rfind(" ")] + "…"
        out[article_id] = Context(before.replace("\n\n", " ¶ "), text[start:end],
                                  after.replace("\n\n", " ¶ "))
    return out

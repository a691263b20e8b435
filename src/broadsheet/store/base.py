"""The store: one interface over SQLite and PostgreSQL.

`Store` holds everything both backends share — the write path (one
transaction per input, keyed by its content hash) and the read API the REST
API and web reader use.  SQL is written once with ``?`` placeholders; a
backend supplies connections, its schema migrations and its full-text
search (`SQLiteStore`: FTS5; `PostgresStore`: tsvector).

Ids are stable strings: publications by slug, issues ``{publication}-{date}``,
inputs by the first 16 hex digits of their SHA-256, articles
``{page}-{n}``, quotes ``{article}-q{n}``, events ``{article}-e{n}``,
speakers and entities by `identity.entity_key`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import threading
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from ..errors import BroadsheetError
from ..model import (
    Actor,
    Article,
    Caption,
    Entity,
    Event,
    Page,
    Place,
    PullQuote,
    Quote,
    Region,
    Speaker,
)
from . import query as querylang
from .identity import slug
from .rows import Rows, json_text, prepare
from .views import (
    ArticleSummary,
    Cooccurrence,
    Counts,
    EntitySummary,
    EntityView,
    EventView,
    Facet,
    IssueSummary,
    Mention,
    NameCount,
    Paged,
    Publication,
    QuoteView,
    SearchResult,
    SpeakerSummary,
    SpeakerView,
    StoredArticle,
    StoredPage,
    TitleSpan,
)

Row = Sequence[Any]
MAX_LIMIT = 500


class StoreError(BroadsheetError):
    """The store cannot be opened or used (bad address, newer schema, server down)."""


@dataclass(slots=True)
class Filters:
    """Search and listing filters; names or ids are both accepted for people and publications."""

    speaker: str | None = None
    entity: str | None = None
    publication: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    actor: str | None = None


def encode_cursor(values: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(json_text(list(values)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> list[Any] | None:
    """The values of a cursor from `encode_cursor`; a damaged cursor is a `StoreError`."""
    if not cursor:
        return None
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError):
        raise StoreError(f"bad cursor {cursor[:40]!r}") from None
    if not isinstance(values, list):
        raise StoreError(f"bad cursor {cursor[:40]!r}")
    return values


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _date(value: str | None) -> str | None:
    return value or None


class Store(ABC):
    """A broadsheet store. Open one with `broadsheet.store.open_store(db)`.

    Writing: `add_page` (one transaction per input; False when its content
    hash is already stored).  Reading: `counts`, `publications`, `issues`,
    `issue_pages`, `page`, `articles`, `article`, `quotes`, `speakers`,
    `speaker`, `entities`, `entity`, `mentions`, `events`, `search`; bulk:
    `iter_articles`, `iter_quotes`, `iter_entities`.  Listings take
    ``limit`` and ``cursor`` and return `Paged` records.  Safe to share
    between threads (one connection per thread).
    """

    #: "sqlite" or "postgresql".
    backend = ""
    #: SQL name of the two-argument minimum and maximum.
    _least = "min"
    _greatest = "max"
    #: A join the planner must keep in the written order (SQLite: CROSS JOIN).
    _ordered_join = "JOIN"

    def __init__(self, address: str) -> None:
        self.address = address
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self._migrate()

    # --- backend hooks -------------------------------------------------------------

    @abstractmethod
    def _connect(self) -> Any:
        """A new DB-API connection."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]:
        """Commit on success, roll back on error."""

    @abstractmethod
    def _migrations(self) -> list[list[str]]:
        """Schema migrations in order; migration n brings the schema to version n + 1."""

    @abstractmethod
    def _search(self, kind: str, fts: querylang.Query, filters: Filters, where: str, params: list[Any],
                limit: int, offset: int, facets: bool) -> SearchResult:
        """Ranked hits of `kind` for a parsed query, filtered by ``where`` (over aliases ``a``, ``q``),
        which is the SQL form of `filters`."""

    def _sql(self, sql: str) -> str:
        return sql

    # --- plumbing ------------------------------------------------------------------

    @property
    def conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self._exec(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row: Row | None = self._exec(sql, params).fetchone()
        return row

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        row = self._one("SELECT max(version) FROM schema_version")
        return int(row[0] or 0) if row else 0

    def _lock_schema(self) -> None:
        """Inside the migration transaction: keep other processes from migrating at the same time."""
        return None  # SQLite: BEGIN IMMEDIATE already does

    def _migrate(self) -> None:
        migrations = self._migrations()
        try:  # the common case, a store up to date, needs no write lock (an ingest may hold it)
            if self.schema_version() == len(migrations):
                return
        except Exception:  # no schema_version table yet: a new store
            pass
        with self._transaction():
            self._lock_schema()
            self._exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.schema_version()
            if current > len(migrations):
                raise StoreError(
                    f"{self.address}: the store has schema version {current}, newer than this "
                    f"broadsheet knows ({len(migrations)}); upgrade broadsheet"
                )
            for version, statements in enumerate(migrations[current:], current + 1):
                for statement in statements:
                    self._exec(statement)
                self._exec("INSERT INTO schema_version (version) VALUES (?)", (version,))

    # --- writing -------------------------------------------------------------------

    def has_page(self, sha256: str) -> bool:
        """Is the input with this content hash already stored?"""
        return self._one("SELECT 1 FROM pages WHERE sha256 = ?", (sha256,)) is not None

    def batch(self) -> AbstractContextManager[Any]:
        """Group many `add_page` calls into one commit, for bulk ingest.

        Each input stays all-or-nothing (a savepoint): one that fails is
        rolled back alone.  A crash loses the uncommitted inputs of the batch
        whole, never part of one; re-running the ingest stores them.
        Committing an index segment per input is what makes per-input
        commits slow (FTS5 flushes on every commit).
        """
        return self._transaction()

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i:i + 500])
            found.update(r[0] for r in self._all(
                f"SELECT sha256 FROM pages WHERE sha256 IN ({self._marks(chunk)})", chunk))
        return found

    def add_page(self, page: Page, *, publication: str | None = None, date: str | None = None) -> bool:
        """Store one input and everything read from it, in one transaction.

        `publication` and `date` fill in what the page itself does not say.
        Returns False, changing nothing, when the input's content hash is
        already stored.
        """
        pub_name = page.publication or publication or "Unknown publication"
        issue_date = page.date or date or ""
        pub_id = slug(pub_name)
        issue_id = f"{pub_id}-{issue_date or 'undated'}"
        rows = prepare(page, pub_id, issue_id, issue_date)
        try:
            self._add_rows(rows, pub_id, pub_name, issue_id, issue_date)
        except _AlreadyStored:
            return False
        return True

    def _add_rows(self, rows: Rows, pub_id: str, pub_name: str, issue_id: str, issue_date: str) -> None:
        n_articles = len(rows.articles)
        with self._transaction():
            cur = self._exec(
                "INSERT INTO publications (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                (pub_id, pub_name),
            )
            cur = self._exec(
                "INSERT INTO issues (id, publication_id, date) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (issue_id, pub_id, issue_date),
            )
            new_issue = cur.rowcount == 1
            cur = self._exec(
                "INSERT INTO pages (id, sha256, issue_id, kind, source_path, page_count, article_count,"
                " sheets, other, warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (sha256) DO NOTHING",
                rows.page,
            )
            if cur.rowcount != 1:
                raise _AlreadyStored
            self._exec(
                "UPDATE issues SET page_count = page_count + 1, article_count = article_count + ?"
                " WHERE id = ?", (n_articles, issue_id))
            self._exec(
                "UPDATE publications SET issue_count = issue_count + ?, article_count = article_count + ?,"
                f" first_date = {self._least}(COALESCE(first_date, ?), COALESCE(?, first_date)),"
                f" last_date = {self._greatest}(COALESCE(last_date, ?), COALESCE(?, last_date))"
                " WHERE id = ?",
                (int(new_issue), n_articles, *([_date(issue_date)] * 4), pub_id),
            )
            self._write_rows(rows, _date(issue_date))

    def _fts_mark(self) -> Any:
        """Called before an input's rows are written; its result is passed to `_fts_index`."""
        return None

    def _fts_index(self, mark: Any) -> None:
        """Index the rows written since `_fts_mark` (a backend whose index follows by itself: nothing)."""
        return None

    def _write_rows(self, rows: Rows, date: str | None) -> None:
        # Shared rows (entities, speakers) are upserted in key order, so that concurrent writers
        # of one PostgreSQL store lock them in the same order and cannot deadlock.
        mark = self._fts_mark()
        self._many(
            "INSERT INTO articles (id, page_id, seq, issue_id, publication_id, date, headline, deck, byline,"
            " kicker, bio, body, paragraphs, quote_count, extra, tags)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.articles)
        self._many("INSERT INTO parts (article_id, role, idx, text, data) VALUES (?,?,?,?,?)", rows.parts)
        self._many(
            "INSERT INTO quotes (id, article_id, seq, text, kind, start_pos, end_pos, speaker_id,"
            " speaker_name, speaker_title, speaker_affiliation, cue, cue_start, cue_end, date,"
            " publication_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.quotes)
        self._many(
            "INSERT INTO mentions (entity_id, article_id, text, count, spans, aliases, date)"
            " VALUES (?,?,?,?,?,?,?)", rows.mentions)
        self._many(
            "INSERT INTO events (id, article_id, seq, type, cameo, mode, context, text, start_pos, end_pos,"
            " source_text, source_entity_id, source_country, source_sector, target_text, target_entity_id,"
            " target_country, target_sector, date, date_end, place, claimed_by, negated, sentence,"
            " article_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.events)
        self._fts_index(mark)
        first = f"{self._least}(COALESCE({{t}}.first_date, excluded.first_date)," \
                f" COALESCE(excluded.first_date, {{t}}.first_date))"
        last = f"{self._greatest}(COALESCE({{t}}.last_date, excluded.last_date)," \
               f" COALESCE(excluded.last_date, {{t}}.last_date))"
        self._many(
            "INSERT INTO entities (id, name, label, mention_count, article_count, first_date, last_date)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
            " mention_count = entities.mention_count + excluded.mention_count,"
            " article_count = entities.article_count + excluded.article_count,"
            f" first_date = {first.format(t='entities')}, last_date = {last.format(t='entities')}",
            [(eid, name, label, m, a, date, date)
             for eid, (name, label, m, a) in sorted(rows.entities.items())])
        self._many(
            "INSERT INTO entity_names (entity_id, name, lname, count) VALUES (?,?,?,?)"
            " ON CONFLICT (entity_id, name) DO UPDATE SET count = entity_names.count + excluded.count",
            [(eid, name, name.lower(), n) for (eid, name), n in sorted(rows.entity_names.items())])
        self._many(
            "INSERT INTO speakers (id, name, quote_count, article_count, first_date, last_date)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
            " quote_count = speakers.quote_count + excluded.quote_count,"
            " article_count = speakers.article_count + excluded.article_count,"
            f" first_date = {first.format(t='speakers')}, last_date = {last.format(t='speakers')}",
            [(sid, name, q, a, date, date) for sid, (name, q, a) in sorted(rows.speakers.items())])
        self._many(
            "INSERT INTO speaker_names (speaker_id, name, lname, count) VALUES (?,?,?,?)"
            " ON CONFLICT (speaker_id, name) DO UPDATE SET count = speaker_names.count + excluded.count",
            [(sid, name, name.lower(), n) for (sid, name), n in sorted(rows.speaker_names.items())])
        self._many(
            "INSERT INTO speaker_titles (speaker_id, title, count, first_date, last_date) VALUES (?,?,?,?,?)"
            " ON CONFLICT (speaker_id, title) DO UPDATE SET count = speaker_titles.count + excluded.count,"
            f" first_date = {first.format(t='speaker_titles')},"
            f" last_date = {last.format(t='speaker_titles')}",
            [(sid, title, n, date, date) for (sid, title), n in sorted(rows.speaker_titles.items())])
        # The canonical name of a merged record is its most used variant.
        self._many(
            "UPDATE entities SET name = (SELECT n.name FROM entity_names n WHERE n.entity_id = entities.id"
            " ORDER BY n.count DESC, length(n.name) DESC, n.name LIMIT 1) WHERE id = ?",
            [(eid,) for eid in sorted(rows.entities)])
        self._many(
            "UPDATE speakers SET name = (SELECT n.name FROM speaker_names n WHERE n.speaker_id = speakers.id"
            " ORDER BY n.count DESC, length(n.name) DESC, n.name LIMIT 1) WHERE id = ?",
            [(sid,) for sid in sorted(rows.speakers)])

    def verify(self) -> list[str]:
        """Integrity problems, if any: inputs missing articles, rows whose parent is gone."""
        problems = [
            f"page {pid}: {actual} of {expected} articles stored"
            for pid, expected, actual in self._all(
                "SELECT g.id, g.article_count, (SELECT count(*) FROM articles a WHERE a.page_id = g.id)"
                " FROM pages g")
            if expected != actual
        ]
        for table, column, parent in (("articles", "page_id", "pages"), ("parts", "article_id", "articles"),
                                      ("quotes", "article_id", "articles"),
                                      ("mentions", "article_id", "articles"),
                                      ("events", "article_id", "articles")):
            row = self._one(f"SELECT count(*) FROM {table} t WHERE NOT EXISTS"
                            f" (SELECT 1 FROM {parent} p WHERE p.id = t.{column})")
            if row and row[0]:
                problems.append(f"{row[0]} {table} rows without their {parent} row")
        return problems

    # --- reading: publications, issues, pages ----------------------------------------

    def counts(self) -> Counts:
        """How many of each record the store holds."""
        tables = ("publications", "issues", "pages", "articles", "quotes", "speakers", "entities", "events")
        row = self._one("SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables))
        return Counts(*(int(v) for v in row or ()))

    def publications(self) -> list[Publication]:
        rows = self._all("SELECT id, name, issue_count, article_count, first_date, last_date"
                         " FROM publications ORDER BY name")
        return [Publication(*row) for row in rows]

    def issues(self, publication: str | None = None, *, limit: int = 50,
               cursor: str | None = None) -> Paged[IssueSummary]:
        """Issues, newest first, optionally of one publication (id or name)."""
        where, params = ["1=1"], []
        if publication:
            where.append("i.publication_id = ?")
            params.append(self._publication_id(publication))
        after = decode_cursor(cursor)
        if after:
            where.append("(i.date < ? OR (i.date = ? AND i.id < ?))")
            params += [after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(
            f"SELECT {self._ISSUE} FROM issues i JOIN publications p ON p.id = i.publication_id"
            f" WHERE {' AND '.join(where)} ORDER BY i.date DESC, i.id DESC LIMIT ?", [*params, limit + 1])
        items = [self._issue(r) for r in rows[:limit]]
        nxt = encode_cursor([rows[limit - 1][3], rows[limit - 1][0]]) if len(rows) > limit else None
        return Paged(items, nxt)

    def issue(self, issue_id: str) -> IssueSummary | None:
        row = self._one(f"SELECT {self._ISSUE} FROM issues i JOIN publications p ON p.id = i.publication_id"
                        " WHERE i.id = ?", (issue_id,))
        return self._issue(row) if row else None

    _ISSUE = ("i.id, i.publication_id, p.name, i.date, i.page_count, i.article_count,"
              " (SELECT min(g.id) FROM pages g WHERE g.issue_id = i.id)")

    @staticmethod
    def _issue(r: Row) -> IssueSummary:
        return IssueSummary(r[0], r[1], r[2], _date(r[3]), r[4], r[5], r[6])

    def issue_page_ids(self, issue_id: str) -> list[str]:
        """The ids of an issue's stored inputs, in source order."""
        return [str(r[0]) for r in self._all(
            "SELECT id FROM pages WHERE issue_id = ? ORDER BY source_path, id", (issue_id,))]

    def article_texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Article id → body text (what quote, entity and event offsets point into), in one query."""
        ids = list(article_ids)
        if not ids:
            return {}
        return {str(r[0]): r[1] for r in self._all(
            f"SELECT id, body FROM articles WHERE id IN ({self._marks(ids)})", ids)}

    def issue_pages(self, issue_id: str) -> list[StoredPage]:
        """The stored inputs of one issue, with their articles."""
        return [p for p in (self.page(i) for i in self.issue_page_ids(issue_id)) if p]

    def page(self, page_id: str) -> StoredPage | None:
        """One stored input: source, physical pages and sizes, its articles with their regions."""
        row = self._one(
            "SELECT g.id, g.sha256, g.issue_id, i.publication_id, p.name, i.date, g.kind, g.source_path,"
            " g.page_count, g.ingested_at, g.sheets, g.other, g.warnings FROM pages g"
            " JOIN issues i ON i.id = g.issue_id JOIN publications p ON p.id = i.publication_id"
            " WHERE g.id = ?", (page_id,))
        if not row:
            return None
        stored = StoredPage(row[0], row[1], row[2], row[3], row[4], _date(row[5]), row[6], row[7], row[8],
                            row[9], json.loads(row[10] or "[]"), [], {}, json.loads(row[11] or "[]"),
                            json.loads(row[12] or "[]"))
        for arow in self._all(
            f"SELECT {self._SUMMARY}, a.extra FROM articles a JOIN publications p ON p.id = a.publication_id"
            " WHERE a.page_id = ? ORDER BY a.seq", (page_id,)
        ):
            stored.articles.append(self._summary(arow))
            stored.regions[arow[0]] = json.loads(arow[-1] or "{}").get("regions", [])
        return stored

    def source_path(self, page_id: str) -> str | None:
        """Where the input was read from, as recorded at ingest (it may since have moved)."""
        row = self._one("SELECT source_path FROM pages WHERE id = ?", (page_id,))
        return row[0] if row else None

    # --- reading: articles -----------------------------------------------------------

    _SUMMARY = ("a.id, a.headline, a.deck, a.byline, a.page_id, a.publication_id, p.name, a.date,"
                " a.quote_count")

    @staticmethod
    def _summary(row: Row) -> ArticleSummary:
        return ArticleSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _date(row[7]), row[8])

    def articles(self, filters: Filters | None = None, *, limit: int = 50,
                 cursor: str | None = None) -> Paged[ArticleSummary]:
        """Articles, newest first, with the same filters as `search`."""
        where, params = self._filter_sql(filters or Filters(), "articles")
        after = decode_cursor(cursor)
        if after:
            where += " AND (a.date < ? OR (a.date = ? AND a.id < ?))"
            params += [after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(
            f"SELECT {self._SUMMARY} FROM articles a JOIN publications p ON p.id = a.publication_id"
            f" WHERE {where} ORDER BY a.date DESC, a.id DESC LIMIT ?", [*params, limit + 1])
        items = [self._summary(r) for r in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        return Paged(items, encode_cursor([last[7], last[0]]) if last else None)

    def article(self, article_id: str) -> StoredArticle | None:
        """An article with its parts, quotes (speaker ids merged), entities and events."""
        row = self._one(
            "SELECT a.id, a.page_id, a.issue_id, a.publication_id, p.name, a.date, a.headline, a.deck,"
            " a.byline, a.kicker, a.bio, a.body, a.paragraphs, a.extra FROM articles a"
            " JOIN publications p ON p.id = a.publication_id WHERE a.id = ?", (article_id,))
        if not row:
            return None
        body, lengths, extra = row[11], json.loads(row[12] or "[]"), json.loads(row[13] or "{}")
        paragraphs, pos = [], 0
        for length in lengths:
            paragraphs.append(body[pos:pos + length])
            pos += length + 2
        art = Article(
            id=row[0], headline=row[6], deck=row[7], byline=row[8], kicker=row[9], bio=row[10],
            body=paragraphs, pages=extra.get("pages", []), continued_on=extra.get("continued_on"),
            continued_from=extra.get("continued_from"),
            regions=[Region(**r) for r in extra.get("regions", [])],
        )
        for role, text, data in self._all(
            "SELECT role, text, data FROM parts WHERE article_id = ? AND role IN ('pull_quote', 'caption')"
            " ORDER BY role, idx", (article_id,)
        ):
            meta = json.loads(data or "{}")
            if role == "pull_quote":
                art.pull_quotes.append(PullQuote(text, meta.get("speaker"), meta.get("speaker_title"),
                                                 meta.get("quote_index")))
            else:
                art.captions.append(Caption(text, meta.get("lead_in"), meta.get("credit")))
        for q in self._all(
            "SELECT text, kind, start_pos, end_pos, speaker_id, speaker_name, speaker_title,"
            " speaker_affiliation, cue, cue_start, cue_end FROM quotes WHERE article_id = ? ORDER BY seq",
            (article_id,)
        ):
            speaker = Speaker(q[5], q[6], q[7], q[4]) if q[5] else None
            art.quotes.append(Quote(q[0], q[1], q[2], q[3], speaker, q[8], q[9], q[10]))
        for m in self._all(
            "SELECT m.entity_id, m.text, e.label, m.spans, m.aliases FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?",
            (article_id,)
        ):
            art.entities.append(Entity(m[0], m[1], m[2], json.loads(m[3]), json.loads(m[4] or "[]")))
        art.entities.sort(key=lambda e: e.mentions[0][0] if e.mentions else 0)
        for e in self._all(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE article_id = ? ORDER BY seq", (article_id,)
        ):
            art.events.append(self._event(e))
        return StoredArticle(row[0], row[1], row[2], row[3], row[4], _date(row[5]), art)

    _EVENT_COLUMNS = ("type, text, start_pos, end_pos, cameo, mode, context, source_text, source_entity_id,"
                      " source_country, source_sector, target_text, target_entity_id, target_country,"
                      " target_sector, date, date_end, place, claimed_by, negated, sentence")

    @staticmethod
    def _event(e: Row) -> Event:
        place = json.loads(e[17]) if e[17] else None
        return Event(
            type=e[0], text=e[1], start=e[2], end=e[3], cameo=e[4], mode=e[5], context=e[6],
            source=Actor(e[7], e[8], e[9], e[10]) if e[7] else None,
            target=Actor(e[11], e[12], e[13], e[14]) if e[11] else None,
            date=e[15], date_end=e[16], place=Place(**place) if place else None, claimed_by=e[18],
            negated=bool(e[19]), sentence=e[20],
        )

    # --- reading: quotes, speakers, entities, events -----------------------------------

    _QUOTE = ("q.id, q.article_id, a.headline, p.name, q.date, q.text, q.kind, q.speaker_id, s.name,"
              " q.speaker_title, q.cue, q.start_pos, q.end_pos")
    _QUOTE_FROM = (" FROM quotes q JOIN articles a ON a.id = q.article_id"
                   " JOIN publications p ON p.id = q.publication_id"
                   " LEFT JOIN speakers s ON s.id = q.speaker_id")

    @staticmethod
    def _quote(r: Row) -> QuoteView:
        return QuoteView(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                         r[12])

    def quotes(self, filters: Filters | None = None, *, text: str | None = None, limit: int = 50,
               cursor: str | None = None) -> Paged[QuoteView]:
        """Quotations, newest first: by speaker, mentioning an entity, in a date range, containing text."""
        where, params = self._filter_sql(filters or Filters(), "quotes")
        if text:
            where += " AND lower(q.text) LIKE ? ESCAPE '\\'"
            params.append(_contains(text))
        after = decode_cursor(cursor)
        if after:
            where += " AND (q.date < ? OR (q.date = ? AND q.id < ?))"
            params += [after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(f"SELECT {self._QUOTE}{self._QUOTE_FROM} WHERE {where}"
                         " ORDER BY q.date DESC, q.id DESC LIMIT ?", [*params, limit + 1])
        items = [self._quote(r) for r in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        return Paged(items, encode_cursor([last[4], last[0]]) if last else None)

    def _ranked(self, select: str, alias: str, rank: str, rank_at: int, where: str, params: list[Any],
                cursor: str | None, limit: int) -> tuple[list[Row], str | None]:
        """One page of rows ranked by `alias.rank` (descending, ties by id) and the next page's cursor.

        The cursor is the last row's rank and id (a keyset), so deep pages cost no more
        than the first.
        """
        after = decode_cursor(cursor)
        if after:
            where += f" AND ({alias}.{rank} < ? OR ({alias}.{rank} = ? AND {alias}.id > ?))"
            params = [*params, after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(f"{select} WHERE {where} ORDER BY {alias}.{rank} DESC, {alias}.id LIMIT ?",
                         [*params, limit + 1])
        last = rows[limit - 1] if len(rows) > limit else None
        return rows[:limit], encode_cursor([last[rank_at], last[0]]) if last else None

    def speakers(self, name: str | None = None, *, limit: int = 50,
                 cursor: str | None = None) -> Paged[SpeakerSummary]:
        """Speakers, most quoted first; `name` keeps those with a name variant containing it."""
        where, params = "1=1", []
        if name:
            where += " AND s.id IN (SELECT speaker_id FROM speaker_names WHERE lname LIKE ? ESCAPE '\\')"
            params.append(_contains(name))
        rows, next_cursor = self._ranked(
            "SELECT s.id, s.name, s.quote_count, s.article_count, s.first_date, s.last_date FROM speakers s",
            "s", "quote_count", 2, where, params, cursor, limit)
        return Paged([SpeakerSummary(*r) for r in rows], next_cursor)

    def _name_variants(self, kind: str, key: str) -> list[NameCount]:
        """The names a speaker or entity was printed under, most used first."""
        return [NameCount(*r) for r in self._all(
            f"SELECT name, count FROM {kind}_names WHERE {kind}_id = ? ORDER BY count DESC, name", (key,))]

    def speaker(self, speaker_id: str) -> SpeakerView | None:
        """A speaker with name variants and titles over time (see `quotes` for what they said)."""
        row = self._one("SELECT id, name, quote_count, article_count, first_date, last_date FROM speakers"
                        " WHERE id = ?", (speaker_id,))
        if not row:
            return None
        view = SpeakerView(*row)
        view.names = self._name_variants("speaker", speaker_id)
        view.titles = [TitleSpan(*r) for r in self._all(
            "SELECT title, first_date, last_date, count FROM speaker_titles WHERE speaker_id = ?"
            " ORDER BY first_date, count DESC", (speaker_id,))]
        if self._one("SELECT 1 FROM entities WHERE id = ?", (speaker_id,)):
            view.entity_id = speaker_id
        return view

    def entities(self, label: str | None = None, name: str | None = None, *, limit: int = 50,
                 cursor: str | None = None) -> Paged[EntitySummary]:
        """Entities, in most articles first; filter by spaCy label and part of a name."""
        where, params = "1=1", []
        if label:
            where += " AND e.label = ?"
            params.append(label.upper())
        if name:
            where += " AND e.id IN (SELECT entity_id FROM entity_names WHERE lname LIKE ? ESCAPE '\\')"
            params.append(_contains(name))
        rows, next_cursor = self._ranked(
            "SELECT e.id, e.name, e.label, e.article_count, e.mention_count FROM entities e",
            "e", "article_count", 3, where, params, cursor, limit)
        return Paged([EntitySummary(*r) for r in rows], next_cursor)

    def entity(self, entity_id: str, *, cooccurring: int = 20) -> EntityView | None:
        """An entity with its name variants and the entities most often in the same articles."""
        row = self._one("SELECT id, name, label, article_count, mention_count, first_date, last_date"
                        " FROM entities WHERE id = ?", (entity_id,))
        if not row:
            return None
        view = EntityView(*row)
        view.names = self._name_variants("entity", entity_id)
        view.cooccurring = [Cooccurrence(*r) for r in self._all(
            "SELECT e.id, e.name, e.label, c.n FROM (SELECT m2.entity_id AS id, count(*) AS n"
            " FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id"
            " AND m2.entity_id <> m1.entity_id WHERE m1.entity_id = ? GROUP BY m2.entity_id) c"
            " JOIN entities e ON e.id = c.id ORDER BY c.n DESC, e.id LIMIT ?", (entity_id, cooccurring))]
        if self._one("SELECT 1 FROM speakers WHERE id = ?", (entity_id,)):
            view.speaker_id = entity_id
        return view

    def mentions(self, entity_id: str, *, limit: int = 50, cursor: str | None = None) -> Paged[Mention]:
        """The articles an entity is found in, newest first, with where in each."""
        where, params = "m.entity_id = ?", [entity_id]
        after = decode_cursor(cursor)
        if after:
            where += " AND (a.date < ? OR (a.date = ? AND a.id < ?))"
            params += [after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(
            "SELECT m.article_id, a.headline, p.name, a.date, m.text, m.count, m.spans FROM mentions m"
            " JOIN articles a ON a.id = m.article_id JOIN publications p ON p.id = a.publication_id"
            f" WHERE {where} ORDER BY a.date DESC, a.id DESC LIMIT ?", [*params, limit + 1])
        items = [Mention(r[0], r[1], r[2], _date(r[3]), r[4], r[5], json.loads(r[6])) for r in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        return Paged(items, encode_cursor([last[3], last[0]]) if last else None)

    def events(self, *, type: str | None = None, actor: str | None = None, date_from: str | None = None,
               date_to: str | None = None, article_id: str | None = None, limit: int = 50,
               cursor: str | None = None) -> Paged[EventView]:
        """Events by PLOVER type, actor (entity id or name), event date range, newest first."""
        where, params = ["1=1"], []
        if type:
            where.append("ev.type = ?")
            params.append(type.upper())
        if actor:
            ids = self._entity_ids(actor)
            where.append(f"(ev.source_entity_id IN ({self._marks(ids)}) OR ev.target_entity_id IN"
                         f" ({self._marks(ids)}) OR lower(ev.source_text) = ? OR lower(ev.target_text) = ?)")
            params += [*ids, *ids, actor.lower(), actor.lower()]
        if date_from:
            where.append("COALESCE(ev.date, ev.article_date) >= ?")
            params.append(date_from)
        if date_to:
            where.append("COALESCE(ev.date, ev.article_date) <= ?")
            params.append(date_to)
        if article_id:
            where.append("ev.article_id = ?")
            params.append(article_id)
        after = decode_cursor(cursor)
        if after:
            where.append("(COALESCE(ev.date, ev.article_date, '') < ? OR (COALESCE(ev.date,"
                         " ev.article_date, '') = ? AND ev.id < ?))")
            params += [after[0], after[0], after[1]]
        limit = _limit(limit)
        rows = self._all(
            "SELECT ev.id, ev.article_id, ev.type, ev.cameo, ev.text, ev.source_text, ev.source_entity_id,"
            " ev.target_text, ev.target_entity_id, ev.date, ev.date_end, ev.place, ev.claimed_by,"
            " ev.negated, ev.article_date, COALESCE(ev.date, ev.article_date, '') AS sortdate FROM events ev"
            f" WHERE {' AND '.join(where)} ORDER BY sortdate DESC, ev.id DESC LIMIT ?", [*params, limit + 1])
        items = [EventView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                           json.loads(r[11])["name"] if r[11] else None, r[12], bool(r[13]), r[14])
                 for r in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        return Paged(items, encode_cursor([last[15], last[0]]) if last else None)

    # --- search --------------------------------------------------------------------

    def search(self, query: str, filters: Filters | None = None, *, kind: str = "articles",
               limit: int = 20, cursor: str | None = None, facets: bool = True) -> SearchResult:
        """Ranked full-text search over articles (headline, deck, body, quotes) or quotations.

        Returns hits with highlighted snippets and, when `facets` is set,
        counts by publication, year, speaker and entity over all matches.
        A malformed query raises `broadsheet.store.query.QueryError`.
        """
        if kind not in ("articles", "quotes"):
            raise StoreError(f"unknown search kind {kind!r} (articles or quotes)")
        parsed = querylang.parse(query)
        after = decode_cursor(cursor)
        offset = int(after[0]) if after and isinstance(after[0], int) else 0
        limit = _limit(limit)
        filters = filters or Filters()
        where, params = self._filter_sql(filters, kind)
        result = self._search(kind, parsed, filters, where, params, limit, offset, facets)
        result.query = query
        if offset + limit < min(result.total, result.ranked or result.total):
            result.next_cursor = encode_cursor([offset + limit])
        return result

    def _filter_sql(self, f: Filters, kind: str) -> tuple[str, list[Any]]:
        """WHERE conditions over ``a`` (articles) and, for quotes, ``q``."""
        where, params = ["1=1"], []
        date_col = "q.date" if kind == "quotes" else "a.date"
        if f.publication:
            where.append(f"{'q' if kind == 'quotes' else 'a'}.publication_id = ?")
            params.append(self._publication_id(f.publication))
        if f.date_from:
            where.append(f"{date_col} >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append(f"{date_col} <> '' AND {date_col} <= ?")
            params.append(f.date_to)
        if f.speaker:
            ids = self._speaker_ids(f.speaker)
            if kind == "quotes":
                where.append(f"q.speaker_id IN ({self._marks(ids)})")
            else:
                where.append("EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id"
                             f" AND sq.speaker_id IN ({self._marks(ids)}))")
            params += ids
        if f.entity:
            ids = self._entity_ids(f.entity)
            cond = (f"EXISTS (SELECT 1 FROM mentions em WHERE em.article_id = a.id"
                    f" AND em.entity_id IN ({self._marks(ids)}))")
            params += ids
            if kind == "quotes":
                cond = f"({cond} OR q.speaker_id IN ({self._marks(ids)}))"
                params += ids
            where.append(cond)
        if f.event_type or f.actor:
            cond, eparams = "ev.article_id = a.id", []
            if f.event_type:
                cond += " AND ev.type = ?"
                eparams.append(f.event_type.upper())
            if f.actor:
                ids = self._entity_ids(f.actor)
                cond += (f" AND (ev.source_entity_id IN ({self._marks(ids)})"
                         f" OR ev.target_entity_id IN ({self._marks(ids)})"
                         " OR lower(ev.source_text) = ? OR lower(ev.target_text) = ?)")
                eparams += [*ids, *ids, f.actor.lower(), f.actor.lower()]
            where.append(f"EXISTS (SELECT 1 FROM events ev WHERE {cond})")
            params += eparams
        return " AND ".join(where), params

    @staticmethod
    def _marks(values: Sequence[Any]) -> str:
        return ", ".join("?" for _ in values)

    def _publication_id(self, value: str) -> str:
        row = self._one("SELECT id FROM publications WHERE id = ? OR lower(name) = ?", (value, value.lower()))
        return str(row[0]) if row else slug(value)

    def _speaker_ids(self, value: str) -> list[str]:
        """Speaker ids for an id or a name variant (never empty, so SQL ``IN`` stays valid)."""
        rows = self._all("SELECT id FROM speakers WHERE id = ? UNION"
                         " SELECT speaker_id FROM speaker_names WHERE lname = ?", (value, value.lower()))
        return [r[0] for r in rows] or [value]

    def _entity_ids(self, value: str) -> list[str]:
        rows = self._all("SELECT id FROM entities WHERE id = ? UNION"
                         " SELECT entity_id FROM entity_names WHERE lname = ?", (value, value.lower()))
        return [r[0] for r in rows] or [value]

    def _facets(self, matched: str, params: list[Any], kind: str) -> dict[str, list[Facet]]:
        """Facet counts over the matches; `matched` is SQL selecting (id, publication_id, date)."""
        out: dict[str, list[Facet]] = {}
        join = self._ordered_join
        # Publications and years in one pass over the matches.
        publications: dict[str, int] = defaultdict(int)
        years: dict[str, int] = defaultdict(int)
        for pub_id, year, n in self._all(f"SELECT m.publication_id, substr(m.date, 1, 4), count(*)"
                                         f" FROM ({matched}) m GROUP BY 1, 2", params):
            publications[pub_id] += n
            if year:
                years[year] += n
        ids = list(publications)
        names = {r[0]: r[1] for r in self._all(
            f"SELECT id, name FROM publications WHERE id IN ({self._marks(ids)})", ids)} if ids else {}
        top = sorted(publications.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
        out["publication"] = [Facet(pid, names.get(pid, pid), n) for pid, n in top]
        out["year"] = [Facet(y, y, n) for y, n in sorted(years.items(), reverse=True)[:50]]
        if kind == "quotes":
            out["speaker"] = [Facet(r[0], r[1], r[2]) for r in self._all(
                f"SELECT s.id, s.name, c.n FROM (SELECT q.speaker_id AS id, count(*) AS n FROM ({matched}) m"
                f" {join} quotes q ON q.id = m.id WHERE q.speaker_id IS NOT NULL GROUP BY q.speaker_id) c"
                f" {join} speakers s ON s.id = c.id ORDER BY c.n DESC, s.id LIMIT 20", params)]
            return out
        out["speaker"] = [Facet(r[0], r[1], r[2]) for r in self._all(
            "SELECT s.id, s.name, c.n FROM (SELECT q.speaker_id AS id, count(DISTINCT q.article_id) AS n"
            f" FROM ({matched}) m {join} quotes q ON q.article_id = m.id WHERE q.speaker_id IS NOT NULL"
            f" GROUP BY q.speaker_id) c {join} speakers s ON s.id = c.id ORDER BY c.n DESC, s.id LIMIT 20",
            params)]
        out["entity"] = [Facet(r[0], r[1], r[2]) for r in self._all(
            "SELECT e.id, e.name, c.n FROM (SELECT mm.entity_id AS id, count(*) AS n"
            f" FROM ({matched}) m {join} mentions mm ON mm.article_id = m.id GROUP BY mm.entity_id) c"
            f" {join} entities e ON e.id = c.id ORDER BY c.n DESC, e.id LIMIT 20", params)]
        return out

    # --- bulk export -----------------------------------------------------------------

    def iter_articles(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every article as flat JSON-ready data, in store order."""
        last = ""
        while True:
            rows = self._all(
                "SELECT a.id, a.page_id, a.issue_id, p.name, a.date, a.kicker, a.headline, a.deck, a.byline,"
                " a.body, a.bio, a.quote_count FROM articles a JOIN publications p ON p.id = a.publication_id"
                " WHERE a.id > ? ORDER BY a.id LIMIT ?", (last, batch))
            if not rows:
                return
            for r in rows:
                yield {"id": r[0], "page_id": r[1], "issue_id": r[2], "publication": r[3],
                       "date": _date(r[4]), "kicker": r[5], "headline": r[6], "deck": r[7], "byline": r[8],
                       "text": r[9], "bio": r[10], "quotes": r[11]}
            last = rows[-1][0]

    def iter_quotes(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        last = ""
        while True:
            rows = self._all(f"SELECT {self._QUOTE}{self._QUOTE_FROM} WHERE q.id > ? ORDER BY q.id LIMIT ?",
                             (last, batch))
            if not rows:
                return
            for r in rows:
                q = self._quote(r)
                yield {"id": q.id, "article_id": q.article_id, "headline": q.headline,
                       "publication": q.publication, "date": q.date, "speaker_id": q.speaker_id,
                       "speaker": q.speaker, "speaker_title": q.speaker_title, "kind": q.kind,
                       "cue": q.cue, "text": q.text, "start": q.start, "end": q.end}
            last = rows[-1][0]

    def iter_entities(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        last = ""
        while True:
            rows = self._all(
                "SELECT e.id, e.name, e.label, e.article_count, e.mention_count, e.first_date, e.last_date,"
                " (SELECT count(*) FROM speakers s WHERE s.id = e.id) FROM entities e WHERE e.id > ?"
                " ORDER BY e.id LIMIT ?", (last, batch))
            if not rows:
                return
            for r in rows:
                yield {"id": r[0], "name": r[1], "label": r[2], "articles": r[3], "mentions": r[4],
                       "first_date": r[5], "last_date": r[6], "speaker": bool(r[7])}
            last = rows[-1][0]


class _AlreadyStored(Exception):
    """Raised inside `add_page`'s transaction to roll it back when the input is known."""


def _contains(text: str) -> str:
    """A LIKE pattern for "contains `text`", its own % and _ taken literally (ESCAPE '\\')."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

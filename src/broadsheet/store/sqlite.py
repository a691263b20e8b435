"""The embedded store: one SQLite file, FTS5 indexes kept in step by triggers.

The FTS tables are external-content indexes over `articles` and `quotes`
(the text is stored once), with the Porter stemmer so "talks" finds "talk",
as PostgreSQL's english configuration does.  WAL mode lets the web server
read while an ingest writes; a killed writer leaves only a WAL tail that the
next open rolls back.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import query as querylang
from .base import Filters, Store, StoreError
from .rows import tag
from .schema import TABLES_V1
from .views import MARK_CLOSE, MARK_OPEN, Hit, SearchResult, split_marks

_TOKENIZER = "porter unicode61 remove_diacritics 2"

#: SQLite's full-text indexes for schema version 1.  They are external-content tables (the text
#: is stored once, in `articles` and `quotes`); rows are indexed by `_fts_index` in the same
#: transaction (one INSERT…SELECT per input, much faster than a per-row trigger) and
#: un-indexed by the delete triggers.
FTS_V1 = [
    f"CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, body, tags, content='articles',"
    f" content_rowid='n', tokenize='{_TOKENIZER}')",
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts"
    " (articles_fts, rowid, headline, deck, body, tags) VALUES ('delete', old.n, old.headline, old.deck,"
    " old.body, old.tags); END",
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='n',"
    f" tokenize='{_TOKENIZER}')",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts"
    " (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.n, old.text, old.speaker_name); END",
]

def _month_tokens(lo: str, hi: str) -> list[str] | None:
    """Year tokens for the years inside [lo, hi], month tokens for the partial ones (None: too wide)."""
    if len(lo) < 7 or len(hi) < 7 or not (lo[:4].isdigit() and hi[:4].isdigit()):
        return None
    first, last = (int(lo[:4]), int(lo[5:7])), (int(hi[:4]), int(hi[5:7]))
    if last[0] - first[0] > 200:
        return None
    tokens: list[str] = []
    for year in range(first[0], last[0] + 1):
        start = first[1] if year == first[0] else 1
        end = last[1] if year == last[0] else 12
        if start == 1 and end == 12:
            tokens.append(f"y{year}")
        else:
            tokens.extend(f"m{year}{month:02d}" for month in range(start, end + 1))
    return tokens


_memory_ids = itertools.count()
_savepoints = itertools.count()


def sqlite_path(address: str) -> str:
    """The file of a ``sqlite:///path`` or plain-path address."""
    for prefix in ("sqlite:///", "sqlite://"):
        if address.startswith(prefix):
            return address[len(prefix):] or ":memory:"
    return address


class SQLiteStore(Store):
    """The store in one SQLite file (``:memory:`` for a private in-memory store)."""

    backend = "sqlite"

    def __init__(self, address: str) -> None:
        path = sqlite_path(address)
        if path == ":memory:":
            self._uri = f"file:broadsheet-memory-{os.getpid()}-{next(_memory_ids)}?mode=memory&cache=shared"
            self._keeper: sqlite3.Connection | None = sqlite3.connect(self._uri, uri=True)
        else:
            target = Path(path)
            if target.is_dir():
                raise StoreError(f"{path}: is a directory, not a store file")
            if not target.parent.exists():
                raise StoreError(f"{path}: folder {target.parent} does not exist")
            self._uri = target.resolve().as_uri()
            self._keeper = None
        self.path = path
        try:
            super().__init__(address)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a broadsheet store ({exc})") from None

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=60)
            conn.execute("PRAGMA busy_timeout = 60000")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -32768")  # 32 MB a connection; one per thread
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        if conn.in_transaction:  # inside `batch`: a savepoint keeps this input all-or-nothing
            name = f"input_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT may leave it open: roll back, never half-kept
                conn.execute("ROLLBACK")
            raise

    def _migrations(self) -> list[list[str]]:
        return [[*TABLES_V1, *FTS_V1]]

    def _fts_mark(self) -> tuple[int, int]:
        row = self._one("SELECT (SELECT COALESCE(max(n), 0) FROM articles),"
                        " (SELECT COALESCE(max(n), 0) FROM quotes)")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def _fts_index(self, mark: tuple[int, int]) -> None:
        self._exec("INSERT INTO articles_fts (rowid, headline, deck, body, tags) SELECT n, headline, deck,"
                   " body, tags FROM articles WHERE n > ?", (mark[0],))
        self._exec("INSERT INTO quotes_fts (rowid, text, speaker_name) SELECT n, text, speaker_name"
                   " FROM quotes WHERE n > ?", (mark[1],))

    def close(self) -> None:
        super().close()
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None

    # --- full-text search -------------------------------------------------------------
    #
    # Ranking every match of a very common word costs ~3 µs a match, and joining each to its
    # article row to filter or count facets ~5 µs: 200+ ms for 40k matches.  So hits are ranked,
    # and facets counted, among the newest SEARCH_WINDOW (500) matches (found in rowid order, which
    # FTS5 walks without scoring); below that size, among all of them.  The total stays exact
    # when it is cheap (no filters); otherwise it is a lower bound (`total_exact` false).

    _ordered_join = "CROSS JOIN"
    SEARCH_WINDOW = 500

    def _match(self, sql: str, params: list[Any], query: str) -> list[Any]:
        try:
            return self._all(sql, params)
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "MATCH" in str(exc):
                raise querylang.QueryError(query, f"the search index refused it ({exc})") from None
            raise

    def _filter_tokens(self, f: Filters) -> str:
        """The filters as an FTS5 expression over the `tags` column (rows.tag), so that the index
        skips what the filters exclude instead of joining every match; SQL still checks exactly."""
        groups: list[list[str]] = []
        if f.publication:
            groups.append([tag("p", self._publication_id(f.publication))])
        if f.speaker:
            groups.append([tag("s", i) for i in self._speaker_ids(f.speaker)])
        if f.entity:
            groups.append([tag("e", i) for i in self._entity_ids(f.entity)])
        if f.event_type:
            groups.append([tag("t", f.event_type.upper())])
        if f.date_from or f.date_to:
            span = self._one("SELECT min(date), max(date) FROM articles WHERE date <> ''")
            months = _month_tokens(f.date_from or (span[0] if span else None) or "",
                                   f.date_to or (span[1] if span else None) or "")
            if months is not None:
                groups.append(months or ["y0000"])
        return " AND ".join("tags : (" + " OR ".join(f'"{t}"' for t in group) + ")" for group in groups)

    def _search(self, kind: str, fts: querylang.Query, filters: Filters, where: str, params: list[Any],
                limit: int, offset: int, facets: bool) -> SearchResult:
        match = text_match = querylang.to_fts5(fts)
        filtered = where != "1=1"
        if kind == "articles":
            text_match = "{headline deck body} : (" + match + ")"
            tokens = self._filter_tokens(filters) if filtered else ""
            match = text_match + (f" AND {tokens}" if tokens else "")
        if kind == "articles":
            table, key = "articles_fts", "a"
            joins = " CROSS JOIN articles a ON a.n = articles_fts.rowid"
        else:
            table, key = "quotes_fts", "q"
            joins = (" CROSS JOIN quotes q ON q.n = quotes_fts.rowid"
                     " CROSS JOIN articles a ON a.id = q.article_id")
        source = f" FROM {table}{joins if filtered else ''}"
        cond = f" WHERE {table} MATCH ?" + (f" AND {where}" if filtered else "")
        args = [match, *params]
        newest = [r[0] for r in self._match(f"SELECT {table}.rowid{source}{cond} ORDER BY {table}.rowid DESC"
                                            " LIMIT ?", [*args, self.SEARCH_WINDOW], match)]
        found, cutoff = len(newest), newest[-1] if newest else 0
        if not found:
            return SearchResult("", kind, 0, [], {}, ranked=0)
        total, exact = found, True
        if found >= self.SEARCH_WINDOW:
            if filtered:
                exact = False
            else:
                count = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
                total = self._match(count, [match], match)[0][0]
        # Rank the window: score the index's matches from the cutoff on (no join), keep the window's.
        weights = "10.0, 4.0, 1.0, 0.0" if kind == "articles" else "1.0, 2.0"
        members = set(newest)
        scored = [r for r in self._match(
            f"SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {table} MATCH ? AND rowid >= ?",
            [match, cutoff], match) if r[0] in members]
        scored.sort(key=lambda r: (r[1], -r[0]))
        ranked = scored[offset:offset + limit]
        hits = self._hits(kind, table, text_match, ranked)
        values = {}
        if facets:  # over the window's rows, by rowid: no second pass through the index
            values = self._facets(f"SELECT {key}.id, {key}.publication_id, {key}.date FROM"
                                  f" {'articles' if kind == 'articles' else 'quotes'} {key}"
                                  f" WHERE {key}.n IN ({self._marks(newest)})", newest, kind)
        return SearchResult("", kind, int(total), hits, values, total_exact=exact, ranked=int(found))

    def _hits(self, kind: str, table: str, match: str, ranked: list[Any]) -> list[Hit]:
        """The ranked rows as hits, with their records and snippets (made for these rows only)."""
        if not ranked:
            return []
        ns = [r[0] for r in ranked]
        marks = self._marks(ns)
        column, tokens = (-1, 24) if kind == "articles" else (0, 32)
        snippets = dict(self._match(
            f"SELECT rowid, snippet({table}, {column}, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {tokens})"
            f" FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? AND rowid IN ({marks})",
            [match, min(ns), max(ns), *ns], match))
        if kind == "articles":
            rows = {r[0]: r for r in self._all(
                "SELECT a.n, a.id, a.id, a.headline, p.name, a.date, NULL, NULL FROM articles a"
                f" JOIN publications p ON p.id = a.publication_id WHERE a.n IN ({marks})", ns)}
        else:
            rows = {r[0]: r for r in self._all(
                "SELECT q.n, q.id, q.article_id, a.headline, p.name, q.date, s.name, q.speaker_id"
                " FROM quotes q JOIN articles a ON a.id = q.article_id"
                " JOIN publications p ON p.id = q.publication_id"
                f" LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.n IN ({marks})", ns)}
        hits = []
        for n, score in ranked:
            r = rows[n]
            snippet, spans = split_marks(snippets.get(n) or "")
            hits.append(Hit(kind[:-1], r[1], r[2], r[3], r[4], r[5] or None, snippet, spans, -float(score),
                            r[6], r[7]))
        return hits

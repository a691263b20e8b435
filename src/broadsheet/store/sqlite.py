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
from .base import Store, StoreError
from .schema import TABLES_V1
from .views import MARK_CLOSE, MARK_OPEN, Facet, Hit, split_marks

_TOKENIZER = "porter unicode61 remove_diacritics 2"

#: SQLite's full-text indexes for schema version 1.  They are external-content tables (the text
#: is stored once, in `articles` and `quotes`); rows are indexed by `_fts_index` in the same
#: transaction (one INSERT…SELECT per input, much faster than a per-row trigger) and
#: un-indexed by the delete triggers.
FTS_V1 = [
    f"CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, body, content='articles',"
    f" content_rowid='n', tokenize='{_TOKENIZER}')",
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts"
    " (articles_fts, rowid, headline, deck, body) VALUES ('delete', old.n, old.headline, old.deck,"
    " old.body); END",
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='n',"
    f" tokenize='{_TOKENIZER}')",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts"
    " (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.n, old.text, old.speaker_name); END",
]

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
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("PRAGMA temp_store = MEMORY")
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
        conn.execute("COMMIT")

    def _migrations(self) -> list[list[str]]:
        return [[*TABLES_V1, *FTS_V1]]

    def _fts_mark(self) -> tuple[int, int]:
        row = self._one("SELECT (SELECT COALESCE(max(n), 0) FROM articles),"
                        " (SELECT COALESCE(max(n), 0) FROM quotes)")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def _fts_index(self, mark: tuple[int, int]) -> None:
        self._exec("INSERT INTO articles_fts (rowid, headline, deck, body) SELECT n, headline, deck, body"
                   " FROM articles WHERE n > ?", (mark[0],))
        self._exec("INSERT INTO quotes_fts (rowid, text, speaker_name) SELECT n, text, speaker_name"
                   " FROM quotes WHERE n > ?", (mark[1],))

    def close(self) -> None:
        super().close()
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None

    # --- full-text search -------------------------------------------------------------

    def _match(self, sql: str, params: list[Any], query: str) -> list[Any]:
        try:
            return self._all(sql, params)
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "MATCH" in str(exc):
                raise querylang.QueryError(query, f"the search index refused it ({exc})") from None
            raise

    def _search_articles(self, fts: querylang.Query, where: str, params: list[Any], limit: int,
                         offset: int, facets: bool) -> tuple[int, list[Hit], dict[str, list[Facet]]]:
        match = querylang.to_fts5(fts)
        joins = " FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid"
        cond = f" WHERE articles_fts MATCH ? AND {where}"
        args = [match, *params]
        total = int(self._match(f"SELECT count(*){joins}{cond}", args, match)[0][0])
        rows = self._match(
            f"SELECT a.id, a.headline, p.name, a.date, snippet(articles_fts, -1, '{MARK_OPEN}',"
            f" '{MARK_CLOSE}', '…', 24), bm25(articles_fts, 10.0, 4.0, 1.0) AS score{joins}"
            f" JOIN publications p ON p.id = a.publication_id{cond} ORDER BY score LIMIT ? OFFSET ?",
            [*args, limit, offset], match)
        hits = []
        for r in rows:
            snippet, spans = split_marks(r[4] or "")
            hits.append(Hit("article", r[0], r[0], r[1], r[2], r[3] or None, snippet, spans, -float(r[5])))
        values = {}
        if facets and total:
            values = self._facets(f"SELECT a.id, a.publication_id, a.date{joins}{cond}", args, "articles")
        return total, hits, values

    def _search_quotes(self, fts: querylang.Query, where: str, params: list[Any], limit: int,
                       offset: int, facets: bool) -> tuple[int, list[Hit], dict[str, list[Facet]]]:
        match = querylang.to_fts5(fts)
        joins = (" FROM quotes_fts JOIN quotes q ON q.n = quotes_fts.rowid"
                 " JOIN articles a ON a.id = q.article_id")
        cond = f" WHERE quotes_fts MATCH ? AND {where}"
        args = [match, *params]
        total = int(self._match(f"SELECT count(*){joins}{cond}", args, match)[0][0])
        rows = self._match(
            f"SELECT q.id, q.article_id, a.headline, p.name, q.date, snippet(quotes_fts, 0, '{MARK_OPEN}',"
            f" '{MARK_CLOSE}', '…', 32), bm25(quotes_fts, 1.0, 2.0) AS score, s.name, q.speaker_id{joins}"
            " JOIN publications p ON p.id = q.publication_id LEFT JOIN speakers s ON s.id = q.speaker_id"
            f"{cond} ORDER BY score LIMIT ? OFFSET ?", [*args, limit, offset], match)
        hits = []
        for r in rows:
            snippet, spans = split_marks(r[5] or "")
            hits.append(Hit("quote", r[0], r[1], r[2], r[3], r[4] or None, snippet, spans, -float(r[6]),
                            r[7], r[8]))
        values = {}
        if facets and total:
            values = self._facets(f"SELECT q.id, q.publication_id, q.date{joins}{cond}", args, "quotes")
        return total, hits, values

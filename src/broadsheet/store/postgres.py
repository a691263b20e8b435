"""The shared-server store: PostgreSQL, with its own full-text search.

Same tables as SQLite (`schema.TABLES_V1`); the search index is a stored,
generated ``tsvector`` per article and per quote (english configuration,
headline weighted over body) with GIN indexes, queried with a tsquery built
from the parsed query (`tsquery_sql`) and ranked with ``ts_rank_cd``;
snippets are cut around the first stemmed match (`snippet`).  Each input is
written in one transaction, so a client killed mid-ingest leaves nothing
behind: the server rolls it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import query as querylang
from .base import Filters, Store, StoreError
from .schema import TABLES_V1
from .views import MARK_CLOSE, MARK_OPEN, Hit, SearchResult, split_marks

FTS_V1 = [
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') ||"
    " setweight(to_tsvector('english'::regconfig, coalesce(deck, '')), 'B') ||"
    " setweight(to_tsvector('english'::regconfig, body), 'C')) STORED",
    "CREATE INDEX articles_fts ON articles USING gin (tsv)",
    "ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, text), 'A') ||"
    " setweight(to_tsvector('english'::regconfig, coalesce(speaker_name, '')), 'B')) STORED",
    "CREATE INDEX quotes_fts ON quotes USING gin (tsv)",
]



def tsquery_sql(parsed: querylang.Query) -> tuple[str, list[str]]:
    """A tsquery expression (SQL with ``?`` parameters) for a parsed query: the english
    configuration stems every word as it stemmed the text; ``word*`` becomes a prefix match."""
    groups: list[str] = []
    params: list[str] = []
    for group in parsed:
        terms: list[str] = []
        for term in group:
            prefix = re.sub(r"\W+", "", term.text) if term.prefix else ""
            if prefix:
                expr = "to_tsquery('english', ?)"
                params.append(prefix + ":*")
            elif term.phrase:
                expr = "phraseto_tsquery('english', ?)"
                params.append(term.text)
            else:
                expr = "plainto_tsquery('english', ?)"
                params.append(term.text)
            terms.append(f"(!! {expr})" if term.negated else expr)
        groups.append("(" + " && ".join(terms) + ")")
    return "(" + " || ".join(groups) + ")", params


def snippet(text: str, stems: list[str], words: int = 40) -> str:
    """About `words` words of `text` around the first word starting with a query stem, the matching
    words marked (``ts_headline`` parses the whole text and costs a millisecond an article)."""
    if not stems:
        return " ".join(text.split()[:words])
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
                         + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = 0
    if first:
        before = text.rfind(" ", 0, max(0, first.start() - 120))
        start = before + 1 if before >= 0 else 0
    tokens = text[start:].split(" ")
    piece = " ".join(tokens[:words])
    marked = pattern.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", piece)
    return ("…" if start else "") + marked + ("…" if len(tokens) > words else "")


def _postgres_ddl(statement: str) -> str:
    identity = "n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    statement = statement.replace("n INTEGER PRIMARY KEY", identity)
    return statement.replace(" WITHOUT ROWID", "")


def _redact(address: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", address)


class PostgresStore(Store):
    """The store in a PostgreSQL database given by a ``postgresql://`` URL."""

    backend = "postgresql"
    _least = "LEAST"
    _greatest = "GREATEST"

    def __init__(self, address: str) -> None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL support needs psycopg (pip install 'psycopg[binary]')") from None
        self._psycopg = psycopg
        super().__init__(address)

    def _connect(self) -> Any:
        try:
            return self._psycopg.connect(self.address, autocommit=True, connect_timeout=10)
        except self._psycopg.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to {_redact(self.address)}: {message}") from None

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self.conn.transaction():
            yield self.conn

    def _lock_schema(self) -> None:
        self._exec("SELECT pg_advisory_xact_lock(7346001)")

    def _migrations(self) -> list[list[str]]:
        return [[*(_postgres_ddl(s) for s in TABLES_V1), *FTS_V1]]

    # --- full-text search -------------------------------------------------------------

    #: As on SQLite: hits are ranked, and facets counted, among the newest SEARCH_WINDOW matches,
    #: so that a common word costs one index scan, not a rank and a join per match.
    SEARCH_WINDOW = 500

    def _search(self, kind: str, fts: querylang.Query, filters: Filters, where: str, params: list[Any],
                limit: int, offset: int, facets: bool) -> SearchResult:
        """GIN index scan for the newest matches; ``ts_rank_cd`` ranks them; exact total."""
        tsq, qparams = tsquery_sql(fts)
        if kind == "articles":
            table, source, key, text = "articles", " FROM articles a", "a", "body"
        else:
            table, source, key, text = ("quotes", " FROM quotes q JOIN articles a ON a.id = q.article_id",
                                        "q", "text")
        cond = f" WHERE {key}.tsv @@ {tsq} AND {where}"
        args = [*qparams, *params]
        found = self._all(f"SELECT {key}.n, count(*) OVER (){source}{cond} ORDER BY {key}.n DESC LIMIT ?",
                          [*args, self.SEARCH_WINDOW])  # the newest matches and the total, in one scan
        if not found:
            return SearchResult("", kind, 0, [], {}, ranked=0)
        newest, total = [r[0] for r in found], int(found[0][1])
        window = f" FROM {table} {key} WHERE {key}.n IN ({self._marks(newest)})"
        rows = self._all(
            f"SELECT {key}.id, {key}.{text}, ts_rank_cd({key}.tsv, {tsq}) AS score{window}"
            f" ORDER BY score DESC, {key}.id LIMIT ? OFFSET ?", [*qparams, *newest, limit, offset])
        words = " ".join(t.text for group in fts for t in group if not t.negated)
        stems = [r[0] for r in self._all("SELECT lexeme FROM unnest(to_tsvector('english', ?))", [words])]
        size = 40 if kind == "articles" else 80
        hits = self._hits(kind, [(r[0], snippet(r[1] or "", stems, size), r[2]) for r in rows])
        values = {}
        if facets:
            values = self._facets(f"SELECT {key}.id, {key}.publication_id, {key}.date{window}", newest, kind)
        return SearchResult("", kind, total, hits, values, ranked=len(newest))

    def _hits(self, kind: str, ranked: list[Any]) -> list[Hit]:
        if not ranked:
            return []
        ids = [r[0] for r in ranked]
        marks = self._marks(ids)
        if kind == "articles":
            rows = {r[0]: r for r in self._all(
                "SELECT a.id, a.id, a.headline, p.name, a.date, NULL, NULL FROM articles a"
                f" JOIN publications p ON p.id = a.publication_id WHERE a.id IN ({marks})", ids)}
        else:
            rows = {r[0]: r for r in self._all(
                "SELECT q.id, q.article_id, a.headline, p.name, q.date, s.name, q.speaker_id FROM quotes q"
                " JOIN articles a ON a.id = q.article_id JOIN publications p ON p.id = q.publication_id"
                f" LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id IN ({marks})", ids)}
        hits = []
        for rid, marked, score in ranked:
            r = rows[rid]
            snippet, spans = split_marks(marked or "")
            hits.append(Hit(kind[:-1], r[0], r[1], r[2], r[3], r[4] or None, snippet, spans, float(score),
                            r[5], r[6]))
        return hits

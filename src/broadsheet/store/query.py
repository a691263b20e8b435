"""The search query language, the same on both backends, checked before any SQL runs.

    words             all of them (stemmed: "talks" finds "talk")
    "a phrase"        these words in this order
    a OR b            either
    -word, NOT word   without it
    prefix*           words that start with it

A malformed query raises `QueryError` with a message for people, never an SQL error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BroadsheetError

HELP = 'use words, "a phrase", a OR b, -word (or NOT word), prefix*'


class QueryError(BroadsheetError):
    """A search query that cannot be understood."""

    def __init__(self, query: str, problem: str) -> None:
        self.query = query
        self.problem = problem
        super().__init__(f"bad search query {query!r}: {problem} ({HELP})")


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


#: A parsed query: alternatives (OR) of conjunctions of terms.
Query = list[list[Term]]

_TOKEN = re.compile(r'\s*(?:(")|(\()|(\))|([^\s"()]+))')
_WORD = re.compile(r"\w", re.UNICODE)


def parse(query: str) -> Query:
    """Parse `query` into OR-groups of terms, or raise `QueryError`."""
    if not query.strip():
        raise QueryError(query, "it is empty")
    groups: Query = [[]]
    negate = False
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
        quote, open_paren, close_paren, word = match.groups()
        if open_paren or close_paren:
            raise QueryError(query, "parentheses are not supported")
        if quote:
            end = query.find('"', pos)
            if end < 0:
                raise QueryError(query, "a quotation mark is not closed")
            words = query[pos:end].strip()
            pos = end + 1
            if not _WORD.search(words):
                raise QueryError(query, "an empty phrase")
            groups[-1].append(Term(" ".join(words.split()), phrase=True, negated=negate))
            negate = False
            continue
        if word == "OR":
            if negate or not groups[-1]:
                raise QueryError(query, "OR needs a word on each side")
            groups.append([])
            continue
        if word == "AND":
            if negate or not groups[-1]:
                raise QueryError(query, "AND needs a word on each side")
            continue
        if word == "NOT" or word == "-":
            if negate:
                raise QueryError(query, "NOT twice")
            negate = True
            continue
        if word.startswith("-") and len(word) > 1:
            if negate:
                raise QueryError(query, "NOT twice")
            negate, word = True, word[1:]
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if "*" in core:
            raise QueryError(query, "* goes at the end of a word")
        if not _WORD.search(core):
            raise QueryError(query, f"{word!r} is not a word")
        groups[-1].append(Term(core, prefix=prefix, negated=negate))
        negate = False
    if negate:
        raise QueryError(query, "NOT needs a word after it")
    if not groups[-1]:
        raise QueryError(query, "OR needs a word on each side")
    for group in groups:
        if all(term.negated for term in group):
            raise QueryError(query, "a query cannot only exclude words")
    return groups


def _fts5_term(term: Term) -> str:
    quoted = '"' + term.text.replace('"', '""') + '"'
    return quoted + ("*" if term.prefix else "")


def to_fts5(parsed: Query) -> str:
    """The query in SQLite FTS5 syntax; every word is quoted so punctuation is never syntax."""
    out: list[str] = []
    for group in parsed:
        positive = [t for t in group if not t.negated]
        expr = " AND ".join(_fts5_term(t) for t in positive)
        for term in group:
            if term.negated:
                expr = f"({expr}) NOT {_fts5_term(term)}"
        out.append(f"({expr})")
    return " OR ".join(out)

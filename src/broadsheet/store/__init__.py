"""Keep and find: the store of everything read, on SQLite (default) or PostgreSQL.

    from broadsheet.store import open_store
    with open_store("broadsheet.db") as store:        # or "postgresql://user@host/db"
        store.add_page(broadsheet.read("page.txt"))
        result = store.search("ceasefire", Filters(speaker="Lavrov"))

`Store` documents the read API; `views` holds the records it returns.
"""

from __future__ import annotations

from ..config import Settings
from .base import Filters, Store, StoreError
from .query import QueryError
from .views import (
    ArticleSummary,
    Counts,
    EntitySummary,
    EntityView,
    EventView,
    Facet,
    Hit,
    IssueSummary,
    Mention,
    Paged,
    Publication,
    QuoteView,
    SearchResult,
    SpeakerSummary,
    SpeakerView,
    StoredArticle,
    StoredPage,
)

__all__ = [
    "ArticleSummary", "Counts", "EntitySummary", "EntityView", "EventView", "Facet", "Filters", "Hit",
    "IssueSummary", "Mention", "Paged", "Publication", "QueryError", "QuoteView", "SearchResult",
    "SpeakerSummary", "SpeakerView", "Store", "StoreError", "StoredArticle", "StoredPage", "open_store",
]


def is_postgres(address: str) -> bool:
    return address.startswith(("postgresql://", "postgres://"))


def open_store(address: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `address`.

    `address` is a SQLite file path (default: the ``BROADSHEET_DB`` setting,
    ``broadsheet.db``) or a ``postgresql://`` URL.
    """
    address = address or Settings().database
    if is_postgres(address):
        from .postgres import PostgresStore

        return PostgresStore(address)
    from .sqlite import SQLiteStore

    return SQLiteStore(address)

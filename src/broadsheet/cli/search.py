"""`broadsheet search "QUERY"`: ranked articles or quotations with highlighted snippets."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from ..store import Filters, SearchResult, open_store
from ..store.query import HELP
from .read import iso_date, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("search", help="search the store's articles or quotations",
                              description=f"Full-text search of the store. Query: {HELP}.")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--kind", choices=["articles", "quotes"], default="articles")
    p.add_argument("--speaker", help="said by this person (name or id)")
    p.add_argument("--entity", help="mentioning this entity (name or id)")
    p.add_argument("--publication", help="in this publication (name or id)")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE", help="on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="on or before YYYY-MM-DD")
    p.add_argument("--event-type", help="with an event of this PLOVER type (e.g. CONSULT)")
    p.add_argument("--actor", help="with an event whose source or target is this entity")
    p.add_argument("--limit", type=positive_int, default=10, metavar="N")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $BROADSHEET_DB or broadsheet.db)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    filters = Filters(speaker=args.speaker, entity=args.entity, publication=args.publication,
                      date_from=args.date_from, date_to=args.date_to, event_type=args.event_type,
                      actor=args.actor)
    with open_store(args.db) as store:
        result = store.search(args.query, filters, kind=args.kind, limit=args.limit,
                              facets=args.format == "json")
    if args.format == "json":
        sys.stdout.write(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2) + "\n")
    else:
        _table(result)
    return 0


def _table(result: SearchResult) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(title=f"{result.total} {result.kind} match {result.query!r}", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("date")
    table.add_column("where")
    table.add_column("speaker" if result.kind == "quotes" else "headline")
    table.add_column("snippet")
    for n, hit in enumerate(result.hits, 1):
        snippet = Text(" ".join(hit.snippet.split("\n")))
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        who = hit.speaker or "" if result.kind == "quotes" else hit.headline or ""
        table.add_row(str(n), hit.date or "", hit.publication, Text(who), snippet)
    console.print(table)
    console.print(f"ids: {' '.join(h.id for h in result.hits)}", highlight=False, soft_wrap=True)

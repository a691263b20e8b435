"""`broadsheet export`: articles, quotes or entities of the store as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys

from ..errors import BroadsheetError
from ..store import open_store
from ..store.export import FORMATS, write_csv, write_jsonl, write_parquet


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("export", help="export articles, quotes or entities (jsonl, csv, parquet)",
                              description="Export the store's articles, quotes or entities.")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--kind", choices=["articles", "quotes", "entities"], default="articles")
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $BROADSHEET_DB or broadsheet.db)")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of standard output "
                   "(required for parquet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise BroadsheetError("--format parquet writes a binary file: give it with --output PATH")
    with open_store(args.db) as store:
        if args.format == "parquet":
            try:
                n = write_parquet(store, args.kind, args.output)
            except OSError as exc:
                raise BroadsheetError(f"{args.output}: {exc.strerror or exc}") from None
        else:
            write = write_jsonl if args.format == "jsonl" else write_csv
            if args.output:
                try:
                    with open(args.output, "w", encoding="utf-8", newline="") as out:
                        n = write(store, args.kind, out)
                except OSError as exc:
                    raise BroadsheetError(f"{args.output}: {exc.strerror or exc}") from None
            else:
                n = write(store, args.kind, sys.stdout)
    print(f"exported {n} {args.kind}", file=sys.stderr)
    return 0

"""`broadsheet ingest PATH...`: read files, folders and globs into the store, on every core."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..parallel import IngestReport, ingest
from ..pipeline import ReadOptions
from ..store import open_store
from .read import iso_date, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "ingest",
        help="read pages (files, folders, globs) into the store, in parallel",
        description="Read newspaper inputs into the store. Inputs already stored (same content) are "
                    "skipped; a failed input is reported and never stops the rest.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (searched recursively) or globs")
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $BROADSHEET_DB or broadsheet.db)")
    p.add_argument("--workers", type=positive_int, default=None, metavar="N",
                   help="worker processes (default: every core; 1 reads in this process)")
    p.add_argument("--dask", metavar="ADDRESS", help="run the readers on a Dask cluster (scheduler address)")
    p.add_argument("--date", type=iso_date, help="the issue date, YYYY-MM-DD, for inputs that lack one")
    p.add_argument("--publication", help="the publication's name, for inputs that lack one")
    p.add_argument("--no-nlp", dest="nlp", action="store_false",
                   help="skip quotations, entities and events (layout only)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    console = Console(stderr=True)
    options = ReadOptions(date=args.date, publication=args.publication, nlp=args.nlp)
    with open_store(args.db) as store:
        if args.quiet or not console.is_terminal:
            report = ingest(args.paths, store, options, workers=args.workers, dask=args.dask)
        else:
            report = _with_progress(args, store, options, console)
    _summary(report, console)
    return 1 if report.failures else 0


def _with_progress(args: argparse.Namespace, store: Any, options: ReadOptions, console: Any) -> IngestReport:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} pages/s"), TextColumn("{task.fields[failed]} failed"),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, failed=0)
        start = [0.0]

        def update(done: int, total: int, report: IngestReport) -> None:
            import time

            if not start[0]:
                start[0] = time.perf_counter()
            elapsed = time.perf_counter() - start[0]
            bar.update(task, completed=done, total=total, failed=len(report.failures),
                       rate=report.pages / elapsed if elapsed else 0.0)

        return ingest(args.paths, store, options, workers=args.workers, dask=args.dask, progress=update)


def _summary(report: IngestReport, console: Any) -> None:
    out = sys.stdout
    out.write(
        f"{report.inputs} inputs: {report.stored} stored, {report.skipped} already stored, "
        f"{len(report.failures)} failed; {report.pages} pages, {report.articles} articles, "
        f"{report.quotes} quotes in {report.seconds:.1f} s ({report.pages_per_second:.1f} pages/s)\n"
    )
    for path, warning in report.warnings[:20]:
        console.print(f"warning: {path}: {warning}", markup=False, highlight=False)
    if len(report.warnings) > 20:
        console.print(f"… and {len(report.warnings) - 20} more warnings", markup=False)
    for path, reason in report.failures:
        out.write(f"failed: {path}: {reason}\n")

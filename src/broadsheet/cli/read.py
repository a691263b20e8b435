"""`broadsheet read PATH...`: read pages and print their articles."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import BroadsheetError
from ..formats import page_markdown, page_text
from ..model import Page
from ..pipeline import ReadOptions, read_many
from ..schema import page_to_dict

#: The longest page range: more than any edition has, so that a typo such as
#: ``1-1000000000`` is an error, not a list that fills the memory.
MAX_RANGE = 10_000


def parse_pages(spec: str) -> list[int]:
    """``"1-4,7"`` → ``[1, 2, 3, 4, 7]``."""
    pages: list[int] = []
    try:
        for part in spec.split(","):
            part = part.strip()
            if "-" in part:
                lo, hi = (int(x) for x in part.split("-", 1))
                if lo > hi:
                    raise argparse.ArgumentTypeError(f"bad page range {part!r} (the first page comes first)")
                if hi - lo >= MAX_RANGE:
                    raise argparse.ArgumentTypeError(
                        f"page range {part!r} is too long (at most {MAX_RANGE} pages)")
                pages.extend(range(lo, hi + 1))
            elif part:
                pages.append(int(part))
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad page list {spec!r} (use e.g. 1-4,7)") from None
    if not pages or min(pages) < 1:
        raise argparse.ArgumentTypeError(f"bad page list {spec!r} (pages start at 1)")
    return pages


def positive_int(value: str) -> int:
    """A whole number of at least 1, for counts such as --workers and --limit."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return number


def iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {value!r} (use YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "read",
        help="read pages (text dumps, plain articles, PDFs, scans, ALTO, hOCR) into articles",
        description="Read newspaper pages and print their articles.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--format",
        choices=["json", "jsonl", "markdown", "text"],
        default=None,
        help="json for one input (default), jsonl for many; markdown/text for people",
    )
    p.add_argument("--date", type=iso_date, help="the issue date, YYYY-MM-DD")
    p.add_argument("--publication", help="the publication's name")
    p.add_argument("--pages", type=parse_pages, help="pages of a PDF to read, e.g. 1-4,7")
    p.add_argument("--mets", help="METS file with the library's article segmentation (ALTO)")
    p.add_argument(
        "--edition",
        action="store_true",
        help="the inputs are the pages of one edition, in order: print one result "
        "with stories that jump from page to page joined",
    )
    p.add_argument(
        "--no-nlp",
        dest="nlp",
        action="store_false",
        help="skip quotations, entities and events (layout only)",
    )
    p.set_defaults(func=run)


def _edition(args: argparse.Namespace, fmt: str) -> int:
    from ..pipeline import read_edition

    page = read_edition(
        args.paths,
        date=args.date,
        publication=args.publication,
        nlp=args.nlp,
        pages=args.pages,
        mets=args.mets,
    )
    for warning in page.warnings:
        print(f"broadsheet: warning: {warning}", file=sys.stderr)
    _write(page, fmt)
    return 0


def _write(page: Page, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(page_to_dict(page), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        sys.stdout.write(json.dumps(page_to_dict(page), ensure_ascii=False) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(page_markdown(page) + "\n")
    else:
        sys.stdout.write(page_text(page) + "\n")
    sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    if args.edition:
        return _edition(args, args.format or "json")
    fmt = args.format or ("json" if len(args.paths) == 1 else "jsonl")
    if fmt == "json" and len(args.paths) > 1:
        raise BroadsheetError("--format json takes one input; use --format jsonl for several")
    options = ReadOptions(
        date=args.date, publication=args.publication, pages=args.pages, nlp=args.nlp, mets=args.mets
    )
    failures = 0
    for name, result in read_many(args.paths, options):
        if isinstance(result, BroadsheetError):
            failures += 1
            print(f"broadsheet: error: {result}", file=sys.stderr)
            continue
        for warning in result.warnings:
            print(f"broadsheet: warning: {name}: {warning}", file=sys.stderr)
        _write(result, fmt)
    return 1 if failures else 0

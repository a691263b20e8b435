"""The `broadsheet` command.

Each subcommand is a module of this package with ``register(subparsers)``,
found at start-up, so a new command is a new file.  Errors that broadsheet
raises on purpose print one line and exit with status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import io
import pkgutil
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import BroadsheetError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broadsheet",
        description="Newspaper pages in; clean articles, quotations, entities and events out.",
    )
    parser.add_argument("--version", action="version", version=f"broadsheet {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def error(message: str) -> None:
    """Print one error line to stderr."""
    print(f"broadsheet: error: {message}", file=sys.stderr)


def _names_as_given() -> None:
    """Print a file name that is not UTF-8 as the bytes it is, as Python does in the C locale.

    Python decodes such a name with stand-ins (surrogates) that a strict UTF-8
    stdout refuses to print: one odd name in an archive would stop the output.
    """
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        sys.stdout.reconfigure(errors="surrogateescape")


def _store_failure(exc: Exception, args: argparse.Namespace) -> str | None:
    """The one line for a database error of a store command, or None for anything else.

    A damaged or foreign store, or a lost database server, is the user's to
    fix and needs no traceback; other exceptions are bugs and keep theirs.
    """
    import sqlite3

    if not hasattr(args, "db"):
        return None
    if not (isinstance(exc, sqlite3.Error) or type(exc).__module__.split(".")[0] == "psycopg"):
        return None
    from ..config import Settings
    from ..store.postgres import _redact

    detail = (str(exc).strip().splitlines() or [""])[0]
    return f"{_redact(args.db or Settings().database)}: the store failed: {type(exc).__name__}: {detail}"


def main(argv: Sequence[str] | None = None) -> int:
    _names_as_given()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except BroadsheetError as exc:
        error(str(exc))
        return 2
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:
        encoding = sys.stdout.encoding or "?"
        if encoding.lower().replace("-", "").replace("_", "") == "utf8":
            raise  # not the terminal's encoding: a bug, worth its traceback
        error(f"cannot print {exc.object[exc.start:exc.end]!r} in this output's encoding ({encoding}): "
              "set PYTHONIOENCODING=utf-8 or use a UTF-8 locale")
        return 2
    except Exception as exc:
        message = _store_failure(exc, args)
        if message is None:
            raise
        error(message)
        return 2
    return status

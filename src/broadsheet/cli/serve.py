"""`broadsheet serve`: the REST API (and the web reader, when installed) over the store."""

from __future__ import annotations

import argparse
import os


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve", help="serve the store over HTTP: JSON API at /api/ (docs at /api/docs), reader at /",
        description="Serve the store. Writes (POST /api/ingest) need the API token from "
                    "$BROADSHEET_API_TOKEN; without one the server is read-only.",
    )
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $BROADSHEET_DB or broadsheet.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--read-token-env", default="BROADSHEET_READ_TOKEN", metavar="VAR",
                   help="environment variable holding a token needed to read (unset: reads are open)")
    p.add_argument("--max-upload-mb", type=float, default=None, help="largest upload accepted")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app
    from ..config import Settings

    db = args.db or Settings().database
    token = os.environ.get("BROADSHEET_API_TOKEN") or None
    read_token = os.environ.get(args.read_token_env) or None
    max_bytes = int(args.max_upload_mb * 1e6) if args.max_upload_mb else None
    app = create_app(db, token=token, read_token=read_token, max_upload_bytes=max_bytes)
    writes = "writes need the API token" if token else "read-only: set BROADSHEET_API_TOKEN to allow uploads"
    print(f"broadsheet: serving {db} at http://{args.host}:{args.port}/ (API docs: /api/docs; {writes})",
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0

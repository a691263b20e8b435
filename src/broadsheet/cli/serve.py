"""`broadsheet serve`: the REST API (and the web reader, when installed) over the store."""

from __future__ import annotations

import argparse
import math
import os
import socket

from ..errors import BroadsheetError


def port_number(value: str) -> int:
    """A TCP port, 1 to 65535."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range (1 to 65535)")
    return port


def megabytes(value: str) -> float:
    """A size in megabytes, more than 0."""
    try:
        size = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not math.isfinite(size) or size <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be a number of megabytes above 0")
    return size


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve", help="serve the store over HTTP: JSON API at /api/ (docs at /api/docs), reader at /",
        description="Serve the store. Writes (POST /api/ingest) need the API token from "
                    "$BROADSHEET_API_TOKEN; without one the server is read-only.",
    )
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $BROADSHEET_DB or broadsheet.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=port_number, default=8000)
    p.add_argument("--read-token-env", default="BROADSHEET_READ_TOKEN", metavar="VAR",
                   help="environment variable holding a token needed to read (unset: reads are open)")
    p.add_argument("--max-upload-mb", type=megabytes, default=None, help="largest upload accepted")
    p.set_defaults(func=run)


def listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound before anything starts: a taken port or unknown host is one clear error."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        raise BroadsheetError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app
    from ..config import Settings

    db = args.db or Settings().database
    token = os.environ.get("BROADSHEET_API_TOKEN") or None
    read_token = os.environ.get(args.read_token_env) or None
    max_bytes = int(args.max_upload_mb * 1e6) if args.max_upload_mb else None
    writes = "writes need the API token" if token else "read-only: set BROADSHEET_API_TOKEN to allow uploads"
    sock = listen(args.host, args.port)
    try:
        app = create_app(db, token=token, read_token=read_token, max_upload_bytes=max_bytes)
        print(f"broadsheet: serving {db} at http://{args.host}:{args.port}/ (API docs: /api/docs; {writes})",
              flush=True)
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    finally:
        sock.close()
    return 0

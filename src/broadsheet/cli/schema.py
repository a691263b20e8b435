"""`broadsheet schema`: print the JSON Schema of `broadsheet read` output."""

from __future__ import annotations

import argparse
import json

from ..schema import page_json_schema


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("schema", help="print the JSON Schema of `read` output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(page_json_schema(), indent=2, ensure_ascii=False))
    return 0

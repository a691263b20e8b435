"""Our CAMEO table (nlp/data/cameo.json) agrees with the published CAMEO→PLOVER conversion table."""

from __future__ import annotations

import json
import re

import pytest
from bench.corpus import SHARED

from broadsheet.nlp import events

TABLE = SHARED / "corpora" / "plover" / "CAMEO2PLOVER-2021.txt"
_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?")


def published() -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from the shared table; root headers have no mode."""
    if not TABLE.exists():
        pytest.skip(f"{TABLE} is missing: the shared folder must sit beside the repo")
    rows: dict[str, tuple[str, str]] = {}
    roots: dict[str, set[str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        code, plover, mode = match.group(1), match.group(2), (match.group(3) or "").strip()
        if len(code) == 2:
            roots.setdefault(code, set()).add(plover)
        else:
            rows[code] = (plover, mode)
    for code, types in roots.items():
        for plover in types:
            rows[f"{code}:{plover}"] = (plover, "")
    return rows


def test_every_type_root_is_a_root_of_that_type_in_the_published_table() -> None:
    table = published()
    types, _ = events.cameo_table()
    assert set(types) == set(events.PLOVER_TYPES)
    for plover, code in types.items():
        assert f"{code}:{plover}" in table, (plover, code)


def test_every_mode_code_has_that_type_and_mode_in_the_published_table() -> None:
    table = published()
    _, modes = events.cameo_table()
    aliases = json.loads(events.CAMEO_TABLE.read_text(encoding="utf-8"))["mode_aliases"]
    for key, code in modes.items():
        plover, mode = key.split(":")
        assert code in table, key
        their_type, their_mode = table[code]
        assert their_type == plover, (key, code, their_type)
        assert their_mode in ("", mode, aliases.get(mode)), (key, code, their_mode)


def test_cameo_code_prefers_the_mode() -> None:
    assert events.cameo_code("CONSULT", "phone") == "041"
    assert events.cameo_code("CONSULT", None) == "04"
    assert events.cameo_code("COERCE", "no-such-mode") == "17"
    assert events.cameo_code("NOT-A-TYPE", None) is None

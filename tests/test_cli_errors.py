"""Bad options and awkward inputs across the CLI: one line naming the problem, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from broadsheet.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "arabweekly-2017-11-page.txt"


def _one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = [line for line in err.splitlines() if "error:" in line]
    return line


@pytest.mark.parametrize(("option", "problem"), [
    (["--port", "99999"], "port 99999 is out of range (1 to 65535)"),
    (["--port", "-1"], "port -1 is out of range"),
    (["--port", "http"], "'http' is not a port number"),
    (["--max-upload-mb", "-5"], "-5 must be a number of megabytes above 0"),
    (["--max-upload-mb", "nan"], "nan must be a number of megabytes above 0"),
])
def test_serve_refuses_bad_numbers(option: list[str], problem: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--db", str(tmp_path / "s.db"), *option])
    assert exited.value.code == 2
    assert problem in _one_error(capsys)


def test_serve_on_a_taken_port_says_so_before_serving(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]) == 2
    line = _one_error(capsys)
    assert line.startswith(f"broadsheet: error: cannot listen on 127.0.0.1:{port}: ")
    assert "in use" in line
    assert not (tmp_path / "s.db").exists()  # nothing was started


def test_ingest_with_a_bad_dask_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ingest", str(SAMPLE), "--db", str(tmp_path / "s.db"), "--dask", "scheduler", "--no-nlp"])
    assert status == 2
    assert "cannot reach the Dask scheduler at scheduler: missing port number" in _one_error(capsys)


def test_ingest_names_a_file_whose_name_is_not_utf8(tmp_path: Path,
                                                    capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    odd = os.path.join(str(tmp_path), os.fsdecode(b"caf\xe9.txt"))
    try:
        Path(odd).write_bytes(SAMPLE.read_bytes() + b"\nAnother copy\n")
    except (OSError, UnicodeEncodeError):  # a file system that takes only UTF-8 names
        pytest.skip("this file system refuses non-UTF-8 file names")
    status = main(["ingest", odd, str(SAMPLE), "--db", str(tmp_path / "s.db"), "--workers", "1", "--no-nlp",
                   "--quiet"])
    out = capsysbinary.readouterr().out
    assert status == 1
    assert out.startswith(b"2 inputs: 1 stored, 0 already stored, 1 failed")
    assert os.fsencode(odd) + b": the file name is not valid UTF-8 (the store keeps names as text)" in out


def test_read_prints_a_non_utf8_file_name_as_its_bytes(tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"caf\xe9.txt")
    try:
        odd.write_bytes(SAMPLE.read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses non-UTF-8 file names")
    command = [sys.executable, "-m", "broadsheet", "read", str(odd), "--no-nlp", "--format", "jsonl"]
    result = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, check=False,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})  # strict, as in a UTF-8 locale
    assert result.returncode == 0, result.stderr
    assert b'"path": "' + os.fsencode(odd) + b'"' in result.stdout


def test_output_the_terminal_cannot_encode_is_one_line() -> None:
    result = subprocess.run([sys.executable, "-m", "broadsheet", "read", str(SAMPLE), "--no-nlp"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
                            env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "broadsheet: error: cannot print '\\u2019' in this output's encoding (ascii)")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [["search", "harbour"], ["export", "--kind", "quotes"]])
def test_a_damaged_store_is_one_line(command: list[str], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A store whose schema says it is current but whose tables are gone: the database's error, one line."""
    import sqlite3

    db = tmp_path / "damaged.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (1)")
    conn.close()
    assert main([*command, "--db", str(db)]) == 2
    line = _one_error(capsys)
    assert line.startswith(f"broadsheet: error: {db}: the store failed: OperationalError: no such table")


def test_other_exceptions_are_not_dressed_as_store_failures() -> None:
    import argparse
    import sqlite3

    from broadsheet.cli import _store_failure

    store_command = argparse.Namespace(db="postgresql://me:secret@db.example/news")
    assert _store_failure(ValueError("a bug"), store_command) is None
    assert _store_failure(sqlite3.OperationalError("locked"), argparse.Namespace()) is None  # no store
    message = _store_failure(sqlite3.OperationalError("database is locked\nmore"), store_command)
    assert message == ("postgresql://me:***@db.example/news: the store failed: "
                       "OperationalError: database is locked")


def test_ingest_refuses_devices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A device (such as /dev/zero, whose hashing would never end) is no input to keep."""
    if not os.path.exists(os.devnull) or os.path.isfile(os.devnull):
        pytest.skip("no null device here")
    status = main(["ingest", os.devnull, str(SAMPLE), "--db", str(tmp_path / "s.db"), "--workers", "1",
                   "--no-nlp", "--quiet"])
    out = capsys.readouterr().out
    assert status == 1 and out.startswith("2 inputs: 1 stored, 0 already stored, 1 failed")
    assert f"failed: {os.devnull}: not a regular file (a device, pipe or socket)" in out

"""`broadsheet read`: formats, many inputs, and bad input reported in one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from broadsheet.schema import page_from_dict, page_json_schema

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "broadsheet", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=300,
        check=False,
    )


def test_json_is_the_documented_contract(sample_path):
    result = run(
        "read", str(sample_path), "--no-nlp", "--date", "2017-11-16", "--publication", "The Arab Weekly"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"source", "publication", "date", "articles", "other"}
    assert set(data["source"]) >= {"path", "sha256", "kind"}
    article = data["articles"][0]
    assert set(article) >= {"id", "headline", "deck", "byline", "body", "pull_quotes", "captions", "bio"}
    assert set(article["pull_quotes"][0]) >= {"text", "speaker", "speaker_title"}
    assert set(article["captions"][0]) >= {"lead_in", "text", "credit"}
    assert data["date"] == "2017-11-16" and data["publication"] == "The Arab Weekly"
    page_from_dict(data)  # validates against the typed model


def test_published_schema_matches_the_model():
    published = json.loads((ROOT / "schema" / "page.schema.json").read_text())
    assert published == page_json_schema()
    result = run("schema")
    assert json.loads(result.stdout) == published


def test_jsonl_many_inputs_in_order_and_bad_ones_reported(sample_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "nope.txt"
    result = run("read", str(sample_path), str(empty), str(missing), str(sample_path), "--no-nlp")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["source"]["path"] == str(sample_path) for x in lines)
    assert result.returncode != 0
    errors = result.stderr.strip().splitlines()
    assert f"{empty}: empty input" in errors[0]
    assert f"{missing}: no such file" in errors[1]
    assert "Traceback" not in result.stderr


def test_markdown_and_text_are_for_people(sample_path):
    markdown = run("read", str(sample_path), "--no-nlp", "--format", "markdown").stdout
    assert "## Loss of ISIS caliphate more significant than just lost territory" in markdown
    assert "> — Nicholas Heras, a Middle East security fellow" in markdown
    text = run("read", str(sample_path), "--no-nlp", "--format", "text").stdout
    assert "[2] RUSSIA ASSUMES THE LEAD IN SYRIA’S PEACE PROCESS" in text
    assert "PHOTO: Shrinking reach." in text


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x00\x01\x02\x03binary\x00" * 100, "binary file"),
        (b"   \n\n  \n", "empty input"),
        (b"1234 5678\n---- ----\n", "no words"),
    ],
)
def test_bad_files_give_one_line(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("read", str(path), "--no-nlp")
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr  # one line
    assert result.stderr.startswith(f"broadsheet: error: {path}: ")
    assert problem in result.stderr and "Traceback" not in result.stderr


def test_directory_and_too_large(tmp_path, sample_path):
    result = run("read", str(tmp_path), "--no-nlp")
    assert "is a directory" in result.stderr and result.returncode != 0
    result = run("read", str(sample_path), "--no-nlp", env={"BROADSHEET_MAX_INPUT_BYTES": "1000"})
    assert "too large" in result.stderr and result.returncode != 0


def test_windows_1252_is_read_with_a_warning(tmp_path, sample_text):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(
        sample_text.replace("’", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("—", "-")
        .encode("utf-8")
        .replace(b"e-\nmail", "é-\nmail".encode("cp1252"))
    )
    result = run("read", str(path), "--no-nlp")
    assert result.returncode == 0, result.stderr
    assert "decoded as Windows-1252" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 2


def test_plain_article_file_is_one_article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "Harbour talks stall as port authorities trade blame\n\nBy Mara Ellison\n\n"
        "A week of negotiations in Port Calder ended without a deal on shared shipping lanes, officials said "
        "on Friday, after the western delegation walked out of the final session.\n\n"
        "“We are being asked to pay for a motorway so that somebody else can drive lorries on it,” said Ida "
        "Renquist, chairwoman of the western authority’s board.\n",
        encoding="utf-8",
    )
    data = json.loads(run("read", str(path), "--no-nlp").stdout)
    assert data["source"]["kind"] == "plain-article"
    [article] = data["articles"]
    assert article["headline"] == "Harbour talks stall as port authorities trade blame"
    assert article["byline"] == "Mara Ellison"
    assert len(article["body"]) == 2 and article["body"][1].startswith("“We are being asked")


def test_python_api_reads_text_directly(sample_text):
    import broadsheet

    page = broadsheet.read(sample_text, nlp=False)
    assert page.source.path is None and len(page.articles) == 2


def _option_warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "does not apply" in line]


def test_pages_and_mets_on_a_text_dump_warn_once_naming_the_file(sample_path, tmp_path):
    result = run("read", str(sample_path), "--no-nlp", "--pages", "1-2", "--mets", str(tmp_path / "m.xml"))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 2  # read as without the options
    pages, mets = _option_warnings(result.stderr)
    assert pages.startswith(f"broadsheet: warning: {sample_path}: --pages does not apply to text-dump")
    assert mets.startswith(f"broadsheet: warning: {sample_path}: --mets does not apply to text-dump")
    assert "Traceback" not in result.stderr


def test_option_warnings_in_an_edition_name_each_file(sample_path, tmp_path):
    second = tmp_path / "second.txt"
    second.write_bytes(sample_path.read_bytes() + b"\n\nA second page\n")
    result = run("read", str(sample_path), str(second), "--edition", "--no-nlp", "--pages", "2")
    assert result.returncode == 0, result.stderr
    warned = _option_warnings(result.stderr)
    assert len(warned) == 2
    assert f": {sample_path}: --pages" in warned[0] and f": {second}: --pages" in warned[1]


def test_no_option_warning_where_the_reader_applies_it(pagegen_pages):
    from broadsheet.pipeline import ReadOptions, read_layout

    pdf = pagegen_pages["tabloid"][0].pdf
    page = read_layout(str(pdf), ReadOptions(pages=[1], nlp=False))
    assert not [w for w in page.warnings if "does not apply" in w]
    mets = read_layout(str(pdf), ReadOptions(mets="issue.mets.xml", nlp=False))
    assert [w for w in mets.warnings if "does not apply" in w] == [
        "--mets does not apply to pdf inputs (only alto): ignored"]


def test_option_support_is_declared_per_reader(sample_text, monkeypatch):
    """A reader that learns an option (say, pages of a multi-page TIFF) adds its name, nothing else."""
    from broadsheet import pipeline

    options = pipeline.ReadOptions(pages=[1], nlp=False)
    assert len(pipeline.unused_options("text-dump", options)) == 1
    monkeypatch.setitem(pipeline.READER_OPTIONS, "text-dump", frozenset({"pages"}))
    assert pipeline.unused_options("text-dump", options) == []
    assert not [w for w in pipeline.read_layout(sample_text, options).warnings if "does not apply" in w]


@pytest.mark.parametrize(("spec", "problem"), [
    ("5-3", "bad page range '5-3' (the first page comes first)"),
    ("1-10001", "page range '1-10001' is too long (at most 10000 pages)"),  # a typo must not fill the memory
    ("0-2", "pages start at 1"),
    ("two", "use e.g. 1-4,7"),
])
def test_bad_page_lists_are_one_line(spec, problem, sample_path, capsys):
    from broadsheet.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["read", str(sample_path), "--pages", spec])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert problem in err.splitlines()[-1] and "Traceback" not in err


def test_good_page_lists():
    from broadsheet.cli.read import parse_pages

    assert parse_pages("1-4,7") == [1, 2, 3, 4, 7]
    assert parse_pages(" 2 - 3 ,9") == [2, 3, 9]
    assert len(parse_pages("1-10000")) == 10000


def test_a_device_that_never_ends_is_refused_at_the_limit():
    """/dev/zero reports no size; reading stops past the input limit instead of filling memory."""
    result = run("read", "/dev/zero", "--no-nlp", env={"BROADSHEET_MAX_INPUT_BYTES": "100000"})
    assert result.returncode != 0
    assert result.stderr.startswith("broadsheet: error: /dev/zero: too large")
    assert "Traceback" not in result.stderr

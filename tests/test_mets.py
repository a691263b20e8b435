"""Library article segmentation from METS, over the real Chronicling America ALTO page."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench import corpus

from broadsheet.errors import InputError
from broadsheet.ingest import load
from broadsheet.ingest.alto import parse_alto, read_alto
from broadsheet.pipeline import ReadOptions

ALTO = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.alto.xml"

#: An issue METS in the shape Europeana / BL / NDNP use: a file section naming the
#: ALTO files, a logical map of articles whose parts point at TextBlock IDs.
METS = """<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
 <mets:fileSec><mets:fileGrp USE="Text">
  <mets:file ID="ALTO1"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/0001.xml"/></mets:file>
  <mets:file ID="ALTO2"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/{name}"/></mets:file>
 </mets:fileGrp></mets:fileSec>
 <mets:structMap TYPE="PHYSICAL"><mets:div TYPE="page"/></mets:structMap>
 <mets:structMap TYPE="LOGICAL">
  <mets:div TYPE="Newspaper"><mets:div TYPE="ISSUE">
   <mets:div TYPE="ARTICLE" ID="ART1" LABEL="No big harbor tieup">
    <mets:div TYPE="HEADING"><mets:fptr><mets:seq>
      <mets:area FILEID="ALTO2" BEGIN="P2_TB00012" BETYPE="IDREF"/>
      <mets:area FILEID="ALTO2" BEGIN="P2_TB00011" BETYPE="IDREF"/>
    </mets:seq></mets:fptr></mets:div>
    <mets:div TYPE="BODY"><mets:div TYPE="BODY_CONTENT"><mets:fptr><mets:seq>
      <mets:area FILEID="ALTO2" BEGIN="P2_TB00010" BETYPE="IDREF"/>
    </mets:seq></mets:fptr></mets:div></mets:div>
   </mets:div>
   <mets:div TYPE="ARTICLE" ID="ART2">
    <mets:div TYPE="HEADING"><mets:fptr><mets:area FILEID="ALTO2" BEGIN="P2_TB00041"/></mets:fptr></mets:div>
    <mets:div TYPE="BODY"><mets:fptr><mets:seq>
      <mets:area FILEID="ALTO2" BEGIN="P2_TB00035"/><mets:area FILEID="ALTO2" BEGIN="P2_TB00034"/>
    </mets:seq></mets:fptr></mets:div>
   </mets:div>
   <mets:div TYPE="ARTICLE" ID="ON_PAGE_ONE">
    <mets:div TYPE="BODY"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="P2_TB00033"/></mets:fptr></mets:div>
   </mets:div>
   <mets:div TYPE="ADVERTISEMENT" ID="AD1">
    <mets:fptr><mets:area FILEID="ALTO2" BEGIN="P2_TB00043"/></mets:fptr>
   </mets:div>
  </mets:div></mets:div>
 </mets:structMap>
</mets:mets>
"""


@pytest.fixture(scope="module")
def alto_path() -> Path:
    if not ALTO.exists():
        pytest.skip(f"{ALTO} is missing")
    return ALTO


def _read(alto: Path, mets: Path) -> object:
    raw = load(alto, max_bytes=10**8)
    return read_alto(raw, ReadOptions(nlp=False, mets=str(mets)))


def test_mets_articles_imported_as_is(alto_path: Path, tmp_path: Path) -> None:
    mets = tmp_path / "issue_mets.xml"
    mets.write_text(METS.format(name=alto_path.name), encoding="utf-8")
    page = _read(alto_path, mets)
    blocks = parse_alto(alto_path.read_bytes()).blocks
    ids = [a.id for a in page.articles]  # type: ignore[attr-defined]
    # ON_PAGE_ONE points at another ALTO file (ALTO1): not this page's article
    assert ids == ["ART1", "ART2"]
    first, second = page.articles  # type: ignore[attr-defined]
    assert first.headline == blocks["P2_TB00012"].lines[0].text
    assert first.deck == blocks["P2_TB00011"].lines[0].text
    # the 141-line column block is cut into its paragraphs
    assert 5 <= len(first.body) < 60
    body_text = " ".join(first.body)
    assert "Harbor" in body_text and "Har bor" not in body_text
    assert second.headline == "RUSSIA IN TO STAY."
    assert len(second.body) >= 2
    assert {r.role for r in first.regions} >= {"headline", "deck", "body"}
    assert all(r.bbox and r.confidence for r in first.regions)
    assert [o.role for o in page.other] == ["advertisement"]  # type: ignore[attr-defined]


def test_mets_paragraph_text_is_the_blocks_text(alto_path: Path, tmp_path: Path) -> None:
    mets = tmp_path / "m.xml"
    mets.write_text(METS.format(name=alto_path.name), encoding="utf-8")
    page = _read(alto_path, mets)
    block = parse_alto(alto_path.read_bytes()).blocks["P2_TB00035"]
    words = " ".join(line.text for line in block.lines).split()
    body_words = " ".join(page.articles[1].body).split()  # type: ignore[attr-defined]
    # same words, up to line-end hyphens joined
    assert len(body_words) >= 0.9 * len(words)
    assert body_words[:4] == words[:4]


def test_no_matching_file_falls_back_to_block_ids(alto_path: Path, tmp_path: Path) -> None:
    mets = tmp_path / "m.xml"
    mets.write_text(METS.format(name="elsewhere.xml"), encoding="utf-8")
    page = _read(alto_path, mets)
    # nothing in the file section is this ALTO file: every article's block IDs count
    assert [a.id for a in page.articles] == ["ART1", "ART2", "ON_PAGE_ONE"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("content, problem", [
    ("<mets><structMap TYPE='PHYSICAL'/></mets>", "no logical structMap"),
    ("<mets><structMap", "not a readable METS"),
])
def test_bad_mets_is_a_clear_error(alto_path: Path, tmp_path: Path, content: str, problem: str) -> None:
    mets = tmp_path / "bad_mets.xml"
    mets.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as info:
        _read(alto_path, mets)
    assert info.value.path == str(mets)


def test_missing_mets_file(alto_path: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _read(alto_path, tmp_path / "nope.xml")


def test_areas_that_point_at_lines(alto_path: Path, tmp_path: Path) -> None:
    mets = tmp_path / "lines_mets.xml"
    mets.write_text(
        '<mets xmlns:xlink="http://www.w3.org/1999/xlink"><structMap TYPE="LOGICAL">'
        '<div TYPE="ARTICLE" ID="A1"><div TYPE="TITLE"><fptr><area BEGIN="P2_TB00041"/></fptr></div>'
        '<div TYPE="TEXT"><fptr><area BEGIN="P2_TL00575" END="P2_TL00577" BETYPE="IDREF"/></fptr></div>'
        "</div></structMap></mets>", encoding="utf-8")
    page = _read(alto_path, mets)
    block = parse_alto(alto_path.read_bytes()).blocks["P2_TB00035"]
    (article,) = page.articles  # type: ignore[attr-defined]
    assert article.headline == "RUSSIA IN TO STAY."
    body = " ".join(article.body)
    assert body.startswith(block.lines[2].text.split()[0])  # from the BEGIN line ...
    assert block.lines[4].text.split()[-1] in body  # ... to the END line
    assert block.lines[5].text not in body  # and no further

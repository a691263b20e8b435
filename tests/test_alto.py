"""ALTO reading on the real Chronicling America page, its namespace variants and broken copies."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import corpus
from bench.score import tokens

from broadsheet.errors import InputError
from broadsheet.ingest import load
from broadsheet.ingest.alto import parse_alto

ALTO = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.alto.xml"
PLAIN = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.ocr.txt"
CCS_NS = b'xmlns="http://schema.ccs-gmbh.com/ALTO"'


@pytest.fixture(scope="module")
def alto_bytes() -> bytes:
    if not ALTO.exists():
        pytest.skip(f"{ALTO} is missing")
    return ALTO.read_bytes()


def test_sample_lines_in_points_with_confidence(alto_bytes: bytes) -> None:
    doc = parse_alto(alto_bytes, str(ALTO))
    page = doc.pages[0]
    # inch1200 units: 19560 × 26694 → points
    assert page.width == pytest.approx(19560 * 72 / 1200)
    assert page.height == pytest.approx(26694 * 72 / 1200)
    assert len(page.lines) > 600
    assert all(0 <= line.bbox[0] < line.bbox[2] <= page.width + 1 for line in page.lines)
    assert all(line.confidence is not None and 0 <= line.confidence <= 1 for line in page.lines)
    assert len(page.images) >= 1  # the illustration of the Liberal Arts palace


def test_sample_styles_read(alto_bytes: bytes) -> None:
    page = parse_alto(alto_bytes).pages[0]
    sizes = Counter(round(line.size) for line in page.lines)
    body_size = sizes.most_common(1)[0][0]
    big = [line for line in page.lines if line.size >= 3 * body_size]
    assert big and all(line.text.isupper() or not line.text.islower() for line in big)
    assert any(line.bold for line in page.lines)
    assert any(line.italic for line in page.lines) or any(line.font for line in page.lines)


def test_sample_hyphenated_pairs_joined_from_subs_content(alto_bytes: bytes) -> None:
    page = parse_alto(alto_bytes).pages[0]
    texts = [line.text for line in page.lines]
    subs = set(re.findall(rb'SUBS_TYPE="HypPart1" SUBS_CONTENT="([^"]+)"', alto_bytes))
    joined = {s.decode() for s in subs}
    # every HypPart1 word comes out whole at the end of its line, no part-2 stub left
    ends = Counter(t.split()[-1] for t in texts)
    assert sum(ends[w] for w in joined) >= 0.9 * len(subs)
    harbor = next(i for i, t in enumerate(texts) if t.endswith("New-York Harbor"))
    assert not texts[harbor + 1].startswith("bor")


def test_sample_text_matches_library_plain_text(alto_bytes: bytes) -> None:
    page = parse_alto(alto_bytes).pages[0]
    got = Counter(t for line in page.lines for t in tokens(line.text))
    want = Counter(tokens(PLAIN.read_text(encoding="utf-8")))
    kept = sum((got & want).values())
    # the plain text keeps the broken halves ("Har" / "bor"); joined words differ only there
    assert kept / sum(want.values()) > 0.93
    assert kept / sum(got.values()) > 0.93


@pytest.mark.parametrize("namespace", [
    b'xmlns="http://www.loc.gov/standards/alto/ns-v4#"',
    b'xmlns="http://www.loc.gov/standards/alto/ns-v2#"',
    b"",
])
def test_other_namespaces_read_the_same(alto_bytes: bytes, namespace: bytes) -> None:
    variant = alto_bytes.replace(CCS_NS, namespace, 1)
    assert variant != alto_bytes
    base = [line.text for line in parse_alto(alto_bytes).pages[0].lines]
    assert [line.text for line in parse_alto(variant).pages[0].lines] == base


def test_prefixed_namespace_is_sniffed_and_read(alto_bytes: bytes) -> None:
    variant = alto_bytes.replace(CCS_NS, b'xmlns:a="http://www.loc.gov/standards/alto/ns-v3#"', 1)
    variant = re.sub(rb"<(/?)(?=[A-Za-z])(?!\?)", rb"<\1a:", variant[variant.index(b"<alto"):])
    raw = load(variant, max_bytes=10**8)
    assert raw.kind == "alto"
    assert len(parse_alto(raw.data).pages[0].lines) > 600


def test_missing_positions_and_confidences_tolerated(alto_bytes: bytes) -> None:
    stripped = re.sub(rb' (HPOS|VPOS|WIDTH|HEIGHT|WC|CC|STYLEREFS)="[^"]*"', b"", alto_bytes)
    doc = parse_alto(stripped)
    page = doc.pages[0]
    assert len(page.lines) > 600
    assert all(line.confidence is None for line in page.lines)
    # placed one under the other, in file order
    tops = [line.bbox[1] for line in page.lines]
    assert tops == sorted(tops)
    assert any("without positions" in w for w in doc.warnings)


def test_v1_character_confidences_used_when_no_word_confidence() -> None:
    alto = b"""<alto><Layout><Page WIDTH="1000" HEIGHT="1000"><PrintSpace>
      <TextBlock ID="B1"><TextLine HPOS="10" VPOS="10" WIDTH="300" HEIGHT="20">
        <String CONTENT="Sure" CC="0000" HPOS="10" VPOS="10" WIDTH="100" HEIGHT="20"/><SP/>
        <String CONTENT="doubt" CC="99999" HPOS="120" VPOS="10" WIDTH="100" HEIGHT="20"/>
        <HYP CONTENT="-"/>
      </TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""
    line = parse_alto(alto).pages[0].lines[0]
    assert line.text == "Sure doubt-"  # a bare HYP is left to the layout's dehyphenator
    assert line.confidence == pytest.approx(0.4)  # per character: 4 sure, 6 unsure ("doubt-")


def test_long_s_and_ligatures_are_modern_letters_not_corrections() -> None:
    alto = """<alto><Layout><Page WIDTH="1000" HEIGHT="1000">
      <TextBlock ID="B1"><TextLine HPOS="10" VPOS="10" WIDTH="300" HEIGHT="20">
        <String CONTENT="Congreſs" HPOS="10" VPOS="10" WIDTH="100" HEIGHT="20"/>
        <String CONTENT="oﬃce" HPOS="120" VPOS="10" WIDTH="100" HEIGHT="20"/>
        <String CONTENT="tbe" HPOS="230" VPOS="10" WIDTH="60" HEIGHT="20"/>
      </TextLine></TextBlock></Page></Layout></alto>""".encode()
    assert parse_alto(alto).pages[0].lines[0].text == "Congress office tbe"


@pytest.mark.parametrize("data, problem", [
    (b"<alto><Layout><Page>", "not well-formed"),
    (b"<?xml version='1.0'?><html><body/></html>", "not ALTO"),
    (b"<alto><Description/></alto>", "without a <Page>"),
])
def test_bad_alto_is_a_clear_error(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        parse_alto(data, "bad.xml")
    assert info.value.path == "bad.xml"


def test_read_through_the_pipeline(alto_bytes: bytes, tmp_path: Path) -> None:
    from broadsheet.pipeline import read

    page = read(str(ALTO), nlp=False)
    assert page.source.kind == "alto"
    assert len(page.articles) >= 5
    # no text is lost on the way: the library's own plain OCR is (almost) all there
    got: Counter[str] = Counter()
    for a in page.articles:
        for part in [a.kicker, a.headline, a.deck, a.byline, a.bio, *a.body]:
            got.update(tokens(part or ""))
        for c in a.captions:
            got.update(tokens(c.text))
        for q in a.pull_quotes:
            got.update(tokens(q.text))
    for o in page.other:
        got.update(tokens(o.text))
    want = Counter(tokens(PLAIN.read_text(encoding="utf-8")))
    assert sum((got & want).values()) / sum(want.values()) > 0.9
    body_regions = [r for a in page.articles for r in a.regions if r.role == "body"]
    assert body_regions and all(r.confidence is not None and 0 < r.confidence <= 1 for r in body_regions)


def test_blackletter_and_long_s_noise_goes_through(tmp_path: Path) -> None:
    from broadsheet.pipeline import read

    body = [(f"Der Congreſs hat am {i}. Tage beſchloſſen, daß die Stadt", 9) for i in range(1, 30)]
    lines = [("Ꝺie Zeitung ſagt: ‚Ʒ¬ſ ℨ ﬀ", 30), *body]  # a blackletter headline read as noise
    strings = []
    y = 100
    for text, size in lines:
        x = 100
        words = []
        for word in text.split():
            width = 6 * len(word) * size / 9
            words.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{y}" WIDTH="{width:.0f}" '
                         f'HEIGHT="{size * 1.2:.0f}" WC="0.4"/>')
            x += width + 5
        strings.append(f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{x - 100:.0f}" HEIGHT="{size * 1.2:.0f}">'
                       + "<SP/>".join(words) + "</TextLine>")
        y += size * 1.5
    alto = tmp_path / "fraktur.xml"
    alto.write_text('<?xml version="1.0" encoding="UTF-8"?><alto><Description><MeasurementUnit>pixel'
                    '</MeasurementUnit></Description><Layout><Page WIDTH="2000" HEIGHT="3000">'
                    f'<PrintSpace><TextBlock ID="TB1">{"".join(strings)}</TextBlock></PrintSpace>'
                    '</Page></Layout></alto>', encoding="utf-8")
    page = read(str(alto), nlp=False)
    text = " ".join(p for a in page.articles for p in a.body) + " ".join(o.text for o in page.other)
    assert "Congress hat" in text and "beschlossen" in text  # long s is an s
    assert "ſ" not in text
    assert "Ʒ¬" in text or "ℨ" in text or any("Ʒ" in (a.headline or "") for a in page.articles)

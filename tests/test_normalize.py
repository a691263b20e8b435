"""Character clean-up of extracted lines: noise out, text kept."""

from __future__ import annotations

from broadsheet.text.normalize import clean_line, strip_bullet


def test_private_use_glyphs_from_both_planes_are_dropped():
    # Fonts map ornaments to the BMP private-use area and to planes 15 and 16.
    assert clean_line("Syria\ue00a talks\U000f0041 resume\U00100002") == "Syria talks resume"


def test_escapes_invisibles_ligatures_and_space_runs():
    assert clean_line("of\ufb01cial  (cid:13)state\u00admen\u200bt") == "official statement"
    assert clean_line("ends   kept ") == "ends kept "
    assert clean_line("tab\tand  double (cid:7)") == "tab and double "


def test_text_characters_stay():
    line = "“He said—no,” she’s 5–3 ‘up’"
    assert clean_line(line) == line
    assert clean_line("plain ascii line") == "plain ascii line"


def test_bullets_are_stripped_and_reported():
    assert strip_bullet("▶ Sochi talks. Delegates") == ("Sochi talks. Delegates", True)
    assert strip_bullet("No bullet") == ("No bullet", False)

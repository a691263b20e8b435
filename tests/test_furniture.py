"""Jump lines and photo credits: one vocabulary shared by the PDF, OCR and dump readers."""

from __future__ import annotations

import pytest

from broadsheet.text.furniture import CREDIT_AT_END, JUMP_ANYWHERE, JUMP_LINE, jump_target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Continued on page 5", ("on", 5)),
        ("CONTINUED FROM PAGE 1", ("from", 1)),
        ("Cont'd on p. 12", ("on", 12)),
        ("See page 3", ("on", 3)),
        ("Turn to pg. 7", ("on", 7)),
        ("From page 2", ("from", 2)),
        ("▶ Continued on page 9 with more", ("on", 9)),
        ("Seen on page one", None),
        ("The page 5 story", None),
    ],
)
def test_jump_target(text: str, target: tuple[str, int] | None) -> None:
    assert jump_target(text) == target


def test_a_jump_line_is_the_whole_line_for_text_dumps() -> None:
    assert JUMP_LINE.match("Continued on page 5")
    assert JUMP_LINE.match("(See Trade, page 14)")
    assert not JUMP_LINE.match("Continued on page 5 and the talks went on")
    two = "Continued on page 4 Continued from page 2"
    found = [m.group(0).strip() for m in JUMP_ANYWHERE.finditer(two)]
    assert found == ["Continued on page 4", "Continued from page 2"]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [("Delegates in Sochi. (AFP)", "AFP"), ("Waves on the quay. [Reuters / Jo Smith]", "Reuters / Jo Smith")],
)
def test_credit_at_end(caption: str, credit: str) -> None:
    match = CREDIT_AT_END.search(caption)
    assert match is not None and match.group(1) == credit
    assert caption[: match.start()].endswith(".")

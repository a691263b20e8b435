"""Newspaper furniture every reader recognises in text: jump lines and photo credits.

One vocabulary for all readers, anchored as each reader's evidence allows: the PDF
reader knows a line's style and takes a jump line by its first words
(`jump_target`); the text-dump reader has only the words and takes a whole line
or nothing (`JUMP_LINE`), or two jump phrases an extractor ran into one line
(`JUMP_ANYWHERE`).
"""

from __future__ import annotations

import re

_CONTINUED = r"(?:continued|cont(?:inued|'d|d)?\.?)"
_PAGE = r"(?:page|pg\.?|p\.?)"

#: "Continued on page 5", "Cont'd from p. 1", "See page 3", "Turn to page 12" opening a line.
JUMP_START = re.compile(
    rf"^\W*(?:{_CONTINUED}|turn to|see)\s+(on|from)?\s*{_PAGE}\s*(\d{{1,4}})\b", re.IGNORECASE
)
#: "From page 1" opening a line.
FROM_START = re.compile(rf"^\W*from\s+{_PAGE}\s*(\d{{1,4}})\b", re.IGNORECASE)
#: A line that is a jump line and nothing else; groups: direction, page (or the page of
#: "See … page N" in the third group).
JUMP_LINE = re.compile(
    rf"^\(?\s*{_CONTINUED}\s+(on|from)\s+{_PAGE}\s*(\d+)\s*\)?\.?$"
    r"|^\(?\s*(?:see|turn to)\s+.{0,40}?\bpage\s*(\d+)\s*\)?\.?$",
    re.IGNORECASE,
)
#: A "Continued on/from page N" phrase anywhere in a line.
JUMP_ANYWHERE = re.compile(rf"\(?\s*{_CONTINUED}\s+(?:on|from)\s+{_PAGE}\s*\d+\s*\)?\.?", re.IGNORECASE)
#: A credit in round or square brackets ending a caption: "(AFP)", "[Reuters/Jo Smith]".
CREDIT_AT_END = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,60}?)\s*[)\]]\s*$")


def jump_target(text: str) -> tuple[str, int] | None:
    """``("on", 5)`` for "Continued on page 5", ``("from", 1)`` for "Continued from page 1"."""
    match = JUMP_START.match(text)
    if match:
        return (match.group(1) or "on").lower(), int(match.group(2))
    match = FROM_START.match(text)
    return ("from", int(match.group(1))) if match else None

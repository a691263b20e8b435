"""Give each piece of a dump its role: furniture, title, caption, pull quote, bio, byline, body.

The evidence is a piece's shape (length, case, punctuation, width against the
page's running lines) and its neighbours in stream order, never its words
alone: a caption is short and followed by a credit, a pull quote repeats body
text, a title is a short unpunctuated run that no sentence continues.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ...text.furniture import JUMP_LINE
from ...text.hyphenation import Dehyphenator, zipf
from . import roles
from .drafts import STOP, content_words
from .lines import NEEDS_OBJECT, OPEN_ENDINGS, SENTENCE_STARTERS, Line
from .pieces import Piece, is_credit, join_text, jumps, lost_initial, piece_text, prose_words


def peel_furniture(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Folios, running heads and section labels at the top or bottom of the stream.

    Jump lines ("Continued from page 1") may sit among them; they stay in the text.
    """
    furniture: list[Line] = []
    kept: list[Line] = []
    start = 0
    while start < len(lines) and len(furniture) + len(kept) < 5:
        line = lines[start]
        if JUMP_LINE.match(line.text):
            kept.append(line)
            start += 1
            continue
        if not roles.is_furniture_line(line.text):
            break
        nxt = lines[start + 1] if start + 1 < len(lines) else None
        words = line.text.split()
        if _ends_open(line.text) and nxt is not None:
            break  # "… GIRLS IN": the words run on to the next line; no label ends so
        if nxt is not None and not words[0].isdigit():
            header_seen = any(ln.text.isdigit() for ln in furniture) and any(
                all_caps(ln.text) for ln in furniture
            )
            if nxt.text[:1].islower() and not nxt.blank_before and not nxt.lead_gap and not header_seen:
                break  # the line's sentence goes on: it is text, not a label
            if all_caps(line.text) and all_caps(nxt.text) and len(nxt.text.split()) > 2:
                break  # a headline set in capitals, not a running head
        if all_caps(line.text) and _names_the_story(line.text, lines[start + 1 :]):
            break  # a headline in capitals: the page's text is about what it says
        furniture.append(line)
        start += 1
    end = len(lines)
    while end > start + 1 and len(lines) - end < 3 and _is_bottom_furniture(lines[end - 1].text):
        furniture.append(lines[end - 1])
        end -= 1
    return furniture, kept + lines[start:end]


#: A folio, running head or section label never ends on a preposition or an article.
_NO_LABEL_ENDS = OPEN_ENDINGS | NEEDS_OBJECT | frozenset("in on at over after about under".split())


def _author_name(piece: Piece, page_words: Counter[str]) -> bool:
    """A name that the page's text never mentions again: its writer, not its subject.

    Words that are all common in lower case ("TRADE BLAME") are a headline's last line
    set in capitals, not a name.
    """
    words = piece.text.split()
    if not roles.looks_like_name(piece.text) or any(w.lower() in STOP for w in words):
        return False
    if all(zipf(w.lower().strip(",.")) >= 4.5 for w in words):
        return False
    own = content_words(piece.text)
    return bool(own) and all(page_words[w] <= own.count(w) for w in own)


def runs_on(line: Line) -> bool:
    """The line's last word needs the next line: no title ends on "between" or "the"
    (it may on "in" or "on": "sworn in", "carries on")."""
    return line.text.rsplit(" ", 1)[-1].lower() in _RUNS_ON


_RUNS_ON = OPEN_ENDINGS | NEEDS_OBJECT


def _names_the_story(text: str, rest: list[Line]) -> bool:
    """Most of a line's (three or more) topic words recur in the text below it.

    A paper's name or a section label is not what the stories talk about; a
    headline is.
    """
    words = set(content_words(text))
    if len(words) < 3:
        return False
    below = {w for line in rest[:200] for w in content_words(line.text)}
    return len(words & below) >= 0.6 * len(words)


def all_caps(text: str) -> bool:
    return text.isupper()


def _join_narrow_headlines(pieces: list[Piece]) -> None:
    """Three or more lines of a word or two each, one piece apiece, the first capitalised
    and the last ending no sentence, before a line that starts anew: a headline set large in
    a narrow column ("British" / "mathematician" / "Richard K. Guy" / "dies at 103")."""
    i = 0
    while i < len(pieces):
        end = i
        while (
            end < len(pieces)
            and pieces[end].role == "body"
            and len(pieces[end].lines) == 1
            and roles.narrow_run(pieces[end].lines)
            and (end == i or not pieces[end].lines[0].blank_before)
        ):
            end += 1
        run = pieces[i:end]
        nxt = pieces[end] if end < len(pieces) else None
        if (
            len(run) >= 3
            and run[0].text[:1].isupper()
            and not run[-1].lines[-1].terminal
            and sum(p.words for p in run) <= 16
            and (nxt is None or not nxt.starts_lower)
        ):
            title = run[0]
            title.lines = [p.lines[0] for p in run]
            title.text = lines_text(title.lines)
            title.role = "title"
            del pieces[i + 1 : end]
        i += 1


def _stops_before_a_new_sentence(piece: Piece, nxt: Piece | None) -> bool:
    """A few lines that end no sentence, naming names, before a caption or a sentence's first
    word ("… delays burial" / "• Stampede during. …", "In late December,"): a title."""
    if nxt is None or len(piece.lines) > 3 or piece.words > 20:
        return False
    words = piece.text.split()
    if sum(1 for w in words if w[:1].isupper()) < 0.25 * len(words):
        return False
    return nxt.lines[0].bulleted or _opens_with_function_word(nxt.text)


def _is_bottom_furniture(text: str) -> bool:
    stripped = text.strip(" |·•-–—")
    return bool(re.match(r"^(?:page\s*)?\d{1,4}$", stripped, re.IGNORECASE)) or "|" in text


def classify(
    pieces: list[Piece], trailing: bool, page_words: Counter[str], dehyphenator: Dehyphenator
) -> None:
    """Give every piece that is not body text its role (in place)."""
    _merge_credit_lines(pieces)
    _split_trailing_bios(pieces, dehyphenator)
    _join_narrow_headlines(pieces)
    for i, piece in enumerate(pieces):
        if piece.role != "body":
            continue
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if _is_caption(piece, nxt):
            piece.role = "caption"
        elif roles.is_bio(piece.text):
            piece.role = "bio"
    _join_caption_lines(pieces, dehyphenator)
    for piece in pieces:
        if piece.role == "body" and _is_bottom_furniture(piece.text):
            piece.role = "folio"  # a page number that the extractor set among the text
    _find_pull_quotes(pieces, dehyphenator)
    for k, piece in enumerate(pieces):
        if piece.role == "body" and piece.words >= 3 and all_caps(piece.text):
            piece.role = "title"  # running text is never set in capitals
            piece.extra["strong"] = "1"
            continue
        inside_caps_title = (
            k > 0
            and all_caps(piece.text)
            and all_caps(pieces[k - 1].text)
            and not piece.lines[0].blank_before
        )
        if inside_caps_title and piece.role == "body" and _author_name(piece, page_words):
            piece.role = "byline"
            continue
        if inside_caps_title and piece.role == "body":
            piece.role = "title"  # a line of a headline set in capitals, not a byline
            piece.extra["strong"] = "1"
            continue
        justified = any(line.justified for line in piece.lines)  # running text, set full measure
        if piece.role == "body" and roles.is_byline(piece.text) and len(piece.lines) <= 2 and not justified:
            piece.role = "byline"
        elif (
            piece.role == "body"
            and roles.title_like(piece)
            and (
                _title_shaped(piece, trailing, page_words, dehyphenator)
                or _stops_before_a_new_sentence(piece, pieces[k + 1] if k + 1 < len(pieces) else None)
            )
        ):
            piece.role = "title"
            if all_caps(piece.text) or _reads_like_title(piece.lines, None, page_words, dehyphenator):
                piece.extra["strong"] = "1"
    # One byline per story: two name-like lines in a row ("Former Egyptian" / "President
    # Hosni Mubarak") are a headline's lines, unless the first says "By".
    for a, b in zip(pieces, pieces[1:], strict=False):
        if a.role == b.role == "byline" and not re.match(r"(?i)by\s", a.text) and not b.lines[0].blank_before:
            a.role = b.role = "title"
    # Text that ends no sentence right before a drop cap is no paragraph: it heads the article.
    text_pieces = [p for p in pieces if p.role != "caption"]
    for piece, nxt in zip(text_pieces, text_pieces[1:], strict=False):
        if piece.role == "body" and _heads_drop_cap(piece, nxt):
            piece.role = "title"
    # Text that ends no sentence, set apart by a photo's caption from a sentence that starts
    # anew, after a sentence end: a headline over the photo.
    for k in range(1, len(pieces) - 2):
        before, piece, caption, nxt = pieces[k - 1], pieces[k], pieces[k + 1], pieces[k + 2]
        if (
            piece.role == "body"
            and caption.role == "caption"
            and before.role in ("body", "title", "byline", "bio", "jump")  # not a pull quote's name
            and before.lines[-1].terminal
            and roles.title_like(piece)
            and starts_anew(nxt.lines[0])
            and piece.words >= 3
        ):
            piece.role = "title"
    for piece, nxt in zip(pieces, pieces[1:], strict=False):
        # The last words before "Continued on page N" run on to that page: body, not a title.
        # (Unless set over columns or written telegraphically after a sentence's end: a
        # headline that the extractor read last, before the jump.)
        jumps_on = jumps(nxt, "on")
        if (
            piece.role == "title"
            and jumps_on
            and not all_caps(piece.text)
            and not roles.set_across(piece.lines)
            and not (_after_a_sentence(pieces, piece) and _telegraphic(piece.text) and piece.words <= 12)
        ):
            piece.role = "body"
        # Text ending no sentence right before "Continued from page N" is the headline the
        # story's rest is set under, with the jump line as its kicker.
        if piece.role == "body" and jumps(nxt, "from") and roles.title_like(piece) and piece.words >= 3:
            piece.role = "title"
        # A telegraphic line after a sentence's end, before "Continued on": a headline the
        # stream set last (a sentence running on to another page is written as prose).
        if (
            piece.role == "body"
            and jumps_on
            and roles.title_like(piece)
            and 3 <= piece.words <= 12
            and _telegraphic(piece.text)
            and _after_a_sentence(pieces, piece)
        ):
            piece.role = "title"
    _merge_titles(pieces, dehyphenator, page_words)
    _demote_sentence_fragments(pieces)
    _split_trailing_bylines(pieces, page_words)
    for piece, nxt in zip(pieces, pieces[1:], strict=False):
        if piece.role == "title" and nxt.cut == "dropcap" and piece.words >= 3:
            piece.extra["strong"] = "1"  # a printed drop cap opens a story: this title heads it


def _demote_sentence_fragments(pieces: list[Piece]) -> None:
    """A "title" that reads as prose and whose sentence the next text goes on with is body text.

    Headlines are telegraphic: they drop articles, auxiliaries and pronouns.  A column
    break can leave a long stretch of a sentence looking like a title (no full stop,
    a short last line); when it is written as prose and the text after it (past any
    caption) starts in lower case or with a number, it is that sentence's first part.
    """
    text_pieces = [p for p in pieces if p.role not in ("caption", "pull_quote", "attribution")]
    for k, (piece, nxt) in enumerate(zip(text_pieces, text_pieces[1:], strict=False)):
        if piece.role != "title" or all_caps(piece.text) or piece.words < 8:
            continue
        if any(p.role == "jump" for p in text_pieces[max(0, k - 2) : k]):
            continue  # "Continued from page 1", a headline, and the story goes on mid-sentence
        prose = prose_words(piece.text)
        first = nxt.text.lstrip("\"'“‘(")[:1]
        if lost_initial(nxt.text) or nxt.cut == "dropcap":
            continue  # "ith the once…": a story starts there, the title heads it
        if prose >= 2 and nxt.role == "body" and (first.islower() or first.isdigit()):
            piece.role = "body"


def _split_trailing_bios(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """An author's note run on from the story's last paragraph: "… to make it pay.” / Petra
    Lindqvist reports on farming …" (the dump kept no break between them)."""
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        lines = piece.lines
        if piece.role != "body" or len(lines) < 2:
            continue
        for start in range(max(1, len(lines) - 3), len(lines)):
            if not lines[start - 1].terminal or not starts_anew(lines[start]):
                continue
            tail = Piece(lines[start:], cut="para")
            tail.text = piece_text(tail, dehyphenator)
            if roles.is_bio(tail.text) and tail.lines[-1].terminal:
                piece.lines = lines[:start]
                piece.text = piece_text(piece, dehyphenator)
                pieces.insert(i, tail)
                i += 1
                break


def _split_trailing_bylines(pieces: list[Piece], page_words: Counter[str]) -> None:
    """A headline's last line that is its writer's name, set in the same capitals: the byline."""
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        last = piece.lines[-1]
        if piece.role != "title" or len(piece.lines) < 2 or not all_caps(last.text):
            continue
        if _ends_open(piece.lines[-2].text):
            continue  # "… COLLAPSES AFTER" / "EXPLOSION, DOZENS DEAD": no headline ends so
        byline = Piece([last], cut="title", role="byline", text=last.text)
        if _author_name(byline, page_words):
            piece.lines = piece.lines[:-1]
            piece.text = lines_text(piece.lines)
            pieces.insert(i, byline)


def _merge_titles(pieces: list[Piece], dehyphenator: Dehyphenator, page_words: Counter[str]) -> None:
    """Rejoin a headline whose lines the dump cut apart (no blank line, same measure)."""
    names = running_names(pieces)
    i = 0
    while i + 1 < len(pieces):
        a, b = pieces[i], pieces[i + 1]
        # (up to four short lines when they go on in lower case: a narrow headline's rest)
        few = len(b.lines) <= 2 or (b.starts_lower and len(b.lines) <= 4 and all(ln.short for ln in b.lines))
        tail = (
            b.role == "body"
            and few
            and b.words <= 12
            and not (b.lines[-1].terminal and not b.text.endswith(":"))  # a colon: a title goes on
            and not b.lines[-1].breaks_word  # "On Monday, Nevada be-": text goes on
            and not any(line.justified for line in b.lines)  # set full measure: running text
            and not b.lines[0].lead_gap
            and not lost_initial(b.text)
            and b.cut != "dropcap"  # a drop cap opens the story's text
        )
        after = pieces[i + 2] if i + 2 < len(pieces) else None
        name_cut = _must_join(a, b, after, pieces, names, page_words)
        # "Lion Air disaster:" over "Crashed jet's voice recorder…": a headline's lead-in.
        lead = a.role == "body" and len(a.lines) == 1 and a.text.endswith(":") and 2 <= a.words <= 6
        if lead and b.role == "title" and starts_anew(a.lines[0]) and not b.lines[0].blank_before:
            a.role = "title"
        if (
            a.role in ("title", "byline")
            and (b.role == "title" or tail or (b.role in ("byline", "pull_quote") and name_cut))
            and (name_cut or not _wrapped_wide(a) or len(b.lines) < 2 or not roles.narrow_run(b.lines))
            and not b.lines[0].blank_before
            # a byline in capitals is no title's end (one word in capitals is an acronym: "COVID-19")
            and (all_caps(a.text) == all_caps(b.text) or b.words == 1)
            and not (b.role == "title" and re.match(r"(?:A|An|The)\s", b.text))  # a deck's sentence
        ):
            widest = max(len(line.text) for line in a.lines)
            ratio = max(len(line.text) for line in b.lines) / max(widest, 1)
            lower_tail = tail and b.starts_lower
            fits = (ratio <= 2.0 or (lower_tail and ratio <= 2.5)) and a.words + b.words <= (
                30 if lower_tail else 18
            )
            if fits or name_cut:
                a.lines.extend(b.lines)
                a.text = join_text(a.text, b.text, dehyphenator)
                a.role = "title"
                del pieces[i + 1]
                continue
        i += 1


def _opens_like_a_sentence(text: str) -> bool:
    """"On Thursday, former …", "Local authorities, according to …": a function word or a
    comma among the first three words opens running text, not a headline."""
    return _opens_with_function_word(text) or "," in " ".join(text.split()[:3])


def _telegraphic(text: str) -> bool:
    """Written as headlines are: no articles, auxiliaries or pronouns, no sentence's opening."""
    return prose_words(text) == 0 and not _opens_like_a_sentence(text)


def _after_a_sentence(pieces: list[Piece], piece: Piece) -> bool:
    """The text before `piece` in the stream ends a sentence (or there is none)."""
    k = next(i for i, p in enumerate(pieces) if p is piece)
    return k == 0 or pieces[k - 1].lines[-1].terminal


def _wrapped_wide(title: Piece) -> bool:
    """A title set across columns that has wrapped its last words onto a shorter line: it
    is complete (more words would have filled the wide line), so a headline set narrow
    under it is another story's."""
    if len(title.lines) < 2:
        return False
    *full, last = title.lines
    wide = all(len(line.text) > 1.3 * line.width for line in full)
    return wide and len(last.text) < 0.8 * len(full[-1].text)


def _must_join(
    a: Piece, b: Piece, after: Piece | None, pieces: list[Piece], names: str, page_words: Counter[str]
) -> bool:
    """`b` goes on from title `a` whatever its shape: a cut inside a name the page prints
    whole, or after a word that needs the next one."""
    if breaks_a_name(a.lines[-1], b.lines[0], names):
        return True
    if a.role != "title":
        return False
    if runs_on(a.lines[-1]):
        return True
    byline = b.role == "byline"
    signed = byline and re.match(r"(?i)by\s", b.text) is not None
    writer = byline and _author_name(b, page_words)
    # No title ends on "in" or "AFTER": the next line goes on with it, whosever name it
    # looks like ("… dies from coronavirus in" / "Wuhan, China"), and words the story
    # repeats there are no pull quote without quotation marks.
    unquoted = b.role == "pull_quote" and b.text[:1] not in "\"“‘'"
    if _ends_open(a.text) and ((byline and not (signed and writer)) or unquoted):
        return True
    # "… Indonesian cargo ship" / "Namse Bangdzod": a name right under a title that the
    # story mentions, with no "By", is the title's last line, not its writer; unless it
    # breaks a word, goes on in lower case ("Senator Ted Cruz" / "proposes amendment to":
    # the next headline's start), or the writer's own bio repeats it.
    if not byline or signed or writer or b.lines[0].blank_before or a.lines[-1].terminal:
        return False
    goes_on = after is not None and after.starts_lower and not after.lines[0].blank_before
    if b.lines[-1].breaks_word or goes_on:
        return False
    return not any(p.role == "bio" and b.text in p.text for p in pieces)


def _ends_open(text: str) -> bool:
    """Ends on a word that needs the next one: no label or headline ends on "in" or "the"."""
    return text.rsplit(" ", 1)[-1].lower() in _NO_LABEL_ENDS


def _join_caption_lines(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """A caption that starts in lower case goes on from the wide line before it."""
    i = 1
    while i < len(pieces):
        caption, before = pieces[i], pieces[i - 1]
        if (
            caption.role == "caption"
            and caption.starts_lower
            and before.role == "body"
            and before.ends_mid_sentence
            and not before.lines[-1].breaks_word
        ):
            caption.lines[:0] = before.lines
            caption.text = join_text(before.text, caption.text, dehyphenator)
            del pieces[i - 1]
            continue
        i += 1


def _is_caption(piece: Piece, nxt: Piece | None) -> bool:
    """Ends with a credit, and is set as a caption: credit apart, a lead-in, a bullet or wide lines."""
    last = piece.lines[-1]
    if piece.lines[0].bulleted and _lead_in(piece.text) and not last.hyphenated:
        return True  # "▶ Sochi talks. Delegates …": a bullet and a lead-in, credited or not
    if not is_credit(last.text) or last.hyphenated:
        return False
    if nxt is not None and nxt.starts_lower and not nxt.lines[0].blank_before and not lost_initial(nxt.text):
        return False  # the credit-like brackets sit inside a sentence that goes on
    own_line = bool(re.fullmatch(r"\(\s*[^()]{1,40}\s*\)", last.text)) and len(piece.lines) > 1
    lead_in = _lead_in(piece.text)
    wide = any(len(line.text) > 1.3 * max(line.width, 1) for line in piece.lines)
    return own_line or last.credit_gap or piece.lines[0].lead_gap or lead_in or wide


def _title_shaped(piece: Piece, trailing: bool, page_words: Counter[str], dehyphenator: Dehyphenator) -> bool:
    last = piece.lines[-1]
    if last.short or (trailing and not last.trailing_space) or piece.words <= 3:
        return True
    head = piece.lines[:-1]
    if head and len(piece.lines) <= 3 and all(len(line.text) > 1.3 * line.width for line in head):
        return True  # set wider than any column, and ending no sentence: a headline across columns
    return _reads_like_title(piece.lines, None, page_words, dehyphenator)


def _merge_credit_lines(pieces: list[Piece]) -> None:
    """A credit on a line of its own, "(AFP)", belongs to the caption before it."""
    i = 1
    while i < len(pieces):
        piece = pieces[i]
        if re.fullmatch(r"\(\s*[^()]{1,40}\s*\)", piece.text) and is_credit(piece.text):
            prev = _credited_caption(pieces, i)
            if prev is not None:
                prev.lines.extend(piece.lines)
                prev.text = f"{prev.text} {piece.text}"
                del pieces[i]
                continue
            piece.role = "credit"
        i += 1


def _credited_caption(pieces: list[Piece], i: int) -> Piece | None:
    """The caption a lone credit belongs to: the piece before it, unless that is running
    text and a bulleted caption without a credit came shortly before (an extractor that
    reads across columns may set the credit lines away from its caption).

    Running text cut mid-sentence by the credit ("… the Quds Force, de-" / credit /
    "clared that …") is never its caption: the credit goes to the last bulleted caption
    without one, however far back, or stands alone (None)."""
    prev = pieces[i - 1]
    if prev.lines[0].bulleted or _lead_in(prev.text):
        return prev
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    cut = prev.lines[-1].hyphenated or (
        not prev.lines[-1].terminal and nxt is not None and nxt.starts_lower and not lost_initial(nxt.text)
    )
    for k in range(i - 2, -1 if cut else max(-1, i - 8), -1):
        candidate = pieces[k]
        if candidate.lines[0].bulleted and not is_credit(candidate.lines[-1].text):
            return candidate
    return None if cut else prev


def _lead_in(text: str) -> bool:
    """A caption's lead-in: a few words and a full stop before its sentence ("Sochi talks. …")."""
    return bool(re.match(r"^[^.!?]{2,60}[.!?]\s", text)) and len(text.split(".")[0].split()) <= 5


def _find_pull_quotes(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """Pieces whose words repeat other body text are pull quotes; the lines under one name its speaker."""
    body = [p for p in pieces if p.role == "body"]
    grams_of = {id(p): roles.ngrams(roles.norm_words(p.text)) for p in body}
    everything: Counter[tuple[str, ...]] = Counter()
    for grams in grams_of.values():
        everything.update(grams)
    text_pieces = [p for p in pieces if p.role != "caption"]  # a photo may sit between head and text
    heads = {id(p) for p, nxt in zip(text_pieces, text_pieces[1:], strict=False) if _heads_drop_cap(p, nxt)}
    for piece in body:
        own = grams_of[id(piece)]
        if len(own) < 3 or piece.starts_lower:
            continue  # a pull quote is a sentence: it never starts in lower case
        if id(piece) in heads:
            continue  # a headline may repeat its story's words, a pull quote is no title
        if roles.title_like(piece) and all(len(ln.text) > 1.2 * ln.width for ln in piece.lines):
            continue  # set wider than the columns and ending no sentence: a headline
        repeated = sum(1 for g in own if everything[g] > 1) / len(own)
        if repeated < 0.6:
            continue
        # The copy that repeats is the shorter one; the longer is the body that holds it.
        twins = [q for q in body if q is not piece and len(own & grams_of[id(q)]) >= 0.5 * len(own)]
        if any(len(grams_of[id(q)]) < len(own) for q in twins):
            continue
        if any(len(grams_of[id(q)]) == len(own) and q.role == "pull_quote" for q in twins):
            continue
        piece.role = "pull_quote"
    for i, piece in enumerate(pieces):
        if piece.role != "pull_quote":
            continue
        j = i + 1
        if j < len(pieces) and pieces[j].role == "body":
            _part_speaker_line(pieces, j, dehyphenator)
        if j < len(pieces) and pieces[j].role in ("body", "pull_quote") and _attribution_like(pieces[j]):
            pieces[j].role = "attribution"
            title = pieces[j + 1] if j + 1 < len(pieces) else None
            if (
                title is not None
                and title.role in ("body", "title")
                and (title.starts_lower or not title.lines[0].blank_before)
                and title.words <= 20
                and not title.text.endswith(".")
                and roles.looks_like_name(pieces[j].text)
            ):
                pieces[j + 1].role = "attribution_title"


_LONE_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,2}")


def _part_speaker_line(pieces: list[Piece], j: int, dehyphenator: Dehyphenator) -> None:
    """Under a pull quote, a first line that is a name alone ("Smith") before lines that
    start anew is the speaker's name the dump ran into the next block: part it off."""
    piece = pieces[j]
    if len(piece.lines) < 2 or not _LONE_NAME.fullmatch(piece.lines[0].text):
        return
    if not starts_anew(piece.lines[1]) or piece.lines[0].text.lower() in SENTENCE_STARTERS:
        return
    name = Piece(piece.lines[:1], cut=piece.cut, text=piece.lines[0].text)
    piece.lines = piece.lines[1:]
    piece.text = piece_text(piece, dehyphenator)
    pieces.insert(j, name)


def _heads_drop_cap(piece: Piece, nxt: Piece) -> bool:
    """Text that ends no sentence right before a drop cap: it heads the article."""
    return roles.title_like(piece) and (nxt.cut == "dropcap" or lost_initial(nxt.text))


def _attribution_like(piece: Piece) -> bool:
    """A speaker's name, alone or followed by a comma and a title: "Nicholas Heras, a fellow…"."""
    text = piece.text.lstrip("—–- ")
    if piece.words > 30 or text.endswith("."):
        return False
    name = text.split(",", 1)[0]
    if re.fullmatch(r"[A-Z][\w'’-]+", text):
        return True  # a surname alone: "Khan"
    if "," in text:
        return roles.looks_like_name(name)
    return roles.looks_like_name(piece.lines[0].text.lstrip("—–- ").rstrip(","))


def split_titles(pieces: list[Piece], page_words: Counter[str], dehyphenator: Dehyphenator) -> list[Piece]:
    """Split off title runs (headlines, decks) that the dump glued to the text around them.

    A run qualifies when it starts after a sentence end, stops on a line that ends no
    sentence before a line starting anew, and reads like a title: its words recur in the
    page's text (a headline names what the article is about), and it is set apart by
    capitals or by lines shorter than the full measure.
    """
    out: list[Piece] = []
    casing = Casing(pieces)
    # An extractor that reads across columns (pdftotext's reading order) merges lines of
    # neighbouring columns: where many lines are wider than the column, width is no
    # evidence of a title set over several columns.
    lines = [line for p in pieces for line in p.lines]
    merged = sum(len(line.text) > 1.3 * line.width for line in lines) > 0.1 * len(lines)
    for i, piece in enumerate(pieces):
        if _opens_story(pieces, i + 1):
            piece = _split_head_off(piece, out, dehyphenator)
        elif i > 0 and jumps(pieces[i - 1], "from"):
            piece = _split_jump_head_off(piece, out, dehyphenator)
        out.extend(_split_piece(piece, page_words, dehyphenator, casing, merged))
    return out


def _split_jump_head_off(piece: Piece, out: list[Piece], dehyphenator: Dehyphenator) -> Piece:
    """Under "Continued from page N", the story's headline set again and the rest of its
    text, mid-sentence: the first lines, ending no sentence before a line in lower case and
    naming names, are that headline."""
    if piece.cut == "dropcap":
        return piece  # a drop cap opens the text itself
    for end in range(min(3, len(piece.lines) - 1)):
        head, nxt = piece.lines[: end + 1], piece.lines[end + 1]
        text = lines_text(head)
        words = text.split()
        if head[-1].terminal or head[-1].breaks_word or not nxt.text[:1].islower():
            continue
        rest = piece.lines[end + 1 : end + 4]
        if len(rest) < 3 or not any(". " in line.text or line.terminal for line in rest):
            continue  # what follows must be running text: a sentence ends within three lines
        if not words[0][:1].isupper() or words[-1].lower() in roles.FUNCTION_END or ";" in text:
            continue
        if prose_words(text) >= 2 or _opens_like_a_sentence(text):
            continue  # "Yesterday, the Parliament …", "On Thursday, former …": a sentence's start
        if sum(1 for w in words if w[:1].isupper()) >= 0.3 * len(words) and len(words) >= 3:
            out.append(Piece(head, cut=piece.cut, role="title", text=text))
            text_part = Piece(piece.lines[end + 1 :], cut="title", extra=dict(piece.extra))
            text_part.text = piece_text(text_part, dehyphenator)
            return text_part
    return piece


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[\"“‘']?([A-Z][\w'’-]+)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


class Casing:
    """How the page writes its words: which it capitalises inside sentences more than once
    (names; once may be a headline run into its story's first words), and which it also
    prints in lower case (common words).  Counted on first use: few pages need it."""

    def __init__(self, pieces: list[Piece] | None = None) -> None:
        self._pieces = pieces or []

    @cached_property
    def names(self) -> frozenset[str]:
        seen = Counter(m.group(1) for p in self._pieces for m in _MID_SENTENCE_CAPITAL.finditer(p.text))
        return frozenset(word for word, n in seen.items() if n > 1)

    @cached_property
    def lowered(self) -> frozenset[str]:
        return frozenset(w for p in self._pieces for w in _LOWER_WORD.findall(p.text))

    def opens_sentence(self, text: str) -> bool:
        """A line whose capitalised first word starts a sentence rather than finishing a name
        broken across lines: a word the page prints in lower case too, never inside a
        sentence with a capital, and not followed by another capitalised word."""
        if not text.split():
            return False
        first, *rest = text.split(maxsplit=2)
        word = first.rstrip(",;:")
        if word.lower() in SENTENCE_STARTERS:
            return True
        if word.isupper() or word in self.names or word.lower() not in self.lowered:
            return False
        return word != first or not rest or not rest[0].lstrip("(\"'“‘")[:1].isupper()


def _opens_story(pieces: list[Piece], k: int) -> bool:
    """Piece `k` (past a photo's caption) starts a story with its drop cap, printed or lost."""
    if k + 1 < len(pieces) and (_is_caption(pieces[k], pieces[k + 1]) or _lead_in(pieces[k].text)):
        k += 1
    if k < len(pieces) and is_credit(pieces[k].text) and len(pieces[k].lines) == 1:
        k += 1  # the caption's credit on a line of its own
    return k < len(pieces) and (pieces[k].cut == "dropcap" or lost_initial(pieces[k].text))


def _split_head_off(piece: Piece, out: list[Piece], dehyphenator: Dehyphenator) -> Piece:
    """The last lines of a paragraph, after its last sentence end, right before a story's drop
    cap: the dump ran that story's headline on from the text above it."""
    lines = piece.lines
    if piece.role != "body" or len(lines) < 2 or lines[-1].terminal or lines[-1].breaks_word:
        return piece
    for start in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        if not lines[start - 1].terminal:
            continue
        head = Piece(lines[start:], cut="title")
        head.text = piece_text(head, dehyphenator)
        if not 2 <= head.words <= 25 or roles.SENTENCE_INSIDE.search(head.text):
            return piece
        if not starts_anew(lines[start]):
            return piece
        body = Piece(lines[:start], cut=piece.cut)
        body.text = piece_text(body, dehyphenator)
        out.append(body)
        return head
    return piece


def _split_piece(
    piece: Piece,
    page_words: Counter[str],
    dehyphenator: Dehyphenator,
    casing: Casing | None = None,
    merged: bool = False,
) -> list[Piece]:
    casing = casing or Casing()
    lines = piece.lines
    if piece.role != "body" or len(lines) < 2:
        return [piece]
    for start in range(len(lines)):
        if start == 0 and piece.cut == "dropcap":
            continue  # a drop cap opens body text, never a title
        if start > 0 and not (lines[start - 1].terminal or is_credit(lines[start - 1].text)):
            continue
        longest = -1
        for end in range(start, min(len(lines), start + 10)):
            line = lines[end]
            if end - start >= 5 and not roles.narrow_run(lines[start : end + 1]):
                break  # past five lines only a headline set narrow, a word or two a line
            if line.terminal or line.breaks_word:
                break
            nxt = lines[end + 1] if end + 1 < len(lines) else None
            if nxt is None and start == 0:
                break
            span = lines[start : end + 1]
            if (
                nxt is not None
                and not starts_anew(nxt)
                and ((merged and start > 0) or not _set_apart(span, nxt))
            ):
                continue
            # Only a piece's first line may end a title before a word the page writes in
            # lower case too: inside a paragraph the words are more likely a name's.
            page_casing = casing if start == 0 else None
            mid = merged and start > 0
            if _reads_like_title(lines[start : end + 1], nxt, page_words, dehyphenator, page_casing, mid):
                longest = end
        if longest < 0:
            continue
        made = []
        for chunk, cut in (
            (lines[:start], piece.cut),
            (lines[start : longest + 1], "title"),
            (lines[longest + 1 :], "title"),
        ):
            if chunk:
                new = Piece(chunk, cut=cut)
                new.text = piece_text(new, dehyphenator)
                made.append(new)
        made[-1].extra.update(piece.extra)
        if longest + 1 < len(lines):
            return made[:-1] + _split_piece(made[-1], page_words, dehyphenator, casing, merged)
        return made
    return [piece]


def _set_apart(span: list[Line], nxt: Line) -> bool:
    """A title before a continued story's first line: set wider or narrower than the body."""
    if len(nxt.text) > 1.15 * nxt.width:
        return False
    *head, last = span
    wide = [len(line.text) > 1.2 * line.width for line in span]
    # A title wider than a column may wrap once more: its last line is what is left over.
    if all(wide) or (bool(head) and all(wide[:-1]) and _left_over(last, head[-1])):
        return True
    # Or narrower: running text never sets several short lines in a row before a full one.
    narrow = len(span) >= 3 and all(len(line.text) < 0.7 * line.width for line in span)
    return narrow and len(nxt.text) >= 0.85 * nxt.width


def _left_over(line: Line, wide: Line) -> bool:
    """The last words of a title set wider than the column, wrapped onto a line of their own."""
    short = len(line.text) < 0.6 * len(wide.text) and len(line.text.split()) <= 3
    return short and line.text[:1] not in "\"“‘'"


def starts_anew(line: Line) -> bool:
    first = line.text.lstrip("\"'“‘")[:1]
    return first.isupper() or first.isdigit()


def _reads_like_title(
    lines: list[Line],
    nxt: Line | None,
    page_words: Counter[str],
    dehyphenator: Dehyphenator,
    casing: Casing | None = None,
    merged: bool = False,
) -> bool:
    text = ""
    for line in lines:
        text = join_text(text, line.text, dehyphenator)
    words = text.split()
    if not 2 <= len(words) <= 25 or roles.SENTENCE_INSIDE.search(text):
        return False
    if any(line.justified for line in lines):
        return False  # headlines are set ragged; justified lines (wide word gaps) are text
    last = words[-1].strip(",;:").lower()
    if last in roles.FUNCTION_END or text[-1] in ",;:":
        return False
    if nxt is not None:
        following = nxt.text.lstrip("\"'“‘(")
        opens = casing is not None and casing.opens_sentence(following)
        if words[-1][:1].isupper() and following[:1].isupper() and not opens:
            return False  # a name broken across lines: "Regional governor Boris / Dubrovsky said"
    own = Counter(content_words(text))
    if not own:
        return False
    recurring = sum(1 for w in own if page_words[w] > own[w]) / len(own)
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    widths = [len(line.text) / max(line.width, 1.0) for line in lines]
    # Wider than the column, or a wide title and the words its last wrap left over.
    wide = (
        not merged
        and all(w > 1.3 for w in widths[:-1])
        and (widths[-1] > 1.3 or (len(lines) > 1 and _left_over(lines[-1], lines[-2])))
    )
    apart = wide or all(w < 0.85 or w > 1.15 for w in widths) or lines[-1].short
    if recurring < 0.5 and not (wide and len(lines) <= 4):
        return False
    if len(lines) == 1 and not wide:
        # One line inside running text is a title only when both set apart and capitalised.
        return capitalised >= 0.6 and apart
    # Lines that end no sentence, before a sentence's first word ("… cargo ship Namse
    # Bangdzod" / "In late December,"): running text never stops there; a title does,
    # when it names names and has no clauses strung with semicolons.
    before_sentence = nxt is not None and _opens_with_function_word(nxt.text)
    return capitalised >= 0.6 or apart or (before_sentence and capitalised >= 0.3 and ";" not in text)


_FUNCTION_STARTERS = frozenset(
    "the a an in on at it he she they we this but as after when while if for with from there "
    "his her their its our".split()
)


def _opens_with_function_word(text: str) -> bool:
    """Starts with a capitalised function word ("In late December"): a sentence's start,
    since inside a sentence such words are never capitalised ("I" may be: not counted)."""
    words = text.lstrip("\"'“‘(").split(maxsplit=1)
    first = words[0].rstrip(",;:") if words else ""
    shouted = len(first) > 1 and first.isupper()  # "THE" in a headline set in capitals
    return first[:1].isupper() and not shouted and first.lower() in _FUNCTION_STARTERS


# --- names running through the page ---------------------------------------------


def lines_text(lines: list[Line]) -> str:
    """Lines of a title joined as running text (line-end hyphens decided by shape and lexicon)."""
    text = ""
    for line in lines:
        text = join_text(text, line.text, _LEXICON_ONLY)
    return text


_LEXICON_ONLY = Dehyphenator("")


def running_names(pieces: list[Piece]) -> str:
    """The page's running text in lower case, to look up names printed whole ("south carolina")."""
    text = " ".join(p.text for p in pieces if p.role == "body").lower()
    return " " + _NOT_IN_NAMES.sub(" ", text)


_NOT_IN_NAMES = re.compile(r"[^\w'’-]+")


def _name_part(word: str) -> str:
    return word.strip("\"'“”‘’(),.;:").lower()


def breaks_a_name(before: Line, after: Line, text: str) -> bool:
    """A cut between two capitalised words would split a name the text prints whole elsewhere."""
    last, first = before.text.rsplit(" ", 1)[-1], after.text.split(" ", 1)[0]
    if not (last[:1].isupper() and first[:1].isupper()):
        return False
    return f" {_name_part(last)} {_name_part(first)}" in text

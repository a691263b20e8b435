"""Group paragraphs into articles and give each its headline, deck, byline and parts.

A drop cap, a headline, a bio or a jump line between two paragraphs in stream
order starts a new article, unless sentence continuity says the paragraph
belongs to one already begun.  Headlines, captions, pull quotes and bios go to
the article whose words they share; titles set side by side or stacked over
one story are parted by the same word evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache

from ...model import Other
from ...text.furniture import JUMP_LINE
from .classify import all_caps, breaks_a_name, lines_text, running_names, runs_on, starts_anew
from .drafts import Draft, affinity, content_words, overlap, region_of
from .lines import Line
from .pieces import Piece, jumps


def group(pieces: list[Piece], chains: list[list[Piece]], lost_initials: set[int]) -> list[Draft]:
    """Group paragraph chains into articles by the separators between them in the stream."""
    index = {id(p): i for i, p in enumerate(pieces)}
    head_of = {id(c[0]): c for c in chains}
    drafts: list[Draft] = []
    boundary = True
    for i, piece in enumerate(pieces):
        if piece.role in ("title", "bio") or jumps(piece, "on"):
            boundary = True
            continue
        run = head_of.get(id(piece))
        if run is None:
            continue
        starts_article = piece.cut == "dropcap" or i in lost_initials or bool(piece.extra.get("carried"))
        if not drafts or starts_article or boundary:
            drafts.append(Draft(first=i, drop_cap=starts_article))
        drafts[-1].chains.append(run)
        drafts[-1].last = max(drafts[-1].last, max(index[id(p)] for p in run))
        boundary = False
    return [d for d in drafts if d.chains]


def attach(pieces: list[Piece], drafts: list[Draft], other: list[Other]) -> None:
    """Give headlines, decks, bylines, captions, pull quotes, bios and jumps to articles."""
    _split_stacked_titles(pieces, drafts)
    _split_side_by_side(pieces, drafts)
    titles = [i for i, p in enumerate(pieces) if p.role == "title"]
    _assign_headlines(pieces, titles, drafts)
    for t in titles:
        title = pieces[t]
        if title.role == "title" and not any(title is d.headline or title is d.deck for d in drafts):
            _split_for_title(title, drafts)
    _merge_headless(drafts, bool(titles))
    owned = {id(p) for d in drafts for run in d.chains for p in run}
    draft: Draft | None
    for i, piece in enumerate(pieces):
        if piece.role == "title":
            draft = _draft_of_title(i, pieces, drafts)
            if draft is None:
                other.append(
                    Other(role="unassigned", text=piece.text, regions=[region_of(piece, "unassigned")])
                )
            continue
        if piece.role == "byline":
            draft = _nearest_headed(i, drafts, pieces)
            if draft is not None and draft.byline is None:
                draft.byline = piece
            else:
                other.append(Other(role="byline", text=piece.text, regions=[region_of(piece, "byline")]))
        elif piece.role == "caption":
            draft = _best_by_words(piece.text, drafts, i)
            if draft is not None:
                draft.captions.append(piece)
        elif piece.role == "pull_quote":
            draft = _best_by_words(piece.text, drafts, i)
            attribution = None
            if i + 1 < len(pieces) and pieces[i + 1].role == "attribution":
                attribution = pieces[i + 1]
                if i + 2 < len(pieces) and pieces[i + 2].role == "attribution_title":
                    attribution.extra["title"] = pieces[i + 2].text
            if draft is not None:
                draft.pull_quotes.append((piece, attribution))
        elif piece.role == "bio":
            draft = _preceding(i, drafts, pieces) or _best_by_words(piece.text, drafts, i)
            if draft is not None and draft.bio is None:
                draft.bio = piece
            else:
                other.append(Other(role="bio", text=piece.text, regions=[region_of(piece, "bio")]))
        elif piece.role == "jump":
            match = JUMP_LINE.match(piece.text)
            number = int(next(g for g in match.groups()[1:] if g)) if match else None
            direction = match.group(1).lower() if match and match.group(1) else "on"
            if direction == "from":
                draft = _carried_over(i, drafts, pieces) or _following(i, drafts, pieces)
                if draft is not None:
                    draft.continued_from = number
                    draft.kicker = piece
            else:
                draft = _preceding(i, drafts, pieces)
                if draft is not None:
                    draft.continued_on = number
            if draft is None:
                other.append(Other(role="jump", text=piece.text, regions=[region_of(piece, "jump")]))
        elif piece.role in ("attribution", "attribution_title"):
            continue
        elif piece.role in ("folio", "credit"):  # a credit whose photo's caption was not found
            other.append(Other(role=piece.role, text=piece.text, regions=[region_of(piece, piece.role)]))
        elif piece.role == "body" and id(piece) not in owned and piece.text:
            other.append(Other(role="unassigned", text=piece.text, regions=[region_of(piece, "unassigned")]))


def _best_matching(
    pairs: list[tuple[float, int, int]], titles: list[int], n_drafts: int
) -> list[tuple[int, int]]:
    """The title-to-article pairing with the highest total score (each used once; weak pairs unused).

    A greedy choice lets one article take the headline that fits it best and leave
    its neighbour with nothing; pages hold few titles, so the exact optimum is cheap.
    """
    score = {(t, n): sc for sc, t, n in pairs if sc >= 0.15}
    candidates = [t for t in titles if any((t, n) in score for n in range(n_drafts))][:20]

    @cache
    def best(n: int, used: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if n == n_drafts:
            return 0.0, ()
        result = best(n + 1, used)
        for k, t in enumerate(candidates):
            if used & (1 << k) or (t, n) not in score:
                continue
            gain, chosen = best(n + 1, used | (1 << k))
            if gain + score[(t, n)] > result[0]:
                result = (gain + score[(t, n)], ((t, n), *chosen))
        return result

    if n_drafts > 12:  # too many for the exact search: fall back to greedy
        chosen, used_t, used_n = [], set(), set()
        for sc, t, n in sorted(pairs, reverse=True):
            if sc >= 0.15 and t not in used_t and n not in used_n:
                chosen.append((t, n))
                used_t.add(t)
                used_n.add(n)
        return chosen
    return list(best(0, 0)[1])


def _split_stacked_titles(pieces: list[Piece], drafts: list[Draft]) -> None:
    """Two headlines set one above the other read as one title: split where their words part ways.

    A cut before a line starting with a capital is kept when each side matches a
    different article best, and matches it clearly.
    """
    names = running_names(pieces)
    if len(drafts) == 1:
        # One draft under several headlines: the stream ran the stories together.  Part
        # it while two headlines that both speak of one part split that part in two.
        for _ in range(sum(1 for p in pieces if p.role == "title")):
            if not any(_split_one_story_in_two(pieces, drafts, names, d) for d in list(drafts)):
                break
    else:
        # On a page of several drafts, only two whole titles that both fit one draft part it
        # (cutting a title there would part one story under its own two-line headline).
        for _ in range(sum(1 for p in pieces if p.role == "title")):
            if not any(_split_one_story_in_two(pieces, drafts, names, d, whole=True) for d in list(drafts)):
                break
    if len(drafts) < 2:
        return
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        if piece.role != "title" or len(piece.lines) < 2:
            continue
        best: tuple[float, int] | None = None
        for cut, head_text, tail_text in _title_cuts(piece, names):
            head, tail = affinity(head_text, drafts), affinity(tail_text, drafts)
            h = max(range(len(drafts)), key=head.__getitem__)
            t = max(range(len(drafts)), key=tail.__getitem__)
            score = head[h] + tail[t]
            # Every line of a title in capitals starts with one: the words must speak louder.
            margin = 3.0 if all_caps(piece.lines[cut].text) else 2.0
            if (
                h != t
                and min(head[h], tail[t]) >= 0.3
                and head[h] >= margin * head[t]
                and tail[t] >= margin * tail[h]
                and (best is None or score > best[0])
            ):
                best = (score, cut)
        if best is not None:
            cut = best[1]
            second = Piece(piece.lines[cut:], cut="title", role="title", text=lines_text(piece.lines[cut:]))
            second.extra["parted"] = "1"
            piece.lines = piece.lines[:cut]
            piece.text = lines_text(piece.lines)
            pieces.insert(i, second)


def _split_side_by_side(pieces: list[Piece], drafts: list[Draft]) -> None:
    """Run `_side_by_side` over every title with the short lines that finish it."""
    i = 0
    while i < len(pieces):
        if pieces[i].role != "title":
            i += 1
            continue
        # The title and what may finish it (a line of a few words, lines in lower case
        # ending no sentence, a title of column-wide lines right under it: one side's
        # rest): all of it may be the words of two headlines.
        end = i + 1
        while end < len(pieces) and end - i < 4 and (
            _may_finish_title(pieces[end]) or _one_sides_rest(pieces[i], pieces[end])
        ):
            end += 1
        run = pieces[i:end]
        lines = [line for p in run for line in p.lines]
        if len(lines) < 3 or not any(len(line.text) > 1.3 * line.width for line in lines):
            i += 1  # only a line wider than a column can hold words of two headlines
            continue
        # Parts read as text are taken out of their articles while the words are weighed.
        kept = [(d, d.chains) for d in drafts]
        text_parts = {id(p) for p in run if p.role == "body"}
        for d in drafts:
            d.chains = [c for c in ([p for p in chain if id(p) not in text_parts] for chain in d.chains) if c]
            d._words = None
        found = _side_by_side(lines, drafts) or _side_by_side_over_one_story(lines, i, pieces, drafts)
        if found is None:
            for d, chains in kept:
                d.chains = chains
                d._words = None
            i += 1
            continue
        pieces[i:end] = found[1]
        i += len(found[1])


def _one_sides_rest(title: Piece, piece: Piece) -> bool:
    """A title right under one whose first line holds two columns' words, its own lines
    each fitting in a column: the rest of one of two headlines set side by side."""
    first = title.lines[0]
    return (
        len(first.text) >= 1.8 * first.width
        and piece.role == "title"
        and not piece.lines[0].blank_before
        and all(len(line.text) <= 1.1 * line.width for line in piece.lines)
    )


def _may_finish_title(piece: Piece) -> bool:
    if piece.role != "body" or len(piece.lines) > 5 or piece.lines[-1].terminal:
        return False
    return piece.starts_lower or (len(piece.lines) == 1 and piece.words <= 4)


def _side_by_side_over_one_story(
    lines: list[Line], title: int, pieces: list[Piece], drafts: list[Draft]
) -> tuple[float, list[Piece]] | None:
    """Side-by-side headlines over two stories that the stream ran into one draft.

    Each paragraph boundary of the draft under the titles is tried as the seam
    between the two stories; the draft is split where both headlines then clearly
    fit their own half (the left one the half read first, or the other way round).
    """
    # (the first draft under the titles: it may have begun with the run's own lines)
    draft = next((d for d in drafts if d.first > title and d.chains), None)
    if draft is None or len(draft.chains) < 2:
        return None
    others = [d for d in drafts if d is not draft]
    n = len(others)
    best: tuple[float, int, list[Piece]] | None = None
    for k in range(1, len(draft.chains)):
        trial = [*others, Draft(chains=draft.chains[:k]), Draft(chains=draft.chains[k:])]
        if _shared_words(trial[-2], trial[-1]) > 0.12:
            continue  # the halves talk of the same things: one story
        found = _side_by_side(lines, trial, pairs=[(n, n + 1), (n + 1, n)])
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], k, found[1])
    if best is None:
        return None
    score, k, side = best
    index = {id(p): i for i, p in enumerate(pieces)}
    second = draft.split(k)
    second.first = min(index[id(c[0])] for c in second.chains)
    draft.last = max(index[id(p)] for c in draft.chains for p in c)
    drafts.insert(drafts.index(draft) + 1, second)
    return score, side


def _shared_words(a: Draft, b: Draft) -> float:
    """The share of the rarer half's topic words that the other half uses too."""
    wa, wb = set(a.words()), set(b.words())
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _side_by_side(
    lines: list[Line], drafts: list[Draft], pairs: list[tuple[int, int]] | None = None
) -> tuple[float, list[Piece]] | None:
    """Two headlines set side by side, whose lines an extractor read across both.

    "Toronto serial killer … pleads guilty to Paris court jails two" / "eight murders" /
    "police in high-profile rape" / "case": each line holds the left headline's words, then
    the right one's (either part may be empty).  For each pair of articles, every line is
    cut where its words turn from one article's to the other's; the pair is kept when each
    headline clearly fits its own article.
    """
    counts = [d.words() for d in drafts]
    best: tuple[float, list[tuple[Line, int]]] | None = None
    every = [(a, b) for a in range(len(drafts)) for b in range(len(drafts)) if a != b]
    for a, b in pairs or every:
        # Only a line wider than a column can hold words of both; once a line holds
        # the right headline's words alone, the left one has ended.
        cuts: list[tuple[Line, int]] = []
        right_alone = False
        widest = max(len(line.text) for line in lines)
        for line in lines:
            # (or nearly as long as the widest line: display type fits fewer letters)
            wide = len(line.text) > 1.3 * line.width or len(line.text) >= 0.8 * widest
            k = 0 if right_alone else _side_cut(line.text.split(), counts, a, b, wide)
            right_alone = right_alone or (k == 0 and any(c > 0 for _, c in cuts))
            cuts.append((line, k))
        sizes = [(k, len(line.text.split())) for line, k in cuts]
        if not (
            0 < sizes[0][0] < sizes[0][1] and any(k == n for k, n in sizes) and any(k == 0 for k, n in sizes)
        ):
            continue  # side by side: the first line holds both (they start on one baseline),
            # then lines of each alone
        left = " ".join(" ".join(line.text.split()[:k]) for line, k in cuts).split()
        right = " ".join(" ".join(line.text.split()[k:]) for line, k in cuts).split()
        if min(len(set(content_words(" ".join(left)))), len(set(content_words(" ".join(right))))) < 3:
            continue
        fa, fb = affinity(" ".join(left), drafts), affinity(" ".join(right), drafts)
        clear = min(fa[a], fb[b]) >= 0.4 and fa[a] >= 3 * fa[b] and fb[b] >= 3 * fb[a]
        if clear and (best is None or fa[a] + fb[b] > best[0]):
            best = (fa[a] + fb[b], cuts)
    if best is None:
        return None
    left_lines: list[Line] = []
    right_lines: list[Line] = []
    for line, k in best[1]:
        words = line.text.split()
        split = len(" ".join(words[:k]))
        if k > 0:
            left_lines.append(Line(" ".join(words[:k]), line.start, line.start + split, width=line.width))
        if k < len(words):
            start = line.start + split + (1 if k else 0)
            right_lines.append(Line(" ".join(words[k:]), start, line.end, width=line.width))
    titles = [Piece(ls, cut="title", role="title", text=lines_text(ls)) for ls in (left_lines, right_lines)]
    return best[0], titles


def _side_cut(words: list[str], counts: list[Counter[str]], a: int, b: int, both: bool) -> int:
    """Where a line's words turn from article a's to article b's (0: all b's, len: all a's;
    in between only when the line may hold `both`)."""
    lean = []
    for word in words:
        shares = 0.0
        for w in content_words(word):
            total = sum(c[w] for c in counts)
            if total:
                shares += (counts[a][w] - counts[b][w]) / total
        lean.append(shares)
    best_k, best = len(words), sum(lean)
    for k in range(len(words) - 1, -1, -1):
        if k > 0 and not both:
            continue
        score = sum(lean[:k]) - sum(lean[k:])
        # Ties go to a cut before a capital (a headline's first word), else to the right.
        before_capital = words[k][:1].isupper() and (best_k == len(words) or not words[best_k][:1].isupper())
        if score > best or (score == best and before_capital):
            best_k, best = k, score
    return best_k


def _title_cuts(piece: Piece, names: str) -> Iterator[tuple[int, str, str]]:
    """Where a title run could part into two headlines: (line index, head text, tail text).

    Only before a line that starts anew, never after a line that runs on or inside a
    name the page prints whole, and only where each side has words enough to tell
    whose they are.
    """
    lines = piece.lines
    for cut in range(1, len(lines)):
        if not starts_anew(lines[cut]) or runs_on(lines[cut - 1]):
            continue
        if breaks_a_name(lines[cut - 1], lines[cut], names):
            continue
        head, tail = lines_text(lines[:cut]), lines_text(lines[cut:])
        if min(len(set(content_words(head))), len(set(content_words(tail)))) >= 3:
            yield cut, head, tail


def _split_one_story_in_two(
    pieces: list[Piece], drafts: list[Draft], names: str, draft: Draft, whole: bool = False
) -> bool:
    """Two headlines stacked over two bodies that the stream ran together: split both at once.

    The two headlines are either two title pieces one after the other, or one title
    piece that holds both (cut where `_title_cuts` allows); once the page has several
    drafts, both must fit this one best.  Says whether it split.
    """
    titles = [p for p in pieces if p.role == "title"]
    # (head, tail, the title piece to cut or None, the line to cut it at)
    candidates: list[tuple[str, str, Piece | None, int]] = [
        (head, tail, piece, cut)
        for piece in titles
        if len(piece.lines) >= 2 and not whole
        for cut, head, tail in _title_cuts(piece, names)
    ]
    candidates += [
        (a.text, b.text, None, 0)
        for a, b in zip(pieces, pieces[1:], strict=False)
        if a.role == b.role == "title" and len(set(content_words(b.text))) >= 3
    ]
    if len(drafts) > 1:
        mine = drafts.index(draft)
        candidates = [c for c in candidates if all(_best_draft(t, drafts) == mine for t in c[:2])]
    best: tuple[float, Piece | None, int, int] | None = None
    for head, tail, piece, cut in candidates:
        for k in range(1, len(draft.chains)):
            first, second = draft.chains[:k], draft.chains[k:]
            if _shared_words(Draft(chains=first), Draft(chains=second)) > 0.3:
                continue  # the halves talk of the same things: one story
            straight = (_text_overlap(head, first), _text_overlap(tail, second))
            crossed = (_text_overlap(tail, first), _text_overlap(head, second))
            if sum(crossed) > sum(straight):
                straight, crossed = crossed, straight  # the second headline's story came first
            fit, cross = sum(straight), sum(crossed)
            # The part of a story continued from another page may use few of its
            # headline's words: the two fits together must clearly beat the crossing.
            clear = min(straight) >= 0.35 and fit >= 1.0 and fit - cross >= 0.7
            # A first half that opens inside a sentence is such a rest of a story: under two
            # whole headlines, the other half fitting its own, with little shared, is enough.
            carried = (
                piece is None
                and _opens_inside_a_sentence(first)
                and straight[1] >= max(0.5, 2 * max(crossed))
                and _shared_words(Draft(chains=first), Draft(chains=second)) < 0.12
            )
            if (clear or carried) and (best is None or fit - cross > best[0]):
                best = (fit - cross, piece, cut, k)
    if best is None:
        return False
    _, piece, cut, k = best
    if piece is not None:
        tail = lines_text(piece.lines[cut:])
        parted = Piece(piece.lines[cut:], cut="title", role="title", text=tail, extra={"parted": "1"})
        pieces.insert(pieces.index(piece) + 1, parted)
        piece.lines = piece.lines[:cut]
        piece.text = lines_text(piece.lines)
    drafts.insert(drafts.index(draft) + 1, draft.split(k))
    return True


def _opens_inside_a_sentence(chains: list[list[Piece]]) -> bool:
    """The stream opens here in the middle of a sentence: the rest of a story begun elsewhere."""
    head = chains[0][0]
    return head.starts_lower or bool(head.extra.get("carried"))


def _best_draft(text: str, drafts: list[Draft]) -> int:
    scores = affinity(text, drafts)
    return max(range(len(drafts)), key=scores.__getitem__)


def _assign_headlines(pieces: list[Piece], titles: list[int], drafts: list[Draft]) -> None:
    """Pair titles with articles: shared words first, stream adjacency to break ties."""
    pairs: list[tuple[float, int, int]] = []
    for t in titles:
        for n, draft in enumerate(drafts):
            score = overlap(pieces[t].text, draft) * min(1.0, pieces[t].words / 5)
            if t < draft.first and not any(
                pieces[k].role in ("body",) and id(pieces[k])
                for k in range(t + 1, draft.first)
                if _is_head_between(pieces, k)
            ):
                score += 0.35
            if draft.last < t and all(pieces[k].role != "title" for k in range(draft.last + 1, t)):
                score += 0.25
            score -= 0.002 * min(abs(t - draft.first), abs(t - draft.last))
            pairs.append((score, t, n))
    taken_titles: set[int] = set()
    for t, n in _best_matching(pairs, titles, len(drafts)):
        drafts[n].headline = pieces[t]
        taken_titles.add(t)
    # Titles and articles left over after the clear pairs: a continued story shares few
    # words with its headline, so the rest are paired best first, however weakly.
    for _score, t, n in sorted(pairs, reverse=True):
        if t not in taken_titles and drafts[n].headline is None and pieces[t].extra.get("strong"):
            drafts[n].headline = pieces[t]
            taken_titles.add(t)
    # A second title right after a headline is its deck; a shorter one right before the
    # matched title is the headline, and the matched one its deck.
    for draft in drafts:
        if draft.headline is None:
            continue
        h = next(i for i, p in enumerate(pieces) if p is draft.headline)
        if (
            h > 0
            and pieces[h - 1].role == "title"
            and h - 1 not in taken_titles
            and pieces[h - 1].words < draft.headline.words
            and pieces[h - 1].words >= 3  # one or two words over a headline: a label or kicker
            and _on_topic(pieces[h - 1].text, draft, drafts)
        ):
            draft.deck, draft.headline = draft.headline, pieces[h - 1]
            taken_titles.add(h - 1)
            continue
        if (
            h + 1 < len(pieces)
            and pieces[h + 1].role == "title"
            and h + 1 not in taken_titles
            and (pieces[h + 1].words > draft.headline.words or pieces[h + 1].words >= 8)
            and _on_topic(pieces[h + 1].text, draft, drafts)
            and not _heads_a_later_story(pieces[h + 1].text, draft)
        ):
            draft.deck = pieces[h + 1]
            taken_titles.add(h + 1)
        elif _finishes(pieces, h, draft, drafts, taken_titles):
            # A short run under the headline in the same type, left over when two stacked
            # headlines were parted ("… QASEM SOLEIMANI" / "CAUSES DEATHS, DELAYS BURIAL").
            rest = pieces[h + 1]
            draft.headline.lines = draft.headline.lines + rest.lines
            draft.headline.text = lines_text(draft.headline.lines)
            rest.role = "headline_rest"
            taken_titles.add(h + 1)
    for draft in drafts:
        for p in (draft.headline, draft.deck):
            if p is not None:
                p.extra["taken"] = "1"


def _finishes(pieces: list[Piece], h: int, draft: Draft, drafts: list[Draft], taken: set[int]) -> bool:
    """The title under headline `h`, the second part of a title run that was parted in two
    headlines, is its last line: short, in the same case, unclaimed, right under it and
    about the same story."""
    if h + 1 >= len(pieces) or h + 1 in taken or draft.deck is not None:
        return False
    rest, headline = pieces[h + 1], pieces[h]
    return (
        bool(headline.extra.get("parted"))
        and rest.role == "title"
        and not rest.lines[0].blank_before
        and rest.words < min(8, headline.words)
        and all_caps(rest.text) == all_caps(headline.text)
        and _on_topic(rest.text, draft, drafts)
    )


def _heads_a_later_story(text: str, draft: Draft) -> bool:
    """A title that fits paragraphs further down better than the article's lead, where the
    article's own headline fits them worse, heads a second story the stream ran into this
    one: it is no deck."""
    own = draft.headline.text if draft.headline is not None else ""
    t_a, h_a = _text_overlap(text, draft.chains[:2]), _text_overlap(own, draft.chains[:2])
    for k in range(1, len(draft.chains)):
        t_b, h_b = _text_overlap(text, draft.chains[k : k + 2]), _text_overlap(own, draft.chains[k : k + 2])
        if t_b >= max(0.45, t_a + 0.15) and (t_b - t_a) + (h_a - h_b) >= 0.5:
            return True
    return False


def _on_topic(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """A deck tells more of its own story: it shares no fewer words with it than with another."""
    own = overlap(text, draft)
    return all(overlap(text, other) < own + 0.3 for other in drafts if other is not draft)


def _merge_headless(drafts: list[Draft], page_has_titles: bool) -> None:
    """A run of paragraphs with no headline and no drop cap continues the article before it."""
    if not page_has_titles:
        return
    n = 1
    while n < len(drafts):
        draft = drafts[n]
        if draft.headline is None and not draft.drop_cap:
            previous = drafts[n - 1]
            previous.chains.extend(draft.chains)
            previous.last = max(previous.last, draft.last)
            previous._words = None
            del drafts[n]
            continue
        n += 1
    if len(drafts) > 1 and drafts[0].headline is None and not drafts[0].drop_cap:
        drafts[1].chains[:0] = drafts[0].chains
        drafts[1].first = drafts[0].first
        drafts[1]._words = None
        del drafts[0]


def _text_overlap(text: str | None, chains: list[list[Piece]]) -> float:
    words = set(content_words(text or ""))
    if not words:
        return 0.0
    present = {w for run in chains for p in run for w in content_words(p.text)}
    return len(words & present) / len(words)


def _split_for_title(title: Piece, drafts: list[Draft]) -> None:
    """An orphan headline whose words open paragraphs inside an article: a second article starts there.

    Stream orders that set all headlines first (or last), then all bodies, leave no
    separator between two articles' paragraphs; the headlines' words in the leads say
    where one ends.  The orphan may head either part: the article's own headline keeps
    the part whose lead it matches.
    """
    best: tuple[float, int, int, bool] | None = None
    for n, draft in enumerate(drafts):
        own = draft.headline.text if draft.headline is not None else None
        lead_a = draft.chains[:2]
        for k in range(1, len(draft.chains)):
            lead_b = draft.chains[k : k + 2]
            t_a, t_b = _text_overlap(title.text, lead_a), _text_overlap(title.text, lead_b)
            h_a = _text_overlap(own, lead_a) if own else 0.0
            h_b = _text_overlap(own, lead_b) if own else 0.0
            for title_first in (False, True) if own else (False,):
                fit = t_a if title_first else t_b
                gain = (t_a - t_b + h_b - h_a) if title_first else (t_b - t_a + h_a - h_b)
                if fit >= 0.45 and gain >= 0.3 and (best is None or gain > best[0]):
                    best = (gain, n, k, title_first)
    if best is None:
        return
    _, n, k, title_first = best
    draft = drafts[n]
    second = draft.split(k)
    if title_first:
        second.headline, draft.headline = draft.headline, title
    else:
        second.headline = title
    drafts.insert(n + 1, second)


def _is_head_between(pieces: list[Piece], k: int) -> bool:
    return pieces[k].role == "body"


def _draft_of_title(i: int, pieces: list[Piece], drafts: list[Draft]) -> Draft | None:
    piece = pieces[i]
    for draft in drafts:
        if piece is draft.headline or piece is draft.deck:
            return draft
    return None


def _nearest_headed(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    best, best_distance = None, 10**9
    for draft in drafts:
        anchor = draft.deck or draft.headline
        if anchor is None:
            continue
        a = next(k for k, p in enumerate(pieces) if p is anchor)
        distance = abs(i - a) + (0 if i > a else 1)
        if distance < best_distance:
            best, best_distance = draft, distance
    return best


def _best_by_words(text: str, drafts: list[Draft], i: int) -> Draft | None:
    if not drafts:
        return None
    return max(drafts, key=lambda d: (overlap(text, d), -min(abs(i - d.first), abs(i - d.last))))


def _preceding(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    """The article whose body text comes last before stream position `i`."""
    best, best_pos = None, -1
    for draft in drafts:
        for run in draft.chains:
            for p in run:
                k = next(n for n, q in enumerate(pieces) if q is p)
                if best_pos < k < i:
                    best, best_pos = draft, k
    return best


def _carried_over(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    """The nearest article that opens inside a sentence: the rest of a story from an earlier page."""
    candidates = [
        d
        for d in drafts
        if d.continued_from is None
        and d.chains
        and (d.chains[0][0].starts_lower or d.chains[0][0].extra.get("carried"))
    ]
    return min(candidates, key=lambda d: abs(d.first - i)) if candidates else None


def _following(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    candidates = [d for d in drafts if d.first > i]
    return min(candidates, key=lambda d: d.first) if candidates else None

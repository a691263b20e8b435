"""Quotations on PolNeAR: span P/R/F1 and speaker accuracy, against textacy; NLP speed.

    .venv/bin/python -m bench.quotes [--split dev] [--limit N]

PolNeAR (../shared/corpora/polnear/<split>) gives, per article, gold
attributions: content, source (speaker) and cue spans in brat standoff.  When
an article has several annotators, the first annotation file (by name) is the
gold.  A gold quotation is *direct* when its content lies inside quotation
marks, *mixed* when part of it does, *indirect* otherwise (the marks are read
from the text).

- A predicted quotation matches a gold one when it covers at least half of
  the gold content's word tokens.  Precision counts matched predictions,
  recall matched gold contents; "direct+mixed" compares predicted direct and
  mixed quotations with gold direct and mixed ones, "all" everything.
- Speaker accuracy, over matched gold quotations that have a source: the
  predicted speaker's words in the text overlap the gold source, or its
  resolved name shares a word with it.
- Baseline in the same run, on the same spaCy docs: textacy's
  ``direct_quotations`` (direct quotations only, so it is scored on
  direct+mixed and all alike).
- Speed: words/s of the NLP stage (model + broadsheet_entities +
  broadsheet_quotes, batched with `nlp.pipe`) against bare `nlp.pipe` of
  the same model on the same texts.  Target ≥ 0.8×.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import SHARED

_WORD = re.compile(r"\w+")
_STOP = frozenset("the a an of and in for to at on mr mrs ms dr sen rep gov president".split())


@dataclass(slots=True)
class Gold:
    spans: list[tuple[int, int]]
    kind: str
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


@dataclass(slots=True)
class Pred:
    spans: list[tuple[int, int]]
    kind: str
    speaker_spans: list[tuple[int, int]]
    speaker_name: str


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(" ", 1)[1].split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_gold(ann: Path, text: str) -> list[Gold]:
    from broadsheet.nlp.quotes import find_segments

    marks = [(s.start, s.end) for s in find_segments(text)]
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            spans[parts[0]] = (parts[1].split(" ", 1)[0], _spans(parts[1]), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    golds = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        content = spans[rel["Content"]][1]
        words = [m.start() + s for s, e in content for m in _WORD.finditer(text[s:e])]
        if not words:
            continue
        quoted = sum(1 for w in words if any(a < w < b for a, b in marks))
        kind = "direct" if quoted >= 0.9 * len(words) else "mixed" if quoted else "indirect"
        source = spans.get(rel.get("Source", ""), ("", [], ""))
        golds.append(Gold(content, kind, source[1], source[2]))
    return golds


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {s + m.start() for s, e in spans for m in _WORD.finditer(text[s:e])}


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def score(docs: list[tuple[str, list[Gold], list[Pred]]], kinds: set[str]) -> dict[str, float]:
    tp_pred = n_pred = tp_gold = n_gold = sp_ok = sp_n = 0
    for text, golds, preds in docs:
        gs = [g for g in golds if g.kind in kinds]
        ps = [p for p in preds if p.kind in kinds]
        gtok = [_tokens(text, g.spans) for g in gs]
        ptok = [_tokens(text, p.spans) for p in ps]
        n_gold += len(gs)
        n_pred += len(ps)
        matched_pred = set()
        for gi, g in enumerate(gs):
            best = None
            for pi in range(len(ps)):
                overlap = len(gtok[gi] & ptok[pi])
                if overlap and overlap >= 0.5 * len(gtok[gi]) and (best is None or overlap > best[0]):
                    best = (overlap, pi)
            if best is None:
                continue
            tp_gold += 1
            matched_pred.add(best[1])
            if g.source:
                p = ps[best[1]]
                sp_n += 1
                touches = any(a < d and c < b for a, b in p.speaker_spans for c, d in g.source)
                shares = bool(_name_words(p.speaker_name) & _name_words(g.source_text))
                sp_ok += touches or shares
        for pi in range(len(ps)):
            if pi in matched_pred or any(len(g & ptok[pi]) >= 0.5 * len(g) for g in gtok):
                tp_pred += 1
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "speaker": sp_ok / sp_n if sp_n else 0.0,
            "gold": n_gold, "pred": n_pred}


def broadsheet_preds(doc: Any) -> list[Pred]:
    out = []
    for q in doc._.bs_quotes:
        sp = q["speaker"]
        out.append(Pred([tuple(s) for s in q["spans"]], q["kind"],
                        [(sp["start"], sp["end"])] if sp and sp["start"] is not None else [],
                        sp["name"] if sp else ""))
    return out


def textacy_preds(doc: Any) -> list[Pred]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, AttributeError):
        return out
    for speaker, _cue, content in triples:
        out.append(Pred([(content.start_char, content.end_char)], "direct",
                        [(t.idx, t.idx + len(t)) for t in speaker], " ".join(t.text for t in speaker)))
    return out


def load_split(split: str, limit: int | None) -> list[tuple[str, Path]]:
    base = SHARED / "corpora" / "polnear" / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"{base} is missing: PolNeAR must be at ../shared/corpora/polnear")
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    items = []
    for name, ann in sorted(chosen.items()):
        txt = base / "text" / f"{name}.txt"
        if txt.exists():
            items.append((txt.read_text(encoding="utf-8"), ann))
    return items[:limit] if limit else items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", help="PolNeAR split directory (train, dev, or a held-out one)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    try:
        items = load_split(args.split, args.limit)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    import spacy

    from broadsheet.config import Settings
    from broadsheet.nlp.pipeline import load_nlp

    model = Settings().spacy_model
    bare = spacy.load(model)
    full = load_nlp(model)
    texts = [t for t, _ in items]
    words = sum(len(t.split()) for t in texts)
    list(bare.pipe(texts[:3]))  # warm up both
    list(full.pipe(texts[:3]))
    t0 = time.perf_counter()
    list(bare.pipe(texts, batch_size=32))
    t_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(full.pipe(texts, batch_size=32))
    t_full = time.perf_counter() - t0

    rows = []
    for name, fn in (("broadsheet", broadsheet_preds), ("textacy direct_quotations", textacy_preds)):
        per_doc = [(t, read_gold(ann, t), fn(doc)) for (t, ann), doc in zip(items, docs, strict=True)]
        dm = score(per_doc, {"direct", "mixed"})
        rows.append((name, dm, score(per_doc, {"direct", "mixed", "indirect"})))

    print(f"PolNeAR {args.split}: {len(items)} articles, {words} words (model {model})")
    print(f"{'system':28} {'kinds':14} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'gold':>6} {'pred':>6}")
    for name, dm, al in rows:
        for label, s in (("direct+mixed", dm), ("all", al)):
            print(f"{name:28} {label:14} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f} {s['speaker']:8.3f} "
                  f"{s['gold']:6d} {s['pred']:6d}")
    base_dm = rows[1][1]["F1"]
    print(f"direct+mixed F1 ratio broadsheet/textacy: {rows[0][1]['F1'] / base_dm:.2f}x" if base_dm else "")
    print("targets (direct+mixed): F1 >= 0.85, speaker >= 0.90")
    print(f"speed: bare nlp.pipe {words / t_bare:8.0f} words/s; NLP stage {words / t_full:8.0f} words/s; "
          f"ratio {t_bare / t_full:.2f}x (target >= 0.80x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Event coding against the PLOVER gold standard sentences, with a keyword baseline.

    .venv/bin/python -m bench.events

Reads ``../shared/corpora/plover/plover-gsr-dev.json`` (161 sentences, one
gold event each, with source and target actors).  The records alternate
into two halves: the even ones are the development half (the rules were
written looking at them), the odd ones are held out.  The gold file uses an
older PLOVER draft: its DEMAND is today's REQUEST, DISAPPROVE and
INVESTIGATE are ACCUSE (modes disapprove/investigate) and FIGHT is ASSAULT;
gold types are mapped before scoring.

Measures, for ``broadsheet_events`` and for the baseline (the first verb of
the sentence found in the same verb dictionary; the nearest named party
before it as source, after it as target):
- event type accuracy and macro F1 over the gold types (a sentence's
  event is the one nearest the root of the parse; no event counts as wrong);
- actor F1: each gold source/target actor against the predicted source and
  target.  A prediction matches a gold actor of the same role (the gold
  "SRC/TAR" markup allows either) when half of the shorter one's content
  words are in the other.

Paraphrases: the same two systems on the paraphrases of the development half kept in
``tests/test_events_paraphrase.py`` (each dev sentence with its words, actors, tense or structure
changed, and more wire-copy constructions): event type accuracy and macro F1, an estimate of how much
of the dev score carries over to sentences the rules were not written on.

Speed: the events component's share of the NLP stage's time (the spaCy
model and the other broadsheet components) on the gold sentences and 60
Wikinews articles, measured per component in the same run.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import SHARED

GOLD = SHARED / "corpora" / "plover" / "plover-gsr-dev.json"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
PARAPHRASES = Path(__file__).resolve().parents[1] / "tests" / "test_events_paraphrase.py"
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_STOP = frozenset({"the", "a", "an", "of", "in", "s", "and", "for", "to", "on", "from", "at", "its"})
_ROLE = re.compile(r"\((SRC/TAR|SRC|TAR):\s*([^)]*)\)")

Prediction = tuple[str, list[str], list[str]]  # type, source texts, target texts


def load_gold() -> list[dict[str, Any]]:
    records = json.loads(GOLD.read_text(encoding="utf-8"))
    out = []
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        both = {m.group(2).strip().lower() for m in _ROLE.finditer(record["textInfo"].get("markup", ""))
                if m.group(1) == "SRC/TAR"}
        out.append({
            "text": record["text"].strip(),
            "type": OLD_TYPES.get(record["event"], record["event"]),
            "source": [a["actorText"].strip() for a in record.get("source") or []],
            "target": [a["actorText"].strip() for a in record.get("target") or []],
            "both": both,
        })
    return out


def load_paraphrases() -> list[tuple[str, str]]:
    """(type, sentence) of the paraphrase test, or none when the test file is not there."""
    spec = importlib.util.spec_from_file_location("events_paraphrases", PARAPHRASES)
    if not PARAPHRASES.exists() or spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ALL)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def actor_match(predicted: str, gold: str) -> bool:
    """Half of the shorter phrase's content words are in the other one."""
    a, b = _words(predicted), _words(gold)
    if not a or not b:
        return False
    return len(a & b) >= 0.5 * min(len(a), len(b))


def actor_counts(pred: Prediction, gold: dict[str, Any]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) actors of one sentence."""
    _, sources, targets = pred
    predicted = [("source", text) for text in sources] + [("target", text) for text in targets]
    golds = [("source", g) for g in gold["source"]] + [("target", g) for g in gold["target"]]

    def compatible(role: str, gold_role: str, gold_text: str) -> bool:
        return role == gold_role or any(actor_match(gold_text, b) for b in gold["both"])

    used: set[int] = set()
    tp = 0
    for role, text in predicted:
        for k, (gold_role, gold_text) in enumerate(golds):
            if k not in used and compatible(role, gold_role, gold_text) and actor_match(text, gold_text):
                used.add(k)
                tp += 1
                break
    return tp, len(predicted), len(golds)


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = sorted({g for g, _ in pairs})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def score(preds: list[Prediction], gold: list[dict[str, Any]]) -> dict[str, float]:
    pairs = [(g["type"], p[0]) for p, g in zip(preds, gold, strict=True)]
    tp = npred = ngold = 0
    for p, g in zip(preds, gold, strict=True):
        a, b, c = actor_counts(p, g)
        tp, npred, ngold = tp + a, npred + b, ngold + c
    precision, recall = tp / max(npred, 1), tp / max(ngold, 1)
    return {
        "accuracy": sum(g == p for g, p in pairs) / len(pairs),
        "macro_f1": macro_f1(pairs),
        "actor_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    }


def build_nlp() -> Any:
    """The spaCy model with the broadsheet components that exist (entities, quotes, events)."""
    import importlib

    import spacy

    from broadsheet.config import Settings

    nlp = spacy.load(Settings().spacy_model)
    for module, factory in (("entities", "broadsheet_entities"), ("quotes", "broadsheet_quotes"),
                            ("events", "broadsheet_events")):
        try:
            importlib.import_module(f"broadsheet.nlp.{module}")
        except ImportError:
            continue
        nlp.add_pipe(factory)
    return nlp


def coded(doc: Any) -> Prediction:
    from broadsheet.nlp.events import primary

    found = doc._.bs_events
    event = primary(found)
    if event is None:
        return ("NONE", [], [])
    # Coordinated parties ("Congo and Costa Rica") give one record each for the same trigger.
    same = [e for e in found if e["start"] == event["start"] and e["type"] == event["type"]]
    sources = list(dict.fromkeys(e["source"]["text"] for e in same if e.get("source")))
    targets = list(dict.fromkeys(e["target"]["text"] for e in same if e.get("target")))
    return (event["type"], sources, targets)


def baseline(doc: Any) -> Prediction:
    """First verb found in the verb dictionary; named parties on either side of it."""
    from broadsheet.nlp.events import load_patterns

    verbs = load_patterns().verbs
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            parties = [e for e in doc.ents if e.label_ in ("GPE", "ORG", "NORP", "PERSON")]
            before = [e for e in parties if e.end <= token.i]
            after = [e for e in parties if e.start > token.i]
            return (verbs[token.lemma_.lower()].split(":")[0], [before[-1].text] if before else [],
                    [after[0].text] if after else [])
    return ("NONE", [], [])


def component_times(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Seconds spent in each pipeline component over `texts`."""
    times: dict[str, float] = {}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
    return times


def main() -> int:
    if not GOLD.exists():
        print(f"bench.events: {GOLD} is missing: the shared folder must sit beside the repo "
              f"(or set BROADSHEET_SHARED)", file=sys.stderr)
        return 1
    gold = load_gold()
    nlp = build_nlp()
    docs = list(nlp.pipe(g["text"] for g in gold))
    halves: dict[str, list[int]] = {"dev half": list(range(0, len(gold), 2)),
                                    "held-out half": list(range(1, len(gold), 2)),
                                    "all": list(range(len(gold)))}
    systems: dict[str, Callable[[Any], Prediction]] = {"keyword baseline": baseline,
                                                         "broadsheet_events": coded}
    preds = {name: [system(doc) for doc in docs] for name, system in systems.items()}
    print(f"PLOVER gold sentences: {len(gold)} (gold types mapped to PLOVER 2021: "
          + ", ".join(f"{k}→{v}" for k, v in OLD_TYPES.items()) + ")")
    print(f"{'split':<14} {'system':<18} {'n':>4} {'type acc':>9} {'macro F1':>9} {'actor F1':>9}")
    results: dict[tuple[str, str], dict[str, float]] = {}
    for split, index in halves.items():
        for name in systems:
            result = score([preds[name][i] for i in index], [gold[i] for i in index])
            results[split, name] = result
            print(f"{split:<14} {name:<18} {len(index):>4} {result['accuracy']:>9.3f} "
                  f"{result['macro_f1']:>9.3f} {result['actor_f1']:>9.3f}")
    for split in halves:
        base, ours = results[split, "keyword baseline"], results[split, "broadsheet_events"]
        print(f"{split}: ratio to baseline — macro F1 ×{ours['macro_f1'] / max(base['macro_f1'], 1e-9):.2f}, "
              f"actor F1 ×{ours['actor_f1'] / max(base['actor_f1'], 1e-9):.2f}")

    # Per type on the dev half only: the held-out half stays one number, or it stops being held out.
    dev = halves["dev half"]
    per_type = Counter(gold[i]["type"] for i in dev)
    coded_types = [pred[0] for pred in preds["broadsheet_events"]]
    wrong = Counter(gold[i]["type"] for i in dev if coded_types[i] != gold[i]["type"])
    print("per type (dev half): "
          + ", ".join(f"{t} {per_type[t] - wrong[t]}/{per_type[t]}" for t in sorted(per_type)))

    paraphrases = load_paraphrases()
    if paraphrases:
        docs = list(nlp.pipe(text for _, text in paraphrases))
        print(f"paraphrases of the dev half ({PARAPHRASES.name}, n={len(paraphrases)}):")
        for name, system in systems.items():
            pairs = [(expected, system(doc)[0]) for (expected, _), doc in zip(paraphrases, docs, strict=True)]
            accuracy = sum(g == p for g, p in pairs) / len(pairs)
            print(f"  {name:<18} type acc {accuracy:.3f}  macro F1 {macro_f1(pairs):.3f}")

    texts = [g["text"] for g in gold]
    if WIKINEWS.exists():
        csv.field_size_limit(10**8)
        with WIKINEWS.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))[:60]
        texts += [row.get("text") or row.get("content") or "" for row in rows]
    times = component_times(nlp, texts)
    events_time = times.pop("broadsheet_events", 0.0)
    rest = sum(times.values())
    words = sum(len(t.split()) for t in texts)
    print(f"speed over {len(texts)} texts ({words} words): NLP stage without events {rest:.2f}s, "
          f"events {events_time:.2f}s = {100 * events_time / rest:.1f}% of it (target ≤ 20%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Scoring statements against gold (``khabar eval``).

``evaluate(path, actors="auto", shared=None) -> dict`` scores a gold JSONL file (or every
``*.jsonl`` in a directory); ``report(figures) -> str`` prints the figures as a table.

Gold lines follow ``docs/coding-manual.md`` §5: ``{"id", "text", "outlet", "date", "actors",
"statements"}``. A line may instead point into a shared file by ``"source"`` (a path under the
shared folder) and ``"id"``, with every span given as ``[start, end]`` offsets. Spans may be
exact substrings of the text (as in ``seed-gold.jsonl``) or offsets. Each gold actor lists its
``mentions`` (substrings or offsets).

Figures (the manual's §6):

- ``precision``/``recall``/``f1``: a predicted statement matches a gold one when the speaker
  is the same actor (same name, or the same mention in the text) and the content spans
  overlap by at least half of the longer one.
- ``speaker_accuracy``, ``content_overlap`` (mean Dice of character spans), ``kind_accuracy``
  and ``via_accuracy``: over gold statements whose cue khabar found (``cue_recall``).

``actors``: ``"gold"`` builds mentions and actors from the gold (to score statements alone),
``"system"`` runs khabar's actor stage, ``"auto"`` uses the actor stage when it is installed.
"""

from __future__ import annotations

import json
import os
import re
from importlib.util import find_spec
from pathlib import Path

from khabar.model import Actor, Document, Mention, Statement
from khabar.pipeline import analyze

MATCH_OVERLAP = 0.5
PROCLITIC_LETTERS = "وفبلك"


def evaluate(path: str | Path, *, actors: str = "auto", shared: str | Path | None = None) -> dict:
    """Score khabar's statements on the gold at ``path`` (a JSONL file or a folder of them)."""
    if actors not in ("auto", "gold", "system"):
        raise ValueError(f"actors must be auto, gold or system, not {actors!r}")
    mode = actors if actors != "auto" else ("system" if find_spec("khabar.actors") else "gold")
    shared_dir = _shared_dir(shared)
    totals = _Totals()
    skipped = 0
    for record in _gold_records(Path(path)):
        text = _text_of(record, shared_dir)
        if text is None:
            skipped += 1
            continue
        doc = _run(record, text, mode)
        gold = [_locate_statement(text, st) for st in record.get("statements", [])]
        totals.add(doc, gold, _gold_actor_spans(text, record.get("actors", [])))
    figures = totals.figures()
    figures.update(path=str(path), actors=mode, skipped_documents=skipped)
    return figures


def report(figures: dict) -> str:
    """A readable table of the figures of :func:`evaluate`."""
    pct = lambda x: "-" if x is None else f"{100 * x:5.1f}%"  # noqa: E731
    lines = [f"Statements on {figures['path']} (actors: {figures['actors']})",
             f"  documents {figures['documents']}  gold {figures['gold']}  "
             f"predicted {figures['predicted']}  matched {figures['matched']}"
             + (f"  skipped documents {figures['skipped_documents']}"
                if figures.get("skipped_documents") else ""),
             f"  precision {pct(figures['precision'])}  recall {pct(figures['recall'])}  "
             f"F1 {pct(figures['f1'])}",
             f"  cue recall {pct(figures['cue_recall'])}  speaker accuracy "
             f"{pct(figures['speaker_accuracy'])}  content overlap {pct(figures['content_overlap'])}",
             f"  kind accuracy {pct(figures['kind_accuracy'])}  via accuracy "
             f"{pct(figures['via_accuracy'])}"]
    return "\n".join(lines) + "\n"


# -- gold reading -------------------------------------------------------------------------

def _gold_records(path: Path):
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def _shared_dir(shared: str | Path | None) -> Path | None:
    candidates = [shared, os.environ.get("KHABAR_SHARED"), Path.cwd().parent / "shared",
                  Path(__file__).resolve().parents[3].parent / "shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def _text_of(record: dict, shared_dir: Path | None) -> str | None:
    if "text" in record:
        return record["text"]
    if shared_dir is None or "source" not in record:
        return None
    source = shared_dir / record["source"]
    if not source.exists():
        return None
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item.get("id") == record["id"]:
                return item["text"]
    return None


def _run(record: dict, text: str, mode: str) -> Document:
    from khabar.statements import find_statements

    stages = ["actors", "statements"] if mode == "system" else []
    doc = analyze(text, id=record.get("id"), date=_iso(record.get("date")),
                  outlet=record.get("outlet"), stages=stages)
    if mode == "gold":
        attach_gold_actors(doc, record.get("actors", []))
        doc = find_statements(doc)
    return doc


def _iso(value) -> str | None:
    if not value:
        return None
    value = str(value)
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if value.isdigit() and len(value) == 8 \
        else value[:10]


def attach_gold_actors(doc: Document, gold_actors: list[dict]) -> Document:
    """Mentions and actors built from gold actors (mention substrings or offsets)."""
    found: list[tuple[int, int, int]] = []
    for k, actor in enumerate(gold_actors):
        for start, end in _mention_spans(doc.text, actor.get("mentions", [])):
            found.append((start, end, k))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int, int]] = []
    for start, end, k in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, k))
    taken.sort()
    ids = [_actor_id(a, k) for k, a in enumerate(gold_actors)]
    doc.actors = [Actor(id=ids[k], name=a["name"], name_ar=a.get("name_ar"),
                        kind=a.get("kind", "ORG"), country=a.get("country"),
                        sector=a.get("sector"), gender=a.get("gender"), known=True)
                  for k, a in enumerate(gold_actors)]
    mentions = []
    for n, (start, end, k) in enumerate(taken):
        sentence = next((s.i for s in doc.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        mention = Mention(id=f"m{n + 1}", start=start, end=end, text=doc.text[start:end],
                          sentence=sentence, kind=gold_actors[k].get("kind", "ORG"),
                          actor=ids[k])
        mentions.append(mention)
        doc.actors[k].mentions.append(mention.id)
    doc.mentions = mentions
    return doc


def _actor_id(actor: dict, k: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", actor["name"].lower()).strip("_")
    return f"{slug}_{k}"


def _mention_spans(text: str, mentions: list) -> list[tuple[int, int]]:
    spans = []
    for mention in mentions:
        if isinstance(mention, list):
            spans.append((mention[0], mention[1]))
            continue
        for match in re.finditer(re.escape(mention), text):
            if _word_bounded(text, match.start(), match.end()):
                spans.append((match.start(), match.end()))
    return spans


def _word_bounded(text: str, start: int, end: int) -> bool:
    after = text[end] if end < len(text) else " "
    if after.isalpha():
        return False
    i = start
    for _ in range(2):
        if i > 0 and text[i - 1] in PROCLITIC_LETTERS:
            i -= 1
    return i == 0 or not text[i - 1].isalpha()


def _locate_statement(text: str, st: dict) -> dict:
    """The gold statement with ``cue`` and ``content`` as offsets."""
    out = dict(st)
    content = st.get("content")
    if isinstance(content, str):
        content = _find(text, content, st.get("_after", 0))
    cue = st.get("cue")
    if isinstance(cue, str):
        cue = _nearest(text, cue, content[0] if content else 0)
    out["cue"], out["content"] = cue, content
    return out


def _find(text: str, needle: str, after: int) -> tuple[int, int] | None:
    i = text.find(needle, after)
    if i < 0:
        i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _nearest(text: str, needle: str, anchor: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` closest before ``anchor`` (else the closest after it)."""
    best = None
    for match in re.finditer(re.escape(needle), text):
        if not _word_bounded(text, match.start(), match.end()):
            continue
        distance = anchor - match.end() if match.end() <= anchor else 10 * (match.start() - anchor)
        if best is None or distance < best[0]:
            best = (distance, (match.start(), match.end()))
    return best[1] if best else None


def _gold_actor_spans(text: str, gold_actors: list[dict]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for actor in gold_actors:  # two gold actors may share a name (Russia, Russia GOV)
        spans.setdefault(actor["name"], []).extend(_mention_spans(text, actor.get("mentions", [])))
    return spans


# -- scoring ------------------------------------------------------------------------------

def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if not a or not b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _dice(a, b) -> float:
    if not a or not b:
        return 0.0
    return 2 * _overlap(a, b) / ((a[1] - a[0]) + (b[1] - b[0]))


def _same_speaker(doc: Document, pred: Statement, gold_name: str | None,
                  actor_spans: dict[str, list[tuple[int, int]]]) -> bool:
    if gold_name is None or pred.speaker is None:
        return gold_name is None and pred.speaker is None
    actor = doc.actor(pred.speaker)
    if actor is None:
        return False
    if actor.name.casefold() == gold_name.casefold():
        return True
    spans = actor_spans.get(gold_name, [])
    mentions = [m for m in doc.mentions if m.id in set(actor.mentions)]
    return any(_overlap((m.start, m.end), s) for m in mentions for s in spans)


def _via_names(doc: Document, via: list[str]) -> list[str]:
    out = []
    for link in via:
        if link.startswith("outlet:"):
            out.append(link[len("outlet:"):])
        else:
            actor = doc.actor(link)
            out.append(actor.name if actor else link)
    return out


class _Totals:
    def __init__(self) -> None:
        self.documents = self.gold = self.predicted = self.matched = 0
        self.aligned = self.speaker_ok = self.kind_ok = 0
        self.via_n = self.via_ok = 0
        self.dice = 0.0

    def add(self, doc: Document, gold: list[dict], actor_spans) -> None:
        self.documents += 1
        self.gold += len(gold)
        preds = [s for s in doc.statements if s.content is not None]
        self.predicted += len(preds)
        used: set[str] = set()
        for g in gold:
            best = None
            for p in preds:
                if p.id in used or not _same_speaker(doc, p, g.get("speaker"), actor_spans):
                    continue
                span = (p.content.start, p.content.end)
                longer = max(span[1] - span[0], g["content"][1] - g["content"][0])
                share = _overlap(span, g["content"]) / longer if g["content"] else 0
                if share >= MATCH_OVERLAP and (best is None or share > best[0]):
                    best = (share, p.id)
            if best:
                used.add(best[1])
                self.matched += 1
            cue_pred = next((p for p in preds if g["cue"] and
                             _overlap((p.cue.start, p.cue.end), g["cue"])), None)
            if cue_pred is None:
                continue
            self.aligned += 1
            self.speaker_ok += _same_speaker(doc, cue_pred, g.get("speaker"), actor_spans)
            self.kind_ok += cue_pred.kind == g.get("kind")
            self.dice += _dice((cue_pred.content.start, cue_pred.content.end), g["content"])
            if "via" in g:
                self.via_n += 1
                self.via_ok += _via_names(doc, cue_pred.via) == g["via"]

    def figures(self) -> dict:
        ratio = lambda a, b: a / b if b else None  # noqa: E731
        precision, recall = ratio(self.matched, self.predicted), ratio(self.matched, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        return {"documents": self.documents, "gold": self.gold, "predicted": self.predicted,
                "matched": self.matched, "precision": precision, "recall": recall, "f1": f1,
                "cue_recall": ratio(self.aligned, self.gold),
                "speaker_accuracy": ratio(self.speaker_ok, self.aligned),
                "content_overlap": ratio(self.dice, self.aligned),
                "kind_accuracy": ratio(self.kind_ok, self.aligned),
                "via_accuracy": ratio(self.via_ok, self.via_n)}

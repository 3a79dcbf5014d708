"""Write records as JSON, JSON Lines, or a readable table with English labels."""

from __future__ import annotations

from typing import TextIO

from khabar.model import Document

FORMATS = ("json", "jsonl", "table")


def write_json(docs: list[Document], out: TextIO, *, tokens: bool) -> None:
    """One document as a JSON object, several as a JSON array."""
    if len(docs) == 1:
        out.write(docs[0].to_json(tokens=tokens, indent=2))
    else:
        out.write("[\n" + ",\n".join(d.to_json(tokens=tokens, indent=2) for d in docs) + "\n]")
    out.write("\n")


def write_jsonl(doc: Document, out: TextIO, *, tokens: bool) -> None:
    out.write(doc.to_json(tokens=tokens) + "\n")


def _label(doc: Document, actor_id: str | None) -> str:
    actor = doc.actor(actor_id)
    if actor is None:
        return actor_id or "-"
    code = f" [{actor.code}]" if actor.code else ""
    return f"{actor.name}{code}"


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _link(doc: Document, link: str) -> str:
    """One link of a ``via`` chain: an outlet (``outlet:Name``) or an actor."""
    if link.startswith("outlet:"):
        return link[len("outlet:"):]
    return _label(doc, link) if doc.actor(link) else link


def statement_chain(doc: Document, statement) -> str:
    """``outlet → spokesperson → principal ⇒ addressee`` for one statement."""
    links = [_link(doc, link) for link in statement.via]
    links.append(_label(doc, statement.speaker) if statement.speaker else "(unknown speaker)")
    chain = " → ".join(links)
    if statement.addressee:
        chain += f" ⇒ {_label(doc, statement.addressee)}"
    return chain


def render_table(doc: Document) -> str:
    """A plain-text report of one document, in English with the Arabic beside it."""
    lines = [f"Document {doc.id}  date={doc.date or '-'}  outlet={doc.outlet or '-'}"
             + (f"  carrying={doc.syndicated_from}" if doc.syndicated_from else ""),
             f"  {len(doc.sentences)} sentences, {len(doc.tokens)} tokens"
             + (f", byline «{doc.byline.text}»" if doc.byline else "")]
    if doc.actors:
        lines.append("\nActors")
        for actor in doc.actors:
            lines.append(f"  {actor.name:<28} {actor.code or '-':<10} {actor.kind:<4} "
                         f"{len(actor.mentions):>2} mentions  {actor.name_ar or ''}")
    if doc.statements:
        lines.append("\nStatements (who said what to whom)")
        for st in doc.statements:
            content = _clip(st.content.text) if st.content else ""
            said_by = next((m.text for m in doc.mentions if m.id == st.speaker_mention), None)
            lines.append(f"  [{st.id}] {statement_chain(doc, st)}"
                         + (f"  (in {st.parent})" if st.parent else "")
                         + (f"  claim {st.claim}" if st.claim else ""))
            lines.append(f"      cue «{st.cue.text}» {st.kind}"
                         + (f", {st.channel}" if st.channel else "")
                         + (f", speaker «{said_by}»" if said_by else "") + f": «{content}»")
    if doc.events:
        lines.append("\nEvents")
        for ev in doc.events:
            flags = [f for f in ("negated", "hypothetical", "future") if getattr(ev, f)]
            actors = ", ".join(_label(doc, a) for a in ev.actor) or "-"
            recips = ", ".join(_label(doc, a) for a in ev.recipient) or "-"
            mode = f"/{ev.mode}" if ev.mode else ""
            date = ev.date.iso if ev.date and ev.date.iso else "-"
            lines.append(f"  [{ev.id}] {ev.type}{mode} ({ev.cameo or '-'}) {actors} -> {recips}"
                         f"  date={date}" + (f"  [{', '.join(flags)}]" if flags else ""))
            lines.append(f"      trigger «{ev.trigger.text}»"
                         + (f"  place={ev.location.name or ev.location.text}" if ev.location else "")
                         + (f"  via statement {ev.statement}" if ev.statement else ""))
    return "\n".join(lines) + "\n"

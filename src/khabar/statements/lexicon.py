"""The statement lexicons (cues, channels, outlets), read once and normalised for matching."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.lexicon import load_rows, split_variants
from khabar.model import Actor
from khabar.text.normalize import normalize_word


@dataclass(frozen=True)
class Cue:
    """One form of a reporting word: ``أشارت`` is the feminine perfect of ``أشار``."""

    form: str
    lemma: str
    lemma_en: str
    kind: str  # verb | participle | noun | prep
    gender: str | None
    number: str | None
    takes: tuple[str, ...]
    addressee: str | None  # "obj" (أبلغه) or "ل" (أكد لبايدن)
    final_ya: bool = False  # written with a final ي (يدعي): with ى (يُدعى) it is another verb


@dataclass(frozen=True)
class Channel:
    name: str
    phrases: tuple[tuple[str, ...], ...]
    conversation: bool


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    kind: str  # outlet | agency


@cache
def cues() -> dict[str, Cue]:
    """Cue forms by normalised form (``cues.tsv``)."""
    out: dict[str, Cue] = {}
    for row in load_rows("cues.tsv"):
        form = normalize_word(row["form_ar"])
        out.setdefault(form, Cue(
            form=form, lemma=normalize_word(row["lemma_ar"]), lemma_en=row["lemma_en"],
            kind=row["kind"], gender=row.get("gender") or None, number=row.get("number") or None,
            takes=tuple(split_variants(row.get("takes", ""))),
            addressee=row.get("addressee") or None, final_ya=row["form_ar"].endswith("ي")))
    return out


@cache
def channels() -> tuple[Channel, ...]:
    """Channels (``channels.tsv``), each phrase as a tuple of normalised words."""
    out = []
    for row in load_rows("channels.tsv"):
        phrases = tuple(sorted({tuple(normalize_word(v).split())
                                for v in split_variants(row["phrase_ar"])}, key=len, reverse=True))
        out.append(Channel(row["channel_en"], phrases, row.get("conversation") == "yes"))
    return tuple(out)


@cache
def outlets() -> tuple[Outlet, ...]:
    """Outlets and agencies of bylines and datelines (``bylines.tsv``)."""
    return tuple(Outlet(row["name_en"], tuple(normalize_word(a) for a in
                                              split_variants(row["aliases_ar"])), row["kind"])
                 for row in load_rows("bylines.tsv"))


def outlet_named(text: str) -> Outlet | None:
    """The outlet whose alias is ``text`` (normalised, spaces and dots ignored)."""
    key = _squash(normalize_word(text))
    for outlet in outlets():
        if any(_squash(alias) == key for alias in outlet.aliases):
            return outlet
    return None


def is_press(actor: Actor) -> bool:
    """A news outlet, journalists or the media: sector MED, or an organisation named as an
    outlet of ``bylines.tsv``."""
    return actor.sector == "MED" or (actor.kind == "ORG" and bool(actor.name_ar)
                                     and _names_outlet(actor.name_ar))


@lru_cache(maxsize=4096)
def _names_outlet(name_ar: str) -> bool:
    return outlet_named(name_ar) is not None


def _squash(text: str) -> str:
    return "".join(ch for ch in text if ch not in " .()-")

"""The channel of a statement (phone call, statement, press conference …) from ``channels.tsv``.

A channel phrase counts where it frames the cue: under a preposition (في بيان، خلال مؤتمر
صحفي، عبر منشور) or as the subject of the cue itself (وأفاد بيان الوزارة). A channel word
inside the content («سيناقشان خلال مكالمة هاتفية») is part of what was said, not its channel.
"""

from __future__ import annotations

from functools import cache

from khabar.model import Document, Token
from khabar.statements.lexicon import Channel, channels
from khabar.text.tokens import proclitics

FRAMING = frozenset({"في", "خلال", "عبر", "اثناء", "اثر", "ب"})
POSSESSIVES = ("هما", "هم", "ها", "ه")  # longest first
MIN_BARE = 3


def channel_of_words(words: tuple[str, ...]) -> Channel | None:
    """The channel whose phrase is exactly ``words`` (normalised stems)."""
    for channel in channels():
        if words in channel.phrases:
            return channel
    return None


@cache
def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], Channel], ...]]:
    """Phrases by their first word, in lexicon order, so a token is checked only against
    the phrases that can start at it."""
    index: dict[str, list[tuple[tuple[str, ...], Channel]]] = {}
    for channel in channels():
        for phrase in channel.phrases:
            if phrase:
                index.setdefault(phrase[0], []).append((phrase, channel))
    return {word: tuple(entries) for word, entries in index.items()}


def find_channel(doc: Document, first: int, last: int, cue: int) -> Channel | None:
    """The first framing channel phrase among tokens ``[first, last)`` (``cue``: cue token)."""
    tokens = doc.tokens
    index = _by_first_word()
    for i in range(max(first, 0), last):
        best: tuple[int, Channel] | None = None
        tok = tokens[i]
        for key in _keys(tok) if "ه" in tok.norm[-3:] else (tok.stem,):
            for phrase, channel in index.get(key, ()):
                n = len(phrase)
                if i + n <= last and tuple(t.stem for t in tokens[i + 1 : i + n]) == phrase[1:] \
                        and (best is None or n > best[0]):
                    best = (n, channel)
        if best and _framing(doc, i, cue):
            return best[1]
    return None


def _keys(tok: Token) -> tuple[str, ...]:
    """The token's stem, and its word without a possessive pronoun (في بيانه، خلال كلمتها،
    في حواره), where the segmenter left the pronoun on: ت before it is the ة of the noun."""
    norm = tok.norm
    for end in POSSESSIVES:
        if norm.endswith(end) and len(norm) - len(end) >= MIN_BARE:
            bare = norm[: -len(end)]
            if bare.endswith("ت"):
                return tok.stem, bare, bare[:-1] + "ه"
            return tok.stem, bare
    return (tok.stem,)


def _framing(doc: Document, i: int, cue: int) -> bool:
    tok = doc.tokens[i]
    if i == cue + 1 or "ب" in proclitics(tok):
        return True
    prev = doc.tokens[i - 1] if i > 0 else None
    return prev is not None and prev.sentence == tok.sentence and prev.stem in FRAMING

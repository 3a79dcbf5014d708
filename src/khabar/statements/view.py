"""Lookups over a document's tokens and mentions that the statement rules need."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from khabar.model import Document, Mention, Token

OPEN_TO_CLOSE = {"“": "”", "«": "»", "„": "”", '"': '"'}


@dataclass
class DocView:
    """Token positions and mentions by token, built once per document."""

    doc: Document
    starts: list[int] = field(default_factory=list)
    by_first: dict[int, list[Mention]] = field(default_factory=dict)
    by_last: dict[int, list[Mention]] = field(default_factory=dict)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    memo: dict[object, object] = field(default_factory=dict)  # indexes rules build on first use

    @classmethod
    def build(cls, doc: Document) -> DocView:
        view = cls(doc, doc.token_starts())
        starts, tokens = view.starts, doc.tokens  # read once: a model's field costs more
        ranges, by_first, by_last = view.ranges, view.by_first, view.by_last
        for mention in doc.mentions:
            first = _token_index(starts, tokens, mention.start)
            last = _token_index(starts, tokens, max(mention.start, mention.end - 1))
            if first is None or last is None:
                continue
            ranges[mention.id] = (first, last + 1)
            by_first.setdefault(first, []).append(mention)
            by_last.setdefault(last, []).append(mention)
        for index in (by_first, by_last):
            for mentions in index.values():
                if len(mentions) > 1:
                    mentions.sort(key=_longest_first)
        return view

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    def token_at(self, offset: int) -> int | None:
        """Index of the token that holds character ``offset``."""
        return _token_index(self.starts, self.doc.tokens, offset)

    def mentions_from(self, first: int, last: int) -> list[Mention]:
        """Mentions whose first token lies in ``[first, last)``, in text order, longest first."""
        out: list[Mention] = []
        for i in range(first, last):
            out.extend(self.by_first.get(i, ()))
        return out

    def mention_ending_at(self, last: int) -> Mention | None:
        """The longest mention whose last token is ``last``."""
        mentions = self.by_last.get(last)
        return mentions[0] if mentions else None


def _longest_first(mention: Mention) -> int:
    return mention.start - mention.end


def _token_index(starts: list[int], tokens: list[Token], offset: int) -> int | None:
    """Index of the token that holds character ``offset`` (``starts`` are the tokens' starts)."""
    i = bisect_right(starts, offset) - 1
    if i < 0 or offset >= tokens[i].end:
        return None
    return i


def quote_end(text: str, open_at: int, limit: int) -> tuple[int, bool]:
    """Where the quotation opened at ``open_at`` closes: ``(offset of the closer, closed)``.

    A quotation that reaches ``limit`` (the end of its sentence) unclosed closes there; one
    that meets a second opening mark of its kind before any closer was left unclosed, and
    closes before that second mark.
    """
    opener = text[open_at]
    closer = OPEN_TO_CLOSE.get(opener, opener)
    close = text.find(closer, open_at + 1, limit)
    stop = limit if close < 0 else close
    if opener != closer:
        reopen = text.find(opener, open_at + 1, stop)
        if reopen >= 0:
            return reopen, False
    return (close, True) if close >= 0 else (limit, False)

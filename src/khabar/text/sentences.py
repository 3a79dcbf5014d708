"""Sentence splitting as the coding manual says, and byline recognition.

Sentences end at ``. ! ? ؟`` (and ``…``) and at line breaks, never at the Arabic comma ``،``.
A quotation may run over sentence ends, but never over a line break: a quotation left
unclosed closes at the end of its line, so it cannot swallow the following sentences.
A short line in parentheses at the end of an article, such as «(سيرياهوم نيوز-الميادين)»,
or a line starting with «المصدر:», is the byline, not a sentence.
"""

from __future__ import annotations

import regex

TERMINATORS = frozenset(".!?؟…")
OPEN_QUOTES = {"“": "”", "«": "»", "„": "”", "‹": "›"}
CLOSE_QUOTES = frozenset("”»›")
STRAIGHT_QUOTE = '"'
# The quotation marks news text writes around speech and names, and its question marks: the
# tokens later stages test against.
QUOTE_MARKS = frozenset("«»“”\"")
QUESTION_MARKS = frozenset("؟?")
COMMAS = frozenset("،,")  # the Arabic comma and the Latin one

_BYLINE_PAREN = regex.compile(r"^\s*[(\[]\s*([^()\[\]\n]{2,80}?)\s*[)\]]\s*$")
_BYLINE_SOURCE = regex.compile(r"^\s*(?:المصدر|المصادر|مصدر الخبر)\s*[:：]\s*(.{2,80}?)\s*$")
_LINE_BREAK = regex.compile(r"\r\n|\n|\r|\u2028|\u2029")
# The characters the splitter acts on; it jumps from one to the next.
_MARKS = regex.compile("[" + regex.escape("".join(sorted(
    TERMINATORS | set(OPEN_QUOTES) | CLOSE_QUOTES | {STRAIGHT_QUOTE}))) + "]")


def find_byline(text: str) -> tuple[int, int] | None:
    """Offsets of the byline line (its content without the brackets), or None."""
    lines = _lines(text)
    candidates = [ln for ln in lines if text[ln[0] : ln[1]].strip()]
    if not candidates:
        return None
    for start, end in (candidates[-1], candidates[0]):
        line = text[start:end]
        for pattern in (_BYLINE_PAREN, _BYLINE_SOURCE):
            match = pattern.match(line)
            if match and not any(t in match.group(1) for t in ".!?؟"):
                if len(candidates) == 1:
                    return None
                return start + match.start(1), start + match.end(1)
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return _newline_lines(text)
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _newline_lines(text: str) -> list[tuple[int, int]]:
    """:func:`_lines` of a text whose only line break is the line feed (nearly every
    article): a split in C instead of a scan of the whole text by the pattern."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def split_sentences(text: str, skip: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``, stripped of surrounding white space.

    ``skip`` is a span (usually the byline) whose line is left out.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        if skip and line_start <= skip[0] and skip[1] <= line_end:
            continue
        spans.extend(_split_line(text, line_start, line_end))
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    quote_stack: list[str] = []
    seg_start = start
    i = start
    search = _MARKS.search
    while i < end:
        mark = search(text, i, end)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch in OPEN_QUOTES:
            quote_stack.append(OPEN_QUOTES[ch])
        elif ch in CLOSE_QUOTES:
            if quote_stack and ch in quote_stack:
                while quote_stack and quote_stack.pop() != ch:
                    pass
            if not quote_stack and _ends_after_quote(text, seg_start, i):
                i = _absorb_closers(text, i + 1, end)
                _append(out, text, seg_start, i)
                seg_start = i
                continue
        elif ch == STRAIGHT_QUOTE:
            if quote_stack and quote_stack[-1] == STRAIGHT_QUOTE:
                quote_stack.pop()
            else:
                quote_stack.append(STRAIGHT_QUOTE)
        elif ch in TERMINATORS and not quote_stack and not _is_inner_dot(text, i, end):
            i = _absorb_closers(text, i + 1, end)
            _append(out, text, seg_start, i)
            seg_start = i
            continue
        i += 1
    _append(out, text, seg_start, end)
    return out


def _absorb_closers(text: str, i: int, end: int) -> int:
    """Move past repeated terminators and closing quotes/brackets that belong to the end."""
    while i < end and (text[i] in TERMINATORS or text[i] in CLOSE_QUOTES or text[i] in ")]"):
        i += 1
    return i


def _ends_after_quote(text: str, seg_start: int, i: int) -> bool:
    """A closing quote right after a terminator ends the sentence (``… أميركا.”``)."""
    j = i - 1
    while j >= seg_start and text[j].isspace():
        j -= 1
    return j >= seg_start and text[j] in TERMINATORS


def _is_inner_dot(text: str, i: int, end: int) -> bool:
    """A dot inside a number (3.5) or after a one-letter abbreviation (أ.ف.ب) is no end."""
    if text[i] != ".":
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < end else ""
    if before.isdigit() and after.isdigit():
        return True
    if after and after.isalpha() and before.isalpha():
        prev = text[i - 2] if i > 1 else " "
        return not prev.isalpha()
    return _headline_join(text, i, end)


def _headline_join(text: str, i: int, end: int) -> bool:
    """Two dots before a clause that opens with و join a headline's clauses (برلين ترد على
    موسكو.. وتستدعي السفير): the second shares the first one's subject, so one sentence."""
    j = i - 1 if i > 0 and text[i - 1] == "." else i  # the run's first dot
    if text[j:j + 2] != ".." or (j > 0 and text[j - 1] == ".") or text[j + 2:j + 3] == ".":
        return False
    k = j + 2
    while k < end and text[k] == " ":
        k += 1
    return k < end and text[k] == "و" and k + 1 < end and text[k + 1].isalpha()


def _append(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        out.append((start, end))
    elif end > start and out:
        out[-1] = (out[-1][0], end)

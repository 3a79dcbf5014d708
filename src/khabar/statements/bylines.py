"""Who published the article, and whom it carries: outlet and ``syndicated_from``.

A closing byline «(سيرياهوم نيوز-الميادين)» names the outlet, then the outlet it took the
story from; «المصدر: الميادين» and «نقلا عن الميادين» credit a source; a dateline at the head
of the text («موسكو-سانا», «مسقط - العمانية», «رام الله - صدى نيوز -») credits an agency.
Names found in ``bylines.tsv`` get their English name; others keep the Arabic as written.
"""

from __future__ import annotations

import regex

from khabar.model import Document
from khabar.statements.lexicon import outlet_named, outlets

_SPLIT = regex.compile(r"\s*(?:[-–—/|،,]|\bنقلا عن\b|\bنقلاً عن\b)\s*")
_SOURCE = regex.compile(r"^\s*(?:المصدر|المصادر|مصدر الخبر)\s*[:：]\s*")
_DATELINE = regex.compile(
    r"^\s*(?P<place>[\p{Arabic} ]{2,25}?)\s*[-–—ـ]+\s*\(?(?P<agency>[\p{Arabic} .]{2,30}?)\)?"
    r"\s*(?:[-–—ـ:]|$)", regex.MULTILINE)


def credits(doc: Document) -> list[str]:
    """Outlet names from the byline, outermost first (the publisher, then its source).

    A name found in ``bylines.tsv`` comes in English; another one keeps its Arabic spelling.
    """
    names: list[str] = []
    if doc.byline is not None:
        text = doc.byline.text
        source_line = bool(_SOURCE.match(text))
        text = _SOURCE.sub("", text)
        parts = [p.strip(" ()") for p in _SPLIT.split(text) if p and p.strip(" ()")]
        if source_line:
            names.append("")  # «المصدر: X» credits a source, not the publisher
        names.extend(_name(p) for p in parts)
    return names


def dateline_agency(doc: Document) -> str | None:
    """The agency of a dateline at the head of the article (``موسكو-سانا``), if known."""
    head = doc.text[:200]
    for match in _DATELINE.finditer(head):
        outlet = outlet_named(match.group("agency"))
        if outlet is not None:
            return outlet.name
        if match.start() > 100:
            break
    return None


def set_outlet(doc: Document) -> Document:
    """Fill ``doc.outlet``/``doc.syndicated_from`` from byline or dateline, never overriding."""
    given = doc.outlet is not None
    names = credits(doc)
    outlet = names[0] if names else None
    source = names[1] if len(names) > 1 else None
    if outlet and not given:
        doc.outlet = outlet
    # Beside an outlet the caller named, only a source we can name in English is recorded.
    if source and doc.syndicated_from is None and source != doc.outlet and \
            (not given or outlet_named_en(source)):
        doc.syndicated_from = source
    agency = dateline_agency(doc)
    if agency:
        if doc.outlet is None:
            doc.outlet = agency
        elif doc.syndicated_from is None and agency != doc.outlet:
            doc.syndicated_from = agency
    return doc


def outlet_named_en(name: str) -> bool:
    """Whether ``name`` is the English name of an outlet in ``bylines.tsv``."""
    return any(o.name == name for o in outlets())


def _name(text: str) -> str:
    outlet = outlet_named(text)
    return outlet.name if outlet else " ".join(text.split())

"""Dated roles: code a named person by the office held at the document's date."""

from __future__ import annotations

from khabar.actors.gazetteer import Role


def role_at(roles: tuple[Role, ...], date: str | None) -> Role | None:
    """The role held on ``date`` (the open-ended role when the date is unknown), or None."""
    if date:
        current = [r for r in roles if r.start <= date and (not r.end or date <= r.end)]
    else:
        current = [r for r in roles if not r.end]
    if not current:
        return None
    return max(current, key=lambda r: (r.sector == "GOV", r.start))


def country_of(roles: tuple[Role, ...], date: str | None) -> str | None:
    """The country of the person's latest role that began on or before ``date``."""
    held = [r for r in roles if r.country and (not date or r.start <= date)] or [
        r for r in roles if r.country
    ]
    if not held:
        return None
    return max(held, key=lambda r: (r.end or "9999", r.start)).country


def holds(role: Role, office: str, country: str | None) -> bool:
    """Whether ``role`` is the office ``office`` (English title) of ``country``."""
    if not role.role or (country and role.country != country):
        return False
    return same_office(role.role, office)


def same_office(a: str, b: str) -> bool:
    """``President`` and ``President of the Republic`` are one office; ``Vice President`` not."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def office_of_kind(office: str, kind: str) -> bool:
    """``Foreign Minister`` is an office of the kind ``Minister`` (الوزيران: the two
    ministers named before, whatever their portfolios)."""
    return same_office(office, kind) or office.lower().endswith(" " + kind.lower())


def posted_elsewhere(role: str, office: str) -> bool:
    """A post to somewhere (``Ambassador to the United States``) that the bare office
    (``Ambassador``: السفير الروسي) does not name: a state has an ambassador in every
    capital, so the bare office points to none of them."""
    return " to " in role.lower() and " to " not in office.lower()


# Offices that head a body, whatever the body calls them (Secretary-General of Hezbollah,
# Chairman of the Political Bureau, Leader of the Taliban), lower case.
HEAD_OFFICES = ("leader", "secretary-general", "chairman", "president", "head", "emir",
                "chief", "supreme leader")


def leads_body(role: str, office: str, body: str) -> bool:
    """Whether a leader's office (زعيم حزب الله: Party Leader) of ``body`` names the holder of
    ``role``: the leader of a body is whoever heads that body itself (Secretary-General of
    Hezbollah), under the title the body gives its head; the head of one of its councils is
    not."""
    if not office.lower().endswith("leader"):
        return False
    role, body = role.lower(), body.lower()
    return any(role in (f"{head} of {body}", f"{head} of the {body}") for head in HEAD_OFFICES)

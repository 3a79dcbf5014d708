"""Person names: bare surnames after reporting verbs, particles, organisations."""

from khabar.pipeline import analyze


def _mentions(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, date="2008-01-01", stages=["actors"])
    return [(m.text, m.kind) for m in doc.mentions]


def test_bare_surname_after_reporting_verb():
    assert ("فيرغسون", "PER") in _mentions("وقال فيرغسون إن الفريق سيفوز.")


def test_common_noun_after_reporting_verb_is_no_name():
    assert not any(k == "PER" for _, k in _mentions("وأفاد عدد من الشهود بأن الانفجار وقع."))


def test_family_particle_takes_any_word():
    assert ("سالم بن فهد آل ثاني", "PER") in _mentions("استقبل الشيخ سالم بن فهد آل ثاني الوفد.")


def test_club_and_company_names():
    found = _mentions("وتعاقد ريال مدريد مع لاعب جديد بينما أعلنت نوكيا أرباحها.")
    assert ("ريال مدريد", "ORG") in found and ("نوكيا", "ORG") in found

"""``khabar demo``: the main job on the bundled sample."""

from __future__ import annotations

from khabar.io.writers import render_table
from khabar.lexicon import data_path
from khabar.pipeline import analyze


def register(sub) -> None:
    p = sub.add_parser("demo", help="analyse the bundled sample article and print the report")
    p.set_defaults(func=run)


def run(args) -> int:
    path = data_path("sample/putin-biden-call.txt")
    doc = analyze(path.read_text(encoding="utf-8"), id="putin-biden-call", date="2021-12-31")
    print(render_table(doc))
    return 0

"""``khabar schema``: print the JSON Schema of the record."""

from __future__ import annotations

from khabar.model import json_schema_text


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of khabar's record")
    p.set_defaults(func=run)


def run(args) -> int:
    print(json_schema_text())
    return 0

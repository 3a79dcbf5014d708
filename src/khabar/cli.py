"""The ``khabar`` command line. Subcommands live in ``khabar.commands``; this module only
parses arguments, runs the command and turns khabar's own errors into one-line messages."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from khabar.commands import COMMAND_MODULES
from khabar.errors import KhabarError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Arabic news to political event data: actors, statements, PLOVER/CAMEO events.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = import_module(f"khabar.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"khabar.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KhabarError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

"""CLI subcommands. Each module has ``register(subparsers)``; ``khabar.cli`` finds them."""

COMMAND_MODULES = ["analyze", "schema", "eval", "ingest", "query", "export", "serve", "demo"]

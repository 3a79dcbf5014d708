"""``khabar serve``: the HTTP API and the web UI over a corpus store."""

from __future__ import annotations

from khabar.commands.ingest import DEFAULT_STORE


def register(sub) -> None:
    from khabar.serve.settings import Settings

    d = Settings()
    p = sub.add_parser("serve", help="serve the HTTP API and the web UI over a store")
    p.add_argument("--store", default=DEFAULT_STORE, help=f"SQLite store (default {DEFAULT_STORE})")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-article-chars", type=int, default=d.max_article_chars,
                   help=f"longest article POST /api/analyze accepts (default {d.max_article_chars:,})")
    p.add_argument("--max-body-bytes", type=int, default=d.max_body_bytes,
                   help=f"largest request body (default {d.max_body_bytes:,})")
    p.add_argument("--rate-limit", type=int, default=d.rate_limit,
                   help=f"API requests per client per minute, 0 for no limit (default {d.rate_limit})")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    import uvicorn

    from khabar.errors import KhabarError, StoreError
    from khabar.serve import Settings, create_app

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store (fill one with `khabar demo --store "
                         f"{args.store}` or `khabar ingest ... --store {args.store}`)")
    try:
        settings = Settings(max_article_chars=args.max_article_chars,
                            max_body_bytes=args.max_body_bytes, rate_limit=args.rate_limit)
    except ValueError as exc:
        raise KhabarError(str(exc)) from exc
    app = create_app(args.store, settings)
    print(f"khabar: serving {args.store} at http://{args.host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0

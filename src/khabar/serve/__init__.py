"""``khabar serve``: an HTTP API over a corpus store and a web UI for analysts.

:func:`create_app` builds the FastAPI application; :class:`Settings` holds the limits
(article size, request body size, per-client rate). The UI is plain HTML, CSS and
JavaScript under ``khabar/static`` and needs nothing from the internet.
"""

from khabar.serve.app import create_app
from khabar.serve.settings import Settings

__all__ = ["Settings", "create_app"]

"""The form's app on a real socket of 127.0.0.1 (an ephemeral port), served by uvicorn in a thread of
the test process, with an httpx client that went through the token, as a browser does. Always
stopped, within a bounded time."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from nhnorm_cli.editing.session import EditSession
from nhnorm_cli.web.app import create_app, listening_socket
from nhnorm_cli.web.security import Secrets
from nhnorm_cli.web.views import Source

TIMEOUT = 20.0
_VERSION = re.compile(r'<meta name="nhnorm-versie" content="([0-9a-f]*)">')


@dataclass
class Running:
    port: int
    keys: Secrets
    path: Path
    client: httpx.Client  # has the session cookie

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def version(self) -> str:
        found = _VERSION.search(self.client.get("/").text)
        assert found is not None
        return found.group(1)

    def post(self, url: str, **fields: str) -> httpx.Response:
        """A form post with the CSRF token and the version of the page as it is now."""
        data = {"csrf": self.keys.csrf, "versie": self.version(), "filter": "alle", **fields}
        return self.client.post(url, data=data)


@contextmanager
def served(path: Path, lang: str = "nl") -> Iterator[Running]:
    session = EditSession(path)
    source = Source(path, session.display, session.norm, None, session.policy, None, session.reopen)
    sock = listening_socket(0)
    port = sock.getsockname()[1]
    keys = Secrets()
    app = create_app(session, source, port=port, keys=keys, lang=lang)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", log_config=None)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + TIMEOUT
        while not server.started:
            assert time.monotonic() < deadline, "the form's server did not start"
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=TIMEOUT, follow_redirects=True) as client:
            assert client.get(f"/?token={keys.token}").status_code == 200
            yield Running(port, keys, path, client)
    finally:
        server.should_exit = True
        thread.join(TIMEOUT)
        sock.close()
        assert not thread.is_alive(), "the form's server did not stop"

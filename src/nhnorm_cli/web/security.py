"""Who may use the form: only this computer's browser that was given the secret link.

- The server listens on 127.0.0.1 only (app.listening_socket); a page from elsewhere that points a
  DNS name at 127.0.0.1 (DNS rebinding) still sends its own Host, and any Host other than
  127.0.0.1:PORT or localhost:PORT is refused, as is any Origin other than those two.
- The link printed and opened carries a secret token (as Jupyter does); it is exchanged for an
  HttpOnly, SameSite=Strict session cookie and the token is taken out of the address bar.
- Every change also carries a CSRF token (routes.py checks it), and every answer has a strict
  Content-Security-Policy: the form's own script and styles only, nothing from a network.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from nhnorm_cli.messages import text

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HOST = "127.0.0.1"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # same-origin, not no-referrer: under no-referrer chromium sends `Origin: null` with a form post
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


@dataclass(frozen=True)
class Secrets:
    """Made anew for every run: the link's token, the session cookie's value and the CSRF token."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))


def same(given: str | None, secret: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), secret.encode())


class Guard:
    """ASGI middleware in front of every route: Host, Origin, token or session cookie, headers."""

    def __init__(self, app: ASGIApp, *, port: int, keys: Secrets, lang: str) -> None:
        self.app, self.keys, self.lang = app, keys, lang
        self.hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.cookie = f"nhnorm-bewerk-{port}"  # a second form on another port keeps its own session

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # the form has none; a socket would pass no Host check
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        response = self._gate(Request(scope))
        if response is not None:
            await response(scope, receive, with_headers)
        else:
            await self.app(scope, receive, with_headers)

    def _gate(self, request: Request) -> Response | None:
        """None when the request may pass; otherwise the answer it gets (403, or the token's redirect)."""
        if request.headers.get("host") not in self.hosts:
            return self._refuse()
        origin = request.headers.get("origin")
        if origin is not None and origin not in self.origins:
            return self._refuse()
        token = request.query_params.get("token")
        if token is not None:
            if not same(token, self.keys.token) or request.method != "GET":
                return self._refuse()
            rest = [(k, v) for k, v in parse_qsl(request.url.query, keep_blank_values=True) if k != "token"]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            redirect = RedirectResponse(target, status_code=303)
            redirect.set_cookie(self.cookie, self.keys.session, httponly=True, samesite="strict", path="/")
            return redirect
        if not same(request.cookies.get(self.cookie), self.keys.session):
            return self._refuse()
        return None

    def _refuse(self) -> Response:
        return PlainTextResponse(text("bewerk-geweigerd", self.lang), status_code=403)

"""The ASGI app of `nhnorm bewerk` and the server that runs it on 127.0.0.1.

Imported only by that command: starlette, uvicorn and jinja2 cost the other commands nothing."""

from __future__ import annotations

import socket
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from nhnorm_cli.editing.session import EditSession
from nhnorm_cli.errors import usage_error
from nhnorm_cli.files import resources
from nhnorm_cli.messages import text
from nhnorm_cli.web.routes import Form
from nhnorm_cli.web.security import HOST, Guard, Secrets
from nhnorm_cli.web.views import Source

# the only files the page loads besides itself; the report's own stylesheet comes first
_STATIC: dict[str, tuple[Callable[[], bytes], str]] = {
    "report.css": (lambda: (resources.templates_dir() / "report.css").read_bytes(), "text/css"),
    "bewerk.css": (lambda: (files(__package__) / "static" / "bewerk.css").read_bytes(), "text/css"),
    "bewerk.js": (lambda: (files(__package__) / "static" / "bewerk.js").read_bytes(), "text/javascript"),
}


def renderer(lang: str) -> Callable[[dict[str, Any]], str]:
    """The page template with every value autoescaped and the catalogue's labels as `t(...)`."""
    env = Environment(
        loader=PackageLoader(__package__, "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = lambda key, **values: text(f"bewerk-{key}", lang, **values)
    template = env.get_template("pagina.html.j2")
    return lambda context: template.render(**context)


def create_app(session: EditSession, source: Source, *, port: int, keys: Secrets, lang: str) -> Guard:
    """The app behind its Guard; `port` is the one it is served on (the only Host it answers)."""
    form = Form(session, source, keys, lang, renderer(lang))
    static = {name: (load(), kind) for name, (load, kind) in _STATIC.items()}

    async def asset(request: Request) -> Response:
        found = static.get(request.path_params["name"])
        if found is None:
            return PlainTextResponse("404", status_code=404)
        return Response(found[0], media_type=found[1])

    routes = [
        Route("/", form.page, methods=["GET"]),
        Route("/norm/{rid}", form.norm, methods=["POST"]),
        Route("/status", form.status, methods=["POST"]),
        Route("/static/{name}", asset, methods=["GET"]),
    ]
    return Guard(Starlette(routes=routes), port=port, keys=keys, lang=lang)


def listening_socket(port: int) -> socket.socket:
    """A socket on 127.0.0.1 only (port 0: one the system picks); POORT-BEZET when it is taken."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError:
        sock.close()
        raise usage_error("POORT-BEZET", poort=port) from None
    sock.listen(16)
    sock.set_inheritable(True)
    return sock


def serve(app: Guard, sock: socket.socket, announce: Callable[[], None]) -> None:
    """Run until Ctrl-C. `announce` (print the URL, open the browser) is called once everything is
    loaded, and a Ctrl-C at any moment after it stops the server cleanly: uvicorn's own handler
    once it runs (it passes the signal on when it is done), a KeyboardInterrupt before that."""
    import uvicorn

    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        log_config=None,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    try:
        announce()
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()

"""Only this computer's browser with the secret link gets in: 403 without the token or its cookie, for
a foreign Host or Origin, for a change without the CSRF token; the server listens on loopback only
and stops cleanly on Ctrl-C."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from nhnorm_cli.web.security import CSP
from tests.conftest import ROOT, Runner
from tests.web.server import bewerk, stop
from tests.web.threaded import Running, served


@pytest.fixture
def assessment(tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    nhnorm("init", "--year", "2025", "--naam", "Gemeente Zeedorp", "--peildatum", "2025-03-28")
    return tmp_path / "assessments" / "2025.yaml"


@pytest.fixture
def running(assessment: Path) -> Iterator[Running]:
    with served(assessment) as form:
        yield form


def test_without_the_token_or_its_cookie_everything_is_forbidden(running: Running) -> None:
    with httpx.Client(base_url=running.base, timeout=10) as stranger:
        for path in ("/", "/static/bewerk.js", "/?token=wrong", f"/?token={running.keys.token[:-1]}"):
            response = stranger.get(path)
            assert response.status_code == 403, path
            assert "nhnorm bewerk" in response.text
        assert stranger.post("/norm/1.1", data={"oordeel": "voldaan"}).status_code == 403


def test_the_token_becomes_a_strict_httponly_cookie_and_leaves_the_address(running: Running) -> None:
    with httpx.Client(base_url=running.base, timeout=10) as browser:
        first = browser.get(f"/?token={running.keys.token}&filter=open")
        assert first.status_code == 303
        assert first.headers["location"] == "/?filter=open"
        cookie = first.headers["set-cookie"]
        assert f"nhnorm-bewerk-{running.port}={running.keys.session}" in cookie
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
        page = browser.get("/")
        assert page.status_code == 200 and "Gemeente Zeedorp" in page.text
        assert running.keys.token not in page.text  # the token stays out of the page


def test_every_answer_carries_a_strict_content_security_policy(running: Running) -> None:
    for path in ("/", "/static/report.css", "/static/bewerk.js", "/nosuch"):
        response = running.client.get(path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "same-origin"
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP
    page = running.client.get("/").text
    assert (
        "<script>" not in page and " style=" not in page and "http://" not in page.replace(running.base, "")
    )


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1", "localhost:1", "0.0.0.0:{port}"],
)
def test_a_foreign_host_is_forbidden_even_with_the_cookie(running: Running, host: str) -> None:
    """DNS rebinding: a page of evil.example resolved to 127.0.0.1 still sends its own Host."""
    header = {"host": host.format(port=running.port)}
    assert running.client.get("/", headers=header).status_code == 403
    assert running.client.get(f"/?token={running.keys.token}", headers=header).status_code == 403


def test_a_websocket_is_closed_before_anything_else(running: Running) -> None:
    import asyncio

    from nhnorm_cli.web.security import Guard

    sent: list[dict[str, object]] = []

    async def app(scope: object, receive: object, send: object) -> None:
        raise AssertionError("the app must not see a websocket")

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def receive() -> dict[str, object]:
        return {"type": "websocket.connect"}

    guard = Guard(app, port=running.port, keys=running.keys, lang="nl")  # type: ignore[arg-type]
    scope = {"type": "websocket", "path": "/", "headers": [(b"host", f"127.0.0.1:{running.port}".encode())]}
    # in a thread of its own: a browser test in this worker may hold this thread's event loop
    worker = threading.Thread(target=lambda: asyncio.run(guard(scope, receive, send)))  # type: ignore[arg-type]
    worker.start()
    worker.join(10)
    assert sent == [{"type": "websocket.close", "code": 1008}]


def test_localhost_with_the_port_is_the_same_place(running: Running) -> None:
    assert running.client.get("/", headers={"host": f"localhost:{running.port}"}).status_code == 200


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:{port}"]
)
def test_a_foreign_origin_is_forbidden_and_changes_nothing(running: Running, origin: str) -> None:
    before = running.path.read_bytes()
    data = {"csrf": running.keys.csrf, "versie": running.version(), "op": "antwoord", "oordeel": "voldaan"}
    response = running.client.post(
        "/norm/1.1", data=data, headers={"origin": origin.format(port=running.port)}
    )
    assert response.status_code == 403
    assert running.path.read_bytes() == before


@pytest.mark.parametrize("csrf", [None, "", "wrong"])
def test_a_change_without_the_csrf_token_is_forbidden(running: Running, csrf: str | None) -> None:
    before = running.path.read_bytes()
    data = {"versie": running.version(), "op": "antwoord", "oordeel": "voldaan"}
    if csrf is not None:
        data["csrf"] = csrf
    for url in ("/norm/1.1", "/status"):
        assert (
            running.client.post(
                url, data={**data, "op": "vaststellen"} if url == "/status" else data
            ).status_code
            == 403
        )
    assert running.path.read_bytes() == before
    own = {"origin": running.base}  # the page's own Origin does not replace the token
    assert running.client.post("/norm/1.1", data=data, headers=own).status_code == 403


def test_the_same_post_with_the_csrf_token_is_saved(running: Running) -> None:
    response = running.post("/norm/1.1", op="antwoord", oordeel="voldaan")
    assert response.status_code == 200
    assert '  "1.1":\n    oordeel: voldaan\n' in running.path.read_text(encoding="utf-8")


def _listening(port: int) -> list[str]:
    """The local addresses of the sockets that LISTEN on `port` (Linux /proc/net/tcp and tcp6)."""
    found: list[str] = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # 0A: LISTEN
                found.append(address)
    return found


def _other_addresses() -> list[str]:
    """This machine's IPv4 addresses that are not loopback (none on a machine without a network)."""
    addresses: set[str] = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            addresses.add(str(info[4][0]))
    except OSError:
        pass
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # a UDP connect sends nothing; it only picks the route
        addresses.add(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    return sorted(a for a in addresses if not a.startswith("127.") and a != "0.0.0.0")


def test_the_command_listens_on_loopback_only_and_stops_on_ctrl_c(assessment: Path) -> None:
    with bewerk(assessment.parent.parent, "--year", "2025") as form:
        assert form.url.startswith(f"http://127.0.0.1:{form.port}/?token=")
        assert len(form.token) >= 40
        if sys.platform.startswith("linux"):
            assert _listening(form.port) == ["0100007F"]  # 127.0.0.1, and nothing else
        for address in _other_addresses():
            with pytest.raises(OSError):
                socket.create_connection((address, form.port), timeout=2).close()
        with socket.create_connection(("127.0.0.1", form.port), timeout=5):
            pass
        out, err = stop(form.process)
    assert form.process.returncode == 0
    assert out == ""  # the URL was the only line, read already
    assert "Traceback" not in err
    assert err.splitlines() == [
        "nhnorm bewerk: assessments/2025.yaml in uw browser (alleen op deze computer). Stop met Ctrl-C.",
        "nhnorm bewerk: gestopt.",
    ]


def test_a_port_that_is_taken_is_a_usage_error(assessment: Path, nhnorm: Runner) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        port = taken.getsockname()[1]
        result = nhnorm("bewerk", "--geen-browser", "--port", str(port), expect=2)
    finally:
        taken.close()
    assert result.stdout == ""
    assert result.stderr.startswith(f"nhnorm: fout POORT-BEZET: poort {port} op 127.0.0.1 is bezet")


def test_in_a_region_repository_the_form_checks_against_the_register(repo: Path, nhnorm: Runner) -> None:
    """validate's region check comes along: an RIEC the register does not know is shown on the form."""
    shutil.copy(ROOT / "organisaties.yaml", repo / "organisaties.yaml")
    # written by hand: `set --riec` refuses a RIEC the register does not know
    path = repo / "assessments" / "zeedorp" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  riec: RIEC Noord-Holland\n" in text
    path.write_text(
        text.replace("  riec: RIEC Noord-Holland\n", "  riec: RIEC Elders\n", 1), encoding="utf-8"
    )
    with bewerk(repo, "--year", "2026", "--org", "zeedorp") as form, httpx.Client(timeout=30) as browser:
        page = browser.get(form.url, follow_redirects=True)
        assert page.status_code == 200
        assert "ONBEKENDE-RIEC</code>" in page.text and "RIEC Elders" in page.text

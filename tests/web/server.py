"""`nhnorm bewerk` as a user starts it: a subprocess on a free port of 127.0.0.1, read until its first
stdout line (the URL), bounded in time, and always stopped with Ctrl-C (SIGINT) afterwards."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import nhnorm_cli

SRC = str(Path(nhnorm_cli.__file__).resolve().parent.parent)
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0


@dataclass
class Served:
    url: str  # with the token, as printed
    process: subprocess.Popen[str]

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def port(self) -> int:
        return int(urlsplit(self.url).port or 0)

    @property
    def token(self) -> str:
        return self.url.split("token=", 1)[1]


def _first_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError(f"nhnorm bewerk printed no URL within {timeout} s")
    return process.stdout.readline().strip()


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ctrl-C, as a user stops it; killed only when that does not work in time. (stdout, stderr)."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"nhnorm bewerk did not stop on Ctrl-C:\n{err}") from None
    return out, err


@contextmanager
def bewerk(cwd: Path, *args: str, lang: str = "nl") -> Iterator[Served]:
    """Serve the assessment `args` select (e.g. "--year", "2025") in `cwd`; stopped on exit."""
    env = {**os.environ, "PYTHONPATH": SRC, "NHNORM_LANG": lang, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "nhnorm_cli", "bewerk", "--geen-browser", *args]
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = _first_line(process, START_TIMEOUT)
        if not line.startswith("http://127.0.0.1:"):
            _, err = stop(process)
            raise AssertionError(f"first line {line!r}; stderr:\n{err}")
        yield Served(line, process)
    finally:
        if process.poll() is None:
            stop(process)

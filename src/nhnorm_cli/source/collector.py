"""Parsing allocates tens of thousands of small objects per file (nodes, marks, dicts), and none
of them form reference cycles. Python's cycle collector still walks them, and everything kept
alive from earlier files, again and again: 18% of `validate` and most of `overview` over a
region (issue 9). Reference counting frees them as before; only the cycle hunt waits."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(*, keep: bool = False) -> Iterator[None]:
    """Hold the cycle collector for the block (nested blocks keep it held until the outer one
    ends). With keep, what the block loaded is meant to stay for the rest of the command: it is
    moved out of the collector's sight (gc.freeze), so later collections do not walk it again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        gc.enable()

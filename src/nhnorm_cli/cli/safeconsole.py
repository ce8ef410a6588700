"""A rich console that never writes a control character it did not make itself: text from files,
folder names or settings cannot retitle, clear or recolour the user's terminal. Rich adds its own
colours after rendering, so escaping the rendered text leaves them intact."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment

from nhnorm_cli.source.controlchars import inert


class SafeConsole(Console):
    def on_broken_pipe(self) -> None:
        """The reader left (`nhnorm score | head`): on to the error boundary, which ends quietly with
        a closed pipe's exit status, as it does for text written without rich (rich exits with 1,
        which says the input had errors)."""
        self.quiet = True
        raise BrokenPipeError

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and segment.text:
                yield Segment(inert(segment.text), segment.style)
            else:
                yield segment

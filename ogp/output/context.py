"""Where output goes, which decides how it looks: colour and rich tables only on a terminal."""

from __future__ import annotations

import os
from dataclasses import field
from pathlib import Path
from typing import TextIO

from ogp.data.records import compiled
from ogp.output.caches import RenderCaches


@compiled(frozen=True)
class OutputContext:
    """Where a renderer writes: a terminal or not, colours, width, language, templates."""

    terminal: bool = False  # writing to an interactive terminal
    color: bool = False  # colours allowed (a terminal, and NO_COLOR unset)
    width: int = 100
    lang: str = "nb"
    template_dirs: tuple[Path, ...] = ()  # where templates are looked up, in order
    # what this run compiles once (templates, PDF renderers); replace() keeps the same one
    caches: RenderCaches = field(default_factory=RenderCaches, compare=False, repr=False)

    @classmethod
    def for_stream(cls, stream: TextIO | None, lang: str = "nb") -> OutputContext:
        """The context for writing to ``stream``; ``None`` means a file."""
        terminal = bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())
        color = terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        width = 100
        if terminal:
            import shutil  # only on a terminal: it pulls in bz2, lzma and more

            width = shutil.get_terminal_size((100, 24)).columns
        return cls(terminal=terminal, color=color, width=width, lang=lang)

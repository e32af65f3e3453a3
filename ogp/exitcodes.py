"""The exit statuses of ogp, in one place (the README states them; a test checks it).

- ``OK`` (0): success.
- ``DATA_ERROR`` (1): the data or an input is wrong (a clear message, never a
  traceback); also ``ogp validate`` finding an error (or, with ``--strict``, a warning).
- ``USAGE`` (2): wrong usage: an unknown option, a missing argument, options that
  contradict each other (click's own, and :class:`click.UsageError`).
- ``INTERNAL_ERROR`` (3): a bug in ogp: "internal error ... please report it"; the
  traceback is printed only with ``OGP_DEBUG=1``.
- ``INTERRUPTED`` (130): stopped with Ctrl-C; nothing half-written is left behind.
"""

from __future__ import annotations

OK = 0
DATA_ERROR = 1
USAGE = 2
INTERNAL_ERROR = 3
INTERRUPTED = 130

ALL = {
    "OK": OK,
    "DATA_ERROR": DATA_ERROR,
    "USAGE": USAGE,
    "INTERNAL_ERROR": INTERNAL_ERROR,
    "INTERRUPTED": INTERRUPTED,
}

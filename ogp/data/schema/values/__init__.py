"""Value parsers the schema applies while a file is read (ids, dates, times, e-mail, ...).

Each module is a value rule: its ``ID`` and docstring document it in ``ogp validate --list-rules``.
"""

from __future__ import annotations

from types import ModuleType

from ogp.data.schema.values import clock, date, email, ident, ogpid, orgno, postcode, url

VALUE_RULES: list[ModuleType] = [ident, date, clock, email, postcode, url, ogpid, orgno]

"""Documents: a checked Dataset → a view model, fully phrased; no I/O.

A document imports :mod:`ogp.data` (model, lookups), :mod:`ogp.text` and
:mod:`ogp.errors`, never :mod:`ogp.output` or :mod:`ogp.cli`, and no other document
except through :mod:`ogp.text` (``tests/test_layers.py``).
"""

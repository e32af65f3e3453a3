"""Words and formatting in any language: wording tables, phrases of records, dates.

Imports only :mod:`ogp.data` (the model) and :mod:`ogp.errors` (``tests/test_layers.py``).
"""

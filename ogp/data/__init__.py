"""Code that reads the data folder: YAML → a checked :class:`~ogp.data.model.Dataset`.

Loader, positions, problems, the schema language and the schemas, value parsers,
the dataset rules and the model. This package never imports from
:mod:`ogp.documents`, :mod:`ogp.output` or :mod:`ogp.cli` (``tests/test_layers.py``).
"""

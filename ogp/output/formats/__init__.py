"""One module per document: its formats (view model → text or bytes).

Each is named in :mod:`ogp.output.registry`.
"""

"""One module per command; each defines a click command and stays thin.

A command parses its options, calls the core, picks a renderer from
:mod:`ogp.output.registry` and writes with :func:`ogp.output.write.emit`.
Heavy libraries are imported inside the command, never at module level, so
`ogp --help` and `ogp validate` start fast.
"""

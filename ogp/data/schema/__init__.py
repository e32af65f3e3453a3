"""The schema layer: the schema language, the data files' schemas, value parsers, JSON Schema."""

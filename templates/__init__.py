"""The templates shipped with ogp (installed as the package data ogp.templates)."""

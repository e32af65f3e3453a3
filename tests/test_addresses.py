"""ogp addresses: the distribution list."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from click.testing import Result

RunFn = Callable[..., Result]


@pytest.mark.parametrize("fmt", ["md", "txt", "csv", "html"])
def test_addresses_golden(run: RunFn, golden: Callable[[str, str], None], fmt: str) -> None:
    result = run("addresses", "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"addresses/addresses.nb.{fmt}", result.output)


def test_csv_keeps_postcodes_as_quoted_text(run: RunFn) -> None:
    out = run("addresses", "--format", "csv").output
    assert '"0030"' in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 17
    smk = next(r for r in rows if r["id"] == "smk")
    assert (smk["kind"], smk["postcode"], smk["city"]) == ("copy", "0030", "OSLO")
    civil = next(r for r in rows if r["id"] == "sivilt-samfunn")
    assert civil["has_address"] == "no"


def test_missing_address_is_marked(run: RunFn) -> None:
    assert "| Det sivile samfunn | *mangler postadresse* |" in run("addresses").output
    assert "(no postal address)" in run("addresses", "--format", "txt", "--lang", "en").output


def test_copy_to_is_listed(run: RunFn) -> None:
    out = run("addresses", "--format", "txt").output
    assert "Kopi til:\nStatsministerens kontor   Postboks 8001 Dep   0030   OSLO" in out

"""ogp agenda: the running order of a meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]


@pytest.mark.parametrize(
    ("fmt", "lang"), [("md", "nb"), ("txt", "nb"), ("html", "nb"), ("txt", "en")]
)
def test_agenda_golden(run: RunFn, golden: Callable[[str, str], None], fmt: str, lang: str) -> None:
    result = run("agenda", "mote-1", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    golden(f"agenda/mote-1.{lang}.{fmt}", result.output)


def test_status_round_lists_every_reporter_and_joint_owners(run: RunFn) -> None:
    out = run("agenda", "mote-1", "--format", "txt").output
    assert "- KUD: 4.8 og 4.9 (2–3 min.)" in out
    assert "- KUD og Riksarkivet (avklarer hvem som melder): 4.10 (2–3 min.)" in out
    assert "- UD: 4.17, 4.18 og 4.22 (2–3 min.)" in out  # UD leads 4.22, so UD reports
    assert "14 instanser à 2–3 min., til sammen 28–42 min." in out
    # durations of the other items are unknown: said, not invented
    assert "Varigheten er ikke oppgitt for punkt 1, 2, 4, 5 og 6" in out
    assert "1.  12.30" in out


def test_a_named_reporter_takes_the_commitment(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit(
        "commitments.yaml",
        "    owners: [fin, norges-bank]\n",
        "    owners: [fin, norges-bank]\n    reporter: norges-bank\n",
    )
    out = run("--data", data_dir, "agenda", "mote-1", "--format", "txt").output
    assert "- Norges Bank: 4.23 (2–3 min.)" in out
    assert "FIN og Norges Bank (avklarer" not in out


def test_times_follow_known_durations_and_overrun_warns(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit(
        "meetings.yaml",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n"
        "        minutes: 60\n",
    )
    edit(
        "meetings.yaml",
        "      - title: Informasjon om OGP med vekt på det internasjonale arbeidet (KMD)\n",
        "      - title: Informasjon om OGP med vekt på det "
        "internasjonale arbeidet (KMD)\n        minutes: 70\n",
    )
    result = run("--data", data_dir, "agenda", "mote-1", "--format", "txt")
    assert result.exit_code == 0
    out = result.output
    assert "2.  13.30" in out
    assert "3.  14.40" in out
    assert "4.  15.08–15.22" in out
    assert "Dagsordenen tar minst 158 min., men møtet varer bare 150 min." in out
    assert "warning: Dagsordenen tar minst 158 min." in out  # also on standard error


def test_meeting_without_agenda_and_by_number(run: RunFn) -> None:
    result = run("agenda", "2", "--format", "md")
    assert result.exit_code == 0
    assert "Dataene har ingen dagsorden for dette møtet." in result.output
    assert "13\\. juni 2014" in result.output or "13. juni 2014" in result.output


def test_unknown_meeting(run: RunFn) -> None:
    result = run("agenda", "mote-9")
    assert result.exit_code == 1
    assert "mote-1, mote-2" in result.output


@pytest.mark.parametrize(
    ("minutes", "validate_says", "agenda_says"),
    [
        # item 1 plus 14 reporting agencies at 2–3 min. (28–42), in a 150-min. meeting
        ("108", None, None),  # 136–150: fits even at its most
        ("109", "may take up to 151 min.", "Dagsordenen kan ta opptil 151 min."),
        ("122", "may take up to 164 min.", "Dagsordenen kan ta opptil 164 min."),
        ("123", "takes at least 151 min.", "Dagsordenen tar minst 151 min."),
        ("200", "takes at least 228 min.", "Dagsordenen tar minst 228 min."),
    ],
)
def test_validate_and_the_agenda_count_the_same_minutes(
    run: RunFn,
    data_dir: Path,
    edit: EditFn,
    minutes: str,
    validate_says: str | None,
    agenda_says: str | None,
) -> None:
    """One computation (Dataset.agenda_durations): the rule warns exactly when the document does."""
    edit(
        "meetings.yaml",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n"
        f"        minutes: {minutes}\n",
    )
    validate = run("--data", data_dir, "validate").output
    agenda = run("--data", data_dir, "agenda", "mote-1", "--format", "txt").output
    overrun_warned = "[agenda-overrun]" in validate
    if agenda_says is None:
        assert not overrun_warned, validate
        assert "Dagsordenen tar minst" not in agenda
        assert "Dagsordenen kan ta opptil" not in agenda
    else:
        assert overrun_warned and validate_says and validate_says in validate, validate
        assert agenda_says in agenda

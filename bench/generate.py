"""Scale the bundled data (data/*.yaml) to N commitments, for the benchmark.

    python bench/generate.py 5000 [--out bench/data/5000] [--one-plan]

The bundled data is one action plan: 26 commitments, 17 agencies, 2
follow-up meetings and 1 letter. N commitments are ceil(N / 26) copies of it,
the last one cut short, with every id made unique per copy (``kmd`` becomes
``kmd-7``, commitment ``4.10`` becomes ``p7.4.10``, ``mote-1`` becomes
``mote-1-7``) and every reference pointing into its own copy, so the result
passes ``ogp validate`` with no errors (and the warnings of the bundled data,
in proportion). The plan and its timeline appear once.

The bundled data records no status yet; each generated commitment gets one
status report per meeting of its copy (two), as the letter plans, so the
status reports are in the data too.

With ``--one-plan``, the copies' commitments and agencies make one plan that
meets as the bundled plan does: the first copy's meetings and letter only,
every status report pointing at those meetings. That is the shape of a real
plan of many commitments (it still meets a few times a year), and the data the
site is measured on: with a letter per copy, each annexing every commitment,
the site's pages of the letters alone would grow as N².

The files are written with PyYAML's safe dumper (libyaml's emitter, CSafeDumper,
where PyYAML has it: several times faster), which quotes every value that
YAML 1.1 would read as something other than text (``'4.10'``, ``'12:30'``,
``'2014-03-17'``), so the same files mean the same to ogp, to a bare
CSafeLoader and to check-jsonschema. Keys without a value are left out.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data"
FILES = ("agencies.yaml", "commitments.yaml", "meetings.yaml", "letters.yaml")
LEVELS = ("not-started", "limited", "substantial", "complete")


# Keys whose values the schema reads as numbers or true/false: written unquoted.
NUMBERS = {"irm_no", "number", "days_before", "minutes", "min_minutes", "max_minutes", "level"}
BOOLEANS = {"civil_society", "bring_id", "agenda_tentative", "approved_electronically"}


def _plain(node: Any, key: str = "") -> Any:
    """ogp's positioned nodes as plain data: empty keys dropped, numbers and booleans typed."""
    if isinstance(node, dict):
        return {k: _plain(v, k) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if key in NUMBERS and node.isdigit():
        return int(node)
    if key in BOOLEANS:
        return node == "true"
    return node


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Writes shared values out in full (ogp refuses aliases), number-like text quoted."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # YAML 1.2 readers (check-jsonschema's ruamel.yaml) read 0806 as a number
    if _NUMBERLIKE.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_NUMBERLIKE = re.compile(r"^[-+.0-9:_]+$")
_Dumper.add_representer(str, _text)


def read_bundled(data_dir: Path = BUNDLED) -> dict[str, Any]:
    """The bundled files as plain data, read with ogp's own loader (values stay text)."""
    sys.path.insert(0, str(ROOT))
    from ogp.data.yamlload import load_file

    out = {}
    for name in FILES:
        root, problems = load_file(data_dir / name)
        if problems:
            raise SystemExit(f"{name}: {problems[0]}")
        out[name] = _plain(root)
    return out


def _copy(src: dict[str, Any], k: int, n_commitments: int) -> dict[str, list[Any]]:
    """Copy k of the plan's records, ids suffixed, references kept inside the copy."""

    def a(aid: str) -> str:
        return f"{aid}-{k}"

    def m(mid: str) -> str:
        return f"{mid}-{k}"

    agencies = []
    for ag in src["agencies.yaml"]["agencies"]:
        # a copy's own short name (else name): two agencies called "KMD" are an error
        label = "short" if "short" in ag else "name"
        agencies.append({**ag, "id": a(ag["id"]), label: f"{ag[label]} {k}"})

    meetings = []
    for mt in src["meetings.yaml"]["meetings"]:
        new = {**mt, "id": m(mt["id"])}
        if k > 1:  # meeting numbers are unique: only the first copy's meetings keep theirs
            new.pop("number", None)
            # one room holds one meeting at a time (meeting-clash); a status round has every
            # reporting agency of the data report, so only the first copy's meetings have
            # one, and they invite every copy's agencies (see generate; not-invited)
            new["venue"] = {**new["venue"], "name": f"{new['venue']['name']} {k}"}
            if "agenda" in new:
                new["agenda"] = [
                    {key: v for key, v in item.items() if key != "status_round"}
                    for item in new["agenda"]
                ]
        if "chair" in new and "agency" in new["chair"]:
            new["chair"] = {**new["chair"], "agency": a(new["chair"]["agency"])}
        if "registration" in new:
            reg = new["registration"]
            contact = {**reg["contact"]}
            if "agency" in contact:
                contact["agency"] = a(contact["agency"])
            new["registration"] = {**reg, "contact": contact}
        if "invited" in new:
            new["invited"] = [a(x) for x in new["invited"]]
        meetings.append(new)

    commitments = []
    for i, c in enumerate(src["commitments.yaml"]["commitments"][:n_commitments]):
        new = {**c, "id": f"p{k}.{c['id']}"}
        if k > 1:  # OGP's ids (NO0043) are unique and have a fixed form: the first copy's only
            new.pop("ogp_id", None)
        new["owners"] = [
            a(o) if isinstance(o, str) else {**o, "agency": a(o["agency"])} for o in c["owners"]
        ]
        if "collaborators" in c:
            new["collaborators"] = [a(x) for x in c["collaborators"]]
        if "reporter" in c:
            new["reporter"] = a(c["reporter"])
        new["status"] = [
            {
                "date": mt["date"],
                "level": LEVELS[(i + j) % len(LEVELS)],
                "note": f"Reported orally at meeting {mt['id']}.",
                "meeting": mt["id"],
            }
            for j, mt in enumerate(meetings)
        ]
        commitments.append(new)

    letters = []
    for lt in src["letters.yaml"]["letters"]:
        new = {**lt, "id": f"{lt['id']}-{k}", "sender": a(lt["sender"])}
        for key in ("recipients", "copy_to"):
            if key in new:
                new[key] = [a(x) for x in new[key]]
        if "meetings" in new:
            new["meetings"] = [m(x) for x in new["meetings"]]
        letters.append(new)

    return {
        "agencies": agencies,
        "commitments": commitments,
        "meetings": meetings,
        "letters": letters,
    }


def invite_everyone(parts: dict[str, list[Any]]) -> None:
    """The first copy's meetings and first letter invite every copy's agencies (see _copy)."""
    everyone = [ag["id"] for ag in parts["agencies"]]
    for mt in parts["meetings"]:
        if mt["id"].endswith("-1") and "invited" in mt:
            mt["invited"] = list(dict.fromkeys([*mt["invited"], *everyone]))
    for lt in parts["letters"][:1]:
        if "recipients" in lt:
            copies = set(lt.get("copy_to", []))
            lt["recipients"] = list(
                dict.fromkeys([*lt["recipients"], *(a for a in everyone if a not in copies)])
            )


def _dump(data: dict[str, Any], path: Path) -> None:
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=100,
    )
    path.write_text(text, encoding="utf-8")


def generate(
    n: int, out: Path, src: dict[str, Any] | None = None, *, one_plan: bool = False
) -> Path:
    """Write N commitments' worth of data into ``out``; n=0 copies the bundled data as is.

    ``one_plan``: the first copy's meetings and letter only (see the module's text).
    """
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if n == 0:
        for name in FILES:
            shutil.copyfile(BUNDLED / name, out / name)
        return out
    src = src or read_bundled()
    per_copy = len(src["commitments.yaml"]["commitments"])
    parts: dict[str, list[Any]] = {"agencies": [], "commitments": [], "meetings": [], "letters": []}
    for k in range(1, math.ceil(n / per_copy) + 1):
        left = n - len(parts["commitments"])
        part = _copy(src, k, min(left, per_copy))
        if one_plan and k > 1:  # reported at the first copy's meetings, which it does not add
            for c in part["commitments"]:
                for s, mt in zip(c.get("status", []), parts["meetings"], strict=False):
                    s["meeting"] = mt["id"]
                    s["date"] = mt["date"]
            part = {**part, "meetings": [], "letters": []}
        for key, records in part.items():
            parts[key].extend(records)
    invite_everyone(parts)
    plan = {**src["commitments.yaml"]["plan"], "contact_point": "kmd-1"}
    _dump({"agencies": parts["agencies"]}, out / "agencies.yaml")
    _dump({"plan": plan, "commitments": parts["commitments"]}, out / "commitments.yaml")
    _dump({"meetings": parts["meetings"]}, out / "meetings.yaml")
    _dump({"letters": parts["letters"]}, out / "letters.yaml")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of commitments (0: the bundled data as is)")
    parser.add_argument("--out", type=Path, help="folder to write (default bench/data/N)")
    parser.add_argument(
        "--one-plan", action="store_true", help="the first copy's meetings and letter only"
    )
    args = parser.parse_args()
    out = generate(
        args.n, args.out or ROOT / "bench" / "data" / str(args.n), one_plan=args.one_plan
    )
    size = sum((out / f).stat().st_size for f in FILES)
    print(f"{out}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

"""``--fix`` on a copy of examples/: files still parse, fixes settle, fixed findings are gone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import libcst as cst
import pytest

from siglint.cli.main import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _findings(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    main(["check", str(folder), "--output-format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_fixing_the_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unsafe: bool
) -> None:
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder)
    before = _findings(folder, capsys)
    fixable = [f for f in before if f["fix"] and (unsafe or f["fix"]["applicability"] == "safe")]
    assert fixable, "the examples must contain findings this mode can fix"

    flags = ["--fix", "--unsafe-fixes"] if unsafe else ["--fix"]
    main(["check", str(folder), *flags, "--no-cache", "--exit-zero"])
    for path in folder.glob("*.py"):
        cst.parse_module(path.read_text(encoding="utf-8"))  # every file still parses

    snapshot = {p.name: p.read_bytes() for p in folder.glob("*.py")}
    main(["check", str(folder), *flags, "--no-cache", "--exit-zero"])
    assert {p.name: p.read_bytes() for p in folder.glob("*.py")} == snapshot  # nothing left to fix

    after = _findings(folder, capsys)
    remaining = {(f["filename"], f["code"]) for f in after}
    for finding in fixable:
        fixed_here = [
            f
            for f in after
            if f["filename"] == finding["filename"] and f["code"] == finding["code"]
        ]
        assert len(fixed_here) < sum(
            1
            for f in before
            if f["filename"] == finding["filename"] and f["code"] == finding["code"]
        ), f"{finding['code']} in {finding['filename']} was not fixed"
    assert len(after) < len(before)
    assert remaining  # the examples also hold findings no fix can remove

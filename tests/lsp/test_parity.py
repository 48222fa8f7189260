"""The editor and the command line agree: for every example and every model of the differential
corpus, ``siglint check --output-format json`` and the server report the same findings, at the
same places once converted to the client's positions, with the same fixes."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from lsp_session import Editor, units
from lsprotocol import types

from siglint.cli.main import main

pytestmark = pytest.mark.asyncio(loop_scope="module")

ROOT = Path(__file__).parents[2]
CORPUS = sorted(
    [*(ROOT / "examples").glob("*.py"), *(ROOT / "tests/differential/models").glob("*.py")]
)
_SEVERITIES = {"error": 1, "warning": 2, "info": 3}

Finding = tuple[Any, ...]


@pytest.fixture(scope="module")
def cli_findings() -> dict[Path, list[dict[str, Any]]]:
    """The command line's JSON findings, by file."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        main(["check", *map(str, CORPUS), "--output-format", "json", "--exit-zero"])
    found: dict[Path, list[dict[str, Any]]] = {path: [] for path in CORPUS}
    for item in json.loads(output.getvalue()):
        found[Path(item["filename"]).resolve()].append(item)
    return found


def client_position(lines: list[str], location: dict[str, int], encoding: str) -> tuple[int, int]:
    row, column = location["row"] - 1, location["column"] - 1
    return row, units(lines[row][:column] if row < len(lines) else "", encoding)


def from_cli(item: dict[str, Any], lines: list[str], encoding: str) -> Finding:
    def span(edit: dict[str, Any]) -> tuple[int, ...]:
        return (
            *client_position(lines, edit["location"], encoding),
            *client_position(lines, edit["end_location"], encoding),
        )

    fix = item["fix"]
    if fix is not None and fix["applicability"] != "display-only":
        edits = tuple((span(e), e["content"]) for e in fix["edits"])
        fix = (fix["message"], fix["applicability"], edits)
    else:
        fix = None
    return (item["code"], item["message"], _SEVERITIES[item["severity"]], span(item), fix)


def from_server(diagnostic: types.Diagnostic) -> Finding:
    def span(where: dict[str, Any] | types.Range) -> tuple[int, ...]:
        if isinstance(where, types.Range):
            return (where.start.line, where.start.character, where.end.line, where.end.character)
        start, end = where["start"], where["end"]
        return (start["line"], start["character"], end["line"], end["character"])

    fix = diagnostic.data["fix"]
    if fix is not None:
        edits = tuple((span(e["range"]), e["newText"]) for e in fix["edits"])
        fix = (fix["title"], fix["applicability"], edits)
    return (
        diagnostic.code,
        diagnostic.message,
        diagnostic.severity.value,
        span(diagnostic.range),
        fix,
    )


async def test_the_server_reports_what_the_command_line_reports(
    editor: Editor, cli_findings: dict[Path, list[dict[str, Any]]]
):
    assert len(CORPUS) > 300
    assert sum(map(len, cli_findings.values())) > 200
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        lines = re.split(r"\r\n|\r|\n", text)
        uri = editor.open(path.name, text, uri=path.as_uri())
        served = sorted(map(from_server, await editor.diagnostics(uri)))
        expected = sorted(from_cli(item, lines, editor.encoding) for item in cli_findings[path])
        assert served == expected, path
        editor.close(uri)

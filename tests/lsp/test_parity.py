"""The editor and the command line agree: for every example and every model of the differential
corpus, ``siglint check --output-format json`` and the server report the same findings, at the
same places once converted to the client's positions, and the server offers as quick fixes the
very fixes the command line applies (none where the command line has none)."""

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


async def from_server(editor: Editor, uri: str, diagnostic: types.Diagnostic) -> Finding:
    """``diagnostic`` with the quick fix the server offers for it (re-analysis has confirmed it)."""

    def span(where: types.Range) -> tuple[int, ...]:
        return (where.start.line, where.start.character, where.end.line, where.end.character)

    fix = None
    if diagnostic.data["fix"] is not None:
        prefix = f"siglint ({diagnostic.code}): "
        offered = [
            action
            for action in await editor.code_actions(uri, [diagnostic])
            if action.title.startswith(prefix) and action.title != f"{prefix}Disable for this line"
        ]
        for action in offered:
            assert action.edit is not None
            if action.edit.document_changes is not None:
                (change,) = action.edit.document_changes
                text_edits = change.edits  # type: ignore[union-attr]
            else:
                assert action.edit.changes is not None
                text_edits = action.edit.changes[uri]
            edits = tuple((span(e.range), e.new_text) for e in text_edits)
            title = action.title.removeprefix(prefix).removesuffix(" (unsafe)")
            fix = (title, "safe" if action.is_preferred else "unsafe", edits)
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
        # In the editor's own folder: the repository's configuration excludes the corpus, which
        # the command line checks anyway as it is named.
        uri = editor.open(path.name, text)
        served = sorted([await from_server(editor, uri, d) for d in await editor.diagnostics(uri)])
        expected = sorted(from_cli(item, lines, editor.encoding) for item in cli_findings[path])
        assert served == expected, path
        editor.close(uri)

"""The language server under abuse: whatever a client sends, it answers what it must, survives,
and keeps serving the other documents.

Raw frames (``test_protocol.RawSession``) carry what no well-behaved client can send: broken
frames and bodies, unknown methods, cancellations, a client that vanishes mid-work, documents
that crash parsers. The editor profiles (``lsp_session``) send the rest: requests for documents
never opened, edits outside the text, a hundred edits in a burst, a 5 MB file. Every test ends
by checking that a healthy document is still served, with the findings it must have.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from lsp_session import TIMEOUT, Editor, position_of, session, units
from lsprotocol import types
from test_protocol import EXAMPLE, RawSession, frame, frames, notification, request

from siglint.engine import check_source

# The editor fixture's server lives as long as the module, on the module's event loop.
in_module_loop = pytest.mark.asyncio(loop_scope="module")

HEALTHY_CODES = ["SIG101", "SIG108"]  # what EXAMPLE (examples/translator_model.py) gets


# --------------------------------------------------------------------------------------
# Raw frames
# --------------------------------------------------------------------------------------


def raw_server(root: Path, cwd: Path | None = None) -> tuple[RawSession, str]:
    """A server (started in ``cwd``, by default the workspace ``root``) initialized as a client
    that takes pushed diagnostics, with the example open."""
    server = RawSession(cwd or root)
    uri = (root / "healthy.py").as_uri()
    options = {"settings": {"debounce": 0}}
    initialize = {"processId": None, "rootUri": root.as_uri(), "capabilities": {}}
    server.send(
        frame(request(1, "initialize", {**initialize, "initializationOptions": options})),
        frame(notification("initialized", {})),
        frame(notification("textDocument/didOpen", {"textDocument": _item(uri, EXAMPLE)})),
    )
    assert [d["code"] for d in published(server, uri, 1)] == HEALTHY_CODES
    return server, uri


def _item(uri: str, text: str, version: int = 1) -> dict[str, Any]:
    return {"uri": uri, "languageId": "python", "version": version, "text": text}


def published(server: RawSession, uri: str, version: int | None) -> list[dict[str, Any]]:
    """The diagnostics pushed for ``uri`` at ``version`` (waiting for them)."""
    deadline = time.monotonic() + TIMEOUT * 2
    while True:
        for message in frames(server.stdout, partial=True):
            params = message.get("params") or {}
            if (
                message.get("method") == "textDocument/publishDiagnostics"
                and params.get("uri") == uri
                and params.get("version") == version
            ):
                return params["diagnostics"]
        assert server.process.poll() is None, "the server died"
        assert time.monotonic() < deadline, f"nothing published for {uri} version {version}"
        time.sleep(0.02)


def assert_still_serving(server: RawSession, uri: str, version: int, next_id: int) -> None:
    """An edit of the healthy document is checked, and a request about it answered."""
    change = {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"text": EXAMPLE}],
    }
    hover = {"textDocument": {"uri": uri}, "position": {"line": 9, "character": 8}}
    server.send(
        frame(notification("textDocument/didChange", change)),
        frame(request(next_id, "textDocument/hover", hover)),
    )
    assert [d["code"] for d in published(server, uri, version)] == HEALTHY_CODES
    assert "**Translator**" in server.reply(next_id)["result"]["contents"]["value"]


# Malformed frames pygls can read past, each followed by a blank line that ends any header.
BROKEN_FRAMES = [
    b"Content-Length: nine\r\n\r\n",
    b"Content-Length: -5\r\n\r\n",
    b"Content-Length: 0\r\n\r\n",
    b"Content-Length:12\r\n\r\n",
    b"Content-Length: 12\n\n",
    b"X-Header-Line: " + b"x" * 1_000_000 + b"\r\n\r\n",
    b"\x00\xff\xfe\r\n\r\n",
]
# Well-framed bodies that are no JSON-RPC message, or no message we know.
BROKEN_BODIES = [
    b"42",
    b"null",
    b'"a string"',
    b"true",
    b"{}",
    b"\xff\xfe\x00 not UTF-8",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"jsonrpc": "2.0"}',
    b'{"jsonrpc": "2.0", "id": 12345, "result": null}',
    b'{"jsonrpc": "2.0", "id": 12346, "error": {"code": 1, "message": "nobody asked"}}',
    b'{"jsonrpc": "2.0", "id": 3, "method": 7}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '
    b'{"uri": 5, "languageId": null, "version": "one", "text": []}}}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '
    b'{"uri": "file:///%ZZ%00.py", "languageId": "python", "version": 1, "text": "x = 1"}}}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '
    b'{"uri": "no scheme at all", "languageId": "python", "version": 1, "text": "x"}}}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '
    b'{"uri": "file:///tmp/surrogate.py", "languageId": "python", "version": 1, '
    b'"text": "x = \\"\\ud800\\"\\n"}}}',
]


def test_broken_frames_and_bodies_are_survived(tmp_path: Path) -> None:
    server, uri = raw_server(tmp_path)
    server.send(*BROKEN_FRAMES, *(frame(body) for body in BROKEN_BODIES))
    server.send(frame({"jsonrpc": "2.0", "id": {"not": "an id"}, "method": "textDocument/hover"}))
    assert_still_serving(server, uri, version=2, next_id=10)
    assert server.close() == 0
    # Every byte the server wrote is a frame, and no reply went to a message that wanted none
    # (the request whose id is an object gets an error, under that id or none).
    replied = [message.get("id") for message in frames(server.stdout) if "method" not in message]
    assert [i for i in replied if i not in (1, 3, 10, 99, None, {"not": "an id"})] == []


def test_unknown_methods_are_refused_and_unknown_notifications_ignored(tmp_path: Path) -> None:
    server, uri = raw_server(tmp_path)
    server.send(
        frame(notification("$/siglintNothing", {})),
        frame(notification("workspace/siglintNothing", {"x": 1})),
        frame(request(20, "$/siglintNothing", {})),
        frame(request(21, "textDocument/siglintNothing", {})),
        frame(request(22, "textDocument/hover", {"textDocument": {"uri": uri}})),
    )
    assert server.reply(20)["error"]["code"] == -32601  # MethodNotFound, also for "$/" requests
    assert server.reply(21)["error"]["code"] == -32601
    assert server.reply(22)["error"]["code"] == -32602  # InvalidParams: no position
    assert_still_serving(server, uri, version=2, next_id=23)
    assert server.close() == 0


def test_a_cancelled_request_is_still_answered(tmp_path: Path) -> None:
    """LSP: a cancelled request must still get a response (a result or RequestCancelled)."""
    server, uri = raw_server(tmp_path)
    slow = (tmp_path / "slow.py").as_uri()
    text = EXAMPLE + "".join(f"value_{n} = {n}\n" for n in range(5_000))
    diagnostic = {"textDocument": {"uri": slow}}
    server.send(
        frame(notification("textDocument/didOpen", {"textDocument": _item(slow, text)})),
        frame(request(30, "textDocument/diagnostic", diagnostic)),
        frame(notification("$/cancelRequest", {"id": 30})),
        frame(notification("$/cancelRequest", {"id": 987654})),  # no such request
        frame(request(31, "textDocument/diagnostic", diagnostic)),
    )
    cancelled = server.reply(30)
    assert "result" in cancelled or cancelled["error"]["code"] == -32800
    assert [d["code"] for d in server.reply(31)["result"]["items"]] == HEALTHY_CODES
    assert_still_serving(server, uri, version=2, next_id=32)
    assert server.close() == 0


@pytest.mark.parametrize(
    "busy",
    [
        pytest.param(False, id="idle"),
        pytest.param(True, id="mid-check"),
    ],
)
def test_the_server_exits_when_its_client_vanishes(tmp_path: Path, busy: bool) -> None:
    """No shutdown, no exit: the client's end of the pipe closes, with requests pending, maybe in
    the middle of a long check. The server goes, and leaves no thread running behind it."""
    server, uri = raw_server(tmp_path)
    if busy:
        slow = (tmp_path / "slow.py").as_uri()
        text = EXAMPLE + "".join(f"value_{n} = {n}\n" for n in range(80_000))
        server.send(
            frame(notification("textDocument/didOpen", {"textDocument": _item(slow, text)})),
            frame(request(40, "textDocument/diagnostic", {"textDocument": {"uri": slow}})),
        )
        time.sleep(1)  # the check has started
    server.send(frame(request(41, "textDocument/hover", {"textDocument": {"uri": uri}})))
    server.process.stdin.close()
    started = time.monotonic()
    server.process.wait(timeout=60)
    assert time.monotonic() - started < 5


def test_a_document_that_crashes_the_parser_does_not_kill_the_server(tmp_path: Path) -> None:
    server, uri = raw_server(tmp_path)
    deep = (tmp_path / "deep.py").as_uri()
    text = "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n"
    server.send(frame(notification("textDocument/didOpen", {"textDocument": _item(deep, text)})))
    assert [d["code"] for d in published(server, deep, 1)] in (["SIG999"], ["SIG998"])
    assert_still_serving(server, uri, version=2, next_id=50)
    assert server.close() == 0


def _hostile_workspace(root: Path, markers: Path) -> str:
    """A workspace whose code leaves a marker wherever it runs; the model's text."""

    def ran(what: str) -> str:
        return f"__import__('pathlib').Path({str(markers / what)!r}).touch()"

    model = (
        f"{ran('module')}\nimport mlflow\nfrom schemas import Review\n\n\n"
        f"def decorate(function):\n    {ran('decorator')}\n    return function\n\n\n"
        f"class Model(mlflow.pyfunc.PythonModel):\n    {ran('class body')}\n\n"
        f"    @decorate\n    def predict(self, model_input: list[Review], params={ran('default')}):\n"
        f"        return []\n"
    )
    (root / "model.py").write_text(model)
    (root / "schemas.py").write_text(
        f"{ran('imported module')}\nfrom pydantic import BaseModel\n\n\n"
        "class Review(BaseModel):\n    text: str\n"
    )
    for name in ("lsprotocol", "pygls", "libcst", "cattrs", "attrs"):
        (root / f"{name}.py").write_text(f"{ran('shadowed ' + name)}\nraise SystemExit(1)\n")
    return model


@pytest.mark.parametrize(
    "started_in",
    [
        pytest.param("elsewhere"),
        pytest.param("the workspace"),
    ],
)
def test_a_hostile_workspace_runs_nothing_in_the_server(tmp_path: Path, started_in: str) -> None:
    root, markers, elsewhere = tmp_path / "workspace", tmp_path / "markers", tmp_path / "cwd"
    for folder in (root, markers, elsewhere):
        folder.mkdir()
    model = _hostile_workspace(root, markers)
    server, healthy = raw_server(root, cwd=elsewhere if started_in == "elsewhere" else root)
    uri = (root / "model.py").as_uri()
    hover = {"textDocument": {"uri": uri}, "position": {"line": 10, "character": 7}}
    server.send(
        frame(notification("textDocument/didOpen", {"textDocument": _item(uri, model)})),
        frame(request(60, "textDocument/hover", hover)),
    )
    published(server, uri, 1)
    assert "**Model** (python_model)" in server.reply(60)["result"]["contents"]["value"]
    assert sorted(p.name for p in markers.iterdir()) == []
    assert_still_serving(server, healthy, version=2, next_id=61)
    assert server.close() == 0


# --------------------------------------------------------------------------------------
# Editor profiles
# --------------------------------------------------------------------------------------


@in_module_loop
async def test_requests_about_documents_never_opened_get_empty_answers(editor: Editor):
    nowhere = editor.uri("never_opened.py")
    document = types.TextDocumentIdentifier(nowhere)
    position = types.Position(3, 4)
    client = editor.client
    assert await client.text_document_hover_async(types.HoverParams(document, position)) is None
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            document, types.Range(position, position), types.CodeActionContext([])
        )
    )
    assert not actions
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(document))
    assert report.kind == "full" and not report.items
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=nowhere, version=7),
            [types.TextDocumentContentChangeWholeDocument("import os\n")],
        )
    )
    client.text_document_did_close(types.DidCloseTextDocumentParams(document))
    await assert_editor_serves(editor, "after_unopened.py")


async def assert_editor_serves(editor: Editor, name: str) -> None:
    uri = editor.open(name, EXAMPLE)
    assert [d.code for d in await editor.diagnostics(uri, until=bool)] == HEALTHY_CODES


def expected_ranges(editor: Editor, text: str) -> list[tuple[str, types.Range]]:
    """The findings of ``text`` positioned in the editor's encoding, computed without the server."""
    lines = text.split("\n")

    def position(line: int, column: int) -> types.Position:
        return types.Position(line - 1, units(lines[line - 1][:column], editor.encoding))

    return [
        (
            d.code,
            types.Range(
                position(d.range.line, d.range.column),
                position(d.range.end_line, d.range.end_column),
            ),
        )
        for d in check_source(text, editor.root / "burst.py").diagnostics
    ]


@in_module_loop
async def test_a_hundred_edits_in_a_burst(editor: Editor):
    """Typed one character at a time, with non-ASCII text around: whatever the server published
    last is for the last version, and its ranges are the ones the final text has."""
    uri = editor.open("burst.py", EXAMPLE)
    await editor.diagnostics(uri)
    anchor = position_of(editor, EXAMPLE, "    def predict(self, context, model_input: str)")
    typed = '    """Ünïcode 😀 docstring, typed fast."""  # é\n' * 3
    for index in range(len(typed)):  # each character its own change, and its own version
        where = position_of(
            editor, editor.texts[uri], "    def predict(self, context, model_input: str)"
        )
        editor.change(uri, [types.TextEdit(types.Range(where, where), typed[index])])
    hint = position_of(editor, editor.texts[uri], "str) -> str")
    end = types.Position(hint.line, hint.character + 3)
    editor.change(uri, [types.TextEdit(types.Range(hint, end), "list[str]")])
    assert editor.versions[uri] >= 100 and anchor.line < hint.line

    final = editor.texts[uri]
    diagnostics = await editor.diagnostics(uri, until=lambda found: len(found) == 1)
    assert [(d.code, d.range) for d in diagnostics] == expected_ranges(editor, final)
    if not editor.pulls:
        await asyncio.sleep(0.5)  # nothing older may arrive after the final answer
        assert editor.client.published[uri].version == editor.versions[uri]


@in_module_loop
async def test_edits_outside_the_text_are_survived(editor: Editor):
    """Ranges past the last line or past a line's end, reversed, inside a
    surrogate pair, between CR and LF: the server keeps a text, and a full replacement puts it
    back in step with the editor."""
    text = EXAMPLE.replace("\n", "\r\n").replace("Common", "Cømmon 😀")
    uri = editor.open("outside.py", text)
    await editor.diagnostics(uri)
    emoji = position_of(editor, text, "😀")
    line_end = position_of(editor, text, "\r\n")
    weird = [
        ((10_000, 0), (10_001, 5), "# after the end\n"),
        ((0, 10_000), (0, 20_000), "  # past the line's end"),
        ((3, 4), (1, 0), "reversed"),
        ((emoji.line, emoji.character + 1), (emoji.line, emoji.character + 1), "½"),
        ((line_end.line, line_end.character + 1), (line_end.line + 1, 0), ""),
    ]
    for (line, character), (end_line, end_character), new_text in weird:
        editor.versions[uri] += 1
        editor.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
                [
                    types.TextDocumentContentChangePartial(
                        types.Range(
                            types.Position(line, character), types.Position(end_line, end_character)
                        ),
                        new_text,
                    )
                ],
            )
        )
    editor.versions[uri] += 1
    editor.texts[uri] = EXAMPLE
    editor.client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(EXAMPLE)],
        )
    )
    diagnostics = await editor.diagnostics(uri, until=lambda found: len(found) == 2)
    assert [(d.code, d.range) for d in diagnostics] == expected_ranges(editor, EXAMPLE)
    await assert_editor_serves(editor, "after_outside.py")


HUGE = "TABLE = [\n" + "    {'id': 1, 'name': 'x', 'tags': ['a', 'b']},\n" * 105_000 + "]\n"


@in_module_loop
async def test_a_5mb_document_does_not_stop_the_others(tmp_path: Path):
    async with session("visual_studio_code", tmp_path) as editor:
        assert len(HUGE) > 5_000_000
        editor.open("huge.py", HUGE)
        await asyncio.sleep(0.5)
        uri = editor.open("small.py", EXAMPLE)
        diagnostics = await asyncio.wait_for(editor.diagnostics(uri, until=bool), 5)
        assert [d.code for d in diagnostics] == HEALTHY_CODES

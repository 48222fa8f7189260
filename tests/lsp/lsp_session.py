"""The editor's side of an end-to-end session with the real server (a subprocess).

The profiles are the clients the server must serve: Neovim 0.11 pulls diagnostics and
negotiates UTF-8 positions; Neovim 0.9 and VS Code 1.65 expect them pushed, in UTF-16.
``Editor`` plays the editor's part: it keeps the documents' text, sends the edits, waits for
diagnostics the way its profile gets them, and applies workspace edits with its own position
arithmetic, independent of the server's.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
import textwrap
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "lsp_server"]
PROFILES = ["neovim@v0.11", "neovim@v0.9", "visual_studio_code"]
TIMEOUT = 15.0
_T = TypeVar("_T")
_CODECS = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}
# Tests set debounce 0 so they wait for nothing but the server's work.
SETTINGS: dict[str, Any] = {"debounce": 0}


class Client(LanguageClient):
    """pytest-lsp's client, remembering each published diagnostics notification whole."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.published: dict[str, types.PublishDiagnosticsParams] = {}
        self.history: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []
        self.changed = asyncio.Event()
        self.editor: Editor | None = None


def _publish(client: Client, params: types.PublishDiagnosticsParams) -> None:
    client.published[params.uri] = params
    client.history.append(params)
    client.diagnostics[params.uri] = params.diagnostics
    client.changed.set()


def _register(client: Client, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def make_client() -> Client:
    client = Client(converter_factory=default_converter)
    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _publish,
        types.CLIENT_REGISTER_CAPABILITY: _register,
    }
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


def offset_of(text: str, position: types.Position, encoding: str) -> int:
    """The string index of an LSP position, computed independently of the server."""
    starts = [0, *(found.end() for found in re.finditer(r"\r\n|\r|\n", text))]
    if position.line >= len(starts):
        return len(text)
    start = starts[position.line]
    end = starts[position.line + 1] if position.line + 1 < len(starts) else len(text)
    content = text[start:end].rstrip("\r\n")
    codec, width = _CODECS[encoding]
    encoded = content.encode(codec)[: position.character * width]
    return start + len(encoded.decode(codec))


def apply_text_edits(text: str, edits: Sequence[types.TextEdit], encoding: str) -> str:
    spans = sorted(
        (
            (offset_of(text, e.range.start, encoding), offset_of(text, e.range.end, encoding), e)
            for e in edits
        ),
        key=lambda span: span[:2],
        reverse=True,
    )
    for start, end, edit in spans:
        text = text[:start] + edit.new_text + text[end:]
    return text


class Editor:
    """The editor side of a session: documents, edits, and diagnostics as the profile gets them."""

    def __init__(self, client: Client, profile: str, result: types.InitializeResult, root: Path):
        self.client = client
        self.profile = profile
        self.root = root
        self.encoding = str(result.capabilities.position_encoding or "utf-16")
        self.pulls = client_capabilities(profile).text_document.diagnostic is not None
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}

    def uri(self, name: str) -> str:
        return from_fs_path(str(self.root / name))

    def write(self, name: str, source: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return path

    def open(self, name: str, source: str | None = None, *, uri: str | None = None) -> str:
        """Open ``name`` (written first when ``source`` is given) and return its URI."""
        if source is not None and uri is None:
            self.write(name, source)
        uri = uri or self.uri(name)
        text = textwrap.dedent(source) if source is not None else (self.root / name).read_text()
        self.texts[uri], self.versions[uri] = text, 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, text))
        )
        return uri

    def change(self, uri: str, edits: Sequence[types.TextEdit]) -> None:
        """Send ``edits`` as incremental changes (in order, each on the text the last left)."""
        self.versions[uri] += 1
        changes = []
        for edit in edits:
            changes.append(types.TextDocumentContentChangePartial(edit.range, edit.new_text))
            self.texts[uri] = apply_text_edits(self.texts[uri], [edit], self.encoding)
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]), changes
            )
        )

    def replace_all(self, uri: str, text: str) -> None:
        end = types.Position(len(self.texts[uri].splitlines()) + 1, 0)
        self.change(uri, [types.TextEdit(types.Range(types.Position(0, 0), end), text)])

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
        )
        self.texts.pop(uri)

    async def diagnostics(
        self,
        uri: str,
        until: Callable[[list[types.Diagnostic]], bool] = lambda _: True,
    ) -> list[types.Diagnostic]:
        """The diagnostics of the document's current version that satisfy ``until``."""
        if self.pulls:
            return await asyncio.wait_for(self._pulled(uri, until), TIMEOUT)
        return await self.published(uri, until, version=self.versions.get(uri))

    async def _pulled(
        self, uri: str, until: Callable[[list[types.Diagnostic]], bool]
    ) -> list[types.Diagnostic]:
        while True:
            report = await self.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(types.TextDocumentIdentifier(uri))
            )
            assert report.kind == "full"
            if until(report.items):
                return list(report.items)
            await asyncio.sleep(0.05)

    async def published(
        self,
        uri: str,
        until: Callable[[list[types.Diagnostic]], bool] = lambda _: True,
        *,
        version: int | None,
    ) -> list[types.Diagnostic]:
        """The diagnostics pushed for ``version`` that satisfy ``until``."""

        async def wait() -> list[types.Diagnostic]:
            while True:
                params = self.client.published.get(uri)
                if params is not None and params.version == version and until(params.diagnostics):
                    return list(params.diagnostics)
                self.client.changed.clear()
                await self.client.changed.wait()

        return await asyncio.wait_for(wait(), TIMEOUT)

    async def code_actions(
        self,
        uri: str,
        diagnostics: Sequence[types.Diagnostic],
        only: Sequence[str] | None = None,
        where: types.Range | None = None,
    ) -> list[types.CodeAction]:
        where = where or (diagnostics[0].range if diagnostics else _everything())
        actions = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                types.TextDocumentIdentifier(uri),
                where,
                types.CodeActionContext(list(diagnostics), only=list(only) if only else None),
            )
        )
        return [a for a in actions or [] if isinstance(a, types.CodeAction)]

    async def resolved(self, action: types.CodeAction) -> types.CodeAction:
        if action.edit is None:
            action = await self.client.code_action_resolve_async(action)
        return action

    def applied(self, uri: str, edit: types.WorkspaceEdit) -> str:
        """The document's text with ``edit`` applied (checking the version it was made for)."""
        if edit.document_changes is not None:
            (change,) = edit.document_changes
            assert isinstance(change, types.TextDocumentEdit)
            assert change.text_document.uri == uri
            assert change.text_document.version == self.versions[uri]
            edits = change.edits
        else:
            assert edit.changes is not None
            edits = edit.changes[uri]
        return apply_text_edits(self.texts[uri], edits, self.encoding)

    async def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        return await self.client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(line, character))
        )


def _everything() -> types.Range:
    return types.Range(types.Position(0, 0), types.Position(10_000, 0))


async def start(
    client: Client,
    profile: str,
    root: Path,
    settings: dict[str, Any] | None = None,
    capabilities: types.ClientCapabilities | None = None,
) -> Editor:
    """Initialize the server as ``profile`` would (or with ``capabilities``, a variant of it)."""
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities or client_capabilities(profile),
            initialization_options={"settings": {**SETTINGS, **(settings or {})}},
            workspace_folders=[types.WorkspaceFolder(from_fs_path(str(root)), root.name)],
            root_uri=from_fs_path(str(root)),
        )
    )
    return Editor(client, profile, result, root)


@contextlib.asynccontextmanager
async def session(
    profile: str,
    root: Path,
    settings: dict[str, Any] | None = None,
    capabilities: types.ClientCapabilities | None = None,
    configuration: dict[str, Any] | None = None,
) -> AsyncIterator[Editor]:
    """A server of the test's own; ``configuration`` is what ``workspace/configuration``
    answers for the ``siglint`` section from the start."""
    client = await CONFIG.start()
    assert isinstance(client, Client)
    if configuration is not None:
        client.set_configuration(configuration, section="siglint")
    try:
        yield await start(client, profile, root, settings, capabilities)
    finally:
        try:
            await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
        except Exception:
            # pygls' client.stop() waits for the process: it must not outlive a failed test.
            if client._server is not None and client._server.returncode is None:
                client._server.kill()
        await client.stop()


async def eventually(condition: Callable[[], _T | None]) -> _T:
    """The first truthy value of ``condition()``, polled until ``TIMEOUT``."""

    async def poll() -> _T:
        while not (value := condition()):
            await asyncio.sleep(0.02)
        return value

    return await asyncio.wait_for(poll(), TIMEOUT)


def position_of(editor: Editor, text: str, needle: str, *, after: bool = False) -> types.Position:
    """Where ``needle`` starts (or ends) in ``text``, in the editor's encoding."""
    index = text.index(needle) + (len(needle) if after else 0)
    line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    line = len(re.findall(r"\r\n|\r|\n", text[:line_start]))
    return types.Position(line, units(text[line_start:index], editor.encoding))


def units(text: str, encoding: str) -> int:
    codec, width = _CODECS[encoding]
    return len(text.encode(codec)) // width

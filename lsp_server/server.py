"""The language server: documents in, diagnostics, code actions and hovers out.

Each open document has an entry with a *stamp*, bumped by anything that can change its
findings (an edit, a setting, a sibling module it imports). A check runs in a child process
(``lsp_server.worker``) after the debounce, and is kept only if the stamp has not moved
meanwhile, so a result for a stale version is never shown. Clients that pull
(``textDocument/diagnostic``) get the result for the current stamp; the others get it pushed
(``textDocument/publishDiagnostics``), as Ruff does, since Neovim before 0.10 and many other
clients never pull.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from lsp_server import actions, analysis, hover, notebooks
from lsp_server.analysis import Analysis, Snapshot
from lsp_server.convert import SOURCE, ClientFix, client_fix, fix_of, to_lsp
from lsp_server.documents import Document, Documents
from lsp_server.settings import EditorSettings, merge, parse
from lsp_server.stamps import Stamped, current
from lsp_server.worker import Worker, WorkerError
from siglint import __version__
from siglint.config.resolver import CONFIG_NAMES
from siglint.contract.since import Since, changes_since
from siglint.fixes import applies
from siglint.rules.registry import Rule
from siglint.suppressions import may_suppress

logger = logging.getLogger(__name__)

# A check still running after this long is stopped: the document gets a SIG998 saying so.
CHECK_TIMEOUT = 60.0
# A client that does not answer workspace/configuration must not hold every check back.
CONFIGURATION_TIMEOUT = 10.0
_WATCHED = ("**/*.py", *(f"**/{name}" for name in CONFIG_NAMES))


@dataclass(slots=True)
class _Entry(Stamped):
    """What the server knows about one open document."""

    version: int | None = None  # the document version ``analysis`` is of
    diagnostics: tuple[types.Diagnostic, ...] = ()  # ``analysis``'s, in the client's positions
    # The fix of each of ``analysis``'s diagnostics (by index) that was verified: itself or None.
    trusted: dict[int, ClientFix | None] = field(default_factory=dict)
    since: Since | None = None  # what changed since ``diff-base``, for ``analysis``'s targets


class _Protocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            # pygls drops a request whose params it cannot read without answering it, and the
            # client would wait for that answer forever.
            if "id" in data and "method" in data:
                self._send_response(data["id"], error=error.to_response_error())
            raise


class SiglintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "siglint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=notebooks.SYNC,
            protocol_cls=_Protocol,
        )
        self.documents = Documents()
        self.notebooks = notebooks.Notebooks(self)
        self.editor = EditorSettings()
        self._initial_settings: Any = None
        self._settings_task: asyncio.Future[None] | None = None
        self._entries: dict[str, _Entry] = {}
        # Two children even on one core: while one is stuck on a huge file, the other serves.
        self._worker = Worker(size=2, timeout=CHECK_TIMEOUT)
        self._result_ids = itertools.count(1)
        self._shown_problems: set[str] = set()
        self._background: set[asyncio.Future[None]] = set()

    def report_server_error(self, error: Exception, source: Any) -> None:
        # pygls would pop a message up for each bad message a client sends; the log is enough.
        logger.error("%s: %s", getattr(source, "__name__", source), error)

    # -- client capabilities --------------------------------------------------------------

    def _supports(self, path: str) -> bool:
        return bool(get_capability(self.client_capabilities, path, False))

    @property
    def pulls(self) -> bool:
        """Whether the client pulls diagnostics; otherwise they are pushed."""
        return (
            get_capability(self.client_capabilities, "text_document.diagnostic", None) is not None
        )

    # -- lifecycle and settings -----------------------------------------------------------

    def initialize(self, params: types.InitializeParams) -> None:
        self._worker.prepare()
        self.documents.encoding = (
            self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        )
        folders = [to_fs_path(f.uri) for f in params.workspace_folders or ()]
        root = next((f for f in folders if f), None) or (
            to_fs_path(params.root_uri) if params.root_uri else params.root_path
        )
        if root:
            self.documents.root = Path(root)
        options = params.initialization_options
        if isinstance(options, dict):
            self._initial_settings = options.get("settings")
        self._apply_settings(self._initial_settings)

    async def initialized(self, params: types.InitializedParams) -> None:
        if self._supports("workspace.configuration"):
            self._settings_task = asyncio.ensure_future(self._pull_settings())
        if self._supports("workspace.did_change_watched_files.dynamic_registration"):
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in _WATCHED]
            registration = types.Registration(
                id="siglint-watched-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
            )
            try:
                await self.client_register_capability_async(
                    types.RegistrationParams([registration])
                )
            except Exception as error:  # the client said no: files are then re-read per check
                logger.warning("could not watch configuration files: %s", error)

    def did_change_configuration(self, params: types.DidChangeConfigurationParams) -> None:
        if self._supports("workspace.configuration"):
            self._settings_task = asyncio.ensure_future(self._pull_settings())
            return
        # Clients that cannot be asked send the settings themselves (all sections, or ours).
        settings = params.settings
        if isinstance(settings, dict) and isinstance(settings.get("siglint"), dict):
            settings = settings["siglint"]
        self._apply_settings(settings)

    async def _pull_settings(self) -> None:
        item = types.ConfigurationItem(section="siglint")
        request = self.workspace_configuration_async(types.ConfigurationParams([item]))
        try:
            answer = await asyncio.wait_for(request, CONFIGURATION_TIMEOUT)
        except Exception as error:
            logger.warning("workspace/configuration failed: %s", error)
            return
        self._apply_settings(answer[0] if answer else None)

    def _apply_settings(self, section: Any) -> None:
        """The initialization options with ``section`` (the editor's current settings) on top."""
        settings, problems = parse(merge(self._initial_settings, section), self.documents.root)
        for problem in problems:
            self._show(problem, types.MessageType.Warning)
        if settings != self.editor:
            logger.info("settings: %s", settings)
            self.editor = settings
            self._recheck(list(self._entries), delay=0)
            self.notebooks.recheck_all()

    async def settings_settled(self) -> None:
        task = self._settings_task
        if task is not None and not task.done():
            await asyncio.shield(task)

    def on_shutdown(self, params: None) -> None:
        for entry in self._entries.values():
            if entry.task is not None:
                entry.task.cancel()
        self._worker.close()

    def shutdown(self) -> None:
        # pygls calls this when the connection ends, with or without a shutdown request.
        self._worker.close()
        super().shutdown()

    # -- documents ------------------------------------------------------------------------

    def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        document = self.documents.open(params.text_document)
        self._invalidate(document.uri, delay=0)
        self._recheck(self._dependents(document), delay=0)

    def did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        document = self.documents.change(params)
        if document is None:
            logger.warning("didChange for %s, which is not open", params.text_document.uri)
            return
        delay = self.editor.debounce_ms
        self._invalidate(document.uri, delay)
        self._recheck(self._dependents(document), delay)

    def did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        document = self.documents.close(params.text_document.uri)
        entry = self._entries.pop(params.text_document.uri, None)
        if entry is not None and entry.task is not None:
            entry.task.cancel()
        if not self.pulls:
            self._publish(params.text_document.uri, None, [])
        if document is not None:  # its importers now read the file on disk again
            self._recheck(self._dependents(document), delay=0)

    def did_change_watched_files(self, params: types.DidChangeWatchedFilesParams) -> None:
        open_paths = self.documents.by_path()
        affected: set[str] = set()
        for change in params.changes:
            path = to_fs_path(change.uri)
            if path is None:
                continue
            path = Path(path)
            if path.name in CONFIG_NAMES:
                self._shown_problems.clear()  # a configuration error may be back, or gone
                affected.update(self._entries)
            elif change.type != types.FileChangeType.Changed:
                # A module that appears or goes: any import may now resolve differently.
                affected.update(self._entries)
            elif path not in open_paths:  # an open document's buffer wins over its file
                affected.update(self._importers(path))
        self._recheck(sorted(affected), delay=0)
        if params.changes:
            self.notebooks.recheck_all()

    # -- checking ---------------------------------------------------------------------------

    def _dependents(self, document: Document) -> list[str]:
        return self._importers(document.path) if document.on_disk and document.path else []

    def _importers(self, path: Path) -> list[str]:
        """The open documents whose last check read ``path``."""
        return [
            uri
            for uri, entry in self._entries.items()
            if entry.analysis is not None and path in entry.analysis.dependencies
        ]

    def _recheck(self, uris: list[str], delay: int) -> None:
        for uri in uris:
            self._invalidate(uri, delay)
        if uris and self.pulls and self._supports("workspace.diagnostics.refresh_support"):
            task = asyncio.ensure_future(self._refresh())
            self._background.add(task)  # the loop keeps only a weak reference to it
            task.add_done_callback(self._background.discard)

    async def _refresh(self) -> None:
        try:
            await self.workspace_diagnostic_refresh_async(None)
        except Exception as error:
            logger.warning("workspace/diagnostic/refresh failed: %s", error)

    def _invalidate(self, uri: str, delay: int) -> None:
        """A new stamp for ``uri`` and a check for it after ``delay`` milliseconds."""
        entry = self._entries.setdefault(uri, _Entry())
        check = functools.partial(self._check, uri, entry)
        entry.invalidate(check, delay, self.settings_settled)

    async def _check(self, uri: str, entry: _Entry, stamp: int) -> Analysis | None:
        document = self.documents.get(uri)
        if document is None or entry.stamp != stamp:
            return None
        if document.skipped_because is not None:
            result = Analysis(note=document.skipped_because)
        else:
            what = f"{uri} version {document.version}"
            result = await self.analysed(self._snapshot(document), what)
        if self._entries.get(uri) is not entry or entry.stamp != stamp:
            logger.debug("dropped a stale result for %s version %s", uri, document.version)
            return None
        entry.analysis, entry.analysis_stamp, entry.anchors = result, stamp, None
        entry.trusted = {}
        entry.since = None
        entry.version = document.version
        entry.diagnostics = tuple(
            to_lsp(d, document.text, document.version, self.documents.text_at)
            for d in result.diagnostics
        )
        entry.result_id = str(next(self._result_ids))
        self.tell(uri, result)
        if not self.pulls:
            self._publish(uri, document.version, list(entry.diagnostics))
        return result

    async def analysed(self, snapshot: Snapshot, what: str) -> Analysis:
        """The check of ``snapshot`` in a child; when it gives no answer, a finding that says
        why (``what`` names the document in the log)."""
        try:
            return await self._worker.run(analysis.analyse, snapshot)
        except WorkerError as error:
            logger.error("checking %s: %s", what, error)
            return analysis.failed(str(error).splitlines()[0])

    def tell(self, uri: str, result: Analysis) -> None:
        """Show a result's configuration problem; log why its document was not checked."""
        if result.problem is not None:
            self._show(result.problem, types.MessageType.Error)
        if result.note is not None:
            logger.info("%s: not checked: %s", uri, result.note)

    async def _current(self, uri: str) -> _Entry | None:
        """The entry of ``uri`` with an analysis of its current stamp, waiting for one if need be."""
        await self.settings_settled()

        def entry_of() -> _Entry | None:
            return self._entries.get(uri) if self.documents.get(uri) is not None else None

        return await current(entry_of, lambda entry: self._check(uri, entry, entry.stamp))

    def _snapshot(self, document: Document) -> Snapshot:
        assert document.path is not None
        return Snapshot(
            document.path,
            document.text.source,
            document.on_disk,
            self.documents.by_path(),
            self.editor,
        )

    def _publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def _show(self, message: str, level: types.MessageType) -> None:
        """Tell the user once per distinct message; the log gets it every time."""
        logger.log(logging.ERROR if level == types.MessageType.Error else logging.WARNING, message)
        if message not in self._shown_problems:
            self._shown_problems.add(message)
            self.window_show_message(types.ShowMessageParams(level, f"siglint: {message}"))

    # -- features -------------------------------------------------------------------------

    async def diagnostic(
        self, params: types.DocumentDiagnosticParams
    ) -> types.DocumentDiagnosticReport:
        if self.notebooks.owns(params.text_document.uri):
            return await self.notebooks.diagnostic(
                params.text_document.uri, params.previous_result_id
            )
        entry = await self._current(params.text_document.uri)
        if entry is None or entry.analysis is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        if params.previous_result_id == entry.result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=entry.result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=list(entry.diagnostics), result_id=entry.result_id
        )

    async def code_action(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        document = self.documents.get(uri) or self.notebooks.cell_document(uri)
        if document is None or document.skipped_because is not None:
            return None
        only = params.context.only
        result: list[types.CodeAction] = []
        if actions.wanted(types.CodeActionKind.QuickFix, only):
            result += await self._quick_fixes(document, params.context.diagnostics)
        if self.editor.fix_all and actions.wanted(actions.FIX_ALL, only):
            action = await self._fix_all_action(document)
            if action is not None:
                result.append(action)
        return result

    async def _quick_fixes(
        self, document: Document, diagnostics: list[types.Diagnostic]
    ) -> list[types.CodeAction]:
        result: list[types.CodeAction] = []
        disabled: set[tuple[str, int]] = set()
        for diagnostic in diagnostics:
            if diagnostic.source != SOURCE or not isinstance(diagnostic.code, str):
                continue
            usable, fix = fix_of(diagnostic, document.version)
            if not usable:
                # No data (an old client), or data for another version: use the current check.
                usable, fix = await self._fix_from_current(document, diagnostic)
            if fix is not None:
                fix = await self._trusted_fix(document, diagnostic)
            if fix is not None:
                edit = self._edit(document, fix.edits)
                result.append(actions.quick_fix(diagnostic, fix, edit))
            line = document.text.from_client(diagnostic.range.start)[0]
            if (diagnostic.code, line) not in disabled:
                disabled.add((diagnostic.code, line))
                noqa = actions.noqa_edit(document.text, line, diagnostic.code)
                result.append(actions.disable_for_line(diagnostic, self._edit(document, [noqa])))
        return result

    async def _fix_from_current(
        self, document: Document, diagnostic: types.Diagnostic
    ) -> tuple[bool, ClientFix | None]:
        entry = await self._current(document.uri)
        if entry is None or entry.analysis is None or entry.version != document.version:
            return False, None
        for candidate in entry.diagnostics:
            if candidate.code == diagnostic.code and candidate.range == diagnostic.range:
                return fix_of(candidate, document.version)
        return False, None

    async def _trusted_fix(
        self, document: Document, diagnostic: types.Diagnostic
    ) -> ClientFix | None:
        """The fix of ``diagnostic`` if re-analysis confirms it (verified once per version)."""
        if self.notebooks.owns(document.uri):
            return await self.notebooks.trusted_fix(document.uri, diagnostic)
        entry = await self._current(document.uri)
        if entry is None or entry.version != document.version:
            return None
        for index, candidate in enumerate(entry.diagnostics):
            if candidate.code == diagnostic.code and candidate.range == diagnostic.range:
                return (await self._verified(document, entry, [index]))[0]
        return None

    async def _verified(
        self, document: Document, entry: _Entry, indices: list[int]
    ) -> list[ClientFix | None]:
        """The verified fixes of ``entry``'s diagnostics at ``indices``, verified in the worker
        (all at once) the first time they are asked for."""
        unknown = [index for index in indices if index not in entry.trusted]
        analysed = entry.analysis
        if unknown and analysed is not None and analysed.settings is not None:
            wanted = tuple(analysed.diagnostics[index] for index in unknown)
            try:
                verified = await self._worker.run(
                    analysis.trusted, self._snapshot(document), analysed.settings, wanted
                )
            except WorkerError as error:
                logger.error("verifying the fixes of %s: %s", document.uri, error)
                return [None for _ in indices]
            if entry.analysis is not analysed:  # a newer check replaced it meanwhile
                return [None for _ in indices]
            for index, diagnostic in zip(unknown, verified, strict=True):
                entry.trusted[index] = client_fix(diagnostic.fix, document.text)
        return [entry.trusted.get(index) for index in indices]

    async def _fix_all_action(self, document: Document) -> types.CodeAction | None:
        if self.notebooks.owns(document.uri):  # the whole notebook, all its cells
            if not await self.notebooks.fixable(document.uri):
                return None
            edit = await self.notebooks.fix_all_edit(document.uri)
            return None if edit is None else actions.fix_all(edit)
        entry = await self._current(document.uri)
        if entry is None or entry.analysis is None or entry.analysis.result is None:
            return None
        settings = entry.analysis.settings
        assert settings is not None
        candidates = [
            index
            for index, d in enumerate(entry.analysis.diagnostics)
            if d.fix is not None and applies(d.fix, unsafe=settings.unsafe_fixes)
        ]
        # Offered when one of them holds up; verified one at a time, as one is enough.
        for index in candidates:
            if (await self._verified(document, entry, [index]))[0] is not None:
                break
        else:
            return None
        resolvable = get_capability(
            self.client_capabilities, "text_document.code_action.resolve_support.properties", []
        )
        if "edit" in (resolvable or []):  # fixing runs the checks again: only when chosen
            return actions.fix_all(None, {"uri": document.uri, "version": document.version})
        return actions.fix_all(await self._fix_all_edit(document))

    async def resolve_code_action(self, action: types.CodeAction) -> types.CodeAction:
        data = action.data
        if action.kind != actions.FIX_ALL or not isinstance(data, dict):
            return action
        document = self.documents.get(str(data.get("uri")))
        if document is not None and document.version == data.get("version"):
            action.edit = await self._fix_all_edit(document)
        return action

    async def _fix_all_edit(self, document: Document) -> types.WorkspaceEdit | None:
        entry = await self._current(document.uri)
        if entry is None or entry.analysis is None or entry.analysis.settings is None:
            return None
        snapshot = self._snapshot(document)
        try:
            fixed = await self._worker.run(analysis.fix_all, snapshot, entry.analysis.settings)
        except WorkerError as error:
            logger.error("fixing %s: %s", document.uri, error)
            return None
        for note in fixed.notes:
            logger.warning("%s", note)
        edit = document.text.replacement(fixed.text)
        return self._edit(document, [edit] if edit is not None else [])

    def _edit(self, document: Document, edits: Sequence[types.TextEdit]) -> types.WorkspaceEdit:
        versioned = self._supports("workspace.workspace_edit.document_changes")
        return actions.workspace_edit(document.uri, document.version, edits, versioned=versioned)

    async def hover(self, params: types.HoverParams) -> types.Hover | None:
        document = self.documents.get(params.text_document.uri)
        if document is None and self.notebooks.owns(params.text_document.uri):
            document = self.notebooks.cell_document(params.text_document.uri)
            if document is None:
                return None
            spec = self._suppression_rule(document, params.position)
            if spec is not None:
                return types.Hover(self._markup(hover.rule_markdown(spec)))
            return await self.notebooks.hover(params)
        if document is None or document.skipped_because is not None:
            return None
        spec = self._suppression_rule(document, params.position)
        if spec is not None:
            return types.Hover(self._markup(hover.rule_markdown(spec)))
        line, column = document.text.from_client(params.position)
        entry = await self._current(document.uri)
        if entry is None or entry.analysis is None or entry.analysis.result is None:
            return None
        if entry.anchors is None:
            targets = entry.analysis.result.targets
            try:
                entry.anchors = await self._worker.run(
                    analysis.hover_anchors, document.text.source, targets
                )
            except WorkerError as error:
                logger.error("hover in %s: %s", document.uri, error)
                return None
        for where, target in entry.anchors:
            if where.line == line and where.column <= column <= where.end_column:
                since = await self._since(entry, document)
                return types.Hover(
                    self._markup(hover.target_markdown(target, since)),
                    document.text.range_to_client(where),
                )
        return None

    async def _since(self, entry: _Entry, document: Document) -> Since | None:
        """What changed in the document's models since ``diff-base``, when it is set (once per
        analysis: the worker keeps the base's side)."""
        assert entry.analysis is not None and entry.analysis.result is not None
        settings = entry.analysis.settings
        if settings is None or settings.diff_base is None or not document.on_disk:
            return None
        if entry.since is None or entry.since.base != settings.diff_base:
            assert document.path is not None
            targets = entry.analysis.result.targets
            try:
                entry.since = await self._worker.run(
                    changes_since, document.path, targets, settings.diff_base
                )
            except WorkerError as error:
                logger.error("changes since %s in %s: %s", settings.diff_base, document.uri, error)
                return None
        return entry.since

    def _suppression_rule(self, document: Document, position: types.Position) -> Rule | None:
        """The rule a suppression comment names under ``position``, if any."""
        line, column = document.text.from_client(position)
        # Tokenizing the whole document for its comments only when this line may hold one.
        if not may_suppress(document.text.lines[line - 1]):
            return None
        return hover.rule_in_suppression(document.text, line, column)

    def _markup(self, text: str) -> types.MarkupContent:
        formats = get_capability(self.client_capabilities, "text_document.hover.content_format", [])
        kind = types.MarkupKind.Markdown
        if formats and types.MarkupKind.Markdown not in formats:
            kind = types.MarkupKind.PlainText
        return types.MarkupContent(kind, text)


class _ClientLog(logging.Handler):
    """Sends this package's log records to the client (``window/logMessage``), never stdout."""

    _LEVELS = (
        (logging.ERROR, types.MessageType.Error),
        (logging.WARNING, types.MessageType.Warning),
        (logging.INFO, types.MessageType.Info),
    )

    def __init__(self, server: SiglintServer) -> None:
        super().__init__()
        self._server = server

    def emit(self, record: logging.LogRecord) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not on the server's loop, which alone may write to the client
            sys.stderr.write(self.format(record) + "\n")
            return
        level = next((t for n, t in self._LEVELS if record.levelno >= n), types.MessageType.Log)
        self._server.window_log_message(types.LogMessageParams(level, self.format(record)))


def create_server() -> SiglintServer:
    server = SiglintServer()
    handler = _ClientLog(server)
    handler.setFormatter(logging.Formatter("%(message)s"))
    package_logger = logging.getLogger("lsp_server")
    package_logger.addHandler(handler)
    package_logger.setLevel(logging.INFO)
    package_logger.propagate = False
    features: list[tuple[str, Any, Any]] = [
        (types.INITIALIZE, None, server.initialize),
        (types.INITIALIZED, None, server.initialized),
        (types.SHUTDOWN, None, server.on_shutdown),
        (types.WORKSPACE_DID_CHANGE_CONFIGURATION, None, server.did_change_configuration),
        (types.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, server.did_change_watched_files),
        (types.TEXT_DOCUMENT_DID_OPEN, None, server.did_open),
        (types.TEXT_DOCUMENT_DID_CHANGE, None, server.did_change),
        (types.TEXT_DOCUMENT_DID_CLOSE, None, server.did_close),
        (types.NOTEBOOK_DOCUMENT_DID_OPEN, None, server.notebooks.did_open),
        (types.NOTEBOOK_DOCUMENT_DID_CHANGE, None, server.notebooks.did_change),
        (types.NOTEBOOK_DOCUMENT_DID_CLOSE, None, server.notebooks.did_close),
        (
            types.TEXT_DOCUMENT_DIAGNOSTIC,
            types.DiagnosticOptions(
                identifier=SOURCE, inter_file_dependencies=True, workspace_diagnostics=False
            ),
            server.diagnostic,
        ),
        (
            types.TEXT_DOCUMENT_CODE_ACTION,
            types.CodeActionOptions(
                code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL],
                resolve_provider=True,
            ),
            server.code_action,
        ),
        (types.CODE_ACTION_RESOLVE, None, server.resolve_code_action),
        (types.TEXT_DOCUMENT_HOVER, None, server.hover),
    ]
    for method, options, function in features:
        # pygls marks handlers with attributes, which a bound method cannot take; a partial can.
        server.feature(method, options)(functools.partial(function))
    return server

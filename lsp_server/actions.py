"""Code actions: a diagnostic's own fix, a ``# noqa`` for its line, and fixing the whole file."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from lsp_server.convert import ClientFix
from lsp_server.text import Text
from siglint.diagnostics import Applicability, Range
from siglint.suppressions import parse_suppressions

FIX_ALL = "source.fixAll.siglint"


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` (``only`` lists kinds or their parents)."""
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


def workspace_edit(
    uri: str, version: int | None, edits: Sequence[types.TextEdit], *, versioned: bool
) -> types.WorkspaceEdit:
    """With ``versioned`` (the client supports ``documentChanges``) the client refuses to apply
    the edits to another version of the document than the one they were computed for."""
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri, version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(document, list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})


def quick_fix(
    diagnostic: types.Diagnostic, fix: ClientFix, edit: types.WorkspaceEdit
) -> types.CodeAction:
    unsafe = " (unsafe)" if fix.applicability is Applicability.UNSAFE else ""
    return types.CodeAction(
        title=f"siglint ({diagnostic.code}): {fix.title}{unsafe}",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=fix.applicability is Applicability.SAFE,
        edit=edit,
    )


def disable_for_line(diagnostic: types.Diagnostic, edit: types.WorkspaceEdit) -> types.CodeAction:
    return types.CodeAction(
        title=f"siglint ({diagnostic.code}): Disable for this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=edit,
    )


def fix_all(edit: types.WorkspaceEdit | None, data: object = None) -> types.CodeAction:
    """Without ``edit``, ``data`` says what ``codeAction/resolve`` must compute."""
    return types.CodeAction(
        title="siglint: Fix all auto-fixable problems", kind=FIX_ALL, edit=edit, data=data
    )


def noqa_edit(text: Text, line: int, code: str) -> types.TextEdit:
    """Silence ``code`` on the logical line holding ``line`` (1-based).

    The comment goes on the logical line's last physical line, where a comment is always
    possible (not inside a string, not after a backslash) and still covers the whole statement.
    A ``# noqa: ...`` or ``# siglint: ignore[...]`` already there gets the code added to it.
    """
    suppressions = parse_suppressions(text.source)
    row = suppressions.noqa_row(line)
    content = text.lines[row - 1]
    for item in suppressions.items:
        if item.line == row and item.codes and not item.file_level:
            directive = content[item.column : item.end_column]
            at = item.end_column - 1 if directive.endswith("]") else item.end_column
            return types.TextEdit(text.range_to_client(Range(row, at, row, at)), f", {code}")
    kept = len(content.rstrip())
    where = text.range_to_client(Range(row, kept, row, len(content)))
    return types.TextEdit(where, f"  # noqa: {code}" if kept else f"# noqa: {code}")

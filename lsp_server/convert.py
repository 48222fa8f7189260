"""Core diagnostics as LSP diagnostics, each carrying the fix it may have.

``Diagnostic.data`` holds the document version the diagnostic was computed for and its fix,
already converted to the client's positions. A fix is only used while the document is still at
that version (after an edit its ranges would land on the wrong text), and only once re-analysis
has confirmed it (the server asks when a code action needs it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from lsprotocol.converters import get_converter

from lsp_server.text import Text
from siglint.diagnostics import Applicability, Diagnostic, Fix, Related, Severity
from siglint.rules.registry import Rule, find

SOURCE = "siglint"

_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_converter = get_converter()


@dataclass(frozen=True, slots=True)
class ClientFix:
    """A core ``Fix`` in client positions."""

    title: str
    applicability: Applicability
    edits: tuple[types.TextEdit, ...]

    def to_data(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "applicability": self.applicability.value,
            "edits": [_converter.unstructure(edit) for edit in self.edits],
        }

    @classmethod
    def from_data(cls, data: Any) -> ClientFix | None:
        """The fix a client sent back in ``data``; ``None`` if it is not one of ours."""
        try:
            return cls(
                str(data["title"]),
                Applicability(data["applicability"]),
                tuple(_converter.structure(edit, types.TextEdit) for edit in data["edits"]),
            )
        except Exception:  # whatever a client sends back: KeyError, cattrs' validation errors
            return None


def client_fix(fix: Fix | None, text: Text) -> ClientFix | None:
    """``fix`` in the client's positions; None for no fix or one only to be shown."""
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY:
        return None
    edits = tuple(
        types.TextEdit(text.range_to_client(edit.range), edit.content) for edit in fix.edits
    )
    return ClientFix(fix.title, fix.applicability, edits)


def to_lsp(
    diagnostic: Diagnostic,
    text: Text,
    version: int | None,
    text_at: Callable[[Path], Text | None] = lambda _: None,
) -> types.Diagnostic:
    """``diagnostic`` for the client; its ``data`` holds the fix it may have (still to be
    verified before it is offered: ``siglint.engine.trust_fixes``). ``text_at`` gives the text
    of another file (a related location's), to convert its positions; where it gives none,
    columns are sent as counted (code points)."""
    spec = find(diagnostic.code)
    fix = client_fix(diagnostic.fix, text)
    return types.Diagnostic(
        range=text.range_to_client(diagnostic.range),
        message=diagnostic.message,
        severity=_SEVERITIES[diagnostic.severity],
        code=diagnostic.code,
        code_description=_code_description(spec),
        source=SOURCE,
        related_information=[_related(r, text_at(r.path)) for r in diagnostic.related] or None,
        data={"version": version, "name": diagnostic.name, "fix": fix and fix.to_data()},
    )


def _related(related: Related, text: Text | None) -> types.DiagnosticRelatedInformation:
    where = related.range
    if text is not None:
        client = text.range_to_client(where)
    else:
        client = types.Range(
            types.Position(where.line - 1, where.column),
            types.Position(where.end_line - 1, where.end_column),
        )
    return types.DiagnosticRelatedInformation(
        types.Location(related.path.as_uri(), client), related.message
    )


def fix_of(diagnostic: types.Diagnostic, version: int | None) -> tuple[bool, ClientFix | None]:
    """``(usable, fix)`` from a diagnostic's ``data``: usable when it was computed for
    ``version`` (``fix`` is then its fix, or ``None`` when it has none)."""
    data = diagnostic.data
    if not isinstance(data, dict) or "fix" not in data or data.get("version") != version:
        return False, None
    if data["fix"] is None:
        return True, None
    fix = ClientFix.from_data(data["fix"])
    return fix is not None, fix


def _code_description(spec: Rule | None) -> types.CodeDescription | None:
    """The link to the rule's page, when there is one to point at."""
    url = spec.url if spec is not None else None
    return types.CodeDescription(url) if url is not None else None

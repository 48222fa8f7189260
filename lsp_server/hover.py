"""Hover texts: what MLflow will log for a model, and a rule's documentation.

The model text is ``siglint schema``'s, in Markdown: the outcome, the schemas in MLflow's own
notation (``repr(Schema)``) and the JSON body a serving endpoint would accept.
"""

from __future__ import annotations

import re

from lsp_server.text import Text
from siglint.contract.render import described
from siglint.contract.since import Since
from siglint.notation import OUTCOMES, request_example, schema_repr
from siglint.results import TargetReport
from siglint.rules.registry import Rule, find
from siglint.suppressions import parse_suppressions

_TOKEN = re.compile(r"[A-Za-z][\w-]*")
_HEADING = re.compile(r"#{1,3} ")


def target_markdown(target: TargetReport, since: Since | None = None) -> str:
    """``since``: what changed since ``diff-base`` (``siglint diff``'s words), when it is set."""
    parts = [f"**{target.name}** ({target.kind})", "", OUTCOMES[target.outcome]]
    for label, schema in (
        ("input", target.input_schema),
        ("output", target.output_schema),
        ("params", target.params_schema),
    ):
        if schema:
            parts += ["", f"{label}:", "```text", schema_repr(schema), "```"]
        elif label == "params" and target.outcome in ("signature", "builtin"):
            parts += ["", "params: none"]
    if target.input_schema:
        parts += [
            "",
            "serving request body:",
            "```json",
            request_example(target.input_schema),
            "```",
        ]
    if target.diagnostics:
        parts += [""] + [
            f"- {d.code} ({d.severity.value}): {d.message}" for d in target.diagnostics
        ]
    if since is not None:
        parts += ["", *_since_lines(target, since)]
    return "\n".join(parts)


def _since_lines(target: TargetReport, since: Since) -> list[str]:
    base = f"`{since.base}`"
    if since.problem is not None:
        return [f"Changes since {base} unknown: {since.problem}"]
    diff = since.diffs.get(target.name)
    if diff is None or not diff.changes:
        return [f"Signature unchanged since {base}."]
    return [f"Since {base}:"] + [
        f"- **{change.verdict}**: {described(change)}" for change in diff.changes
    ]


def rule_markdown(spec: Rule) -> str:
    doc = _demoted(spec.doc)
    parts = [f"**{spec.code}** {spec.name} ({spec.severity.value})", "", spec.summary, "", doc]
    if spec.url is not None:
        parts += ["", f"[{spec.doc_page}]({spec.url})"]
    return "\n".join(parts)


def _demoted(doc: str) -> str:
    """The documentation's ``##`` headings as ``####``: a page's sections, small in a hover."""
    lines, fenced = [], False
    for line in doc.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and _HEADING.match(line):
            line = f"####{line.lstrip('#')}"
        lines.append(line)
    return "\n".join(lines)


def rule_in_suppression(text: Text, line: int, column: int) -> Rule | None:
    """The rule named (by code or name) at ``line``/``column`` inside a suppression comment."""
    for item in parse_suppressions(text.source).items:
        if item.line != line or not item.column <= column <= item.end_column:
            continue
        directive = text.lines[line - 1][item.column : item.end_column]
        for token in _TOKEN.finditer(directive):
            if token.start() <= column - item.column <= token.end():
                return find(token.group())
    return None

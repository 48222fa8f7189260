"""``--output-format full``: each changed model with its old and new signature, then its changes."""

from __future__ import annotations

from siglint.contract.collect import Found
from siglint.contract.render import DiffReport, described, summary
from siglint.contract.targets import WITH_SCHEMAS
from siglint.notation import schema_repr


def render(report: DiffReport) -> str:
    blocks = []
    for target in report.changed:
        where = target.where
        lines = [f"{where.place}: {where.qualname} ({where.kind})"]
        for label, found in (("before", target.old), ("after", target.new)):
            lines.append(f"  {label}: {_signature(found)}")
        for change in target.changes:
            lines.append(f"  [{change.verdict}] {described(change)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join([*blocks, summary(report) + "\n"])


def _signature(found: Found | None) -> str:
    if found is None:
        return "(no such model)"
    if found.outcome == "error":
        return "MLflow raises: the model cannot be defined or logged"
    if found.outcome not in WITH_SCHEMAS:
        return "no signature from the type hints"
    signature = found.signature
    text = f"input {schema_repr(signature.inputs) if signature.inputs else 'none'}"
    text += f", output {schema_repr(signature.outputs) if signature.outputs else 'none'}"
    if signature.params:
        text += f", params {schema_repr(signature.params)}"
    return text

"""What MLflow logs when the hints give no signature, said with the log calls of the same file.

A finding about a target is worked out from the target alone; its consequence is not: a
``log_model``/``save_model`` call that passes ``signature=`` logs that signature, and one that
passes ``input_example=`` logs the signature inferred from it (``save_model``'s decision order).
MLflow still warns about the hints, so such a finding stays, saying what is really logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from siglint.analysis.findings import Finding


@dataclass(frozen=True, slots=True)
class NoSignature:
    """A finding whose consequence is that MLflow logs no signature from the hints."""

    detail: str  # why, in MLflow's words
    warns: bool = True  # MLflow says so with a warning
    # The hint needs an input_example and nothing else is wrong (SIG111): a linked call either
    # passes one (or ``signature=``), and MLflow is content, or is flagged itself (SIG403).
    example_only: bool = False


@dataclass(frozen=True, slots=True)
class Logged:
    """One ``log_model``/``save_model`` call of the file that logs a target."""

    function: str  # ``log_model``, ``save_model``
    line: int
    signature: bool  # passes ``signature=`` (not None)
    example: bool  # passes ``input_example=`` (not None)
    followed: bool = True  # siglint follows its ``python_model`` (not ``self.wrapper``)


def no_signature_message(consequence: NoSignature, calls: Sequence[Logged] = ()) -> str:
    """The finding's message, given the calls of the file that log its target."""
    warns = "warns and " if consequence.warns else ""
    if calls and all(call.signature for call in calls):
        call = calls[0]
        return (
            f"MLflow {warns}ignores the hints: `{call.function}` (line {call.line}) logs the "
            f"`signature=` it is given instead: {consequence.detail}"
        )
    if calls and all(call.signature or call.example for call in calls):
        call = next(call for call in calls if not call.signature)
        return (
            f"MLflow {warns}ignores the hints: `{call.function}` (line {call.line}) logs the "
            f"signature it infers from its `input_example` instead: {consequence.detail}"
        )
    if calls:
        return f"MLflow {warns}logs the model without a signature: {consequence.detail}"
    # Logged elsewhere, maybe with a signature or an example: say what depends on it.
    return (
        f"MLflow {warns}logs the model without a signature unless log_model is given "
        f"`signature=` or `input_example=`: {consequence.detail}"
    )


def restated(finding: Finding, calls: Sequence[Logged], certain: bool = True) -> Finding | None:
    """``finding`` as it stands once ``calls`` (those of its file that log its target, or, not
    ``certain``, that may log it) are known; ``None`` when they make it moot."""
    consequence = finding.consequence
    if not calls or not isinstance(consequence, NoSignature):
        return finding
    if consequence.example_only:
        # A call siglint follows is flagged itself when it passes no example (SIG403); whichever
        # target the others log, they give it a signature only when each passes one.
        moot = any(call.followed for call in calls) or all(
            call.signature or call.example for call in calls
        )
        return None if moot else finding
    if not certain:
        return finding
    return replace(finding, message=no_signature_message(consequence, calls))

"""A small fake rule registry, so configuration tests do not depend on which rules exist."""

from __future__ import annotations

import pytest

from siglint.diagnostics import Severity
from siglint.rules import registry
from siglint.rules.registry import Rule


def _rule(code: str, name: str, severity: Severity, min_mlflow: str | None = "2.20") -> Rule:
    return Rule(code, name, severity, summary=name, doc="", min_mlflow=min_mlflow)


FAKE_RULES = (
    _rule("SIG001", "predict-input-hint-missing", Severity.WARNING),
    _rule("SIG101", "input-not-list", Severity.WARNING),
    _rule("SIG102", "collection-without-element-type", Severity.ERROR),
    _rule("SIG110", "unsupported-type", Severity.WARNING, min_mlflow="3.9"),
    _rule("SIG201", "output-hint-becomes-any", Severity.WARNING, min_mlflow=None),
    _rule("SIG401", "future-logging-rule", Severity.INFO, min_mlflow="3.19"),  # not yet out
)


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> tuple[Rule, ...]:
    monkeypatch.setattr(registry, "all_rules", lambda: FAKE_RULES)
    return FAKE_RULES

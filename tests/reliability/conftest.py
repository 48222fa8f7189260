"""The reliability suite's summary line: what it tried and verified, and how much of it failed."""

from __future__ import annotations

import pytest
from invariants import FIGURES

# The figures, in the order the README's "Reliability" section quotes them.
LABELS = (
    ("inputs", "inputs tried"),
    ("generated models", "of them generated model files"),
    ("mutated files", "of them mutated real files"),
    ("compared with mlflow", "targets compared with MLflow"),
    ("fixes verified", "fixes verified one by one"),
    ("fixed files verified", "files fixed on disk and verified"),
    ("fixed files logged by mlflow", "fixed model files logged by MLflow"),
    ("fixed targets agreeing with mlflow", "of their targets as siglint predicts"),
    ("fixed targets with a signature", "with a type-hint signature"),
    ("fixed targets given a signature", "that had none before"),
)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = [f"{FIGURES[key]} {label}" for key, label in LABELS if FIGURES[key]]
    if figures:
        failed = [
            report
            for report in terminalreporter.stats.get("failed", [])
            if report.nodeid.startswith("tests/reliability/")
        ]
        figures.append(f"{len(failed)} failing")
        terminalreporter.write_line("siglint reliability: " + ", ".join(figures))

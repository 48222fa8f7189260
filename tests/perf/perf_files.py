"""What the performance machinery's tests prove things over: real models, and scratch files."""

from __future__ import annotations

from pathlib import Path

from scratch_files import write as write

REPOSITORY = Path(__file__).parents[2]
# Real models: the examples and the differential corpus (compared with MLflow itself).
MODELS = sorted(
    [
        *(REPOSITORY / "examples").glob("*.py"),
        *(REPOSITORY / "tests" / "differential" / "models").rglob("*.py"),
    ]
)

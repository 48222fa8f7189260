"""What the performance machinery's tests prove things over: real models, and scratch files."""

from __future__ import annotations

import textwrap
from pathlib import Path

REPOSITORY = Path(__file__).parents[2]
# Real models: the examples and the differential corpus (compared with MLflow itself).
MODELS = sorted(
    [
        *(REPOSITORY / "examples").glob("*.py"),
        *(REPOSITORY / "tests" / "differential" / "models").rglob("*.py"),
    ]
)


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

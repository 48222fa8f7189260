"""The MLflow releases siglint knows, and the release each public MLflow name appeared in.

Read from ``siglint/data/mlflow_versions.json``, which ``scripts/generate_mlflow_versions.py``
writes from the released wheels themselves: every mlflow-skinny release from 2.20.0 (the first
whose type hints are signatures) to the one ``mlflow_runtime.json`` comes from.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

FIRST = "2.20.0"


@cache
def _data() -> dict:
    # Read from the package's folder, as ``siglint.cache`` reads siglint's files: importing
    # ``importlib.resources`` cost every run 5 ms.
    text = (Path(__file__).parent / "data" / "mlflow_versions.json").read_text("utf-8")
    return json.loads(text)


def releases() -> tuple[str, ...]:
    """Every release siglint knows, oldest first."""
    return tuple(_data()["versions"])


def newest() -> str:
    return _data()["newest"]


def version_key(version: str) -> tuple[int, ...]:
    """A version as numbers, trailing zeros dropped, so ``3.9 < 3.17`` and ``2.20 == 2.20.0``."""
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def unknown_release(version: str) -> str | None:
    """Why ``version`` (``"3.18.0"``, or a series: ``"3.18"``, ``"3"``) names no release siglint
    knows, or None when it names one. A series counts from its first release (``"2"`` is 2.0, so
    it is refused: rules and names are compared with that)."""
    if version_key(version) < version_key(FIRST):
        return (
            f"siglint checks MLflow {FIRST} and later (the first release whose type hints are "
            f"signatures), got {json.dumps(version)}"
        )
    if version_key(version) > version_key(newest()):
        return f"siglint knows MLflow up to {newest()}, got {json.dumps(version)}"
    parts = version.split(".")
    if any(release.split(".")[: len(parts)] == parts for release in releases()):
        return None
    return f"no MLflow release is numbered {json.dumps(version)}"


def introduced(name: str) -> str | None:
    """The release a module or name of MLflow (``mlflow.pyfunc.ResponsesAgent``) appeared in,
    when it is newer than the first release siglint knows."""
    return _data()["introduced"].get(name)

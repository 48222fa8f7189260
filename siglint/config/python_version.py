"""The Python version the checked code runs on: ``target-version`` (Ruff's spelling, ``py310``
to ``py314``), or else the lower bound of the project's ``requires-python``.

It matters where Python itself changed what runs: from 3.14 (PEP 649/749) annotations are
evaluated when something reads them, not when a ``def`` or ``class`` statement runs.
"""

from __future__ import annotations

import re

PYTHON_VERSIONS = ("py310", "py311", "py312", "py313", "py314")
DEFAULT_TARGET_VERSION = PYTHON_VERSIONS[0]  # the oldest: what every supported Python does

# One clause of a PEP 440 specifier that bounds the version from below: ">=3.14", "~=3.12.1",
# "==3.13.*", ">3.11".
_LOWER_BOUND = re.compile(r"^\s*(?:>=|~=|==|===|>)\s*3\.(\d+)")
# One clause of any PEP 440 specifier: an operator and a version (loosely: what may follow).
_CLAUSE = re.compile(r"^\s*(?:~=|===|==|!=|<=|>=|<|>)\s*[0-9][0-9A-Za-z.*+!_-]*\s*$")


def python_version(target: str) -> tuple[int, int]:
    """``"py314"`` as ``(3, 14)``."""
    return 3, int(target[3:])


def from_requires_python(specifier: object) -> str | None:
    """The ``target-version`` a ``requires-python`` specifier implies: its lower bound, clamped
    to the versions siglint knows; ``None`` when it sets none (or is not a string)."""
    if not isinstance(specifier, str):
        return None
    minors = [int(m.group(1)) for c in specifier.split(",") if (m := _LOWER_BOUND.match(c))]
    if not minors:
        return None
    known = [python_version(v)[1] for v in PYTHON_VERSIONS]
    minor = min(max(max(minors), known[0]), known[-1])
    return f"py3{minor}"


def is_specifier(specifier: object) -> bool:
    """Whether ``specifier`` is a PEP 440 version specifier (``">=3.11,<4"``; not Poetry's
    ``"^3.11"``)."""
    return isinstance(specifier, str) and all(map(_CLAUSE.match, specifier.split(",")))

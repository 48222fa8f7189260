"""``%run path``: the names another notebook (or script) defines, as if its cells ran first.

The masked cell holds ``from __siglint_run_<hex>__ import *``: a star import, which the analysis
already resolves as Python does (the public names of the module, or unknown names when it is
not found: never a ``NameError``). The module's name spells the path it was given, in hex, so
that where it leads is decided where every import is resolved (``import_candidates``): relative
to the notebook, as written, or with ``.py`` or ``.ipynb`` added (Databricks leaves them out).
"""

from __future__ import annotations

import os

_PREFIX = "__siglint_run_"
_SUFFIX = "__"
RUN_SUFFIXES = (".py", ".ipynb")


def run_import(target: str) -> str:
    """The statement that stands for ``%run target``."""
    return f"from {_PREFIX}{target.encode('utf-8').hex()}{_SUFFIX} import *"


def run_target(dotted: str) -> str | None:
    """The path a module name made by ``run_import`` stands for, else None."""
    if not (dotted.startswith(_PREFIX) and dotted.endswith(_SUFFIX)):
        return None
    try:
        return bytes.fromhex(dotted[len(_PREFIX) : -len(_SUFFIX)]).decode("utf-8")
    except ValueError:
        return None


def run_candidates(target: str, folder: str) -> tuple[str, ...]:
    """Where ``%run target`` in a notebook of ``folder`` may lead, in the order tried."""
    path = os.path.normpath(os.path.join(folder, os.path.expanduser(target)))
    if path.endswith(RUN_SUFFIXES):
        return (path,)
    return (*(f"{path}{suffix}" for suffix in RUN_SUFFIXES), path)

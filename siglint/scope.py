"""What siglint speaks about: what MLflow evaluates, and nothing else.

- **Targets** (``PythonModel`` subclasses, ``@pyfunc`` functions) and what MLflow evaluates for
  them: their hints, the pydantic models and aliases those use, the module defining them and the
  project modules it imports (they run when MLflow imports it). What raises in an imported module
  is reported in the model's file, with the place it happens as related information; what a
  function's body defines runs when it is called, not on import.
- **Calls into MLflow** and the values that reach them (``log_model``, ``infer_signature``,
  ``ColSpec``, ...): a literal ``DataFrame`` is an example only when it reaches one.
- **Never**: stub files, which never run; what raises in a module no model is defined in (a
  general Python error, Ruff's and pyright's to report); a file that does not parse and does not
  name MLflow; a file that parses but does not compile and holds no target and no call into
  MLflow (``siglint.engine._anchored``).

The pre-filter (``siglint.prefilter``) relies on this: a file that cannot reach a name of MLflow
costs a read of its bytes, nothing more, and one that holds no target and no call into MLflow
(``siglint.analysis.anchors``) costs CPython's parse of it and of the modules its names lead to.
"""

from __future__ import annotations

from pathlib import PurePath

STUB_SUFFIX = ".pyi"
MLFLOW_WORD = "mlflow"


def is_stub(path: PurePath) -> bool:
    """A type stub: Python never runs it, so MLflow never sees it."""
    return path.suffix == STUB_SUFFIX


def names_mlflow(text: str) -> bool:
    """Whether a file's text spells MLflow's name: the only files siglint reports unparsable."""
    return MLFLOW_WORD in text

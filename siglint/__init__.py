"""siglint: what MLflow will do with the type hints of your predict, before anything runs."""

from __future__ import annotations

import os
import sys

__version__ = "0.1.0"


def drop_working_folder() -> None:
    """Take the working folder off ``sys.path``, where ``python -m`` puts it first.

    siglint runs in the project it reads: a module there named like one siglint imports later
    (``difflib.py``, ``argparse.py``, ``libcst.py``) would otherwise run inside it. Only ``os``
    and ``sys`` are used, which Python has loaded before any of the project's code could be.
    """
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]

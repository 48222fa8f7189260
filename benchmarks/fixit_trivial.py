"""Fixit with one trivial rule, run in Fixit's own virtual environment.

``python fixit_trivial.py FILE_LIST`` lints every file listed with only ``Trivial`` (a rule that
visits every call and reports nothing), in this process, and prints the seconds it took and how
many calls the rule saw (the proof that it ran). Importing Fixit is not counted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import libcst as cst
from fixit import LintRule
from fixit.api import fixit_file
from fixit.ftypes import Options, QualifiedRule

CALLS = 0


class Trivial(LintRule):
    def visit_Call(self, node: cst.Call) -> None:
        global CALLS
        CALLS += 1


def main() -> None:
    paths = [Path(name) for name in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
    # The rule is this module: Fixit imports it by name, so this folder goes on the path.
    sys.path.insert(0, str(Path(__file__).parent))
    options = Options(rules=[QualifiedRule("fixit_trivial", "Trivial")])
    started = time.perf_counter()
    # File by file: ``fixit_paths`` would skip git-ignored files, such as the benchmark cache.
    results = [result for path in paths for result in fixit_file(path, options=options)]
    elapsed = time.perf_counter() - started
    errors = sum(result.error is not None for result in results)
    import fixit_trivial  # the module Fixit loaded the rule from (not __main__)

    print(elapsed, fixit_trivial.CALLS, errors)


if __name__ == "__main__":
    main()

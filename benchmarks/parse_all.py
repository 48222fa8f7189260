"""``python parse_all.py FILE_LIST``: the seconds libcst (or ``--ast``: the stdlib) takes to
parse every file listed, one per line, in this process, on one core. Reading and decoding the
files and importing the parser are not counted."""

from __future__ import annotations

import ast
import sys
import time
from pathlib import Path


def main() -> None:
    listed = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    texts = [Path(name).read_text(encoding="utf-8") for name in listed]
    if "--ast" in sys.argv:
        parse = ast.parse
    else:
        import libcst

        parse = libcst.parse_module
    started = time.perf_counter()
    for text in texts:
        parse(text)
    print(time.perf_counter() - started)


if __name__ == "__main__":
    main()

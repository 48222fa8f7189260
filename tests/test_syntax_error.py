"""SIG999 says what the running interpreter says of a file that does not parse, where it says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.engine import check_source

MISSING_CLOSE = (
    "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
    "    def predict(self, model_input: list[str]\n        return model_input\n"
)

# SIG999 is reported in a file that names MLflow (siglint.scope): a last line says it.
NAMES_MLFLOW = "# a model for mlflow\n"


@pytest.mark.parametrize(
    ("source", "message", "where"),
    [
        # libcst gave up on line 6 ("error at 6:15"); CPython names the "(" of line 5.
        (MISSING_CLOSE, "SyntaxError: '(' was never closed", (5, 15, 5, 16)),
        ("x = [1,\n", "SyntaxError: '[' was never closed", (1, 4, 1, 5)),
        (
            "def f():\nreturn 1\n",
            "SyntaxError: expected an indented block after function definition on line 1",
            (2, 0, 2, 6),
        ),
        # Columns count code points, as everywhere in siglint.
        ("é = 1 +\n", "SyntaxError: invalid syntax", (1, 7, 1, 7)),  # at the end of the line
    ],
)
def test_a_syntax_error_is_reported_as_python_reports_it(
    source: str, message: str, where: tuple[int, int, int, int]
) -> None:
    source += NAMES_MLFLOW
    with pytest.raises(SyntaxError) as python:
        compile(source, "model.py", "exec", dont_inherit=True)
    (diagnostic,) = check_source(source, Path("model.py")).diagnostics
    assert diagnostic.code == "SIG999"
    assert diagnostic.message == message == f"SyntaxError: {python.value.msg}"
    range_ = diagnostic.range
    assert (range_.line, range_.column, range_.end_line, range_.end_column) == where
    assert (range_.line, range_.column + 1) == (python.value.lineno, python.value.offset)

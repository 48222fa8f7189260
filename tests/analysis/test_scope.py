"""siglint's scope (``siglint.scope``): it speaks about what MLflow evaluates, and only there.

Each test is a minimal reproduction of siglint speaking where MLflow never looks, or of a
problem elsewhere that breaks a model and is reported in the model's file.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from scratch_files import write

from lsp_server.convert import to_lsp
from lsp_server.text import Text
from siglint.analysis.project import Project
from siglint.config import Settings
from siglint.diagnostics import Diagnostic
from siglint.engine import check_source
from siglint.output import FileReport, render

HELPER_NAME_ERROR = """\
    def clean(text: Missing) -> str:
        return text
    """
MODEL = """\
    import mlflow

    from app import helpers


    class Model(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input: list[str]) -> list[str]:
            return model_input
    """


def check(path: Path) -> tuple[Diagnostic, ...]:
    text = path.read_text(encoding="utf-8")
    return check_source(text, path.absolute(), Settings(), Project()).diagnostics


def test_a_name_error_in_a_module_no_model_imports_is_not_reported(tmp_path: Path) -> None:
    write(tmp_path, {"helpers.py": HELPER_NAME_ERROR})
    assert check(tmp_path / "helpers.py") == ()


def test_a_type_error_and_a_rejected_pydantic_model_alone_are_not_reported(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        {
            "types_.py": "def f(x: None | None) -> None:\n    pass\n",
            "schema.py": """\
                import numpy as np
                from pydantic import BaseModel


                class Row(BaseModel):
                    values: np.ndarray
                """,
        },
    )
    assert check(tmp_path / "types_.py") == ()
    assert check(tmp_path / "schema.py") == ()


def test_an_imported_module_that_raises_is_reported_in_the_model_with_where(
    tmp_path: Path,
) -> None:
    write(tmp_path, {"app/__init__.py": "", "app/helpers.py": HELPER_NAME_ERROR, "model.py": MODEL})
    [found] = check(tmp_path / "model.py")
    assert found.code == "SIG009"
    assert found.range.line == 6  # the model's name
    assert (
        "Importing `app.helpers` raises (helpers.py:1: NameError: name 'Missing'" in found.message
    )
    [related] = found.related
    assert related.path == (tmp_path / "app" / "helpers.py").absolute()
    assert (related.range.line, related.range.column) == (1, 16)
    assert related.message.startswith("NameError: name 'Missing' is not defined")
    # The helper itself, checked alone, says nothing: no model is defined there.
    assert check(tmp_path / "app" / "helpers.py") == ()


def test_the_place_is_the_root_cause_through_a_chain_of_imports(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/helpers.py": HELPER_NAME_ERROR,
            "app/middle.py": "from app.helpers import clean\n",
            "model.py": MODEL.replace("import helpers", "import middle"),
        },
    )
    [found] = check(tmp_path / "model.py")
    assert "Importing `app.middle` raises (helpers.py:1:" in found.message
    assert [r.path.name for r in found.related] == ["helpers.py"]


def test_a_raise_in_the_model_module_itself_stays_where_it_is(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"model.py": MODEL.replace("from app import helpers", "def clean(text: Missing): ...")},
    )
    found = check(tmp_path / "model.py")
    assert [(d.code, d.range.line) for d in found] == [("SIG901", 3), ("SIG009", 6)]
    assert all(d.related == () for d in found)
    # Said once: "Importing this module raises (line 3: NameError: ...), so ...".
    assert found[1].message.lower().count("importing this module raises") == 1, found[1].message
    assert found[1].message.startswith(
        "Importing this module raises (line 3: NameError: name 'Missing' is not defined when "
        "`def clean` runs), so `"
    )


def test_related_locations_in_every_output_format_that_has_them(
    tmp_path: Path, monkeypatch
) -> None:
    write(tmp_path, {"app/__init__.py": "", "app/helpers.py": HELPER_NAME_ERROR, "model.py": MODEL})
    monkeypatch.chdir(tmp_path)
    text = (tmp_path / "model.py").read_text()
    diagnostics = check(tmp_path / "model.py")
    reports = [FileReport("model.py", text, diagnostics)]

    [item] = json.loads(render("json", reports))
    assert item["related"] == [
        {
            "message": diagnostics[0].related[0].message,
            "filename": "app/helpers.py",
            "location": {"row": 1, "column": 17},
            "end_location": {"row": 1, "column": 24},
        }
    ]
    [result] = json.loads(render("sarif", reports))["runs"][0]["results"]
    [location] = result["relatedLocations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "app/helpers.py"},
        "region": {"startLine": 1, "startColumn": 17, "endLine": 1, "endColumn": 24},
    }
    full = render("full", reports)
    assert "note: NameError: name 'Missing' is not defined" in full
    assert " --> app/helpers.py:1:17" in full
    # JSON lines and the JSON summary of one diagnostic carry it too; concise keeps one line.
    assert json.loads(render("json-lines", reports))["related"] == item["related"]
    assert len(render("concise", reports).splitlines()) == 2


def test_related_information_in_the_language_server(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"app/__init__.py": "", "app/helpers.py": "é = 1\n" + textwrap.dedent(HELPER_NAME_ERROR)},
    )
    write(tmp_path, {"model.py": MODEL})
    [found] = check(tmp_path / "model.py")
    text = Text((tmp_path / "model.py").read_text(), "utf-16")
    helpers = tmp_path / "app" / "helpers.py"
    converted = to_lsp(found, text, 1, lambda path: Text(path.read_text(), "utf-16"))
    [information] = converted.related_information
    assert information.location.uri == helpers.absolute().as_uri()
    assert (information.location.range.start.line, information.location.range.start.character) == (
        1,
        16,
    )
    assert information.message == found.related[0].message


def test_stub_files_are_never_checked(tmp_path: Path) -> None:
    write(tmp_path, {"model.pyi": "import mlflow\n\ndef f(x: Nope) -> int: ...\nclass C(:\n"})
    assert check(tmp_path / "model.pyi") == ()


def test_a_file_that_does_not_parse_is_reported_only_when_it_names_mlflow(
    tmp_path: Path,
) -> None:
    write(tmp_path, {"helper.py": "def f(:\n", "model.py": "import mlflow\n\ndef f(:\n"})
    assert check(tmp_path / "helper.py") == ()
    assert [d.code for d in check(tmp_path / "model.py")] == ["SIG999"]


FRAME = 'pd.DataFrame({"age": [31, None, 45]})'


def test_a_data_frame_that_reaches_no_mlflow_call_is_not_an_example(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "test_fixtures.py": f"import pandas as pd\n\nfixture = {FRAME}\n",
            # MLflow in the file, but this frame never reaches it.
            "train.py": f"import mlflow\nimport pandas as pd\n\nframe = {FRAME}\nmlflow.log_param('a', 1)\n",
        },
    )
    assert check(tmp_path / "test_fixtures.py") == ()
    assert check(tmp_path / "train.py") == ()


def test_a_data_frame_that_reaches_mlflow_is_an_example(tmp_path: Path) -> None:
    cases = {
        "direct.py": f"from mlflow.models import infer_signature\nimport pandas as pd\n\ninfer_signature({FRAME})\n",
        "named.py": f"import mlflow.models\nimport pandas as pd\n\nexample = {FRAME}\nsignature = mlflow.models.infer_signature(example)\n",
        "method.py": f"import mlflow\nimport pandas as pd\n\n\ndef log(model):\n    frame = {FRAME}\n    mlflow.pyfunc.log_model(name='m', python_model=model, input_example=frame.head(2))\n",
        "pair.py": f"import mlflow\nimport pandas as pd\n\nframe = {FRAME}\nmlflow.pyfunc.save_model('m', python_model=None, input_example=(frame, {{'k': 1}}))\n",
        "output.py": f"import pandas as pd\nfrom mlflow.models.signature import infer_signature\n\ninfer_signature(['x'], model_output={FRAME})\n",
    }
    write(tmp_path, cases)
    for name in cases:
        assert [d.code for d in check(tmp_path / name)] == ["SIG505"], name


def test_an_imported_module_that_does_not_parse_is_reported_in_the_model(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/helpers.py": "def clean(text:\n    return text\n",
            "model.py": MODEL,
        },
    )
    [found] = check(tmp_path / "model.py")
    assert found.code == "SIG009"
    assert "Importing `app.helpers` raises (helpers.py:1: SyntaxError: '(' was never closed)" in (
        found.message
    )
    [related] = found.related
    assert (related.path.name, related.range.line, related.range.column) == ("helpers.py", 1, 9)
    # The helper alone never names MLflow: its SyntaxError is Python's business.
    assert check(tmp_path / "app" / "helpers.py") == ()

# target: Model python_model
# Future annotations make int | "str" harmless at define time; get_type_hints raises TypeError
# at log time and the regex fallback applies.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[int | "str"]:
        return []

# target: Model python_model
# params: dict[str, Any] | None = None: no params schema.

from typing import Any

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[str], params: dict[str, Any] | None = None) -> list[str]:
        return model_input

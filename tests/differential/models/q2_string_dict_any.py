# target: Model python_model
# dict[str, "Any"] with Any imported.

from typing import Any

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, "Any"]]):
        return model_input

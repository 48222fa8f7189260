# target: Model python_model
# Output dict[str, Optional[int]]: a map, the Optional dropped.

from typing import Optional

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> dict[str, Optional[int]]:
        return {}

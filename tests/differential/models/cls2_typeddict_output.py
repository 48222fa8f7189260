# target: Model python_model
# A TypedDict output: AnyType.

from typing import TypedDict

from mlflow.pyfunc import PythonModel


class Out(TypedDict):
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> Out:
        return {"y": 1}

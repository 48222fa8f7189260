# target: Model python_model
# Output bare typing.List: AnyType.

from typing import List

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[int]) -> List:
        return model_input

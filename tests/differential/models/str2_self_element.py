# target: Model python_model
# typing.Self as the element: unsupported.

from typing import Self

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Self]):
        return model_input

# target: Model python_model
# typing_extensions.Literal element: unsupported.

from typing_extensions import Literal

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Literal["a", "b"]]):
        return model_input

# target: Model python_model
# Output dict[str, int] | None: Optional non-list, AnyType.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> dict[str, int] | None:
        return None

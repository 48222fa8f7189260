# target: Model python_model
# Output list[int] | list[str]: a union of lists, AnyType with the Union warning.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> list[int] | list[str]:
        return model_input

# target: Model python_model
# A plain class annotated `int | "str"` in its body: TypeError when the class body runs.

from mlflow.pyfunc import PythonModel


class Settings:
    limit: int | "str" = 3


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

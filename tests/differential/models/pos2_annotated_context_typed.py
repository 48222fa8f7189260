# target: Model python_model
# context annotated as PythonModelContext with a list input and dict output.

from mlflow.pyfunc import PythonModel, PythonModelContext


class Model(PythonModel):
    def predict(self, context: PythonModelContext, model_input: list[str]) -> dict[str, int]:
        return {}

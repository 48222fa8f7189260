# target: Model python_model
# ctx instead of context: index 1 by the two-parameter rule (FutureWarning).

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, ctx, model_input: list[str]):
        return []

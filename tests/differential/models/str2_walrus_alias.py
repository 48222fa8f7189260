# target: Model python_model
# An alias bound in an annotated assignment without TypeAlias.

from mlflow.pyfunc import PythonModel

Rows: type = list[dict[str, bytes]]


class Model(PythonModel):
    def predict(self, model_input: Rows):
        return model_input

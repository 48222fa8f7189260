# target: Model python_model
# Bare list as dict value -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, list]]):
        return model_input

# target: Model python_model
# "self" named but not first: the first parameter is the instance.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(this, self, model_input: list[str]) -> list[str]:
        return model_input

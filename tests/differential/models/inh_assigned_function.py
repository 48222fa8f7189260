# target: Model python_model
# predict = some_function in the class body.

from mlflow.pyfunc import PythonModel


def _predict(self, model_input: list[str]) -> list[str]:
    return model_input


class Model(PythonModel):
    predict = _predict

# target: Model python_model
# predict = lambda: no annotations.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    predict = lambda self, model_input: model_input  # noqa: E731

# target: Model python_model
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    predict = lambda self, model_input: model_input

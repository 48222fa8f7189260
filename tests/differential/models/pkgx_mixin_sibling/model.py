# target: Model python_model
from .mixins import PredictMixin
from mlflow.pyfunc import PythonModel

class Model(PredictMixin, PythonModel):
    pass

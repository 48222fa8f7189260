# target: Model python_model
# DataFrame imported under an alias.

from pandas import DataFrame as DF
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: DF):
        return model_input

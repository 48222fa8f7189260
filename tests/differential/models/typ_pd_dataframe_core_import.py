# target: Model python_model
# DataFrame imported from pandas.core.frame: the same class, no inference.

from pandas.core.frame import DataFrame

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: DataFrame) -> DataFrame:
        return model_input

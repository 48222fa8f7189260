# target: Model python_model
# Decimal is unsupported.

from decimal import Decimal
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Decimal]):
        return model_input

# target: Model python_model
# Unsupported type nested in an inner list.

from decimal import Decimal
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[Decimal]]):
        return model_input

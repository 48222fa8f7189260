# target: Model python_model
# Element datetime.datetime (from-import) -> datetime.

from datetime import datetime
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[datetime]) -> list[datetime]:
        return model_input

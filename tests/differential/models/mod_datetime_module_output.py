# target: Model python_model
# The datetime module as the return hint: AnyType.

import datetime

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[datetime]:
        return []

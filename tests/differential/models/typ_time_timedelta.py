# target: Model python_model
# datetime.time element: unsupported; timedelta output: AnyType.

import datetime

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[datetime.time]) -> list[datetime.timedelta]:
        return model_input

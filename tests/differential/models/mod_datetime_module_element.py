# target: Model python_model
# "import datetime" then list[datetime]: the module itself as the element, unsupported.

import datetime

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[datetime]):
        return model_input

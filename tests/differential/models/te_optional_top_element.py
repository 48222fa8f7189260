# target: Model python_model
# typing_extensions.Optional as the list element: define-time error.

import typing_extensions as te

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[te.Optional[str]]):
        return model_input

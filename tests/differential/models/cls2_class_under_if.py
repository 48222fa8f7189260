# target: Model python_model
# A model class defined inside a module-level if block.

import sys

from mlflow.pyfunc import PythonModel

if sys.version_info >= (3, 8):

    class Model(PythonModel):
        def predict(self, model_input: list[str]) -> list[int]:
            return []

# target: Model python_model
# Only the context is annotated.

from mlflow.pyfunc import PythonModelContext
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context: PythonModelContext, model_input):
        return []

# target: Model python_model
# Only the context and the return are annotated.

from mlflow.pyfunc import PythonModel, PythonModelContext


class Model(PythonModel):
    def predict(self, context: PythonModelContext, model_input, params=None) -> list[str]:
        return []

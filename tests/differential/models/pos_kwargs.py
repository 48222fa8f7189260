# target: Model python_model
# **kwargs makes model_input the 'context'; kwargs is unannotated.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], **kwargs):
        return []

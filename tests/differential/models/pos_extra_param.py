# target: Model python_model
# An extra optional parameter makes model_input the 'context'.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], extra: int = 0):
        return []

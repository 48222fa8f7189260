# target: Model python_model
# Alias of an alias.

from mlflow.pyfunc import PythonModel


Texts = list[str]
Batch = Texts


class Model(PythonModel):
    def predict(self, model_input: Batch):
        return model_input

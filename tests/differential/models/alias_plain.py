# target: Model python_model
# Plain assignment alias.

from mlflow.pyfunc import PythonModel


Texts = list[str]


class Model(PythonModel):
    def predict(self, model_input: Texts) -> Texts:
        return model_input

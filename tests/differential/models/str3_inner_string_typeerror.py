# target: Model python_model
# A quoted element whose expression raises TypeError (`int | 'str'`) when typing evaluates it.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list["int | 'str'"]):
        return model_input

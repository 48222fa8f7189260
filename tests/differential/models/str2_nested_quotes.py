# target: Model python_model
# A quoted element inside a quoted annotation.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list['dict[str, float]']"):
        return model_input

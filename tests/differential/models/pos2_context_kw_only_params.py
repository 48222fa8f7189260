# target: Model python_model
# predict(self, context, model_input, *, params=None): context detected.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[bool], *, params=None) -> list[bool]:
        return model_input

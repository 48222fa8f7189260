# target: Model python_model
# list[type(None)]: NoneType element, unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[type(None)]):
        return model_input

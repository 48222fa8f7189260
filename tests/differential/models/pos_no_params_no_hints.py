# target: Model python_model
# predict(self) without any hint: define time indexes the (empty) parameter list and raises IndexError.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self):
        return []

# target: Model python_model
# A string annotation that is not an expression: typing raises SyntaxError, no hints at all.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list[str"):
        return model_input

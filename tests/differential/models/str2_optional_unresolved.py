# target: Model python_model
# "Optional[list[str]]" without Optional imported: NameError, the regex does not match.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "Optional[list[str]]"):
        return model_input

# target: Model python_model
# Unresolvable string annotation spelled LIST[STR]: the case-insensitive regex matches.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "LIST[STR]", params: "Nope" = None):
        return model_input

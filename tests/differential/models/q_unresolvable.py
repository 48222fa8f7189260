# target: Model python_model
# Quoted hint naming something that never exists: NameError, regex fallback fails, no hints.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list[Missing]"):
        return model_input

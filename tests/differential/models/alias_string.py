# target: Model python_model
# Alias whose value is a string; get_type_hints evaluates it.

from mlflow.pyfunc import PythonModel


Texts = "list[str]"


class Model(PythonModel):
    def predict(self, model_input: Texts):
        return model_input

# target: Model python_model
# Unresolvable mlflow-ish prefix: the regex only accepts a t-prefix.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "tp.List[str]", other: "x.List[str]" = None):
        return model_input

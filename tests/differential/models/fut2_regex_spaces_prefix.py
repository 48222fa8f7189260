# target: Model python_model
# Unresolvable typing.List[Dict[str, str]] with spaces: the regex ignores spaces and the
# t-prefix.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "typing.List[ Dict[ str , str ] ]"):
        return model_input

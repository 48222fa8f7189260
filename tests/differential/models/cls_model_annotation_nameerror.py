# target: Model python_model
# The PythonModel's own class body annotates an attribute with an undefined name: NameError.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    threshold: Thresh = 0.5

    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

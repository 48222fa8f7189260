# target: Model python_model
# Alias defined in the class body; the annotation is evaluated in class scope at definition.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    Texts = list[str]

    def predict(self, model_input: Texts) -> Texts:
        return model_input

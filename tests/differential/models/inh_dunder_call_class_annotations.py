# target: Model python_model
# __call__ model whose class body has an annotated attribute: the instance has __annotations__, so __call__ is never looked at.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    threshold: float = 0.5

    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
        return model_input

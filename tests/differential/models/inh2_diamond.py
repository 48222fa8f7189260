# target: A python_model
# target: B python_model
# target: C python_model
# Two PythonModel bases with different predict hints; the MRO picks the first.

from mlflow.pyfunc import PythonModel


class A(PythonModel):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input


class B(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class C(B, A):
    pass

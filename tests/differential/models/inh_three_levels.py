# target: A python_model
# target: B python_model
# target: C python_model
# A chain of three classes sharing one predict.

from mlflow.pyfunc import PythonModel


class A(PythonModel):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input


class B(A):
    pass


class C(B):
    pass

# target: Factory.make.<locals>.Model python_model
# A class in a function nested in a class method.

from mlflow.pyfunc import PythonModel


class Factory:
    @staticmethod
    def make():
        class Model(PythonModel):
            def predict(self, model_input: list[bool]) -> list[bool]:
                return model_input

        return Model


Model = Factory.make()

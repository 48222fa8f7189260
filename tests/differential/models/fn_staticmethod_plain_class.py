# target: Service.run pyfunc
# @pyfunc under @staticmethod in a plain class.

from mlflow.pyfunc.utils import pyfunc


class Service:
    @staticmethod
    @pyfunc
    def run(model_input: list[int]) -> list[int]:
        return model_input

# target: Service.run pyfunc
# @pyfunc on a method of a plain class: save the bound method.

from mlflow.pyfunc.utils import pyfunc


class Service:
    @pyfunc
    def run(self, model_input: list[str]) -> list[str]:
        return model_input

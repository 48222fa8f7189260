# target: Service.run pyfunc
# @pyfunc method taking (self, context, model_input): two parameters after binding, fails at log time.

from mlflow.pyfunc.utils import pyfunc


class Service:
    @pyfunc
    def run(self, context, model_input: list[str]) -> list[str]:
        return model_input

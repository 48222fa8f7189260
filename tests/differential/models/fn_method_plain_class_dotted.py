# target: Service.score pyfunc
# target: Service.unsupported pyfunc
# @mlflow.pyfunc.utils.pyfunc on methods of a plain class.

import mlflow


class Service:
    @mlflow.pyfunc.utils.pyfunc
    def score(self, model_input: list[dict[str, float]]) -> list[float]:
        return []

    @mlflow.pyfunc.utils.pyfunc
    def unsupported(self, model_input: list[complex]) -> list[float]:
        return []

    def helper(self):
        return None

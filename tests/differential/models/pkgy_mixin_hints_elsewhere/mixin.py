from typing import Union


class PredictMixin:
    def predict(self, model_input: list[Union[int, str]]) -> list[str]:
        return [str(x) for x in model_input]

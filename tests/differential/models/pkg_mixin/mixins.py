# A plain mixin (not a PythonModel) with predict.

class ScoreMixin:
    def predict(self, model_input: list[dict[str, float]]) -> list[float]:
        return []

# target: Model python_model
# predict inherited from a mixin of a mixin (never wrapped; inferred at log time).

from mlflow.pyfunc import PythonModel


class Base:
    def predict(self, context, model_input: list[int]) -> list[int]:
        return model_input


class Middle(Base):
    pass


class Model(Middle, PythonModel):
    pass

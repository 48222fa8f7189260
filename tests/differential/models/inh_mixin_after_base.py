# target: Model python_model
# No target: the mixin comes after PythonModel in the bases, so Model.predict resolves to
# MLflow's own abstract PythonModel.predict and the mixin's predict is shadowed.

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Model(PythonModel, EchoMixin):
    pass

# target: Model python_model
# Alias bound inside try/except ImportError.

try:
    from mlflow.pyfunc import PythonModel as Base
except ImportError:  # pragma: no cover
    Base = object



class Model(Base):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

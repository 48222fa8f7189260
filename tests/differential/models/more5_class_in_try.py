# target: M python_model
try:
    import mlflow

    class M(mlflow.pyfunc.PythonModel):
        def predict(self, model_input: list[bytes]) -> list[bytes]:
            return model_input
except ImportError:
    M = None

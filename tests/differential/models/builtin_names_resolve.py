# target: Model python_model
# Builtin names other than the types (exceptions, functions) resolve: no NameError.
import mlflow

Err = ValueError | None


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], params: dict[str, int] | None = None) -> list[Warning]:
        return [len(model_input)]

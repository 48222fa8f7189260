# target: Model python_model
# Found by differential fuzzing: `None | None` raises TypeError when the def runs, so importing
# the module fails (siglint read it as an Optional input: no_signature).

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[None | None]):
        return []

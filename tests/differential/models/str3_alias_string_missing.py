# target: Model python_model
# An alias whose value is a string naming something undefined, used inside list[...].

from mlflow.pyfunc import PythonModel

Row = "Missing"


class Model(PythonModel):
    def predict(self, model_input: list[Row]):
        return model_input

# target: Model python_model
# async def predict.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    async def predict(self, model_input: list[str]) -> list[str]:
        return model_input

# target: predict pyfunc
# async @pyfunc function.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
async def predict(model_input: list[str]) -> list[str]:
    return model_input

# target: Model python_model
# predict = staticmethod(fn): wrapped as a plain function, then out of range at log time.

from mlflow.pyfunc import PythonModel


def run(model_input: list[int]) -> list[int]:
    return model_input


class Model(PythonModel):
    predict = staticmethod(run)

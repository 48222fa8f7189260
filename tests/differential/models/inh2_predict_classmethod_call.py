# target: Model python_model
# predict = classmethod(fn): not callable in the class dict, so never wrapped; the signature is
# inferred when logging.

from mlflow.pyfunc import PythonModel


def run(cls, model_input: list[int]) -> list[str]:
    return []


class Model(PythonModel):
    predict = classmethod(run)

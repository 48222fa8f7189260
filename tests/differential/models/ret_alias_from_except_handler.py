# target: Model python_model
# The input hint is an alias a project function returns from its `except` handler.
from mlflow.pyfunc import PythonModel


def rows():
    try:
        raise ImportError
    except ImportError:
        return list[int]


Rows = rows()


class Model(PythonModel):
    def predict(self, model_input: Rows) -> list[str]:
        return []

# Re-exports PythonModel under another name.

from mlflow.pyfunc import PythonModel as ModelBase

__all__ = ["ModelBase"]

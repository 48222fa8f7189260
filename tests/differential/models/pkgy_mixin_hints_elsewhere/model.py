# target: Model python_model
# predict from a plain mixin of a sibling module: inferred at log time.
import mlflow

from .mixin import PredictMixin


class Model(PredictMixin, mlflow.pyfunc.PythonModel):
    pass

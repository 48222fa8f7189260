# target: Model python_model
# predict comes from a mixin in another module.

from mlflow.pyfunc import PythonModel

from .mixins import ScoreMixin


class Model(ScoreMixin, PythonModel):
    pass

# target: Model python_model
# scipy.sparse.spmatrix is not one of the no-inference types.

import scipy.sparse

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: scipy.sparse.spmatrix):
        return model_input

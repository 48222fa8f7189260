# target: Model python_model
from pkgx_from_pkg_import_module import schemas
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[schemas.Item]) -> list[str]:
        return []

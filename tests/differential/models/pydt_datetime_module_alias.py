# target: Model python_model
# datetime through "import datetime as dt" and "from datetime import datetime as DateTime".

import datetime as dt
from datetime import datetime as DateTime
from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    a: dt.datetime
    b: Optional[DateTime] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[dt.datetime]:
        return []

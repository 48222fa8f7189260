# A plain alias naming something undefined: NameError when the model imports it.

Row = Missing  # noqa: F821

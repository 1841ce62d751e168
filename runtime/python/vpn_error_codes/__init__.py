"""The package's hand-written runtime, on its own for its tests and linters.

The build copies each private module beside the catalog's rendered data in generated/python, whose
own ``__init__`` names the public API; this one is not copied.
"""

"""A package's names loaded on first use (PEP 562), so that importing it costs only what is used."""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


def lazy_exports(
    package: str,
    exports: Mapping[str, str],
    renamed: Mapping[str, str] | None = None,
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The __getattr__ and __dir__ of a package whose names each load their own module when first read.

    exports maps each public name to the module, relative to the package, that defines it. renamed maps an
    earlier name to its new one: reading it warns (DeprecationWarning) and gives the new name's object.
    """
    earlier = dict(renamed or {})

    def __getattr__(name: str) -> object:  # noqa: N807 - PEP 562's module hook
        if name in earlier:
            import warnings  # noqa: PLC0415 - only an earlier name's reader pays for it

            warnings.warn(
                f"{package}.{name} is now {earlier[name]}; the old name will be removed",
                DeprecationWarning,
                stacklevel=2,
            )
            name = earlier[name]
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # __import__ rather than importlib.import_module, whose package import a lookup would pay for.
        __import__(f"{package}.{module}")
        return getattr(sys.modules[f"{package}.{module}"], name)

    def __dir__() -> list[str]:  # noqa: N807 - PEP 562's module hook
        return sorted(exports)

    return __getattr__, __dir__

# Copied from runtime/python/vpn_error_codes/_record.py by npm run build: edit that file, not this copy.
"""Immutable value records without dataclasses, whose import (inspect, ast, dis) costs more than a lookup."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing_extensions import Self


class Record:
    """An immutable record of named fields, compared and hashed by value, shown as a dataclass is.

    A subclass lists its fields in __match_args__, in the order its __init__ takes them (repr and
    positional match patterns follow it), stores them in __slots__, and passes them to Record.__init__ by name.
    """

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def __init__(self, **values: object) -> None:
        for name in self.__match_args__:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__match_args__}

    def replace(self, **changes: object) -> Self:
        """A copy with the named fields changed, as dataclasses.replace and datetime.replace give one.

        Raises TypeError for a name that is not a field.
        """
        unknown = sorted(set(changes) - set(self.__match_args__))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(unknown)}")
        return type(self)(**{**self._values(), **changes})

    # copy.replace (Python 3.13) calls this.
    __replace__ = replace

    def __reduce__(self) -> tuple[object, ...]:
        # Pickle and copy rebuild through __init__: the default would set each slot, which __setattr__ refuses.
        return (_rebuild, (type(self), self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._values().items())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(tuple(self._values().values()))


def _rebuild(record: type[Record], values: dict[str, object]) -> Record:
    return record(**values)

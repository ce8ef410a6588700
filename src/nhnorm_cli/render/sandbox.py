"""The Jinja sandbox every report, overview and Word template runs in.

A template may come from a gemeente's repository or a pull request, so it is untrusted code. Jinja's
own sandbox refuses underscore attributes, but leaves every public method of a library object
reachable: pydantic's `parse_raw(..., allow_pickle=True)` unpickles attacker bytes and `parse_file`
reads any file (issue 25). This sandbox turns that around: an attribute is refused unless it is data
(a field of a report model, a dict's items) or one of a short list of pure methods of text, lists,
dicts and dates; only nhnorm's own functions, the template's macros and Jinja's loop helpers can be
called. Runaway templates (recursion, `'a' * 10**12`, nested loops) stop at a budget of steps and
characters with a TemplateLimitError, which the callers word as SJABLOON-FOUT."""

from __future__ import annotations

import re
import types
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from jinja2 import nodes, pass_environment
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.runtime import BlockReference, LoopContext, Macro, TemplateReference
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from pydantic import BaseModel

# A report of 47 norms takes some 7,000 steps (reads, calls, loop rounds) and 100,000 characters,
# an overview of 45 organisations about the same, of 400 some 60,000 steps; the limits leave room
# for far larger and stop, within seconds, a loop that would run for hours or a string that would
# fill the memory (a step takes about 2 microseconds).
MAX_STEPS = 5_000_000
MAX_TEXT = 20_000_000  # characters in one value (a string, or the items of a list)
MAX_OUTPUT = 100_000_000  # characters written in one render, blocks captured with {% set %} included
MAX_INT_BITS = 100_000  # a number no report needs; 10 ** 10 ** 10 would take minutes
MAX_WIDTH = 10_000  # a field width in a format string ('%09999999d')
MAX_ITEMS = 100_000  # items in a list made by the template ([x] * n), like Jinja's own range()

_TEXT_METHODS = frozenset(
    {
        *("capitalize", "casefold", "count", "endswith", "find", "isalnum", "isalpha", "isdecimal"),
        *("isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "lower", "lstrip"),
        *("partition", "removeprefix", "removesuffix", "rfind", "rpartition", "rsplit", "rstrip"),
        *("split", "splitlines", "startswith", "strip", "swapcase", "title", "upper"),
        *("striptags", "unescape"),  # Markup's
    }
)
_DATA_METHODS: tuple[tuple[type | tuple[type, ...], frozenset[str]], ...] = (
    (str, _TEXT_METHODS),
    (dict, frozenset({"get", "items", "keys", "values"})),
    ((list, tuple), frozenset({"count", "index"})),
    (date, frozenset({"year", "month", "day", "isoformat", "weekday", "isoweekday"})),
)
# Jinja's own helpers for templates (loop, namespace(), cycler(), joiner(), self, super(), macros
# and imported template modules): designed for sandboxed use, underscore names stay refused.
_JINJA_OBJECTS = (LoopContext, Namespace, Cycler, Joiner, TemplateReference, BlockReference, Macro)
_WIDTH = re.compile(r"\d{5,}")
# a width taken from an argument: '%*d' and '{0:{1}}' would let a number of any size through
_WIDTH_FROM_ARGUMENT = re.compile(r"%[^a-zA-Z%]*\*|\{[^{}]*:[^{}]*\{")


class TemplateLimitError(TemplateError):
    """A template went past a limit; the message is the key of its wording in messages/."""


def _allowed_methods(obj: Any) -> frozenset[str]:
    for kind, names in _DATA_METHODS:
        if isinstance(obj, kind):
            return names
    return frozenset()


def _size(value: Any) -> int:
    """Characters of a text, or items of a list (a list of MAX_ITEMS already counts as too long)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple | dict):
        return len(value) * (MAX_TEXT // MAX_ITEMS)
    return 0


class _CountingCodeGenerator(CodeGenerator):
    """Compiled templates report every loop step and every piece of output to the environment, so
    nested loops and text built up in {% set %} blocks stay within the budget."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        counted = nodes.Call(nodes.EnvironmentAttribute("counted_loop"), [node.iter], [], None, None)
        counted.set_lineno(node.lineno)
        node.iter = counted
        super().visit_For(node, frame)

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        literal = sum(len(child.data) for child in node.nodes if isinstance(child, nodes.TemplateData))
        self.writeline(f"environment.count_output({literal})", node)
        super().visit_Output(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked(")
        super().visit_Concat(node, frame)
        self.write(")")


class DataSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, where only data can be read and only nhnorm's functions, macros
    and Jinja's loop helpers called, within a budget of steps and characters."""

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *, finalize: Callable[[Any], Any] | None = None, **options: Any) -> None:
        own = finalize

        def counted_finalize(value: Any) -> Any:
            value = own(value) if own is not None else value
            self.count_output(_size(value) if isinstance(value, str) else 1)
            return value

        super().__init__(finalize=counted_finalize, **options)
        del self.globals["lipsum"]  # lipsum(10**9) is a loop that takes no steps the budget sees
        self.filters.update(
            attr=_attr,
            center=_checked_filter(self.filters["center"], lambda s, width=80: width),
            indent=_checked_filter(
                self.filters["indent"], lambda s, width=4, *_, **__: _width(width) * (str(s).count("\n") + 1)
            ),
            replace=_checked_filter(
                self.filters["replace"],
                lambda s, old, new, count=None: str(s).count(str(old)) * len(str(new)),
            ),
            join=_checked_filter(self.filters["join"], _joined_size),
            format=_checked_filter(self.filters["format"], lambda s, *_, **__: _format_width(str(s))),
            wordwrap=_checked_filter(self.filters["wordwrap"], lambda s, *_, **__: 2 * len(str(s))),
        )
        self.steps = 0
        self.output = 0
        self._callables: set[int] = set()
        self._formatters: weakref.WeakSet[Callable[..., str]] = weakref.WeakSet()

    # the budget
    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateLimitError("TemplateLimit: steps")

    def count_output(self, characters: int) -> None:
        self.step()
        self.output += characters
        if self.output > MAX_OUTPUT:
            raise TemplateLimitError("TemplateLimit: output")

    def checked(self, value: Any) -> Any:
        if _size(value) > MAX_TEXT:
            raise TemplateLimitError("TemplateLimit: value")
        return value

    def counted_loop(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.step()
            yield item

    # what may be read and called
    def register(self, *functions: Any) -> None:
        """Functions a caller adds to the context, callable from the template like the globals."""
        self._callables.update(id(f) for f in functions)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, BaseModel):
            return attr in type(obj).model_fields
        if isinstance(obj, _JINJA_OBJECTS) or _is_template_module(obj):
            return True
        return attr in _allowed_methods(obj)

    def is_safe_callable(self, obj: Any) -> bool:
        if not super().is_safe_callable(obj):
            return False
        if obj == self.counted_loop or isinstance(obj, _JINJA_OBJECTS):
            return True
        if id(obj) in self._callables or any(obj is f for f in self.globals.values()):
            return True
        if isinstance(obj, types.FunctionType) and obj in self._formatters:
            return True
        owner = getattr(obj, "__self__", None)
        if isinstance(obj, types.MethodType | types.BuiltinMethodType) and owner is not None:
            name = getattr(obj, "__name__", "")
            return isinstance(owner, LoopContext | Cycler) or name in _allowed_methods(owner)
        return False

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is not None:
            _format_width(str(value.__self__))
            self._formatters.add(wrapper)
        return wrapper

    # every read, call and operator is a step
    def getattr(self, obj: Any, attribute: str) -> Any:
        self.step()
        if isinstance(obj, BaseModel) and attribute not in type(obj).model_fields:
            return self._refused(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.step()
        if isinstance(obj, BaseModel) and isinstance(argument, str):
            return self.getattr(obj, argument)
        return super().getitem(obj, argument)

    def _refused(self, obj: BaseModel, attribute: str) -> Any:
        """A model's method or pydantic's attributes, refused by name before Python evaluates them
        (some warn, some compute)."""
        if attribute.startswith("_") or hasattr(type(obj), attribute):
            return self.unsafe_undefined(obj, attribute)
        return self.undefined(obj=obj, name=attribute)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.step()
        if not __self.is_safe_callable(__obj):  # Jinja's message would show the object's whole repr
            name = getattr(__obj, "__name__", type(__obj).__name__)
            raise SecurityError(f"{name!r} is not safely callable")
        if isinstance(__obj, Macro):  # a macro call costs some ten reads: weigh it so
            __self.steps += 4
        if isinstance(__obj, LoopContext) and args:  # loop(children) of a recursive for loop
            args = (__self.counted_loop(args[0]), *args[1:])
        return __context.call(__obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.step()
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
            if max(1, abs(left).bit_length()) * right > MAX_INT_BITS:
                raise TemplateLimitError("TemplateLimit: number")
        elif operator == "*" and _repeated_size(left, right) > MAX_TEXT:
            raise TemplateLimitError("TemplateLimit: value")
        elif operator == "*" and isinstance(left, int) and isinstance(right, int):
            if abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
                raise TemplateLimitError("TemplateLimit: number")
        elif operator == "%" and isinstance(left, str):
            _format_width(left)
        return self.checked(super().call_binop(context, operator, left, right))


@contextmanager
def memory_ceiling(headroom: int = 4 << 30) -> Iterator[None]:
    """While a template renders, the process may grow by `headroom` bytes at most (Linux): the
    limits above stop the common runaways with a clear message, this stops any other one with a
    MemoryError instead of the machine's out-of-memory killer. nhnorm renders in one thread."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * resource.getpagesize()
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError, IndexError):  # not Linux: the limits above only
        yield
        return
    ceiling = current + headroom if hard == resource.RLIM_INFINITY else min(current + headroom, hard)
    if soft != resource.RLIM_INFINITY and soft <= ceiling:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _repeated_size(left: Any, right: Any) -> int:
    """The size of `text * n` or `n * list`, before Python makes it."""
    if isinstance(right, int):
        return _size(left) * right
    return _size(right) * left if isinstance(left, int) else 0


@pass_environment
def _attr(environment: DataSandbox, obj: Any, name: Any) -> Any:
    """`obj|attr(name)` by the same rule as `obj.name` (Jinja's own reads the attribute first)."""
    return environment.getattr(obj, str(name))


def _is_template_module(obj: Any) -> bool:
    from jinja2.environment import TemplateModule

    return isinstance(obj, TemplateModule)


def _width(value: Any) -> int:
    return len(value) if isinstance(value, str) else int(value) if isinstance(value, int) else 0


def _format_width(text: str) -> int:
    """Refuses a field width or precision no report needs before Python allocates it."""
    if _WIDTH_FROM_ARGUMENT.search(text) or any(int(run) > MAX_WIDTH for run in _WIDTH.findall(text)):
        raise TemplateLimitError("TemplateLimit: width")
    return len(text)


def _joined_size(items: Any, separator: Any = "", attribute: Any = None) -> int:
    if not isinstance(items, list | tuple | str | dict):
        return 0
    values = list(items)
    return sum(_size(item) for item in values) + len(values) * _width(separator)


def _checked_filter(original: Callable[..., Any], size: Callable[..., int]) -> Callable[..., Any]:
    """The filter, refused when the text it would make is larger than any report needs; the size is
    estimated from the arguments, before the filter allocates it."""

    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            estimate = size(*_plain_args(original, args), **kwargs)
        except (TypeError, ValueError):
            estimate = 0  # the filter itself will say what is wrong with its arguments
        if estimate > MAX_TEXT:
            raise TemplateLimitError("TemplateLimit: value")
        result = original(*args, **kwargs)
        if _size(result) > MAX_TEXT:
            raise TemplateLimitError("TemplateLimit: value")
        return result

    for marker in ("jinja_pass_arg",):  # pass_environment / pass_eval_context filters keep theirs
        if hasattr(original, marker):
            setattr(checked, marker, getattr(original, marker))
    checked.__name__ = getattr(original, "__name__", "filter")
    return checked


def _plain_args(original: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The filter's own arguments, without the environment or eval context Jinja passes first."""
    return args[1:] if hasattr(original, "jinja_pass_arg") else args

"""Waiters declared in `sdkgen.toml` (`[waiters.<method>]`, after boto3's waiter definitions):
which operation to poll, the acceptors that turn its result (or error) into success, failure or
another poll, and the timing. Read here into `ir.Waiter`s of the polled operation's resource.

    [tool.sdkgen.waiters.wait_for_generation]
    operation = "getGenerationById"          # operationId (or the method name)
    delay = 2.0                              # seconds before the second poll
    backoff = 1.5                            # delay multiplier per poll, capped by max_delay
    max_delay = 10.0
    timeout = 300.0                          # or max_attempts = 60
    [[tool.sdkgen.waiters.wait_for_generation.acceptors]]
    state = "success"                        # success | failure | retry
    matcher = "equals"                       # equals | any_equals | all_equal | status | error
    path = "generations_by_pk.status"        # wire names, dotted (value matchers)
    expected = ["COMPLETE"]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from generator import naming
from generator.errors import ConfigError
from generator.ir import model as ir
from generator.sdk.paging import Models

_STATES = ("success", "failure", "retry")
_MATCHERS = ("equals", "any_equals", "all_equal", "status", "error")
_NUMBERS = ("delay", "max_delay", "backoff", "jitter", "timeout")
_EXAMPLE = ("example_start", "example_id", "example_show")
_KNOWN = {"operation", "acceptors", "max_attempts", "description", *_NUMBERS, *_EXAMPLE}


def find_operation(
    name: str, settings: Mapping[str, Any], operations: Sequence[ir.Operation]
) -> ir.Operation:
    target = settings.get("operation")
    if not isinstance(target, str) or not target:
        raise ConfigError(f"waiter {name}: `operation` (an operationId) is required")
    found = [op for op in operations if target in (op.operation_id, op.name)]
    if not found:
        raise ConfigError(f"waiter {name}: no operation {target!r} in the spec")
    return found[0]


def build_waiter(
    name: str,
    settings: Mapping[str, Any],
    operation: ir.Operation,
    models: Models,
    method_names: naming.Namespace,
    operations: Sequence[ir.Operation] = (),
) -> ir.Waiter:
    unknown = sorted(set(settings) - _KNOWN)
    if unknown:
        raise ConfigError(f"waiter {name}: unknown setting(s): {', '.join(unknown)}")
    if not name.isidentifier() or naming.member(name, fallback="wait") != name:
        raise ConfigError(f"waiter {name!r}: the name must be a snake_case Python identifier")
    acceptors = settings.get("acceptors")
    if not isinstance(acceptors, list) or not acceptors:
        raise ConfigError(f"waiter {name}: `acceptors` must list at least one acceptor")
    built = tuple(_acceptor(name, a, operation, models) for a in acceptors)
    if not any(a.state == "success" for a in built):
        raise ConfigError(f'waiter {name}: no acceptor has state = "success"')
    numbers: dict[str, float] = {}
    for key in _NUMBERS:
        if key in settings:
            value = settings[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ConfigError(f"waiter {name}: {key} must be a non-negative number")
            numbers[key] = float(value)
    attempts = settings.get("max_attempts")
    if attempts is not None and (not isinstance(attempts, int) or attempts < 1):
        raise ConfigError(f"waiter {name}: max_attempts must be a positive integer")
    start = ""
    start_id: tuple[str, ...] = ()
    show: tuple[str, ...] = ()
    show_item = ""
    if "example_start" in settings:
        started = find_operation(name, {"operation": settings["example_start"]}, operations)
        start = started.name
        start_id = _attribute_path(name, str(settings.get("example_id", "")), started, models)
        if "example_show" in settings:
            listed, _, item = str(settings["example_show"]).partition("[].")
            show = _attribute_path(name, listed, operation, models)
            if item:
                show_item = _item_attribute(name, listed, item, operation, models)
    claimed = method_names.claim(name)
    if claimed != name:
        raise ConfigError(f"waiter {name}: the resource already has a method of that name")
    return ir.Waiter(
        name=name,
        operation=operation.name,
        acceptors=built,
        max_attempts=attempts,
        description=str(settings.get("description", "")),
        example_start=start,
        example_id=start_id,
        example_show=show,
        example_show_item=show_item,
        **numbers,
    )


def _acceptor(name: str, raw: object, operation: ir.Operation, models: Models) -> ir.Acceptor:
    if not isinstance(raw, dict):
        raise ConfigError(f"waiter {name}: each acceptor must be a table")
    state, matcher = raw.get("state"), raw.get("matcher", "equals")
    if state not in _STATES:
        raise ConfigError(f"waiter {name}: acceptor state must be one of {', '.join(_STATES)}")
    if matcher not in _MATCHERS:
        raise ConfigError(f"waiter {name}: acceptor matcher must be one of {', '.join(_MATCHERS)}")
    expected = raw.get("expected", [])
    expected = expected if isinstance(expected, list) else [expected]
    if not all(isinstance(v, (str, int, float, bool)) for v in expected):
        raise ConfigError(f"waiter {name}: acceptor `expected` values must be scalars")
    path: tuple[str, ...] = ()
    if matcher in ("equals", "any_equals", "all_equal"):
        path = _attribute_path(name, str(raw.get("path", "")), operation, models)
    return ir.Acceptor(
        state=cast(Any, state), matcher=cast(Any, matcher), expected=tuple(expected), path=path
    )


def _attribute_path(
    name: str, dotted: str, operation: ir.Operation, models: Models
) -> tuple[str, ...]:
    """Wire names (as the spec spells the response) → the Python attributes of the result."""
    parts = [p for p in dotted.split(".") if p]
    if not parts:
        raise ConfigError(f"waiter {name}: a value acceptor needs a `path` into the response")
    current = operation.return_type
    attributes: list[str] = []
    for part in parts:
        inner = current.inner if isinstance(current, ir.Nullable) else current
        fields = models[inner.name].fields if isinstance(inner, ir.ModelRef) else ()
        found = next((f for f in fields if f.wire_name == part), None)
        if found is None:
            raise ConfigError(
                f"waiter {name}: the response of {operation.operation_id} has no {dotted!r}"
            )
        attributes.append(found.name)
        current = found.type
    return tuple(attributes)


def _item_attribute(
    name: str, listed: str, item: str, operation: ir.Operation, models: Models
) -> str:
    """The attribute `item` (a wire name) of the items of the list at `listed`."""
    current = operation.return_type
    for part in [p for p in listed.split(".") if p]:
        inner = current.inner if isinstance(current, ir.Nullable) else current
        fields = models[inner.name].fields if isinstance(inner, ir.ModelRef) else ()
        current = next((f.type for f in fields if f.wire_name == part), None)
    inner = current.inner if isinstance(current, ir.Nullable) else current
    element = inner.item if isinstance(inner, ir.ListOf) else None
    element = element.inner if isinstance(element, ir.Nullable) else element
    fields = models[element.name].fields if isinstance(element, ir.ModelRef) else ()
    found = next((f.name for f in fields if f.wire_name == item), None)
    if found is None:
        raise ConfigError(f"waiter {name}: the items of {listed!r} have no {item!r}")
    return found

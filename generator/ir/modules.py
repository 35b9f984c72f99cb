"""Build stage, modules: place every named type in a module under `models/`.

Each type gets its own module, except types that refer to each other in a cycle: those share one
module (a strongly connected component), so module imports always form a DAG and every module can
import what it needs at the top.

Module names are the snake_case of the first class name in them, made unique; names the models
package itself uses (`__init__`, and `import_module`/`annotations`, which a submodule of that
name would overwrite in the package's namespace) are never taken. The names are file names too, so
they are chosen by `filenames.Directory` (short enough, no Windows device names, distinct in any
case).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Protocol

from generator import filenames, naming
from generator.ir import model as ir


class _Draft(Protocol):
    name: str
    fields: list[ir.Field]
    description: ir.SpecText | None  # type: ignore[name-defined]
    additional: ir.TypeRef | None
    bases: list[str]
    deprecated: bool
    source: str
    closed: bool


RESERVED_MODULES = frozenset({"__init__", "import_module", "annotations", "TYPE_CHECKING"})


def referenced_names(type_ref: ir.TypeRef | None) -> Iterator[str]:
    """Names of the models, enums and aliases a type mentions, in order."""
    stack: list[ir.TypeRef] = [type_ref] if type_ref is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, (ir.ModelRef, ir.EnumRef, ir.AliasRef)):
            yield current.name
        elif isinstance(current, (ir.ListOf,)):
            stack.append(current.item)
        elif isinstance(current, ir.MapOf):
            stack.append(current.value)
        elif isinstance(current, ir.Nullable):
            stack.append(current.inner)
        elif isinstance(current, ir.UnionOf):
            stack.extend(reversed(current.variants))


def strongly_connected(graph: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (specs can be deep); components in dependency-first order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child_index = work.pop()
            if child_index == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph.get(node, [])
            if child_index < len(children):
                work.append((node, child_index + 1))
                child = children[child_index]
                if child not in graph:
                    continue
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


def assign_modules(
    drafts: Mapping[str, _Draft],
    enums: Mapping[str, ir.Enum],
    aliases: Mapping[str, ir.Alias],
) -> tuple[tuple[ir.Model, ...], tuple[ir.Enum, ...], tuple[ir.Alias, ...]]:
    graph: dict[str, list[str]] = {}
    for name, draft in drafts.items():
        deps = [n for f in draft.fields for n in referenced_names(f.type)]
        deps += list(referenced_names(draft.additional))
        graph[name] = list(dict.fromkeys(deps))
    for name in enums:
        graph[name] = []
    for name, alias in aliases.items():
        graph[name] = list(dict.fromkeys(referenced_names(alias.type)))
    module_of: dict[str, str] = {}
    modules = filenames.Directory(RESERVED_MODULES, reserve=filenames.PYTHON_MODULE_RESERVE)
    for component in sorted(strongly_connected(graph), key=lambda c: c[0]):
        module = modules.claim(naming.snake(component[0], fallback="model"))
        for name in component:
            module_of[name] = module
    models = tuple(
        ir.Model(
            name=name,
            module=module_of[name],
            fields=tuple(d.fields),
            description=d.description,
            additional_properties=d.additional,
            bases=tuple(d.bases),
            deprecated=d.deprecated,
            source=d.source,
            closed=d.closed,
        )
        for name, d in sorted(drafts.items())
    )
    return (
        models,
        tuple(replace(e, module=module_of[e.name]) for _, e in sorted(enums.items())),
        tuple(replace(a, module=module_of[a.name]) for _, a in sorted(aliases.items())),
    )

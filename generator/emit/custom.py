"""Hand-written code the generated code calls: mixins found in the user's `_custom/` folder.

A class `<Generated>Custom` defined at the top level of a module of `src/<package>/_custom/`
in the existing output (`GenerationResourceCustom`, `AsyncGenerationResourceCustom`,
`LeonardoCustom`, `AsyncLeonardoCustom`) is mixed into the generated class `<Generated>`:
`class GenerationResource(GenerationResourceCustom, SyncResource)`. Its methods become methods of
the resource or client; an `__init__` of a client mixin runs at client construction (it is next
in the MRO after the generated `__init__`), which is where hooks are registered.

The modules are read, never imported (the output is not trusted code to run at generation time):
`ast` finds the class names. A `...Custom` class that names no generated class any more (its
resource left the spec) is a conflict: reported as a warning with its file and line, and the file
is kept as it is (the folder is the user's; see `output.write`).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from generator.config import CUSTOM_DIR, GeneratorConfig
from generator.ir.model import Api

MIXIN_SUFFIX = "Custom"


@dataclass(frozen=True)
class CustomCode:
    mixins: tuple[tuple[str, str], ...]  # generated class name → module, "_custom.generation"
    warnings: tuple[str, ...]


def generated_classes(api: Api, cfg: GeneratorConfig) -> set[str]:
    """The classes a mixin can extend: each resource and client, sync and async."""
    names = {cfg.client_name, *(r.class_name for r in api.resources)}
    return names | {f"Async{name}" for name in names}


def find_custom_code(out_dir: Path, api: Api, cfg: GeneratorConfig) -> CustomCode:
    """The mixins of the output's `_custom/` folder (none when it is absent or not user-owned)."""
    folder = out_dir / "src" / cfg.package_name / CUSTOM_DIR
    owned = f"src/{cfg.package_name}/{CUSTOM_DIR}"
    if not folder.is_dir() or not any(p.rstrip("/") == owned for p in cfg.custom_paths):
        return CustomCode((), ())
    targets = generated_classes(api, cfg)
    mixins: dict[str, str] = {}
    warnings: list[str] = []
    for path in sorted(folder.glob("*.py")):
        module = f"{CUSTOM_DIR}.{path.stem}"
        try:
            tree = ast.parse(path.read_bytes(), filename=str(path))
        except (SyntaxError, ValueError) as exc:
            warnings.append(f"{path}: not valid Python, its mixins are not used: {exc}")
            continue
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or not node.name.endswith(MIXIN_SUFFIX):
                continue
            target = node.name.removesuffix(MIXIN_SUFFIX)
            where = f"{path}:{node.lineno}"
            if target not in targets:
                warnings.append(
                    f"{where}: custom class {node.name} extends no generated class {target} (was "
                    "it removed from the spec?); the file is kept but the class is not used"
                )
            elif target in mixins:
                warnings.append(
                    f"{where}: {node.name} is also defined in {mixins[target]}; that one is used"
                )
            else:
                mixins[target] = module
    return CustomCode(tuple(sorted(mixins.items())), tuple(warnings))

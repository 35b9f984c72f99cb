"""The state the schema build of one API shares between its parts (objects, unions, enums): the
spec, the registries of named types, class names, warnings once per place; and the operations
each part asks of the whole (`type_of` and friends, implemented by `SchemaBuilder`)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from generator import naming
from generator.errors import Location
from generator.escaping import SpecText
from generator.ir import model as ir
from generator.ir.schema_keywords import Key, Site
from generator.ir.schema_naming import place_name
from generator.spec.load import Spec

Warn = Callable[[str, Location], None]


@dataclass
class ModelDraft:
    name: str
    fields: list[ir.Field] = field(default_factory=list)
    description: SpecText | None = None
    additional: ir.TypeRef | None = None
    bases: list[str] = field(default_factory=list)
    deprecated: bool = False
    source: str = ""
    closed: bool = False


class SchemaContext(ABC):
    """Registries and names of one API's schema build."""

    def __init__(self, spec: Spec, warn: Warn, class_names: naming.Namespace) -> None:
        self.spec = spec
        self.warn = warn
        self.class_names = class_names
        self.models: dict[str, ModelDraft] = {}
        self.enums: dict[str, ir.Enum] = {}
        self.aliases: dict[str, ir.Alias] = {}
        self.types: dict[Key, ir.TypeRef] = {}
        self.component_names: dict[Key, str] = {}
        self.warned: set[tuple[str, Key]] = set()

    def warn_once(self, message: str, site: Site) -> None:
        if (message, site.key) not in self.warned:
            self.warned.add((message, site.key))
            self.warn(message, site.location)

    def class_name(self, site: Site, hint: str) -> str:
        return self.component_names.get(site.key) or self.class_names.claim(
            naming.pascal(self.place_name(site) or hint)
        )

    def place_name(self, site: Site) -> str | None:
        """A readable, stable name for a schema from where it is written (`schema_naming`)."""
        return place_name(self.spec.root, site)

    @abstractmethod
    def type_of(self, site: Site, hint: str) -> ir.TypeRef:
        """The IR type of the schema at `site`; `hint` names an inline class built for it."""

    @abstractmethod
    def build_core(self, site: Site, hint: str) -> ir.TypeRef:
        """The type of a schema read from its keywords (no registry, no nullability)."""

    @abstractmethod
    def model(self, site: Site, hint: str) -> ir.TypeRef:
        """The model class of an object schema (its `allOf` parts merged)."""

    @abstractmethod
    def becomes_class(self, site: Site) -> bool:
        """Whether the schema becomes a named class (a model or an enum)."""

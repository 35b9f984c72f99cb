"""Schema build, unions: `oneOf`/`anyOf` → a union (a named alias for a component schema), its
discriminator read from `mapping` and from `$ref` variants, aliases guarded against containing
themselves."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError
from generator.ir import model as ir
from generator.ir.schema_context import SchemaContext
from generator.ir.schema_keywords import Site, constrains_only, non_null_variants, spec_text
from generator.ir.schema_types import union_of
from generator.spec.load import join_pointer, split_pointer


class UnionBuilder:
    """Unions, their discriminators and named aliases of one API's schemas."""

    def __init__(self, ctx: SchemaContext) -> None:
        self.ctx = ctx

    def guard_alias(self, name: str, type_ref: ir.TypeRef, site: Site) -> ir.TypeRef:
        """Replace references of an alias to itself that no list, map or model separates from
        it (`A = A | str` cannot be written as a type) by Any, with a warning."""
        me = ir.AliasRef(name)

        def strip(current: ir.TypeRef) -> ir.TypeRef:
            if current == me:
                self.ctx.warn_once("schema is a union containing itself; that variant is Any", site)
                return ir.Primitive("any")
            if isinstance(current, ir.Nullable):
                return ir.Nullable(strip(current.inner))
            if isinstance(current, ir.UnionOf):
                variants = tuple(strip(v) for v in current.variants)
                return union_of(variants, current.discriminator)
            return current

        return strip(type_ref)

    def union(self, site: Site, union_key: str, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        indices = non_null_variants(value[union_key])
        has_null = len(indices) < len(value[union_key])
        if isinstance(value.get("properties"), dict) and value["properties"]:
            own = set(value["properties"])
            if not all(constrains_only(v, own) for v in value[union_key]):
                self.ctx.warn_once(
                    f"{union_key} beside `properties`: generated as the object with its own "
                    "properties; variant fields stay in additional_properties",
                    site,
                )
            model = self.ctx.model(site, hint)
            return ir.Nullable(model) if has_null else model
        if not indices:
            return ir.Primitive("none")
        if len(indices) == 1:
            only = self.ctx.type_of(site.child(union_key, indices[0]), hint)
            return ir.Nullable(only) if has_null and not isinstance(only, ir.Nullable) else only
        name = self.ctx.component_names.get(site.key, "")
        if name:
            self.ctx.types[site.key] = ir.AliasRef(name)  # registered first: variants refer back
        variants: list[ir.TypeRef] = []
        for index in indices:
            variant_site = site.child(union_key, index)
            variants.append(self.ctx.type_of(variant_site, f"{hint}Variant{index + 1}"))
        union = union_of(tuple(variants))
        if name:
            union = self.guard_alias(name, union, site)
        inner = union.inner if isinstance(union, ir.Nullable) else union
        if isinstance(inner, ir.UnionOf):
            tagged = self._tagged(site, union_key, inner.variants)
            union = ir.Nullable(tagged) if isinstance(union, ir.Nullable) else tagged
        if has_null and not isinstance(union, ir.Nullable):
            union = ir.Nullable(union)  # in the alias itself: recursive references admit null too
        if not name:
            return union
        self.ctx.aliases[name] = ir.Alias(
            name,
            "",
            union,
            spec_text(value.get("description")) or spec_text(value.get("title")),
            site.pointer,
        )
        return ir.AliasRef(name)

    def _tagged(self, site: Site, union_key: str, variants: tuple[ir.TypeRef, ...]) -> ir.UnionOf:
        """The union with its discriminator. A mapping may name schemas that are not among the
        variants (real specs do: a subtype added to the mapping only); the server sends them
        under their tag, so they become variants too, after the listed ones: the annotation
        stays honest and the decoder can build them."""
        discriminator = self._discriminator(site, union_key, variants)
        if discriminator is None:
            return ir.UnionOf(variants)
        extra = tuple(
            dict.fromkeys(
                ir.ModelRef(name)
                for _, name in discriminator.mapping
                if ir.ModelRef(name) not in variants
            )
        )
        if extra:
            self.ctx.warn_once(
                "discriminator mapping names schemas outside the "
                f"{union_key} ({', '.join(m.name for m in extra)}): added as variants",
                site,
            )
        return ir.UnionOf(variants + extra, discriminator)

    def _discriminator(
        self, site: Site, union_key: str, variants: tuple[ir.TypeRef, ...]
    ) -> ir.Discriminator | None:
        spec = site.value.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        if not any(isinstance(v, ir.ModelRef) for v in variants):
            self.ctx.warn_once(
                "discriminator ignored: no variant is an object schema; variants are tried in "
                "the documented order",
                site,
            )
            return None
        # Variants that are not objects (an array, a string) cannot carry the tag: they are
        # decoded by their JSON type, which decode_tagged falls back to for non-objects.
        mapping: list[tuple[str, str]] = []
        explicit = spec.get("mapping")
        if isinstance(explicit, dict):
            for tag, ref in explicit.items():
                if not isinstance(ref, str):
                    continue
                ref_value = ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}"
                at = join_pointer(site.pointer, "discriminator", "mapping", tag)
                try:
                    target = self.ctx.type_of(Site({"$ref": ref_value}, site.document, at), "Model")
                except SpecError as exc:
                    # Validators do not resolve mapping values (bundlers leave stale file
                    # paths there): a tag whose schema cannot be found is decoded as unknown.
                    # Reported once, where the entry is written.
                    message = f"discriminator mapping entry ignored: {exc.message}"
                    if (message, (str(site.document.path), at)) not in self.ctx.warned:
                        self.ctx.warned.add((message, (str(site.document.path), at)))
                        self.ctx.warn(message, exc.location)
                    continue
                if isinstance(target, ir.Nullable):
                    target = target.inner
                if isinstance(target, ir.ModelRef):
                    mapping.append((str(tag), target.name))
        # Variants not named in the mapping are matched by their component name (OpenAPI rule).
        mapped = {name for _, name in mapping}
        tags = {tag for tag, _ in mapping}
        raw_variants = site.value[union_key]
        for index in non_null_variants(raw_variants):
            variant = raw_variants[index]
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                variant_site = site.child(union_key, index)
                at = join_pointer(variant_site.pointer, "$ref")
                # The target's pointer, not the ref's text: `#pet` names a schema by `$anchor`.
                target_pointer = self.ctx.spec.resolve(variant["$ref"], site.document, at).pointer
                tag = split_pointer(target_pointer or "/")[-1]
                kind = self.ctx.type_of(variant_site, "Model")
                if isinstance(kind, ir.ModelRef) and kind.name not in mapped and tag not in tags:
                    mapping.append((tag, kind.name))
                    mapped.add(kind.name)
        if not mapping:
            self.ctx.warn_once(
                "discriminator without a mapping and without $ref variants to name the tags: "
                "variants are tried in the documented order",
                site,
            )
            return None
        return ir.Discriminator(spec["propertyName"], tuple(mapping))

"""IR type algebra the schema build needs: unions simplified (one variant is itself, Any absorbs
the rest, nested unions flatten, null becomes `Nullable`) and literals."""

from __future__ import annotations

from generator.ir import model as ir

NO_NULLABLE = (ir.Primitive("none"), ir.Primitive("any"))  # already admit None


def union_of(
    variants: tuple[ir.TypeRef, ...], discriminator: ir.Discriminator | None = None
) -> ir.TypeRef:
    """A union, simplified: one variant is itself; Any absorbs the rest; nested unions flatten."""
    flat: list[ir.TypeRef] = []
    nullable = False
    for variant in variants:
        if isinstance(variant, ir.Nullable):
            nullable = True
            variant = variant.inner
        members = variant.variants if isinstance(variant, ir.UnionOf) else (variant,)
        for member in members:
            if member == ir.Primitive("none"):
                nullable = True
            elif all(type_key(member) != type_key(seen) for seen in flat):
                flat.append(member)
    result: ir.TypeRef
    if ir.Primitive("any") in flat:
        result = ir.Primitive("any")
    elif not flat:
        result = ir.Primitive("none")
    elif len(flat) == 1:
        result = flat[0]
    else:
        result = ir.UnionOf(tuple(flat), discriminator)
    if nullable and result not in (ir.Primitive("any"), ir.Primitive("none")):
        return ir.Nullable(result)
    return result


def type_key(type_ref: ir.TypeRef) -> object:
    """Identity of a type for de-duplication: `Literal[1]` and `Literal[True]` differ."""
    if isinstance(type_ref, ir.LiteralOf):
        return (type(type_ref.value), type_ref.value)
    return type_ref


def literal(value: str | int | float | bool) -> ir.TypeRef:
    if isinstance(value, float):
        return ir.Primitive("float")
    return ir.LiteralOf(value)

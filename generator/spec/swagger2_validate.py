"""Validation of Swagger 2.0 input: what the validate stage does differently for a converted spec.

- structure (validate.py, `structure_problems(spec.source.root, "2.0")`): the *original* 2.0
  root document against the official Swagger 2.0 JSON schema
  (`openapi_schemas/swagger-2.0-schema.json`, draft-04), located in the 2.0 file, as
  openapi-spec-validator 0.9's `OpenAPIV2SpecValidator` checks it. The converted 3.0 document is
  not checked against the 3.0 meta-schema: it is our own output, so a problem there is either one
  the 2.0 schema reported already (twice, about text the user never wrote) or a converter bug;
- meaning: the usual walk runs over the converted documents (its messages are located in the
  2.0 files through `ConvertedDocument.location`). The reference's 2.0 walk goes only where
  `paths` lead (the 2.0 validator has no `components` to start from), so `reach` repeats that:
  a finding only in an unused definition is a warning, never a refusal; the request bodies made
  of body and formData parameters are reached, as the reference reaches those parameters.
"""

from __future__ import annotations

from typing import TypeGuard

from generator.spec.load import Spec, join_pointer
from generator.spec.reach import Reach, _ReferenceWalk, reference_reach
from generator.spec.swagger2 import CONVERTER_VERSION, ConvertedSpec


def is_converted(spec: Spec) -> TypeGuard[ConvertedSpec]:
    return isinstance(spec, ConvertedSpec)


def reach(spec: Spec) -> Reach:
    """What the reference's checks reach: for a converted spec only what `paths` lead to."""
    if not is_converted(spec):
        return reference_reach(spec)
    found = Reach()
    walk = _ReferenceWalk(spec, found)
    paths = spec.root.data.get("paths")
    for url, item in paths.items() if isinstance(paths, dict) else ():
        at = join_pointer("/paths", url)
        walk.path_item(item, spec.root, at)
        # body and formData parameters (request bodies now) are parameters to the reference
        for method, operation in item.items() if isinstance(item, dict) else ():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            content = body.get("content") if isinstance(body, dict) else None
            for media_type, media in content.items() if isinstance(content, dict) else ():
                if isinstance(media, dict) and "schema" in media:
                    where = join_pointer(at, method, "requestBody", "content", media_type)
                    walk.schema_root(media["schema"], spec.root, join_pointer(where, "schema"))
    return found


def cache_tag(spec: Spec) -> str:
    """Part of the validation cache key: the converter's version for a converted spec."""
    return f"swagger2 {CONVERTER_VERSION}" if is_converted(spec) else ""

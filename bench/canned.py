"""Canned, realistic API responses built from the shapes in `spec/leonardo-generation.yaml`.

Every object is filled with all the properties its schema declares (the worst case for a typed
client), with values chosen by property name: UUIDs for ids, CDN URLs for urls, ISO timestamps,
real-looking prompts, enum members for enum-typed fields. Output is deterministic (seeded), so all
clients parse exactly the same bytes. `write_fixtures()` stores them in `.cache/bench/canned/`,
where `runtime_worker.py` (running in any venv, stdlib + httpx only) reads them.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml
from _common import CACHE, ROOT

SPEC = ROOT / "spec" / "leonardo-generation.yaml"
FIXTURES = CACHE / "canned"

LIST_GENERATIONS = 1000
IMAGES_PER_GENERATION = 4

PROMPTS = [
    "a lighthouse on a basalt cliff at dusk, volumetric fog, cinematic lighting, 35mm",
    "portrait of an elderly fisherman, weathered skin, soft window light, hyperrealistic",
    "isometric cozy reading nook with plants and a cat, pastel palette, 3d render",
    "cyberpunk street market in the rain, neon reflections, wide angle, highly detailed",
    "watercolor map of an imaginary archipelago, hand lettering, vintage paper texture",
    "macro photo of a dew-covered dragonfly wing, shallow depth of field, bokeh",
]
NEGATIVE = "blurry, low quality, extra fingers, watermark, text, deformed"

# Array lengths by property name; anything else gets one item.
ARRAY_LENGTHS = {
    "generations": LIST_GENERATIONS,
    "generated_images": IMAGES_PER_GENERATION,
    "generated_image_variation_generics": 1,
    "generation_elements": 1,
}


class Sampler:
    """Turns a JSON schema of the spec into one realistic instance."""

    def __init__(self, spec: dict[str, Any], seed: int = 20260401) -> None:
        self.spec = spec
        self.rng = random.Random(seed)
        self.clock = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.spec
            for token in schema["$ref"].lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def value(self, schema: dict[str, Any], name: str = "") -> Any:
        schema = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [self.resolve(b) for b in schema[key]]
                usable = [b for b in branches if b.get("type") != "null"]
                return self.value(usable[0] if usable else branches[0], name)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}}
            for part in schema["allOf"]:
                merged["properties"].update(self.resolve(part).get("properties", {}))
            return self.value(merged, name)
        if "enum" in schema:
            members = [m for m in schema["enum"] if m is not None]
            return self.rng.choice(members)
        kind = schema.get("type", "object" if "properties" in schema else "string")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            properties = schema.get("properties", {})
            return {key: self.value(sub, key) for key, sub in properties.items()}
        if kind == "array":
            count = ARRAY_LENGTHS.get(name, 1)
            return [self.value(schema.get("items", {}), name) for _ in range(count)]
        if kind == "string":
            return self.string(name)
        if kind == "integer":
            return self.integer(name)
        if kind == "number":
            return self.number(name)
        if kind == "boolean":
            return self.rng.random() < 0.3
        return None

    def string(self, name: str) -> str:
        lowered = name.lower()
        if lowered in ("prompt",):
            return self.rng.choice(PROMPTS)
        if lowered == "negativeprompt":
            return NEGATIVE
        if "url" in lowered:
            ext = "mp4" if "mp4" in lowered else "jpg"
            return (
                f"https://cdn.leonardo.ai/users/{self.uuid()}/generations/{self.uuid()}/"
                f"Leonardo_Phoenix_{self.rng.randrange(10**6):06d}.{ext}"
            )
        if lowered in ("createdat", "updatedat"):
            self.clock += timedelta(seconds=self.rng.randrange(30, 3600))
            return self.clock.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        if lowered in ("id", "akuuid", "generationid") or lowered.endswith(("id", "uuid")):
            return self.uuid()
        if lowered in ("promptmagicversion", "photorealversion"):
            return "v2"
        if lowered == "amount":
            return f"{self.rng.randrange(4, 40)}"
        if lowered == "motionmodel":
            return "SVD"
        if lowered == "name":
            return self.rng.choice(["Crystal Deco", "Toxic Punk", "Glass Sculptures"])
        if lowered == "description":
            return "An element that adds a polished, stylised finish."
        return "text"

    def integer(self, name: str) -> int:
        lowered = name.lower()
        if lowered in ("imagewidth", "width"):
            return 1024
        if lowered in ("imageheight", "height"):
            return 768
        if lowered == "seed":
            return self.rng.randrange(2_000_000_000)
        if lowered == "inferencesteps":
            return 30
        if lowered == "likecount":
            return self.rng.randrange(0, 250)
        if lowered.startswith("weight"):
            return 1
        if lowered == "motionstrength":
            return 5
        if lowered in ("apicreditcost", "id"):
            return self.rng.randrange(1, 10**9)
        return self.rng.randrange(0, 100)

    def number(self, name: str) -> float:
        lowered = name.lower()
        if lowered == "guidancescale":
            return 7.0
        if "strength" in lowered:
            return self.rng.choice([0.45, 0.5, 0.55])
        return round(self.rng.uniform(0.1, 1.0), 2)


def load_spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def response_schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation = spec["paths"][path][method]
    schema: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


# The ten body fields sent by the create_generation measure (wire names; the same call for every
# client). Checked against the spec's CreateGenerationRequest below.
CREATE_BODY: dict[str, Any] = {
    "prompt": PROMPTS[0],
    "negative_prompt": NEGATIVE,
    "modelId": "b24e16ff-06e3-43eb-8d33-4416c2d75876",
    "width": 1024,
    "height": 768,
    "num_images": 4,
    "guidance_scale": 7.0,
    "presetStyle": "DYNAMIC",
    "alchemy": True,
    "seed": 424242,
}

GENERATION_ID = "0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45"
USER_ID = "3c9e1f7a-2b4d-4a6e-8f1c-5e7d9b2a4c60"


def build() -> dict[str, bytes]:
    spec = load_spec()
    request_props = spec["components"]["schemas"]["CreateGenerationRequest"]["properties"]
    unknown = sorted(set(CREATE_BODY) - set(request_props))
    if unknown:
        raise ValueError(f"CREATE_BODY fields not in CreateGenerationRequest: {unknown}")
    sampler = Sampler(spec)
    bodies = {
        "get_generation": sampler.value(response_schema(spec, "/generations/{id}", "get")),
        "create_generation": sampler.value(response_schema(spec, "/generations", "post")),
        "list_generations": sampler.value(
            response_schema(spec, "/generations/user/{userId}", "get")
        ),
    }
    # The requested generation is the one asked for, and a job is complete with its images.
    bodies["get_generation"]["generations_by_pk"]["id"] = GENERATION_ID
    bodies["get_generation"]["generations_by_pk"]["status"] = "COMPLETE"
    return {name: json.dumps(body, separators=(",", ":")).encode() for name, body in bodies.items()}


def write_fixtures() -> Path:
    """Write the canned bodies and the request parameters; return the fixture directory."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, body in build().items():
        (FIXTURES / f"{name}.json").write_bytes(body)
    (FIXTURES / "requests.json").write_text(
        json.dumps(
            {"create_body": CREATE_BODY, "generation_id": GENERATION_ID, "user_id": USER_ID},
            indent=2,
        )
    )
    return FIXTURES


if __name__ == "__main__":
    directory = write_fixtures()
    for path in sorted(directory.glob("*.json")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")

"""Generated models: Pet."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, ClassVar, Literal

from .._serde import (
    BaseModel,
    decode_base64,
    decode_tagged,
    encode_base64,
    expect,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    to_jsonable,
)
from .._types import NOT_GIVEN, NotGiven
from .company import Company
from .kind import Kind
from .person import Person


class Pet(BaseModel):
    """The `Pet` model.

    Attributes:
        id: Read-only: set by the server; not needed when sending.
        created_at: The `createdAt` property.
        name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
        kind: The `kind` property.
        tag: The `tag` property.
        class_: A Python keyword as a name.
        user_id_2: The `userId` property.
        user_id: The `user_id` property.
        birthday: The `birthday` property.
        photo: The `photo` property.
        owner: The `owner` property.
        scores: The `scores` property.
        const: The `const` property.
    """

    __slots__ = (
        "birthday",
        "class_",
        "const",
        "created_at",
        "id",
        "kind",
        "name",
        "owner",
        "photo",
        "scores",
        "tag",
        "user_id",
        "user_id_2",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "created_at": "createdAt",
        "name": "name",
        "kind": "kind",
        "tag": "tag",
        "class_": "class",
        "user_id_2": "userId",
        "user_id": "user_id",
        "birthday": "birthday",
        "photo": "photo",
        "owner": "owner",
        "scores": "scores",
        "const": "const",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"id", "name", "kind"})

    id: int | None
    """Read-only: set by the server; not needed when sending."""

    created_at: datetime | None

    name: str
    """Name with "quotes", a \\ backslash and \x7b{ braces }}."""

    kind: Kind

    tag: str | None

    class_: str | None
    """A Python keyword as a name."""

    user_id_2: str | None

    user_id: str | None

    birthday: date | None

    photo: bytes | None

    owner: Person | Company | None

    scores: dict[str, float] | None

    const: Literal["fixed"] | None

    def __init__(
        self,
        *,
        name: str,
        kind: Kind | str,
        id: int | NotGiven = NOT_GIVEN,
        created_at: datetime | NotGiven = NOT_GIVEN,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        owner: Person | Company | NotGiven = NOT_GIVEN,
        scores: dict[str, float] | NotGiven = NOT_GIVEN,
        const: Literal["fixed"] | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "name",
                    "kind",
                    *(
                        wire
                        for wire, value in (
                            ("id", id),
                            ("createdAt", created_at),
                            ("tag", tag),
                            ("class", class_),
                            ("userId", user_id_2),
                            ("user_id", user_id),
                            ("birthday", birthday),
                            ("photo", photo),
                            ("owner", owner),
                            ("scores", scores),
                            ("const", const),
                        )
                        if not isinstance(value, NotGiven)
                    ),
                )
            ),
            additional_properties,
        )
        self.name = name
        self.kind = Kind(kind)
        self.id = None if isinstance(id, NotGiven) else id
        self.created_at = None if isinstance(created_at, NotGiven) else created_at
        self.tag = None if isinstance(tag, NotGiven) else tag
        self.class_ = None if isinstance(class_, NotGiven) else class_
        self.user_id_2 = None if isinstance(user_id_2, NotGiven) else user_id_2
        self.user_id = None if isinstance(user_id, NotGiven) else user_id
        self.birthday = None if isinstance(birthday, NotGiven) else birthday
        self.photo = None if isinstance(photo, NotGiven) else photo
        self.owner = None if isinstance(owner, NotGiven) else owner
        self.scores = None if isinstance(scores, NotGiven) else scores
        self.const = None if isinstance(const, NotGiven) else const

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Pet:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["id"]
        self.id = v if v.__class__ is int else expect(v, int)
        v = data.get("createdAt")
        self.created_at = None if v is None else parse_datetime(v)
        v = data["name"]
        self.name = v if v.__class__ is str else expect(v, str)
        v = data["kind"]
        self.kind = Kind._by_value.get(v) or Kind(v)
        v = data.get("tag")
        self.tag = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("class")
        self.class_ = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("userId")
        self.user_id_2 = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("user_id")
        self.user_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("birthday")
        self.birthday = None if v is None else parse_date(v)
        v = data.get("photo")
        self.photo = None if v is None else decode_base64(v)
        v = data.get("owner")
        self.owner = (
            None
            if v is None
            else decode_tagged(
                v,
                "type",
                {"Person": Person._from_json, "Company": Company._from_json},
                Person,
                Company,
            )
        )
        v = data.get("scores")
        self.scores = v if v.__class__ is dict or v is None else expect(v, dict)
        self.const = data.get("const")
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.created_at is not None:
            result["createdAt"] = format_datetime(self.created_at)
        elif self._has("createdAt"):
            result["createdAt"] = None
        result["name"] = self.name
        result["kind"] = self.kind
        if self.tag is not None:
            result["tag"] = self.tag
        elif self._has("tag"):
            result["tag"] = None
        if self.class_ is not None:
            result["class"] = self.class_
        elif self._has("class"):
            result["class"] = None
        if self.user_id_2 is not None:
            result["userId"] = self.user_id_2
        elif self._has("userId"):
            result["userId"] = None
        if self.user_id is not None:
            result["user_id"] = self.user_id
        elif self._has("user_id"):
            result["user_id"] = None
        if self.birthday is not None:
            result["birthday"] = format_date(self.birthday)
        elif self._has("birthday"):
            result["birthday"] = None
        if self.photo is not None:
            result["photo"] = encode_base64(self.photo)
        elif self._has("photo"):
            result["photo"] = None
        if self.owner is not None:
            result["owner"] = to_jsonable(self.owner)
        elif self._has("owner"):
            result["owner"] = None
        if self.scores is not None:
            result["scores"] = self.scores
        elif self._has("scores"):
            result["scores"] = None
        if self.const is not None:
            result["const"] = self.const
        elif self._has("const"):
            result["const"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result

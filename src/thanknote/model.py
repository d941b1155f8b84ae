"""The model: the interview, the people in it, and the note itself.

Every class is a frozen, slotted attrs class validated at construction, so a bad value fails
where it is written, with a message that names the field and what was expected.  Each model
round-trips through plain JSON-able dicts (``to_dict()`` / ``from_dict()``) for apps that store
them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

__all__ = [
    "Candidate",
    "Channel",
    "Format",
    "Interview",
    "Interviewer",
    "Note",
    "NoteKind",
    "Stage",
]

_E = TypeVar("_E", bound=enum.StrEnum)

# Lower-case particles that belong to the surname ("van Beethoven", "de la Cruz").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "st.",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "mac",
        "ó",
        "ní",
        "nic",
        "uí",
        "mhic",
    ]
)
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."])
# The titles that make an honorific for "Dear <honorific> <surname>".
_HONORIFICS = {
    **{t: "Dr." for t in ("dr", "dr.")},
    **{t: "Mr." for t in ("mr", "mr.")},
    **{t: "Mrs." for t in ("mrs", "mrs.")},
    **{t: "Ms." for t in ("ms", "ms.")},
    **{t: "Mx." for t in ("mx", "mx.")},
    "miss": "Miss",
    **{t: "Prof." for t in ("prof", "prof.", "professor")},
}
# Titles a name may be written with ("Dr. Amara Osei"): not part of the first name.
_TITLES = frozenset(_HONORIFICS) | frozenset("sir dame rev rev. fr fr.".split())


class Format(enum.StrEnum):
    """How the interview was held."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


class Channel(enum.StrEnum):
    """How the note is sent."""

    EMAIL = "email"
    HANDWRITTEN = "handwritten"


class NoteKind(enum.StrEnum):
    """What the note is for."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    STATUS_CHECK = "status-check"


class Stage(enum.StrEnum):
    """The milestone a thank-you is for; most notes follow an interview."""

    INTERVIEW = "interview"
    PHONE_SCREEN = "phone-screen"
    TAKE_HOME = "take-home"
    OFFER = "offer"


# --------------------------------------------------------------------------- validators


def _enum_converter(enum_cls: type[_E], field: str) -> Callable[[object], _E]:
    values = ", ".join(repr(m.value) for m in enum_cls)

    def convert(value: object) -> _E:
        if isinstance(value, enum_cls):
            return value
        if isinstance(value, str):
            try:
                return enum_cls(value.strip().lower().replace("_", "-"))
            except ValueError:
                raise ValueError(f"{field} must be one of {values}; got {value!r}") from None
        raise TypeError(f"{field} must be one of {values}; got {type(value).__name__} {value!r}")

    convert.__name__ = f"to_{enum_cls.__name__}"
    return convert


def _text(field: str, *, required: bool = True) -> Any:
    """A validator: a str, stripped of nothing, non-blank when required."""

    def check(_inst: object, _attr: object, value: Any) -> None:
        if value is None and not required:
            return
        if not isinstance(value, str):
            expected = "a str" if required else "a str or None"
            raise TypeError(f"{field} must be {expected}; got {type(value).__name__}")
        if required and not value.strip():
            raise ValueError(f"{field} must not be empty")

    return check


def _optional_text(field: str) -> Any:
    return _text(field, required=False)


def _date(field: str, *, required: bool) -> Any:
    def check(_inst: object, _attr: object, value: Any) -> None:
        if value is None and not required:
            return
        if not isinstance(value, dt.date):
            expected = "a datetime.date or datetime.datetime"
            if not required:
                expected += " or None"
            raise TypeError(f"{field} must be {expected}; got {type(value).__name__} {value!r}")

    return check


def _date_converter(value: object) -> object:
    """Accept ISO strings ("2026-03-02") as dates, for values read back from JSON."""
    if isinstance(value, str):
        try:
            return (
                dt.date.fromisoformat(value)
                if len(value) <= 10
                else dt.datetime.fromisoformat(value)
            )
        except ValueError:
            return value  # the validator names the field
    return value


def _str_tuple(field: str) -> Callable[[object], tuple[str, ...]]:
    def convert(value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            raise TypeError(f"{field} must be a list of str, not a single str")
        if not isinstance(value, Iterable):
            raise TypeError(f"{field} must be a list of str; got {type(value).__name__}")
        items = tuple(value)
        for item in items:
            if not isinstance(item, str):
                raise TypeError(f"{field} must contain only str; got {type(item).__name__}")
        return tuple(item.strip() for item in items if item.strip())

    return convert


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# --------------------------------------------------------------------------- people


def _split_name(name: str) -> tuple[str, str]:
    """First and last name as a greeting uses them; particles stay with the surname."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in _SUFFIXES:
        words.pop()
    words = [w.rstrip(",") or w for w in words]
    while len(words) > 1 and words[0].lower() in _TITLES:
        words.pop(0)
    if len(words) <= 1:
        return (words[0] if words else name.strip()), (words[0] if words else name.strip())
    first = words[0]
    rest = words[1:]
    for i, word in enumerate(rest[:-1]):
        if word.lower() in _PARTICLES:
            return first, " ".join(rest[i:])
    return first, rest[-1]


# Named converters: mypy's attrs plugin reads only named functions as converters.


def _to_interviewer_topics(value: Any) -> tuple[str, ...]:
    return _str_tuple("Interviewer.topics")(value)


def _to_interview_format(value: Any) -> Format:
    return _enum_converter(Format, "Interview.format")(value)


def _to_interview_topics(value: Any) -> tuple[str, ...]:
    return _str_tuple("Interview.topics")(value)


def _to_interview_stage(value: Any) -> Stage:
    return _enum_converter(Stage, "Interview.stage")(value)


def _to_interviewer(value: Any) -> Any:
    return _from_mapping(Interviewer)(value)


def _to_interview(value: Any) -> Any:
    return _from_mapping(Interview)(value)


def _to_candidate(value: Any) -> Any:
    return _from_mapping(Candidate)(value)


def _to_note_channel(value: Any) -> Channel:
    return _enum_converter(Channel, "Note.channel")(value)


def _to_note_kind(value: Any) -> NoteKind:
    return _enum_converter(NoteKind, "Note.kind")(value)


def _to_note_highlights(value: Any) -> tuple[str, ...]:
    return _str_tuple("Note.highlights")(value)


@attrs.frozen(slots=True)
class Interviewer:
    """A person who interviewed the candidate.

    ``topics`` holds what was discussed with this person in particular (on a panel).
    ``honorific`` ("Dr.", "Ms.", "Mr.", "Mx.", "Prof.") makes greetings formal: "Dear Dr. Osei".
    """

    name: str = attrs.field(validator=_text("Interviewer.name"))
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=_optional_text("Interviewer.title")
    )
    email: str | None = attrs.field(
        default=None, kw_only=True, validator=_optional_text("Interviewer.email")
    )
    honorific: str | None = attrs.field(
        default=None, kw_only=True, validator=_optional_text("Interviewer.honorific")
    )
    topics: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_interviewer_topics
    )

    def __attrs_post_init__(self) -> None:
        # A name written with its title ("Dr. Amara Osei") gives the honorific, unless one is
        # given: greetings then read "Dear Dr. Osei", never "Dear Dr.".
        if self.honorific is None:
            words = self.name.split()
            if len(words) > 1 and words[0].lower() in _HONORIFICS:
                object.__setattr__(self, "honorific", _HONORIFICS[words[0].lower()])

    @property
    def first_name(self) -> str:
        """The given name, as an informal greeting uses it ("Dear Dana")."""
        return _split_name(self.name)[0]

    @property
    def last_name(self) -> str:
        """The surname with its particles ("van der Berg"), as a formal greeting uses it."""
        return _split_name(self.name)[1]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` reads it back."""
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interviewer:
        """Build an Interviewer from :meth:`to_dict`'s output."""
        return cls(**_known(cls, data))


@attrs.frozen(slots=True)
class Candidate:
    """The person sending the note."""

    name: str = attrs.field(validator=_text("Candidate.name"))
    email: str | None = attrs.field(
        default=None, kw_only=True, validator=_optional_text("Candidate.email")
    )
    phone: str | None = attrs.field(
        default=None, kw_only=True, validator=_optional_text("Candidate.phone")
    )

    @property
    def first_name(self) -> str:
        """The given name."""
        return _split_name(self.name)[0]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` reads it back."""
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Candidate:
        """Build a Candidate from :meth:`to_dict`'s output."""
        return cls(**_known(cls, data))


def _interviewers(value: object) -> tuple[Interviewer, ...]:
    if value is None:
        return ()
    if isinstance(value, Interviewer):
        return (value,)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(
            f"Interview.interviewers must be a list of Interviewer; got {type(value).__name__}"
        )
    items = []
    for item in value:
        if isinstance(item, Mapping):
            item = Interviewer.from_dict(item)
        if not isinstance(item, Interviewer):
            raise TypeError(
                f"Interview.interviewers must contain Interviewer objects; got {type(item).__name__}"
            )
        items.append(item)
    seen: set[str] = set()
    for item in items:
        key = " ".join(item.name.split()).casefold()
        if key in seen:
            raise ValueError(
                f"Interview.interviewers lists {item.name!r} twice; list each person once"
            )
        seen.add(key)
    return tuple(items)


@attrs.frozen(slots=True, kw_only=True)
class Interview:
    """One interview: where the note's facts come from.

    ``date`` may be a date or a datetime; ``decision_by`` is the date the employer said they would
    decide by, if they gave one.  Several interviewers make a panel.
    """

    company: str = attrs.field(validator=_text("Interview.company"))
    role: str = attrs.field(validator=_text("Interview.role"))
    date: dt.date = attrs.field(
        converter=_date_converter, validator=_date("Interview.date", required=True)
    )
    format: Format = attrs.field(default=Format.IN_PERSON, converter=_to_interview_format)
    interviewers: tuple[Interviewer, ...] = attrs.field(default=(), converter=_interviewers)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_to_interview_topics)
    decision_by: dt.date | None = attrs.field(
        default=None,
        converter=_date_converter,
        validator=_date("Interview.decision_by", required=False),
    )
    stage: Stage = attrs.field(default=Stage.INTERVIEW, converter=_to_interview_stage)

    @property
    def day(self) -> dt.date:
        """The interview's calendar day (``date`` without a time of day)."""
        return _as_date(self.date)

    @property
    def panel(self) -> bool:
        """True when more than one person interviewed the candidate."""
        return len(self.interviewers) > 1

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` reads it back."""
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interview:
        """Build an Interview from :meth:`to_dict`'s output."""
        return cls(**_known(cls, data))


def _optional(kind: type[Any], field: str) -> Any:
    def check(_inst: object, _attr: object, value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise TypeError(
                f"{field} must be a {kind.__name__} or None; got {type(value).__name__}"
            )

    return check


def _from_mapping(kind: Any) -> Any:
    def convert(value: object) -> object:
        return kind.from_dict(value) if isinstance(value, Mapping) else value

    return convert


def _body(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"Note.body must be a str; got {type(value).__name__}")


def _cc(value: object) -> tuple[Interviewer, ...]:
    try:
        return _interviewers(value)
    except TypeError as exc:
        raise TypeError(str(exc).replace("Interview.interviewers", "Note.cc")) from None
    except ValueError as exc:
        raise ValueError(str(exc).replace("Interview.interviewers", "Note.cc")) from None


@attrs.frozen(slots=True, kw_only=True)
class Note:
    """A note: its text as sent plus the context the checker reads it against.

    Only ``body`` is required; the more context a Note carries (the interview, the recipient, the
    sender, when it was sent), the more the checker can tell.  ``str(note) == note.body``.
    """

    body: str = attrs.field(validator=_body)
    subject: str | None = attrs.field(default=None, validator=_optional_text("Note.subject"))
    to: Interviewer | None = attrs.field(
        default=None,
        converter=_to_interviewer,
        validator=_optional(Interviewer, "Note.to"),
    )
    interview: Interview | None = attrs.field(
        default=None,
        converter=_to_interview,
        validator=_optional(Interview, "Note.interview"),
    )
    sender: Candidate | None = attrs.field(
        default=None,
        converter=_to_candidate,
        validator=_optional(Candidate, "Note.sender"),
    )
    channel: Channel = attrs.field(default=Channel.EMAIL, converter=_to_note_channel)
    sent_at: dt.date | None = attrs.field(
        default=None, converter=_date_converter, validator=_date("Note.sent_at", required=False)
    )
    kind: NoteKind = attrs.field(default=NoteKind.THANK_YOU, converter=_to_note_kind)
    cc: tuple[Interviewer, ...] = attrs.field(default=(), converter=_cc)
    #: the specific points the note means to reference (``compose()`` records its highlights
    #: here); the checker counts them, like the interview's topics, as this conversation's own
    highlights: tuple[str, ...] = attrs.field(default=(), converter=_to_note_highlights)

    def __str__(self) -> str:
        return self.body

    @property
    def recipient(self) -> Interviewer | None:
        """Who the note is to: ``to``, or the interview's only interviewer."""
        if self.to is not None:
            return self.to
        if self.interview is not None and len(self.interview.interviewers) == 1:
            return self.interview.interviewers[0]
        return None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` reads it back."""
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Note:
        """Build a Note from :meth:`to_dict`'s output."""
        return cls(**_known(cls, data))


# --------------------------------------------------------------------------- dicts


def _serialize(_inst: object, _field: object, value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _to_dict(obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = attrs.asdict(obj, value_serializer=_serialize)
    return data


def _known(cls: type[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict needs a mapping; got {type(data).__name__}")
    names = {a.name for a in attrs.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ValueError(
            f"{cls.__name__}.from_dict: unknown field(s) {', '.join(map(repr, unknown))}"
        )
    return dict(data)

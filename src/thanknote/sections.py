"""One composer per section of a thank-you note, each usable alone.

The sections follow the etiquette (ETIQUETTE.md, "The sections of a note"): :func:`greeting`,
:func:`gratitude`, :func:`specifics`, :func:`fit`, :func:`interest`,
:func:`unfinished_business`, :func:`closing`, :func:`signoff` (sign-off and signature) and
:func:`subject`.  Each is a pure function of its arguments and returns the section's text.
The optional sections (:func:`specifics` with nothing to draw on is never empty, but
:func:`fit` without strengths and :func:`unfinished_business` without points are) return ""
when they have nothing to say.

Every section has several phrasings.  Which one is used depends on a stable hash of the
recipient, company and role (so the same input always gives the same text), shifted by
``variant``: ``variant=1`` gives the next phrasing of every section, which is how
:func:`thanknote.compose_panel` keeps sibling notes apart.

>>> import datetime as dt
>>> import thanknote as tn
>>> dana = tn.Interviewer("Dana Whitfield", honorific="Ms.")
>>> iv = tn.Interview(company="Acme Robotics", role="Data Engineer", date=dt.date(2026, 3, 2),
...                   format="video", interviewers=[dana])
>>> tn.sections.greeting(dana)
'Dear Ms. Whitfield,'
>>> print(tn.sections.gratitude(iv, sent_at=dt.date(2026, 3, 3)))
Thank you for our video call yesterday about the Data Engineer role at Acme Robotics. I valued the chance to hear how you approach the work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from ._prose import (
    clean_phrase,
    count_words,
    finish_sentence,
    join_list,
    mid_sentence,
    month_day,
    role_phrase,
    stable_index,
    when_phrase,
)
from .model import Candidate, Channel, Format, Interview, Interviewer, NoteKind, Stage

__all__ = [
    "GREETING_STYLES",
    "PREFERRED_SIGNOFFS",
    "SIGNOFFS",
    "closing",
    "fit",
    "gratitude",
    "greeting",
    "interest",
    "signoff",
    "specifics",
    "subject",
    "unfinished_business",
]

#: The greeting styles :func:`greeting` accepts.
GREETING_STYLES = ("auto", "first-name", "formal", "hello")
#: The sign-offs hiring managers prefer (Workopolis); the composers choose among these.
PREFERRED_SIGNOFFS = ("Sincerely", "Best regards", "Kind regards")
#: Every sign-off :func:`signoff` accepts when one is passed explicitly.
SIGNOFFS = (
    *PREFERRED_SIGNOFFS,
    "Regards",
    "Best",
    "Warm regards",
    "Many thanks",
    "With thanks",
    "Thank you",
    "Respectfully",
    "Yours sincerely",
    "All the best",
)
# A panel is named member by member only while the list reads well.
_MAX_NAMED_OTHERS = 3
# Phrases longer than this go one to a sentence, so sentences stay short.
_PAIR_WORDS = 12


# ----------------------------------------------------------------------------- context


@attrs.frozen(slots=True)
class Sentence:
    """One sentence of a section; ``drop`` ranks optional sentences (lowest dropped first)."""

    text: str
    drop: int | None = None
    # Counted once here: fitting a note to its length sums these many times.
    words: int = attrs.field(
        default=attrs.Factory(lambda self: count_words(self.text), takes_self=True)
    )


@attrs.frozen(slots=True, kw_only=True)
class Context:
    """Everything a section composer reads, validated and normalised once."""

    interview: Interview
    to: Interviewer | None = None
    others: tuple[Interviewer, ...] = ()
    sender: Candidate | None = None
    channel: Channel = Channel.EMAIL
    sent: dt.date
    highlights: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    unfinished: tuple[str, ...] = ()
    key: str
    variant: int = 0

    def pick(self, slot: str, options: Sequence[str]) -> str:
        """The phrasing for ``slot``: stable for this key, shifted by ``variant``."""
        return options[
            (stable_index(self.key, slot, len(options)) + self.shift(slot, options)) % len(options)
        ]

    def shift(self, slot: str, options: Sequence[str]) -> int:
        """How far this note's phrasing for ``slot`` moves from the key's own: ``variant``
        places, and once the variants have gone round the options, a turn that differs from
        slot to slot.  A panel larger than a list of options must repeat one of them; the turn
        makes the notes that share one slot's phrasing different pairs in different slots, so
        no two notes of a panel end up alike.
        """
        size = len(options)
        lap, place = divmod(self.variant, size) if size else (0, self.variant)
        if not lap:
            return place
        return place + lap * stable_index(self.key, f"{slot}\x1dturn", size)

    @property
    def when(self) -> str:
        """When the interview was: "yesterday", "on Tuesday", "on March 2"."""
        return when_phrase(self.interview.date, self.sent, relative=self.channel is Channel.EMAIL)

    @property
    def role(self) -> str:
        """The role as a definite noun phrase ("the Data Engineer role")."""
        return role_phrase(self.interview.role)

    @property
    def company(self) -> str:
        """The company, as given (a final "." of "Inc." is kept where it belongs)."""
        return self.interview.company.strip()

    @property
    def items(self) -> tuple[str, ...]:
        """What the specifics draw on: the recipient's own topics, then the highlights.

        With neither, the interview's topics (at most three, so a long agenda stays readable;
        ``variant`` rotates which three, so panel siblings draw on different ones, and a panel's
        later wording rounds take fewer).
        """
        own = self.to.topics if self.to is not None else ()
        chosen = _unique((*own, *self.highlights))
        if chosen:
            return chosen
        shared = rotate(_unique(self.interview.topics), self.variant)
        # A later wording round of a panel (compose_panel tries one when a note comes out too
        # like a sibling's) names one shared topic fewer on each round, down to one: notes of a
        # large panel then differ in what they mention, not only in how.
        lap = self.variant // (len(self.others) + 1) if self.others else 0
        return shared[: max(1, min(3, len(shared)) - lap)]

    def fields(self, **extra: str) -> dict[str, str]:
        """The template fields every section may use."""
        return {"when": self.when, "role": self.role, "company": self.company, **extra}


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        phrase = clean_phrase(item)
        if phrase and phrase.lower() not in seen:
            seen.add(phrase.lower())
            out.append(phrase)
    return tuple(out)


def rotate(items: Sequence[str], by: int) -> tuple[str, ...]:
    """``items`` rotated left by ``by`` places (a panel member's own order of shared points)."""
    if not items:
        return ()
    k = by % len(items)
    return (*items[k:], *items[:k])


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _str_list(value: object, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list of str; got {type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name} must be a list of str; it holds a {type(item).__name__}")
    cleaned = (clean_phrase(i) for i in items)
    return tuple(c for c in cleaned if c)


def _check(value: object, kind: type, name: str, expected: str) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be {expected}; got {type(value).__name__}")


def make_context(
    interview: Interview,
    *,
    to: Interviewer | None = None,
    others: Sequence[Interviewer] = (),
    sender: Candidate | None = None,
    channel: Channel | str = "email",
    sent_at: dt.date | None = None,
    highlights: Iterable[str] = (),
    strengths: Iterable[str] = (),
    unfinished: Iterable[str] = (),
    variant: int = 0,
    key: str | None = None,
) -> Context:
    """Validate the arguments every composer shares and bundle them.

    Raises TypeError naming the parameter for a wrong type and ValueError for an unknown
    channel.  ``to`` defaults to the only interviewer; ``sent_at`` defaults to the interview's
    day (for a section used alone); ``key`` defaults to the recipient, company and role.
    """
    _check(interview, Interview, "interview", "a thanknote.Interview")
    if to is None and len(interview.interviewers) == 1:
        to = interview.interviewers[0]
    if to is not None:
        _check(to, Interviewer, "to", "a thanknote.Interviewer")
    if sender is not None:
        _check(sender, Candidate, "sender", "a thanknote.Candidate")
    if sent_at is not None and not isinstance(sent_at, dt.date):
        raise TypeError(f"sent_at must be a datetime.date or None; got {type(sent_at).__name__}")
    if isinstance(variant, bool) or not isinstance(variant, int):
        raise TypeError(f"variant must be an int; got {type(variant).__name__}")
    sent = max(_as_date(sent_at), interview.day) if sent_at is not None else interview.day
    if key is None:
        key = "\x1e".join((to.name if to else "", interview.company, interview.role))
    return Context(
        interview=interview,
        to=to,
        others=tuple(others),
        sender=sender,
        channel=to_channel(channel),
        sent=sent,
        highlights=_str_list(highlights, "highlights"),
        strengths=_str_list(strengths, "strengths"),
        unfinished=_str_list(unfinished, "unfinished"),
        key=key,
        variant=variant,
    )


def to_channel(channel: Channel | str) -> Channel:
    """``"email"``/``"handwritten"`` as a :class:`Channel`; anything else is an error."""
    if isinstance(channel, Channel):
        return channel
    if not isinstance(channel, str):
        raise TypeError(f"channel must be 'email' or 'handwritten'; got {type(channel).__name__}")
    try:
        return Channel(channel.strip().lower())
    except ValueError:
        expected = "expected 'email' or 'handwritten'"
        raise ValueError(f"unknown channel {channel!r}; {expected}") from None


def text_of(sentences: Iterable[Sentence]) -> str:
    """The sentences of a section as one paragraph."""
    return " ".join(s.text for s in sentences)


def _two(ctx: Context, slot: str, options: Sequence[str]) -> list[Sentence]:
    """Two different phrasings from ``options``: padding for a short note, in order of use."""
    first = stable_index(ctx.key, slot, len(options)) + ctx.shift(slot, options)
    return [_sentence(options[(first + k) % len(options)], ctx.fields()) for k in range(2)]


def _base(ctx: Context, slot: str, options: Sequence[str]) -> int:
    """The index of this note's phrasing for ``slot`` before any per-sentence shift."""
    return stable_index(ctx.key, slot, len(options)) + ctx.shift(slot, options)


def _sentence(template: str, fields: dict[str, str], drop: int | None = None) -> Sentence:
    return Sentence(finish_sentence(template.format(**fields)), drop)


# ----------------------------------------------------------------------------- greeting


def greeting(to: Interviewer, *, style: str = "auto") -> str:
    """The greeting line, the name exactly as given: "Dear Dr. van der Berg," or "Dear Dana,".

    ``style``: "auto" (honorific and surname when the interviewer has an honorific, else the
    first name), "first-name", "formal" (honorific and surname, or the full name without an
    honorific) or "hello" ("Hello Dana,").  Never "Hey" or "Hi there".
    """
    _check(to, Interviewer, "to", "a thanknote.Interviewer")
    if not isinstance(style, str):
        raise TypeError(f"greeting_style must be a str; got {type(style).__name__}")
    if style not in GREETING_STYLES:
        raise ValueError(
            f"unknown greeting_style {style!r}; expected one of {', '.join(GREETING_STYLES)}"
        )
    honorific = (to.honorific or "").strip()
    if style == "hello":
        return f"Hello {to.first_name},"
    if style == "first-name":
        return f"Dear {to.first_name},"
    if honorific:
        return f"Dear {honorific} {to.last_name},"
    return f"Dear {to.name.strip()}," if style == "formal" else f"Dear {to.first_name},"


# ----------------------------------------------------------------------------- gratitude

_MEETING = {
    Format.IN_PERSON: (
        "Thank you for meeting with me {when} to talk about {role} at {company}",
        "Thank you for taking the time to meet with me {when} about {role} at {company}",
        "I am grateful that you took the time to meet with me {when} about {role} at {company}",
        "Thank you for meeting me in person {when} to talk through {role} at {company}",
    ),
    Format.VIDEO: (
        "Thank you for our video call {when} about {role} at {company}",
        "Thank you for speaking with me over video {when} about {role} at {company}",
        "I am grateful for our video call {when} about {role} at {company}",
        "Thank you for the video conversation {when} about {role} at {company}",
    ),
    Format.PHONE: (
        "Thank you for our phone conversation {when} about {role} at {company}",
        "Thank you for speaking with me by phone {when} about {role} at {company}",
        "I am grateful for our phone conversation {when} about {role} at {company}",
        "Thank you for the phone call {when} about {role} at {company}",
    ),
}
_PANEL = (
    "Thank you for joining the {panel} {when} for {role} at {company}",
    "Thank you for being part of my {panel} {when} for {role} at {company}",
    "I am grateful that you joined the {panel} {when} to discuss {role} at {company}",
    "Thank you for taking part in the {panel} {when} for {role} at {company}",
    "Thank you for your part in the {panel} {when} for {role} at {company}",
)
_STAGE = {
    Stage.PHONE_SCREEN: (
        "Thank you for the screening call {when} about {role} at {company}",
        "Thank you for talking with me {when} in the first round for {role} at {company}",
        "I am grateful for our introductory call {when} about {role} at {company}",
        "Thank you for the call {when} to introduce {role} at {company}",
        "I appreciated our first conversation {when} about {role} at {company}",
        "Thank you for walking me through {role} at {company} on our call {when}",
    ),
    Stage.TAKE_HOME: (
        "Thank you for the chance to work on the take-home exercise for {role} at {company}",
        "Thank you for setting the take-home exercise for {role} at {company}; "
        "I enjoyed working on it",
        "Thank you for the take-home exercise for {role} at {company}, "
        "which was a good problem to spend time on",
        "Thank you for reviewing my take-home exercise for {role} at {company}",
        "I am grateful for the care that went into the take-home exercise for {role} at {company}",
        "Thank you for a take-home exercise for {role} at {company} that was a pleasure to "
        "work through",
    ),
    Stage.OFFER: (
        "Thank you for offering me {role} at {company}",
        "Thank you for the offer to join {company} in {role}",
        "I am grateful for your offer of {role} at {company}",
        "Thank you for extending me an offer for {role} at {company}",
        "I was very glad to receive your offer of {role} at {company}",
        "Thank you for the offer of {role} at {company}, which I am honoured to receive",
    ),
}
_PANEL_OTHERS = (
    "It was good to meet you alongside {others}",
    "Meeting you together with {others} gave me a rounded view of the team",
    "I enjoyed hearing how {all} each see the role",
    "Talking with {all} gave me a real sense of how the team works together",
)
_PANEL_MANY = (
    "It was good to meet the whole panel and to hear how each of you sees the role",
    "Hearing from so many of the team at once gave me a rounded view of the work",
    "I enjoyed the range of views the panel brought to the conversation",
    "Each question from the panel showed me another side of the work",
    "Meeting several of the team together showed me how the group works",
    "The panel's mix of roles gave me a full picture of the team",
)
_GRATITUDE_MORE = {
    Stage.INTERVIEW: (
        "I enjoyed learning how the team works and where the role fits in",
        "It was a pleasure to hear more about the group and its plans",
        "I came away with a much clearer picture of the day-to-day work",
        "Our conversation answered many of the questions I had about the role",
        "I valued the chance to hear how you approach the work",
        "It helped a great deal to hear how the team sets its priorities",
    ),
    Stage.PHONE_SCREEN: (
        "It was a helpful first look at the team and the work",
        "I enjoyed hearing how the role came about and what it involves",
        "The call gave me a clear picture of what the role involves",
        "I appreciated how clearly you set out the next stages",
        "It was useful to hear what the team needs most from this hire",
        "Our talk answered several questions I had about the position",
    ),
    Stage.TAKE_HOME: (
        "It gave me a real taste of the problems the team works on",
        "Working through it told me a lot about how the team thinks",
        "Working on it taught me something, and I always count that as a good sign",
        "The brief was clear, and the problem was an interesting one",
        "I appreciated a task so close to the work the team does",
        "It was a fair and well-designed exercise, and I learned from it",
    ),
    Stage.OFFER: (
        "I appreciate the care everyone took throughout the process",
        "The whole process was thoughtful, and I am grateful for it",
        "I have valued every conversation along the way",
        "Each step of the process told me more about the team",
        "I appreciate how clearly everyone communicated at every stage",
        "Every conversation so far has made me more certain about the role",
    ),
}


def _panel_noun(interview: Interview) -> str:
    if interview.format is Format.VIDEO:
        return "video interview panel"
    if interview.format is Format.PHONE:
        return "phone interview panel"
    return "interview panel"


def _others(ctx: Context) -> list[str]:
    firsts = [p.first_name for p in ctx.others]
    everyone = [*firsts, ctx.to.first_name if ctx.to else ""]
    # Two people with the same first name need their full names to stay apart.
    if len(set(everyone)) < len(everyone):
        return [p.name.strip() for p in ctx.others]
    return firsts


def gratitude_sentences(ctx: Context) -> list[Sentence]:
    """The gratitude section as sentences (the second one may be dropped for length)."""
    stage = ctx.interview.stage
    in_panel = bool(ctx.others) and stage in (Stage.INTERVIEW, Stage.PHONE_SCREEN)
    options: Sequence[str]
    if stage in _STAGE and not in_panel:
        options = _STAGE[stage]
    else:
        options = _PANEL if in_panel else _MEETING[ctx.interview.format]
    fields = ctx.fields(panel=_panel_noun(ctx.interview))
    first = ctx.pick("gratitude", options)
    out = [_sentence(first, fields)]
    if in_panel:
        many = len(ctx.others) > _MAX_NAMED_OTHERS
        template = ctx.pick("panel", _PANEL_MANY if many else _PANEL_OTHERS)
        others = _others(ctx)
        fields = ctx.fields(others=join_list(others), all=join_list(["you", *others]))
        out.append(_sentence(template, fields, drop=5))
    else:
        out.append(_sentence(ctx.pick("gratitude-more", _GRATITUDE_MORE[stage]), fields, drop=2))
    return out


def gratitude(
    interview: Interview,
    *,
    to: Interviewer | None = None,
    sent_at: dt.date | None = None,
    channel: Channel | str = "email",
    variant: int = 0,
) -> str:
    """Thanks for the conversation, naming the role and the company, and the interview's
    format and day ("Thank you for our video call yesterday about the Data Engineer role at
    Acme.").  The milestone in ``interview.stage`` changes what it thanks for (a phone screen,
    a take-home exercise, an offer).  ``sent_at`` is the day the note goes out (default: the
    interview day); a handwritten card names the weekday rather than "yesterday".
    """
    ctx = make_context(interview, to=to, sent_at=sent_at, channel=channel, variant=variant)
    return text_of(gratitude_sentences(ctx))


# ----------------------------------------------------------------------------- specifics

_SPECIFIC_FIRST = (
    "I especially enjoyed our discussion of {x}",
    "Our conversation about {x} has stayed with me",
    "I keep coming back to what we said about {x}",
    "I found our exchange on {x} especially useful",
    "Talking through {x} with you was a highlight for me",
)
_SPECIFIC_MORE = (
    "I also appreciated hearing about {x}",
    "It was good to get into {x} as well",
    "We also covered {x}, which gave me a clearer picture of the work",
    "I was glad we had time for {x} too",
)
_SPECIFIC_REFLECT = (
    "That gave me a clear sense of the problems ahead",
    "It was clear how much care goes into those decisions",
    "That part of the conversation made the role feel very concrete to me",
    "Problems like that are the ones I most enjoy working on",
)
_SPECIFIC_NONE = (
    "I appreciated how openly you described what the role involves day to day",
    "Your account of the team's priorities made the role feel very concrete to me",
    "Hearing about the challenges ahead gave me a much clearer picture of the job",
    "Your description of the team's current projects was especially useful",
    "I valued your candour about what the first months in the role would involve",
    "The examples you gave of recent work helped me see where I could contribute",
)
_SPECIFIC_WISH = (
    "I would be glad to go further into that if we talk again",
    "I hope we get to pick up that thread again",
    "I am curious to see where that work goes next",
)
_SPECIFIC_OFFER = (
    "Our conversations about {x} are a big part of why this offer means so much",
    "I have enjoyed every discussion of {x} along the way",
    "I keep thinking about {x} and how much I would enjoy that work",
    "Our talks about {x} showed me the work I would most like to do",
    "The chance to work on {x} is a large part of why I am so pleased",
    "What we discussed about {x} stays with me as I consider the offer",
)


def _chunks(items: Sequence[str]) -> list[list[str]]:
    """Group phrases two to a sentence while they are short, one when they are long."""
    out: list[list[str]] = []
    for item in items:
        last = out[-1] if out else None
        short = count_words(item) <= _PAIR_WORDS
        if last is not None and len(last) == 1 and short and count_words(last[0]) <= _PAIR_WORDS:
            last.append(item)
        else:
            out.append([item])
    return out


def specifics_sentences(ctx: Context) -> list[Sentence]:
    """Concrete points from the conversation woven into sentences, every highlight included."""
    items = ctx.items
    if not items:
        return [_sentence(ctx.pick("specific-none", _SPECIFIC_NONE), ctx.fields(), drop=1)]
    out = []
    first_options = _SPECIFIC_OFFER if ctx.interview.stage is Stage.OFFER else _SPECIFIC_FIRST
    for i, chunk in enumerate(_chunks(items)):
        x = join_list([mid_sentence(c) for c in chunk])
        options = first_options if i == 0 else _SPECIFIC_MORE
        # Each further sentence takes the next phrasing, so no two read alike.
        template = options[(_base(ctx, "specific", options) + i) % len(options)]
        # Topics the user did not ask for by name may go when the note runs long.
        required = any(c in ctx.highlights for c in chunk) or i == 0
        out.append(_sentence(template, ctx.fields(x=x), drop=None if required else 3))
    out.append(_sentence(ctx.pick("reflect", _SPECIFIC_REFLECT), ctx.fields(), drop=4))
    return out


def specifics_padding(ctx: Context) -> list[Sentence]:
    """One more sentence for a short note: a wish to go further into what was discussed,
    or, with nothing specific to draw on, a second remark on the conversation.
    """
    if ctx.items:
        return [_sentence(ctx.pick("specific-more", _SPECIFIC_WISH), ctx.fields())]
    options = _SPECIFIC_NONE
    size = len(options)
    first = stable_index(ctx.key, "specific-none", size) + ctx.shift("specific-none", options)
    # The next remark after the first; on later rounds of a large panel, one further on, so
    # that notes which share a first remark pair it with a different second one.
    step = 1 + (ctx.variant // size) % (size - 1)
    return [_sentence(options[(first + step) % size], ctx.fields())]


def specifics(
    interview: Interview,
    *,
    to: Interviewer | None = None,
    highlights: Iterable[str] = (),
    variant: int = 0,
) -> str:
    """What was discussed, concretely: every highlight, woven in verbatim.

    Without highlights it draws on the recipient's topics and the interview's topics; with
    nothing at all it still speaks of the conversation (never empty).
    """
    ctx = make_context(interview, to=to, highlights=highlights, variant=variant)
    return text_of(specifics_sentences(ctx))


# ----------------------------------------------------------------------------- fit

# With specifics, the fit points back at them without naming a topic it may not suit.
_FIT_ANCHORED = (
    "I would bring {s} to the work we discussed",
    "For the problems you described, I can draw on {s}",
    "My background speaks to those needs: {s}",
    "Those problems line up well with my background: {s}",
)
_FIT_PLAIN = (
    "I would bring {s} to the team",
    "I can draw on {s} in this role",
    "In this role I could put {s} to good use from the start",
    "My background suits what the role calls for: {s}",
)
_FIT_MORE = (
    "That is the kind of work I do best, and where I would like to grow",
    "I enjoy problems like these and would like to take them on with your team",
    "That experience would let me contribute from my first weeks",
)


def fit_sentences(ctx: Context) -> list[Sentence]:
    """The candidate's strengths tied to what the employer needs; empty without strengths."""
    if not ctx.strengths:
        return []
    anchors = ctx.items
    out = []
    for i, chunk in enumerate(_chunks(ctx.strengths)):
        s = join_list(list(chunk))
        if anchors and i == 0:
            options, fields = _FIT_ANCHORED, ctx.fields(s=s)
        else:
            options, fields = _FIT_PLAIN, ctx.fields(s=s)
        shift = ctx.shift("fit", options) + i
        index = (stable_index(ctx.key, "fit", len(options)) + shift) % len(options)
        out.append(_sentence(options[index], fields))
    return out


def fit_padding(ctx: Context) -> list[Sentence]:
    """Extra sentences for the fit paragraph when the note is short."""
    if not ctx.strengths:
        return []
    return _two(ctx, "fit-more", _FIT_MORE)


def fit(
    interview: Interview,
    *,
    strengths: Iterable[str] = (),
    highlights: Iterable[str] = (),
    to: Interviewer | None = None,
    variant: int = 0,
) -> str:
    """How the candidate's strengths meet the employer's needs; "" without strengths.

    With highlights or topics to point back at, the first sentence ties the strengths to "the
    work we discussed".
    """
    ctx = make_context(
        interview, to=to, strengths=strengths, highlights=highlights, variant=variant
    )
    return text_of(fit_sentences(ctx))


# ----------------------------------------------------------------------------- interest

_INTEREST = (
    "I left our conversation even keener to join {company} in {role}",
    "Everything I heard made me more certain that I want to join {company}",
    "I am very interested in {role} and in the work ahead at {company}",
    "Being part of what {company} is building appeals to me a great deal",
    "The conversation made me want this role even more",
)
_INTEREST_OFFER = (
    "I am delighted to have been asked to join {company}",
    "Joining {company} is something I have wanted since our first conversation",
    "It means a great deal to be asked to join the team at {company}",
    "I am honoured by the chance to join {company}",
    "The offer to join {company} means a lot to me",
    "I am very pleased to have the chance to work at {company}",
)
_INTEREST_MORE = (
    "The way the team talks about its work told me a lot about {company}",
    "It is clear the team cares about doing things well, and that matters to me",
    "I enjoyed the people I met and hope to work alongside them",
    "I would welcome the chance to meet more of the team and see the work up close",
    "I would like to hear more about where the team is heading over the next year",
)


def interest_sentences(ctx: Context) -> list[Sentence]:
    """Renewed interest in the role and the company."""
    options = _INTEREST_OFFER if ctx.interview.stage is Stage.OFFER else _INTEREST
    return [_sentence(ctx.pick("interest", options), ctx.fields())]


def interest_padding(ctx: Context) -> list[Sentence]:
    """Extra sentences of interest for a short note."""
    return _two(ctx, "interest-more", _INTEREST_MORE)


def interest(interview: Interview, *, to: Interviewer | None = None, variant: int = 0) -> str:
    """One sentence restating interest in the role and the company (never empty)."""
    return text_of(interest_sentences(make_context(interview, to=to, variant=variant)))


# ----------------------------------------------------------------------------- unfinished

_UNFINISHED_SPLIT = (
    "I also want to return to {topic}, which I answered too briefly: {answer}",
    "One more thought on {topic}: {answer}",
    "Since we spoke, I have thought more about {topic}, and my fuller answer is {answer}",
)
_UNFINISHED_PLAIN = (
    "One point I wish I had made when we spoke: {u}",
    "I also want to add something I left out of our conversation: {u}",
    "Since we spoke, I have thought more about {u}, and I would be glad to go through it",
)


def unfinished_sentences(ctx: Context) -> list[Sentence]:
    """One brief sentence per point the candidate wants to add; empty without any."""
    out = []
    for i, point in enumerate(ctx.unfinished):
        topic, sep, answer = point.partition(": ")
        if sep and topic.strip() and answer.strip():
            options = _UNFINISHED_SPLIT
            fields = ctx.fields(topic=mid_sentence(topic), answer=clean_phrase(answer))
        else:
            options, fields = _UNFINISHED_PLAIN, ctx.fields(u=mid_sentence(point))
        shift = ctx.shift("unfinished", options) + i
        index = (stable_index(ctx.key, "unfinished", len(options)) + shift) % len(options)
        out.append(_sentence(options[index], fields))
    return out


def unfinished_business(
    points: Iterable[str] | Interview = (),
    /,
    *,
    unfinished: Iterable[str] | None = None,
    interview: Interview | None = None,
    to: Interviewer | None = None,
    variant: int = 0,
) -> str:
    """A point the candidate missed or could answer better, briefly; "" when there is none.

    A point written "topic: answer" reads as a fuller answer on that topic.  ``interview`` and
    ``to`` only choose the phrasing.  Call it with the points first
    (``unfinished_business(points, interview=iv)``) or, like the other section composers, with
    the interview first (``unfinished_business(iv, unfinished=points)``).
    """
    if isinstance(points, Interview):
        if interview is not None:
            raise TypeError("unfinished_business() got the interview twice")
        interview, points = points, unfinished if unfinished is not None else ()
    elif unfinished is not None:
        if points != ():
            raise TypeError("unfinished_business() got the points twice")
        points = unfinished
    items = _str_list(points, "unfinished")
    if interview is None:
        key = "\x1e".join((to.name if isinstance(to, Interviewer) else "", "", ""))
        iv = Interview(company="-", role="-", date=dt.date(2000, 1, 1))
        ctx = make_context(iv, to=to, unfinished=items, variant=variant, key=key)
    else:
        ctx = make_context(interview, to=to, unfinished=items, variant=variant)
    return text_of(unfinished_sentences(ctx))


# ----------------------------------------------------------------------------- closing

_CLOSING_THANKS = (
    "Thank you again for a conversation I enjoyed",
    "Thanks again for the thoughtful questions",
    "Thank you once more for making me feel so welcome",
    "Thank you again for talking with me",
)
_CLOSING_THANKS_OFFER = (
    "Thank you again for your confidence in me",
    "Thank you again for this offer",
    "Thank you again for everything so far",
    "Thank you again for your trust and your time",
    "Thank you once more for the offer and for your support",
    "Thank you again for making the process so clear",
)
_CLOSING_NEXT = (
    "I look forward to the next steps",
    "I hope we can continue the conversation soon",
    "I would be glad to continue the conversation in the next round",
    "I hope to hear about the next stage when the time comes",
    "I would welcome the chance to talk further",
    "I hope our conversation can continue in the coming weeks",
)
_CLOSING_DECISION = (
    "I understand you hope to decide by {decision}, and I look forward to the next steps",
    "I know you plan to decide by {decision}, and I hope we can talk again before then",
    "I look forward to the next steps as you work toward a decision by {decision}",
    "I will keep {decision} in mind as your date for a decision",
    "I understand a decision is due by {decision}, and I am glad to help before then",
    "I know the team expects to decide by {decision}, and I hope to hear from you then",
)
_CLOSING_OFFER = (
    "I will read the details carefully and reply within a few days",
    "I am reviewing the details now and will come back to you shortly",
    "I will look over the details and follow up soon with any questions",
    "I will go through the details and be in touch soon",
    "I am reading the details now and will reply shortly",
    "I will study the details and get back to you in the next few days",
)
_CLOSING_MORE = (
    "If it would help, I am happy to send more detail on anything we discussed",
    "Please let me know if I can send anything else that would help",
    "I can also share examples of my past work if that would be useful",
)


def closing_sentences(ctx: Context) -> list[Sentence]:
    """Thanks again and a look ahead to the next steps."""
    offer = ctx.interview.stage is Stage.OFFER
    thanks = _CLOSING_THANKS_OFFER if offer else _CLOSING_THANKS
    out = [_sentence(ctx.pick("closing", thanks), ctx.fields())]
    decision = ctx.interview.decision_by
    if ctx.interview.stage is Stage.OFFER:
        out.append(_sentence(ctx.pick("closing-next", _CLOSING_OFFER), ctx.fields()))
    elif decision is not None and _as_date(decision) > ctx.sent:
        text = month_day(_as_date(decision))
        out.append(
            _sentence(ctx.pick("closing-next", _CLOSING_DECISION), ctx.fields(decision=text))
        )
    else:
        out.append(_sentence(ctx.pick("closing-next", _CLOSING_NEXT), ctx.fields()))
    return out


_CLOSING_AVAILABLE = (
    "If another conversation would be useful, I can make time whenever suits you",
    "I would also be glad to meet other members of the team if that is a useful next step",
    "I am flexible on timing for any next conversation",
)


def closing_padding(ctx: Context) -> list[Sentence]:
    """An offer of more detail, then an offer of time, for a short note.

    Two offers of the same kind in a row read as padding, so the second comes from another pool.
    """
    return [
        _sentence(ctx.pick("closing-more", _CLOSING_MORE), ctx.fields()),
        _sentence(ctx.pick("closing-available", _CLOSING_AVAILABLE), ctx.fields()),
    ]


def closing(
    interview: Interview,
    *,
    to: Interviewer | None = None,
    sent_at: dt.date | None = None,
    variant: int = 0,
) -> str:
    """Thanks again and the next steps, mentioning the employer's decision date when given."""
    return text_of(
        closing_sentences(make_context(interview, to=to, sent_at=sent_at, variant=variant))
    )


# ----------------------------------------------------------------------------- sign-off


def normalize_signoff(value: object) -> str:
    """A sign-off from :data:`SIGNOFFS`, matched without regard to case or a trailing comma."""
    if not isinstance(value, str):
        raise TypeError(f"signoff must be a str or None; got {type(value).__name__}")
    wanted = " ".join(value.strip().rstrip(",").split()).lower()
    for option in SIGNOFFS:
        if option.lower() == wanted:
            return option
    raise ValueError(f"unknown signoff {value!r}; expected one of {', '.join(SIGNOFFS)}")


def signoff(
    sender: Candidate,
    *,
    signoff: str | None = None,
    channel: Channel | str = "email",
    key: str = "",
) -> str:
    """The sign-off line and the signature: "Best regards,\\nJordan Lee".

    Without ``signoff`` one of :data:`PREFERRED_SIGNOFFS` is chosen from ``key`` (the composers
    pass the recipient, company and role).  An email signature adds the sender's email and phone
    when the Candidate has them; a card is signed with the name alone.
    """
    _check(sender, Candidate, "sender", "a thanknote.Candidate")
    if signoff is None:
        chosen = PREFERRED_SIGNOFFS[stable_index(key, "signoff", len(PREFERRED_SIGNOFFS))]
    else:
        chosen = normalize_signoff(signoff)
    lines = [f"{chosen},", sender.name.strip()]
    if to_channel(channel) is Channel.EMAIL:
        lines += [part.strip() for part in (sender.email, sender.phone) if part and part.strip()]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- subject

_SUBJECT_NOUN = {
    Stage.INTERVIEW: "interview",
    Stage.PHONE_SCREEN: "phone screen",
    Stage.TAKE_HOME: "take-home exercise",
}


def subject(
    interview: Interview,
    *,
    sender: Candidate | None = None,
    kind: NoteKind | str = "thank-you",
    to: Interviewer | None = None,
    variant: int = 0,
) -> str:
    """The email subject: "Thank you - Data Engineer interview", with the candidate's name in
    some variants; "Following up on the Data Engineer interview" for follow-ups (never a bare
    "Following up").
    """
    ctx = make_context(interview, to=to, sender=sender, variant=variant)
    note_kind = to_kind(kind)
    role = clean_phrase(interview.role)
    if note_kind is not NoteKind.THANK_YOU:
        what = "interview" if interview.stage is not Stage.TAKE_HOME else "take-home exercise"
        options = [f"Following up on the {role} {what}", f"Checking in on the {role} {what}"]
        if note_kind is NoteKind.FOLLOW_UP:
            options = [options[0], f"Following up: {role} {what}"]
        return ctx.pick("subject-follow", options)
    if interview.stage is Stage.OFFER:
        options = [f"Thank you for the {role} offer", f"Thank you - {role} offer"]
    else:
        noun = _SUBJECT_NOUN[interview.stage]
        options = [f"Thank you - {role} {noun}", f"{role} {noun} - thank you"]
    if sender is not None:
        options.append(f"Thank you from {sender.name.strip()} - {role} {_subject_noun(interview)}")
    return ctx.pick("subject", options)


def _subject_noun(interview: Interview) -> str:
    return "offer" if interview.stage is Stage.OFFER else _SUBJECT_NOUN[interview.stage]


def to_kind(kind: NoteKind | str) -> NoteKind:
    """A note kind from its name; an unknown kind is a ValueError naming it."""
    if isinstance(kind, NoteKind):
        return kind
    if not isinstance(kind, str):
        raise TypeError(f"kind must be a str; got {type(kind).__name__}")
    try:
        return NoteKind(kind.strip().lower())
    except ValueError:
        expected = ", ".join(repr(k.value) for k in NoteKind)
        raise ValueError(f"unknown kind {kind!r}; expected one of {expected}") from None


# ----------------------------------------------------------------------------- follow-ups

_FOLLOW_OPEN = (
    "Thank you again for speaking with me {when} about {role} at {company}",
    "I wanted to thank you once more for our conversation {when} about {role} at {company}",
    "Thank you once more for our conversation {when} about {role} at {company}",
)
_FOLLOW_TOUCH = (
    "Our discussion of {x} has stayed with me",
    "I have kept thinking about {x}",
    "I have thought more about {x} since then, and it makes the role even more appealing",
)
_FOLLOW_INTEREST = (
    "I remain very interested in {role} and in joining {company}",
    "My interest in {role} has only grown",
    "I am still very keen to join {company} in {role}",
)
_FOLLOW_PATIENCE = (
    "I know these decisions take time, and I appreciate the care that goes into them",
    "I wanted to keep in touch while the team weighs its decision",
    "I know the team has a lot to weigh, and I appreciate the care it takes",
)
_STATUS_ASK = (
    "When you have a moment, could you let me know where things stand on the timeline?",
    "If there is any update on the timeline for a decision, I would be grateful to hear it",
    "I would appreciate any news you can share about the timeline and next steps",
)
_STATUS_ASK_DECISION = (
    "You mentioned a decision around {decision}, so I wanted to ask whether there is any news",
    "I know you hoped to decide around {decision}, and I would be grateful for any update",
    "I would appreciate any news on the decision you expected around {decision}",
)
_FOLLOW_CLOSE = (
    "Please let me know if I can send anything else that would help",
    "If anything else would be useful for your decision, I am happy to provide it",
    "Thank you again, and I hope the rest of the process goes smoothly",
)


def followup_sentences(ctx: Context, kind: NoteKind) -> list[list[Sentence]]:
    """The paragraphs of a follow-up or status check: thanks again with a specific touch,
    renewed interest (and, for a status check, a courteous request for the timeline), and a
    short close.  Never pushy: it asks, it does not demand.
    """
    first = [_sentence(ctx.pick("follow-open", _FOLLOW_OPEN), ctx.fields())]
    # The user's own highlight says more than a topic from the agenda.
    items = ctx.highlights or ctx.items
    if items:
        x = mid_sentence(items[0])
        first.append(_sentence(ctx.pick("follow-touch", _FOLLOW_TOUCH), ctx.fields(x=x)))
    middle = [_sentence(ctx.pick("follow-interest", _FOLLOW_INTEREST), ctx.fields())]
    if kind is NoteKind.STATUS_CHECK:
        decision = ctx.interview.decision_by
        if decision is not None:
            fields = ctx.fields(decision=month_day(_as_date(decision)))
            middle.append(_sentence(ctx.pick("status", _STATUS_ASK_DECISION), fields))
        else:
            middle.append(_sentence(ctx.pick("status", _STATUS_ASK), ctx.fields()))
    else:
        middle.append(_sentence(ctx.pick("patience", _FOLLOW_PATIENCE), ctx.fields(), drop=1))
    last = [_sentence(ctx.pick("follow-close", _FOLLOW_CLOSE), ctx.fields())]
    return [first, middle, last]

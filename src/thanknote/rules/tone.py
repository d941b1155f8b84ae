"""Tone rules: an overfamiliar or unprofessional register.

ETIQUETTE.md, "Overfamiliar or unprofessional tone": emoji, exclamation overuse, slang and
text-speak (Princeton career services), casual greetings and sign-offs, being too personal,
desperation, negativity about past employers, demands, and salary talk.  Phrase families use
optional words and inflections so paraphrases are caught; every pattern is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache

from ..document import Document
from ..findings import Hit
from ._phrases import (
    CASUAL_GREETING,
    CASUAL_GREETING_ALONE,
    CASUAL_SIGNOFF,
    EMPHATIC_CAPS,
    loose,
    user_pattern,
)
from ._scan import PatternSet, PhraseScanner, quick
from .base import Rule, in_holes, rule, template_holes

# ---------------------------------------------------------------------- greeting and sign-off

_CASUAL_GREETING = re.compile(
    r"(?i)^\s*(?:" + CASUAL_GREETING + r")(?![\w'’])"
    r"|^\s*(?:" + CASUAL_GREETING_ALONE + r")(?=(?-i:(?:[ \t]+[A-Z][\w'’.\-]*){0,3})[ \t]*[,!.?:]*"
    r"[ \t]*$)"
)
_CASUAL_SIGNOFF = re.compile(r"(?i)^\s*(?:" + CASUAL_SIGNOFF + r")\s*(?:[,.!:;\-–—~]+\s*)?$")
_WORDS = re.compile(r"[^\W_]+")


@rule("tone.casual-greeting", severity="warning")
def casual_greeting(doc: Document) -> Iterator[Hit]:
    """Open with "Dear", "Hello" or "Hi" and the name; "Hey" and "Yo" are too casual.

    Of 160 hiring managers, 1% liked "Hey" (Workopolis); "Hi <name>" and "Hello" are fine.

    Bad: Hey Dana!
    Better: Dear Dana,
    """
    if not doc.lines:
        return
    first = doc.lines[0]
    m = _CASUAL_GREETING.match(first.text)
    person = doc.recipient
    better = f"Dear {person.first_name}," if person is not None else "Dear <first name>,"
    if m is not None:
        start = first.start + (len(m.group()) - len(m.group().lstrip()))
        # "Hey Dana!" keeps its name: the flagged word becomes "Dear"; "Hey there," has none.
        named = any(ch.isalpha() for ch in first.text[m.end() :])
        yield Hit(
            start,
            first.start + m.end(),
            message=f"'{m.group().strip()}' is too casual an opening; use '{better}'",
            suggestions=("Dear",) if named else (better.rstrip(","),),
        )
    subject = doc.subject
    if subject is not None and _CASUAL_GREETING.match(subject):
        yield Hit(
            message=f"The subject line '{subject.strip()}' is too casual; name the thanks "
            "and the role.",
            suggestions=("Thank you - <role> interview",),
        )


@rule("tone.casual-signoff", severity="warning")
def casual_signoff(doc: Document) -> Iterator[Hit]:
    """Close with "Best regards" or "Sincerely"; "Cheers", "Later" and "xoxo" are too casual.

    Bad: Cheers mate,
    Better: Best regards,
    """
    for line in doc.lines[-4:]:
        m = _CASUAL_SIGNOFF.match(line.text)
        if m is not None:
            word = line.text.strip().rstrip(",.!:;-–—~ ")
            start = line.start + line.text.index(word)
            yield Hit(
                start,
                start + len(word),
                message=f"'{word}' is too casual a sign-off; use 'Best regards,' or 'Sincerely,'.",
                suggestions=("Best regards,", "Sincerely,"),
            )


# ---------------------------------------------------------------------- emoji and punctuation

# Extended_Pictographic, as ranges (the stdlib has no property classes): the emoji blocks,
# dingbats and miscellaneous symbols, and the few scattered pictographs.
_PICTO = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2b1b\u2b1c\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u2934\u2935\u3030\u303d\u3297\u3299"
)
# One run of pictographs with their joiners, variation selectors and skin-tone modifiers.
_EMOJI = re.compile(f"[{_PICTO}][{_PICTO}\u200d\ufe0e\ufe0f\u20e3]*")
_EMOTICON = quick(
    r"(?<![\w:;=/\\<>^*])"
    r"(?:[:;=]['’]?-?[)(\]\[DPpOo3/\\|*@$]|<3+|[xX]D|\^_*\^|-_-|[oO]_[oO]|T_T)"
    r"(?![\w)(\]\[/\\|])"
)


@rule("tone.emoji", severity="warning")
def emoji(doc: Document) -> Iterator[Hit]:
    """Emoji and emoticons read as a text to a friend, not a note to an interviewer.

    Bad: I hope to continue the conversation soon 🙂
    Better: I hope to continue the conversation soon.
    """
    text = doc.text
    found = [] if text.isascii() else [(m.start(), m.end()) for m in _EMOJI.finditer(text)]
    # Every emoticon holds one of these marks; most notes hold none.
    if any(ch in text for ch in ":;=<^_") or "XD" in text or "xD" in text:
        found += [(m.start(), m.end()) for m in _EMOTICON.finditer(text)]
    for start, end in sorted(found):
        yield Hit(
            start,
            end,
            message="Remove the emoji; let the words carry the warmth.",
            suggestions=("",),
        )


_BANG_RUN = re.compile(r"\?*![!?]*")


@rule("tone.exclamations", severity="warning")
def exclamations(doc: Document) -> Iterator[Hit]:
    """More than a couple of exclamation marks, or any "!!", reads as gushing.

    The limit is ``Config.max_exclamations`` (two by default).

    Bad: Thanks so much!! It was great! I can't wait!
    Better: Thank you for your time. I enjoyed our conversation.
    """
    limit = doc.config.max_exclamations
    count = 0
    reported_excess = False
    for m in _BANG_RUN.finditer(doc.text) if "!" in doc.text else ():
        if doc.in_marked_name(m.start(), m.end()):
            continue  # the company's own mark ("Yahoo!")
        count += m.group().count("!")
        if len(m.group()) > 1:  # "!!", "?!", "!!!"
            yield Hit(
                m.start(),
                m.end(),
                message="Use at most one exclamation mark at a time, and few in the whole note.",
                suggestions=(".", "!"),
            )
        elif count > limit and not reported_excess:
            reported_excess = True
            yield Hit(
                m.start(),
                m.end(),
                message=f"More than {limit} exclamation marks; end most sentences with a period.",
                suggestions=(".",),
            )
    subject = doc.subject
    if subject is not None and "!!" in subject:
        yield Hit(message="Drop the exclamation marks from the subject line.")


# ---------------------------------------------------------------------- shouting

# A capitalized word: _CAPS_RUN with no word character or apostrophe either side.  The edges
# are checked in Python: a pattern that begins with a plain class is several times faster.
_CAPS_RUN = re.compile(r"[A-Z][A-Z'’]*[A-Z]")


def _caps_words(text: str) -> list[re.Match[str]]:
    """The matches of ``(?<![\\w'’])[A-Z][A-Z'’]*[A-Z](?![\\w'’])`` in ``text``."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        start, end = m.span()
        if start and _joins(text[start - 1]):
            continue
        if end < len(text) and _joins(text[end]):
            continue
        out.append(m)
    return out


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’"


_LONG_WORDLIKE = 8  # an all-caps word this long with vowels is a word, not an acronym


def _emphatic(word: str) -> bool:
    low = word.lower().replace("’", "'")
    if low in EMPHATIC_CAPS:
        return True
    vowels = sum(ch in "aeiou" for ch in low)
    return len(low) >= _LONG_WORDLIKE and vowels >= 3


@rule("tone.shouting", severity="warning")
def shouting(doc: Document) -> Iterator[Hit]:
    """Words in capitals shout; write them in lower case (acronyms such as SQL or HR are fine).

    A capitalized word shouts when it is an ordinary word ("LOVED", "REALLY"), or when it stands
    in a run of three or more capitalized words.

    Bad: I LOVED the tour and would be SO HAPPY to join.
    Better: I enjoyed the tour and would be glad to join.
    """
    context = doc.context_words
    text = doc.text
    holes = template_holes(doc)  # "<ROLE>", "[COMPANY NAME]": an errors matter, not shouting
    caps = [m for m in _caps_words(text) if m.group().lower() not in context]
    inside = in_holes(holes, [m.start() for m in caps])
    words = [m for m, slot in zip(caps, inside, strict=True) if not slot]
    flagged: set[int] = set()
    for i, m in enumerate(words):
        if _emphatic(m.group()):
            flagged.add(i)
        # A run of three capitalized words in a row is shouting whatever the words are.
        if (
            i >= 2
            and _adjacent(doc.text, words[i - 2], words[i - 1])
            and _adjacent(doc.text, words[i - 1], m)
        ):
            flagged.update((i - 2, i - 1, i))
    for i in sorted(flagged):
        m = words[i]
        yield Hit(
            m.start(),
            m.end(),
            message=f"'{m.group()}' in capitals reads as shouting; write it in lower case.",
            suggestions=(m.group().lower(),),
        )
    subject = doc.subject
    letters = [ch for ch in subject or "" if ch.isalpha()]
    shouted = len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(set(letters)) > 2
    wordy = any(_emphatic(w) for w in re.findall(r"[A-Za-z']+", subject or "")) or len(letters) > 6
    if shouted and wordy:
        yield Hit(message="The subject line is in capitals; write it in sentence case.")


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return 0 < b.start() - a.end() <= 2 and not text[a.end() : b.start()].strip(" ")


# ---------------------------------------------------------------------- phrase rules


# Every phrase rule below registers its families here; one combined pattern per document scans
# for all of them at once (a named group per rule), and each rule reads its own matches.
_FAMILIES: dict[str, tuple[str, ...]] = {}
_EXACT: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=1)
def _combined() -> tuple[PhraseScanner, PatternSet | None]:
    """(scanner for the lower-cased text, case-sensitive patterns), built on first use."""
    scanner = PhraseScanner(
        {_group(k): [loose(f).lower() for f in v] for k, v in _FAMILIES.items()}
    )
    exact = None
    if _EXACT:
        parts = [f"(?P<{_group(k)}>{'|'.join(v)})" for k, v in _EXACT.items()]
        exact = PatternSet(
            [re.compile(r"(?<![\w'’.\-])(?:" + "|".join(parts) + r")(?![\w'’\-]|\.\w)")]
        )
    return scanner, exact


def _group(rule_id: str) -> str:
    return rule_id.replace(".", "_").replace("-", "_")


def _scan(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Every phrase family's matches, found in one pass shared by all phrase rules."""
    return doc.memo("tone.phrases", _scan_text)


def phrase_spans(doc: Document, rule_id: str) -> list[tuple[int, int]]:
    """(start, end) of each match of one phrase rule's family in ``doc`` (from the shared scan,
    whether or not that rule is enabled): other rules read them too."""
    return _scan(doc).get(_group(rule_id), [])


def _scan_text(doc: Document) -> dict[str, list[tuple[int, int]]]:
    scanner, exact = _combined()
    found = scanner.scan(doc)
    if exact is not None:
        for m in exact.scan(doc).get(0, ()):
            if m.lastgroup is not None:
                found.setdefault(m.lastgroup, []).append((m.start(), m.end()))
    return found


# Plain replacements for common slang and text-speak; other phrases have advice only.
_REPLACEMENTS = {
    "thx": "thank you",
    "thnx": "thank you",
    "thnks": "thank you",
    "tks": "thanks",
    "ty": "thank you",
    "u": "you",
    "ur": "your",
    "urs": "yours",
    "pls": "please",
    "plz": "please",
    "btw": "by the way",
    "imo": "in my view",
    "imho": "in my view",
    "tbh": "to be honest",
    "idk": "I am not sure",
    "b4": "before",
    "gr8": "great",
    "2day": "today",
    "2morrow": "tomorrow",
    "l8r": "later",
    "asap": "as soon as possible",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "tho": "though",
    "thru": "through",
    "msg": "message",
    "lmk": "please let me know",
    "rn": "right now",
    "def": "definitely",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "somewhat",
    "sorta": "somewhat",
    "dunno": "do not know",
    "gimme": "give me",
    "lemme": "let me",
    "yeah": "yes",
    "yep": "yes",
    "yup": "yes",
    "nope": "no",
    "you guys": "you",
    "y'all": "you",
    "awesome": "excellent",
    "super excited": "very excited",
    "stoked": "delighted",
    "super stoked": "delighted",
    "pumped": "eager",
    "psyched": "eager",
    "hyped": "eager",
    "totally": "fully",
    "thanks a ton": "thank you very much",
    "thanks a bunch": "thank you very much",
    "thanks a million": "thank you very much",
    "no worries": "not at all",
    "legit": "genuine",
    "lol": "",
    "lmao": "",
    "omg": "",
}


def _phrase_rule(
    rule_id: str,
    fragments: tuple[str, ...],
    message: str,
    doc: str,
    severity: str = "warning",
    case_sensitive: tuple[str, ...] = (),
    user_phrases: bool = False,
    also: Callable[[Document], Iterator[tuple[int, int]]] | None = None,
) -> Rule:
    """A rule that flags every match of a phrase family, with one message (replacements where
    known); ``also`` finds more spans for the same message (outside the family's own)."""
    _FAMILIES[rule_id] = fragments
    if case_sensitive:
        _EXACT[rule_id + ".exact"] = case_sensitive
    keys = (_group(rule_id), _group(rule_id + ".exact"))

    def find(document: Document) -> Iterator[Hit]:
        scan = _scan(document)
        spans = sorted({span for key in keys for span in scan.get(key, ())})
        if also is not None:
            more = [(a, b) for a, b in also(document) if not any(a < e and s < b for s, e in spans)]
            spans = sorted(spans + more)
        if not spans:
            return  # the common case: nothing of this family in the note
        text = document.text
        context = document.context_words
        for start, end in spans:
            said = " ".join(text[start:end].split())
            if context and all(w.lower() in context for w in _WORDS.findall(said)):
                continue  # the interview's own vocabulary (a "Compensation Analyst" role)
            better = _REPLACEMENTS.get(said.lower())
            yield Hit(
                start,
                end,
                message=message.format(said),
                suggestions=(better,) if better is not None else (),
            )

    def find_with_user(document: Document) -> Iterator[Hit]:
        yield from find(document)
        # The user's own list (Config.extra_phrases["tone"]) reports through tone.slang.
        phrases = document.config.extra_phrases.get("tone", ())
        for m in user_pattern(tuple(phrases)).finditer(document.text) if phrases else ():
            said = " ".join(m.group().split())
            yield Hit(
                m.start(),
                m.end(),
                message=f"'{said}' is on your list of wording to avoid.",
                severity="warning",
            )

    chosen = find_with_user if user_phrases else find
    chosen.__doc__ = doc
    return rule(rule_id, severity=severity, message=doc.strip().splitlines()[0])(chosen)


slang = _phrase_rule(
    "tone.slang",
    (
        r"gonna",
        r"(?:a |an )?(?:total |absolute |real )?banger of an?",
        r"a proper laugh",
        r"sounds (?:so |really )?sweet(?=[.!,])",
        r"thanks heaps",
        r"ugh",
        r"keen as(?= to\b|[.!,]| mustard)",
        r"(?:was|is) the bomb",
        r"wanna",
        r"gotta",
        r"kinda",
        r"sorta",
        r"dunno",
        r"gimme",
        r"lemme",
        r"ain't",
        r"y'all",
        r"ya",
        r"yeah",
        r"yep",
        r"yup",
        r"nope",
        r"nah",
        r"dude",
        r"bro",
        r"bruh",
        r"awesome(?: sauce)?",
        r"stoked",
        r"pumped",
        r"psyched",
        r"hyped",
        r"vibes?",
        r"vibing",
        r"legit",
        r"totally",
        r"lowkey",
        r"highkey",
        r"no cap",
        r"slay(?:ed)?",
        r"bestie",
        r"fam",
        r"you guys",
        r"crush(?:ed|ing)? it",
        r"kill(?:ed|ing)? it",
        r"nail(?:ed)? it",
        r"(?:had|was) a blast",
        r"thanks a (?:ton|bunch|million)",
        r"no worries",
        r"my bad",
        r"super (?:stoked|excited|pumped|psyched|hyped|cool|fun|happy|important|interesting|"
        r"interested|helpful|great|nice|impressed|grateful|thankful|keen|eager|glad|easy|busy)",
        r"(?:so|super|really|pretty|totally|way) cool",
        r"cool (?:boss|team|people|guy|guys|folks|place|company|gig|stuff)",
        r"(?:the|this|that|some|other|training|that kind of) stuff",
        r"stuff like that",
        r"(?:is|was|so|pretty|kinda) (?:crazy|wild|insane)",
        # "the deck wall is sick" praises; "when another aide is sick" is only ill
        "".join(
            f"(?<!{who}[ ])"
            for who in "aide nurse someone somebody anyone he she I they child kid son daughter "
            "colleague coworker co-worker employee member driver teacher patient client person "
            "worker mother father mom mum dad wife husband partner baby who".split()
        )
        + r"(?:is|was) (?:so |totally |pretty |really )?sick",
        r"(?:port|game|demo|build|setup|set-up|project|office|product|app|launch|feature|stack|"
        r"design|trailer|level|release|tech|kit|rig|studio|space) (?:looks|sounds|seems|is|was) "
        r"(?:so |totally |pretty |really )?(?:sick|insane|fire|dope|lit|epic|legit)",
        r"how crazy",
        r"(?:shoot|drop) me (?:a|an) (?:message|text|line|email|note)",
        r"pretty much",
        r"a total (?:hit|blast|rock ?star|pro|win|game[- ]?changer)",
        r"for real",
        r"freaking",
        r"frickin",
        r"damn",
        r"hell yeah",
        r"hella",
        r"dope(?:st)?",
        r"(?:so|super|pretty|very|really|totally) (?:chill|lit|dope|rad)",
        r"chill(?:ing|ed)? with",
        r"(?:my|this|that|new|current|last|old|dream|sweet|cool) gig",
        r"(?:I'm|I am|I’m) (?:so )?down (?:for|to)",
        r"sweet deal",
        r"wicked (?:cool|good)",
        r"(?:big|huge|major) (?:fan|mood)",
        r"cheers for",
        r"natter",
        r"(?:proper|well) buzzing",
        r"buzzing (?:about|for|to)",
        r"reckon",
        r"smash(?:ed|ing)? it",
        r"(?:thanks|cheers|ta),? mate",
        r"g'day",
        r"arvo",
        r"heaps (?:good|keen)",
        r"chuffed",
        r"gutted",
        r"knackered",
        r"dead keen",
        r"geeked",
        r"amped",
        r"psyched",
        r"(?:is|was|are|were|looked|looks|so|totally) lit(?! by| with| up| from| at)",
        r"(?:seems?|seemed|so|super|pretty|totally) chill",
        r"keen as mustard",
        r"(?:thanks|cheers|appreciated|thank you),? (?:bud|buddy|pal|dude|bro|fam)",
        r"(?<=,[ ])(?:buddy|bud|pal|hun|hon|babe|sweetie|sweetheart|darling|mate)(?=[.!?,])",
        r"(?:a|such a|bit of a) doddle",
        r"ta (?:very much|muchly|so much)",
        r"holler (?:at me|if|when)",
        r"peace out",
        r"laters",
        r"toodles",
        r"ciao",
        r"xoxo",
        r"(?:big|sending|many) hugs",
        r"lekker",
        r"eish",
        r"shiok",  # Singlish
        r"(?:steady|can|okay|ok|sure|yes) lah",
        r"alamak",
        r"paiseh",
        r"(?:thank you|thanks|salamat)(?: so much| very much)? po",  # Tagalog politeness
        r"howzit",
        r"craic",
        r"finna",
        r"innit",
        r"shot again",
        r"(?:thanks|cheers|shot)(?: again)?(?: for (?:your|the) time)?,? bru",
        r"cool beans",
        r"so{3,8}",
        r"rea?lly{3,8}",
        r"ye{1,3}s{3,8}",
        r"wo{3,8}w?",
        r"ha(?:ha){2,6}",
    ),
    "'{}' is slang; use plain professional wording.",
    """Slang ("gonna", "awesome", "super stoked", "vibe") is too casual for an interviewer.

    Phrases in ``Config.extra_phrases["tone"]`` are reported here too.

    Bad: I'm super stoked, the team vibe was awesome.
    Better: I am very interested in the role, and I enjoyed meeting the team.
    """,
    user_phrases=True,
)

text_speak = _phrase_rule(
    "tone.text-speak",
    (
        r"thx",
        r"thnx",
        r"thnks",
        r"tks",
        r"lol{1,8}",  # bounded, so the scanner can list its first words
        r"lmao",
        r"haha(?:ha){0,4}",
        r"hehe(?:he){0,4}",
        r"rofl",
        r"btw",
        r"omg",
        r"imo",
        r"imho",
        r"tbh",
        r"idk",
        r"pls",
        r"plz",
        r"gr8",
        r"b4",
        r"2day",
        r"2morrow",
        r"l8r",
        r"cya",
        r"ttyl",
        r"asap",
        r"urs",
        r"brb",
        r"smh",
        r"nvm",
        r"ngl",
        r"w/e",
        r"bc",
        r"cuz",
        r"coz",
        r"tho",
        r"(?<!-)thru",  # "drive-thru" is a word
        r"msg",
        r"irl",
        r"jk",
        r"luv",
        r"c u (?:soon|later|then|there|tomorrow)",
    ),
    "'{}' is text-speak; write the words out.",
    """Text-speak ("thx", "u", "lol", "btw") reads as a text message; write the words out.

    Bad: thx for the call, lmk if u need anything btw
    Better: Thank you for the call; please let me know if you need anything.
    """,
    # Lower-case only: "U" and "Ty" are also initials and names; "U.S." and "u-turn" are words.
    case_sensitive=(r"u", r"ur", r"ty", r"def", r"k", r"lmk", r"r", r"rn", r"bc"),
)

personal = _phrase_rule(
    "tone.personal",
    (
        r"(?:the )?(?:coolest|sweetest|nicest|cutest|kindest|funniest|awesomest|most amazing) "
        r"(?:boss|manager|director|interviewer|person|lady|guy|chef|supervisor|recruiter|"
        r"human)(?: (?:ever|I have ever met|I've ever met|I ever met))?",
        r"(?:coolest|sweetest|nicest|cutest|awesomest) \w+ ever",
        r"(?:great|best|good|close|fast) (?:friends|buddies|buds|pals)",
        r"(?:made|make|makes) me feel (?:like )?(?:family|part of the family|an old friend)",
        r"(?:let's|let’s|let us|we should|we could|shall we) grab (?:a |some )?(?:lunch|coffee|dinner|"
        r"a bite|breakfast)",
        r"(?:attached|enclosed|included|including) (?:a |my )?(?:headshot|selfie|photo of myself|"
        r"picture of myself)",
        r"the most (?:\w+ ){0,2}(?:leader|manager|person|boss|interviewer|mentor|professional|human) "
        r"in the (?:entire |whole )?(?:industry|world|country|field|business|city|universe)",
        r"best buds",
        r"grab (?:a |some )?(?:beers?|drinks?|a drink|a pint|dinner|lunch) (?:sometime|together|"
        r"this weekend|after work)?",
        r"grab (?:a |some )?(?:beers?|drinks?|pints?)",
        r"hang(?:ing)? out",
        r"hit me up",
        r"play ?date",
        r"(?:text|call) me (?:whenever|anytime|any time|day or night)",
        r"day or night",
        r"my treat",
        r"(?:no matter )?how well we (?:clicked|hit it off|got along)",
        r"we (?:really )?clicked",
        r"(?:you are|you're|you looked|you look) (?:so |very |really )?(?:cute|beautiful|handsome|"
        r"pretty|gorgeous|hot|adorable|stunning|sexy|attractive)",
        r"(?:love|loved|like|liked|admired) your (?:hair|haircut|outfit|dress|shoes|smile|eyes|style|"
        r"tie|suit|voice|accent|glasses|earrings|jacket|blazer|shirt|scarf|perfume|cologne|tattoos?)",
        r"your (?:\w+ )?(?:suit|outfit|dress|tie|shoes|haircut|hairstyle|hair|glasses|earrings|jacket|"
        r"blazer|shirt|scarf|perfume|cologne|tattoos?) (?:today |yesterday |this morning )?(?:was|"
        r"were|is|are|looked|looks) (?:an? )?(?:so |very |really |quite |absolutely )?(?:sharp|nice|lovely|"
        r"great|stylish|beautiful|amazing|gorgeous|cool|fantastic|elegant|fabulous|good|smart|chic|"
        r"dapper|striking|perfect|stunning)",
        r"(?:navy|blue|black|red|green|grey|gray|white|pink|purple|yellow|that colou?r|the colou?r)"
        r" (?:really |truly )?suits you",
        r"(?:dress|suit|tie|outfit|colou?r|shirt|blouse|jacket|scarf|hairstyle) (?:really |truly )?"
        r"suited you",
        r"you (?:looked|look) (?:so |very |really |absolutely |quite )?(?:radiant|glowing|ravishing|"
        r"dazzling|elegant|beautiful|lovely)",
        r"you (?:looked|look|seemed|seem) (?:so |very |really |quite |a bit |a little |absolutely "
        r"|completely |totally )?(?:tired|exhausted|shattered|knackered|drained|stressed|worn out|"
        r"great|amazing|fantastic|lovely|stunning|gorgeous|beautiful|sharp|younger|young for)",
        r"(?:little boy|little girl|son|daughter|kids?|children|baby|toddler)(?:['’]s)? (?:chickenpox|"
        r"illness|cold|flu|fever|surgery|crying|tantrum)",
        r"treat yourself to",
        r"(?:your|the) (?:dog|cat|puppy|kids?|baby|wife|husband) (?:is|was|are) (?:the )?"
        r"(?:so )?(?:cute|cutest|adorable|sweet)",
        r"soul ?mates?",
        r"kindred spirits?",
        r"hugs and kisses",
        r"(?:you have|your) (?:a |such a )?(?:lovely|beautiful|gorgeous|cute|pretty|nice|great) "
        r"(?:smile|eyes|hair|voice|laugh|figure|legs)",
        r"(?:I )?miss(?:ed)? you already",
        r"(?:the |such )?(?:kindest|warmest|loveliest|prettiest|most beautiful|beautiful|gorgeous|"
        r"lovely|pretty|sparkling|dreamy|amazing) (?:eyes|smile|face|hair|laugh|legs)",
        r"my (?:divorce|break-?up|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|therapist|"
        r"therapy|custody battle|love life|dating life|loneliness)",
        r"(?:feel|feeling|felt) (?:quite |so |very |really )?(?:alone|lonely)",
        r"I cry (?:every night|myself to sleep)",
        r"(?:been )?sleeping (?:badly|poorly)",
        r"take you (?:out )?(?:for|to) (?:a )?(?:drinks?|dinner|a date|the movies)",
        r"(?:drinks|dinner|a date) (?:sometime|some time|together)",
        r"just the two of us",
        r"somewhere (?:less formal|more private|quieter)",
        r"go out for drinks",
        r"(?:you're|you are) (?:single|married)",
        r"(?:you look|you looked|you seem|you seemed|you're|you are) (?:far |much |way |so |a bit |"
        r"a little )?too young (?:to|for)",
        r"whatever your (?:secret|skincare|routine) is",
        r"the (?:outfit|dress|suit|tie|shoes|jacket|blazer|shirt|earrings|necklace) you (?:wore|"
        r"had on|were wearing)",
        r"your accent (?:is|was) (?:so |absolutely |really |very |quite |just |honestly )?"
        r"(?:adorable|lovely|charming|cute|gorgeous|beautiful|sexy|amazing|delightful|wonderful|"
        r"fantastic|to die for)",
        r"where (?:are|were) you (?:originally )?from",
        r"were you originally from",
        r"are you (?:originally )?from",  # a question about where someone comes from
        r"my (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?) (?:moved out|left(?: me)?|"
        r"walked out|cheated|and I (?:split|separated|broke up|are divorcing))",
        r"(?:my|our) (?:marriage|relationship) (?:is|was|has been) (?:falling apart|over|ending|"
        r"on the rocks)",
        r"(?:suspended|expelled) from school",
        r"(?:crying|cried|cry) (?:most|every|all|at) nights?",
        r"barely sleeping",
        r"(?:things|life) (?:have|has) been (?:very |really |so )?(?:hard|tough|difficult) at home",
        r"open up to you",
        r"(?:over )?(?:a )?(?:coffee|drink|drinks|dinner|lunch) sometime",
        r"(?:my|our) (?:therapist|psychiatrist|counsellor|counselor) (?:says|said|thinks)",
        r"your (?:number|phone number) so",
        r"your (?:wife|husband|fianc[eé]e?|boyfriend|girlfriend|kids|son|daughter|little ones|baby|"
        r"toddler|twins)(?![’']s)",
        r"potty training",
        r"(?:how|so) (?:tired|exhausted|stressed|worn out|sad|unhappy) you (?:looked|look|seemed|"
        r"seem)",
        r"(?:your|the) divorce",
        r"(?:if you ever need|you need|you could use) someone to talk to",
        r"you deserve to be treated better",
        r"(?:spotted|noticed|saw|loved|admired) (?:the|your) (?:engagement ring|wedding ring|ring|"
        r"tattoo|tattoos)",
        r"congratulations on your (?:engagement|wedding|pregnancy|baby|divorce)",
        r"(?:hope|hoping|trust) your (?:knee|hip|shoulder|surgery|recovery|health|cold|flu|back "
        r"pain) (?:is|was|goes|went|heals|is healing|is holding)",
        r"how the (?:physical therapy|physio|physiotherapy|recovery|surgery|treatment) goes",
        r"(?:stunning|gorgeous|beautiful|lovely|amazing|great|perfect) on you",
        r"(?:set|sets) off your eyes",
        r"(?:admiring|admired|loved|envied) your (?:home|house|apartment|flat|home office|kitchen)",
        r"which part of town (?:is it|is that|do you live|you live)",
        r"where (?:you|do you) live",
        # flattery: praise of the person rather than of the work
        r"(?:person|leader|manager|boss|interviewer|mentor|human being|professional|woman|man|"
        r"people) (?:I(?:'ve|’ve| have)?|I've) ever (?:met|known|worked with|spoken (?:with|to)|"
        r"talked (?:with|to)|interviewed with)",
        r"I(?:'ve|’ve| have) ever met",
        r"(?:you are|you're|you’re) (?:truly |simply |absolutely |such |a |an |so |really )*(?:genius|"
        r"legend|rock ?star|visionary|icon|living legend|role model|hero|inspiration to us all)",
        r"best (?:manager|boss|leader|interviewer|person|mentor) in the (?:world|industry|universe|"
        r"business|country)",
        r"(?:in awe of you|worship you|idoli[sz]e you|your biggest fan)",
        r"(?:you are|you're|you’re) (?:truly |such |a |an |really )*(?:gem|jewel|treasure)(?: of a "
        r"(?:person|woman|man|lady|human being))?",
        r"(?:a )?shining (?:light|star|beacon) (?:to|for) (?:all|everyone|us all)",
        r"(?:wisdom|elegance|kindness|beauty|grace|charm)(?:,? (?:and )?(?:wisdom|elegance|kindness|"
        r"beauty|grace|charm))* (?:is|are) (?:simply |truly )?unmatched",
        # the writer's or family's health, weight and bereavements: oversharing in a thank-you
        # (Not a reason for the career: "I became a nurse after my father had a stroke".)
        r"(?<!after[ ])(?<!since[ ])(?<!when[ ])(?<!because[ ])(?<!once[ ])"
        r"(?:my|our) (?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|"
        r"sister|grandmother|grandfather|gran|nan|grandma|grandpa)(?:,? [A-Z]\w+,?)? (?:had|has "
        r"had|has|was having|is having|underwent|was diagnosed with|has been diagnosed with) (?:a |an "
        r"|his |her )?(?:triple |double |quadruple |major |minor |serious |bad |second |mild )?"
        r"(?:bypass|heart attack|stroke|surgery|operation|cancer|tumou?r|chemo(?:therapy)?|"
        r"breakdown|miscarriage|hysterectomy|mastectomy|transplant|seizures?|dementia)",
        r"(?:trouble|problems|issues|pain) with my (?:knees?|back|hips?|bladder|bowels?|weight|"
        r"nerves|prostate|periods?|joints|feet)",
        r"(?:telling|told|tells|wants) me to lose weight",
        r"(?:I need|I have|trying) to lose (?:some )?weight",
        # the writer's own conditions and treatment
        r"I(?:'ve|’ve| have)? (?:been |am |was )?(?:really )?(?:struggling|suffering|dealing|living) "
        r"with (?:a |my )?(?:severe |chronic |bad |terrible |awful |debilitating |constant )?(?:flare-?"
        r"ups? of \w+(?: \w+)?|migraines|headaches|anxiety|depression|insomnia|panic attacks|back pain|"
        r"an eating disorder|IBS|vertigo|ulcerative colitis|Crohn's|endometriosis|long covid)",
        r"(?:running|rushing|dashing|had to run) (?:to|off to) the (?:bathroom|toilet|loo|restroom)",
        r"(?:medication|meds|dose|treatment|pills|tablets) (?:has been |have been |is |was )?(?:causing "
        r"(?:me )?|giving me )(?:\w+ )?(?:cramps|nausea|headaches|insomnia|side effects|dizziness|"
        r"fatigue|brain fog|broken sleep|trouble)",
        r"my (?:neurologist|doctor|GP|cardiologist|oncologist|psychiatrist|physician|specialist|"
        r"surgeon|dermatologist|gynaecologist|gynecologist|gastroenterologist|rheumatologist|"
        r"urologist|therapist|counsellor|counselor) (?:has )?(?:just |recently |finally )?"
        r"(?:put|started|switched|told|said|says|thinks|diagnosed|prescribed|increased|changed)",
        r"(?:put|started|switched) me on (?:a |an |some )?(?:new |different |stronger )?(?:medication"
        r"|meds|antidepressants?|pills|tablets|dose)",
        r"(?:the |my |this |a )?(?:new )?(?:medication|meds|pills|tablets) (?:that )?(?:leaves?|makes?|"
        r"made|left|has left|has made) me",
        r"(?:my|our) (?:cat|dog|pet|puppy|kitten|rabbit|parrot|hamster|budgie)(?:,? [A-Z]\w+,?)? "
        r"(?:passed away|died|was put down|had to be put down|was put to sleep|crossed the rainbow "
        r"bridge)",
        # blessings and kinship: personal, not professional
        r"(?:may )?God (?:continue to |always )?bless you",
        r"may your days be long",
        r"your wedding (?:photos|pictures|album|video)",
        r"(?:should|need to|might want to|ought to) (?:really )?update your (?:LinkedIn |profile )?"
        r"(?:photo|picture|headshot)",
        r"(?:does|did) not do you justice|(?:doesn't|doesn’t|didn't|didn’t) do you justice",
        r"(?:our|my) honeymoon",
        r"(?:getting|get|got) married (?:on|in|this|next)",
        r"rehearsal dinner",
        r"(?:hope|trust) your (?:\w+ )?(?:back|knee|hip|shoulder|neck|arm|leg|foot|ankle|wrist|health|"
        r"recovery|treatment|migraine|cold|flu) (?:is|are) (?:feeling |getting |doing |now )?(?:better|"
        r"well|ok|okay|improving|healing)",
        r"after your (?:surgery|operation|illness|procedure|treatment|chemo|miscarriage)",
        r"(?:congrats|congratulations) (?:again )?on (?:the|your) (?:pregnancy|baby|engagement|wedding|"
        r"divorce|new baby|bump)",
        r"(?:you're|you’re|you are) (?:recently |newly )?(?:divorced|separated|single|pregnant)",
        r"(?:hungover|hung over|a hangover|my hangover)",
        r"(?:ended up|was out|were out|stayed out) (?:\w+ )?(?:in a club|at a club|clubbing|drinking|"
        r"partying|at the pub|in the pub|at a bar)",
        r"(?:running on|had|got|with) (?:only |just )?(?:one|two|three|\d) hours?['’]? (?:of )?sleep",
        r"(?:been|was|am) out the night before",
        r"back in your day",
        r"your generation(?:'s|’s) (?:thing|strength|forte|era)",
        r"(?:someone|people) (?:of )?my age (?:comes in|can|is|are)",
        r"(?:your|her|his) (?:sister|brother|husband|wife|partner|mother|father)['’]s (?:public )?"
        r"(?:page|profile|Instagram|Facebook|feed)",
        r"I feel (?:like )?I know you (?:a little |a bit |much |so |even )?better",
        r"(?:over|for) (?:dinner|drinks|a drink|a meal)(?:,)? (?:entirely |purely |completely )?"
        r"outside (?:of )?work",
        r"my personal (?:number|phone number|cell|mobile|phone)",
        r"(?:a|such a) real connection(?:,)? beyond",
        r"(?:you are|you're|you’re) in (?:remarkable|great|amazing|fantastic|incredible|excellent|"
        r"terrific|superb) shape",
        r"(?:those|your) (?:shoulders|arms|biceps|legs|abs|muscles|physique|figure)",
        r"your (?:training|workout|fitness|gym|exercise) (?:routine|regime|regimen)",
        # faith and party politics: the writer's convictions, not the job's
        r"I pray (?:every|each|daily|before|for guidance)",
        r"(?:believe|trust|know) (?:that )?God (?:puts|put|places|placed|has|will|led|leads|guides|"
        r"guided|brought|sent)",
        r"God(?:'s|’s) (?:plan|will|timing)",
        r"(?:campaign|rally|rallies|events?|anything) for (?:that|this|the other|their|his|her) "
        r"(?:political )?party",
        r"in good conscience (?:work|plan|vote|support) for",
        r"(?:I will|I'll|I shall|I) (?:always )?pray for you",
        r"(?:feel|felt) (?:like|as if) you (?:are|were) (?:already )?(?:like )?my (?:mother|father|"
        r"sister|brother|mom|mum|dad|aunt|aunty|auntie|uncle|family|second mother)",
    ),
    "'{}' is too personal for a note to an interviewer; keep to the conversation and the role.",
    """Overly personal remarks (about looks, friendship, drinks, pets) overstep with an interviewer.

    Bad: You are the coolest boss ever; we should grab a beer this weekend.
    Better: I enjoyed hearing how your team plans its maintenance schedule.
    """,
)

desperate = _phrase_rule(
    "tone.desperate",
    (
        r"(?:I )?(?:really |desperately |badly |truly |seriously )?need (?:this|a) (?:job|paycheck|"
        r"income)",
        r"need this (?:position|role|opportunity|work)",
        r"(?:really|desperately|badly) need (?:the|this|a) (?:position|role|opportunity|work)",
        r"(?:please[,]? )+hire me",
        r"(?:I am|I'm|I’m) begging(?: you)?",
        r"I beg (?:you|of you)",
        r"(?:I'll|I will|I would|I'd|I can) (?:literally |honestly )?do (?:anything|whatever "
        r"(?:it takes|you (?:want|need|ask)))",
        r"(?:will|would|can) (?:accept|take) (?:any|whatever) (?:salary|pay|wage|offer|rate|"
        r"amount|position)",
        r"(?:my )?savings (?:are|is) (?:almost |nearly |all |completely )?(?:gone|running out|"
        r"depleted|exhausted)",
        r"(?:I )?(?:can't|cannot|can not) afford (?:to|not|another|rent|my)",
        r"(?:been |I am |I'm )?out of work for",
        r"(?:been )?unemployed for",
        r"(?:don't|do not) know what I (?:will|would|'ll) do",
        r"my last (?:chance|hope)",
        r"(?:anything|any job) at (?:this|that) point",
        r"please give me (?:this|a) chance",
        r"(?:I am|I'm) (?:so )?desperate",
        r"(?:I am |I'm |I’m )?plead(?:ing)?(?: with you)?",
        r"give me (?:a|another|one more|a second|one last) (?:chance|shot)",
        r"(?:will not|won't|won’t|do not|don't|don’t|would not|wouldn't) hold (?:it|this|that|"
        r"yesterday|today|my \w+) against me",
        r"(?:don't|do not|don’t) know how (?:much )?longer I can",
        r"I(?:'ll| will) take any "
        r"(?:hours|shift|shifts|job|position|role|role you have)",
        r"(?:applied|apply(?:ing)?) (?:to|for) (?:more than |over )?(?:a hundred|hundreds of|"
        r"dozens of|\d+) (?:jobs|positions|roles)",
        r"(?:heard|hear) nothing back",
        r"(?:please,? )?I (?:really |truly )?need this(?: (?:so badly|more than anything))?",
        r"more than anything in the world",
        r"(?:my|our) (?:rent|bills|mortgage) (?:is|are) (?:due|"
        r"overdue|late)",
        r"behind on (?:my |the |our )?(?:rent|bills|mortgage|payments|car payments|student loans)",
        r"(?:car|house|home|van|truck|flat) (?:was|has been|got|is being) repossessed",
        r"(?:on|behind on|took out|taking out) (?:(?:two|three|several|a few|some) )?payday loans?",
        r"(?:account|accounts) (?:has|have) been overdrawn",
        r"(?:my )?(?:account|accounts) (?:is|are|was|were) overdrawn",
        r"(?:every|each) (?:week|day|month) without a pay ?(?:check|cheque)",
        r"(?:if|unless) I (?:do not|don't|don’t) get this (?:job|role|position)",
        r"(?:praying|pray|hoping and praying) (?:\w+ ){0,3}that you (?:pick|choose|select|hire) me",
        r"eternally grateful",
        r"(?:I'm|I’m|I am) (?:really |so |completely |totally |flat )?broke",
        r"(?:threatening|threatened|going|about) to evict (?:me|us)",
        r"eviction (?:notice|letter|hearing)",
        r"this (?:job|role|position) would change (?:everything|my life|our lives)",
        r"(?:I will|I'll|I’ll|I would|I'd|I’d) be (?:absolutely |completely |so )?(?:crushed|devastated|"
        r"heartbroken|gutted) if",
        r"(?:willing|happy|prepared|ready) to take a (?:pay cut|lower salary|lower rate|salary cut|"
        r"cut in pay)",
        r"(?:whatever|anything) you need,? no questions asked",
        r"(?:please,? )?(?:don't|don’t|do not) let me down",
        r"(?:think of|consider|remember) my (?:situation|circumstances|family|plight)",
        r"(?:we|I) owe (?:almost |nearly |over |more than |about )?\S+ to (?:a|the) (?:lending|loan|"
        r"finance|debt)",
        r"(?:lending company|loan shark|debt collectors?|creditors) (?:that |who )?(?:call|calls|"
        r"calling|keep|phone)",
        r"(?:do not|don't|don’t) know what will happen to (?:my|our) (?:family|children|kids)",
        r"(?:my )?credit cards? (?:is|are) (?:maxed(?: out)?|at (?:their|its|the) limits?)",
        r"maxed out (?:all )?(?:my|our) credit cards?",
        r"(?:keep|put) a roof over (?:my|our) heads?",
        r"(?:my )?family (?:is )?(?:depending|counting|relying) on (?:me|this)",
        r"(?:in )?(?:great|dire|desperate|urgent|real) need of (?:this|a|the) (?:job|position|role|"
        r"work|opportunity)",
        r"(?:kindly |humbly )?request (?:that )?you (?:to )?(?:select|choose|hire|pick) me",
        r"please (?:select|choose|pick) me",
        r"(?:this|the) (?:job|role|position|opportunity) (?:is|means) (?:very |so |really )?"
        r"(?:important|everything) (?:for|to) (?:me and )?my family",
    ),
    "'{}' sounds desperate; show interest through what you would bring instead.",
    """Desperation ("I really need this job", "please hire me") undercuts the candidate.

    Bad: I really need this job, and I will accept any salary.
    Better: I am very interested in the role and would welcome the next step.
    """,
)

# A damning word ("clueless", "a shambles", "dinosaurs") in a sentence about people or an
# organisation (a boss, colleagues, "your system", the council): negativity in any wording.
# (The words are a family of the shared scan, registered last: see the end of this module.)
_OTHERS = re.compile(
    r"(?i)\b(?:boss|bosses|manager|managers|supervisors?|management|colleagues|co-?workers|"
    r"teammates|staff|employers?|company|firm|department|council|predecessor|leadership|directors?|"
    r"owners?|they|them|he|she|everyone there|people there|(?:other )?candidates?|"
    r"your (?:\w+ )?(?:system|process|website|office|software|set-?up|tools?|newsletter|app|"
    r"strategy|brand|menu|team|department|organi[sz]ation))\b"
)
_NOT_BEFORE = re.compile(r"(?i)(?:\b(?:not|never|hardly|like)|n['’]t)\s+(?:\w+\s+)?$")


def _damning(doc: Document) -> Iterator[tuple[int, int]]:
    """A damning word in a sentence that names people or an organisation, not negated ("never
    sloppy"), no simile ("grinning like an idiot") and not the interview's own vocabulary (a
    topic on "toxic waste")."""
    found = phrase_spans(doc, "tone.negative.words")
    if not found:
        return
    text, sentences, context = doc.text, doc.sentences, doc.context_words
    starts = [s.start for s in sentences]
    for start, end in found:
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= sentences[i].end:
            continue
        if _NOT_BEFORE.search(text, max(sentences[i].start, start - 20), start):
            continue
        if context and text[start:end].lower().split()[-1] in context:
            continue
        if _OTHERS.search(text, sentences[i].start, sentences[i].end):
            yield start, end


negative = _phrase_rule(
    "tone.negative",
    (
        r"(?:my|our) (?:(?:old|last|former|previous|current|ex|past)[- ]?)?(?:boss|manager|"
        r"supervisor|company|employer|job|team|coworkers?|colleagues?|workplace) (?:was|is|were|"
        r"are|has been|have been)(?: (?:a|an|such a|such an|so|totally|completely|really|honestly|"
        r"frankly|total|complete|absolute|utter|pretty|quite|just)){0,3} "
        r"(?:idiots?|jerks?|morons?|nightmares?|mess|disaster|joke|terrible|awful|horrible|"
        r"incompetent|clueless|useless|toxic|the worst|hopeless|lazy|stupid|dumb|crazy)",
        r"toxic (?:boss|manager|workplace|environment|culture|company|team|job)",
        r"never appreciated me",
        r"(?:hate|hated|can't stand|couldn't stand|despise|despised|loathe|loathed) my "
        r"(?:(?:old|last|former|previous|current|present) )?(?:boss|manager|job|company|coworkers|"
        r"colleagues|team|employer|workplace)",
        r"(?:sick|tired) (?:and tired )?of my (?:(?:old|last|current|present) )?(?:job|boss|manager|"
        r"company|employer|team|coworkers|colleagues)",
        r"(?:can't|cannot|can not) wait to (?:leave|quit|get out of|escape) (?:my|this)",
        r"dead[- ]end (?:job|company|role)",
        r"micromanag(?:er|ing|ed|es)",
        r"(?:boss|manager|supervisor) (?:was|is) an? (?:idiot|jerk|moron)",
        r"(?:management|leadership|senior partners|partners|directors|executives|bosses|managers|"
        r"owners|founders)"
        r" (?:there |here |(?:at|in) (?:my|our) (?:(?:current|former|old|last|previous|present) )?"
        r"(?:firm|company|job|employer|workplace|office|practice|team|school|hospital|store) )?"
        r"(?:is|are|was|were|has been|have been) (?:a |an |such a )?(?:complete |total |absolute "
        r"|utter |so |very |really |completely |totally |frankly |honestly )?(?:disaster|mess|joke|"
        r"nightmare|lazy|incompetent|clueless|useless|hopeless|toxic|out of touch|disorganized|"
        r"disorganised|chaotic|dysfunctional|indifferent|unprofessional|shambles|circus)",
        r"(?:the|my|our) (?:team|colleagues|coworkers|co-workers|staff) (?:there )?(?:is|are|was|"
        r"were) (?:completely |totally |utterly )?(?:incompetent|lazy|useless|clueless|hopeless)",
        r"treats? (?:its|their|the|his|her|our) (?:staff|employees|people|workers|team) (?:so )?"
        r"(?:terribly|badly|poorly|appallingly|horribly|like dirt|like garbage)",
        r"(?:takes|took|steals|stole) (?:the )?credit for",
        # the insult needs its "could not": "worked to save their lives" is praise
        r"(?:could not|couldn't|can't|cannot|could never) \w+(?: \w+){0,5} to save (?:his|her|"
        r"their) li(?:fe|ves)",
        r"(?:was|is|were|are) run by (?:idiots|amateurs|clowns|incompetents|fools|children)",
        r"(?:bunch|pack|band) of (?:idiots|amateurs|clowns|incompetents|fools|morons)",
        r"(?:boss|manager|supervisor|director|team lead|company|employer) (?:was|is) (?:frankly |"
        r"honestly |completely |totally |utterly |absolutely |really |so |pretty |quite )?(?:a |an )?"
        r"(?:complete |total |absolute |utter )?(?:fool|idiot|jerk|moron|joke|disgrace|nightmare|"
        r"incompetent|clueless|useless|hopeless)",
        # people, not kilns: "who should have been fired", "should have been sacked years ago"
        r"(?:who|whom) (?:should|ought to) (?:have )?(?:been|be) (?:fired|sacked|let go)",
        r"(?:should|ought to) have been (?:fired|sacked|let go) (?:years|months|long|ages) ago",
        r"get (?:out|away) (?:of|from) (?:that|my current|my old) (?:place|company|job|mess)",
        r"get away from (?:those|these) people",
        r"most (?:incompetent|useless|clueless|lazy|arrogant|toxic|unprofessional|disorganised|"
        r"disorganized|dishonest|spineless) (?:\w+ )?I(?:'ve|’ve| have)? ever (?:worked (?:under|for|"
        r"with)|met|had|reported to)",
        r"(?:cannot|can't|can’t) wait to be (?:rid|shot|free) of",
        r"(?:ran|run|runs|running) the (?:place|company|shop|kitchen|team|department|office|"
        r"business|brewery|restaurant|store) like (?:a|an|his|her|their) (?:own )?(?:frat house|"
        r"circus|zoo|playground|daycare|dictatorship|prison|joke|personal kingdom|fiefdom)",
        r"(?:boss|manager|director|VP|CEO|CTO|CFO|supervisor|leadership|management|owner|owners)"
        r" (?:\w+ ){0,6}?(?:has|have|had) (?:no|zero) (?:idea|clue)",
        r"blam(?:ed|es|ing) (?:us|me|my team|the team) in front of",
        r"blam(?:es|ed|ing) (?:everyone|everybody|all of us|the rest of us|other people|his team|"
        r"her team|their team|the team|us) (?:else )?(?:when|for|whenever)",
        r"(?:cannot|can't|could not|couldn't|never could) (?:even )?keep track of (?:his|her|their)"
        r" own",
        r"the other (?:candidate|applicant|interviewee) (?:waiting|sitting|in the lobby|in the "
        r"waiting room|I saw|I met|before me|after me|who)",
        r"the (?:candidate|applicant|interviewee) (?:who (?:was|is|had been) )?(?:waiting|sitting) "
        r"(?:before|after|ahead of|in|outside|next to)",
        # pointed remarks: the interviewer's lateness, lost emails
        r"(?:after|since|because|when|once) you (?:had )?(?:arrived|showed up|turned up|got there|"
        r"came in|joined|logged on|dialled in|dialed in|were|was) (?:\w+ )?(?:minutes )?late",
        r"(?:hopefully|maybe|perhaps) (?:they|it|this|these|that|those) (?:made|make|will make|"
        r"reached|reach|will reach) (?:it to )?the right (?:inbox|person|desk|place|folder|people)"
        r"(?: this time)?",
        # sarcasm: "Nothing says 'we value your time' like a four-hour case study"
        r"nothing (?:says|reveals|shows|tells you|screams|demonstrates|proves|captures|tests) "
        r"[\"“‘']?[\w'’ ,\-]{1,60}[\"”’']? (?:quite )?like",
        r"as if (?:he|she|they) (?:had|has|have) never (?:heard of|seen|used|touched|opened|done)",
        r"(?:present|presented|presenting|passed off|passing off|claimed|claiming) (?:my|our) "
        r"(?:\w+ ){0,2}(?:plan|work|idea|ideas|project|design|analysis|results) as (?:his|her|their) "
        r"own",
        r"not of my making",
        r"(?:your|the) (?:previous|former|last|outgoing|departing|old) (?:\w+ ){1,3}?(?:seems? to "
        r"have had|had|has|have) (?:little|no) (?:grasp|idea|clue|understanding)",
        r"(?:frankly|honestly),? an embarrassment",
        r"(?:repeat|make) (?:her|his|their) mistakes",
        r"undo(?:ing)? (?:most|much|all) of what (?:she|he|they)",
        r"(?:were|was|seemed|may be|might be) (?:entirely |completely |somewhat )?new to you",
        r"(?:once|when|after) your team (?:has|have) caught up",
        # talking down to the panel: "deeper than the panel was used to"
        r"(?:deeper|more technical|more advanced|more complex|more detailed) than (?:the panel|you|"
        r"your team|the team|they|he|she) (?:was|were|is|are) (?:probably |perhaps |likely "
        r"|maybe )?used to",
        r"explain (?:it|things|this|that) (?:more slowly|in simpler terms|more simply) next time",
        r"(?:once|when|after) (?!I\b)[A-Z]\w+ (?:seemed to |appeared to )?(?:lose|lost) the thread",
        # mocking the employer's set-up, running down colleagues
        r"drag (?:the|your|this) (?:\w+ )?(?:department|team|company|council|organi[sz]ation|firm|"
        r"office|practice|place|business|service|unit|school|hospital) (?:kicking and screaming )?"
        r"into the (?:current|present|21st|twenty-first|modern)",
        r"(?:looks|seems|feels|is) older than (?:some of |most of |half of )?your",
        r"(?:would not|wouldn't|wouldn’t|could not|couldn't|couldn’t) last (?:a|one) (?:week|day|"
        r"month|shift) (?:in|at|on|here)",
        r"(?:people|colleagues|someone|a team|others) who (?:are|is) actually (?:at|on) my level",
        r"the only (?:\w+ ){0,2}who can be trusted",
        # passive aggression about waiting: "for finally fitting me in"
        r"nobody (?:thought|bothered|cared|remembered) to (?:offer|tell|mention|ask|let|inform|greet)",
        r"(?:which|that) I assume (?:was|is) the point",
        r"thank(?:s| you) (?:also )?for the (?:\w+ ){0,2}(?:minutes|hour|hours|wait) (?:in|at) "
        r"(?:reception|the lobby|the waiting room|the front desk)",
        r"(?:reps|staff|managers|colleagues|engineers|developers|salespeople|coworkers|co-workers) "
        r"who (?:cannot|can't|can’t|could not|couldn't|couldn’t) (?:even )?(?:read|write|spell|"
        r"count|code)",
        r"(?:not|is|are|was|become|became) a punchline",
        r"(?:just )?between (?:us|you and me|ourselves),",
        r"I(?:'ll|’ll| will) keep (?:that|it|this) to myself",
        r"I heard (?:that )?(?:she|he|they) (?:left|was fired|got fired|was let go|was pushed out|"
        r"was sacked|was asked to leave)",
        r"(?:room|office|conference room|lobby|building|hall) was (?:freezing|boiling|stuffy|filthy|"
        r"a sauna|an icebox|like a fridge|like an oven)",
        r"coffee (?:tasted|was|smelled) (?:awful|terrible|burnt|stale|disgusting|as if|like)",
        r"(?:one piece of|some|a bit of|a little) feedback for (?:future|your next|the next) candidates",
        r"hard to do my best (?:while|when|with|in)",
        r"(?:interview|test|case study|assessment|exercise|process|task|questions?|panel) (?:\w+ ){0,4}"
        r"(?:was|were|felt) (?:\w+ )?(?:unfair|rigged|biased|a joke|ridiculous|absurd|a farce)",
        r"kept (?:interrupting|talking over|cutting) me",
        r"should (?:all )?be in (?:prison|jail)",
        r"no offen[cs]e,? but",
        r"dumpster fire",
        r"your questions were (?:pretty |rather |a bit |quite |very |so |a little )?(?:vague|unclear|"
        r"confusing|strange|odd|weird|irrelevant|basic|pointless)",
        r"in my defen[cs]e",
        r"eating your lunch",
        r"let (?:you|anyone) down like my (?:last|previous|old|former|current) (?:employer|boss|"
        r"manager|company|team) did",
        r"(?:didn't|didn’t|did not|never) (?:really )?give me a fair (?:chance|shot|hearing)",
        r"(?:horrendous|horrible|awful|terrible|hellish) (?:traffic|commute|journey|drive|parking)",
        r"the (?:traffic|commute|journey|drive|parking) (?:\w+ ){0,4}(?:was|is) (?:horrendous|horrible|"
        r"awful|terrible|a nightmare|hell)",
        r"sorry,? not sorry",
        r"(?:surprised|shocked|disappointed) (?:that )?you (?:didn't|didn’t|did not|never) ask (?:about|"
        r"me about)",
        r"(?:a )?sinking ship",
        r"run by (?:clowns|idiots|amateurs|children|monkeys|fools|cowboys)",
        r"you seemed (?:so |very |rather |a bit |quite )?(?:distracted|bored|tired|uninterested|"
        r"disengaged|rushed|preoccupied)",
        r"checked your phone",
        r"(?:didn't|didn’t|did not|don't|don’t|do not) look like (?:much|a lot of) (?:competition|"
        r"of a threat)",
        r"(?:who interviewed me|interviewer|recruiter|receptionist|panel|HR (?:person|manager)) "
        r"(?:\w+ ){0,4}(?:was|were) (?:pretty |really |quite |so |very |a bit |rather |extremely )?"
        r"(?:rude|dismissive|condescending|arrogant|unprepared|unprofessional|clueless)",
        r"(?:didn't|didn’t|did not|don't|don’t|do not) (?:love|like|appreciate|enjoy) how (?:long|slow|"
        r"disorganised|disorganized|chaotic)",
        r"(?:looks|look|looked) like it was (?:built|designed|made|written) in (?:19\d\d|the (?:90s|"
        r"nineties|80s|eighties|stone age|dark ages))",
        r"(?:the|this|a) dump (?:I|we) (?:work|worked)",
        r"soul-?(?:crushing|destroying|sucking)",
        r"(?:I bet|I doubt) the other candidates",
        r"(?:the )?other candidates (?:can't|cannot|can’t|couldn't|could not|won't|don't|do not) "
        r"(?:do|match|compete|compare)",
        r"(?:one of )?the worst (?:\w+ )?I (?:have|'ve|’ve) (?:ever )?(?:used|seen|tried|worked with)",
        r"(?:was|were|is) by far the more (?:engaging|interesting|competent|prepared|professional)",
        r"your questions (?:rather |somewhat |kind of )?(?:wandered|rambled|went nowhere)",
        r"(?:covering|cover) for (?:their|his|her) (?:incompetence|mistakes|laziness|failures)",
        r"cleaning up after (?:the|your) (?:current|existing|previous|old) (?:\w+ )?(?:team|staff|"
        r"manager|chef|crew|management)",
        r"(?:no|little|zero) idea what (?:they|he|she|the \w+) (?:was|were|is|are) doing",
        r"(?:went under|went bust|collapsed|folded|failed) (?:because of|thanks to|due to) (?:the |its |"
        r"bad |poor )?(?:management|leadership|owners|directors|board|boss|CEO|founders)",
        r"(?:mostly|mainly|only) (?:about|in) what not to do",
        r"(?:really|actually|truly) as (?:stressful|bad|toxic|chaotic|awful|demanding|miserable) as "
        r"(?:Glassdoor|the reviews|people say|they say|its reviews|the online reviews)",
        r"how long the last (?:one|person|hire|\w+) lasted",
        r"(?:clearly|obviously|evidently) (?:had not|hadn't|hadn’t|did not|didn't|didn’t|never) (?:read|"
        r"looked at|opened|seen) my (?:CV|resume|résumé|application|portfolio|cover letter)",
        r"(?:a|such a|felt like a|feel like a) waste of (?:both )?(?:our|my|everyone's|everyone’s) time",
        r"(?:getting (?:to|here|there|in)|the (?:commute|journey|drive|parking|bus)) (?:\w+ ){0,3}"
        r"(?:was|is) (?:an ordeal|a nightmare|a pain|hell|awful|a joke|a disaster)",
        r"finally (?:fitting|squeezing|getting) me in",
        r"(?:I'm|I’m|I am) sure (?:the|that) (?:\w+ )?(?:minutes|hours|wait) I (?:spent|waited|sat)"
        r"(?: \w+){0,4} (?:was|were) (?:unavoidable|necessary)",
        r"hopefully without (?:too long a|another|such a long|the usual|a long) (?:wait|delay)",
        r"(?:become|becoming|be) quite respectable",
        r"(?:strategy|plan|approach|decision|process|product|design|direction) (?:you (?:described|"
        r"outlined|presented|have chosen) )?(?:is|was) (?:frankly |simply |completely |utterly )?"
        r"(?:indefensible|absurd|misguided|reckless|doomed|ridiculous|naive|naïve|a disaster)",
        r"anyone with (?:real|any|actual) (?:experience|knowledge|sense|expertise)",
        r"(?:frankly|genuinely|honestly) (?:astonished|shocked|appalled|stunned) that",
        r"(?:treated|treats|treating|took|takes|taking) (?:every|each|any) (?:\w+ ){0,2}(?:as a "
        r"personal attack|personally)",
        r"(?:basic|simple|minimal) competence",
        r"clean(?:ing|s)? up after (?:them|him|her|people|everyone|everybody|others|my (?:boss|"
        r"manager|team|colleagues|coworkers))",
        r"(?:nobody|no one) (?:there |here )?(?:writes anything down|listens|cares|plans ahead|"
        r"takes responsibility|bothers to|bothered to)",
        r"(?:was|is|were|are) (?:such )?(?:a |an )?(?:truly |really |totally )?(?:terrible|awful|"
        r"horrible|lousy|useless|incompetent|the worst) (?:teacher|professor|lecturer|instructor|"
        r"tutor|boss|manager|supervisor|mentor|leader|coach|colleague|coworker|co-worker|employer|"
        r"company|place to work)",
        r"(?:end up|ended up|always|usually) (?:doing|covering) (?:everyone's|everybody's|everyone "
        r"else's|all the|their|other people's) (?:work|jobs|shifts)",
        r"(?:spend|spends|spent) (?:most|all|half) of (?:their|the|every) (?:shift|shifts|day|time) "
        r"(?:on|glued to) their phones",
        r"(?:faculty|professors|teachers|lecturers|instructors|tutors) (?:here |there )?(?:are|were) "
        r"(?:all )?(?:like that|terrible|awful|useless|incompetent|lazy|hopeless)",
    ),
    "'{}' speaks badly of others; leave it out, or put the move in positive terms.",
    """Negativity about past or current employers, colleagues, teachers or other candidates makes
    an interviewer wonder what comes next.

    Besides its phrases, a damning word ("clueless", "a shambles", "dinosaurs") in a sentence
    that names people or an organisation (a boss, colleagues, "your system") counts, unless it
    is negated ("never rude").

    Bad: My last boss was an idiot who never appreciated me.
    Better: I am looking for a team that reviews its work openly.
    """,
    also=_damning,
)

demanding = _phrase_rule(
    "tone.demanding",
    (
        r"I (?:expect|need|require|demand) (?:an answer|a response|a reply|a decision|an offer|"
        r"to hear|your answer|your decision|feedback)",
        r"I demand",
        r"you (?:need|have|must) to (?:get back|respond|reply|decide|let me know|answer|call)",
        r"(?:if|unless) I (?:do not|don't|dont) hear (?:back )?(?:from you )?(?:by|within|before|"
        r"soon)",
        r"I will (?:assume|take it) (?:that )?(?:you|your|the company)",
        r"(?:accept|take|go with) (?:one of )?(?:the |my )?other offers?",
        r"(?:respond|reply|answer|get back to me) (?:immediately|right away|today|asap)",
        r"(?:this is|consider this) (?:an|my) ultimatum",
        r"(?:accept|take) (?:it|that offer|their offer|the other offer) and withdraw",
        r"withdraw (?:myself )?from (?:your|the) (?:process|search|consideration)",
        # presuming the offer: notice given, a start date set, the offer letter asked for
        r"(?:gone ahead and )?(?:given|handed in|submitted) (?:my )?notice (?:at|to) my",
        r"(?:please )?send (?:me )?the offer letter(?=\s*[.,;!]|\s+(?:by|to me|today|now|as soon|"
        r"before|over)\b)",
        r"(?:arrange|set up|sort out) my (?:building access|access card|badge|parking|desk|laptop|"
        r"email account)",
        r"(?:since|as) it is (?:clear|obvious) (?:that )?we are a (?:good|great|perfect) (?:match|fit)",
        r"I expect to be (?:joining|starting|hired|offered)",
        # entitlement: the usual steps waived
        r"(?:can|could|should|will|would) be waived in my case",
        r"(?:would|will|should) not (?:need|have) to go through (?:the )?(?:full|usual|rest|remaining|"
        r"normal|whole)",
        r"a candidate with my (?:connections|background|pedigree|credentials|reputation)",
        r"(?:ask|like|want|prefer|hoping|hope) to (?:skip|be excused from|bypass|waive|opt out of) "
        r"(?:it|the (?:\w+ ){0,3}(?:assessment|test|exercise|interview|round|task|presentation|check|"
        r"stage))",
        r"(?:unnecessary|beneath me|pointless|a formality|redundant) for (?:someone|a candidate|a "
        r"person|people) (?:at|of|with) my (?:level|experience|seniority|background)",
        r"(?:whether|if) (?:this|the job|the role|the position) (?:works|will work|would work|is "
        r"going to work) for me",
        r"(?:suggest|propose|recommend) (?:that )?we (?:skip|waive|drop|bypass) (?:the )?(?:\w+ )?"
        r"(?:reference|references|background|checks?|assessment|test|interview|paperwork|round)",
        r"(?:weighted|weigh|weighed|count|counted) (?:too )?(?:heavily|much|against me)"
        r"(?= in| when|[.,;])",
        r"I (?:would )?expect (?:the|your) (?:panel|committee|interviewers?|team|company|HR) to",
        r"(?:I would have to|I need to|I must|I will need to|I'd have to) bring my (?:dog|cat|pet|puppy|"
        r"partner|child|kids|children|son|daughter)",
        r"(?:not able to|unable to|cannot|can't|can’t|won't|won’t|will not) accept (?:a|the|any) "
        r"(?:role|job|position|offer) (?:where|that|unless|without)",
        r"please confirm (?:this|that|it) (?:is|has been) agreed",
        r"(?:tell|show) me exactly what I (?:got|did) wrong",
        r"I (?:think I |feel I |believe I )?deserve (?:a |an )?(?:straight|honest|proper|full|clear|"
        r"real) (?:answer|explanation|response|reply)",
        r"how each (?:panel member|interviewer|person|member of the panel) (?:scored|rated|marked) me",
        r"(?:raise|take) (?:them|it|this|the matter|these) (?:up )?with (?:an? )?(?:employment )?"
        r"(?:lawyer|solicitor|tribunal|attorney)",
        r"(?:will not|won't|won’t) come to that",
        r"my (?:uncle|aunt|father|mother|dad|mum|mom|cousin|godfather|godmother|brother|sister),? "
        r"(?:[\w'’]+,? ){0,3}(?:sits on|is on|chairs|is a partner|is a director|knows) your",
        r"(?:would|will) be (?:very |most |extremely )?disappointed if I (?:were|was|am|weren't|"
        r"wasn't) not",
        r"speak(?:ing)? to the (?:partners|board|directors|CEO) about my application",
        r"(?:already )?made me an offer,? so I (?:will )?need to know",
        r"(?:need|want) to know where I stand",
        r"my (?:diary|calendar|schedule) is filling up",
        r"checking my (?:inbox|email|emails|phone) every (?:hour|few minutes|half hour|morning)",
        r"revert (?:back )?(?:to me )?with (?:your|the) (?:decision|offer)",
        r"I assume the offer will",
        r"the offer will reflect my",
        r"(?:I'd|I’d|I would) like the (?:contract|offer|offer letter) sent",
        r"(?:reply|respond|answer|get back to me|decide) (?:soon|quickly|today|by \w+) or I(?:'m|’m| am|"
        r"'ll|’ll| will)",
        r"I deserve this (?:more than|job|role|position|opportunity)",
        r"more than anyone else you (?:interviewed|met|saw|spoke to)",
        r"(?:confirm|finali[sz]e|arrange|go over) my (?:start date|first day|onboarding|contract)",
        r"work (?:for free|unpaid|without pay) (?:for (?:a|one|two) (?:week|month|fortnight)s?|to prove)",
        r"you owe me nothing",
        r"(?:I trust|I know|I'm sure|I’m sure|I am sure) you will (?:make the right (?:decision|choice) "
        r"and )?(?:choose|pick|hire|select) me",
        r"(?:look forward to|expect|awaiting) receiving (?:your|the|my) (?:offer|offer letter|contract)",
        r"when can I start\?",
        r"told my (?:friends|family|parents|wife|husband|partner|boss|manager) (?:that )?I (?:got|have "
        r"got|'ve got|’ve got|have) the (?:job|role|position)",
        r"(?:I'll|I’ll|I will) need (?:an|your|a) (?:answer|decision|reply) before",
        r"fast-?track(?:ing)? my (?:application|candidacy)",
        r"I(?:'ll|’ll| will) (?:swing|pop) (?:by|in|round)",
        r"(?:I'm|I’m|I am) the best (?:candidate|person|fit|hire) (?:you'll|you’ll|you will|you could|"
        r"you can|you're going to|you are going to) (?:find|get|meet|ever)",
        r"I (?:think I |know I |feel I )?(?:nailed|aced|smashed|crushed) (?:it|the interview|the "
        r"presentation|the test|the task)",
        r"I(?:'ll|’ll| will) be expecting your (?:call|offer|email|reply)",
        r"(?:I will|I'll|I’ll|I) expect (?:these|this|those|that|all|the) (?:\w+ ){0,3}to be (?:\w+ )?"
        r"(?:in place|done|fixed|sorted|completed|ready|changed)",
        r"(?:must|has to|have to|need to|needs to) (?:\w+ ){1,4}before I (?:start|arrive|join|begin)",
        r"(?:in place|done|fixed|sorted|ready) (?:by|before) my first day",
        r"(?:aiming|aim|plan|planning|expect|expecting|hoping) (?:\w+ ){0,3}for your (?:position|"
        r"job|role|seat|chair)",
        r"how (?:quickly|soon|fast) I (?:could|can|would|will|might) (?:move up|be promoted|get "
        r"promoted|progress|take over)",
        r"whether you are (?:planning|hoping|going) to (?:move on|leave|retire|step down)",
        r"(?:if|once|provided) (?:these|those|my (?:conditions|terms|requirements)) (?:points )?"
        r"(?:can be|are|have been) (?:confirmed|met|agreed)",
        r"(?:waiting|wait) (?:for )?your (?:answer|reply|response|decision) urgently",
        r"(?:will not|won't|won’t|cannot|can't|can’t) (?:consider|accept) anything (?:below|under|"
        r"less than)",
        r"neither of us wastes?",
        r"(?:take|treat) (?:that|it|your silence|no reply|no answer) as (?:your|a) (?:answer|no|"
        r"rejection|decision)",
        r"(?:accept|take|go with) (?:the|my) other (?:position|role|job|offer)",
        r"I (?:will|'ll|’ll) (?:therefore|then|also|still) (?:need|require) (?:a |an |your )?(?:written "
        r"|formal |firm |final )?(?:offer|answer|decision|response|reply)",
        r"(?:large|big|sizable|sizeable) following",
        r"(?:write|writing|post|posting) (?:up|about) my (?:candidate |interview )?experiences?",
        r"please (?:reply|respond|answer) (?:as soon as possible|asap|urgently|immediately)",
        r"(?:as|because|since) I (?:have|'ve got|’ve got|am holding|hold|need to answer) (?:another|"
        r"a competing|an other|a second|other|an outside) offers?",
        r"(?:is|are) (?:not|n't) serious about",
        r"(?:waste|wasting) (?:my|of my) time",
        r"or (?:else )?I (?:will|'ll) (?:withdraw|move on|look elsewhere|go elsewhere|take my)",
        r"I (?:will|'ll) (?:have to )?(?:withdraw|pull) my (?:application|candidacy)",
        r"I (?:expect|insist on) (?:to (?:receive|get|hear|have|see) )?(?:an? |your |the )?"
        r"(?:final |formal |written |firm |clear |definite |quick |prompt )?(?:offer|answer|"
        r"response|reply|decision|update|contract)",
        r"I (?:will |'ll |’ll |would |'d |’d )?(?:need|require) (?:to (?:receive|get|hear|have|see) )?"
        r"(?:an? |your |the |a formal |a written )?(?:final |firm |formal |written )?(?:offer|answer|"
        r"response|reply|decision)",
        r"(?:otherwise|or else|if not),? I (?:will|'ll|shall) (?:have to |need to |be forced to )?"
        r"(?:accept|take|go|move|withdraw|look)",
        r"please (?:respond|reply|answer|get back to me) (?:by|before|no later than|within) (?:tomorrow|"
        r"tonight|end of (?:the )?day|close of business|the end of the week|\w+day|\d+ (?:hours|days))"
        r"(?: at the latest)?",
        r"let me know (?:your (?:decision|answer)|the (?:decision|outcome)) (?:by|before|no later "
        r"than) (?:tomorrow|tonight|end of (?:the )?day|close of business|\w+day)",
        r"(?:call|email|phone|text|contact|ring) you (?:every day|daily|each day)",
        r"until I (?:hear back|get an answer|receive an answer|get a decision|have an answer)",
        r"(?:respond|reply|answer|get back to me|let me know|decide) (?:by|before|no later than) "
        r"(?:tomorrow|tonight|end of (?:the )?day|close of business|\w+day) at the latest",
    ),
    "'{}' reads as a demand; ask about the timeline politely instead.",
    """Demands and ultimatums ("I expect an answer by Friday") turn a thank-you into pressure.

    Bad: I expect an answer by Friday at the latest.
    Better: Could you share the timeline for the next steps?
    """,
)

gift = _phrase_rule(
    "tone.gift",
    (
        r"gift (?:basket|hamper)s?",
        r"(?:sent|send|sending|transferred) you (?:a )?\$?\d+ (?:on|via|through|by) (?:Venmo|PayPal|"
        r"Zelle|Cash ?App|Revolut|bank transfer)",
        r"(?:dinner|lunch|drinks|coffee|a meal) (?:somewhere )?on me",
        r"(?:accept|enjoy) (?:this|the|a|my) (?:small |little )?(?:gift|present|gift card|voucher)",
        r"(?:sent|sending|send|bring|brought|bringing|dropped off|dropping off|drop off|mailed|"
        r"posted|left) (?:you |your team |the team |the office |over )?(?:a |some |a few )?"
        r"(?:small |little |modest |token )?(?:gifts?|gift cards?|presents?|flowers|bouquet|bottle of "
        r"(?:wine|champagne|whisky|whiskey)|box of (?:chocolates|cookies|biscuits|donuts|doughnuts)|"
        r"chocolates|cookies|cupcakes|donuts|doughnuts|hamper)",
        r"(?:small|little) (?:gift|present|token of (?:my )?(?:thanks|appreciation|gratitude))",
    ),
    "'{}': gifts are usually inappropriate after an interview; the note itself is the thanks.",
    """Gifts after an interview are usually inappropriate (ETIQUETTE.md); if one is considered,
    the company's gift policy comes first.

    Bad: I dropped off a box of chocolates for the team as a small token of my appreciation.
    Better: Thank you again for your time; I enjoyed meeting the team.
    """,
)

salary = _phrase_rule(
    "tone.salary",
    (
        r"salary",
        r"salaries",
        r"compensation(?: package)?",
        r"pay (?:range|rate|raise|scale|"
        r"package|grade|band)",
        r"benefits package",
        r"(?:health|dental|medical) (?:benefits|"
        r"insurance)",
        r"PTO",
        r"paid time off",
        r"vacation (?:days|time|policy)",
        r"sign(?:ing)?"
        r"[- ]on bonus",
        r"(?:annual|performance|year-end|signing) bonus(?:es)?",
        r"bonus (?:structure|plan|target)",
        r"stock options",
        r"equity (?:package|grant|stake)",
        r"(?:hourly|starting) (?:wage|rate|pay)",
        r"how much (?:the|this) (?:role|position|job) pays",
        r"relocation (?:package|assistance)",
        r"(?:the|my|what) stipend",
        r"stipend (?:amount|level|rate)",
        r"how much (?:the |a |my )?stipend",
        r"(?:housing|travel|living|relocation|moving|car|phone) (?:allowance|stipend|subsidy|"
        r"reimbursement)",
        r"(?:whether|if) (?:the )?(?:travel|housing|relocation|overtime|training|internship|"
        r"position|role|job|it) (?:is|will be) paid",
        r"what(?: is| will be| would be|['’]s) the pay\b",
        r"(?:need|want|expect) (?:at least |a minimum of )?\$\d+(?:\.\d\d)? (?:an|per|a) hour",
        r"I can only work (?:on )?(?:weekdays|weekends|mornings|evenings|afternoons|nights|days|"
        r"part-time|\d+ (?:hours|days))",
        r"how much (?:does|will|would) (?:it|the (?:job|role|position)) pay",
        r"how many hours (?:a|per|each) week (?:would|will|do|can) I (?:get|be given)",
        r"what (?:are|would be|will be) (?:the|my) (?:hours|shifts) like",
        r"(?:reserved|free|dedicated|guaranteed|my own) (?:staff )?parking (?:space|spot|bay|permit|"
        r"place)",
        r"(?:main|only|real) reason I applied (?:is|was) (?:the )?(?:\d+ days|annual leave|holiday|"
        r"salary|pay|money|benefits|perks|free|pension|bonus|visa)",
        r"holiday allowance",
        r"free (?:lunch|lunches|food|meals|snacks|breakfast|parking)",
        r"(?:a|the|my) company car(?! fleet)",
        r"I (?:hate|can't stand|can’t stand|refuse to wear|don't do|don’t do) (?:wearing )?(?:suits|"
        r"ties|uniforms|heels|a tie|a suit)",
        r"how (?:much|many) (?:vacation|holiday|holidays|leave|PTO|time off|days off)(?: days)? I(?:'d|’d|"
        r" would| will| can)? get",
        r"free (?:family |gym |staff )?membership",
        r"days(?: of)? annual leave",
        r"(?:expect|need|want|would like) (?:the|an|your|my) offer to (?:start|be|come in)",
        r"(?:well |just |slightly )?(?:above|below|at the top of) the (?:salary |pay )?band",
        r"(?:need|require|want|expect) (?:at least |a minimum of )?(?:\w+ )?(?:work-from-home|"
        r"WFH|remote|home-working|home working) days",
        r"(?:closer to|at least|around|expecting|a minimum of) (?:Rs\.? ?|INR ?|₹ ?)?\d+(?:\.\d+)? "
        r"(?:lakh|lakhs|crore)",
        r"(?:lakh|lakhs|crore) (?:per annum|a year|CTC|package)",
    ),
    "'{}': salary and benefits do not belong in a thank-you note; raise them when an offer comes.",
    """Salary, benefits and time off do not belong in a thank-you note (ETIQUETTE.md).

    Bad: I also wanted to ask about the salary range and how much PTO comes with the role.
    Better: I would welcome the chance to continue the conversation.
    """,
)

apology = _phrase_rule(
    "tone.apology",
    (
        r"I (?:sincerely |truly |really |deeply )?apologi[sz]e",
        r"(?:I am|I'm|I’m) (?:so |very |really |terribly )?sorry",
        r"sorry (?:for|about|that|again)",
        r"please (?:forgive|excuse)",
        r"forgive me",
        r"excuse (?:my|the) (?:delay|late|lateness|nerves|rambling)",
        r"my apologies",
        r"apologies for",
    ),
    "'{}': an apology draws attention to a weakness; say the better thing directly.",
    """Apologies and excuses ("sorry for rambling") weaken a note; one brief one at most.

    Bad: Sorry for rambling in the interview, I was so nervous.
    Better: I would like to add one point to my answer about the migration.
    """,
    severity="info",
)


RULES: tuple[Rule, ...] = (
    casual_greeting,
    casual_signoff,
    emoji,
    exclamations,
    shouting,
    slang,
    text_speak,
    personal,
    desperate,
    negative,
    demanding,
    gift,
    salary,
    apology,
)

__all__ = ["RULES"]

# Registered after every rule's own family: where two families match at one place, the
# scan keeps the first, and a rule's own phrase ("toxic workplace") must win.
_FAMILIES["tone.negative.words"] = (
    r"(?:incompetent|clueless|useless|lazy|hopeless|pathetic|inept|idiots?|idiotic|stupid|dumb|"
    r"moronic|dysfunctional|amateurish|laughable|embarrassing|shambolic|clowns|dinosaurs|"
    r"archaic|antiquated|prehistoric|sloppy|unprofessional|arrogant|condescending|toxic|"
    r"atrocious|appalling|disgraceful|mediocre|second-rate|third-rate|corrupt|crooks|crooked|"
    r"incompetence|frauds)",
    r"(?:an embarrassment|a shambles|a circus|a joke|a mess|a disaster|a nightmare|amateur hour)",
)

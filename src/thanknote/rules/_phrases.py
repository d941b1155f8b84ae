"""Phrase and word lists for the generic and tone rules: data, kept apart from the logic.

Sources: proselint's corporate-speak, cliché and chatspeak checks (industrial_language.*,
cliches.*), LinkedIn's yearly lists of overused profile buzzwords ("passionate", "motivated",
"results-driven", "team player", "track record"), career-centre guidance on cover-letter and
thank-you filler (ETIQUETTE.md, "What makes a note generic" and "Overfamiliar or unprofessional
tone").  Patterns are regular-expression fragments: a space stands for any run of white space,
and optional words or inflections are written as groups, so unseen variants ("thinks outside
the box", "hitting the ground running") are caught.  No fragment nests quantifiers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

__all__ = [
    "CASUAL_GREETING",
    "CASUAL_SIGNOFF",
    "COMMON_CAPITALIZED",
    "EMPHATIC_CAPS",
    "GENERIC_WORDS",
    "STOCK",
    "STOPWORDS",
    "Phrase",
    "loose",
    "user_pattern",
]


@attrs.frozen(slots=True)
class Phrase:
    """A phrase family: its pattern, how much it counts toward "stock-heavy", and advice."""

    pattern: str
    weight: float
    advice: str


def _words(text: str) -> list[str]:
    """The white-space separated words of a block of text (the lists below are written so)."""
    return text.split()


def loose(fragment: str) -> str:
    """A fragment whose spaces match any run of white space (a line break inside a phrase).

    An optional space (" ?") matches any white space or none ("rock ?star": "rockstar"), and a
    space in a character class ("[- ]") any one white-space character.
    """
    out: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(fragment):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            if ch == "]":
                in_class = False
            elif ch == " ":
                ch = r"\s"
        elif ch == "[":
            in_class = True
        elif ch == " ":
            ch = r"\s*" if fragment[i + 1 : i + 2] == "?" else r"\s+"
        elif ch == "?" and fragment[i - 1 : i] == " " and fragment[i - 2 : i - 1] != "\\":
            continue  # the " ?" became \s*
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=32)
def user_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive pattern for a user's literal phrases (``Config.extra_phrases``)."""
    escaped = sorted(
        (r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True
    )
    return re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(escaped) + r")(?![\w'’])")


_SHOW = "Replace it with one concrete example from your work that shows it."
_CUT = "Cut it, or say the specific thing you mean."

#: Stock phrases.  Weight 1: buzzwords, clichés and the filler ETIQUETTE.md lists ("I hope this
#: email finds you well", "please do not hesitate to contact me") that make a note sound like a
#: template.  Weight 0.5: courteous formulas that are fine once but add to a note built of stock
#: parts.
STOCK: tuple[Phrase, ...] = (
    Phrase(r"team[- ]?players?", 1, _SHOW),
    Phrase(
        r"(?:give|gives|giving|gave|put in|putting in) (?:100|110|a hundred|a hundred and ten)"
        r"(?: ?%| percent| per cent)",
        1,
        "Say what you would actually do instead.",
    ),
    Phrase(
        r"(?:hit|hits|hitting) the ground running", 1, "Say what you would do in the first weeks."
    ),
    Phrase(
        r"(?:think|thinks|thinking|thought) outside (?:of )?the box|out[- ]of[- ]the[- ]box "
        r"(?:thinker|thinking)",
        1,
        _SHOW,
    ),
    Phrase(
        r"(?:a |the )?perfect (?:fit|match|candidate)",
        1,
        "Name the requirement you meet and the experience that meets it.",
    ),
    Phrase(r"(?:results?|goal|success)[- ](?:driven|oriented|focused)", 1, _SHOW),
    Phrase(r"go[- ]?getters?", 1, _SHOW),
    Phrase(r"self[- ]starters?", 1, _SHOW),
    Phrase(
        r"hard[- ]?workers?|(?:hard|hardest)[- ]working (?:person|professional|individual|"
        r"employee|candidate)",
        1,
        _SHOW,
    ),
    Phrase(r"above and beyond", 1, _SHOW),
    Phrase(
        r"passionate (?:about|for)|(?:my|a) (?:true |real )?passion for",
        1,
        "Show the interest through something you did or noticed instead.",
    ),
    Phrase(
        r"(?:a|the|this) (?:great|wonderful|amazing|fantastic|excellent|fabulous|terrific) "
        r"opportunity",
        1,
        "Say what you learned or valued in the conversation.",
    ),
    Phrase(r"(?:go|goes|going|went) (?:the|that) extra mile", 1, _SHOW),
    Phrase(r"(?:proven|strong|successful) track record", 1, "Give the figure or result itself."),
    Phrase(r"detail[- ]oriented", 1, _SHOW),
    Phrase(r"(?:strong|solid|tireless|excellent) work ethic", 1, _SHOW),
    Phrase(
        r"(?:a )?valuable (?:addition|asset|member)",
        1,
        "Say which problem of theirs you would help with.",
    ),
    Phrase(
        r"value[- ]add|add(?:s|ing)? value", 1, "Say which problem of theirs you would help with."
    ),
    Phrase(
        r"(?:make|makes|making|made|have|having) an? (?:immediate |real |positive |significant |"
        r"big |huge |meaningful |lasting )?impact",
        1,
        "Say which result you would aim for.",
    ),
    *(
        Phrase(fragment, 1, _CUT)
        for fragment in (
            r"synerg(?:y|ies|ize|istic)",
            r"win[- ]win",
            r"low[- ]hanging fruit",
            r"at the end of the day",
            r"(?:move|moves|moving|moved) the needle",
            r"(?:circle|circles|circling|circled) back",
            r"(?:touch|touches|touching|touched) base",
            r"best[- ]of[- ]breed",
            r"can[- ]do attitude",
            r"core competenc(?:y|ies)",
            r"gurus?",
            r"leverag(?:e|es|ed|ing) my (?:skills|skill set|skillset|experience|expertise|"
            r"background|strengths)",
            r"game[- ]?changer",
            r"best[- ]in[- ]class",
            r"paradigm shift",
            r"bang for (?:the|your) buck",
            r"no[- ]brainer",
            r"(?:my )?(?:true|real) calling",
            r"dream (?:job|role|company|position)",
            r"bring (?:a lot |so much |much )?to the table",
            r"take (?:it|things|\w+) to the next level",
            r"match made in heaven",
            r"fit right in",
            r"rock ?stars?",
            r"ninjas?",
            r"thought leaders?",
            r"(?:whatever|anything) it takes",
            r"wealth of (?:experience|knowledge)",
            r"(?:crush|crushes|crushing|crushed) (?:it|goals)",
            r"rocket ?ship",
        )
    ),
    *(
        Phrase(fragment, 1, _SHOW)
        for fragment in (
            r"(?:wear|wears|wearing|wore|worn) (?:many|multiple|lots of|a lot of|different) hats",
            r"fast[- ]paced environments?",
            r"(?:thrive|thrives|thrived|thriving) in (?:a )?(?:fast[- ]paced|dynamic|high[- ]pressure)",
            r"dynamic (?:environment|work environment)",
            r"strategic thinker",
            r"(?:I am|I'm|I’m) (?:very |extremely |incredibly )?hard[- ]working",
            r"thrive (?:in|under) pressure",
            r"(?:quick|fast) learner",
            r"people person",
            r"(?:highly )?motivated (?:professional|individual)",
            r"(?:seasoned|dedicated|dynamic|driven) (?:professional|individual|leader)",
        )
    ),
    Phrase(r"eager to learn(?: and grow)?|learn and grow", 1, "Name what you want to learn there."),
    Phrase(
        r"(?:strong|excellent|exceptional|great|superb) (?:communication|interpersonal|"
        r"organizational|people|leadership) skills",
        1,
        _SHOW,
    ),
    Phrase(
        r"(?:I believe |I feel |I think )?(?:that )?my (?:skills|background|experience|"
        r"qualifications)(?: and (?:skills|background|experience|qualifications))? "
        r"(?:would |will )?(?:align|aligns|match|matches|make me|allow me)",
        1,
        "Name one skill and the task of theirs it fits.",
    ),
    Phrase(
        r"(?:would|will) (?:be|make) an? (?:great|valuable|strong|excellent|ideal|perfect) "
        r"(?:addition|asset|fit)",
        1,
        "Name the requirement you meet and how.",
    ),
    Phrase(
        r"(?:thank you|thanks)(?: again| so much| very much)? for your "
        r"(?:time and consideration|consideration and time|time and attention|consideration)",
        0.5,
        "Once is fine; thank them for something specific from the conversation too.",
    ),
    Phrase(
        r"(?:I )?(?:look|looking) forward to hearing (?:back )?from you(?: soon)?",
        0.5,
        "Fine once; consider naming the next step instead.",
    ),
    Phrase(
        r"(?:please )?(?:do not|don't|dont) hesitate to "
        r"(?:contact|reach|call|email|get in touch)",
        1,
        "Write 'Please let me know if I can send anything else.'",
    ),
    Phrase(r"(?:I am|I'm|I’m) writing to", 1, "Start with the thanks itself."),
    Phrase(
        r"(?:I would like to |I'd like to |I want to )?take this opportunity to",
        0.5,
        "Start with the thing itself.",
    ),
    Phrase(r"deep[- ]dives?", 0.5, "Say what the dive found."),
    Phrase(
        r"(?:the |your |its |the company's |the firm's )?continued success",
        0.5,
        "Say what you would contribute to.",
    ),
    Phrase(
        r"(?:a |an )?(?:strong|ideal|excellent|great|suitable) candidate",
        0.5,
        "Name the requirement you meet and how.",
    ),
    Phrase(r"on the same page", 0.5, "Say what you agreed on."),
    Phrase(r"skill ?sets?", 0.5, "Name the skill."),
    Phrase(
        r"(?:I )?hope (?:this|my) (?:email|e-mail|message|note|letter) finds you well",
        1,
        "Start with the thanks itself.",
    ),
    Phrase(
        r"(?:out of|from) your busy schedule|your busy schedule",
        1,
        "Write 'Thank you for your time' or thank them for something specific.",
    ),
    Phrase(
        r"(?:a |an )?(?:great|strong|good|ideal|excellent) fit",
        0.5,
        "Name the requirement you meet and how.",
    ),
    Phrase(
        r"learn(?:ing)? more about the (?:role|position|company|team|organi[sz]ation|opportunity|"
        r"firm|business|department|school|practice)",
        0.5,
        "Say what you learned.",
    ),
    Phrase(
        r"(?:I am|I'm|I’m) confident (?:that )?(?:I (?:can|could|would|will)|my (?:skills|"
        r"experience|background|qualifications))",
        0.5,
        "Show the confidence with evidence instead.",
    ),
)

#: Words a note uses after any interview: they name nothing from this one.
GENERIC_WORDS = frozenset(
    _words(
        """
    thank thanks thanked thanking grateful gratitude appreciate appreciated appreciation
    time times opportunity opportunities chance interview interviews interviewed interviewing
    conversation conversations discussion discussions discuss discussed talk talked talking chat
    call calls meeting meet met speak speaking spoke spoken visit role roles position positions
    job jobs team teams company companies organization organisation department group unit office
    firm business agency employer work working worked career professional candidate candidacy
    application applicant process hiring manager panel everyone everything anything something
    skills skill experience experiences background qualifications qualification abilities ability
    strengths strength fit interest interested interesting enthusiasm enthusiastic excited
    exciting eager keen passion passionate motivated motivation confident confidence believe
    belief feel felt think thought hope hoped hoping look looking forward hear hearing heard
    learn learned learning learnt know knew known understand understanding understood sense
    picture clearer clear clearly idea ideas insight insights information additional further
    provide provided anything questions question answer answers answered priorities priority
    goals goal culture values value mission vision environment collaborative collaboration
    supportive support contribute contributing contribution contributions join joining joined
    member members colleague colleagues people staff leadership leader leaders manager managers
    great good wonderful excellent amazing fantastic terrific pleasure pleased glad happy delighted
    honored honoured truly really very much enjoyed enjoy enjoying enjoyable valuable helpful
    informative thoughtful insightful warm welcoming kind kindness generous generosity openness
    candor candid today yesterday tomorrow morning afternoon evening week weeks earlier recently
    soon next steps step again continue continuing continued reinforced confirmed reaffirmed
    strengthened increased welcome chance possibility possible consider consideration considering
    considered regards sincerely best wishes dear hello hi mr mrs ms dr mx prof sir madam
    schedule busy taking took take giving gave given spend spent spending share shared sharing
    describe described description explain explained explanation overview walk walked showing
    showed shown tour way ways part parts aspect aspects area areas side bit lot lots point points
    matter matters thing things detail details role's team's company's position's organization's
    start starting started beginning immediately immediate impact difference success successful
    succeed grow growth growing develop development improve improvement improving building build
    help helping helped ready able willing available availability eager hard worker hardworking
    dedicated dedication commitment committed driven results player perfect ideal strong solid
    proven track record extra mile calling care caring excellent patient patients customers
    customer service clients client children families family students student kids
    mind minds opinion view views perspective perspectives approach approaches style
    contact reach email emailed phone video person virtual virtually line let know letting
    provide providing need needs needed want wanted would could should might must shall will
    always never ever every each many several few more most less least other others another
    new current currently previous future present past first last final whole entire overall
    certainly definitely absolutely especially particularly genuinely sincerely deeply highly
    well also even still already just really quite rather pretty fairly
    myself yourself ourselves themselves
        """
    )
)

#: Function words: never content.
STOPWORDS = frozenset(
    _words(
        """
    a an the and or but nor so yet for of to in on at by with from into onto about above below
    over under after before during since until while as than then that this these those there
    here what which who whom whose when where why how all any both each few more most other some
    such no not only own same too very can will just don't should now i me my mine we us our
    ours you your yours he him his she her hers it its they them their theirs is am are was were
    be been being have has had having do does did doing would could might may must shall also
    if because though although whether either neither nor one ones up down out off again further
    once very s t d ll m re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn
    needn shan shouldn wasn weren won wouldn i'm i've i'd i'll you're we're it's that's
    let us via per
        """
    )
)

#: Capitalized words that are not proper nouns naming anything from the conversation.
COMMON_CAPITALIZED = frozenset(
    [
        *_words(
            """
    i i'm i've i'd i'll mr mrs ms mx dr prof sir madam monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december thank thanks dear hello hi best regards sincerely
        """
        ),
        # Countries: where the writer has worked or comes from ("many years in Türkiye and in the
        # United States"), background rather than a detail of this conversation.  (Countries that
        # are also common first names, such as Jordan and Chad, are left out: a colleague named
        # Jordan is a detail.)
        *_words(
            """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil brunei bulgaria burkina burundi cambodia cameroon canada chile china colombia comoros
    congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
    eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala
    guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland italy jamaica
    japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
    libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
    myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau
    palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
    senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
    switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
    türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
    zambia zimbabwe united states kingdom emirates zealand lanka
        """
        ),
    ]
)

#: All-caps forms of ordinary words: in capitals they shout.  (Acronyms are judged separately.)
#: Chat acronyms ("TTYL", "FYI"): text-speak (a tone matter), never a detail of a conversation.
CHAT_ACRONYMS = frozenset(
    _words(
        """
    lol lmao rofl btw omg imo imho tbh idk ttyl asap brb smh nvm ngl fyi tgif irl jk thx cya
    pls plz tysm ty np afaik iirc fwiw tl dr tldr gtg g2g bff
        """
    )
)

EMPHATIC_CAPS = frozenset(
    _words(
        """
    so very really truly super totally absolutely definitely extremely incredibly seriously
    honestly literally love loved loving lovely happy glad excited thrilled pumped stoked amazing
    awesome great best perfect wonderful fantastic incredible huge thank thanks you your me my
    i'm we our must need needed please not never always all any every now yes wow omg can't
    cannot wait want dream hire job really much more most ever big biggest
    the and this that with for was are were is be have had will would could what how why
    who when just too lol haha yay hey yo hello chef boss team call interview role
        """
    )
)

#: Casual openings ("Hey", "Yo"); "Hi <name>" and "Hello" are acceptable (ETIQUETTE.md).
CASUAL_GREETING = (
    r"hey there|hey|heya|hiya|howdy|yo|sup|wassup|what's up|whats up|what’s up|hi there|"
    r"hello there|hi guys|hey guys|hey y'all|hey all|hey team|hi folks|hey folks|ahoy|"
    r"hi dear|hello dear|hey dear|my dear|hi hun|hey hun|hiya hun|hi babe|hey babe|hi hon|"
    r"hi sweetie|hi darling|hi lovely|hey lovely|hi mate|hey mate|alright mate|dearest|"
    r"hello lovely|hi gorgeous|hello gorgeous|hey gorgeous|good morning sunshine|morning sunshine|"
    r"hi sunshine|greetings and salutations"
)

#: Casual openings that are also ordinary words ("Morning", "Alright"): casual only as a whole
#: greeting line, with at most a name after them ("Morning Dana!").
CASUAL_GREETING_ALONE = r"morning|mornin|afternoon|evening|alright|oi"

#: Casual sign-offs, as a whole closing line.
CASUAL_SIGNOFF = (
    r"cheers(?: mate| mates| buddy)?|later|laters|later dude|xoxo|xo|hugs|love|lots of love|peace|"
    r"peace out|thx|thnx|tks|ttyl|talk soon|talk later|see ya|see you|see you soon|see you later|"
    r"catch you later|ciao|take it easy|yours always|toodles|bye|bye for now|cya|hit me up|"
    r"with love|with love and (?:[\w’']+ ){0,3}[\w’']+|love and (?:respect|regards)|"
    r"kisses|god bless(?: you)?|toodle-oo|toodle ?pip|ta-ra|sharp|sharp sharp|shot|lots of love|"
    r"lots of love,? xx|xx|xxx|speak soon|chat soon|laters babe|ta|ta very much|cheerio|stay cool|"
    r"much love|adios|later gator|later alligator|(?:kind regards|best regards|regards|best|thanks|"
    r"warmly|best wishes|many thanks|sincerely|yours),? x{1,3}"
)

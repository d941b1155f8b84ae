"""Tone rules: must-flag and must-pass tables (read by test_rule_meta), and behaviour tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.testing import findings_of

DANA = tn.Interviewer("Dana Whitfield")
IV = tn.Interview(
    company="Acme Robotics",
    role="Compensation Analyst",
    date=dt.date(2026, 3, 2),
    interviewers=[DANA],
    topics=["salary band benchmarking"],
)


def _note(body: str, **kw: object) -> tn.Note:
    return tn.Note(body=body, interview=IV, **kw)  # type: ignore[arg-type]


EXAMPLES = {
    "tone.casual-greeting": (
        [
            "Hey Dana,\n\nThanks.",
            "Yo Chef,\n\nThanks.",
            "Hi there,\n\nThanks.",
            "Hi dear Laura,\n\nThanks.",
            "Hiya!\n\nThanks.",
            "Hi hun,\n\nThanks.",
            "Morning Dana!\n\nThanks.",
            "Dearest Dana,\n\nThanks.",
            "Hi gorgeous,\n\nThanks.",
            "Alright Dana?\n\nThanks.",
            "What's up Dana,\n\nThanks.",
            _note("Dear Dana,\n\nThanks.", subject="hey"),
        ],
        [
            "Dear Dana,\n\nThanks.",
            "Hi Priya,\n\nThanks.",
            "Hello Dana,\n\nThanks.",
            "Yolanda,\n\nThanks.",
            "Dear Dana,\n\nHey, that reminds me of the ingest work.",
            "Good morning Dana,\n\nThanks.",
            "Afternoon tea with the team was lovely.\n\nThanks.",
            "Alright, here is the summary I promised.\n\nThanks.",
            _note("Dear Dana,\n\nThanks.", subject="Afternoon interview - thank you"),
        ],
    ),
    "tone.casual-signoff": (
        [
            "Dear Dana,\n\nThanks.\n\nCheers mate,\nConnor",
            "Thanks.\n\nxoxo,\nKay",
            "Thanks.\n\nLater,\nTyler",
            "Thanks.\n\nSpeak soon,\nJade",
            "Thanks.\n\nMuch love,\nJade",
            "Thanks.\n\nKind regards xx\nJade",
            "Thanks.\n\nCheerio,\nJade",
            "Thanks.\n\nWith love and respect,\nDeepak",
            "Thanks.\n\nWith love and very best wishes,\nBrenda",
            "Thanks.\n\nToodle-oo,\nEmily",
            "Thanks.\n\nPeace out,\nDanny",
            "Thanks.\n\nTalk soon!\nJo",
        ],
        [
            "Thanks.\n\nBest regards,\nJo",
            "Thanks.\n\nSincerely,\nJo",
            "I will follow up later this week.\n\nBest,\nJo",
        ],
    ),
    "tone.emoji": (
        [
            "Thanks 🙂",
            "Great call :)",
            "See you ;-)",
            "Loved it <3",
            "Thanks 👍🏽!",
            "Go team 👨‍👩‍👧",
            "Done ✔️",
            "haha XD",
        ],
        [
            "We met at 8:30 (a) and (b).",
            "A 3:1 ratio.",
            "See https://example.com/x.",
            "Items: (1) logs; (2) metrics.",
            "Under <30 seconds.",
            "Note:(see below)",
        ],
    ),
    "tone.exclamations": (
        ["Thanks!!", "Great! Wonderful! Amazing!", "Really?!"],
        ["Thank you for the call!", "Thanks! I enjoyed it!", "No exclamation at all."],
    ),
    "tone.shouting": (
        [
            "I LOVED the tour.",
            "I would be SO HAPPY to join.",
            "This is REALLY important.",
            "THANK YOU FOR EVERYTHING",
            _note("Dear Dana,\n\nThanks.", subject="YO CHEF!!!"),
            "It was INCREDIBLE to see.",
        ],
        [
            "I migrated SQL jobs to AWS.",
            "The SKU count and the IPO.",
            "HR and NASA and LLC.",
            "BSA/AML compliance at the VOC level.",
            "Thanks for the <ROLE> interview.",
            "I know AWS, GCP, SQL and ETL.",
        ],
    ),
    "tone.slang": (
        [
            "I'm gonna fit in.",
            "It was a total banger of an interview.",
            "Thanks heaps for your time; I'm keen as to join.",
            "The pipeline work sounds sweet, and the demo was the bomb.",
            "I can bring the sketches in whenever suits you, babe.",
            "That was awesome.",
            "I am super stoked.",
            "Great vibe.",
            "You guys rock.",
            "I totally agree.",
            "We crushed it.",
            "Thanks a ton.",
            "It's kinda like that.",
            "Shoot me a message.",
            "It worked hella well.",
            "The demo was dope.",
            "At my current gig I ran the desk.",
            "I'm down for whatever.",
            "That office is lit.",
            "Honestly, the console port looks sick.",
            "Thanks for the lekker chat. Eish, the border delays.",
            "It was really shiok to chat. Steady lah!",
            "Thank you so much po for the interview.",
            "The team seems chill.",
            "Much appreciated, bud.",
            "Hope to hear from you soon, buddy.",
            "Honestly, that is sick.",
            "Ta very much.",
            "Peace out.",
            "The dashboard was sooo cool.",
            "Cool beans.",
        ],
        [
            "We served bangers and mash; the glaze was sweet.",
            "Hugh Grant's films are fun, and the Pugh report was useful.",
            "I really enjoyed the call.",
            "The room is lit by skylights.",
            "The no-hugs policy at the nursery made sense.",
            "Chill the samples before the run.",
            "The team was welcoming.",
            "I am very interested.",
            "We cooled the servers.",
            "The Super Bowl ad.",
            "That is a total of 40 units.",
            "The buddy system pairs each new hire with a mentor, a pal for the first week.",
            "I can cover an occasional evening visit when another aide is sick.",
        ],
    ),
    "tone.text-speak": (
        [
            "thx for the call",
            "lol that was fun",
            "The null checks hurt at first, haha.",
            "btw I sent it",
            "can u send it",
            "see ur notes",
            "omg yes",
            "tbh I agree",
            "I can def help",
            "pls advise",
            "ty!",
        ],
        [
            "I worked in the U.S. office.",
            "A u-turn.",
            "Ty Burrell was there.",
            "Thank you for the call.",
            "Jordan U. Lee",
            "The RN role.",
        ],
    ),
    "tone.personal": (
        [
            "You are the coolest boss I have ever met.",
            "We are going to be great friends.",
            "We should grab a beer this weekend.",
            "Hit me up anytime.",
            "Your dog is the cutest.",
            "You looked beautiful.",
            "No matter how well we clicked, I know you must decide.",
            "the sweetest director ever",
            "You have a lovely smile.",
            "You have the kindest eyes.",
            "My divorce was finalized in the spring.",
            "I would love to take you out for drinks.",
            "Maybe dinner sometime, just the two of us.",
            "You are the most brilliant, inspiring leader I have ever met.",
            "You are truly a genius.",
            "You must be the best manager in the world.",
            "You look far too young to have led projects for twenty years.",
            "The outfit you wore today was the most stylish thing I have seen.",
            "Your accent is absolutely adorable.",
            "Where are you from originally?",
            "Are you from Glasgow or Edinburgh?",
            "You are a gem of a person and a shining light to all.",
            "Your wisdom, elegance and kindness are unmatched.",
            "May God continue to bless you, and may your days be long.",
            "I feel like you are already my mother here.",
            "Your tie was a very good choice.",
            "My husband, Keith, had a triple bypass in 2019.",
            "My mother was diagnosed with dementia in March.",
            "I have had trouble with my knees for years.",
            "My doctor keeps telling me to lose weight.",
            "Our cat, Biscuit, passed away last month.",
            "I have been struggling with severe migraines myself for the past few months.",
            "My neurologist recently put me on a new medication.",
            "The new medication leaves me foggy in the afternoons.",
            "That blue dress really suited you.",
            "You looked absolutely radiant on the call.",
            "I have been dealing with a flare-up of ulcerative colitis since last month.",
            "My new medication has been causing stomach cramps.",
            "I was running to the bathroom before we started.",
            "My gastroenterologist thinks it should settle soon.",
            "I pray every morning before I start.",
            "I truly believe God puts people in the right jobs.",
            "I could never plan anything for that party in good conscience.",
            "I found your wedding photos on your sister's public page.",
            "I feel I know you a little better now.",
            "If you would like dinner, entirely outside of work, my personal number is below.",
            "You are in remarkable shape, and those shoulders say you still lift.",
            "I would love to hear what your training routine is.",
            "We were out clubbing until four, so I was running on two hours' sleep.",
            "I was a bit hungover during the tasting.",
            "Reels are not really your generation's thing; back in your day it was print.",
            "You made me feel like family, so I'm sure we'll be fast friends.",
            "Let's grab lunch next week and chat more about it.",
            "I have attached my headshot so you remember me.",
            "You are the most gifted leader in the entire industry.",
            "I hope your back is feeling better after your surgery.",
            "Congrats again on the pregnancy!",
            "I noticed you're recently divorced too; it gets easier.",
            "You should really update your LinkedIn photo; it does not do you justice.",
            "We are getting married on June 14, and our honeymoon is in Bali.",
        ],
        [
            "I became a nurse after my father had a stroke.",
            "You mentioned you are from Lagos, where I trained too.",
            "Ever since my dad had a heart attack I have cared about cardiac rehab.",
            "Your trial recruits patients struggling with severe migraines.",
            "The clinic helps people who are dealing with anxiety.",
            "We discussed how the medication review makes residents safer.",
            "Your stroke pathway cut door-to-needle time to 40 minutes.",
            "The weight limits on the loading dock surprised me.",
            "I enjoyed meeting the team.",
            "It was one of the most thoughtful interviews I have ever had.",
            "The best team I have ever worked with ran its own on-call.",
            "Your team's genius for simple tooling showed.",
            "Thank you for the tour.",
            "The best candidate wins.",
            "I hang the dashboards out of the way.",
            "The bar will have drinks ready by six.",
            "I kept my eyes on the error budget.",
            "The new suit of tests suited your pipeline.",
            "The dashboard looked radiant on the big screen.",
            "The clinic's patients dealing with a flare-up need quick access.",
            "Your pharmacists pray for nothing but a quiet Monday, you joked.",
            "I organised events for the party conference as a student volunteer.",
            "Your training programme for new coaches impressed me.",
            "The shape of the new rota makes sense to me.",
            "I slept well and arrived early; the generation of leads impressed me.",
            "The team grabs lunch together on Fridays, which I liked.",
            "The most useful person in the room was the shift lead.",
            "I hope your team is feeling better about the launch.",
            "The clinic supports patients after surgery.",
        ],
    ),
    "tone.desperate": (
        [
            "I really need this job.",
            "Please hire me.",
            "Please, please hire me.",
            "I am begging you.",
            "I will accept any salary.",
            "My savings are almost gone.",
            "I'll do anything.",
            "I can't afford to wait.",
            "I have been out of work for a year.",
            "I am pleading with you.",
            "Please give me a chance.",
            "I do not know how much longer I can keep going.",
            "I will take any hours you have.",
            "I have applied to over 200 jobs this year.",
            "I am behind on rent for the third month in a row.",
            "My credit cards are at their limit.",
            "This job would keep a roof over my head.",
            "I am really in great need of this job.",
            "I would work twice as hard if you give me another chance.",
            "I really hope you will not hold it against me.",
            "My car was repossessed three weeks ago.",
            "I am behind on two payday loans.",
            "My checking account has been overdrawn since the fourteenth.",
            "Every week without a paycheck makes things harder.",
            "If I do not get this job, I do not know what will happen to our family.",
            "I hope you will think of my situation.",
            "We owe almost 180,000 to a lending company that calls us every day.",
            "I am praying every night that you pick me.",
            "I would be eternally grateful for this chance.",
            "I will be crushed if I don't get it.",
            "I am willing to take a pay cut if that helps.",
            "I'll work weekends, whatever you need, no questions asked.",
            "Please don't let me down.",
            "I hope I get it because I'm really broke right now.",
            "My landlord is threatening to evict me.",
            "I'm a single mom of three and this job would change everything.",
        ],
        [
            "I really enjoyed the call.",
            "I need a day to prepare the slides.",
            "We accepted any feedback.",
            "Thank you for the chance you gave me to meet the team.",
            "The team needs a dashboard.",
            "Your payday lending policy work was interesting.",
            "If I get this job, I will start with the audit.",
            "The team took a pay cut in 2020 and recovered.",
        ],
    ),
    "tone.negative": (
        [
            "My last boss was an idiot.",
            "My current company is a mess.",
            "I left a toxic workplace.",
            "My old manager never appreciated me.",
            "My manager is clueless.",
            "I noticed the other candidate waiting in the lobby.",
            "He studied his notes as if he had never heard of a control chart.",
            "Unlike my boss, who blames everyone else when things go wrong.",
            "He cannot keep track of his own schedule.",
            "At my current company the finance director is frankly clueless.",
            "Nobody there bothers to reconcile anything.",
            "The owners were frankly clueless and ran the place like a frat house.",
            "He is the most incompetent person I have ever worked under.",
            "I cannot wait to be rid of the lot of them.",
            "My current company has been a disaster for two years.",
            "The VP who replaced my old boss has no idea how it works.",
            "He blamed us in front of the whole organization.",
            "I am tired of cleaning up after people who should have been fired years ago.",
            "I recognized the candidate who was waiting before me from his byline.",
            'Nothing says "we value your time" quite like a four-hour case study.',
            "I appreciated the twenty minutes that were left after you arrived late.",
            "I sent my references twice, so hopefully they made it to the right inbox this time.",
            "Your previous director seems to have had little grasp of the budget.",
            "The current newsletter is, frankly, an embarrassment.",
            "I would not repeat her mistakes.",
            "I will start by undoing most of what she built.",
            "The approach may be new to you, but it works.",
            "Once your team has caught up, we can move faster.",
            "With my help the program could become quite respectable.",
            "The strategy you described is frankly indefensible.",
            "Anyone with real experience would see the flaw.",
            "I was frankly astonished that nobody had tried it.",
            "My answers went deeper than the panel was probably used to.",
            "I am happy to explain it more slowly next time.",
            "I kept it simple once Emma seemed to lose the thread.",
            "Thank you for finally fitting me in after the reschedules.",
            "I'm sure the forty minutes I spent in reception were unavoidable.",
            "I look forward to hearing from you, hopefully without too long a wait.",
            "I would relish the chance to drag the department into the current decade.",
            "Your booking system looks older than some of your graduate planners.",
            "Most of them would not last a week in a practice like yours.",
            "I look forward to working with people who are actually at my level.",
            "I am the only tech who can be trusted with a difficult case.",
            "The directors promoted people who had no idea what they were doing.",
            "To be frank, the company went under because of management.",
            "I learned a lot there, mostly about what not to do.",
            "Is the job really as stressful as Glassdoor makes it sound?",
            "I suppose the real question is how long the last one lasted.",
            "Joanne clearly hadn't read my CV.",
            "It felt like a waste of both our time.",
            "Getting to the branch was an ordeal.",
            "Since nobody thought to offer a glass of water, I brought my own.",
            "It gave me time to study the models, which I assume was the point.",
            "Thank you for the forty minutes in reception before we began.",
            "Their line is sold by reps who cannot read a clinical paper.",
            "I want to work for a company that is not a punchline.",
            "Between us, I heard she left there after some trouble with a client.",
            "I will keep that to myself, of course.",
            "The conference room was freezing and the coffee tasted burnt.",
            "One piece of feedback for future candidates: start on time.",
            "I am tired of cleaning up after the current team.",
            "The Excel case study on slotting was unfair.",
            "Mr. Held kept interrupting me while I worked.",
            "My managers there are thoroughly corrupt.",
            "Half of the directors should be in prison.",
            "Nothing reveals how someone will test a save system quite like a riddle.",
            "No offence, but the current app is one of the worst I have used.",
            "Sam was by far the more engaging interviewer, and your questions wandered.",
            "Your office is much nicer than the dump I work in now.",
            "I can't wait to finally quit my soul-crushing job.",
            "I bet the other candidates can't do half of what I can.",
            "My last company was a total dumpster fire.",
            "The guy who interviewed me before you was pretty rude.",
            "I didn't love how long the process has taken.",
            "Your website looks like it was built in 1999.",
            "Frankly, it is a sinking ship run by clowns.",
            "You seemed distracted and checked your phone a lot.",
            "Honestly, they didn't look like much competition.",
            "I rambled, but in my defence your questions were pretty vague.",
            "Your competitors are eating your lunch.",
            "I won't let you down like my last employer did.",
            "I felt you didn't really give me a fair chance.",
            "The traffic on the way there was horrendous.",
            "Sorry, not sorry, for going over time.",
            "I was surprised you didn't ask about my degree.",
            "Honestly, the staff at my current branch are dinosaurs.",
            "Your booking system is frankly archaic.",
            "The council planners I work with now are hopelessly sloppy.",
            "My supervisor's rota is amateur hour every week.",
        ],
        [
            "The glaze should have been fired at a lower cone.",
            "We blamed the outage on a stale cache, and fixed it.",
            "I know you are meeting other candidates this week.",
            "It was as if we had known the plant for years.",
            "My last boss taught me a lot.",
            "We cleaned up a messy codebase.",
            "We removed toxic waste from the site.",
            "The candidate who joins will own the migration.",
            "Nothing about the case study surprised me.",
            "I arrived late because of the train, and you were kind about it.",
            "I have attached the deck; I hope it reaches the right people on your side.",
            "Your previous director built a strong pantry network.",
            "We learned from our mistakes and I was astonished by the turnout.",
            "The strategy you described is ambitious, and it is new to me.",
            "Anyone with questions can reach me by phone.",
            "The firm went under in 2009, and I moved to audit.",
            "I had no idea what to expect, and the team made it easy.",
            "Getting to the branch was easy by bus.",
            "We kept the data from being corrupted during the migration.",
            "The room was bright and the coffee was good.",
            "Between us and the supplier, the lead time fell by half.",
            "The case study on slotting was fair and well designed.",
            "The design went deeper than I was used to, and I learned a lot.",
            "When I seemed to lose the thread, you kindly asked again.",
            "I'm sure the migration was necessary, and the team handled it well.",
            "I look forward to hearing from you.",
            "The new rota should last a week at most.",
            "Your team brought the archive into the current decade with the new catalogue.",
            "We removed the toxic mould from the store room in a week.",
            "My manager was never sloppy about handovers, and I learned from her.",
            "I was grinning like an idiot when they called me back.",
            "The archaic spellings in the parish registers were a joy to decode.",
            tn.Note(
                body="What the staff told you about toxic mould in the flats surprised me.",
                interview=tn.Interview(
                    company="Hallam Housing",
                    role="Surveyor",
                    date=dt.date(2026, 3, 2),
                    topics=["toxic mould in older flats"],
                ),
            ),
        ],
    ),
    "tone.demanding": (
        [
            "I expect an answer by Friday.",
            "I demand a decision.",
            "You need to get back to me by Monday.",
            "If I don't hear back by Friday, I will move on.",
            "I will assume your company is not serious.",
            "I will accept one of my other offers.",
            "Please update me by tomorrow, or I will withdraw.",
            "If I hear nothing by Friday, I will accept it and withdraw.",
            "Otherwise I will withdraw from your process.",
            "I have gone ahead and given notice at my current job.",
            "Please send the offer letter by Monday.",
            "Could you arrange my building access before I start?",
            "Since it is clear we are a good match, let us settle the start date.",
            "I expect to be joining on the first of the month.",
            "I assume the skills test can be waived in my case.",
            "Surely I would not need to go through the full panel.",
            "A candidate with my connections is rare.",
            "If these can be confirmed, I will be happy to proceed.",
            "About the practical assessment: I would like to skip it.",
            "Sitting a test feels unnecessary for someone at my level.",
            "That would make a big difference to whether this works for me.",
            "I suggest we skip the reference checks so I can begin on Monday.",
            "I will expect these fixes to be in place by my first day.",
            "The walk-in must be reorganized before I start.",
            "I would be aiming for your position within two years.",
            "I would like to know how quickly I could move up.",
            "It would help to know whether you are planning to move on.",
            "I would expect the panel to take this into account.",
            "I hope the case study will not be weighted too heavily.",
            "I would have to bring my dog to the office every day.",
            "I am not able to accept a role where he is not welcome.",
            "Please confirm this is agreed before the next round.",
            "Tell me exactly what I got wrong; I deserve a straight answer.",
            "Please send how each panel member scored me.",
            "I have kept a record in case I need to raise them with an employment lawyer.",
            "I trust the process will be fair and that it will not come to that.",
            "My uncle, Julian Ashworth, sits on your board.",
            "He would be very disappointed if I were not taken on.",
            "One of them has already made me an offer, so I will need to know soon.",
            "My diary is filling up quickly.",
            "I will be checking my inbox every hour until I hear from you.",
            "Could you fast-track my application?",
            "I'll swing by the office tomorrow with my portfolio.",
            "I'm the best candidate you'll find, period.",
            "I think I nailed the interview, so I'll be expecting your call.",
            "Kindly revert with your decision at the earliest.",
            "I trust you will make the right decision and choose me.",
            "I look forward to receiving your offer.",
            "When can I start?",
            "I have already told my friends I got the job.",
            "I'll need an answer before my other interview on Monday.",
            "I will call you Monday at 9 a.m. to confirm my start date.",
            "I would work for free for a month to prove it; you owe me nothing.",
            "I assume the offer will reflect my experience.",
            "I'd like the contract sent over today if possible.",
            "Reply soon or I'm taking the other job.",
            "I deserve this more than anyone else you interviewed.",
        ],
        [
            "I look forward to hearing about next steps.",
            "Could you share the timeline?",
            "I expected the migration to take a week.",
            "Please send the offer letter template to the hiring team, as you mentioned.",
            "You mentioned that a candidate with strong connections to growers helps.",
            "The fee was waived for students.",
            "Please let me know whether this works for you.",
            "I would like to prepare for the assessment next week.",
            "I expect the migration will be in place by spring.",
            "The scores were weighted by region.",
            "We replied quickly to every ticket.",
            "I would bring my notes from the pilot to the next round.",
            "My uncle taught me to fix engines, which is why I love this trade.",
            "I will check the data dump every hour during the pilot.",
            "Happy to stop by the office if that helps.",
            "I look forward to receiving your feedback on the exercise.",
            "You asked when the project can start; I would suggest May.",
            "I could volunteer for a week at the shelter before starting, if that helps.",
        ],
    ),
    "tone.gift": (
        [
            "I dropped off a box of chocolates for the team.",
            "I sent you a small gift to say thanks.",
            "Please accept this gift card as a small token of my appreciation.",
            "I mailed the office a bottle of wine.",
            "I have sent you $50 on Venmo so you can enjoy dinner somewhere on me.",
        ],
        [
            "Your plan for the gift shop's checkout stayed with me.",
            "Your Venmo integration for tips was clever; dinner service on Fridays is busy.",
            "The gift card program you described is clever.",
            "I sent you the slides we discussed.",
            "Mentoring new hires is a gift to the whole team.",
        ],
    ),
    "tone.salary": (
        [
            "What is the salary range?",
            "Also, what is the pay and how many hours a week would I get?",
            "Before we go further, what's the pay for this job?",
            "I would need at least $19 an hour.",
            "I can only work weekdays, no Saturdays.",
            "How much does the job pay?",
            "How much PTO is there?",
            "Is there a signing bonus?",
            "I'd like to discuss the compensation package.",
            "What are the hours like?",
            "I would expect the offer to start well above the band you mentioned.",
            "I would need at least two work-from-home days each week.",
            "My expectation is closer to 9 lakh.",
            "Is there any chance of a reserved parking space for staff?",
            "I'd also love to know how much vacation I'd get.",
            "Is the free lunch every day or just Fridays?",
            "Do you offer a company car?",
            "I hate wearing suits.",
            "The main reason I applied is the 33 days of annual leave.",
            "The holiday allowance and the free family membership sold it.",
        ],
        [
            "I enjoyed the call.",
            "I liked hearing what the night shifts on the ward are like for new nurses.",
            _note("I enjoyed our talk about salary band benchmarking."),
            "As a bonus, I saw the lab.",
            "The programme reached 2 lakh farmers in its first year.",
            "I would like the chance to work on remote sensing days in the field.",
        ],
    ),
    "tone.apology": (
        ["I apologize for the delay.", "Sorry for rambling.", "I'm so sorry I was late."],
        ["Thank you for your patience with the schedule.", "I will send it today."],
    ),
}


def test_casual_greeting_suggests_dear_and_the_first_name() -> None:
    (f,) = findings_of("tone.casual-greeting", _note("Hey Dana!\n\nThanks."))
    assert (f.start, f.end, f.suggestions) == (0, 3, ("Dear",))
    assert "'Dear Dana,'" in f.message
    (f,) = findings_of("tone.casual-greeting", _note("Hey there,\n\nThanks."))
    assert (f.start, f.end, f.suggestions) == (0, 9, ("Dear Dana",))


def test_exclamation_limit_follows_config() -> None:
    text = "Great! Wonderful! Amazing!"
    assert findings_of("tone.exclamations", text, tn.Config(max_exclamations=3)) == []
    assert findings_of("tone.exclamations", text, tn.Config(max_exclamations=2))


def test_apology_is_advice_only() -> None:
    (f,) = findings_of("tone.apology", "I apologize for the delay.")
    assert f.severity is tn.Severity.INFO


def test_user_tone_phrases_are_flagged_as_warnings() -> None:
    config = tn.Config(extra_phrases={"tone": ["no problem"]})
    found = findings_of("tone.slang", "I can start Monday, no problem.", config)
    assert [(f.start, f.end, f.severity) for f in found] == [(20, 30, tn.Severity.WARNING)]


def test_emoji_joiner_sequence_is_one_finding() -> None:
    text = "Go team 👨‍👩‍👧 now"
    (f,) = findings_of("tone.emoji", text)
    assert text[f.start : f.end] == "👨‍👩‍👧"  # type: ignore[misc]


def test_phrase_rules_report_exact_spans() -> None:
    text = "Honestly, I am SUPER   stoked about it."
    (f,) = findings_of("tone.slang", text)
    assert text[f.start : f.end] == "SUPER   stoked"  # type: ignore[misc]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_tone_rules_never_raise_and_keep_spans_inside_the_text(text: str) -> None:
    for rule_id in EXAMPLES:
        for f in findings_of(rule_id, _note(text, subject=text[:40] or None)):
            if f.start is not None:
                assert 0 <= f.start <= f.end <= len(text)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("rule_id", "text", "flagged"),
    [
        ("tone.slang", "Cheers for the natter, mate.", ["Cheers for", "natter", "mate"]),
        ("tone.slang", "I reckon I'd smash it.", ["reckon", "smash it"]),
        (
            "tone.personal",
            "My husband moved out, so I have been crying most nights.",
            ["My husband moved out", "crying most nights"],
        ),
        (
            "tone.personal",
            "I could open up to you over a coffee sometime.",
            ["open up to you", "over a coffee sometime"],
        ),
        (
            "tone.demanding",
            "I expect to receive an offer by Friday; otherwise I will accept theirs.",
            ["I expect to receive an offer", "otherwise I will accept"],
        ),
        (
            "tone.demanding",
            "Please respond by Thursday at the latest.",
            ["Please respond by Thursday at the latest"],
        ),
        (
            "tone.demanding",
            "I will need your decision by Friday; otherwise I will have to accept the other offer.",
            ["I will need your decision", "otherwise I will have to accept"],
        ),
        (
            "tone.demanding",
            "I will call you every day until I hear back.",
            ["call you every day", "until I hear back"],
        ),
        (
            "tone.negative",
            "My current employer is a total mess.",
            ["My current employer is a total mess"],
        ),
        ("tone.negative", "I hated my last job.", ["hated my last job"]),
        (
            "tone.negative",
            "My manager is frankly incompetent.",
            ["My manager is frankly incompetent"],
        ),
        (
            "tone.personal",
            "Your suit today was very sharp; navy really suits you.",
            ["Your suit today was very sharp", "navy really suits you"],
        ),
        ("tone.personal", "I hope you rest; you looked tired.", ["you looked tired"]),
        (
            "tone.desperate",
            "Madam, I kindly request that you select me. This job is very important for my family.",
            ["kindly request that you select me", "This job is very important for my family"],
        ),
        (
            "tone.demanding",
            "I will be waiting for your answer urgently. Please reply as soon as possible.",
            ["waiting for your answer urgently", "Please reply as soon as possible"],
        ),
        (
            "tone.personal",
            "Your son has your exact smile, and I hope the potty training goes well.",
            ["Your son", "potty training"],
        ),
        (
            "tone.personal",
            "I could not help noticing how exhausted you looked after the divorce.",
            ["how exhausted you looked", "the divorce"],
        ),
        (
            "tone.personal",
            "I hope your little boy's chickenpox clears up; you looked absolutely shattered.",
            ["little boy's chickenpox", "you looked absolutely shattered"],
        ),
        (
            "tone.demanding",
            "I will not consider anything below £42,000, so neither of us wastes time.",
            ["will not consider anything below", "neither of us wastes"],
        ),
        (
            "tone.demanding",
            "If I have not received one by then, I will take that as your answer.",
            ["take that as your answer"],
        ),
        (
            "tone.negative",
            "My director presented my migration plan as his own.",
            ["presented my migration plan as his own"],
        ),
        (
            "tone.negative",
            "The partners at my current firm are frankly incompetent.",
            ["partners at my current firm are frankly incompetent"],
        ),
        (
            "tone.negative",
            "Two techs spend most of their shift on their phones, so I end up doing everyone's work.",
            ["spend most of their shift on their phones", "end up doing everyone's work"],
        ),
        (
            "tone.demanding",
            "Please let me know by Friday, as I have another offer I need to answer.",
            ["as I have another offer"],
        ),
        (
            "tone.negative",
            "My employer's leadership has been disorganized and indifferent.",
            ["leadership has been disorganized"],
        ),
        (
            "tone.negative",
            "My professor, Dr. Keller, was a terrible teacher.",
            ["was a terrible teacher"],
        ),
        (
            "tone.salary",
            "Could you tell me how much the stipend is and whether travel is paid?",
            ["how much the stipend", "whether travel is paid"],
        ),
        ("tone.negative", "My manager was a complete fool.", ["manager was a complete fool"]),
    ],
)
def test_paraphrased_tone_problems_are_caught(rule_id: str, text: str, flagged: list[str]) -> None:
    assert [text[f.start : f.end] for f in findings_of(rule_id, text)] == flagged  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "I will reply by Friday with the references you asked for.",
        "Please let me know whichever day suits you for the site visit.",
        "If it suits you, I could bring the samples on Tuesday.",
        "The outfit looked great on the models in your spring collection.",
        "Giving the leads a small stipend would cost little.",
        "It was useful to see the drive-thru window during the rush.",
        "The calf looked sick, so we moved it to the sick bay.",
        "Your children's ward redesign impressed me.",
        "The script I showed you runs nightly.",
        "The leadership team has been generous with its time.",
        "I need an update on the server configuration before I can say more.",
        "The mate of a friend works in climate science.",
        "Please let me know by Friday if you need references.",
    ],
)
def test_ordinary_sentences_near_the_tone_patterns_pass(text: str) -> None:
    for rule_id in ("tone.demanding", "tone.slang", "tone.personal", "tone.negative"):
        assert findings_of(rule_id, text) == [], rule_id


def test_attacks_on_an_employer_without_my_are_negative_too() -> None:
    text = (
        "Frankly, the management there is a disaster. The senior partners are lazy. "
        "Most of the team is incompetent. The company treats its staff terribly."
    )
    found = [text[f.start : f.end] for f in findings_of("tone.negative", text)]  # type: ignore[misc]
    assert found == [
        "management there is a disaster",
        "senior partners are lazy",
        "the team is incompetent",
        "treats its staff terribly",
    ]
    fine = "The management team was welcoming. Partners are lazy-loaded in the app."
    assert findings_of("tone.negative", fine) == []


def test_an_insult_idiom_needs_its_negation() -> None:
    text = (
        "They could not plan a sprint to save their lives. The nurses worked to save their lives."
    )
    found = [text[f.start : f.end] for f in findings_of("tone.negative", text)]  # type: ignore[misc]
    assert found == ["could not plan a sprint to save their lives"]
    demand = "I expect a final decision from you by Friday."
    assert [demand[f.start : f.end] for f in findings_of("tone.demanding", demand)] == [  # type: ignore[misc]
        "I expect a final decision"
    ]
    assert findings_of("tone.demanding", "I expect the final report will show it.") == []

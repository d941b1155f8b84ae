"""Errors rules: must-flag and must-pass tables (read by test_rule_meta), and behaviour tests."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.rules import errors
from thanknote.testing import findings_of

KATE = tn.Interviewer("Katherine Oyelaran-Smith", title="Director of Planning")
MIGUEL = tn.Interviewer("Miguel Fernández", title="Buyer")
PIETER = tn.Interviewer("Pieter Vandenberg", honorific="Dr.")
IV = tn.Interview(
    company="Northwind Traders",
    role="Supply Chain Analyst",
    date=dt.date(2026, 3, 2),
    interviewers=[KATE, MIGUEL],
    topics=["vendor scorecards", "demand forecasting"],
)
LAB = tn.Interview(
    company="Coldwater Marine Institute",
    role="Research Associate",
    date=dt.date(2026, 3, 2),
    interviewers=[PIETER],
)
LODGE = tn.Interview(
    company="Alder Creek Lodge",
    role="Events Sales Manager",
    date=dt.date(2026, 3, 2),
    interviewers=[tn.Interviewer("Jeffrey Tolliver")],
)
FIRM = tn.Interview(
    company="Whitlock & Pryce Solicitors",
    role="Trainee Solicitor",
    date=dt.date(2026, 3, 2),
    interviewers=[tn.Interviewer("Ravi Chandran")],
)
BODY = (
    "Thank you for meeting with me about the analyst role. I enjoyed our talk about the vendor "
    "scorecards and the forecasting work."
)


def _to_kate(greeting: str, extra: str = "") -> tn.Note:
    return tn.Note(
        body=f"{greeting}\n\n{BODY} {extra}\n\nBest regards,\nJordan Lee",
        interview=IV,
        to=KATE,
        sender=tn.Candidate("Jordan Lee"),
    )


def _mill(greeting: str, extra: str = "") -> tn.Note:
    return tn.Note(
        body=f"{greeting} {extra}".strip(),
        interview=tn.Interview(
            company="Cloverleaf Pharmacy Services",
            role="Pharmacist",
            date=dt.date(2026, 3, 2),
            interviewers=[tn.Interviewer("Dr. Brendan O'Sullivan")],
        ),
    )


def _lab(text: str) -> tn.Note:
    return tn.Note(body=text, interview=LAB)


def _firm(text: str) -> tn.Note:
    return tn.Note(body=f"Dear Mr Chandran,\n\n{text}\n\nYours sincerely,\nOliver", interview=FIRM)


def _lodge(text: str) -> tn.Note:
    return tn.Note(body=f"Dear Mr. Tolliver,\n\n{text}\n\nSincerely,\nSofia", interview=LODGE)


EXAMPLES = {
    "errors.placeholder": (
        [
            "I would love to join [Company Name].",
            "I especially enjoyed our conversation about [specific example from interview].",
            "I would be proud to bring my experience to (organisation name).",
            "I admire COMPANY_NAME's mission.",
            "I enjoyed our talk about INSERT TOPIC HERE.",
            "Dear Mr./Ms. LASTNAME,",
            "I can't wait to join (Company).",
            "Dear {interviewer},",
            "Your crew's work on the [venue] retrofit.",
            "Dear {{ name }},",
            "as your next <ROLE>.",
            "I admire <Company>.",
            "Hello %NAME%,",
            "Dear $name,",
            "I bring XX years of experience.",
            "I bring xxx years of experience here.",
            "Regards,\nYour Name",
            "Thanks, Hiring Manager Name.",
            "[insert achievement here]",
            "My start date is TBD-ish: TBD",
            "Signed: ___",
            "I met (company name) staff.",
            tn.Note(body="Thanks.", subject="Thank you - [Role] interview"),
        ],
        [
            "We batched INSERT INTO calls and tuned the DATABASE_URL and MAX_RETRIES settings.",
            "He wrote 'teh' [sic] twice.",
            "See note [1].",
            "jo [at] example [dot] com",
            "<b>bold</b> and <br>",
            "<dana@example.com>",
            "Dear Hiring Manager,",
            "The XXL size and Super Bowl.",
            "Thanks so much xx\n",
            "The date is still TBD.",
            "My [portfolio](https://jo.dev) is online.",
            "We cut costs by 50% and 20%.",
            "It costs $5k or $USD 10.",
            tn.Note(body="Thanks.", subject="Thank you - analyst interview"),
        ],
    ),
    "errors.repeated-word": (
        [
            "I reviewed the the data.",
            "I look forward to to hearing from you.",
            "It was The the best day.",
            "We discussed the\nthe pipeline.",
        ],
        [
            "What it is is a chance.",
            "I had had doubts.",
            "I know that that works.",
            "Please, please, thank the team.",
            "Walla Walla is lovely.",
            "It was very very good.",
            "The end.\n\nThe team.",
        ],
    ),
    "errors.lowercase-i": (
        [
            "i enjoyed it.",
            "Yes, i'm excited.",
            "im glad we met.",
            "I think ive got it.",
            "Honestly i’d love to.",
        ],
        [
            "I enjoyed it.",
            "Use i.e. commas.",
            "Items (i) and (ii).",
            "The iPhone team.",
            "Section i) covers it.",
            "An ID badge.",
            "It was ill-timed.",
        ],
    ),
    "errors.sentence-case": (
        [
            "Thank you. it was great.",
            "Dear Dana,\n\nthanks for the call.",
            "I enjoyed it! the team was kind.",
            "Great call.\n\nlooking forward to it.",
            "dear Dana,\n\nThank you for the call.\n\nBest regards,\nJo",
            "Dear Dana,\n\nThank you for the call.\n\nbest regards,\nJo",
        ],
        [
            "Thank you. It was great.",
            "Dear Dana,\n\nThank you for the call.\n\nxoxo,\nJo",
            "Three points:\n- logs\n- metrics",
            "I paused... and then went on.",
            "Thanks. iPhone sales grew.",
            "See you. eBay too.",
            "Thank you for the call about the\nmigration and the rollout.",
            "Done. x86 builds pass.",
            "Email me. jo@example.com works.",
            "Points: first, speed; second, cost.",
            "I finished my Ph.D. last year and an M.S. before that.",
        ],
    ),
    "errors.spelling": (
        [
            "I definately enjoyed it.",
            "We added a separate lokup table for the event IDs.",
            "I am extremly grateful and sincerly yours.",
            "I enjoyed it aswell; infact we atleast met eachother.",
            "I will recieve it.",
            "I am confident in my abilitys and the companys plans.",
            "Incidently, the comittment to visable reporting was exhilerating.",
            "The oppertunity is great.",
            "I look foward to it.",
            "Thank you for the intervew.",
            "I dont mind.",
            "Definately yes.",
            "A well-recieved talk.",
            "We were forcasting demand.",
            "I haev a question about the rollout.",
            "Thank you for the time this afteroon.",
            "We spoke about the phleboomy rotation.",
        ],
        [
            "The Kubernetes CronJobs move.",
            "Hemolyzed samples and phlebotomy.",
            "SKU rationalization and demurrage.",
            "Wastewater, low-VOC and blameless runbooks.",
            "A separate lookup table, a clean handover and a walkout drill.",
            "The colour of the organisation's programme.",
            "We got stoked, lol, btw.",
            "I'd've liked it; Dana's team's work.",
            "My site is www.jo-lee.dev or @jolee.",
            "The garde manger station and mise en place.",
            "On-call and cross-docking.",
            _lab("Dear Dr. Vandenberg,\n\nThe spectrophotometric sensors."),
            "A marvellous, sceptical speciality: fibre, aluminium and calibres.",
            "The oedometer tests, the repo, the tech stack and the cron jobs.",
            "The fracking permits and the app.",
            "The new scanner in operatory two and the supervisory role.",
            "The café's façade, a naïve question and my résumé.",
            "We pinned the opset, merged the repos, kept the calls async and tied the rebar.",
            "I took the intro course, helped the admin team and ran the preop checks.",
        ],
    ),
    "errors.confused-words": (
        [
            "I should of asked.",
            "The service could split it's write path first.",
            "A new shift pattern would effect the depot crews.",
            "They could of known.",
            "Their going to expand.",
            "I think their is a gap.",
            "Your welcome to call.",
            "Its a great team.",
            "I has led teams.",
            "We was on the same page.",
            "He don't know.",
            "It have been great.",
            "I have went there.",
            "It was a honest mistake and a experienced team.",
            "An book and an pen.",
            "More efficient then ever, better then before.",
            "It's own process.",
            "They was happy.",
            "I seen the plan.",
            "I look forward to hear from you.",
            "Looking forward to meet the team.",
            "Thank you for meet with me.",
            "Thanks so much for take the time.",
            "Thank you for taking the time to meeting with me.",
            "It was lovely to met you.",
            "I am writing to thanks you.",
            "I enjoyed to discuss the roadmap.",
            "I have attend the workshop.",
            "I can contributes to the team.",
            "We discussed about the timeline.",
            "I am very exciting about the role.",
            "I was impress by the lab.",
            "Between you and I, it went well.",
            "Me and my team shipped it.",
            "The informations you shared helped.",
            "It was great to meat you.",
            "I hope to here from you.",
            "Thank you for you time.",
            "I look forward to hearing from your.",
            "It peaked my interest.",
            "Thanks for the sneak peak.",
            "Thank you for your advise.",
            "It sounds like your planning a new series.",
            "I look forward to hearing form you.",
            "We reached a more faster close.",
            "I am working as a technician since 2019.",
            "I created an useful template.",
            "I gathered glass on thursday.",
            "It had a clear positive affect on our response rate.",
            "They hesitate before they buy there first one.",
            "I would love to help with you're annealing schedule.",
            "I could tell your very proud of the new dispatch app.",
            "You mentioned that Dr. Cho have started the review.",
            "Payments are several hundred pounds higher then before.",
            "That is simply to risky for the customer.",
            "I cannot afford to loose this chance.",
            "You explain me very well how the monitor works.",
            "I wondered weather a shared calendar might help.",
            "I think your ready for a similar change.",
            "My wife and I has a plan.",
            "Weather or not it suits the team.",
            "I loved these peony's from the local growers.",
            "Two manager's joined the call.",
            "The client's were happy with the rollout.",
            "You gave the team free reign over the roadmap.",
            "We reigned in costs across the depots.",
            "I would report to the principle in charge of the lab.",
            "My background would compliment the scientific depth of your team.",
            "The new rota will effect rural clinics.",
            "We discussed the Playwright suite and it's 40-minute runtime.",
            "Narrative practice helps illicit a fuller account.",
            "Your volunteer scheme would compliment that work well.",
            "Of coarse, I would like to site an example from my last role.",
            "I hope to play a key roll in the migration.",
            "We need to brake the monolith into services after a short brake.",
            "It would be a waist of your time.",
            "I was never board during the conversation.",
            "I wonder who's team would own the pipeline.",
            "I am exited about the role and this exiting opportunity.",
            "It's impact was clear.",
            "I appreciate you're time.",
            "We where discussing the backlog.",
            "The growers and there customers.",
            "I want to ensure you that I am committed.",
            "The principle reason I applied is the mission.",
            "I have lead teams of ten.",
            "I lead the migration to Kafka last year.",
            "I am better at SQL then Python.",
            "Thank you again; I look forward hearing from you.",
            "I know how important it is to be discrete about cases.",
            "I can able to build the same trust with families.",
            "I am working with Siemens controllers since two years.",
            "I am grateful that we could discuss about the fibre repairs.",
            "In 18 rowers the results was encouraging.",
            "I was very interested in the compliance roll you described.",
            "Thank you for the interview for the roll.",
            "I am confidant that I can contribute.",
            "I would be a great asset to you team.",
            "Its clear that your team values quality.",
            "The team were lead by Dana for five years.",
            "Please let me know if you need any farther information.",
            "I could not of asked for a better conversation.",
            "Your team has build an impressive platform.",
            "There approach to testing impressed me.",
        ],
        [
            "The team's in a good place; the company's values are clear.",
            "Once we split it's easier to scale, and we keep it's true to say so.",
            "I think it's worth it; if we cut it's not a problem.",
            "A new rota would effect real change, and effects on the crews were small.",
            "My two years' experience helps; both teams' goals align.",
            "I met three of the company's engineers; that's where we differ.",
            "Everyone's were the same answers.",
            "Your very own dashboard; your proud team and your happy place.",
            "Did Dr. Cho have time? Mr. and Mrs. Lee have two sites.",
            "Dr. Cho and Dr. Patel have started. Mr. Tanaka has started.",
            "Rates went higher, then fell. We can talk later then.",
            "I am used to late shifts and look forward to early access.",
            "A loose thread, and loose leaf tea.",
            "My wife and I are not sure; you and I are agreed; Maria & I are in.",
            "I mentored two master's students and several PhD's worth of code.",
            "We follow the principle of least privilege; free rein, not free reign of terror.",
            "I would compliment the team on its work; a reign of calm.",
            "It's 40 minutes away; it's a 40-minute drive; it's 10-year-old kids who win.",
            "We traced illicit trade routes; I would compliment her on the talk.",
            "We visited the site of the depot; I ran a training course; the coarse sand settled.",
            "We had to brake hard; the brake pads were worn; her key roll-out plan was clear.",
            "The board meeting ran long; I was board certified; we got board approval.",
            "I wonder who's joining; I exited by the side door; it's impact that matters.",
            "You're welcome; is there staff on site? Are there customers who prefer cash?",
            "I want to ensure that it works; I lead the data team; we have lead times of a week.",
            "It was faster then, and slower now; I'd rather wait and then decide.",
            "Thank you for the talk about the Ben A'an patrols.",
            "I look forward to hearing from you; we used discrete event simulation.",
            "I have worked there since two years ago; I am able to build it.",
            "Everything that we discussed about the budget was useful.",
            "The results were encouraging; the series was long; each of the results was checked.",
            "They described the cinnamon roll as famous; the roll-out went well.",
            "I confided in a confidant; I sent the notes to you and your team.",
            "Its great strength is its clear process; its team of six stood out.",
            "We walked farther than planned; we have build servers in the lab.",
            "The project was led by Dana; the team effects change across regions.",
            "You listed the figures and explained them clearly; she explained her plan.",
            "We asked weather stations for data and decided weather forecasts matter.",
            "I look forward to hearing from you and to the next step.",
            "Thank you for meeting with me and for the tour.",
            "I will take time to reflect.",
            "I got to meet the team.",
            "What we discussed about the roadmap stays with me.",
            "The discussion about the roadmap helped.",
            "The data was interesting in many ways.",
            "There was interest in the pilot.",
            "Between you and the team, the plan is clear.",
            "The meat counter and the bakery.",
            "I moved here from Leeds.",
            "Thank you, team, for your time.",
            "The numbers peaked in May.",
            "I would advise the team to wait.",
            "I appreciated your taking the time to show me the lab.",
            "I know your planning team is busy.",
            "I am writing since you asked about the template.",
            "I want to share more later.",
            "It was an unusual and an uninteresting day.",
            "See friday.io and https://example.com/friday.",
            "You're welcome to call; I think you're right.",
            "The script I showed you was built last year.",
            "The change will affect the rate; whoever gets there first wins.",
            "I would of course be glad.",
            "Their team is great.",
            "Your welcome packet arrived.",
            "Its own process.",
            "Phase I is done.",
            "Would it have been better?",
            "Did he have time?",
            "I have gone there.",
            "An hour and an honor.",
            "A university job.",
            "A one-time fix, a European firm and a useful tool.",
            "An SRE and a SQL job.",
            "A unique plan and an update.",
            "Series A funding.",
            "More, then less.",
            "Have you seen the plan?",
            "Its not-for-profit arm.",
        ],
    ),
    "errors.wrong-name": (
        [
            _to_kate("Dear Katrina,"),
            _to_kate("Dear Ms. Oyelaran-Smyth,"),
            _to_kate("Dear Miguel,"),
            _to_kate("Dear Sarah,"),
            _lab("Dear Dr. Vandenburg,\n\nThanks."),
            _to_kate("Dear Katherine,", "Miguell showed me the floor."),
            _to_kate("Dear katherine,"),
            _to_kate("Dear Ms. oyelaran-smith,"),
            _mill("Dear Dr. O'Sullavan,\n\nThanks."),
            _mill("Dear Dr. O'Sullivan,\n\nThanks.", "O'Sulivan showed me the kilns."),
        ],
        [
            _to_kate("Dear Katherine,"),
            _to_kate("Dear Kate,"),
            _to_kate("Hi Kat,"),
            _to_kate("Dear Ms. Oyelaran-Smith,"),
            _to_kate("Dear Katherine and Miguel,"),
            _to_kate("Dear Hiring Manager,"),
            _to_kate("Dear Northwind team,"),
            _to_kate("Dear Katherine,", "Miguel's point on safety stock was useful."),
            _lab("Dear Dr. Vandenberg,\n\nThanks."),
            "Dear Katrina,\n\nNo context here.",
            _mill("Dear Dr. O'Sullivan,\n\nThanks."),
            _mill("Dear Sister O'Sullivan,\n\nThanks.", "I'd like to thank O'Sullivan's team."),
        ],
    ),
    "errors.wrong-company": (
        [
            _lodge("I would be delighted to join Alder Ridge Lodge."),
            _lodge("Thank you for the tour of Alder Creek Lodges grounds at Alder Crek Lodge."),
            _lodge("I hope to join the Alder Creek Inn team."),
            _lodge("I would love to join Brightfield Solar and help the team."),
            _lodge("I hope to be joining Google soon."),
            _lodge("Thank you for discussing the Events Sales Manager role at Pinecrest Resort."),
            _lodge("I would love to work at Pinecrest Resort."),
            _lodge("The position with Harbor Inn Group sounds exciting."),
            _lodge("I would like to spend the summer at Pinecrest Resort."),
            _lodge("I look forward to working at Pinecrest Resort."),
            _lodge("I am convinced that Pinecrest Resort is where I want to build my career."),
            _lodge("I am genuinely excited about what Pinecrest Resort is building."),
            _lodge("P.S. The checklist is attached in case it is useful for the Pinecrest Resort."),
            _lodge("I admire how alder creek lodge runs its weddings."),
            _lodge("I would love to bring that same care to Pinecrest Resort and its guests."),
            _lodge("I look forward to bringing my banquet experience to Harbor Inn Group."),
            _firm("I would value the chance to continue that work at Whitlock & Price."),
            _lodge("I would be proud to help Pinecrest Resort build that culture."),
            _lodge("I would be proud to represent Pinecrest Resort and its guests."),
            _lodge("I would love to be part of the sales team at Pinecrest Resort."),
            tn.Note(
                body="I appreciated hearing how Thornberry College is expanding its outreach.",
                interview=tn.Interview(
                    company="Thornbury College",
                    role="Admissions Counselor",
                    date=dt.date(2026, 3, 2),
                ),
            ),
        ],
        [
            _lodge("I would be delighted to join Alder Creek Lodge."),
            _lodge("I worked at Pine Ridge Lodge and studied at Ohio State."),
            _lodge("Alder Creek Lodge's pavilion and the Creek Trail."),
            _lodge("I managed events at the Marriott Downtown."),
            _lodge("I would love to join Alder Creek and help the team."),
            _lodge("I hope to join the Events team and join ACL soon."),
            _lodge("I hope to join Priya's team and join Jeffrey on the sales floor."),
            _lodge("It would be a joy to join Alder Creek Lodge's sales team."),
            _lodge("My role at Pinecrest Resort taught me banquet pricing."),
            _lodge("I worked at Pinecrest Resort; the team at Alder Creek impressed me."),
            _lodge("Thank you for the role at Alder Creek Lodge and the tour."),
            _lodge("I would love to work with Priya on the wedding packages."),
            _lodge("I would love to bring what I learned at Pinecrest Resort."),
            _lodge("I look forward to working at Alder Creek Lodge."),
            _lodge("Alder Creek Lodge is where I want to build my career."),
            _lodge("I am genuinely excited about what Alder Creek Lodge is building."),
            _lodge("I hope the checklist is useful to Priya and the sales team."),
            _lodge("See alder-creek-lodge.com/events and sofia@aldercreeklodge.com."),
            "I would be delighted to join Alder Ridge Lodge.",
            _lodge("I would love to bring my banquet experience to Alder Creek Lodge."),
            _lodge("I would love to bring what I learned to Opera PMS reporting at the lodge."),
            _lodge("I brought the same care to Pinecrest Resort."),
            _firm("I would value the chance to continue that work at Whitlock & Pryce."),
            _firm("I am grateful to Whitlock & Pryce Solicitors and to Ms Whitlock."),
            _lodge("At Alder Creek I would start with the wedding calendar."),
            _lodge("I would be proud to help Alder Creek Lodge build that culture."),
            _lodge("I would be glad to help Priya build the wedding packages."),
            _lodge(
                "Having coached the 16U team at Lakeside Volleyball Club, I know the directors."
            ),
            _lodge("I joined the banquet team at Pinecrest Resort in 2019."),
            _lodge("I was proud to represent Pinecrest Resort at trade fairs."),
            _lodge("I would be proud to represent Alder Creek Lodge."),
        ],
    ),
    "errors.wrong-role": (
        [
            _lodge("Thank you for discussing the Data Scientist role."),
            _lodge("I am excited about the Head Chef position at Alder Creek Lodge."),
            _lodge("This Marketing Coordinator opening suits me."),
            tn.Note(
                body="Dear Pip,\n\nThank you for the call about the Junior Agent role.",
                interview=tn.Interview(
                    company="Thornfield",
                    role="Literary Agent's Assistant",
                    date=dt.date(2026, 3, 2),
                ),
            ),
            tn.Note(
                body="Dear Dana,\n\nThank you for discussing the Associate Curator of Textiles "
                "position.",
                interview=tn.Interview(
                    company="Larkspur Museum",
                    role="Assistant Curator of Textiles",
                    date=dt.date(2026, 3, 2),
                ),
            ),
            tn.Note(
                body="Dear Dana,\n\nI am excited about the Deputy Features Editor role.",
                interview=tn.Interview(
                    company="The Ledger", role="Deputy Foreign Editor", date=dt.date(2026, 3, 2)
                ),
            ),
        ],
        [
            _lodge("Thank you for discussing the Events Sales Manager role."),
            _lodge("Thank you for discussing the Senior Events Sales role."),
            _lodge("The Sales position is a great fit."),
            _lodge("The ESM role is a great fit."),
            _lodge("The TA position sounds fun."),
            _lodge("My previous role as Data Scientist helped."),
            _lodge("The Events team and the Alder Creek Lodge position."),
            "Thank you for discussing the Data Scientist role.",
            tn.Note(
                body="Dear Dana,\n\nI see why the Engineering Manager role matters to you.",
                interview=tn.Interview(
                    company="Acme",
                    role="Backend Engineer",
                    date=dt.date(2026, 3, 2),
                    interviewers=[tn.Interviewer("Dana Lee", title="Engineering Manager")],
                ),
            ),
            tn.Note(
                body="Dear Dana,\n\nThe Senior Curator of Textiles position you hold is new.",
                interview=tn.Interview(
                    company="Larkspur Museum",
                    role="Assistant Curator of Textiles",
                    date=dt.date(2026, 3, 2),
                    interviewers=[tn.Interviewer("Dana Lee", title="Senior Curator of Textiles")],
                ),
            ),
            tn.Note(
                body="Dear Pip,\n\nThe Assistant role and the Agent's Assistant post both suit me.",
                interview=tn.Interview(
                    company="Thornfield",
                    role="Literary Agent's Assistant",
                    date=dt.date(2026, 3, 2),
                ),
            ),
            tn.Note(
                body="Dear Dana,\n\nThe Office Manager position sounds ideal.",
                interview=tn.Interview(
                    company="Acme", role="Office Manager", date=dt.date(2026, 3, 2)
                ),
            ),
        ],
    ),
}


def test_spelling_suggests_the_correction() -> None:
    """A finding carries the corrected word, in the writer's case, over exactly the bad word."""
    text = "Thank you. Definately a great talk."
    [found] = findings_of("errors.spelling", text)
    assert text[found.start : found.end] == "Definately"
    assert found.suggestions == ("Definitely",)


def test_spelling_accepts_context_and_config_words() -> None:
    """Words from the Note's context and Config.accept_words are never misspellings."""
    lab = tn.Interview(company="Comunity Labs", role="QA", date=dt.date(2026, 3, 2))
    note = tn.Note(body="We talked about comunity tests.", interview=lab)
    assert findings_of("errors.spelling", note) == []
    cfg = tn.Config(accept_words=["comunity"])
    assert findings_of("errors.spelling", "We talked about comunity tests.", cfg) == []
    assert findings_of("errors.spelling", "We talked about comunity tests.") != []


def test_wrong_name_suggests_the_right_spelling() -> None:
    """A misspelled surname in the greeting points at the name as the context spells it."""
    [found] = findings_of("errors.wrong-name", _lab("Dear Dr. Vandenburg,\n\nThanks."))
    assert found.suggestions == ("Vandenberg",)


def test_wrong_name_names_the_other_interviewer() -> None:
    """Greeting another panelist says who the note is to and whom it greets."""
    [found] = findings_of("errors.wrong-name", _to_kate("Dear Miguel,"))
    assert "Katherine Oyelaran-Smith" in found.message and "Miguel Fernández" in found.message


def test_wrong_company_span_and_suggestion() -> None:
    """The near-miss company name is the span; the suggestion is the real name."""
    note = _lodge("I would be delighted to join Alder Ridge Lodge.")
    [found] = findings_of("errors.wrong-company", note)
    assert note.body[found.start : found.end] == "Alder Ridge Lodge"
    assert found.suggestions == ("Alder Creek Lodge",)


def test_placeholder_suggests_the_context_value() -> None:
    """A slot for the company is filled from the Note's interview."""
    note = tn.Note(body="I admire [Company Name].", interview=IV)
    [found] = findings_of("errors.placeholder", note)
    assert found.suggestions == ("Northwind Traders",)


def test_confused_words_keep_the_writers_case() -> None:
    """Suggestions start with a capital when the mistake does."""
    [found] = findings_of("errors.confused-words", "Their going to grow.")
    assert found.suggestions == ("They're going",)
    [found] = findings_of("errors.confused-words", "I has led teams.")
    assert found.suggestions == ("I have",)


def test_lowercase_sentence_start_is_not_reported_twice_for_i() -> None:
    """A lone lower-case 'i' opening a sentence is one finding (lowercase-i), not two."""
    text = "Thanks. i enjoyed it."
    assert findings_of("errors.sentence-case", text) == []
    assert len(findings_of("errors.lowercase-i", text)) == 1


@pytest.mark.parametrize("rule_id", [r.id for r in errors.RULES])
@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "[" * 50_000,
        "{" * 50_000 + "}",
        "<" * 50_000,
        "x" * 100_000,
        ". " * 50_000,
        "the " * 25_000,
        "A" * 50_000 + " " + "a" * 50_000,
        "-" * 100_000,
        "_" * 100_000,
        "I " * 50_000,
        "$" * 100_000 + "a",
    ],
)
def test_rules_stay_linear_on_pathological_text(rule_id: str, text: str) -> None:
    """No catastrophic backtracking: each rule finishes 100k characters quickly.

    A generous bound: quadratic behaviour on 100k characters takes minutes, not seconds.
    """
    note = tn.Note(body=text, interview=IV, to=KATE)
    start = time.perf_counter()
    findings_of(rule_id, note)
    assert time.perf_counter() - start < 5


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_errors_rules_take_any_text(text: str) -> None:
    """Any text checks without raising, and every span lies inside the text."""
    for rule in errors.RULES:
        for f in findings_of(rule, tn.Note(body=text, interview=IV, to=KATE)):
            assert f.start is not None and f.end is not None
            assert 0 <= f.start <= f.end <= len(text)


_VOCABULARY = (
    "the team talked about forecasting vendors and scorecards with care I enjoyed our "
    "conversation thank you for your time Kubernetes pipelines were migrated"
)
_CLEAN_WORDS = st.sampled_from(_VOCABULARY.split())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_CLEAN_WORDS, min_size=3, max_size=12), min_size=1, max_size=6))
def test_correct_sentences_raise_no_spelling_or_case_errors(sentences: list[list[str]]) -> None:
    """Well-formed sentences of correctly spelled words raise no spelling, case or 'i' errors."""
    text = " ".join(" ".join([s[0].capitalize(), *s[1:]]) + "." for s in sentences)
    for rule_id in ("errors.spelling", "errors.sentence-case", "errors.lowercase-i"):
        assert findings_of(rule_id, text) == [], rule_id


def test_you_after_a_preposition_is_an_object_not_a_subject() -> None:
    text = "Talking through the plan with you was a highlight. Then you was late."
    found = findings_of("errors.confused-words", text)
    assert [text[f.start : f.end] for f in found] == ["you was"]  # type: ignore[misc]
    assert found[0].start == text.index("you was late")


def test_negative_contractions_are_spelled_from_their_stem() -> None:
    text = "He couldn't say. We weren't sure. They shouldn't wait. I won't. Can't. I cuoldn't."
    found = findings_of("errors.spelling", text)
    assert [text[f.start : f.end] for f in found] == ["cuold"]  # type: ignore[misc]


ACME_ANALYST = tn.Interview(
    company="Acme",
    role="Data Analyst",
    date=dt.date(2026, 3, 2),
    interviewers=[tn.Interviewer("Sam Ortiz")],
)


def test_the_company_after_join_ends_at_the_end_of_its_sentence() -> None:
    iv = ACME_ANALYST
    body = "Dear Sam,\n\nI want to join Acme. Thank you once more.\n\nBest regards,\nJo"
    assert findings_of("errors.wrong-company", tn.Note(body=body, interview=iv)) == []
    wrong = body.replace("join Acme.", "join Brightfield Solar.")
    (f,) = findings_of("errors.wrong-company", tn.Note(body=wrong, interview=iv))
    assert wrong[f.start : f.end] == "Brightfield Solar"  # type: ignore[misc]


def test_a_company_at_the_end_of_a_paragraph_after_join_is_the_company() -> None:
    iv = ACME_ANALYST
    body = "Dear Sam,\n\nI am more certain that I want to join Acme.\n\nBest regards,\nJo"
    assert findings_of("errors.wrong-company", tn.Note(body=body, interview=iv)) == []


def test_a_phrase_made_of_the_roles_words_is_not_a_wrong_company() -> None:
    iv = tn.Interview(
        company="Bastion Response",
        role="Incident Response Manager",
        date=dt.date(2026, 3, 2),
        interviewers=[tn.Interviewer("Graham Hill")],
    )
    body = "Dear Graham,\n\nThe Incident Response work we discussed is what I do.\n\nBest,\nJo"
    assert findings_of("errors.wrong-company", tn.Note(body=body, interview=iv)) == []
    wrong = body.replace("The Incident Response work", "The Bastian Response team")
    assert findings_of("errors.wrong-company", tn.Note(body=wrong, interview=iv))


def test_their_and_youre_confusions_in_context() -> None:
    text = "They take real pride in there work. I know your busy preparing for filing season."
    found = findings_of("errors.confused-words", text)
    assert [(text[f.start : f.end], f.suggestions) for f in found] == [  # type: ignore[misc]
        ("there work", ("their work",)),
        ("your busy", ("you're busy",)),
    ]
    fine = (
        "People there work hard. From there we moved on. Your busy schedule is full. "
        "Is there time for questions? I saw it in there."
    )
    assert findings_of("errors.confused-words", fine) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("These peony's were lovely.", "These peonies"),
        ("Those box's are heavy.", "Those boxes"),
        ("Two day's of shadowing.", "Two days"),
        ("The technician's are on site.", "technicians are"),
    ],
)
def test_a_plural_apostrophe_gets_one_finding_with_the_plural(text: str, fix: str) -> None:
    (f,) = findings_of("errors.confused-words", text)
    assert f.suggestions == (fix,)

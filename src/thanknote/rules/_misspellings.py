"""Data for the errors rules: common English misspellings and words the spelling rule leaves alone.

``MISSPELLINGS`` maps a common misspelling to its correction.  It follows the well-known entries of
Wikipedia's "Lists of common misspellings" (the ones career centres single out when they say
"proofread"), restricted to forms that are never correct English words, so an entry always flags.

``NOT_SPELLING`` holds informal words and text-speak ("lol", "thx", "gonna").  They are a tone
problem, not a spelling one (the tone rules flag them), so the spelling rule does not report them
twice as misspellings with a wrong "correction" ("lol" -> "lot").
"""

from __future__ import annotations

__all__ = ["LEGIT_DOUBLES", "LOANWORDS", "MISSPELLINGS", "NOT_SPELLING"]

#: Words that may stand twice in a row: grammar ("had had", "that that", "is is" in a quote)
#: or emphasis ("very very", "please please": a tone matter, not an error).
LEGIT_DOUBLES: frozenset[str] = frozenset(
    (
        "had that is do can will so very really bye ha haha no yes please many much far long well "
        "blah tsk knock pom mahi bora walla chop hush dum tut"
    ).split()
)

_PAIRS = """
abscence absence; accidentaly accidentally; accomodate accommodate; accomodation accommodation;
accross across; acheive achieve; acheived achieved; acknowlege acknowledge; acquaintence
acquaintance; adress address; agressive aggressive; alot a lot; amatuer amateur; apparantly
apparently; appearence appearance; aswell as well; atleast at least; eachother each other;
infact in fact; arguement argument; assesment assessment; basicly basically;
becuase because; becasue because; beggining beginning; begining beginning; beleive believe;
belive believe; buisness business; bussiness business; catagory category;
cemetary cemetery; cheif chief; collegue colleague; colleage colleague; comming coming;
commited committed; comittee committee; commitee committee; completly completely; concious
conscious; consistant consistent; convenant covenant; definately definitely; definatly
definitely; definetly definitely; defintely definitely; desparate desperate;
develope develop; developement development; diffrent different; dilema dilemma; dissapoint
disappoint; dissapointed disappointed; embarass embarrass; enviroment environment; equiptment
equipment; excercise exercise; existance existence; experiance experience;
familar familiar; finaly finally; flourescent fluorescent; foriegn foreign; freind friend;
fourty forty; fullfil fulfil; futher further; gaurd guard; goverment government; gratefull
grateful; greatful grateful; garantee guarantee; guarentee guarantee; happend happened; harrass
harass; heirarchy hierarchy; humourous humorous; hygene hygiene; immediatly immediately;
independant independent; indispensible indispensable; intelligance intelligence; interupt
interrupt; intervew interview; interveiw interview; intrest interest; intresting interesting;
knowlege knowledge; knowledgable knowledgeable; liason liaison; libary library; lisence license;
maintainance maintenance; maintenence maintenance; managment management; millenium millennium;
mischievious mischievous; mispell misspell; neccessary necessary; necesary necessary; neccesary
necessary; noticable noticeable; occassion occasion; occassionally occasionally; occurance
occurrence; occurence occurrence; occured occurred; occuring occurring; oppertunity opportunity;
oportunity opportunity; opertunity opportunity; oppurtunity opportunity; orignal original;
paralell parallel; parliment parliament; particulary particularly; pasttime pastime; percieve
perceive; perseverence perseverance; persistant persistent; personel personnel; posession
possession; potentialy potentially; prefered preferred; presance presence; privelege privilege;
priviledge privilege; probaly probably; proffesional professional; profesional professional;
professionel professional; promiss promise; publically publicly; realy really; recieve receive;
recieved received; recieving receiving; reccomend recommend; recomend recommend; recommand
recommend; refered referred; relevent relevant; religous religious; remeber remember;
repitition repetition; resistence resistance; responsability responsibility; responsibilty
responsibility; resturant restaurant; rythm rhythm; schedual schedule; sentance sentence;
seperate separate; seperately separately; sieze seize;
similiar similar; sincerly sincerely; sincerley sincerely; speach speech; succesful successful;
successfull successful; sucessful successful; suprise surprise; surprize
surprise; tatoo tattoo; tendancy tendency; threshhold threshold; tommorow
tomorrow; tommorrow tomorrow; tomorow tomorrow; tounge tongue; truely truly; twelth twelfth;
tyrany tyranny; untill until; unfortunatly unfortunately; usefull useful;
vaccuum vacuum; wich which; wierd weird; writting writing; yeild yield;
thier their; teh the; adn and; wiht with; taht that; waht what; becuse because; beacuse because;
acutally actually; actualy actually; ammount amount; anual annual; begginer
beginner; benificial beneficial; carreer career; challange challenge; comunication
communication; communciation communication; confortable comfortable; colaborate collaborate;
colaboration collaboration; collaberate collaborate; dicussion discussion; discusion
discussion; enthousiastic enthusiastic; entusiastic enthusiastic;
excelent excellent; excellant excellent; grammer grammar; helpfull helpful;
oppurtunities opportunities; oppertunities opportunities; positon position; postion position;
recieveing receiving; sucess success; succes success; thankyou thank you; thnak thank;
wonderfull wonderful; woudl would; yuor your; bizzare bizarre; calender calendar; carribean
Caribbean; mischevious mischievous; potatos potatoes; supercede supersede; therefor therefore;
underate underrate; calenders calendars; guage gauge; harrassment harassment; indispensible
indispensable; liesure leisure; medeival medieval;
perseverence perseverance; questionaire questionnaire; recieved received; sargent sergeant;
strenght strength; succesful successful; sucessful successful; tendancies tendencies;
adequit adequate; brocolli broccoli; comittment commitment; comitment commitment; exhilerate
exhilarate; exhilerating exhilarating; incidently incidentally; innoculate inoculate; kernal kernel;
reguard regard; visable visible; playwrite playwright
"""

#: misspelling -> correction
MISSPELLINGS: dict[str, str] = {}
for _pair in _PAIRS.split(";"):
    _wrong, _right = _pair.split(None, 1)
    if _wrong != _right.lower():
        MISSPELLINGS[_wrong] = _right.strip()

_INFORMAL = (
    "lol lols lmao lmfao rofl btw thx tnx thnx tx pls plz ur urs omg omfg idk idc tbh imo imho "
    "fyi brb ttyl ttys asap def gonna wanna gotta kinda sorta dunno lemme gimme ya yah yea yep "
    "craic finna innit lekker eish howzit bru shiok lah alamak paiseh "
    "yup nope nah yeah ok okay xoxo xo haha hahaha hehe hmm hmmm ugh yay woohoo whoa wow "
    "awesome cuz coz bc tho thru nite gr8 l8r sry soz k kk np ty tysm yw jk smh fomo yolo bae "
    "hella dope dopest lowkey highkey sus bussin slay yeet gucci af fr aight finna tryna gotchu "
    "wassup whatup yall bday congrats pics vids deets fave faves fav adorbs cray swag noob rad "
    "gnarly booyah woot ikr ily hbu wyd hmu tmi lmk "
    "fam bro bruh dude stoked lit legit totes obvi prolly probs convo convos rn ngl irl dm dms "
    "pm pms wfh"
)

#: informal words and text-speak: a tone matter, left to the tone rules
NOT_SPELLING: frozenset[str] = frozenset(_INFORMAL.split())

# Loanwords common in job talk (kitchens, law, arts) that the English list lacks or that sit
# one letter from an English word ("garde" / "garden").
_LOANS = (
    "garde manger mise sous chef amuse bouche brunoise chiffonade concasse saute sautee flambe "
    "confit consomme beurre blanc jus roux gastrique degustation omakase sommelier patissier "
    "brandade rillettes gremolata soubise pistou persillade mirepoix sofrito soffritto nduja "
    "stracciatella escabeche "
    "patisserie boulangerie charcuterie tournee nouveau ingenue atelier oeuvre dossier vis "
    "bona fide per diem pro bono ad hoc inter alia et al mea culpa vice versa"
)

# Words of work the English list lacks that sit one letter from a common word ("fracking" /
# "tracking").
_WORK_WORDS = (
    "fracking grepping accessor accessors kilojoule kilojoules ventilatory theremin abductee "
    "geotech geotechnical eucalypt eucalypts repos async opset opsets rebar intro intros admin "
    "admins preop postop"
)

#: loanwords and words of work the spelling rule accepts
LOANWORDS: frozenset[str] = frozenset(_LOANS.split() + _WORK_WORDS.split())

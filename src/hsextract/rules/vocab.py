"""General vocabulary the rules use: function words, honorifics, platforms, credit words.

Nothing here names a show, a person or a character from any article: only closed word classes
and industry vocabulary that holds for any series.
"""

from __future__ import annotations

# Capitalised only because of title case or sentence position; never part of a name.
FUNCTION_WORDS = frozenset(
    """
    a about after again all also among an and any are as at be been before being between but by can
    could did do does down during each every for from had has have he her here his how i if in into
    is it its just may me might more most must my new no nor not of off on once only onto or other
    our out over own per plus same shall she should since so some such than that the their them then
    there these they this those to too under until up us very via vs was we were what when where
    which while who whom whose why will with without would yes you your
    """.split()
)

HONORIFICS = frozenset(
    """
    dame dr dr. lady lord miss mr mr. mrs mrs. ms ms. mx mx. prof prof. professor rev rev. sir
    """.split()
)

# Particles that may sit inside a person's name between capitalised parts.
NAME_PARTICLES = frozenset(
    """
    af al ap ben bin bint binti da das de dei degli del della den der di do dos du el ibn la le lo mac
    ní nic st st. ten ter van von zu
    """.split()
)

# "Jane Roe-born"? No: "Hong Kong-born", "Oscar-winning", "Co-star". After a capitalised word and a
# glued hyphen, these lowercase words make an adjective or a noun; other short lowercase parts are
# name syllables ("Ji-woo", "Min-ji", "Ye-jin").
HYPHEN_WORDS = frozenset(
    """
    award backed based born bound centric drama era esque fi free fronted heavy ish language law
    lead led like list made movie old only owned pop produced ray run set show star starring
    style themed time turned type wide year
    """.split()
)

# Typing slips for "and" between list items ("A as B, C as D andd E as F").
AND_TYPOS = frozenset("aand adn amd andd annd anf nad snd".split())

# Word prefixes before a glued hyphen ("Co-host", "Ex-wife", "Re-cast"): a compound, not a name.
HYPHEN_PREFIXES = frozenset(
    """
    all anti co counter cross ex half high inter long low mega mid multi non off one out over post pre
    re self semi short sub super three two ultra under well
    """.split()
)

# Capitalised at the start of a sentence and followed by a name, but not part of it ("Meet Jane Roe").
# words that open a sentence before a name without being part of it: "Enter Mara Lind (Jane Roe)",
# "Widowed Mara Lind (Jane Roe) takes the job"
SENTENCE_OPENERS = frozenset(
    """
    ask catch cue enter expect fans hear imagine introducing meanwhile meet picture read remember
    say see stream thank thanks viewers watch welcome
    widowed divorced orphaned retired disgraced estranged exiled grieving
    """.split()
)

MONTHS = frozenset(
    """
    apr apr. april aug aug. august dec dec. december feb feb. february jan jan. january jul jul.
    july jun jun. june mar mar. march may nov nov. november oct oct. october sep sep. sept sept.
    september
    """.split()
)

WEEKDAYS = frozenset(
    """
    friday monday saturday sunday thursday tuesday wednesday
    """.split()
)

# Words naming a part of a show's run; followed by a number they are never a name.
STRUCTURE_WORDS = frozenset(
    """
    chapter episode episodes part season seasons series vol volume
    """.split()
)

# Verbs that announce: a date right after one dates the announcement ("announced on Tuesday").
ANNOUNCE_VERBS = ("announced", "confirmed", "revealed", "unveiled")
# A platform followed by one of these is the speaker, not where the show airs ("The BBC has confirmed").
STATEMENT_VERBS = (*ANNOUNCE_VERBS, "said", "says", "told", "shared", "teased")
# May stand between a speaker and its statement verb ("Netflix has officially confirmed").
STATEMENT_ADVERBS = ("has", "have", "had", "also", "officially", "finally")
# Between a title and its cue ("Other Show will premiere"): the title is still the cue's subject.
SUBJECT_GAP = frozenset({"will", "has", "have", "had", "is", "was", "were", "are", "be", "been", "'ll"})
# "Other Show, whose second season premieres": a season phrase between a title and its cue.
SEASON_PHRASE = frozenset(
    """
    season series new latest next final first second third fourth fifth sixth seventh eighth ninth tenth
    """.split()
)

# A parenthesis or clause about another work: its roles are not roles in this series.
OTHER_WORK_WORDS = frozenset(
    """
    album biopic book documentary feature film films movie movies musical novel opera play stage
    """.split()
)

# Job titles that precede a name ("Actor Jane Roe", "Newcomer Tom Poe"): never part of the name.
ROLE_NOUNS = frozenset(
    """
    actor actors actress author co-star comedian comedians costar creator director host icon legend
    model newcomer newcomers presenter producer rapper showrunner singer star stars superstar
    veteran writer
    """.split()
)

# After a title, these make it a credit of the person named next ("the Copper Road star Jane Roe").
CREDIT_NOUNS = frozenset(
    """
    actor actress alum alumna alumnus favourite favorite regular star veteran
    """.split()
)

# Before a title, these make it another work ("best known for Night Ferry", "starred in Night Ferry").
CREDIT_VERBS = frozenset(
    """
    appeared appearing breakout breakthrough fame known seen star starred starring
    """.split()
)

# Forms of address that mark a bracketed or listed name as a character, not a performer.
HONORIFIC_CHARACTER_TITLES = frozenset(
    """
    aunt auntie chef granny grandma grandpa madam madame miss mr mr. mrs mrs. ms ms. nan uncle
    """.split()
)

# Ranks and forms of address that characters carry and actors (almost) never do.
CHARACTER_TITLES = frozenset(
    """
    abbess abbot acp agent baron baroness bishop brother captain cardinal chief coach colonel commander
    constable count countess dc dci dcp deputy detective di doctor dr ds dsi duchess duke father friar
    general governor havaldar headmaster headmistress inmate inspector judge king lady lieutenant lord major
    mayor mother nurse officer pastor pc president prince princess principal prof professor queen
    reverend senator sergeant sheriff sister superintendent vicar warden
    """.split()
)

# Occupations an article writes before a character's name as a descriptor, capitalised when they open
# a sentence ("Coroner Ada Vell (Jane Roe) ..."): the role's description, never part of its name. Ranks and
# forms of address (CHARACTER_TITLES) stay in the name; words that are also common given names
# ("Hunter", "Sailor") are left out.
OCCUPATION_NOUNS = frozenset(
    """
    accountant architect assassin baker barber barista barmaid barman bartender beekeeper blacksmith
    bodyguard bookkeeper bookseller bouncer builder butcher butler caretaker carpenter cashier chauffeur
    chemist cleaner clerk cook coroner courier dentist detectorist diver dockworker driver electrician
    engineer farmer ferryman firefighter fisherman florist gamekeeper gardener gravedigger groundskeeper
    guard hairdresser handyman harbourmaster harbormaster headteacher housekeeper innkeeper janitor
    journalist landlady landlord lighthouse-keeper postmaster postmistress stationmaster
    lawyer librarian lifeguard locksmith lodger maid mechanic midwife miner nanny paramedic pathologist
    pharmacist photographer pilot plumber poacher postman postwoman publican receptionist reporter
    scientist secretary shepherd shopkeeper smuggler soldier solicitor surgeon tailor teacher therapist
    trawlerman undertaker vet waiter waitress widow widower
    matriarch patriarch owner landowner manager foreman forewoman heir heiress tenant
    """.split()
)

# Words that may sit in a role description ("Mara's best friends", "a teacher named").
DESC_EXTRA_WORDS = frozenset(
    """
    's - called former grader named new old year young ’s
    """.split()
)

# A capitalised run made only of these is not a person or character ("Netflix Tudum", "Season").
NOT_NAME_WORDS = (
    MONTHS
    | WEEKDAYS
    | STRUCTURE_WORDS
    | frozenset(
        """
        bafta baftas cast credit crew date emmy emmys exclusive finale globe globes golden image
        news oscar oscars photo plot premiere read related release review spoiler spoilers story
        teaser trailer tudum tv uk update updated us usa verdict watch
        """.split()
    )
)

# Streaming services and broadcasters, longest first so "Apple TV+" wins over "Apple".
PLATFORMS = (
    "FX on Hulu",  # one brand: FX's shows streaming on Hulu
    "Hulu on Disney+",
    "Amazon Prime Video",
    "Prime Video",
    "Apple TV+",
    "Apple TV Plus",
    "Disney+",
    "Disney Plus",
    "HBO Max",
    "Paramount+",
    "Paramount Plus",
    "Peacock",
    "Netflix",
    "Hulu",
    "Max",
    "HBO",
    "BBC iPlayer",
    "BBC One",
    "BBC Two",
    "BBC Three",
    "BBC Four",
    "BBC",
    "ITVX",
    "ITV1",
    "ITV2",
    "ITV",
    "Channel 4",
    "Channel 5",
    "E4",
    "Sky Atlantic",
    "Sky Max",
    "Sky",
    "NOW",
    "Showtime",
    "Starz",
    "AMC+",
    "AMC",
    "FX",
    "CBS",
    "NBC",
    "ABC",
    "Fox",
    "The CW",
    "Crunchyroll",
    "BritBox",
    "Acorn TV",
    "Stan",
    "Crave",
    "CBC",
    "RTÉ",
    "S4C",
    "Freevee",
    "Tubi",
    "Roku Channel",
    "MGM+",
    "Shudder",
    "U&Dave",
    "Apple TV",
    "Rakuten Viki",
    "Viki",
    "tvN",
    "JTBC",
    "KBS2",
    "KBS",
    "MBC",
    "SBS",
    "ENA",
    "TVING",
    "Wavve",
    "Coupang Play",
    "HIDIVE",
    "Funimation",
    "ADN",
    "U-Next",
    "CBC Gem",
    "ABC iview",
    "SBS On Demand",
    "Foxtel",
    "Showmax",
    "All 4",
    "My5",
    "STV Player",
    "BBC Scotland",
    "BBC America",
    "ITV4",
    "ITV3",
    "Sky Showcase",
    "Sky Comedy",
    "NOW TV",
    "Virgin Media One",
    "RTÉ Player",
    "PBS",
    "TNT",
    "TBS",
    "USA Network",
    "Syfy",
    "Bravo",
    "Lifetime",
    "Hallmark Channel",
    "BET+",
    "Sundance Now",
    "Adult Swim",
    "Peacock Premium",
    "ZEE5",
    "JioHotstar",
    "Disney+ Hotstar",
    "FXX",
    "Freeform",
    "Comedy Central",
    "Nickelodeon",
    "Cartoon Network",
    "Disney Channel",
    "National Geographic",
    "Discovery+",
    "HGTV",
    "A&E",
    "Epix",
    "Pluto TV",
    "The Roku Channel",
    "Tokyo MX",
    "TV Tokyo",
    "TV Asahi",
    "Fuji TV",
    "NHK",
    "BS11",
    "AT-X",
    "MBS",
    "NTV",
    "Animax",
    "Channel 4 Streaming",
    "UKTV Play",
    "Alibi",
    "Sky Witness",
    "Sky Crime",
    # Australia, New Zealand, Canada
    "Binge",
    "Kayo",
    "9Now",
    "7plus",
    "10 Play",
    "ThreeNow",
    "TVNZ+",
    "CTV",
    "Citytv",
    # India
    "SonyLIV",
    "JioCinema",
    "MX Player",
    "Amazon miniTV",
    "Hoichoi",
    "Voot",
    # UK and Ireland
    "More4",
    "Film4",
    "Sky Arts",
    "BBC Alba",
    "U&W",
    "U&Alibi",
    "U&Drama",
    "U&Gold",
    "TG4",
    "RTÉ One",
    "RTÉ2",
    "Virgin Media Two",
    "Virgin Media Player",
    # Europe
    "ZDF",
    "ARD",
    "RTL+",
    "Joyn",
    "Canal+",
    "TF1",
    "France 2",
    "Arte",
    "NRK",
    "SVT",
    "Viaplay",
    "Yle",
    "RaiPlay",
    "Movistar Plus+",
    "RTVE",
    "Atresplayer",
    # United States
    "Paramount Network",
    "TLC",
    "IFC",
    "ESPN",
    "Hallmark+",
    "Nat Geo",
    # Korea and Japan
    "Genie TV",
    "TV Chosun",
    "OCN",
    "MBN",
    "ABEMA",
)

# Labels of a "Label: Name" line that name a job or a fact, never a character ("Director: Jane Roe",
# "Where to stream: Netflix"): such a line in a cast list is a credit.
CREW_LABEL_WORDS = frozenset(
    """
    adaptation animation art cast casting character cinematography composer composition country creator
    date design designer developer director directors editor episodes executive genre language music network
    original platform premiere premieres producer producers production rating release runtime screenplay
    script seasons showrunner songs sound starring stars story stream studio theme watch where when writer
    writers
    """.split()
)

# Countries, regions and time-zone areas a release rollout lists line by line ("Japan (JST) – Thursday,
# July 9 – Tokyo MX", "UK – ITVX – 19 March"): the first word of such a line is a place, never a title.
REGION_WORDS = frozenset(
    """
    us usa america american uk britain british ireland irish canada canadian australia australian
    zealand india indian japan japanese korea korean china chinese germany german france french spain
    spanish italy italian europe european nordic nordics scandinavia asia latin brazil mexico worldwide
    global international eastern pacific central mountain
    """.split()
)

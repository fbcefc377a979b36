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
    al bin da das de del della der di dos du el ibn la le mac st st. van von
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

# A parenthesis or clause about another work: its roles are not roles in this series.
OTHER_WORK_WORDS = frozenset(
    """
    album biopic book documentary feature film films movie movies musical novel opera play stage
    """.split()
)

# Crew roles: a person introduced by these is not cast.
CREW_WORDS = frozenset(
    """
    author cinematographer commissioner composer creator creators director directors editor
    executive novelist producer producers screenwriter showrunner showrunners writer writers
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

# Ranks and forms of address that characters carry and actors (almost) never do.
CHARACTER_TITLES = frozenset(
    """
    agent baron baroness captain chief coach colonel commander constable count countess dc dci
    deputy detective di doctor dr ds dsi duchess duke father general governor headmaster
    headmistress inmate inspector judge king lieutenant major mayor nurse officer pc president
    prince princess principal prof professor queen reverend senator sergeant sheriff superintendent
    warden
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
)

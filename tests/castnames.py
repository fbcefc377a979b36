"""Invented names of many origins and cast phrasings, for the name-recall test (tests/test_cast_realworld.py).

Every name is a combination made up for the test (given names and surnames paired at random by
origin), not a person from any article. Shapes covered: hyphenated given names and surnames,
particles ("de la", "van der", "bin", "al-"), apostrophes, accents, initials, single-word stage names.
"""

from __future__ import annotations

# origin -> (given names, surnames, how a name is written: "{g} {s}" or "{s} {g}")
_ORIGINS: dict[str, tuple[list[str], list[str], str]] = {
    "korean": (
        ["Ji-woo", "Da-bin", "Min-seok", "Ha-yeon", "Tae-ri", "Eun-chae", "Do-hyun", "Seung-ah", "Yu-na"],
        ["Seo", "Baek", "Kang", "Yoon", "Ryu", "Hwang", "Jung", "Moon", "Shin"],
        "{s} {g}",
    ),
    "japanese": (
        ["Haruka", "Ren", "Sayaka", "Kenta", "Yuzuha", "Daichi", "Aoi", "Shun", "Mei"],
        ["Itō", "Takeda", "Ōkawa", "Morishita", "Kagawa", "Sakamoto", "Hoshino", "Uchida", "Fujimura"],
        "{g} {s}",
    ),
    "chinese": (
        ["Xiaomei", "Wei-lin", "Jiahui", "Zhiwei", "Yuting", "Haoran", "Shu-fen", "Qingyi", "Jun"],
        ["Liu", "Zhang", "Chen", "Huang", "Zhou", "Lin", "Guo", "Tang", "Xu"],
        "{s} {g}",
    ),
    "west-african": (
        ["Chidinma", "Adebayo", "Nnamdi", "Folake", "Kwabena", "Ifeoma", "Oluwaseun", "Ama", "Emeka"],
        [
            "Okafor-Reyes",
            "Olaniyan",
            "Nwachukwu",
            "Mensah-Bright",
            "Adeyemi",
            "Owusu",
            "Eze",
            "Bankole",
            "Asante",
        ],
        "{g} {s}",
    ),
    "arabic": (
        ["Khalid", "Layla", "Yusuf", "Nour", "Samira", "Tariq", "Hana", "Karim", "Rania"],
        [
            "bin Tariq",
            "al-Haddad",
            "El-Sayed",
            "bin Rashid",
            "Abu-Zahra",
            "al-Masri",
            "Haddad",
            "bin Salem",
            "Nasser",
        ],
        "{g} {s}",
    ),
    "dutch-german": (
        ["Maartje", "Jens", "Liesel", "Sander", "Femke", "Joost", "Anneke", "Lukas", "Greetje"],
        [
            "van der Ploeg",
            "von Arnim",
            "de Vries",
            "van Dijk",
            "Vogelsang",
            "van den Berg",
            "ter Horst",
            "Brandauer",
            "von Falkenrath",
        ],
        "{g} {s}",
    ),
    "iberian": (
        ["Inés", "João", "Lucía", "Mateo", "Ximena", "Rodrigo", "Conceição", "Álvaro", "Pilar"],
        [
            "de la Roca",
            "dos Santos",
            "Fernández-Ortega",
            "da Silva",
            "del Valle",
            "Quiroga",
            "de Souza",
            "Etxeberria",
            "Vidal",
        ],
        "{g} {s}",
    ),
    "french-italian": (
        ["Jean-Luc", "Anaïs", "Giulia", "Marco", "Marie-Claire", "Benedetta", "Thibault", "Chiara", "Loïc"],
        [
            "Moreau",
            "Lefèvre",
            "Di Stefano",
            "De Luca",
            "Du Pont",
            "Ferrante",
            "Beaulieu",
            "Lo Bianco",
            "Girard",
        ],
        "{g} {s}",
    ),
    "irish-scottish": (
        ["Siobhán", "Ewan", "Niamh", "Ruairí", "Aoife", "Callum", "Saoirse", "Dougal", "Eilidh"],
        [
            "O'Connell",
            "MacAskill",
            "McTavish",
            "O'Rourke",
            "Ní Bhriain",
            "Gallagher",
            "MacLeod",
            "O'Dea",
            "Kinnear",
        ],
        "{g} {s}",
    ),
    "slavic-hungarian": (
        ["Katarzyna", "Dmitri", "Zsófia", "Milena", "Bogdan", "Jelena", "Tomasz", "Ivana", "Radek"],
        [
            "Wójcik",
            "Sokolov",
            "Kertész",
            "Novaković",
            "Horvath",
            "Petrenko",
            "Dvořák",
            "Zielińska",
            "Kovačić",
        ],
        "{g} {s}",
    ),
    "south-asian": (
        ["Ananya", "Vikram", "Priyanka", "Arjun", "Meenakshi", "Rohan", "Deepa", "Sanjay", "Kavya"],
        [
            "Raghunathan",
            "Sethi",
            "Bhattacharya",
            "Iyer",
            "Chaudhary",
            "Menon",
            "Subramaniam",
            "Kapoor",
            "Rao",
        ],
        "{g} {s}",
    ),
    "nordic-baltic": (
        ["Sigrid", "Bjørn", "Astrid", "Leif", "Ingrid", "Tõnis", "Ragnhild", "Eero", "Liisa"],
        [
            "Åkesson",
            "Halvorsen",
            "Lindqvist",
            "Virtanen",
            "Øvregård",
            "Tamm",
            "Sæther",
            "Korhonen",
            "Bergström",
        ],
        "{g} {s}",
    ),
    "turkish-greek": (
        ["Elif", "Burak", "Eleni", "Kostas", "Zeynep", "Emre", "Despina", "Yannis", "Aylin"],
        ["Şahin", "Yıldız", "Papadakis", "Karamanlis", "Öztürk", "Demir", "Georgiou", "Andreou", "Çelik"],
        "{g} {s}",
    ),
    "pacific-vietnamese": (
        ["Keala", "Sione", "Mele", "Tavita", "Minh Khoa", "Thi Lan", "Ngoc Anh", "Losa", "Van Duc"],
        ["Kahananui", "Folau", "Tuilagi", "Fonoti", "Tran", "Nguyen", "Pham", "Aumua", "Le"],
        "{g} {s}",
    ),
    "anglophone-hyphen": (
        [
            "Kacey-Jo",
            "Mary-Kate",
            "Harriet",
            "Lou-Ellen",
            "Rosalind",
            "Billie-Rae",
            "Theodore",
            "Anna-Lise",
            "Wendell",
        ],
        [
            "Brannigan",
            "Mbatha-Quist",
            "Osei-Lind",
            "Ashworth-Pryce",
            "Achebe",
            "Fairweather",
            "Hale-Dunmore",
            "Crowther",
            "Smythe-Bell",
        ],
        "{g} {s}",
    ),
}

INITIALS = [
    "J. K. Varley",
    "A.J. Okonkwo",
    "T.J. Brandt",
    "R. Sundaram",
    "E. M. Holloway",
    "D.B. Tremaine",
    "C. J. Ferrante",
    "M. Ishikawa",
    "K.C. Adair",
    "P. L. Quarrie",
]
STAGE_NAMES = [
    "Mizuki",
    "Riwoo",
    "Hwayul",
    "Tsugumi",
    "Zendra",
    "Kairo",
    "Oyinda",
    "Lumi",
    "Saffi",
    "Brennix",
]


def invented_names() -> list[str]:
    names: list[str] = []
    for given, surnames, form in _ORIGINS.values():
        for k, g in enumerate(given):
            for step in (4, 7):  # two surnames per given name
                s = surnames[(k * step + step // 4) % len(surnames)]
                names.append(form.format(g=g, s=s))
    return names + INITIALS + STAGE_NAMES


CHARACTERS = [
    "Imogen Tate",
    "Yoon Bit-na",
    "Kang Tae-oh",
    "Felix Moreau",
    "Pilar Mallow",
    "Liesbet Haverkamp",
    "Noor",
    "Aiko",
    "Min-ji",
    "Dr Yoon Mi-rae",
    "Tamsin Penhallow",
    "Dolores",
    "Marcus Okoro",
    "Seol-ah",
    "Ha-eun",
    "Detective Ra Sung-hoon",
    "Ellie Marsh",
    "Hotaru Amane",
    "Chirin",
    "Orla Devane",
    "Matteo Grieco",
    "Sunniva Brekke",
    "Ade Bakare",
    "Ines Castellano",
    "Captain Wren Hollis",
    "Kofi Ansah",
]

# {a}: actor, {c}: character. Each phrasing must give exactly the pair (a, c).
PHRASINGS = [
    "{a} plays {c} in the new drama.",
    "{a} stars as {c} in the thriller.",
    "{a} has been cast as {c}.",
    "{c} will be played by {a}.",
    "{a} will reprise her role as {c} in the second season.",
    "{a} as {c} in the first-look image.",
    "The role of {c} went to {a}.",
    "{a} landed the role of {c} after three auditions.",
    "{a} joins the cast as {c}.",
    "{c}, played by {a}, returns to the village.",
    "{a} will portray {c}, a retired diver.",
    "Newcomer {a} takes on the role of {c}.",
    "{a} returns to play {c}.",
    "In the new season, {a} voices {c}.",
]


def cases() -> list[tuple[str, str, str]]:
    """(sentence, actor, character) for every name in every phrasing."""
    out = []
    names = invented_names()
    for i, name in enumerate(names):
        for j, phrasing in enumerate(PHRASINGS):
            char = CHARACTERS[(i * 5 + j) % len(CHARACTERS)]
            out.append((phrasing.format(a=name, c=char), name, char))
    return out

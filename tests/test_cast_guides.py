"""Cast guides that give each pair as a heading over field lines. Every snippet is written for the
test; names are invented."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]

GUIDE = """Brinmoor series 2 cast: who's who

Brinmoor is back on BBC One for series 2. Here is everyone in it.

1 of 5

DI Ressa Kellow

Played by: Oriel Vantongeren

Who is she? A detective who came home.

2 of 5

The Reverend Tam Polglase

Played by: Quillon

Who is he? A folk singer turned vicar.

3 of 5

Sergeant Davy Rule

Played by: B.K. Oyelaran (replacing Hamish Treloar-Voss)

The big change: Oyelaran takes over the part.

4 of 5

Bel Kellow

Played by: Sorcha Amberley-Nash and Niamh Amberley-Nash

Who is she? Ressa's daughter, played by twins.

5 of 5

Chief Constable Avis Tremayne

Played by: TBC
"""


def test_a_character_heading_over_a_played_by_field(extract_text: Extract) -> None:
    out = extract_text(GUIDE, published="2026-09-14")
    got = {(c.actor, c.character, c.season) for c in out.cast}
    assert got == {
        ("Oriel Vantongeren", "DI Ressa Kellow", 2),
        ("Quillon", "Reverend Tam Polglase", 2),
        ("B.K. Oyelaran", "Sergeant Davy Rule", 2),
        ("Hamish Treloar-Voss", "Sergeant Davy Rule", 1),
        ("Sorcha Amberley-Nash", "Bel Kellow", 2),
        ("Niamh Amberley-Nash", "Bel Kellow", 2),
    }
    assert {r.show for r in out.releases} <= {"Brinmoor", None}


def test_a_replaced_actor_in_brackets_is_no_character(extract_text: Extract) -> None:
    text = (
        "Brinmoor series 2\n\n"
        "The sergeant is now B.K. Oyelaran (replacing Hamish Treloar-Voss) in Brinmoor.\n"
    )
    out = extract_text(text, published="2026-09-14")
    assert all(c.character != "Hamish Treloar-Voss" for c in out.cast)


SHOW = "The Glasshouse Pact"


def test_a_trade_storys_character_description_lines(extract_text: Extract) -> None:
    text = (
        "'The Glasshouse Pact': Network Sets Full Cast\n\n"
        "The series regulars are Odile Varga-Penn, Sten van der Hoek and Q.R. Amadi-Lowe.\n\n"
        "The Glasshouse Pact character descriptions:\n\n"
        'Odile Varga-Penn is "Wilma Scarrow" – The mayor of a mill town, who invited the sect in.\n\n'
        'Sten van der Hoek is "Brother Anselm Roe" – The sect\'s founder. Gentle and patient.\n\n'
        'Q.R. Amadi-Lowe is "The Surveyor" – A state mapmaker whose name is never spoken.\n'
    )
    got = {(c.actor, c.character, c.description, c.show) for c in extract_text(text).cast}
    assert got == {
        ("Odile Varga-Penn", "Wilma Scarrow", "mayor of a mill town", SHOW),
        ("Sten van der Hoek", "Brother Anselm Roe", "sect's founder", SHOW),
        ("Q.R. Amadi-Lowe", "The Surveyor", "state mapmaker whose name is never spoken", SHOW),
    }


def test_comings_and_goings_entries_and_a_soap_that_airs_on_a_channel(extract_text: Extract) -> None:
    text = (
        "Soaps > Harbour Row\n\n"
        "Harbour Row recasts Dex Pellow as the tearaway comes home\n\n"
        "Dex Pellow is coming back to Harbour Row. His first scenes air on Monday 23 February.\n\n"
        "Who's coming and going\n\n"
        "Imke Corrade-Vail (DS Jo Kettle): The detective on the fire case. First appears on Thursday.\n\n"
        "Osric Tellam (Father Swain): Back in the parish for a wedding nobody wants.\n\n"
        "Jade returns from prison on March 2 with a score to settle.\n\n"
        "Harbour Row airs weeknights at 7pm on ITV1 and ITVX.\n"
    )
    out = extract_text(text, published="2026-02-11")
    assert {(c.actor, c.character, c.show) for c in out.cast} >= {
        ("Imke Corrade-Vail", "DS Jo Kettle", "Harbour Row"),
        ("Osric Tellam", "Father Swain", "Harbour Row"),
    }
    assert out.releases == []


def test_credit_lines_split_by_pipes(extract_text: Extract) -> None:
    text = (
        "Quillbrook episode guide\n\n"
        "02x01 - The Bell in the Mere\n\n"
        "Guest Stars: Ruan Strachey-Pike as Elder Josiah Bleak | Mirela Okonjo as The Drowned Girl |"
        " Stas Wojtek-Bly as Bishop Aldo Vey (as Stan Wojtek-Bly) |\n\n"
        "Co-Guest Stars: Idris Pell-Lowe as Paramedic #1 | Ciaran Argent as TBD | Hanne Oster as Nurse\n\n"
        "Special Guest Star: Fenn Auchter as The Moth King / Deacon Ephraim Thurle (voice)\n"
    )
    assert pairs(extract_text(text)) == {
        ("Ruan Strachey-Pike", "Elder Josiah Bleak"),
        ("Mirela Okonjo", "The Drowned Girl"),
        ("Stas Wojtek-Bly", "Bishop Aldo Vey"),
        ("Hanne Oster", "Nurse"),
        ("Fenn Auchter", "Deacon Ephraim Thurle"),
    }


def pairs(out: ArticleOutput) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in out.cast}


def test_a_gapped_list_whose_last_two_items_the_model_joins(extract_text: Extract) -> None:
    text = "Len Pike is played by Ada Roe, Rae Pike by Tom Poe and Mr Pike by Jo Hale.\n"
    assert pairs(extract_text(text)) == {
        ("Ada Roe", "Len Pike"),
        ("Tom Poe", "Rae Pike"),
        ("Jo Hale", "Mr Pike"),
    }


def test_two_spellings_of_one_name_give_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """A set's order follows the hash seed; the name index is built in sorted order, so the spelling
    a surname resolves to does not change between runs."""
    text = (
        "Casting round-up\n\n"
        "Hong Da-eun (The Paper Lantern) has been confirmed as the new lead of Harbour Inn season 2.\n\n"
        "Replacing the previous lead, Hong will play Yoon Seo-ah, the innkeeper's granddaughter. "
        'Hong Da Eun\'s agency said she "fell for the script in one night."\n'
    )
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = "import sys; from hsextract.cli import main; sys.exit(main())"
        args = ["extract", str(src), "--out", str(out), "--quiet", "--no-cache"]
        subprocess.run([sys.executable, "-c", run, *args], check=True, env=env)
        outs.append((out / "a.json").read_bytes())
    assert len(set(outs)) == 1

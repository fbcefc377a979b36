"""Rule files are checked on load: ids, slots, kind and version must be ones the code reads."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from hsextract.rules.engine import RuleError, load_ruleset, read_ruleset
from hsextract.rules.ruleids import EVENTS, PREFIXES, SLOTS

RULE_FILES = {"release_rules.json": "releases", "cast_rules.json": "cast"}


def _packaged(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("hsextract.rules").joinpath(name).read_bytes())
    return data


def _with_rule(name: str, rule_id: str, pattern: list[Any]) -> bytes:
    data = _packaged(name)
    data["rules"].append({"id": rule_id, "description": "test", "patterns": [pattern]})
    return json.dumps(data).encode()


@pytest.mark.parametrize("name", sorted(RULE_FILES))
def test_packaged_rule_files_pass_the_check(name: str) -> None:
    ruleset = load_ruleset(name)
    assert ruleset.kind == RULE_FILES[name]
    assert {r.id.split(".")[0] for r in ruleset.rules} <= set(PREFIXES[ruleset.kind])


def test_every_event_rule_names_a_contract_event_kind() -> None:
    events = [r.id for r in load_ruleset("release_rules.json").rules if r.id.startswith("event.")]
    assert events and all(e.split(".", 1)[1] in EVENTS for e in events)


@pytest.mark.parametrize(
    ("rule_id", "message"),
    [
        ("event.reboot", "release_rules.json: rule 'event.reboot': unknown event name 'reboot'"),
        ("evnt.spinoff", "release_rules.json: rule 'evnt.spinoff': unknown prefix 'evnt'"),
        ("status.likely", "rule 'status.likely': unknown status name 'likely'"),
        ("count.seasons", "rule 'count.seasons': unknown count name 'seasons'"),
        ("premiere", "rule 'premiere': an id is '<kind>.<name>'"),
        ("cast.plays_again", None),  # a cast rule in the release file
    ],
)
def test_unknown_rule_ids_are_errors_naming_file_and_rule(rule_id: str, message: str | None) -> None:
    raw = _with_rule("release_rules.json", rule_id, [{"LOWER": "reboot"}])
    with pytest.raises(RuleError) as err:
        read_ruleset(raw, "release_rules.json")
    assert (message or f"rule {rule_id!r}: unknown prefix 'cast'") in str(err.value)


def test_a_new_rule_of_a_known_kind_loads() -> None:
    ruleset = read_ruleset(_with_rule("release_rules.json", "event.other", [{"LOWER": "reboot"}]), "r.json")
    assert ruleset.rules[-1].id == "event.other"


def test_unknown_slot_names_the_rule_and_the_file() -> None:
    pattern = [{"LOWER": "season"}, {"LOWER": "x", "slot": "actor"}]
    raw = _with_rule("release_rules.json", "season.odd", pattern)
    with pytest.raises(RuleError, match=r"rules.json: rule 'season.odd': unknown slot\(s\) \['actor'\]"):
        read_ruleset(raw, "release_rules.json")
    raw = _with_rule("cast_rules.json", "cast.odd", [{"LOWER": "as", "slot": "count"}])
    with pytest.raises(RuleError, match=r"cast_rules.json: rule 'cast.odd': unknown slot\(s\) \['count'\]"):
        read_ruleset(raw, "cast_rules.json")
    assert "count" in SLOTS["releases"] and "actor" in SLOTS["cast"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "release"}, "x.json: unknown rule file kind 'release'"),
        ({"kind": None}, "x.json: unknown rule file kind ''"),
        ({"version": "2"}, "x.json: unsupported version '2'"),
    ],
)
def test_kind_and_version_are_checked(change: dict[str, Any], message: str) -> None:
    data = _packaged("release_rules.json")
    data.update(change)
    if data["kind"] is None:
        del data["kind"]
    with pytest.raises(RuleError, match=message):
        read_ruleset(json.dumps(data).encode(), "x.json")


def test_duplicate_id_and_bad_json_are_errors() -> None:
    data = _packaged("release_rules.json")
    data["rules"].append(data["rules"][0])
    with pytest.raises(RuleError, match="must be a unique"):
        read_ruleset(json.dumps(data).encode(), "x.json")
    with pytest.raises(RuleError, match=r"x\.json: not JSON"):
        read_ruleset(b"{", "x.json")


def test_announcement_verbs_have_one_home() -> None:
    """The Python checks read vocab.py; the rule file's announcement patterns use the same verbs."""
    from hsextract.rules import hits, releases
    from hsextract.rules.vocab import ANNOUNCE_VERBS, STATEMENT_VERBS

    assert set(ANNOUNCE_VERBS) <= set(STATEMENT_VERBS)
    for verb in ANNOUNCE_VERBS:
        assert releases._ANNOUNCE.match(verb) and hits._ANNOUNCER.match(f" has {verb}")
    assert not releases._ANNOUNCE.match("said") and hits._ANNOUNCER.match(" said")
    announce = next(r for r in load_ruleset("release_rules.json").rules if r.id == "event.announcement")
    lowers = [e.get("LOWER") for p in announce.patterns for e in p]
    written = {w for low in lowers if isinstance(low, dict) for w in low.get("IN", ()) if w.endswith("ed")}
    assert written == set(ANNOUNCE_VERBS)

"""Near-duplicates: one wire story on several sites is recognised; different stories are not."""

from __future__ import annotations

import subprocess
import sys

from tidings.ingest import RawText, make_document
from tidings.ingest.dedup import DuplicateIndex, Signature, signature, similarity

WIRE = """The government of Corvania declared a state of emergency in three northern provinces on Sunday after protests over fuel prices turned violent, the interior ministry said.
Police fired tear gas at crowds in the provincial capital of Dunmore, where protesters set fire to two government buildings and blocked the main highway to the coast.
Prime Minister Alma Verhoeven accused opposition leaders of organising the unrest and said the army would help police restore order, but promised to review the fuel subsidy cut that set off the protests.
The opposition Freedom Party denied the accusation and called for a general strike on Tuesday. Its leader, Pavel Ostrog, said the government had ignored warnings that the price rise would hurt poor families.
The United Nations urged both sides to show restraint and said it was ready to help mediate talks.
"""

# the same story as three sites carry it: their own furniture, a byline, a trimmed or edited line
SITE_A = "Corvania declares emergency | World | Daily Ledger\n" + WIRE + "Share this article\nRelated Articles: Fuel prices rise again\n"
SITE_B = "By Our Correspondent\n" + WIRE.replace("on Sunday", "late on Sunday").replace(
    "The United Nations urged both sides to show restraint and said it was ready to help mediate talks.\n", "") \
    + "© 2024 Northern Herald. All rights reserved.\n"
SITE_C = WIRE.replace("Prime Minister Alma Verhoeven", "Corvanian Prime Minister Alma Verhoeven") \
    + "Subscribe to our newsletter\nLeave a Comment\n"

# another story about the same crisis, written separately: same names, different words
OTHER = """Thousands of truck drivers in Corvania joined the strike called by the Freedom Party on Tuesday, leaving fuel stations in Dunmore empty and halting exports at the port.
Pavel Ostrog told a rally that his party would not negotiate until the army left the northern provinces. Alma Verhoeven's office said the talks offered by the United Nations could start next week.
Residents said shops in the city centre stayed closed for a third day and that police patrolled the streets at night.
"""


def clean(text: str) -> str:
    return make_document(RawText(origin="-", text=text)).text


def test_syndicated_copies_are_near_duplicates():
    a, b, c = clean(SITE_A), clean(SITE_B), clean(SITE_C)
    assert len({a, b, c}) == 3  # not the same text, so not the same document id
    for x, y in ((a, b), (a, c), (b, c)):
        assert similarity(x, y) >= 0.7


def test_different_stories_about_the_same_event_are_not():
    assert similarity(clean(SITE_A), clean(OTHER)) < 0.2


def test_the_index_points_every_copy_at_the_first():
    index = DuplicateIndex()
    assert index.add("a", clean(SITE_A)) is None
    assert index.add("other", clean(OTHER)) is None
    assert index.add("b", clean(SITE_B)) == "a"
    assert index.add("c", clean(SITE_C)) == "a"
    assert len(index) == 2 and "b" not in index
    (best, score), = index.matches(clean(SITE_C))
    assert best == "a" and 0.7 <= score <= 1.0


def test_identical_texts_score_one_and_empty_texts_only_match_each_other():
    assert similarity(WIRE, WIRE) == 1.0
    assert similarity("", "") == 1.0 and similarity("", WIRE) == 0.0
    assert similarity("Troops withdrew.", "Troops withdrew.") == 1.0


def test_the_threshold_is_a_parameter():
    strict = DuplicateIndex(threshold=0.99)
    strict.add("a", clean(SITE_A))
    assert strict.add("b", clean(SITE_B)) is None


def test_signatures_survive_storage_and_rebuild_the_index():
    sig = signature(WIRE)
    data = sig.to_bytes()
    assert len(data) == 516
    again = Signature.from_bytes(data)
    assert again.shingles == sig.shingles and again.similarity(sig) == 1.0
    index = DuplicateIndex.from_signatures([("a", again)])
    assert index.add("b", clean(SITE_C)) == "a"


def test_signatures_are_the_same_in_another_process():
    code = ("import sys; from tidings.ingest.dedup import signature; "
            "sys.stdout.write(signature(sys.stdin.read()).to_bytes().hex())")
    out = subprocess.run([sys.executable, "-c", code], input=WIRE, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": ""}, check=True).stdout
    assert out == signature(WIRE).to_bytes().hex()

"""Which row of a dated lexicon entry holds on a date: a person's role, an organisation's code.

A person's code depends on the date of the event: Tokayev is KAZLEG as Senate chairman in 2015 and
KAZGOV as president in 2022. After a person's last role has ended they are coded as an elite
(``ELI``, CAMEO's code for former officials) followed by the state sectors other than GOV of the
role they left ("KAZELISPY" for a dismissed spy chief, "USAELI" for a former president), so that a
former head of the security service can still be told from a former minister. Sectors of bodies outside the state (IGO, REB, PTY ...) are not
carried over: a former UN Secretary-General is an elite of their own country.

With no date at all (a text whose date is unknown) a person is coded by their latest role, as held:
an undated text that names someone is most often about the time they held it.

A title in the text outranks the dates when none of the person's roles holds on the date: "Russian
President Boris Yeltsin" in a story dated 2022 (or 1985) is the president the text speaks of, not
a former one — news says "former" when it means it, and a story's date is often not its events'
(a placeholder, an archive). The role whose office matches the title is taken; with no such role,
the person's country with the title's sectors. Only "former" in the text, or a date past the last
role with no title, makes an elite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from tidings.actors.lexicon import Entry

# sectors of state office: a former holder of one is an elite (ELI)
STATE_SECTORS = ("GOV", "MIL", "COP", "SPY", "JUD", "LEG")
# those kept after ELI; GOV is not, as ELI already means a former government official ("USAELI")
KEPT_AFTER_ELI = ("MIL", "COP", "SPY", "JUD", "LEG")
# sectors that only say what kind of body an organisation is: "Hamas fighters" are Hamas, not
# Hamas plus rebels; for a governing organisation, its fighters are its military
MEMBER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CVL", "OPP", "PTY", "GOV", "ELI"})
ARMED_MEMBERS = frozenset({"REB", "INS", "UAF"})


@dataclass(frozen=True, slots=True)
class Role:
    """What a dated entry codes to on one date, and why."""

    code: str
    country: str | None
    sectors: tuple[str, ...]
    detail: str
    former: bool = False
    entry: Entry | None = None


def person_role(entries: list[Entry], when: date | None, titles: Sequence[str] = (),
                title_sectors: tuple[str, ...] = ()) -> Role | None:
    """A person's role on ``when`` (None: date unknown), or None when ``entries`` is empty.

    ``titles`` are the titles the text gives the person ("prime minister"), without "former";
    with no date they choose among the person's roles ("Prime Minister Ehud Barak" is not his later
    defence post), and when no role holds on ``when`` they decide instead of the dates (see the
    module's docstring), with ``title_sectors`` (the titles' sectors) for a title that matches no
    role."""
    if not entries:
        return None
    name = entries[0].name
    if when is None:
        titled = [e for e in entries if any(t and t in e.note.lower() for t in titles)]
        latest = max(titled or entries,
                     key=lambda e: (e.end is None, e.end or date.min, e.start or date.min))
        return Role(latest.code, latest.country, latest.sectors,
                    f"{name}: latest role, {_role_text(latest)} (no date known)", entry=latest)
    holding = [e for e in entries if e.holds_on(when)]
    if holding:
        # the most recent start wins: a person who took a new office holds it, not the old one
        e = max(holding, key=lambda x: x.start or date.min)
        return Role(e.code, e.country, e.sectors, f"{name}: {_role_text(e)} on {when}", entry=e)
    titled = [e for e in entries if any(t and t in e.note.lower() for t in titles)]
    if titled:
        e = max(titled, key=lambda x: (x.end is None, x.end or date.min, x.start or date.min))
        return Role(e.code, e.country, e.sectors,
                    f"{name}: {_role_text(e)}, as the text's title '{titles[0]}' says (the lexicon's "
                    f"dates, {e.start or '…'} to {e.end or '…'}, do not cover {when})", entry=e)
    if titles and title_sectors:
        e = max(entries, key=lambda x: (x.end is None, x.end or date.min, x.start or date.min))
        sectors = tuple(title_sectors)
        return Role(f"{e.country or '---'}{''.join(sectors)}", e.country, sectors,
                    f"{name}: '{titles[0]}' in the text → {' '.join(sectors)} (no role of the "
                    f"lexicon's holds on {when})", entry=e)
    ended = [e for e in entries if e.end is not None and e.end < when]
    if ended:
        e = max(ended, key=lambda x: x.end)
        kept = tuple(s for s in e.sectors if s in KEPT_AFTER_ELI) if e.code == (e.country or "") + "".join(
            e.sectors) else ()
        sectors = ("ELI",) + kept
        country = e.country
        return Role(f"{country or '---'}{''.join(sectors)}", country, sectors,
                    f"{name}: former {_role_text(e)} (until {e.end}); coded as elite", former=True,
                    entry=e)
    e = min(entries, key=lambda x: x.start or date.max)
    return Role(e.country or "---", e.country, (),
                f"{name}: before {_role_text(e)} began ({e.start}); country only", entry=e)


def narrowed_by_title(role: Role, title_sectors: Sequence[str]) -> Role:
    """A role of several state sectors told by the text's title which one it acts in: "President
    Pervez Musharraf" (a general who was president, GOV MIL) is GOV, "General Musharraf" MIL. Only
    when the title's sectors are some, not all, of the role's; a former role is left alone."""
    kept = tuple(s for s in role.sectors if s in title_sectors)
    if role.former or not kept or len(kept) == len(role.sectors):
        return role
    if role.code != (role.country or "---") + "".join(role.sectors):
        return role  # a coded body's own tag follows its sectors; not cut
    return Role((role.country or "---") + "".join(kept), role.country, kept,
                f"{role.detail}; the text's title makes it {' '.join(kept)}", entry=role.entry)


def org_row(entries: list[Entry], when: date | None) -> Entry | None:
    """The row of a (possibly dated) organisation that holds on ``when``: the Taliban are
    insurgents until 14 August 2021 and the government of Afghanistan after. With no date the
    open (current) row holds; with no row holding, the first listed."""
    if not entries:
        return None
    holding = [e for e in entries if e.holds_on(when)]
    if holding:
        return max(holding, key=lambda x: x.start or date.min)
    return entries[0]


def _role_text(e: Entry) -> str:
    """"president of Kazakhstan, KAZGOV (people.tsv:468)"."""
    return f"{e.note or 'role'}, {e.code} ({e.origin})"


def body_code(code: str, extra: tuple[str, ...]) -> str:
    """The code of a body with the sectors an agent noun adds: "Hamas's police" PSEREBCOP; every
    body of the UN system stays plain IGOUNO ("UN troops", "a UN tribunal"), its kind kept in the
    sectors only, as our gold sets code it (see organisations.tsv)."""
    return code if code == "IGOUNO" else code + "".join(extra)


def extra_sectors(org: Entry, sectors: list[str]) -> tuple[str, ...]:
    """Sectors an agent noun adds to an organisation: "UN troops" → MIL; "Hamas fighters" add
    nothing; the fighters of a governing body ("Taliban fighters" after August 2021) are MIL."""
    out: list[str] = []
    for s in sectors:
        if s in ARMED_MEMBERS and "GOV" in org.sectors:
            s = "MIL"
        if s in MEMBER_SECTORS or s in org.sectors or s in out:
            continue
        out.append(s)
    return tuple(out)

"""Visits and hosting, read off the events of one sentence, and the fields an event's code fixes.

CAMEO pairs a host's reception of a guest (043) with the guest's visit (042). The coder codes
whichever the sentence tells; this module adds the other half ("Oman's Sultan Qaboos hosted
Netanyahu in Muscat" is also Netanyahu's visit to Oman; talks "with *visiting* X" are X's visit
to the host) and reads a welcome told in the passive
after an arrival as the host's reception ("Rabin arrived in Cairo and *was welcomed by* Mubarak":
043, and the arrival a visit to Mubarak).
"""

from __future__ import annotations

from dataclasses import replace

from tidings.codebook import cameo, plover_for
from tidings.events.dyads import dyad_key
from tidings.model import Actor, Document, Event, event_id

# verbs of greeting in the passive ("was welcomed by Mubarak"): the host's reception of a guest
GREETINGS = ("welcom", "greet", "receiv")

Found = list[tuple[Event, dict[str, bool]]]


def code_fields(code: str) -> dict:
    """The fields of an event that follow from its CAMEO code: name, root, quad class, Goldstein
    score and the PLOVER type, mode and context."""
    info, plover = cameo(code), plover_for(code)
    return dict(cameo=code, name=info.name, root=info.root, quad_class=info.quad_class,
                goldstein=info.goldstein, plover=plover.type if plover else None,
                plover_mode=plover.mode if plover else None,
                plover_context=plover.context if plover else ())


def greeted_arrivals(found: Found) -> Found:
    """"Rabin arrived in Cairo and *was welcomed by* Mubarak": the welcome is Mubarak's hosting
    (043), and the arrival a visit to him, not just to Egypt."""
    out = list(found)
    arrivals = {e.source.code: i for i, (e, _) in enumerate(found) if e.cameo == "042" and e.source}
    for i, (e, ev) in enumerate(found):
        j = arrivals.get(e.target.code) if e.target is not None else None
        if j is None or e.source is None or not _greeting(e, ev) or e.cameo not in {"043", "051"}:
            continue
        visit, evidence = out[j]
        if visit.target is None or visit.target.code not in {e.source.country, e.source.code}:
            continue
        if e.cameo != "043":
            out[i] = (replace(e, **code_fields("043"), pattern=e.pattern + "; a guest's welcome"), ev)
        if visit.target is not e.source:
            out[j] = (replace(visit, target=e.source,
                              pattern=visit.pattern + "; a visit to the host who greeted the guest"),
                      evidence)
    return out


def with_guest_visits(found: Found, document: Document) -> Found:
    """``found`` and the visit each hosting implies, unless the sentence codes it already."""
    have = {dyad_key(e) for e, _ in found}
    visited = {(e.source.code, e.target.country) for e, _ in found
               if e.cameo == "042" and e.source is not None and e.target is not None}
    visits = []
    for e, ev in found:
        v = _guest_visit(e, document, _greeting(e, ev)) or _visiting_guest(e, document)
        if v is not None and v.source is not None and v.target is not None and \
                dyad_key(v) not in have and (v.source.code, v.target.country) not in visited:
            visits.append((v, dict(ev)))
    return found + visits


def _visiting_guest(event: Event, document: Document) -> Event | None:
    """"Xi held talks with *visiting* Cambodian Prime Minister Hun Sen": the guest's meeting is
    also the guest's visit to the host (042), as a hosting is."""
    host, guest = event.source, event.target
    if event.cameo != "040" or host is None or guest is None or not host.country or \
            host.country == guest.country or not host.country.isalpha():
        return None
    before = document.text[max(0, guest.start - 12):guest.start].lower().split()
    if not (guest.text.lower().startswith("visiting ") or before and before[-1] == "visiting"):
        return None
    return replace(event, **code_fields("042"), source=guest, target=host,
                   id=event_id(document.id, event.sentence_index, event.trigger_start, "042", guest.code, host.code),
                   pattern=event.pattern + "; the visiting guest's visit to the host")


def _greeting(event: Event, evidence: dict[str, bool]) -> bool:
    """True for a host's welcome told in the passive: "Putin *was received by* Xi"."""
    return bool(evidence.get("passive")) and event.trigger.lower().startswith(GREETINGS)


def _guest_visit(event: Event, document: Document, greeted: bool = False) -> Event | None:
    """The visit a hosting implies: "Oman's Sultan Qaboos hosted Netanyahu in Muscat" (043) is also
    Netanyahu's visit (042), as CAMEO pairs them: to the host when the host is a government, as most
    of our gold sets code it (about 18 events to 8), or when the guest ``greeted`` is told as the
    subject ("Putin was received by Xi"); else to the host's country."""
    host, guest = event.source, event.target
    if event.cameo != "043" or host is None or guest is None or not host.country or \
            host.country == guest.country or not host.country.isalpha():
        return None
    to_host = greeted or host.code == f"{host.country}GOV"
    place = host if to_host else Actor(
        host.text, host.start, host.end, host.country, host.country, (), None, "implied",
        f"the country of the host, {host.code}", kind="country")
    return replace(event, **code_fields("042"), source=guest, target=place,
                   id=event_id(document.id, event.sentence_index, event.trigger_start, "042",
                               guest.code, place.code),
                   pattern=event.pattern + ("; the guest's visit to the host" if to_host
                                            else "; the guest's visit to the host's country"))

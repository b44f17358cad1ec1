"""The event coder: verb and noun patterns applied to dependency parses.

For every verb of a sentence the coder finds the best frame for its lemma (verbs.tsv); light verbs
hand over to their object noun ("imposed sanctions"), governors to the noun they govern ("called
for talks"), verbs of occurrence to their subject ("protests broke out"). Each candidate then goes
through :func:`tidings.events.govern.govern` — orders, intents, appeals, refusals, negation,
speculation — and its source and target words are looked up among the resolved actor mentions,
coordinated actors expanded into one event each.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

from tidings.actors.resolver import Mentions
from tidings.codebook import cameo, plover_for
from tidings.events.confidence import confidence
from tidings.events.frames import (VERB_TARGETS, Args, match, noun_frames, slot_tokens,
                                   source_slots, target_slots)
from tidings.events.govern import Governance, doers, govern, governor_of
from tidings.events.modality import derive, is_occurrence
from tidings.events.patterns import Frame, load_patterns
from tidings.model import Actor, Document, Event, event_id
from tidings.nlp import dates as nlp_dates
from tidings.nlp import syntax

ORDER_KINDS = frozenset({"order", "appeal", "demand"})


@dataclass(slots=True)
class _Candidate:
    """An event before governance and actor lookup."""

    code: str
    frame: Frame
    host: Token  # the verb whose governors apply
    trigger: list[Token]
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    nominal: bool = False
    kinds: list[str] = field(default_factory=list)  # modality applied before governance
    implied: Token | None = None  # event noun whose modifiers imply the source ("Kazakh protests")
    passive: bool = False


class EventCoder:
    """Codes events in parsed documents; loads its patterns once."""

    def __init__(self, user_files: Iterable[Path] = ()):
        self.patterns = load_patterns(tuple(Path(p) for p in user_files))

    def code(self, doc: Doc, document: Document, mentions: Mentions,
             statements: bool = True) -> list[Event]:
        exprs = nlp_dates.find_dates(doc, document.published)
        events: list[Event] = []
        seen: set[tuple] = set()
        for index, sent in enumerate(doc.sents):
            if sent.text.rstrip().endswith("?"):
                continue  # questions assert nothing
            for tok in sent:
                if tok.pos_ != "VERB":
                    continue
                for cand in self._candidates(tok):
                    for event in self._finish(cand, index, sent, document, mentions, exprs):
                        if event.statement and not statements:
                            continue
                        key = (index, event.trigger_start, event.cameo,
                               event.source.code if event.source else None,
                               event.target.code if event.target else None)
                        if key not in seen:
                            seen.add(key)
                            events.append(event)
        return events

    # -- candidates ------------------------------------------------------------------------------
    def _candidates(self, verb: Token) -> Iterator[_Candidate]:
        args = Args.of_verb(verb)
        subj = syntax.subject_of(verb)
        if subj is not None and is_occurrence(verb.lemma_.lower()) and noun_frames(subj, self.patterns):
            yield from self._noun(subj, verb, args, [], occur=True)  # "protests broke out"
            return
        frames = self.patterns.verbs.get(verb.lemma_.lower())
        frame = match(frames, args, self.patterns) if frames else None
        row = governor_of(verb)
        if frame is not None and row is not None and row.kind != "occur" and self._governs_event(verb):
            frame = None  # "threatened to attack": the attack is coded, as a threat
        governed_noun = self._governed_noun(verb, args, row) if row is not None else None
        if governed_noun is not None and (frame is None or frame.specificity == 0):
            kind = [] if row.kind in {"same", "order", "occur"} else [row.kind]
            yield from self._noun(governed_noun, verb, args, kind)
            return
        if frame is None:
            return
        if frame.code == "=obj":
            kind = [row.kind] if row is not None and row.controller == "subj" and \
                row.kind not in {"same", "order", "occur"} else []
            yield from self._noun(args.first("obj"), verb, args, kind)
            return
        src = slot_tokens(args, source_slots(frame, args))
        tgt = slot_tokens(args, target_slots(frame, args))
        trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        yield _Candidate(frame.code, frame, verb, trigger, src[1] if src else [],
                         tgt[1] if tgt else [], passive=args.passive)

    def _governs_event(self, verb: Token) -> bool:
        for child in verb.children:
            if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB" and \
                    child.lemma_.lower() in self.patterns.verbs:
                return True
        return False

    def _governed_noun(self, verb: Token, args: Args, row) -> Token | None:
        if row.kind in {"drop", "occur"}:
            return None
        for slot in ("for", "obj") if args.xcomp is None else ("for",):
            tok = args.first(slot)
            if tok is not None and noun_frames(tok, self.patterns):
                return tok
        return None

    def _noun(self, noun: Token, host: Token, host_args: Args, kinds: list[str],
              occur: bool = False) -> Iterator[_Candidate]:
        frames = noun_frames(noun, self.patterns)
        if not frames:
            return
        nargs = Args.of_noun(noun)
        frame = match(frames, nargs)
        if frame is None:
            return
        src = slot_tokens(nargs, source_slots(frame, nargs))
        tgt = slot_tokens(nargs, target_slots(frame, nargs))
        if tgt is None:  # "imposed sanctions on Iran": the phrase may hang off the verb
            tgt = slot_tokens(host_args, tuple(s for s in VERB_TARGETS if s not in {"obj"}))
        trigger = [noun] if occur else sorted({host, noun}, key=lambda t: t.i)
        yield _Candidate(frame.code, frame, host, trigger, src[1] if src else [],
                         tgt[1] if tgt else [], nominal=True, kinds=list(kinds),
                         implied=noun if occur else None)

    # -- governance, actors, events -------------------------------------------------------------
    def _finish(self, cand: _Candidate, index: int, sent, document: Document, mentions: Mentions,
                exprs) -> Iterator[Event]:
        if cand.host.dep_ == "advcl" and cand.host.tag_ == "VBG" and syntax.subject_of(cand.host) is None:
            return  # "..., killing eight people": an elaboration of the main clause's event
        g = govern(cand.host)
        if g.dropped:
            return
        kinds = cand.kinds + g.kinds
        code = cand.code
        if g.negated:
            if "intent" in kinds or g.future:
                kinds = [k for k in kinds if k != "intent"] + ["reject"]
            else:
                return  # "did not provide evidence": no event
        for kind in kinds:
            code = derive(code, kind)
        sources, how_source = self._source_tokens(cand, g)
        targets = g.addressee if g.addressee else cand.targets
        src_actors = self._actors(sources, mentions)
        if not src_actors and cand.implied is not None:
            src_actors = self._implied(cand, mentions)
        tgt_actors = self._actors(targets, mentions)
        if not src_actors and not tgt_actors:
            return
        src_actors = self._state_in_own_voice(cand.host, src_actors, mentions)
        pairs = self._pairs(src_actors, tgt_actors, cand.frame.reciprocal)
        features = {
            "specific_frame": cand.frame.specificity > 0, "nominal": cand.nominal,
            "derived": bool([k for k in kinds if k != "same"]),
            "source_pronoun": how_source == "pronoun", "source_speaker": how_source == "speaker",
            "statement": code == "010", "long_sentence": len(sent) > 40,
        }
        expr = nlp_dates.date_of(cand.host, exprs)
        for source, target, reverse in pairs:
            yield self._event(cand, code, index, sent, document, source, target, expr, dict(
                features, reverse=reverse,
                source_known=source is not None, target_known=target is not None,
                source_guessed=bool(source and source.guessed),
                target_guessed=bool(target and target.guessed)), g)

    def _source_tokens(self, cand: _Candidate, g: Governance) -> tuple[list[Token], str]:
        if any(k in ORDER_KINDS for k in g.kinds):
            return g.doers, "order"
        if cand.sources:
            return cand.sources, "pronoun" if cand.sources[0].pos_ == "PRON" else "own"
        if g.doers:
            return g.doers, "pronoun" if g.doers[0].pos_ == "PRON" else "control"
        speech = syntax.speech_head(cand.host)
        if cand.passive and speech is not None and syntax.SPEECH_VERBS.get(speech.lemma_.lower()):
            return doers(speech), "speaker"  # "Tokayev announced that Masimov had been arrested"
        if cand.nominal and speech is None and cand.host.lemma_.lower() in syntax.SPEECH_VERBS:
            return doers(cand.host), "speaker"
        return [], "none"

    def _actors(self, tokens: list[Token], mentions: Mentions) -> list[tuple[Actor, Token]]:
        out: list[tuple[Actor, Token]] = []
        for tok in tokens:
            for t in self._expand(tok, mentions):
                actor = mentions.at(t)
                if actor is None:  # "members of the opposition": the actor is in the of-phrase
                    for _, obj in syntax.prep_objects(t, {"of"}):
                        actor = mentions.at(obj)
                        if actor is not None:
                            break
                if actor is not None and all(a.start != actor.start for a, _ in out):
                    out.append((actor, t))
        return out

    def _state_in_own_voice(self, host: Token, actors, mentions: Mentions):
        """"Xi said China is willing to ...": a country in its own official's reported speech
        speaks as its government (CHNGOV), not as the country at large."""
        speech = syntax.speech_head(host)
        if speech is None or not actors:
            return actors
        speakers = self._actors(doers(speech), mentions)
        if not speakers:
            return actors
        sp = speakers[0][0]
        if "GOV" not in sp.sectors or not sp.country:
            return actors
        out = []
        for a, tok in actors:
            if a.kind == "country" and not a.sectors and a.country == sp.country:
                a = replace(a, code=f"{a.country}GOV", sectors=("GOV",), how="speech",
                            detail=f"'{a.text}' in the reported speech of its official "
                                   f"'{sp.text}' ({sp.code}) stands for its government")
            out.append((a, tok))
        return out

    def _expand(self, tok: Token, mentions: Mentions) -> list[Token]:
        ref = mentions.refers.get(tok.i)
        if ref is not None and tok.lower_ in {"they", "them", "their"}:
            antecedent = tok.doc[ref]
            if len(syntax.with_conjuncts(antecedent)) > 1:
                return syntax.with_conjuncts(antecedent)
        return syntax.with_conjuncts(tok)

    def _implied(self, cand: _Candidate, mentions: Mentions) -> list[tuple[Actor, Token]]:
        """The actor an event noun implies: "Kazakh protests" → Kazakh protesters (KAZCVL)."""
        noun = cand.implied
        sector = cand.frame.agent
        country, how, guessed = None, "", False
        for tok in list(noun.lefts) + [o for p, o in syntax.prep_objects(noun, {"in", "across"})]:
            found = mentions.countries.get(tok.i)
            if found:
                country, how = found
                break
        if country is None and mentions.main_country:
            country, how, guessed = mentions.main_country, "the article's main country (guess)", True
        if country is None and sector is None:
            return []
        sectors = (sector,) if sector else ()
        actor = Actor(noun.text, noun.idx, noun.idx + len(noun.text), (country or "---") + (sector or ""),
                      country, sectors, None, "context" if guessed else "implied",
                      f"implied by '{noun.text}'" + (f"; country from {how}" if how else ""),
                      guessed=guessed)
        return [(actor, noun)]

    @staticmethod
    def _pairs(sources, targets, reciprocal: bool):
        src = [a for a, _ in sources] or [None]
        tgt = [a for a, _ in targets] or [None]
        out = []
        if reciprocal and tgt == [None] and len(src) > 1:
            return [(a, b, False) for a in src for b in src if a is not b]
        for s in src:
            for t in tgt:
                if s is not None and t is not None and s.start == t.start:
                    continue
                out.append((s, t, False))
                if reciprocal and s is not None and t is not None:
                    out.append((t, s, True))
        return out

    def _event(self, cand: _Candidate, code: str, index: int, sent, document: Document,
               source: Actor | None, target: Actor | None, expr, features: dict[str, bool],
               g: Governance) -> Event:
        info = cameo(code)
        plover = plover_for(code)
        first, last = cand.trigger[0], cand.trigger[-1]
        start, end = first.idx, last.idx + len(last.text)
        trigger = " ".join(t.text for t in cand.trigger)
        when = expr.value if expr is not None else document.published
        why = cand.frame.describe()
        if g.governors:
            why += "; governed by " + ", ".join(g.governors)
        if g.negated:
            why += "; negated"
        return Event(
            id=event_id(document.id, index, start, code, source.code if source else None,
                        target.code if target else None),
            doc_id=document.id, sentence_index=index, sentence=sent.text.strip(),
            trigger=trigger, trigger_start=start, trigger_end=end,
            cameo=code, name=info.name, root=info.root, quad_class=info.quad_class,
            goldstein=info.goldstein, plover=plover.type if plover else None,
            plover_mode=plover.mode if plover else None,
            plover_context=plover.context if plover else (),
            source=source, target=target, date=when,
            date_text=expr.text if expr is not None else None,
            confidence=confidence(features), statement=code == "010" and not cand.nominal,
            pattern=why)

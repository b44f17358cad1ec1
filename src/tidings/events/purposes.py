"""Clauses that are not acts of their own: what another act is for, asks for or refuses.

"Summoned the envoy *to protest*", "deployed troops *to help* protect", "blocked roads *to demand*
reforms", "gave $2 million *to support* recovery", "dismissed calls *to step down*", "marched
*demanding that* Milosevic recognise ...", "vetoed a resolution *calling for* a ceasefire": the verb
in italics names the aim, the content or the demand of an act coded on another word, and is not
coded again. :class:`Purposes` answers that question for the coder; it needs the coder's frame
lookup, because what counts is whether the other word is itself coded.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from tidings.events.aims import AIM_VERBS
from tidings.events.govern import governor_of, is_document, is_purpose
from tidings.events.patterns import Frame, word_class
from tidings.events.targets import FORCE, VERBAL, VERBAL_CONFLICT
from tidings.nlp import syntax

# a demand or appeal as the purpose of another act restates that act's aim ("protested to demand")
ASKING = frozenset({"02", "10"})
# verbs of enabling: in a purpose clause of a coded act they say what the act is for, not a second
# act ("sent troops *to help* the army", "declared a truce *to allow* civilians to flee")
ENABLING = word_class("@enabling")
# verbs that open a crossing (access_granted)
OPENING = word_class("@opening")
# nouns for what one party asks or offers another: refusing them refuses the act they name
REQUESTS = word_class("@requests")
# acts of promising, agreeing, giving, yielding, threatening, withholding or restricting: their
# purpose clause says what they are for ("imposed a curfew *to quell* the riots")
# (roots, and the codes of roots that are not all aimed: mediation, 045)
AIMED = frozenset({"03", "05", "06", "07", "08", "13", "16", "17", "045"})
# acts that a participle clause after the main clause tells as acts of their own (see own_act):
# speech acts, sanctions, and restrictions, arrests and expulsions (not violent repression, 175)
OWN_ACTS = VERBAL | {"16", "172", "173", "174"}


class Purposes:
    """Tells whether a clause is an act of its own; ``frame`` is the coder's frame lookup."""

    def __init__(self, frame: Callable[[Token], Frame | None],
                 act_frame: Callable[[Token], Frame | None] | None = None):
        self.frame = frame
        self.act_frame = act_frame or frame  # a light verb's frame through its object

    def not_an_act(self, host: Token, code: str, first_code: str, kinds: list[str]) -> bool:
        """True when the clause of ``host`` (coded ``code``, from a frame coded ``first_code``,
        under the modality ``kinds``) says what another coded act is for, asks or refuses."""
        aim = host.head.pos_ == "VERB" and (
            is_purpose(host) or host.dep_ == "xcomp" and syntax.to_infinitive(host))
        head_frame = self.frame(host.head) if aim else None
        head_code = head_frame.code if head_frame is not None else None
        if aim and code[:2] in VERBAL_CONFLICT and head_code is not None and \
                head_code[:2] in VERBAL_CONFLICT and head_code != "=obj":
            return True  # "summoned the envoy to protest": the aim of the act coded on the head verb
        if host.lemma_.lower() in ENABLING and self.aim_of_coded_act(host):
            return True  # "deployed troops to help protect", "a truce to allow civilians to flee"
        if host.dep_ in {"xcomp", "ccomp"} and host.head.lemma_.lower() in ENABLING and \
                (self.aim_of_coded_act(host.head) or asked(host.head)):
            return True  # "delivered arms to the army *to help it crush* militants", "urged Iran *to
            # help halt* the offensive": the aim of the help, not an act
        if is_purpose(host) and host.head.pos_ == "VERB" and (
                code[:2] in ASKING or (first_code[:2] == "04" and (head_code or "100")[:2] == "04" and
                                       code != "045")
                or (head_code is not None and head_code[:2] in ASKING)):
            return True  # "blocked roads to demand reforms", "met to discuss trade", "demanded talks
            # to end the war": the aim, not an act (but "flew to Khartoum *to mediate* between the
            # junta and the opposition" tells a mediation, an act on two other parties)
        if is_purpose(host) and head_code == "=obj":
            act = self.act_frame(host.head)  # "approved *a loan* for Russia to support reforms"
            head_code = act.code if act is not None else head_code
        if is_purpose(host) and head_code is not None and _in(head_code, AIMED) and not (
                head_code[:2] == "03" and governor_of(host.head) is not None and
                syntax.object_of(host.head) is None):  # ("offered on Wednesday *to mediate*":
            # after a date, what is offered reads as a purpose; "pledged $3 billion *to support*"
            # says what the pledge is for)
            return True  # "will give $2 million to Haiti *to support* its recovery", "paused aid *to
            # pressure* Kyiv", "signed an agreement *to restore* ties", "gave the Serbs ten days *to
            # pull back*", "mediated between them *to halt* the fighting": what giving, agreeing,
            # threatening, withholding or mediating is for
        if is_purpose(host) and head_code is not None and head_code[:2] == code[:2] == "14":
            return True  # "staged a rally *to protest* the law", "began a hunger strike *to protest*
            # her treatment": the protest told by its aim, one act
        if (is_purpose(host) or aim) and head_code is not None and head_code == code and \
                (code[:2] in FORCE or code[:2] == "01"):
            return True  # "fired tear gas *to disperse* the crowd", "laid wreaths *to honour* the
            # victims": the same act, told by its aim
        if self.refused_content(host):
            return True  # "dismissed calls from the opposition *to step down*": not granted
        if code[:2] in ASKING and self.protest_aim(host):
            return True  # "marched *demanding that* Milosevic recognise ...": what the protest is for
        if any(k in {"appeal", "demand"} for k in kinds) and host.dep_ == "conj" and \
                host.head.pos_ == "VERB" and self.frame(host.head) is not None:
            return True  # "called on Lukashenko to step down *and hand* power": one call, coded once
        if is_document(host) and self.document_refused(host.head):
            return True  # "vetoed a resolution *calling for* a ceasefire": never took effect
        return host.dep_ == "conj" and host.head.pos_ == "VERB" and is_purpose(host.head) and \
            self.frame(host.head) is None and self.not_an_act(host.head, code, first_code, kinds)
        # ("sent troops to break the Taliban's momentum *and train* Afghan forces": a second aim)

    def own_act(self, host: Token, code: str) -> bool:
        """True when a participle clause after the main clause tells an act of its own, not the
        main act's consequence: speech acts, sanctions and repression ("..., *accusing* Washington",
        "..., *cutting off* aid", "..., *interning* thousands"), unless coordinated after a
        consequence ("opened fire, killing one *and arresting* 12") or a protest's demand."""
        if not _own_kind(code) or code == "012" or self.protest_aim(host, code):
            return False  # ("urged NATO to send air defences, *warning* that Russia was
            # stockpiling missiles": the warning argues for the appeal)
        if (code == "163" or code[:3] == "172") and host.head.pos_ == "VERB":
            act = self.act_frame(host.head)
            if act is not None and act.code == "163":
                return False  # "imposed sanctions on Zimbabwe, *freezing* the assets of Mugabe and
                # *banning* him from travel": how the sanctions bite, one act (but "*cutting off*
                # aid" withholds aid too, 162)
        if code[:2] == "11" and host.lemma_.lower() == "call" and host.head.pos_ == "VERB":
            act = self.act_frame(host.head)
            if act is not None and act.code[:2] in {"11", "12"}:
                return False  # "condemned the visit, *calling it* a violation", "rejected the package,
                # *calling it* unacceptable": the condemnation told again
        if code == "116" and host.lemma_.lower() == "rule":
            return False  # "dismissed the challenge, *ruling that* he had failed to prove rigging": the
            # court's grounds for the judgment told, not a second finding
        if code == "164" and host.head.pos_ == "VERB":
            act = self.act_frame(host.head)
            if act is not None and act.code[:2] in {"03", "05"}:
                return False  # "initialled a peace agreement, *ending* three weeks of talks": the
                # talks concluded in the deal, not broken off
        if code[:2] == "05" and host.head.pos_ == "VERB":
            act = self.act_frame(host.head)
            if act is not None and act.code[:2] in {"06", "07"}:
                return False  # "approved a loan for Argentina, *backing* Menem's reforms": what the
                # aid does, not a second act
        first = host
        while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
            first = first.head
        frame = self.frame(first) if first is not host else None
        return frame is None or _own_kind(frame.code)

    def protest_aim(self, verb: Token, code: str = "") -> bool:
        """True when ``verb`` is what a protest's demand asks for: "marched *demanding* that X
        *recognise* ...", "rallied *to demand* that X *resign*", or the demand itself ("marched,
        *demanding* his resignation")."""
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and code[:2] in ASKING:
            return self._protest(verb.head)
        asking = verb.head if verb.dep_ in {"ccomp", "xcomp"} else None
        if asking is None or asking.lemma_.lower() not in AIM_VERBS or \
                not (asking.tag_ == "VBG" and asking.dep_ in {"advcl", "xcomp"} or is_purpose(asking)):
            return False
        return self._protest(asking.head)

    def _protest(self, verb: Token) -> bool:
        frame = self.frame(verb) if verb.pos_ == "VERB" else None
        return frame is not None and frame.code[:2] == "14"

    def document_refused(self, document: Token) -> bool:
        """True when the verb that takes a text refuses it ("vetoed a resolution")."""
        verb = document.head
        if document.dep_ not in syntax.OBJECTS or verb.pos_ != "VERB":
            return False
        frame = self.frame(verb)
        return frame is not None and frame.code[:2] == "12"

    def refused_content(self, verb: Token) -> bool:
        """True when ``verb`` (or the first of its conjuncts) is what a refused request asks for,
        parsed as a purpose clause of the refusal: "dismissed calls *to step down* and *hand*
        power"."""
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head
        refusal = verb.head
        if not is_purpose(verb) or refusal.pos_ != "VERB":
            return False
        frame = self.frame(refusal)
        obj = syntax.object_of(refusal)
        return frame is not None and frame.code[:2] == "12" and obj is not None and \
            obj.lemma_.lower() in REQUESTS

    def access_granted(self, verb: Token) -> list[Token] | None:
        """Where an opening lets aid in: "reopened the crossing *to let aid trucks into Gaza*" — the
        places of its enabling clause when that clause lets in aid (0863), else None (also for what
        is no opening: "eased its blockade to allow food shipments" eases a blockade)."""
        if verb.lemma_.lower() not in OPENING:
            return None
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and syntax.to_infinitive(c)
                       and c.lemma_.lower() in ENABLING):
            frame = self.frame(clause)
            if frame is not None and frame.code == "0863":
                inner = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "ccomp"})]
                heads = inner + [o for o in [syntax.object_of(clause)] if o is not None]  # ("let *aid into*
                return [o for v in heads for _, o in syntax.prep_objects(v, {"into", "to", "in"})] + \
                    [o for v in inner[1:] if (o := syntax.object_of(v)) is not None]  # Gaza", "*to enter* Gaza")
        return None

    def aim_of_coded_act(self, verb: Token) -> bool:
        """True when ``verb`` is the purpose infinitive of an act with a pattern of its own: "sent
        troops *to help*", "declared a truce *to allow* ..." (the clause may hang off the object)."""
        if not syntax.to_infinitive(verb):
            return False
        if verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and syntax.object_of(verb.head) is not None
                                    and governor_of(verb.head) is None):
            act = verb.head  # "declared a truce to allow" parsed as a complement of "declared"
        elif verb.dep_ == "acl" and verb.head.dep_ in syntax.OBJECTS:
            act = verb.head.head
        else:
            return False
        return act.pos_ == "VERB" and self.frame(act) is not None


def asked(verb: Token) -> bool:
    """True when ``verb`` is what someone is urged, asked or told to do."""
    row = governor_of(verb.head) if verb.dep_ in {"xcomp", "ccomp"} else None
    return row is not None and row.kind in {"appeal", "demand", "order"}


def purposes_of(verb: Token) -> list[Token]:
    """Purpose infinitives of ``verb`` (the parser often hangs a request noun's clause there)."""
    return [c for c in verb.children if is_purpose(c)] if verb.pos_ == "VERB" else []


def _own_kind(code: str) -> bool:
    return _in(code, OWN_ACTS)


def _in(code: str, family: frozenset[str]) -> bool:
    """True when the code's root or three-digit code is in ``family``."""
    return code[:2] in family or code[:3] in family


import type { Mention, SentenceFeatures } from "./features";
import { SPEECH_VERB_CLASS } from "./vocabulary";

/**
 * Written forms of the verbs that attribute a quotation ("said", "tells", "asked", "reads"):
 * SPEECH_VERB_CLASS's verbs, and the few that attribute a quotation without a stance.
 */
const FORMS = new Set([
  ...[...Object.keys(SPEECH_VERB_CLASS), "ask", "read", "urge", "wonder"].flatMap((verb) => [
    verb,
    verb.endsWith("y") ? `${verb.slice(0, -1)}ies` : `${verb}s`,
    verb.endsWith("y") ? `${verb.slice(0, -1)}ied` : verb.endsWith("e") ? `${verb}d` : `${verb}ed`,
  ]),
  ..."said told wrote spoke admitted".split(" "),
]);

/** Whether a word (any case, no punctuation) is a form of a speech verb. */
export function isSpeechVerb(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}

/** Whether a text attributes a quotation of four words or more to someone ('"...," police said'). */
export function isAttributedQuotation(text: string): boolean {
  return /"(\S+\s+){3,}[^"]*"/.test(text) && text.split(/[^\p{L}]+/u).some(isSpeechVerb);
}

/** Characters between a verb of saying and the channel it was said in, at most ("said Thursday in a statement"). */
const VENUE_REACH = 30;
/** Words said, named by a noun, right before a channel: "made the remarks in", "his comments, made in". */
const REMARKS_BEFORE = /\b(?:made|delivered|gave|offered)\s+(?:the|his|her|their|its|those|these)\s+(?:remarks|comments)\s*,?\s*$|\b(?:remarks|comments)\s+(?:came|were\s+made)\s*$/i;
/** The same for a channel that opens the sentence ("In a memo to employees, chief executive Dana Fox said"). */
const OPENING_VENUE_REACH = 60;

/**
 * The sentence's venues that say how a claim was said: a named source ("according to Reuters"), a
 * post ("tweeted"), speaking to the press ("told reporters"), or a channel beside a verb of saying
 * ("said Thursday in a statement", "In a memo to staff, the chief executive said"), not "interested
 * only in the deleted emails" or "testify publicly in a hearing".
 */
export function saidVenues(f: Pick<SentenceFeatures, "venues" | "speechVerbs" | "text">): Mention[] {
  const verbs = f.speechVerbs;
  return f.venues.filter(
    (m) =>
      m.key.startsWith("source:") ||
      // "made the remarks in a televised address", "the comments came in an interview": a noun of saying before it.
      REMARKS_BEFORE.test(f.text.slice(Math.max(0, m.start - VENUE_REACH), m.start)) ||
      /^venue:(?:.*\+)?(?:tweet|post)$/.test(m.key) ||
      // "told reporters", "told a news conference": the verb of saying is the venue's own first word.
      /^(?:told|testified)\s/i.test(m.text) ||
      verbs.some((v) => (v.end <= m.start && m.start - v.end <= VENUE_REACH) || (v.start >= m.end && v.start - m.end <= (m.start === 0 ? OPENING_VENUE_REACH : VENUE_REACH))),
  );
}

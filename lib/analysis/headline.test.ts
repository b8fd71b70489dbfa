import { expect, test } from "vitest";
import { isQuestionSubhead, isTitleCase, looksLikeHeadline } from "./headline";

const LEAD = [28];

test.each([
  ["Riverton Mayor Resigns Over Grant Payments.", LEAD, true],
  ["Can Riverton Recover From Its Grant Scandal?", LEAD, true],
  ["Riverton mayor resigns after audit of city grants.", LEAD, true],
  ["Riverton mayor resigns after audit of city grants.", [12], true], // the same headline above a short lead (its own shape decides)
  ["Riverton mayor resigns after audit of city grants.", [18], true],
  ["Riverton mayor resigns after audit of city grants.", [8], false], // nothing below longer than itself
  ["Riverton mayor resigned Monday after audit of city grants.", LEAD, false], // a weekday: a lead says when
  ["Police arrested two men after a shooting in Riverton.", [14], false], // an article: prose
  ["Riverton Mayor Resigns Over Grant Payments.", [], false], // nothing below it
  ["The mayor of Riverton resigned on Monday.", LEAD, false], // an article: prose, not headline English
  ["She resigned on Monday after the audit.", LEAD, false], // opens on a pronoun
  ['Mayor tells council: "I did nothing wrong."', LEAD, false], // ends in a quotation
  ["Mayor resigns.", LEAD, false], // too short to tell
  ["Riverton mayor resigns after an audit found $2 million in city grants paid out without any council vote.", LEAD, false], // too long
  ["Well it's about time council members listened, Riverton.", LEAD, false], // a contraction and a final full stop: a spoken sentence, body text
  ["Honestly, we'd rather audits came sooner.", LEAD, false], // a contraction ("we'd"), a final full stop
  ["Riverton mayor's audit finds missing grants.", LEAD, true], // a possessive is no contraction
  ["Riverton mayor says he won't resign", LEAD, true], // a contraction without a final full stop: still a headline
  ["Nurses at Riverton General Hospital are on strike.", LEAD, false], // "are" and a final full stop: a short lead
  ["Nurses at Riverton General Hospital on strike", LEAD, true], // headline English drops the verb "be"
])("looksLikeHeadline(%j, %j) is %s", (text, following, expected) => {
  expect(looksLikeHeadline(text, following)).toBe(expected);
});

test.each([
  ["Riverton Mayor Resigns Over Grant Payments", true],
  ["Man Charged With Shooting in Riverton, Police Say", true],
  ["Riverton mayor resigns after audit of city grants", false],
  ["Real Madrid beat Barcelona 3-1 at the Bernabeu on Sunday.", false], // names, and a verb in lower case: a sentence
  ["Man Charged with Shooting Outside Riverton Bar", true],
  ["Mayor Resigns", false],
])("isTitleCase(%j) is %s", (text, expected) => {
  expect(isTitleCase(text)).toBe(expected);
});

test.each([
  ["What happens next?", true],
  ["Why did the audit take so long?", true],
  ['"Who approved these payments?" she asked.', false],
  ["\u201CWho approved these payments?\u201D", false],
  ["Who approved the grants, and why did nobody on the council ask about them before the audit?", false],
  ["The audit took five months.", false],
])("isQuestionSubhead(%j) is %s", (text, expected) => {
  expect(isQuestionSubhead(text)).toBe(expected);
});

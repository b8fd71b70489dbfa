import { linkAcronyms } from "./acronyms";
import { readCast } from "./cast";
import type { SentenceFeatures } from "./features";
import { linkPersons } from "./persons";
import { carryNames } from "./pronouns";

/**
 * What each sentence learns from its article and from the other articles of the comparison before
 * any two are compared (in place): the names its pronouns stand for (`pronouns`), an acronym's
 * expansion (`acronyms`), the person another outlet names where it says "the boy" (`persons`), the
 * person an outlet names where another says "the governor" (`cast`).
 * `analyze` and the link model's training read sentences the same way through this.
 */
export function readAcross(articles: ReadonlyArray<readonly SentenceFeatures[]>): void {
  for (const sentences of articles) carryNames(sentences);
  linkAcronyms(articles.flat());
  linkPersons(articles);
  readCast(articles);
}

import { expect, test } from "vitest";
import { extractFeatures } from "../features";
import { findingsOf, kindsOf } from "../../testing/rules";
import { titles, titlesAcrossArticles } from "./titles";

test.each([
  // One office in other words: won and not yet taken ("Mayor-elect" / "incoming mayor"), a formal title's
  // word the everyday one leaves out ("Associate Justice" / "Justice"); "Deputy" is another office.
  ["Tremont Mayor-elect Carla Diaz will take office in January.", "Incoming Tremont Mayor Carla Diaz will take office in January.", []],
  // "Health Secretary" / "Health Minister": often one office translated, sometimes two posts: low; not
  // another portfolio, nor with a rank before it, nor "State Secretary" / "State Minister" (two ranks in some governments).
  ["Health Minister Wes Streeting announced the measures on Thursday.", "Health Secretary Wes Streeting announced the measures on Thursday.", ["title/low"]],
  ["Foreign Secretary David Lammy met his counterpart in Paris.", "Foreign Minister David Lammy met his counterpart in Paris.", ["title/low"]],
  ["Deputy Health Minister Karin Smyth opened the hospital.", "Health Secretary Karin Smyth opened the hospital.", ["title/medium"]],
  ["Shadow Health Secretary Stuart Andrew criticised the plan.", "Health Minister Stuart Andrew criticised the plan.", ["title/medium"]],
  ["Health Minister Wes Streeting announced the measures on Thursday.", "Education Secretary Wes Streeting announced the measures on Thursday.", ["title/low"]],
  ["State Secretary Jan Vogel announced the measures on Thursday.", "State Minister Jan Vogel announced the measures on Thursday.", ["title/medium"]],
  ["Associate Justice Ann Ruiz wrote the dissent.", "Justice Ann Ruiz wrote the dissent.", []],
  ["Deputy Chief Ann Lee spoke to reporters.", "Chief Ann Lee spoke to reporters.", ["title/high"]],
  // "Top" is a newsroom's word for the chief of a force: "top commander" / "commander-in-chief", "top general" / "Chief of the General Staff".
  ["The army's commander-in-chief Ivan Petrenko said the situation was difficult.", "The army's top commander Ivan Petrenko said the situation was difficult.", []],
  ["The army's top general Ivan Petrenko visited the front.", "Chief of the General Staff Ivan Petrenko visited the front.", []],
  // (Not "chief" against "senior", nor a "top" or "senior" elsewhere in the sentence.)
  ["Chief Constable Sarah Crew said two men were arrested.", "Senior constable Sarah Crew said two men were arrested.", ["title/high"]],
  ["Chief Inspector Tom Hale said finding the girl was the top priority.", "Inspector Tom Hale said finding the girl was the top priority.", ["title/high"]],
  // An office told as one held before ("spent seven seasons as", "the former player and assistant coach") against today's: none.
  ["He also spent seven seasons as an assistant coach for the Hawks.", "In five seasons as an NBA head coach, Reyes posted a winning record.", []],
  ["The team hired Sam Cole, the popular former Hawks player and assistant coach, as its new coach.", "Sam Cole was introduced as the 21st head coach of the Hawks.", []],
  ["Deputy Police Chief Ann Lee said the gunman fled.", "Police Chief Ann Lee said the gunman fled.", ["title/high"]],
  // Two posts of one body for one person ("Senate Majority Whip" / "Senate Majority Leader"): medium, not two hats.
  ["Senate Majority Whip Rosa Pell said the vote would be held Monday.", "Senate Majority Leader Rosa Pell said the vote would be held Monday.", ["title/medium"]],
  // A modifier belongs to the title it stands in ("acting ambassador"), not "acting for the officer";
  // one office with another modifier is high only when both sides name who holds it.
  ["But the lawyer acting for the officer said the boy was hit by a ricochet.", "But the officer's lawyer said the boy was hit by a ricochet.", []],
  // The other side says the modifier in other words: no change of office.
  [
    "Lee was replaced on an interim basis by assistant general manager Ana Ruiz, a long-time member of the team's front office. Ruiz will coach the team on Saturday and is expected to remain coach for the season.",
    "Assistant general manager Ana Ruiz was named interim coach.",
    [],
  ],
  ["He spent seven seasons as an assistant coach for the club.", "In five seasons as head coach, Ruiz won two titles.", []],
  // One kind of office with another portfolio, for one person both sides name: high; a place before
  // the office, or the same office in initials, is none.
  ["Chief Financial Officer Tom Albrecht said the budget would be cut.", "Chief Operating Officer Tom Albrecht said the budget would be cut.", ["title/high"]],
  // After the name, in lower case, past the owner of the office, as before it.
  ["Chief Executive Tom Albrecht said the budget would be cut.", "Tom Albrecht, the bank's chief financial officer, said the budget would be cut.", ["title/high"]],
  ["Tom Albrecht, the chief operating officer, said the budget would be cut.", "Tom Albrecht, the chief financial officer, said the budget would be cut.", ["title/high"]],
  // A title with its holder set off by commas after it ("its chief operating officer, Tom Albrecht,"); not a name that opens a clause.
  // A newsroom's "leader" is its "chief" and a body's top office: "Union leader" / "Union chief" / "general secretary".
  ["Union leader Maria Okafor called it a fair deal.", "Union chief Maria Okafor called it a fair deal.", []],
  ["Union leader Maria Okafor called it a fair deal.", "The union's general secretary, Maria Okafor, called it a fair deal.", []],
  ["The bank said its chief operating officer, Tom Albrecht, would cut the budget.", "The bank said chief financial officer Tom Albrecht would cut the budget.", ["title/high"]],
  ["The bank named a new chief operating officer, Reuters reported.", "The bank named a new chief financial officer, Reuters reported.", []],
  ["Chief Executive Tom Albrecht said the budget would be cut.", "Tom Albrecht, the bank's chief executive, said the budget would be cut.", []],
  // Not an office told at another time, one of two a person holds, or an office of another organization.
  ["Chief Executive Tom Albrecht said the budget would be cut.", "Tom Albrecht, the bank's former chief financial officer, said the budget would be cut.", []],
  ["Interim Chief Executive Tom Albrecht said the budget would be cut.", "Tom Albrecht, the chief financial officer and interim chief executive, said the budget would be cut.", []],
  ["Norcorp Energy Chief Executive Tom Albrecht said the budget would be cut.", "Tom Albrecht, the chief financial officer of parent company Halden Group, said the budget would be cut.", []],
  // Seniority said of a vague role is how closely the outlet describes its sources, not an office.
  ["Senior officials said the plan would be announced Monday.", "Officials said the plan would be announced Monday.", []],
  ["Senior White House officials said the plan would be announced.", "White House officials said the plan would be announced.", []],
  ["Senior adviser Ann Lee said the plan would be announced.", "Adviser Ann Lee said the plan would be announced.", ["title/medium"]],
  // A newsroom's "chief" or "head" for a body's formal top office is one office; not for a lesser post.
  ["NATO Secretary General Mark Rutte called for more spending.", "NATO chief Mark Rutte called for more spending.", []],
  ["WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave.", "WHO head Tedros Adhanom Ghebreyesus warned of a new wave.", []],
  ["Police Commissioner Jessica Tisch said the officers acted properly.", "Police chief Jessica Tisch said the officers acted properly.", []],
  ["Fed Vice Chair Philip Jefferson said rates would stay.", "Fed chief Philip Jefferson said rates would stay.", ["title/medium"]],
  ["Police chief John Smith said the suspect fled.", "Deputy Police Commissioner John Smith said the suspect fled.", ["title/medium"]],
  ["Acting police chief John Smith spoke.", "Acting Police Commissioner John Smith spoke.", []],
  ["Acting police chief John Smith spoke.", "Police Commissioner John Smith spoke.", ["title/low"]],
  // Not the head of a portfolio the other's office lacks, nor a party's leader against a head of government.
  ["Amazon security head John Smith spoke.", "Amazon CEO John Smith spoke.", ["title/low"]],
  // Two elected seats of one named person: one is wrong (high); a seat held before ("former") is a
  // career; two names of one seat ("Representative" / "Congressman") are one.
  ["Rep. Jane Doe said the bill would pass.", "Sen. Jane Doe said the bill would pass.", ["title/high"]],
  ["Gov. Mark Hill signed the order.", "Sen. Mark Hill signed the order.", ["title/high"]],
  ["Former Gov. Nikki Haley spoke on Monday.", "Sen. Nikki Haley spoke on Monday.", []],
  ["Nikki Haley, the former co-chairwoman, spoke on Monday.", "Nikki Haley, the former ambassador, spoke on Monday.", []],
  ["Representative Adam Schiff said it was wrong.", "Congressman Adam Schiff said it was wrong.", []],
  // One named person's office before the name on one side and after it on the other, with a modifier on one.
  ["President John Ortiz said the company would grow.", "John Ortiz, the vice president, said the company would grow.", ["title/high"]],
  ["Police Chief Ann Lee said the gunman fled.", "Ann Lee, the deputy police chief, said the gunman fled.", ["title/high"]],
  ["President Trump said the deal was done.", "Vice President Pence and President Trump said the deal was done.", []],
  // A prime minister and a foreign minister are two portfolios of one kind of office.
  ["Foreign Minister Ana Ruiz arrived in Doha.", "Prime Minister Ana Ruiz arrived in Doha.", ["title/high"]],
  // A shadow minister is the opposition's, not the office's holder.
  ["Housing Secretary Steve Reed said the plan would work.", "Shadow Housing Secretary Steve Reed said the plan would work.", ["title/high"]],
  // "Lieutenant" before another office is part of its name: "Lt. Gov." is not the governor.
  ["Lt. Gov. Mark Hill signed the order on Monday.", "Gov. Mark Hill signed the order on Monday.", ["title/high"]],
  ["Lieutenant Governor Mark Hill signed the order.", "Governor Mark Hill signed the order.", ["title/high"]],
  ["Lt. Col. Ann Berg led the unit.", "Col. Ann Berg led the unit.", ["title/high"]],
  ["Lt. Gov. Mark Hill signed the order.", "Lt. Gov. Mark Hill signed it, his office said.", []],
  // So is "Chief" before another office: a Chief Inspector outranks an Inspector.
  ["Detective Inspector Paul Reid said the attack was unprovoked.", "Detective Chief Inspector Paul Reid said the attack was unprovoked.", ["title/high"]],
  ["Chief Superintendent Helen Ward said the force would review its procedures.", "Superintendent Helen Ward said the force would review its procedures.", ["title/high"]],
  ["Chief Inspector Paul Reid said the attack was unprovoked.", "Chief Inspector Paul Reid told reporters the attack was unprovoked.", []],
  // ... and a Chief Judge or Chief Justice presides over the court's other judges.
  ["Chief Judge Roberta Sims of the appeals court wrote the majority opinion.", "Judge Roberta Sims of the appeals court wrote the majority opinion.", ["title/high"]],
  ["Chief Justice Ann Roe wrote the majority opinion.", "Justice Ann Roe wrote the majority opinion.", ["title/high"]],
  ["Police Chief Lena Ortiz said the blaze was contained.", "Chief Lena Ortiz said the blaze was contained.", []],
  // Only of a police rank, and not a body's chief: "Navy Chief Admiral", "ICC Chief Prosecutor", "Chief Economist".
  ["Navy Chief Admiral Tony Radakin said the ships were ready.", "Admiral Tony Radakin said the ships were ready.", []],
  ["ICC Chief Prosecutor Karim Khan said the warrants had been issued.", "ICC Prosecutor Karim Khan said the warrants had been issued.", []],
  ["Chief Economist Jan Hatzius said a recession was unlikely.", "Economist Jan Hatzius said a recession was unlikely.", []],
  // (A chief who is an inspector: "chief" in lower case is no part of the rank.)
  ["Local police chief Inspector Ray Cole said the road would reopen.", "Inspector Ray Cole said the road would reopen.", []],
  ["HM Chief Inspector of Constabulary Andy Cooke said forces were failing.", "The inspector of constabulary, Andy Cooke, said forces were failing.", []],
  // A chief of one service or another; two ranks of one named person.
  ["Fire Chief Lena Ortiz said the blaze was contained.", "Police Chief Lena Ortiz said the blaze was contained.", ["title/high"]],
  ["General Omar Haddad said 300 troops were sent.", "Colonel Omar Haddad said 300 troops were sent.", ["title/high"]],
  ["General Omar Haddad said 300 troops were sent.", "Colonel Lina Haddad said 300 troops were sent.", ["title/low"]],
  // "Chief Executive" alone is the chief executive officer: against another chief officer, another portfolio.
  ["Chief Financial Officer Tom Albrecht said the budget would be cut.", "Chief Executive Tom Albrecht said the budget would be cut.", ["title/high"]],
  ["Chief Executive Tom Albrecht said the budget would be cut.", "CEO Tom Albrecht said the budget would be cut.", []],
  ["Defense Secretary Jane Roe met the ambassador on Friday.", "Secretary of State Jane Roe met the ambassador on Friday.", ["title/high"]],
  ["Senate Majority Leader Ana Ruiz said the bill would pass.", "Senate Minority Leader Ana Ruiz said the bill would pass.", ["title/high"]],
  ["Attorney General Tom Hale filed the lawsuit on Monday.", "Solicitor General Tom Hale filed the lawsuit on Monday.", ["title/high"]],
  ["Senate Majority Leader Ana Ruiz said the bill would pass.", "Senate Democratic Leader Ana Ruiz said the bill would pass.", []],
  ["Finance Minister Ana Ruiz resigned on Friday.", "Foreign Minister Ana Ruiz resigned on Friday.", ["title/high"]],
  ["CEO Priya Natarajan said the budget would be cut.", "CFO Priya Natarajan said the budget would be cut.", ["title/high"]],
  ["Chief Executive Priya Natarajan said the budget would be cut.", "CEO Priya Natarajan said the budget would be cut.", []],
  ["Chief Financial Officer Tom Albrecht said the budget would be cut.", "CFO Tom Albrecht said the budget would be cut.", []],
  ["Texas Attorney General Ken Paxton sued the company.", "Attorney General Ken Paxton sued the company.", []],
  ["Chinese Foreign Minister Wang Yi met Blinken.", "Foreign Minister Wang Yi met Blinken.", []],
  ["Finance Minister Ana Ruiz met Foreign Minister Tom Hale.", "Foreign Minister Tom Hale met Finance Minister Ana Ruiz.", []],
  // A changed modifier of one office both sides name: high.
  ["The ambassador Kim arrived in Seoul.", "The ambassador-designate Kim arrived in Seoul.", ["title/high"]],
  ["Jones, the secretary, resigned on Friday.", "Jones, the assistant secretary, resigned on Friday.", ["title/high"]],
  ["Ambassador Dmytro Kuleba spoke.", "Ambassador-designate Dmytro Kuleba spoke.", ["title/high"]],
  ["Deputy Police Chief Clark Kimerer said the drill went well.", "Police Chief Clark Kimerer said the drill went well.", ["title/high"]],
  ["The ambassador Kim arrived in Seoul.", "The acting ambassador Kim arrived in Seoul.", ["title/high"]],
  // Seniority alone: medium. Two roles no side says whose (a vague one or not) may be two people's: none.
  ["Adviser David Axelrod spoke on Friday.", "Senior adviser David Axelrod spoke on Friday.", ["title/medium"]],
  ["The ambassador arrived in Seoul on Friday.", "The official arrived in Seoul on Friday.", []],
  ["Assistant general manager Tony Dale was named interim coach.", "Tony Dale, the team's assistant general manager and senior vice president, will coach the team.", []],
  // Two role words for one person both sides name are two hats: low. A title told at the time ("then",
  // "former": the events' time or today's), or a candidacy beside an office, is none.
  ["Todd Akin, the Republican Senate candidate in Missouri, spoke.", "Todd Akin, the Republican congressman, spoke.", []],
  ["Todd Akin, the Republican Senate nominee in Missouri, spoke.", "Todd Akin, the Republican congressman, spoke.", []],
  // "Rep." is "congressman": one side gives the other's office and a second one, no difference.
  ["Rep. Todd Akin, the Republican Senate candidate in Missouri, spoke.", "Rep. Todd Akin, the Republican congressman, spoke.", []],
  // Abbreviated ranks are ranks: two of one named person are high; a rank and its abbreviation are one.
  ["Col. Ann Ruiz led the unit.", "Maj. Ann Ruiz led the unit.", ["title/high"]],
  ["Sgt. Ann Ruiz led the unit.", "Sergeant Ann Ruiz led the unit.", []],
  // An office after the name, over the words before its role word ("Helen Marsh, the county health officer"), is that person's.
  ["Stay indoors, said Dr. Helen Marsh, the county health officer.", "Stay indoors, said Dr. Helen Marsh, the state health director.", ["title/low"]],
  ["Tony Dale was named interim coach.", "Tony Dale will coach the team for the rest of the season.", []],
  ["He was sued by his former aide, Ann Lee, in 2014.", "He settled a lawsuit his former communications director, Ann Lee, filed in 2014.", []],
  ["President Bill Clinton vetoed both measures.", "Former President Bill Clinton vetoed both measures.", []],
  ["The lawsuit names Enron chairman Kenneth Lay.", "The lawsuit names former Enron chairman Kenneth Lay.", []],
  ["FBI Director James Comey testified.", "Former FBI director James Comey testified.", []],
  ["Flynn misled the team, including Vice President Mike Pence.", "Flynn misled the team, including then Vice President-elect Mike Pence.", []],
  ["She said Moore, a district attorney, approached her in 1979.", "She said Moore, then an assistant district attorney, approached her in 1979.", []],
  ["Mary is a daughter of ex-Vice President Dick Cheney.", "Mary is a daughter of former Vice President Dick Cheney.", []],
  // "late", "former" and "acting" are title words only before a title; a role word moved within the title is no change.
  ["Shares rose 4 cents in Monday trading.", "Shares rose 4 cents in late morning trading.", []],
  ["He was charged with dealing arms without a licence.", "He was charged with acting as an arms broker without a licence.", []],
  ["Farmers say the packs hunt wildlife.", "Former farmers say the packs hunt wildlife.", []],
  ["Seattle Deputy Police Chief Clark Kimerer said the drill went well.", "Police Deputy Chief Clark Kimerer said the drill went well.", []],
  // A title where the other side gives none, gives another office, or names another person.
  ["The lawsuit names Lay and Skilling among others.", "The lawsuit names former Enron Chairman Kenneth Lay and Skilling among others.", []],
  ["Defense Secretary Jim Mattis visited the troops.", "Jim Mattis, a retired general, visited the troops.", []],
  ["President Trump and Pence met the governors.", "President Trump and Vice President Pence met the governors.", []],
  ["The packages were addressed to former President Barack Obama, former President Bill Clinton and Maxine Waters.", "The packages were addressed to former President Barack Obama, former Vice President Joseph Biden and Maxine Waters.", []],
  // Gendered and plural forms of one role are one title; "the Justice Department" is a body; a holder may precede the title.
  ["\"We have not seen evidence,\" IBM spokesperson Trink Guarino said.", "\"We have not seen evidence,\" IBM spokeswoman Trink Guarino said.", []],
  ["Kaiser and Lee, the vice-presidents for marketing, were dismissed.", "Kaiser and Lee, the vice-president for marketing, were dismissed.", []],
  ["Jones, the vice-chair of the board, resigned.", "Jones, the vice-chairman of the board, resigned.", []],
  ["The charges were announced by U.S. Attorney Adam Braverman.", "The charges were announced by the Justice Department.", []],
  ["Officials said Michael J. Morell, then the deputy director of the CIA, wanted the line removed.", "The e-mails showed a dispute between David H. Petraeus, then the director of the CIA, and Morell over the line.", []],
  // "Interim" and "acting" are one office held for the time being.
  ["Interim police director Ana Ruiz fired the chief on Monday.", "Acting police director Ana Ruiz fired the chief on Monday.", []],
  ["Interim police director Ana Ruiz fired the chief on Monday.", "Deputy police director Ana Ruiz fired the chief on Monday.", ["title/high"]],
  // "Top" and "senior" are one rank worded two ways, whether the other outlet quotes its word or not; "junior" is another.
  ["A top Trump campaign official dispatched Stone to get the emails.", "The indictment alleges he spoke “to senior Trump campaign officials” about the emails.", []],
  ["A top Trump campaign official dispatched Stone to get the emails.", "The indictment alleges he spoke to senior Trump campaign officials about the emails.", []],
  ["Senior Senator Ana Ruiz voted no on Friday.", "Junior Senator Ana Ruiz voted no on Friday.", ["title/medium"]],
  // A seat and a post held in it are two hats of one person; a representative is a congressman; one
  // person holds one seat at a time, so two seats of one named person are a conflict.
  ["Senator Ana Ruiz of Ohio, the majority leader, voted no.", "Senate Majority Leader Ana Ruiz voted no.", []],
  ["Representative Ana Ruiz voted no on Friday.", "House Speaker Ana Ruiz voted no on Friday.", []],
  ["Representative Ana Ruiz voted no on Friday.", "Congresswoman Ana Ruiz voted no on Friday.", []],
  ["Representative Ana Ruiz voted no on Friday.", "Senator Ana Ruiz voted no on Friday.", ["title/high"]],
  // A role word used as a verb holds no office.
  ["The bureau's director said the vote was unfair.", "Critics said the bureau's members often judge people unfairly.", []],
  ["The bureau's director said the vote was unfair.", "Palin said activists \"judge people by the color of their skin\".", []],
])("within a claim: %s / %s", (a, b, expected) => {
  expect(kindsOf(titles, a, b)).toEqual(expected);
});

/** Two one-sentence articles compared as whole articles. */
const acrossArticles = (a: string, b: string) =>
  titlesAcrossArticles([a, b].map((text, k) => ({ label: k === 0 ? "A" : "B", sentences: [{ text, index: 0 }], features: [extractFeatures(text)] }))).map(
    (d) => `${d.type}/${d.severity}`,
  );

test.each([
  // One office with a different modifier: high; seniority alone: medium.
  ["Acting President Ana Ruiz waited.", "President Ana Ruiz waited.", ["title/high"]],
  ["Acting President Ana Ruiz waited.", "Interim President Ana Ruiz waited.", []],
  ["Vice President Mike Pence spoke on Friday.", "Vice President-elect Mike Pence spoke on Friday.", ["title/high"]],
  ["Adviser David Axelrod spoke on Friday.", "David Axelrod, the president's senior adviser, spoke on Friday.", ["title/medium"]],
  ["Senior adviser David Axelrod spoke on Friday.", "David Axelrod, the president's top political adviser, spoke on Friday.", []],
  // One office at two times, or an office held before beside another: none; "the late Justice" held the office.
  ["The nominee of Former President Barack Obama waited.", "The nominee of President Barack Obama waited.", []],
  ["Defense Secretary James Mattis spoke on Friday.", "James Mattis, a retired four-star Marine general, spoke on Friday.", []],
  ["He lied to Vice President Mike Pence about it.", "He misled the team, including then Vice President-elect Mike Pence, about it.", []],
  ["He met FBI official Richard Hale.", "He met Richard Hale, a former senior official at the FBI.", []],
  ["Mr. Steele, a former lieutenant governor of Maryland, spoke.", "RNC Chairman Michael Steele spoke.", []],
  ["Ex-Vice President Dick Cheney spoke.", "Former Vice President Dick Cheney spoke.", []],
  // Two present offices of one person: worth a look, low; a candidacy beside an office is two hats, and a
  // generic role beside an office says less: none.
  ["Attorney General Ana Ruiz spoke on Friday.", "Ana Ruiz, the Senate candidate, spoke on Friday.", []],
  ["Attorney General Ana Ruiz spoke on Friday.", "Ana Ruiz, the party chairman, spoke on Friday.", ["title/low"]],
  ["Ana Ruiz, the outgoing chairman of the council, spoke on Friday.", "Adviser Ana Ruiz spoke on Friday.", []],
  ["The seat of late Justice Antonin Scalia stayed empty.", "The seat of Justice Antonin Scalia stayed empty.", []],
  // A bare generic role against the full title says less, not another office: low.
  ["Peter Guest, Assistant Chief Fire Officer at the county service, says it is a loss.", "Fire officer Peter Guest described the building as a loss.", ["title/low"]],
  ["Peter Guest, Assistant Chief Fire Officer at the county service, says it is a loss.", "Officer Peter Guest described the building as a loss.", ["title/low"]],
  // A seat and a post held in it are two hats; two seats are two offices.
  ["Senator Ana Ruiz of Ohio, the Democratic leader, spoke on Friday.", "Senate Minority Leader Ana Ruiz spoke on Friday.", []],
  ["Representative Ana Ruiz spoke on Friday.", "House Speaker Ana Ruiz spoke on Friday.", []],
  ["Representative Ana Ruiz spoke on Friday.", "Senator Ana Ruiz spoke on Friday.", ["title/low"]],
  // One office written two ways: an abbreviation with or without dots, "Representative" / "Congressman".
  ["James Comey, the former F.B.I. director, testified.", "Former FBI Director James Comey testified.", []],
  ["Representative Ana Ruiz spoke on Friday.", "Congresswoman Ana Ruiz spoke on Friday.", []],
  // A second hat beside the same office is an addition, not another title.
  ["Deputy director Ann Cole will run the agency.", "Ann Cole, the agency's deputy director and senior vice president, will run it.", []],
])("across articles: %s / %s", (a, b, expected) => {
  expect(acrossArticles(a, b)).toEqual(expected);
});

test("two offices of two people each side names are no title difference; one person's office told two ways still is", () => {
  expect(kindsOf(titles, "Interim Senator William Cowan took the oath on Friday.", "Secretary of State John Kerry took the oath on Friday.")).toEqual([]);
  expect(kindsOf(titles, "Interim Senator William Cowan took the oath on Friday.", "Secretary William Cowan took the oath on Friday.")).toEqual(["title/low"]);
});

test("across articles: a second office an article gives the person elsewhere, beside the one the other gives, is a second hat", () => {
  const article = (...sentences: string[]) => ({ sentences: sentences.map((text, index) => ({ text, index })), features: sentences.map((t) => extractFeatures(t)) });
  const compare = (a: string[], b: string[]) => titlesAcrossArticles([{ label: "A", ...article(...a) }, { label: "B", ...article(...b) }]).map((d) => `${d.type}/${d.severity}`);
  const told = ["Defense Secretary Jim Mattis resigned on Thursday.", "Jim Mattis, the defense minister, served for four decades."];
  expect(compare(told, ["Defense Secretary James Mattis resigned on Thursday."])).toEqual([]);
  // Without the office the other gives, two present offices are still worth a look.
  expect(compare(["Jim Mattis, the defense minister, served for four decades."], ["Defense Secretary James Mattis resigned on Thursday."])).toEqual(["title/low"]);
});

test("a hyphenated office is shown once", () => {
  const [f] = findingsOf(titles, "WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave.", "WHO spokesman Tedros Adhanom Ghebreyesus warned of a new wave.");
  expect(f?.explanation).toBe("A has the title “Director-General”; B has “spokesman”.");
});

test("in a list of people, a modifier added to one person's title reports that person's title only", () => {
  const [found] = findingsOf(titles, "The gunman killed Judge Ann Lee, court reporter Tom Ray and Deputy Chief Bo Hill.", "The gunman killed Chief Bo Hill.");
  expect(found?.explanation).toBe("A adds “Deputy” to the title; B does not.");
  expect(found?.spans.map((s) => s.side)).toEqual([0]);
});

test("an owner's office before a rank in short is that office, not a modifier of the rank ('Sheriff's Deputy Sgt.')", () => {
  expect(kindsOf(titles, "He killed Judge Ann Lee and Sheriff's Deputy Sgt. Bo Hill.", "He killed Sgt. Bo Hill.")).toEqual([]);
  // (A deputy of an office in full is one: "the agency's deputy director".)
  expect(kindsOf(titles, "The agency's deputy director Jane Roe resigned.", "The agency's director Jane Roe resigned.")).toEqual(["title/high"]);
});

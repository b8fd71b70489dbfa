import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { dates } from "./dates";

test.each([
  // Two dates of one kind that differ conflict.
  ["The vote was held on Monday.", "The vote was held on Tuesday.", ["date/medium"]],
  // A day told from the other's ("a day before", "the next day") is that day: "on Monday ... a quake a day before" holds Sunday.
  ["Ten people were killed when an earthquake hit the island Sunday, officials said.", "An aftershock hit the island on Monday as the toll from the earthquake a day before rose to ten.", []],
  ["The ferry sank on Tuesday and divers found the hull the next day.", "Divers found the hull on Wednesday.", []],
  ["Voters in the district cast ballots on Tuesday, and the count was finished a day later.", "The count in the district was finished on Wednesday.", []],
  ["Voters in the district cast ballots on Tuesday, and the count was finished a day later.", "The count in the district was finished on Thursday.", ["date/medium"]],
  // ("A day before the quake" dates the quake after the sentence's day, not before: no shift is read from it.)
  ["An aftershock hit the island on Monday, a day before the earthquake that killed ten people.", "Ten people were killed when an earthquake hit the island Sunday, officials said.", ["date/medium"]],
  ["Ten people were killed when an earthquake hit the island Saturday, officials said.", "An aftershock hit the island on Monday as the toll from the earthquake a day before rose to ten.", ["date/medium"]],
  ["Florence died on Sept. 25 of a heart attack.", "Florence died on Sept. 24 of a heart attack.", ["date/medium"]],
  ["The trial will begin on March 4 in Denver.", "The trial will begin on March 14 in Denver.", ["date/medium"]],
  // A day and a year are two numbers: the same year does not make two days one ("5 March 2026" / "3 March 2026").
  ["The plant closed on 5 March 2026.", "The plant closed on 3 March 2026.", ["date/medium"]],
  ["He was convicted on Jan. 12, 2026.", "He was convicted on Jan. 14, 2026.", ["date/medium"]],
  ["The plant closed on 12 January 2026.", "The plant closed on 12 January 2025.", ["date/medium"]],
  ["The plant closed on March 5, 2026.", "The plant closed on March 5.", []],
  // A preposition is no date in common ("in March" / "in 1998"), and a day after "until" is the date's.
  ["The mill, opened in 1987, shut down in March.", "The mill, opened in 1987, shut down in May.", ["date/medium"]],
  ["The regulator will delay its ruling until March 14, 2027.", "The regulator will delay its ruling until March 24, 2027.", ["date/medium"]],
  ["The regulator will delay its ruling until March 14, 2027.", "The regulator will delay its ruling until March 14.", []],
  ["The discount runs until June 30.", "The discount runs until July 30.", ["date/medium"]],
  // A month bounded by "from" or "through", or told "mid-" something, is a date too.
  ["The cartel will cut output by 2 million barrels a day from November.", "The cartel will cut output by 2 million barrels a day from December.", ["date/medium"]],
  ["The museum will be closed through February for renovations.", "The museum will be closed until March for renovations.", []],
  ["Saka is expected to return in early December.", "Saka is expected to return in mid-January.", ["date/medium"]],
  // A month with its year holds that year; a list of years is one date; a level "not seen since" a day is a record's baseline.
  ["The comedian hosted the awards in 2001 and 2005 (co-hosting them in 2003).", "The comedian hosted the awards in November 2001.", []],
  ["The comedian hosted the awards in 2001 and 2005.", "The comedian hosted the awards in 2005, weeks after the storm.", []],
  ["Copper traded at $4.12 a pound, a level not seen since February 10.", "Copper traded at $4.05 a pound, a level not seen since February 25.", []],
  // A deadline holds any part of its period before it.
  ["The deal is expected to close in the second half of 2026.", "The deal is expected to close by the end of 2026.", []],
  ["The deal is expected to close by the end of 2026.", "The deal is expected to close by the end of 2027.", ["date/medium"]],
  // "Approved" and "passed" may be two votes (a committee's and the floor's): no date conflict read from them alone.
  ["The House Judiciary Committee approved the bill on Tuesday.", "The House passed the bill on Thursday.", []],
  // Each side tells the other's dated act undated beside its own: two acts' dates.
  ["He was charged on 5 March 2026.", "He was arrested on 3 March 2026 and charged two days later.", []],
  ["The summit runs 3-5 March 2026.", "The summit opens on 3 March 2026.", []],
  ["The plant closed in March 2026.", "The plant closed on March 5, 2026.", []],
  // A verb with its particle is the one verb news uses for it: "stepped down" is "resigned", "called off" is "cancelled".
  ["Transport Secretary Lena Holm resigned on Monday after weeks of criticism over rail delays.", "Lena Holm stepped down as transport secretary on Tuesday, her office said.", ["date/medium"]],
  ["The league called off the final on Saturday because of the storm.", "The league cancelled the final on Sunday because of the storm.", ["date/medium"]],
  ["Lena Holm stepped up her campaign on Monday, visiting three towns.", "Lena Holm resigned on Tuesday after a vote of no confidence.", []],
  // A date of the thing ("the June 14 concert", "Saturday's match") against the day something was done to it: two days.
  ["The band's June 14 concert in Leeds was called off because of the singer's illness.", "The band's Leeds concert was cancelled on June 10 because of the singer's illness.", []],
  ["Saturday's match against Rovers was called off because of a frozen pitch.", "The match against Rovers was cancelled on Thursday because of a frozen pitch.", []],
  ["The match against Rovers was called off on Saturday because of a frozen pitch.", "The match against Rovers was cancelled on Thursday because of a frozen pitch.", ["date/medium"]],
  // Unless the thing dated is the act the other side tells: "his May 30 sentencing" / "is expected to be sentenced".
  ["On May 3, Okoro is expected to be sentenced to life in prison.", "Okoro faces life in prison at his May 30 sentencing.", ["date/medium"]],
  // Times in two zones both known are compared in UTC; a time on the 24-hour clock with its zone is a time.
  ["The next attempt is set for 2:14 p.m. EDT on Thursday.", "The next attempt is set for 18:14 UTC on Thursday.", []],
  ["The next attempt is set for 2:14 p.m. EDT on Thursday.", "The next attempt is set for 19:14 UTC on Thursday.", ["date/medium"]],
  // One moment told in two zones across midnight has two weekdays; a wire's four-digit time is a time.
  ["The launch took place at 9:30 p.m. EDT on Tuesday, NASA said.", "The launch took place at 0130 GMT on Wednesday, NASA said.", []],
  // One clock time told in a zone and the other bare, whole hours apart: local time and the wire's zone, one moment; minutes apart or both bare, two times.
  ["The plane took off from the Texas airport at 10:42 a.m.", "The plane took off from the Texas airport at 11:42 a.m. EDT.", []],
  ["The plane took off at 10:42 a.m.", "The plane took off at 10:12 a.m. EDT.", ["date/medium"]],
  ["The plane took off at 10:42 a.m.", "The plane took off at 11:42 a.m.", ["date/medium"]],
  ["The plane took off at 10:42 a.m.", "The plane took off at 10:42 p.m. EDT.", ["date/medium"]],
  ["At 8 p.m. Friday, the storm had winds near 50 mph.", "At 5 p.m. EDT, the storm had winds near 50 mph.", ["date/medium"]],
  ["The launch was at 10:30 a.m.", "The launch was at 11:30 a.m. PT.", ["date/medium"]],
  ["The launch was at 10:30 a.m.", "The launch was at 2:30 p.m. EDT.", ["date/medium"]],
  ["The launch is set for 14:00 local time.", "The launch is set for 12:00 GMT.", []],
  ["The launch took place at 9:30 p.m. EDT on Tuesday, NASA said.", "The launch took place at 0130 GMT on Thursday, NASA said.", ["date/medium"]],
  ["The launch took place at 9:30 p.m. EDT on Tuesday, NASA said.", "The launch took place at 0230 GMT on Wednesday, NASA said.", ["date/medium"]],
  // A passive the tagger reads as an adjective ("to be certified") is its verb's: one event, two dates.
  ["The board will certify the results on Nov. 18.", "The results are expected to be certified on Nov. 21.", ["date/medium"]],
  // Each date beside a verb the other sentence has undated: two events' dates ("charged on Tuesday" / "shot on Saturday").
  ["A police officer was charged with manslaughter on Tuesday in the shooting of a man during a traffic stop, prosecutors said.", "A police officer was charged with manslaughter in the death of a man he shot during a traffic stop on Saturday, prosecutors said.", []],
  ["A police officer was charged with manslaughter on Tuesday, prosecutors said.", "A police officer was charged with manslaughter on Saturday, prosecutors said.", ["date/medium"]],
  // A record's baseline ("the biggest drop since August 1993") is no date of the event.
  ["Energy prices dropped by 8.6 percent, the biggest decline since July 1986.", "Energy prices fell 0.9 per cent, the biggest drop since August 1993.", []],
  // A clock time that stamps a market reading is when it was read, not when a thing happened.
  ["Acme shares were up 0.3 percent at 654 pence by 1018 GMT.", "Acme shares were unchanged at 652 pence by 0835 GMT.", []],
  ["The next attempt is set for 2:14 p.m. EDT on Thursday.", "The next attempt is set for 2:14 p.m. UTC on Thursday.", ["date/medium"]],
  ["Talks began at 3 p.m. Moscow time.", "Talks began at 8 a.m. EDT.", []],
  // "4.17am" is a clock time, British style.
  ["The quake struck at 4.17am on Monday.", "The quake struck at 4:17 a.m. on Monday.", []],
  ["The quake struck at 4.17am on Monday.", "The quake struck at 5.17am on Monday.", ["date/medium"]],
  // A time zone in brackets is a time zone.
  ["The auction was extended until 8am (AEST) today.", "The auction was extended until 6 p.m. EDT.", []],
  // Noon and midnight are clock times; a part of a month is a date.
  ["The levee was breached at noon on Thursday.", "The levee was breached at 3 p.m. on Thursday.", ["date/medium"]],
  ["The levee was breached at noon on Thursday.", "The levee was breached at 12 p.m. on Thursday.", []],
  ["The curfew takes effect at midnight on Friday.", "The curfew takes effect at 10 p.m. on Friday.", ["date/medium"]],
  ["The curfew takes effect at midnight on Friday.", "The curfew takes effect at 11:58 p.m. on Friday.", []],
  ["The repairs will be finished by the end of March.", "The repairs will be finished by the end of June.", ["date/medium"]],
  ["The repairs will be finished by the end of March.", "The repairs will be finished by March.", []],
  // The start of a thing on one side and its end on the other are two moments with two dates.
  ["The lockout will end at 6 a.m. on Friday.", "The lockout began at 6 a.m. on Tuesday.", []],
  ["The lockout began on Tuesday.", "The lockout began on Wednesday.", ["date/medium"]],
  // Clock times compare as times of day: within minutes (or roughly told, within half an hour) they agree;
  // an hour apart, or morning against evening, they conflict; in two time zones they may be one time.
  ["The dam failed at 5:12 a.m. on Sunday.", "The dam failed at 6:12 a.m. Sunday.", ["date/medium"]],
  ["The dam failed at 5:12 a.m. on Sunday.", "The dam failed at 5:12 p.m. Sunday.", ["date/medium"]],
  ["The dam failed at 5:12 a.m. on Sunday.", "The dam failed shortly before 5:30 a.m. Sunday.", []],
  ["The dam failed at 5:12 a.m. on Sunday.", "The dam failed at 5:14 a.m. Sunday.", []],
  ["The vote closes at 9 p.m. EDT on Sunday.", "The vote closes at 6 p.m. Pacific time on Sunday.", []],
  // The end of one day and the start of the next are one night told from either side of midnight.
  ["Burglars broke into Hartley Jewelers in Orland overnight Saturday and took $40,000 in rings, police said.", "Thieves broke into Hartley Jewelers in Orland early Sunday and took $40,000 in rings, according to police.", []],
  ["Two men were stabbed at a bar on Second Street late Friday night, police said.", "Two men were stabbed at a bar on Second Street early Saturday, police said.", []],
  ["Two men were stabbed at a bar on Second Street late Friday night, police said.", "Two men were stabbed at a bar on Second Street late Saturday night, police said.", ["date/medium"]],
  // ... "in the early hours of", "before dawn on", or a minute after midnight ("12:01 a.m.").
  ["The shelling of the port began on Saturday night, the ministry said.", "The shelling of the port began in the early hours of Sunday, the ministry said.", []],
  ["The drone strike hit the depot on Tuesday night.", "The drone strike hit the depot before dawn on Wednesday.", []],
  ["The truce took effect at midnight on Tuesday.", "The truce took effect at 12:01 a.m. on Wednesday.", []],
  ["The truce took effect at midnight on Tuesday.", "The truce took effect at 12:01 a.m. on Thursday.", ["date/medium"]],
  // (A clock time of the small hours only: 9 a.m. is the next day's morning, not the same night.)
  ["The blast happened late Saturday, police said.", "The blast happened at 3 a.m. Sunday, police said.", []],
  ["The blast happened late Saturday, police said.", "The blast happened at 9 a.m. Sunday, police said.", ["date/medium"]],
  ["The trial will begin on March 4 in Denver.", "The trial will begin on March 4th in Denver.", []],
  // Two spans of years agree end for end, not by a year they share.
  ["The former governor, who served from 1991 to 1999, died at his home in Little Rock.", "The former governor, who served from 1993 to 1999, died at his home in Little Rock.", ["date/medium"]],
  ["The former governor, who served from 1991 to 1999, died at his home in Little Rock.", "The former governor, who served from 1991 until 1999, died at his home in Little Rock.", []],
  ["Trading was halted on Monday.", "Trading was halted on Friday.", ["date/medium"]],
  // Two days beside different events date two events, not one event two ways: none.
  ["The man was shot on Friday evening, his family said.", "He appeared in court on Monday afternoon.", []],
  // Two sentences saying the same in most of their words, one weekday each, date one event whatever verb stands nearest each date.
  [
    "A pedestrian was struck and killed Tuesday night on Route 30 near the Fairlane Mall in Dorsey, state police said.",
    "A man died after he was hit by a pickup truck while crossing Route 30 near Fairlane Mall in Dorsey on Wednesday night, according to state police.",
    ["date/medium"],
  ],
  ["The boy was shot Friday evening outside his home in Dayton, police said.", "The suspect appeared in court on Monday in Dayton, police said.", []],
  // Not when a date dates a remark: the day it was said is not the day it happened.
  [
    "A soldier died and three were wounded when their vehicle hit a land mine in Baghdad, a military statement said Tuesday.",
    "Also Monday, a soldier died and three were wounded when their vehicle hit a land mine in Baghdad.",
    [],
  ],
  // One day at two times no hour shares: "morning" / "night"; "evening" / "night" may be one time.
  ["A pedestrian was struck and killed Tuesday morning on Route 30.", "A pedestrian was struck and killed Tuesday night on Route 30.", ["date/medium"]],
  ["He was shot Tuesday evening on Route 30.", "He was shot late Tuesday night on Route 30.", []],
  ["He was shot Tuesday morning on Route 30.", "He died Tuesday night at a hospital.", []],
  ["The interview was published Saturday.", "The interview was published Sunday.", ["date/medium"]],
  // The days two remarks were made may be two remarks' days: low.
  ["The committee's leaders said Tuesday they had subpoenaed his businesses.", "The committee's senior Democrat said on Wednesday it would subpoena him.", ["date/low"]],
  // A date after a noun dates that noun: the report of Thursday is not the remark of Saturday.
  ["President Hale on Saturday said he welcomed the statement.", "The office disputed the report Thursday that said Hale lied.", []],
  ["The office released a statement Friday that said Hale lied.", "The office released a statement Thursday that said Hale lied.", ["date/medium"]],
  // Not a thing's, a place's or a body's noun: the date after it dates what was done there.
  ["The man died at the hospital Tuesday.", "The man died at the hospital on Wednesday.", ["date/medium"]],
  ["A boy shot himself in the hand Nov. 2.", "A boy shot himself in the hand on Nov. 11, 2015.", ["date/medium"]],
  ["He bought the car Friday.", "He bought the car on Saturday.", ["date/medium"]],
  // The verb before the thing's noun in its clause, not a later one; with none, the thing's own day.
  ["Officials who toured the plant Monday said the damage was extensive.", "Officials said Tuesday that the damage at the plant was extensive.", []],
  ["Passengers on the plane Sunday described a terrifying descent.", "Passengers described the terrifying descent to reporters on Monday.", []],
  // A happening's noun still dates the happening, though WordNet's first sense of it is a thing (a match, a boat).
  ["The match Saturday was called off.", "Sunday's match was called off.", ["date/medium"]],
  ["He was injured in the match Saturday.", "He was injured in Sunday's match.", ["date/medium"]],
  ["Fans were arrested after the match Saturday.", "Fans were arrested Sunday after the match.", []],
  ["Debris was found after the launch Wednesday.", "Debris was found Thursday after the launch.", []],
  ["President Hale on Saturday said he welcomed the statement.", "The office challenged an article published by the Daily on Thursday saying that Hale lied.", []],
  // Two things done on two days are two events; one thing done on two days is a conflict.
  ["The governor urged changes to the bill on Wednesday.", "The governor signed the bill on Thursday.", []],
  ["A Republican staffer on Friday apologized for the post.", "The Republican staffer had to apologize Saturday for the post.", ["date/medium"]],
  // An age beside a date is not the event, and the date's phrase ends at a comma or a dash: two events, none.
  ["A neighbor shot the 41-year-old teacher Friday evening.", "Appearing before a judge on Monday afternoon, the 29-year old neighbor was charged.", []],
  ["Senators kept up pressure on Mayor Ann Dunn Sunday to apologize.", "Critics turned on Mayor Ann Dunn on Friday, after the remarks.", []],
  ["The council faced a growing backlash Wednesday -- including a call from Mayor Dunn to resign.", "Mayor Dunn on Tuesday criticised the council.", []],
  // A day named from the day of writing against a weekday or a calendar day is one day told two ways.
  ["The vote was held yesterday.", "The vote was held on Tuesday.", []],
  ["Today's indictment lists 60 charges.", "Tuesday's indictment lists 60 charges.", []],
  ["The charges were filed on Aug. 6.", "The charges were filed earlier this month.", []],
  // Another relative date may be another year: low. Dates of two kinds may be one day: none.
  ["The couple repaid the money earlier this year.", "The couple repaid the money in 2017.", ["date/low"]],
  // ... of the same event only: a relative date of another event is none.
  ["He went on to win last week's primary against the senator.", "The administration said in a report released Friday that he was offered a job.", []],
  ["The congressman issued an apology on Monday for grabbing a student.", "The congressman grabbed a student this weekend.", []],
  // A week or a month told from the day of writing holds the other's day: none.
  ["He will compete in next Tuesday's primary.", "He will compete in next week's primary.", []],
  ["He faces Jones in the Dec. 12 election.", "He faces Jones in an election next month.", []],
  ["He went on to win last week's primary.", "He went on to win the primary earlier this month.", []],
  ["The results will be published in the July 10 issue of Nature.", "The results will be published in Thursday's issue of Nature.", []],
  ["The day, 21 April, was declared a public holiday.", "The day was declared a public holiday in 1947.", []],
  // A span of years is one date: two spans of one tenure conflict; the same span written two ways agrees.
  ["Edward Brooke held the seat from 1966 to 1978.", "Edward Brooke held the seat from 1967 to 1979.", ["date/medium"]],
  ["Edward Brooke held the seat from 1967 to 1979.", "Edward Brooke held the seat from 1967 until 1979.", []],
  // Dates written alike agree; a date on one side only is no conflict.
  ["The vote was held on November 11.", "The vote was held on Nov. 11.", []],
  ["The vote was held on Monday.", "The vote was held on Monday night.", []],
  ["The vote is set for May 3.", "The vote is set for May 3.", []],
  ["The vote was held on Monday.", "The vote was held.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(dates, a, b)).toEqual(expected);
});

test("dates beside one verb anchor the finding; dates of two events are none, and a relative year does not anchor", () => {
  const anchored = (a: string, b: string) => findingsOf(dates, a, b).map((f) => f.anchored === true);
  expect(anchored("The interview was published Saturday.", "The interview was published Sunday.")).toEqual([true]);
  expect(anchored("The man was shot on Friday evening, his family said.", "He appeared in court on Monday afternoon.")).toEqual([]);
  expect(anchored("The interview was published earlier this year.", "The interview was published in 2015.")).toEqual([false]);
});

test.each([
  // A month that differs is another day, whatever day number the two share.
  ["The minimum wage increase takes effect on Jan. 1.", "The minimum wage increase takes effect on July 1.", ["date/medium"]],
  ["The border crossing will reopen on Oct. 1, officials said.", "The border crossing will reopen on Nov. 1, officials said.", ["date/medium"]],
  ["The minimum wage increase takes effect in January.", "The minimum wage increase takes effect in July.", ["date/medium"]],
  ["The border crossing will reopen on Oct. 1.", "The border crossing will reopen on October 1.", []],
  ["The border crossing will reopen on Sept. 1.", "The border crossing will reopen on September 1st.", []],
])("months: %s / %s", (a, b, expected) => {
  expect(kindsOf(dates, a, b)).toEqual(expected);
});

test("verbs news uses for one event date one event", () => {
  expect(kindsOf(dates, "The Bear Creek Fire broke out on Sunday afternoon near Estes Park.", "The fire started on Saturday afternoon near Estes Park.")).toEqual(["date/medium"]);
});

test.each([
  // A clock time beside one side's day is part of that day's date, not what it dates, nor words that make the sentences two claims.
  ["The fire broke out on Sunday at around 2:30 p.m. near Varnavas.", "The blaze started on Saturday near Varnavas.", ["date/medium"]],
  ["Union members went on strike early Sunday at the Wichita plant.", "Union members went on strike at 12:01 a.m. Saturday at the Wichita plant.", ["date/medium"]],
  ["Union members went on strike at 12:01 a.m. Sunday at the Wichita plant.", "Union members walked off the job early Sunday at the Wichita plant.", []],
  // Two things done on two days are two events.
  ["The fire broke out on Sunday at around 2:30 p.m.", "Police arrested a man on Saturday.", []],
  // The same act done to two people, or to two people of one sort, on two days.
  ["Police arrested the driver on Friday.", "Police detained two passengers on Saturday.", []],
])("a clock time with a day: %s / %s", (a, b, expected) => {
  expect(kindsOf(dates, a, b)).toEqual(expected);
});

test.each([
  // A thing reported is dated when it came to light: an event, not a remark; "said" on two days may be two remarks.
  ["The fire was reported on Saturday near Forest Road 418.", "The fire was reported on Friday near Forest Road 418.", ["date/medium"]],
  ["The outbreak was first identified on Feb. 3 at a daycare center.", "The first case was identified Feb. 13 at a daycare center.", ["date/medium"]],
  ["The mayor said Tuesday the road would reopen.", "The mayor said Wednesday the road would reopen.", ["date/low"]],
  // The day before an attribution after a comma is the event's, even when no verb is read before it.
  ["The officer shot Darnell Hayes on Sunday night, police said.", "The officer shot Darnell Hayes late Saturday, police said.", ["date/medium"]],
  // Parts of a year: "the end of 2026" / "the end of 2027", the first quarter against the second.
  ["The plant is due to close by the end of 2026, the company said.", "The plant is due to close by the end of 2027, the company said.", ["date/medium"]],
  ["The layoffs will be completed by the end of the first quarter of 2025.", "The layoffs will be completed by the end of the second quarter of 2025.", ["date/medium"]],
  ["The layoffs will be completed by the end of 2025.", "The layoffs will be completed in 2025.", []],
])("days of a thing reported and of a remark: %s / %s", (a, b, expected) => {
  expect(kindsOf(dates, a, b)).toEqual(expected);
});

test("a clock time is shown with its zone", () => {
  const [finding] = findingsOf(dates, "The next attempt is set for 2:14 p.m. EDT on Thursday.", "The next attempt is set for 19:14 UTC on Thursday.");
  expect(finding?.explanation).toBe("A dates it “2:14 p.m. EDT”; B says “19:14 UTC”.");
});

test("a date inside an 'after ...' phrase dates that earlier event, not the clause's own", () => {
  expect(kindsOf(dates, "A man was charged with murder Saturday after a shooting at a party.", "A man was charged with murder after a shooting at a party Friday.")).toEqual([]);
  // (Both outside it, or both inside it: one event, two days.)
  expect(kindsOf(dates, "A man was charged with murder Saturday after a shooting at a party.", "A man was charged with murder Friday after a shooting at a party.")).toEqual(["date/medium"]);
  expect(kindsOf(dates, "He was arrested after a shooting at a party Friday.", "He was arrested after a shooting at a party Saturday.")).toEqual(["date/medium"]);
});

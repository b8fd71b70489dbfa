import { expect, test } from "vitest";
import type { Side } from "../finding";
import { findingsOf, kindsOf, member, side } from "../../testing/rules";
import { numbers, transposed } from "./numbers";

test("digits swapped are the same digits in another order, at one scale and with the point in one place", () => {
  expect(transposed("1.2 1e6", "2.1 1e6")).toBe(true);
  expect(transposed("1850", "1580")).toBe(true);
  expect(transposed("12%", "21%")).toBe(true);
  expect(transposed("1.25 1e6", "12.5 1e6")).toBe(false);
  expect(transposed("1.2 1e6", "2.1 1e9")).toBe(false);
  expect(transposed("12%", "21")).toBe(false);
  expect(transposed("100", "010")).toBe(false);
  expect(transposed("1850", "1850")).toBe(false);
});

test("a misprint's explanation says so; a price under a thousand, which moves by the minute, is no misprint", () => {
  const [f] = findingsOf(numbers, "The jury awarded her $1.2 million.", "The jury awarded her $2.1 million.");
  expect(f?.explanation).toBe("A gives “$1.2 million”; B gives “$2.1 million” (the same digits in another order: a misprint?).");
  const [g] = findingsOf(numbers, "The stock closed at $12.50 on Friday.", "The stock closed at $21.50 on Friday.");
  expect(g?.explanation).toBe("A gives “$12.50”; B gives “$21.50”.");
});

test("a range's end is shown with its range", () => {
  const [f] = findingsOf(numbers, "The floods cut off between 10 and 12 villages.", "The floods cut off 15 villages.");
  expect(f?.explanation).toBe("A gives “between 10 and 12 villages”; B gives “15 villages”.");
});

test.each([
  // One figure that counts different things, or two figures of one thing that differ: high.
  ["The malware struck computers in hundreds of organizations.", "The malware has hit hundreds of computers.", ["number/high"]],
  ["The council approved $12 million.", "The council approved $15 million.", ["number/high"]],
  // One count told from its two sides agrees: two of five survived is three of five did not; 81 percent
  // vaccinated is nearly one in five not; a ratio is a share ("one in five" is 20 percent).
  ["Two of the five passengers survived the crash.", "Three of the five passengers did not survive the crash.", []],
  ["Only 81 percent of pupils at the school have received both doses.", "Nearly one in five pupils at the school has not received both doses.", []],
  ["Only 81 percent of pupils at the school have received both doses.", "Only one in three pupils at the school has received both doses.", ["number/high"]],
  ["Weekday ridership is still 20 percent below its 2019 level.", "Weekday ridership is at 80 percent of its 2019 level.", []],
  ["Weekday ridership is still 20 percent below its 2019 level.", "Weekday ridership is at 70 percent of its 2019 level.", ["number/high"]],
  // (Or as a cut: "a 23 percent cut in benefits", "cut benefits by 23 percent" / "pay 77 percent of benefits".)
  ["After 2040 the fund will only be able to pay 77 percent of promised benefits.", "Retirees would then face a 23 percent across-the-board cut in benefits after 2040.", []],
  ["After 2040 the fund will only be able to pay 77 percent of promised benefits.", "After 2040 the fund would cut benefits by 23 percent.", []],
  ["After 2040 the fund will only be able to pay 77 percent of promised benefits.", "Retirees would then face a 33 percent across-the-board cut in benefits after 2040.", ["number/low"]],
  // A verb that ties the counted things to another noun tells no other event: one count of the lead.
  ["Hollins & Ward said on Tuesday that hackers stole personal information belonging to 5.6 million customers.", "Hollins & Ward disclosed on Tuesday that the personal data of 6.5 million customers had been stolen in a cyberattack.", ["number/high"]],
  // The one sum each side gives beside one verb is one sum, whatever noun names it; beside two verbs, two
  // sums (a figure moved from a budget is not the budget).
  ["The city faced a $120 million shortfall this year.", "The city faced a $210 million gap this year.", ["number/high"]],
  ["The council approved a $12 million budget for parks.", "The council cut $3 million from the police budget.", []],
  // A figure inside the other's range agrees; one outside it differs (the range shown whole); "from 20 to 25" is a change.
  ["Between 10 and 12 villages were cut off by the floods, the governor said.", "The governor said 11 villages were cut off by the floods.", []],
  ["The floods cut off 20 to 25 villages.", "The floods cut off 22 villages.", []],
  ["Between 300 and 400 homes were destroyed.", "Some 350 homes were destroyed.", []],
  ["The floods cut off between 10 and 12 villages.", "The floods cut off 15 villages.", ["number/high"]],
  // A count as of two times, or one side's early or latest count, is an update: worth a look.
  ["By 9 a.m., officials had confirmed 12 deaths in the fire.", "By 9 p.m., officials had confirmed 27 deaths in the fire.", ["number/low"]],
  ["The quake injured about 250 people, officials said in an early count.", "The quake injured 917 people, according to the latest update on Thursday night.", ["number/low"]],
  ["By 9 a.m., officials had confirmed 12 deaths in the fire.", "By 9 a.m., officials had confirmed 27 deaths in the fire.", ["number/high"]],
  // Rounded to a whole that moves it more than 5 percent: worth a look; less, or within the other's bound: nothing.
  ["The hackers demanded a ransom of $4.5 million, officials said.", "The hackers demanded a ransom of $5 million, officials said.", ["number/low"]],
  ["Turnout was 35.72 percent, officials said.", "Turnout was 35.7 percent, officials said.", []],
  ["A recount is automatic if the margin is under 0.5 percentage points.", "A recount is automatic if the margin is under 1 percentage point.", ["number/medium"]],
  // Subjects in words news uses for one another are one subject ("attackers" / "hackers").
  ["The attackers have demanded $4.5 million in bitcoin, according to two people familiar with the investigation.", "The hackers are demanding $6 million, according to a source close to the investigation.", ["number/high"]],
  // A move told with "down" or "up" is a move ("fell 1.2%" / "was down 2.1 percent"); a price's move read
  // during trading may be read at another minute: worth a look.
  ["The benchmark index fell 1.2% on Tuesday.", "The benchmark index was down 2.1 percent on Tuesday.", ["number/high"]],
  ["Shares of Hartford rose $2.88 to $46.50 in composite trading.", "Shares of Hartford were up $2.28 to $45.90 in midday trading.", ["number/low", "number/low"]],
  // A figure inside a count in words, or a bound the other keeps, is worth a look at most.
  ["At least 50 people were injured in the quake.", "Dozens of people were injured in the quake.", ["number/low"]],
  ["Five people were injured in the quake.", "Dozens of people were injured in the quake.", ["number/high"]],
  ["Parliament has 125 seats.", "In all, 125 electoral districts will be established.", []],
  ["Police said three people were dead in the house.", "Police said three found dead in the house.", []],
  // Counts said to hold in two different places are two tolls.
  ["The 2004 tsunami killed 170,000 people in the province.", "The 2004 tsunami killed 230,000 people across Asia.", []],
  ["The 2004 tsunami killed 170,000 people in the province.", "The 2004 tsunami killed 230,000 people in the province.", ["number/high"]],
  // Two figures that say what they count, of two events by their verbs alone: worth a look (two verbs may tell one fact).
  ["Ruiz spent seven seasons as an assistant coach with the club.", "Ruiz was fired after four seasons as coach of the club.", ["number/low"]],
  // One side's bound ("at least two weeks") against the other's figure: low. Two verbs news uses for
  // one event ("injured" / "hurt", "died" / "were killed": `EVENT_VERBS`) count one thing: high.
  ["The ferry will be out of action for at least two weeks after the fire.", "Islanders face three weeks without their ferry after the fire.", ["number/low"]],
  ["Fourteen travellers were injured in the collision.", "Nine people were hurt after the vessel struck the pier.", ["number/high"]],
  ["Seven people died when the bus plunged into a ravine.", "Nine people were killed when the bus plunged into a ravine.", ["number/high"]],
  ["Seven people died in the crash.", "Nine people were injured in the crash.", ["number/low"]],
  ["The quake killed five people in the province.", "The quake killed three people in the province.", ["number/high"]],
  // An exact count of two things is two facts that share a figure (no finding); a unit abbreviated is the unit.
  ["The Colts scored 17 unanswered points in the second half.", "Manning completed 17 passes in the second half.", []],
  ["The storm brought winds of 120 mph to the coast.", "The storm brought winds of 120 miles per hour to the coast.", []],
  // A figure hyphenated to what it counts counts that, however the hyphens were spaced: "four-time" all-star and a
  // "15-year" career are two facts told by two verbs (low); "6-foot-9" is one height (read as its feet, as unspaced), not a 9 against the other's 8.
  ["Cheeks, a four - time NBA all - star, was fired.", "Cheeks logged an impressive 15 - year NBA career.", ["number/low"]],
  ["Cheeks, a four-time NBA all-star, was fired.", "Cheeks logged an impressive 15-year NBA career.", ["number/low"]],
  ["The 6 - foot - 9 Echenique scored in the second half.", "The 6 - foot - 8 forward scored in the second half.", []],
  // A rate and a count, or a margin and an amount, are two measures: none; two rates or two counts conflict.
  ["McDermott grabbed 7 rebounds in the game.", "McDermott's eight rebounds a game will help.", []],
  ["McDermott grabbed 7 rebounds a game.", "McDermott grabbed eight rebounds a game.", ["number/high"]],
  ["Workers at the plant earn $15 an hour.", "Workers at the plant earn $12 an hour.", ["number/high"]],
  ["McDermott has scored 13 more points than Buford.", "McDermott has scored six points in all.", []],
  ["McDermott has scored 13 points in all.", "McDermott has scored six points in all.", ["number/high"]],
  // Shares each written before the same noun are one thing's, whoever gets them; not two stakes in two firms.
  ["The union won a 4.5% pay rise over two years for its members.", "The union secured a 5.4 per cent pay rise over two years for its members.", ["number/high"]],
  ["The fund owns a 5% stake in the bank.", "The pension fund holds a 7% stake in the insurer.", ["number/low"]],
  ["Nurses were offered a 4% pay rise.", "Doctors were offered a 6% pay rise.", ["number/low"]],
  ["The fund took a 20% stake in the bank.", "The fund now has a 30% stake in the bank after buying a further 10%.", ["number/low"]],
  ["Three people died and another 41 were injured.", "Three people died and 44 were injured.", ["number/high"]],
  // A tally with its votes named ("by 176 votes to 142"); "another 41" counts others as "41 other" does.
  ["The motion passed by 176 votes to 142.", "Lawmakers voted 167 to 142 in favour of the motion.", ["number/high"]],
  ["The motion passed by 176 votes to 142.", "The motion passed 176-142.", []],
  ["Fourteen other people were injured in the crash.", "Another 41 people were injured in the crash.", ["number/high"]],
  // A state the counted are in tells what happened to them ("are dead" is "died"); one value told of two
  // events, where a side gives the other's event a figure of its own, moved between them.
  ["Five people are dead and 14 injured after the warehouse fire.", "Seven people died in the warehouse fire.", ["number/high"]],
  ["Twelve people died and 40 were injured in the blast.", "Forty people died in the blast.", ["number/high"]],
  ["Twelve people died and 40 were injured in the blast.", "Twelve people died and 40 were hurt in the blast.", []],
  // One span of time with its unit slipped (the same figure, another unit) is one fact given two ways:
  // high, of the same thing (the noun measured, a term in prison, the verb); not two stays, two
  // things measured, nor a span a side also gives in the other's unit.
  ["The carrier was fined for a three-week delay in reporting the breach.", "The carrier was fined for a three-month delay in reporting the breach.", ["number/high"]],
  ["The carrier was fined for a delay of three weeks.", "The carrier was fined for a delay of three months.", ["number/high"]],
  ["The treasurer was jailed for three years.", "The treasurer was jailed for three months.", ["number/high"]],
  ["The hearing lasted three hours.", "The hearing lasted three days.", ["number/high"]],
  ["The union called a one-day strike at the port.", "The union called a two-day strike at the port.", ["number/high"]],
  ["The union called a one-day strike at the port.", "The union called a strike at the port.", []],
  ["The defender signed a two-year contract.", "The defender signed a 24-month contract.", []],
  ["The union called a 48-hour strike at the port.", "The union called a two-day strike at the port.", []],
  ["The climber spent three days in hospital.", "The climber spent three weeks in rehabilitation after the fall.", []],
  ["The two-day summit ended on Friday.", "The summit ended on Friday after two weeks of talks.", []],
  ["The hearing lasted three hours, and the strike lasted three days.", "The hearing lasted three days.", []],
  ["The one-time champion retired on Sunday.", "The two-time champion retired on Sunday.", []],
  // A figure pairs first with the mention of its value that counts the same thing: the CPUs' "one", not the subscription's.
  ["The tool is sold as a one-year subscription, scaling from one to 50,000 CPUs.", "The tool is sold with coverage from one to 50,000 CPUs.", []],
  // Only two lengths slip: not time elapsed, a record's baseline, a reporting period, nor a length of another act.
  ["Prices rose 5.1% in the 12 months to March.", "Prices rose at the fastest pace in 12 years.", []],
  ["The winger signed a two-year contract with the club last week.", "The winger signed for the club two weeks ago.", []],
  ["The treasurer was jailed for three years.", "The treasurer was jailed three months after the audit.", []],
  ["The driver was banned from driving for three years.", "The driver was jailed for three months and banned from driving.", []],
  ["The index hit a two-week high on Friday.", "The index hit a two-month high on Friday.", []],
  ["The airline cancelled 300 flights over two days.", "The airline cancelled 300 flights within two hours of the announcement.", []],
  // A term in prison is one sentence whatever verb tells it; a career's years beside it are another fact.
  ["The former clerk was sentenced to nine years in federal prison.", "The former clerk will serve eight years in federal prison.", ["number/high"]],
  ["The former clerk was sentenced to nine years in prison.", "The former clerk will spend eight years behind bars.", ["number/high"]],
  ["The clerk, who spent 20 years at the agency, was sentenced to nine years in prison.", "The clerk was sentenced to nine years in prison.", []],
  // A span of time in two units is one measure: the same span is no finding, another is worth a check
  // (spans are often told loosely: "two weeks" / "10 days"); in one unit it is a figure like any other.
  ["The ministry gave the airline 72 hours to respond.", "The ministry gave the airline three days to respond.", []],
  ["The embezzler served 24 months in a state prison.", "The embezzler served two years in a state prison.", []],
  ["The hiker was held for 48 hours before his release.", "The hiker was held for three days before his release.", ["number/medium"]],
  ["Divers searched the reservoir for 90 minutes.", "Divers searched the reservoir for two hours.", ["number/medium"]],
  ["The hearing lasted two weeks.", "The hearing lasted three weeks.", ["number/high"]],
  ["The boil-water notice will last at least 48 hours.", "The boil-water notice will last three days.", ["number/low"]],
  // A measure in two units of one quantity is one measure, rounded as the outlet likes; a range's first
  // figure counts what its second does; a conversion in brackets is the figure the other side gives.
  ["Winds of 15 to 25 mph are forecast for the coast.", "Winds of 24 to 40 km/h are forecast for the coast.", []],
  ["Gusts reached 40 mph on the ridge.", "Gusts reached 90 km/h on the ridge.", ["number/medium"]],
  ["Forecasters said 3 inches of rain fell on the town.", "Forecasters said 7.6 centimetres of rain fell on the town.", []],
  ["Forecasters said 3 inches of rain fell on the town.", "Forecasters said 12 centimetres of rain fell on the town.", ["number/medium"]],
  ["Temperatures will range from 10 to 20 degrees Celsius.", "Temperatures will range from 50 to 68 degrees Fahrenheit.", []],
  ["The blaze has burned 2,000 acres of forest.", "The blaze has burned 800 hectares of forest.", []],
  ["The blaze has burned 2,000 acres of forest.", "The blaze has burned 2,000 hectares of forest.", ["number/medium"]],
  ["Turnout rose from 3 to 5 percent in the district.", "Turnout rose from 4 to 5 percent in the district.", ["number/high"]],
  ["Two miners were killed 50 miles (110 km) outside the capital.", "Two miners were killed 110 kilometres outside the capital.", []],
  // A workforce counted as such is people in general: the same figure of firefighters or nurses is no finding.
  ["About 1,900 firefighters are assigned to the blaze.", "About 1,900 personnel are assigned to the blaze.", []],
  ["The clinic brought in 600 replacement nurses.", "The clinic brought in 600 temporary staff.", []],
  // Two estimates to three or more digits are two precise figures; two round estimates keep each other.
  ["The carmaker is recalling about 312,000 vans.", "The carmaker is recalling about 321,000 vans.", ["number/medium"]],
  ["About 150 people marched to the courthouse.", "About 160 people marched to the courthouse.", ["number/low"]],
  // What a gun fired, counted as shots or rounds, is one count.
  ["The deputy fired four shots at the car.", "The deputy fired four rounds at the car.", []],
  ["The deputy fired four shots at the car.", "The deputy fired four times at the car.", []],
  // Shares are close within a point only: "38.6" / "36.8 per cent" are two figures.
  ["Labor's primary vote was 38.6 per cent in the count.", "Labor's primary vote was 36.8 per cent in the count.", ["number/high"]],
  ["The yield on the bond was 4.46 percent at the close.", "The yield on the bond was 4.42 percent at the close.", ["number/low"]],
  // A part of a whole counts what the whole does.
  ["Labor will hold 47 of the 88 seats.", "Labor will hold 49 seats.", ["number/high"]],
  // A part of a whole whose owner one side names and the other calls "its" counts the same things.
  ["Three of the ferry's eight lifeboats were missing, the coast guard said.", "Four of its eight lifeboats were missing, the coast guard said.", ["number/high"]],
  ["Six of Norcorp's 40 plants will close.", "Nine of its 40 plants will close.", ["number/high"]],
  ["Six of Norcorp's 40 plants will close.", "Six of its 40 plants will close.", []],
  // Beside the same event's verb, two figures are read whatever else a sentence counts; a toll said to have risen since is an update.
  ["Thirty-one people died when a ferry capsized off Cebu on Friday, and 12 were injured.", "Twenty-six people died when a ferry capsized off Cebu on Friday, the coast guard said.", ["number/high"]],
  ["Thirty-one people died when a ferry capsized off Cebu on Friday, and 12 were injured.", "The death toll from the ferry disaster off Cebu stands at 44, the coast guard said on Friday.", ["number/high"]],
  ["Thirty-one people died when a ferry capsized off Cebu on Friday, and 12 were injured.", "The death toll from the ferry disaster off Cebu has risen to 44, the coast guard said on Friday.", ["number/low"]],
  // An attribution after the figure ("according to a study published ...") is not the event it counts.
  ["The vaccine cut hospital admissions by 41 percent in older adults, according to a study published Monday in the BMJ.", "The shot reduced hospital admissions by 14 percent among older people, researchers reported on Monday.", ["number/high"]],
  ["A weekly injection cut the risk of kidney failure and dialysis by 27 percent in adults with type 1 diabetes, according to a trial published Monday in the BMJ.", "A new weekly shot reduced kidney failure and dialysis by 72 percent among people with type 1 diabetes, researchers reported on Monday.", ["number/high"]],
  // A subject in other words in two sentences that say the rest alike is one subject; subjects that
  // swap places are two.
  ["The trial enrolled 1,840 adults with chronic migraine at 95 sites.", "The study enrolled 1,480 adults with chronic migraine at 95 sites.", ["number/high"]],
  ["Advancing issues outnumbered decliners nearly 2 to 1 on the exchange.", "Declining issues outnumbered advancers slightly more than 3 to 1 on the exchange.", ["number/low"]],
  // One measure told by two verbs in sentences that say the rest alike: high; a share that moves: low.
  ["Temperatures in Riverton reached 109 degrees on Tuesday.", "The temperature in Riverton hit 96 degrees on Tuesday.", ["number/high"]],
  ["Acme shares closed down nearly 12 percent on Nasdaq, one of the top losers.", "Acme shares dropped as much as about 16 percent on Nasdaq, one of the top losers.", ["number/low"]],
  // "Minus 40" is below zero, and the same in both scales.
  ["The samples were kept at minus 40 degrees Celsius.", "The samples were kept at minus 40 degrees Fahrenheit.", []],
  ["The samples were kept at minus 20 degrees Celsius.", "The samples were kept at 20 degrees Celsius.", ["number/high"]],
  // A count written with a thousands comma is a count, not a year.
  ["Crews saved 2,000 homes from the flames.", "Crews saved 3,000 homes from the flames.", ["number/high"]],
  // A share in words is a share in digits rounded to a fraction; a share further off is another figure.
  ["Nearly two-thirds of the tenants signed the petition.", "About 65 percent of the tenants signed the petition.", []],
  ["A quarter of the orchard was lost to frost.", "24% of the orchard was lost to frost.", []],
  ["A quarter of the orchard was lost to frost.", "40% of the orchard was lost to frost.", ["number/high"]],
  // A share of one workforce however named ("staff", "employees"), cut in any verb news uses for it ("shed", "eliminate").
  ["The bank will cut 8 percent of its workforce.", "The bank will cut 11 percent of its staff.", ["number/high"]],
  ["The bank will eliminate about 900 jobs, or 8 percent of its employees.", "The bank will shed about 900 jobs, 11 percent of its workforce.", ["number/high"]],
  ["The bank will cut 8 percent of its workforce.", "The bank will cut 11 percent of its branches.", []],
  ["EDS shares soared $5.27 on the news.", "EDS shares traded at $25 on the news.", []],
  ["EDS shares closed at $21 on the news.", "EDS shares closed at $25 on the news.", ["number/high"]],
  // A time is no rate ("a month ago", "a day after", "a year earlier"), nor a share price "a share", nor "ahead of" a margin.
  ["He was sentenced to 10 years a month ago.", "He was sentenced to 12 years in prison.", ["number/high"]],
  ["The riots killed 12 people a day after the election.", "The riots killed 15 people after the election.", ["number/high"]],
  ["EDS shares traded at $25 a share.", "EDS shares traded at $21.", ["number/high"]],
  ["Officials held 5 meetings ahead of the summit.", "Officials held 3 meetings before the summit.", ["number/high"]],
  // Of several figures, which is which needs a word beside both.
  ["They earned $141 million and paid nearly $44 million in taxes.", "They paid $43 million in federal taxes.", ["number/low"]],
  ["The rate was 35.7 percent, and they gave over 10 percent to charity.", "Their tax rate was 30 percent.", ["number/high"]],
  ["The storm killed 12 people and destroyed 40 homes.", "The storm killed 21 people and destroyed 40 homes.", ["number/high"]],
  // Ages of two people, or a figure repeated: "killed a 20-year-old man" / "an 18-year-old man accused of".
  ["A man will stand trial for killing a 20-year-old man this month.", "An 18-year-old man accused of killing his friend told police it was an accident.", []],
  ["The 16-year-old girl called police. The 16-year-old was not hurt.", "He showed the gun to the 16-year-old girl and a 14-year old boy.", []],
  ["Dolan's two other stepchildren were inside the home.", "The woman's two other kids were inside the home.", []],
  // Young people counted as youths on one side and as men or boys on the other may be the same people; men and women are not.
  ["Jurors watched the trial of the two youths charged with the murder.", "Jurors watched the trial of the two men accused of the murder.", []],
  ["Jurors watched the trial of the two teenagers charged with the murder.", "Jurors watched the trial of the two boys accused of the murder.", []],
  ["Jurors watched the trial of the two women charged with the murder.", "Jurors watched the trial of the two men accused of the murder.", ["number/high"]],
  ["Police arrested three teenagers after the fight.", "Police arrested two officers after the fight.", []],
  // "Units" count whatever the story is about: "12 units" / "12 apartments" is one count; "14 apartments" is worth a look.
  ["The landlord must inspect heaters in all 12 units.", "The landlord must check the heaters in the building's 12 apartments.", []],
  ["The landlord must inspect heaters in all 12 units.", "The landlord must check the heaters in the building's 14 apartments.", ["number/low"]],
  // A scale word slipped ("$1.2 million" / "$1.2 billion") is one figure misprinted, not two measures.
  ["Acme won a $1.2 billion contract from the Navy on Monday.", "Acme won a $1.2 million contract from the Navy on Monday.", ["number/high"]],
  ["Acme won a $1.2 billion contract from the Navy on Monday.", "Acme won a $900 contract from the Navy on Monday.", []],
  // So is a sum that says nothing of what it counts, and a decimal point moved with a scale word ("$45 million" / "$4.5 billion").
  ["The company posted a loss of $45 million.", "The company posted a loss of $45 billion.", ["number/high"]],
  ["The company posted a loss of $45 million.", "The company posted a loss of $4.5 billion.", ["number/high"]],
  ["The company reported revenue of $4.97 billion.", "The company reported revenue of $4.97 million.", ["number/high"]],
  ["The fine was $4.5 million.", "The fine was $45,000.", []],
  // Two sums named by two things ("revenue" / "a profit", "fined" / "a market value") are two sums, whatever their digits.
  ["Meridian Foods reported revenue of $4.5 billion for the quarter.", "Meridian Foods reported a profit of $45 million for the quarter.", []],
  ["Halvorsen Bank was fined $45 million.", "Halvorsen Bank has a market value of $4.5 billion.", []],
  // A vote's tally told beside "voting"; counts of a conviction by "found guilty" and "convicted", one act.
  ["The House approved the groundwater bill after a 34-26 vote.", "Lawmakers gave final approval to the groundwater bill, with the House voting 36-24.", ["number/high"]],
  ["Jurors found Calloway guilty on five counts.", "Jurors convicted Calloway on six counts.", ["number/high"]],
  // "Voted down by 68%" is a share of the vote, not a change of 68%.
  ["Members voted 86% against the proposal, the union said.", "The proposal was voted down by 68% of members.", ["number/high"]],
  // Close sums neither side rounds (a fee) are worth a look at medium; a toll that may be rounded ("430"), or one the rounding of the other, low.
  ["Villa paid 62 million euros for the striker.", "Villa paid 64 million euros for the striker.", ["number/medium"]],
  // (Not a price under a thousand, read by the minute or rounded at the till.)
  ["The phone costs $9.99.", "The phone costs $9.95.", ["number/low"]],
  ["The strikes killed 430 civilians, the ministry said.", "The strikes killed 445 civilians, the ministry said.", ["number/low"]],
  ["The quake killed 1,500 people.", "The quake killed 1,520 people.", ["number/low"]],
  ["The deficit reached $247 billion.", "The deficit reached $247.7 billion.", ["number/low"]],
  // The same figure per two spans of time is one of them wrong; per one span, or a rate against a total, is not.
  ["The strike could cost Halvern $45 million a week.", "The strike could cost Halvern $45 million a month.", ["number/high"]],
  ["The plan brings annual savings of $45 million.", "The plan brings quarterly savings of $45 million.", ["number/high"]],
  ["Tuition is $4,794 a year.", "Annual tuition is $4,794.", []],
  // A hyphenated compound before what is counted is skipped whole ("mud-brick houses" counts houses); a
  // word before the counted thing that says another kind of it makes two counts.
  ["Dozens of mud-brick houses collapsed in Yura.", "Dozens of adobe homes caved in in Yura.", []],
  ["Dozens of mud-brick houses collapsed in Yura.", "Dozens of mud-brick schools collapsed in Yura.", ["number/high"]],
  ["Telcon added 654,000 net long-distance customers in the third quarter.", "Telcon added 111,000 DSL customers in the third quarter.", []],
  ["At least 23 U.S. troops were wounded in the attack.", "At least 26 American troops were wounded in the attack.", ["number/medium"]],
  // A sum given to a name is no model number after the name ("fined Korvane 1.14 billion euros", not "Boeing 737").
  ["Regulators fined Korvane Systems 1.14 billion euros on Wednesday for restricting customers.", "Regulators fined Korvane Systems 1.4 billion euros on Wednesday for restricting customers.", ["number/high"]],
  // A vote's tally is one figure: another tally conflicts, the same tally said two ways does not.
  ["The Senate voted 52-48 on Tuesday to confirm Ruiz.", "The Senate voted 51-49 on Tuesday to confirm Ruiz.", ["number/high"]],
  ["The Senate voted 52-48 on Tuesday to confirm Ruiz.", "The Senate confirmed Ruiz by a 52-48 vote on Tuesday.", []],
  // A figure in words is the figure: "Thirty-five" at a sentence's start is 35, not 5.
  ["Fentanyl was involved in 35 of the deaths.", "Thirty-five of the deaths involved fentanyl.", []],
  ["The fire killed 23 people in the county.", "Twenty-three people were killed by the fire in the county.", []],
  // A count of one part of a list of people ("two men and a woman", "a man and his two kids") is no count of
  // them all: the list's total is. The same total is no finding; another is worth a look.
  ["Two men and a woman were shot outside the bar on Sunday.", "Three people were shot outside the bar on Sunday.", []],
  ["Deputies found a man and his two kids dead inside the farmhouse.", "Deputies found three bodies inside the farmhouse.", []],
  ["Three men, two women and a child were hurt in the crash on Route 9.", "Six people were hurt in the crash on Route 9.", []],
  ["Two men and a woman were shot outside the bar on Sunday.", "Four people were shot outside the bar on Sunday.", ["number/low"]],
  // An outbreak's tallies are three: the same figure for cases and deaths is one misread, high.
  ["The ministry reported 1,200 new cases on Friday.", "The ministry reported 1,200 new deaths on Friday.", ["number/high"]],
  ["The ministry reported 1,200 new infections on Friday.", "The ministry reported 1,200 new hospitalizations on Friday.", ["number/high"]],
  ["Officials counted 40 injuries after the blast.", "Officials counted 40 deaths after the blast.", ["number/high"]],
  ["The ministry reported 1,200 new cases on Friday.", "The ministry reported 1,200 new infections on Friday.", ["number/low"]],
  // A share of a million or a billion in words is that share of it.
  ["Half a million people were evacuated ahead of the storm.", "Some 500,000 people were evacuated ahead of the storm.", []],
  ["The breach exposed half a billion records.", "The breach exposed 500 million records.", []],
  ["Border Patrol recorded 250,000 crossings in December.", "Border agents recorded a quarter of a million crossings in December.", []],
  ["Nearly three-quarters of a million people have fled the fighting.", "Nearly 750,000 people have fled the fighting.", []],
  ["Half a million people were evacuated ahead of the storm.", "About 800,000 people were evacuated ahead of the storm.", ["number/high"]],
  ["The charity raised half-a-million dollars.", "The charity raised $500,000.", []],
  ["A half-million people lost power.", "500,000 people lost power.", []],
  ["A quarter-million people lost power.", "250,000 people lost power.", []],
  ["One and a half million people marched in Paris.", "1.5 million people marched in Paris.", []],
  ["Two and a half million people marched in Paris.", "1.5 million people marched in Paris.", ["number/high"]],
  // (Not a share of a compound, "half of a million-dollar grant", nor an ordinal.)
  ["The agency spent half of a million-dollar grant on consultants.", "The agency spent half of its $1 million grant on consultants.", []],
  // A multiple in one word is a figure: "twice" two times, "doubled" twofold.
  ["Smokers were twice as likely to develop the disease, the study found.", "Smokers were three times as likely to develop the disease, the study found.", ["number/high"]],
  ["Smokers were twice as likely to develop the disease, the study found.", "Smokers were two times as likely to develop the disease, the study found.", []],
  ["The suspect was shot twice by an officer.", "The suspect was shot three times by an officer.", ["number/high"]],
  ["Sales doubled last year, the company said.", "Sales tripled last year, the company said.", ["number/high"]],
  ["Sales doubled last year, the company said.", "Sales more than doubled last year, the company said.", []],
  ["He was a double winner at the games.", "He won two gold medals at the games.", []],
  ["Sales will double next year, the company said.", "Sales will triple next year, the company said.", ["number/high"]],
  ["The suspect was seen once or twice near the school.", "The suspect was seen three times near the school.", []],
  // A change by percentage points against one by percent, the same figure: two different rises.
  ["The risk of stroke rose by 12 percentage points among participants.", "The risk of stroke rose by 12% among participants.", ["number/medium"]],
  ["Unemployment fell 2 percentage points to 5%.", "Unemployment fell 2 percent to 5%.", ["number/medium"]],
  ["Unemployment fell 2 percentage points to 5%.", "Unemployment fell 2 points to 5%.", []],
  ["Unemployment fell 2 percentage points to 5%.", "Unemployment fell by 2 percentage points to 5 percent.", []],
  // (Not a level, nor a lead in a poll, which news gives in points or percent alike.)
  ["Labour leads by 12 percentage points in the poll.", "Labour has a 12% lead in the poll.", []],
  ["The Fed cut rates by 0.25 percentage points on Wednesday.", "The Fed cut rates by 0.25% on Wednesday.", ["number/medium"]],
  // (Nor a percent of another thing: the other side's own points, another subject.)
  ["Unemployment rose 2 percentage points, while wages rose 2%.", "Unemployment rose 2 percentage points.", []],
  ["Mortgage rates fell 1 percentage point last month.", "Mortgage payments fell 1% last month.", []],
  // (A crew, its staff, counted as people: "240 passengers and 15 crew" are 255 people on board.)
  ["The ferry was carrying 240 passengers and 15 crew.", "The ferry was carrying 255 people.", []],
  ["The ferry was carrying 240 passengers and 15 crew members when it sank.", "The ferry was carrying 255 people when it sank.", []],
  ["The ferry was carrying 240 passengers and 15 crew.", "The ferry was carrying 265 people.", ["number/low"]],
  ["The boat carried 15 crew members and two guards.", "The boat carried 17 people.", []],
  // (Not against a count of one part's own noun, nor a thing named for a body: "staff parking spaces".)
  ["The plane carried 240 passengers and 15 crew.", "The plane carried 255 passengers.", ["number/high"]],
  ["Police arrested 20 men and 3 women at the protest.", "Police arrested 23 men at the protest.", ["number/high"]],
  ["The hospital has 300 employees and 40 staff parking spaces.", "The hospital has 340 employees.", ["number/high"]],
  ["The ship had 200 passengers and 15 crew cabins.", "The ship had 215 people on board.", ["number/high"]],
  ["Two men were shot outside the bar on Sunday.", "Four people were shot outside the bar on Sunday.", ["number/high"]],
  // The same figure with the other's noun beside it: described two ways, no finding.
  ["The class includes at least 544 store managers.", "The class includes at least 544 women who serve as store managers.", []],
  // The same sum of money named by two nouns: no finding.
  ["The team made an eight-year, $160 million offer.", "The team offered an eight-year, $160 million contract.", []],
  // Said of different subjects: two facts.
  ["Coach Dunn has spent 19 seasons with the club.", "Coach Ortiz was fired after one season with the club.", []],
  ["A city fixture who spent his first 11 seasons as a player with the club, Ortiz was fired.", "Dunn has spent 19 seasons with the club.", ["number/low"]],
  // Of two different things: "an extension of tax cuts" / "an extension of jobless benefits".
  ["Critics attacked the two-year extension of tax cuts.", "The deal left out a 13-month extension of jobless benefits.", []],
  // Close figures are low (rounding, or a price or rate that moves), close counts of things written to
  // one precision and neither an estimate medium (an update, or a slip); far ones high; figures of different things do not conflict.
  ["Shares closed at $9.99 on Friday.", "Shares closed at $9.95 on Friday.", ["number/low"]],
  // Figures written with decimals say their precision: more than one unit of the last place apart is another figure (not a price or a rate, which moves).
  ["A magnitude 6.4 earthquake struck northern Chile on Friday.", "A magnitude 6.1 earthquake hit northern Chile on Friday.", ["number/high"]],
  ["The merger values Norcorp at about $8.3 billion.", "The merger values Norcorp at $8.9 billion.", ["number/high"]],
  ["The merger values Norcorp at $8.3 billion.", "The merger values Norcorp at $8.4 billion.", ["number/low"]],
  // Counts of two stretches of time up to now are two counts; of one stretch, one.
  ["The county has prosecuted close to a dozen such cases in the past 11/2 years.", "Since 2009, 17 such cases have been prosecuted by the county.", []],
  ["The county has prosecuted 12 such cases since 2009.", "The county has prosecuted 17 such cases since 2012.", []],
  ["Rovers have won five titles in the past decade.", "Rovers have won seven titles since 2010.", []],
  ["Rovers have won 14 titles since 2005.", "Rovers have won 16 titles in their history.", []],
  ["The county has prosecuted 12 such cases since 2009.", "The county has prosecuted 17 such cases since 2009.", ["number/high"]],
  // One count in other words: jobs and positions, vehicles and SUVs, a speed per hour and in mph; votes taken or captured; injuries suffered.
  ["The bank said it would cut 1,500 jobs at its Leeds office.", "The bank said it would cut 5,100 positions at its Leeds office.", ["number/high"]],
  ["Norcorp is recalling 118,000 sport utility vehicles over an airbag fault.", "Norcorp is recalling 181,000 SUVs over an airbag fault.", ["number/high"]],
  ["Gusts reached 40 miles per hour on the coast.", "Gusts reached 70 mph on the coast.", ["number/high"]],
  ["Gusts reached 40 miles per hour on the coast.", "Gusts reached 64 kilometres per hour on the coast.", []],
  ["Okafor took 47.3% of the vote in the runoff.", "Okafor captured 43.7 percent of the vote in the runoff.", ["number/high"]],
  ["Four officers suffered minor injuries during the protest.", "Six officers were injured during the protest.", ["number/high"]],
  ["Flight 418 was carrying 162 passengers when it left Denver.", "Flight 418 was carrying 168 passengers when it left Denver.", ["number/medium"]],
  // Two shares more than a step of their last decimal apart are no rounding: an update or a slip, medium; a step apart may be rounding; a market's move, low.
  ["Unemployment rose to 4.6 percent in May.", "Unemployment rose to 4.8 percent in May.", ["number/medium"]],
  ["Unemployment rose to 4.6 percent in May.", "Unemployment rose to 4.7 percent in May.", ["number/low"]],
  ["Shares rose 4.6 percent in early trading.", "Shares rose 4.8 percent in early trading.", ["number/low"]],
  ["The 30-year bond yield rose to 4.30 percent.", "The 30-year bond yield rose to 4.18 percent.", ["number/low"]],
  // Counts of one thing beside two verbs done to one other thing are one act's: "jumped the tracks" / "left the tracks"; two verbs with no shared object stay worth a look.
  ["A freight train derailed on Saturday, and 23 cars jumped the tracks.", "A freight train derailed on Saturday, and 32 cars left the tracks.", ["number/high"]],
  ["Rebels seized 12 villages on Monday.", "Rebels shelled 15 villages on Monday.", ["number/low"]],
  // A forecast is not the thing done: "posted a profit of 6 cents" / "expects a profit of 11 cents".
  ["The company posted a profit of 6 cents a share.", "The company expects a profit of 11 cents a share.", ["number/low"]],
  // "Has 5,000 employees" counts the staff, "will lay off 1,200 workers" those cut: worth a look at most;
  // "lay off" ("lay" read as the past of "lie") is one verb, on both sides.
  ["The firm has 5,000 employees in Ohio.", "The firm will lay off 1,200 workers in Ohio.", ["number/low"]],
  ["Corvane will lay off 1,200 employees, the company said.", "Corvane is laying off 1,500 workers.", ["number/high"]],
  // Jobs cut and the workers cut from them are one count: another figure is high, the same figure nothing.
  ["Corvane said it would cut about 1,200 jobs.", "Corvane is laying off 1,500 workers.", ["number/high"]],
  ["Corvane is cutting 1,200 jobs.", "Corvane is laying off 1,200 workers.", []],
  ["The firm has 5,000 employees in Ohio.", "The firm will cut 1,200 jobs in Ohio.", []],
  // A total with a part of it, the world's count against a state's, last year's against this year's: not one count two ways.
  ["Boeing will cut 1,200 jobs, including 300 through attrition.", "Boeing will lay off 900 workers.", ["number/low"]],
  ["Boeing will cut 17,000 jobs worldwide.", "Boeing will lay off 2,200 workers in Washington state.", []],
  ["Boeing cut 1,200 jobs last year.", "Boeing will lay off 1,500 workers this year.", []],
  // Whole percentages a point apart may be one figure rounded two ways; three points apart are two.
  ["Turnout was 64 percent.", "Turnout was 65 percent.", ["number/low"]],
  ["Turnout was 64 percent.", "Turnout was 67 percent.", ["number/high"]],
  ["About 1,500 people attended the vigil on Friday.", "Some 1,520 people attended the vigil on Friday.", ["number/low"]],
  ["Turnout was 1,500 at the vigil on Friday.", "Turnout was 1,520 at the vigil on Friday.", ["number/low"]],
  // "per cent" in two words is "%".
  ["Growth was forecast at 1.9% this year.", "The bank now expects growth of 1.6 per cent this year.", ["number/low"]],
  ["Inflation was 7.8% in March, the statistics office said.", "Prices rose 7.8 per cent in the year to March, the statistics office said.", []],
  // People harmed counted by what was found of them: one count.
  ["Two more victims were found as crews searched the upper floors.", "Firefighters searching the upper floors found two more bodies.", []],
  // A split vote against a unanimous one; one thing ranked two ways (an ordinal and its noun), not an occasion.
  ["In a 2-1 decision, the appeals court upheld the ruling.", "The appeals court unanimously upheld the ruling.", ["number/high"]],
  ["In a 3-0 decision, the appeals court upheld the ruling.", "The appeals court unanimously upheld the ruling.", []],
  ["The fire broke out in a sixth-floor unit, the chief said.", "The fire broke out in a unit on the ninth floor, the chief said.", ["number/high"]],
  ["The striker scored in the 88th minute.", "The striker scored in the 88th minute after a long run.", []],
  // People in a trial by two words are one count; people against animals are two things.
  ["The vaccine was tested in a trial involving 30,000 participants.", "The vaccine was tested in a trial involving 30,000 volunteers.", []],
  ["The drug lowered cholesterol by 60% in a trial of 2,000 patients.", "The drug lowered cholesterol by 60% in a trial of 2,000 mice.", ["number/high"]],
  // A name between the rank and its noun is part of what is ranked.
  ["Djokovic won his 24th Grand Slam title on Sunday.", "Djokovic won his 23rd Grand Slam title on Sunday.", ["number/high"]],
  ["Djokovic won his 24th Grand Slam title on Sunday.", "Djokovic won his eighth Wimbledon title on Sunday.", []],
  // A part of a year given with its year is a date (`dates` flags it); without one, a rank.
  ["Revenue rose 8% in the second quarter of 2025.", "Revenue rose 8% in the third quarter of 2025.", []],
  ["Revenue rose 8% in the second quarter.", "Revenue rose 8% in the third quarter.", ["number/high"]],
  // (The other side gives the same rank with its year, and another besides: the rank given, no second ranking.)
  ["The index hit 60 after falling to 53 in its first quarter survey.", "The index, which had fallen to 53 in the first quarter of 2003, rose to 60 in the second quarter.", []],
  ["The index, which had fallen to 53 in the first quarter of 2003, rose to 60 in the second quarter.", "The index hit 60 after falling to 53 in its first quarter survey.", []],
  ["Lee scored in the first half.", "Lee scored in the second half.", ["number/high"]],
  // A rank by size ranks the noun after its superlative.
  ["Halden is the company's second-largest shareholder.", "Halden is the company's third-largest shareholder.", ["number/high"]],
  ["The bank is the country's second-largest lender, with 40 branches.", "The bank, the country's second-biggest lender, has 40 branches.", []],
  // A person ranked two ways is high only when both say it of the subject in one frame; the rank that picks a person out ("the first suspect") most often names two people.
  ["Okafor became the third woman to lead the agency.", "Okafor is the fourth woman to lead the agency.", ["number/high"]],
  ["Brandt was named the 21st head coach in club history.", "Brandt becomes the 22nd head coach in club history.", ["number/high"]],
  ["Brandt was named the club's 21st head coach.", "Brandt is the fourth head coach since 2019.", ["number/low"]],
  ["The first suspect was arrested on Monday in Dayton.", "The second suspect was arrested on Monday in Dayton.", ["number/low"]],
  ["Smith, the first suspect, was arrested on Monday.", "Smith, the second suspect, was arrested on Monday.", ["number/high"]],
  // One sum with two digits swapped is one sum misprinted, whatever words stand beside it; not of two periods or two things, nor two figures both sides give;
  // shares, points and counts give such pairs by chance ("prices rose 12 percent" / "rents rose 21 percent").
  ["The jury awarded her $1.2 million on Monday.", "The jury awarded her $2.1 million, her lawyer said.", ["number/high"]],
  ["The company lost $15 million.", "The company reported a $51 million profit.", []],
  ["Home prices rose 12 percent.", "Rents rose 21 percent.", ["number/low"]],
  // A sum with its scale word slipped is one sum by the noun after it as well as the word before ("a $1.2 million fine" / "was fined").
  ["The firm paid a $1.2 million fine.", "The firm was fined $1.2 billion.", ["number/high"]],
  ["The bank agreed to a $5 million fine.", "The bank previously paid a $5 billion fine.", []],
  ["The bank agreed to a $5 million fine.", "The bank, which paid a $5 billion fine in 2016, agreed to settle.", []],
  ["He scored 21 points on Sunday.", "He had 12 rebounds on Sunday.", []],
  ["The jury awarded her $1.2 million.", "The jury returned a $3.1 million verdict.", []],
  ["The company earned $1.2 million in 2021.", "The company earned $2.1 million in 2022.", []],
  ["Twelve people died and 21 were injured.", "Twenty-one people were hurt and 12 killed.", []],
  // Charges a list totals: "conspiracy and two counts" are three; a total the other gives is no finding, another is low.
  ["She pleaded guilty to conspiracy and two counts of bank fraud.", "She pleaded guilty to three counts.", []],
  ["She pleaded guilty to one count of conspiracy and two counts of bank fraud.", "She pleaded guilty to three counts.", []],
  ["She pleaded guilty to one count of conspiracy and two counts of bank fraud.", "She pleaded guilty to four counts.", ["number/low"]],
  ["She pleaded guilty to conspiracy and two counts of bank fraud.", "She pleaded guilty to five counts.", ["number/low"]],
  ["She pleaded guilty to two counts.", "She pleaded guilty to three counts.", ["number/high"]],
  // Counts of named charges compare charge with charge.
  ["She was charged with one count of murder and two counts of assault.", "She was charged with three counts of murder.", ["number/high"]],
  ["She was charged with two counts of assault.", "She was charged with three counts of murder.", []],
  // A span of time after an event is no margin ("went down three hours later": no fall of three hours); told with two verbs, two events may have it: low.
  ["The ferry sank two hours after leaving port.", "The ferry went down three hours after it left port.", ["number/low"]],
  // Ranks on one scale compare whatever noun follows ("a magnitude 6.1 tremor"), and one rank is no figure counting two things.
  ["The strongest aftershock was a magnitude 5.8 on Sunday.", "The strongest aftershock, a magnitude 6.1 tremor, struck on Sunday.", ["number/high"]],
  ["A magnitude 6.1 quake struck on Sunday.", "A 6.1 quake struck on Sunday.", []],
  // How many times of what: two honours are two counts; one honour counted two ways is high.
  ["Ruiz, a four-time NBA all-star, was traded on Monday.", "Ruiz, a five-time NBA All-Defensive Team honoree, was traded on Monday.", []],
  ["Ruiz, a four-time NBA all-star, was traded on Monday.", "Ruiz, a five-time NBA all-star, was traded on Monday.", ["number/high"]],
  ["Ruiz, a four-time All-Star, was traded on Monday.", "Ruiz, a five-time All-Defensive Team honoree, was traded on Monday.", []],
  ["Ruiz, a four-time All-Star, was traded on Monday.", "Ruiz, a five-time All-Star, was traded on Monday.", ["number/high"]],
  // A rank the other side gives too, with its noun or without, is no second ranking: two goals, both given.
  ["Ortiz scored twice, in the 12th minute and again in the 70th.", "Ortiz scored in the 12th and 70th minutes.", []],
  ["Ortiz scored twice, in the 12th minute and again in the 70th.", "Ortiz sealed the win in the 70th minute.", []],
  ["Ortiz scored twice, in the 12th minute and again in the 70th.", "Ortiz sealed the win in the 75th minute.", ["number/high"]],
  // A long part of a game holds many plays: two of them ranked two ways are two plays unless the same thing is done.
  ["The Hawks took a 13-3 halftime lead after Diaz returned an interception for a touchdown early in the first quarter.", "Reyes fumbled later in the second quarter, and the Hawks kicked a field goal for a 13-3 halftime lead.", []],
  ["Diaz returned an interception for a touchdown in the first quarter to give the Hawks a 10-3 lead.", "Diaz returned an interception for a touchdown in the second quarter to give the Hawks a 10-3 lead.", ["number/high"]],
  ["The company's profit rose in the first quarter.", "The company's profit rose in the second quarter.", ["number/high"]],
  // Two floors or two ceilings that differ are each outlet's count: worth checking; two estimates keep each other.
  ["The landslide killed at least 38 people.", "The landslide killed at least 83 people.", ["number/medium"]],
  // One figure, above it on one side and below it on the other: medium. A floor and a ceiling that
  // both hold the figure ("at least 40" / "up to 40"), an estimate or the figure itself, or another thing counted: none.
  ["More than 3,000 people attended the rally.", "Nearly 3,000 people attended the rally.", ["number/medium"]],
  ["At least 40 people were injured in the blast.", "Fewer than 40 people were injured in the blast.", ["number/medium"]],
  ["The company cut more than 1,000 jobs.", "The company cut almost 1,000 jobs.", ["number/medium"]],
  ["At least 40 people were injured in the blast.", "Up to 40 people were injured in the blast.", []],
  ["More than 3,000 people attended the rally.", "About 3,000 people attended the rally.", []],
  ["More than 3,000 people attended the rally.", "Nearly 3,000 tickets were sold for the rally.", []],
  ["Just over 1,000 homes lost power.", "Just under 1,000 homes lost power.", ["number/medium"]],
  // Not a bound denied, "over" and "under" of where or how long, two events, two times, or a range's end.
  ["No more than 50 people attended the meeting.", "Nearly 50 people attended the meeting.", []],
  ["Cars were buried under 3 feet of snow.", "Cars were buried under at least 3 feet of snow.", []],
  ["Borrowers repay the loans over 10 years.", "Borrowers have up to 10 years to repay the loans.", []],
  ["Nearly 200 people were injured in the quake.", "More than 200 people were evacuated after the quake.", []],
  ["The company employed nearly 5,000 people in 2020.", "The company now employs more than 5,000 people.", []],
  ["Estimates range between nearly 10 and more than 20 percent.", "Analysts put the figure at nearly 20 percent.", []],
  // Nor of two doers, two days, or two sentences that say much else differently.
  ["Republicans won more than 50 seats.", "Democrats won nearly 50 seats.", []],
  ["Republican candidates won more than 50 seats in the state legislature on Tuesday night.", "Democratic candidates won nearly 50 seats in the state legislature on Tuesday night.", []],
  ["The gunmen fired more than 20 shots at the house on Elm Street before fleeing in a stolen car.", "The officers fired fewer than 20 shots at the house on Elm Street before fleeing in a stolen car.", []],
  [
    "The airline cancelled more than 300 flights at its Dallas hub on Monday because of the ice storm.",
    "The airline cancelled nearly 300 flights at its Dallas hub on Tuesday because of the ice storm.",
    [],
  ],
  ["The suspect is more than 6 feet tall.", "The victim was nearly 6 feet tall.", []],
  ["More than half of the victims were children.", "Nearly half of the victims were women.", []],
  // (Even far apart: a toll given early and late in the day, or of two scopes.)
  ["At least 5 people were killed in the initial blast, police said.", "At least 30 people were killed, police said.", ["number/medium"]],
  ["At least 100 people were killed in the clashes.", "More than 90 people were killed in the clashes.", ["number/low"]],
  ["More than a dozen people were killed.", "At least 11 people were killed.", ["number/low"]],
  ["Over 5,600 homes lost power.", "Over 4,600 homes lost power.", ["number/medium"]],
  // A bound before "a" and a count word: "more than a dozen" holds 15; "nearly a dozen" does not.
  ["The strike killed 15 people, officials said.", "More than a dozen people were killed, officials said.", ["number/low"]],
  ["The strike killed 15 people, officials said.", "Nearly a dozen people were killed, officials said.", ["number/high"]],
  ["About 150 people joined the march.", "About 160 people joined the march.", ["number/low"]],
  // Both counting others count one set; one side's others are a set apart from the other's all.
  ["Four other family members escaped the fire.", "Three other family members escaped the fire.", ["number/high"]],
  ["Three other women were hurt.", "Four women were hurt.", []],
  ["At least six other cities have signed the pact.", "Oslo, Lyon, Turin and at least two other cities have signed the pact.", []],
  // A death toll counts the dead, whatever verb moves it; not the injured.
  ["The landslide killed 38 people on Monday.", "The death toll from Monday's landslide has risen to 83.", ["number/high"]],
  ["The landslide killed 38 people on Monday.", "The death toll from Monday's landslide stood at 38.", []],
  // A clock time is a date's, not a count: compared by the dates rule.
  ["Polls close at 8 p.m. on Tuesday.", "Polls close at 9 p.m. on Tuesday.", []],
  // A tally written out, or beside "ruling" or "split", is one figure.
  ["The justices split five to two.", "The justices split four to three.", ["number/high"]],
  ["The court upheld the law, ruling 5-2 that it was valid.", "The court upheld the law, ruling 4-3 that it was valid.", ["number/high"]],
  ["The council voted to raise the fee from 5 to 7 dollars.", "The council voted to raise the fee from 5 to 9 dollars.", ["number/high"]],
  ["He took batting practice for the second time on Tuesday.", "He took batting practice for the first time on Monday.", []],
  // A vote's tally, whatever verb tells it.
  ["The council approved the settlement in a 7-2 vote on Monday.", "The council voted 6-3 Monday to approve the settlement.", ["number/high"]],
  // A figure a change started from pairs only with another such figure: 87 against 78, not 61.
  ["The outbreak has grown to 87 confirmed cases, the department said on Thursday.", "The department on Thursday reported 78 cases linked to the outbreak, up from 61 last week.", ["number/high"]],
  ["Sales fell to $3.1 billion from $3.4 billion a year earlier.", "Sales fell to $3.1 billion, compared with $3.9 billion a year earlier.", ["number/high"]],
  ["Shares closed at $9.99 on Friday.", "Shares closed at $7.50 on Friday.", ["number/high"]],
  ["The storm killed 12 people and destroyed 40 homes.", "The storm killed 12 people and damaged 300 cars.", []],
  // A year, "one of" and a name are not what a figure counts.
  ["The court cited its 1992 decision on Monday.", "The court cited its 1992 case on Monday.", []],
  ["One of the company's engineers was arrested.", "One of the employees was arrested.", []],
  ["Leaders of four Central Asian nations met on Friday.", "Leaders of four central Asian states met on Friday.", []],
  ["The attack hit 300 hospitals in 2021.", "The attack hit 300 schools in 2021.", ["number/low"]],
  ["Northbridge have won 14 of their 20 league games this season.", "Northbridge have won 14 of their 20 matches this season.", ["number/low", "number/low"]],
  // One compound noun shared, a word and its shortening, or newsroom equivalents count the same thing.
  ["The archdiocese offered to settle 500 clergy sex abuse lawsuits.", "The archdiocese offered to settle 500 sex abuse lawsuits.", []],
  ["The flaw resides in the Oxford 922 chipset.", "The flaw resides in the Oxford 922 chip.", []],
  ["Between 50 and 100 persons die each year.", "Between 50 and 100 people die each year.", []],
  ["The Pentagon will send 7,000 soldiers to the region.", "The Pentagon will send 7,000 troops to the region.", []],
  // One a kind of the other is no finding; unrelated things stay high.
  ["They studied data from 2,000 infants treated with radiation.", "They studied data from 2,000 children treated with radiation.", []],
  ["The malware struck hundreds of organizations.", "The malware struck hundreds of computers.", ["number/high"]],
  ["The march drew 40,000 women.", "The march drew 40,000 men.", ["number/high"]],
  // A hyphenated count says what it counts; a year is not paired with a count.
  ["Tuition at four-year colleges rose.", "Tuition at colleges averaged $4,694.", []],
  ["In the 2002 study, the margin of error was small.", "The study had a margin of error of three points.", []],
  // "38-million", "a million" and a decimal comma are read as figures.
  ["The properties were valued at 38-million euros.", "The properties were valued at 38 million euros.", []],
  ["Wal-Mart will check its million workers.", "Wal-Mart will check its 1 million workers.", []],
  ["Sales reached 3,4 million units.", "Sales reached 3.4 million units.", []],
  // Figures that do not say what they count pair only within a factor of ten.
  ["The index rose 2.5 on the day.", "The index rose to 1,672.22 on the day.", []],
  ["The index rose 30 on the day.", "The index rose 14 on the day.", ["number/high"]],
  // Ages compare only for the same person and are exact, like small whole counts; one figure rounded is none.
  ["A 4-year-old boy shot himself in the hand.", "A 1-year-old brother was in the room when the boy shot himself in the hand.", []],
  ["Detectives say a 46-year-old man killed a woman.", "Detectives say a 45-year-old man killed a woman.", ["number/high"]],
  // One named person's age, before the name or in apposition after it.
  ["The driver, Juan Ortiz, 34, was taken to Mercy Hospital.", "43-year-old Juan Ortiz, the driver, was taken to Mercy Hospital.", ["number/high"]],
  ["The driver, Juan Ortiz, 34, was taken to Mercy Hospital.", "34-year-old Juan Ortiz, the driver, was taken to Mercy Hospital.", []],
  ["The attack killed 23 soldiers.", "The attack killed 24 soldiers.", ["number/high"]],
  ["The index slipped 1.23 percent.", "The index slipped 1.2 percent.", []],
  ["They paid $13,625,777 in state taxes.", "They paid $13.6 million in state taxes.", []],
  ["He was sentenced to 12 years in prison.", "He was sentenced to 10 years in prison.", ["number/high"]],
  // Faculty counts professors; "47 the previous night" does not count nights.
  ["Nearly 90 professors signed the letter.", "Nearly 90 faculty signed the letter.", []],
  ["There were six arrests Wednesday, compared to 47 the previous night.", "The police made 47 arrests overnight.", []],
  // Figures that are not one measure: ages of two people, ranks, "53 others", two measures, two periods, shares, clock times.
  ["The victims were Sasha Cole, 13, and her aunt.", "Police arrested Dan Lauten, 31, and her aunt.", []],
  ["Hoyer kept the No. 2 job in the party.", "Hoyer kept the No. 2 position in the party.", []],
  ["The attack killed 50 people and left 53 others wounded.", "The attack killed 50 people and 53 were wounded.", []],
  ["He reported income of $141 million last year.", "He paid $43 million in federal taxes last year.", []],
  ["The average rate was 31.55% from 2007 to 2013.", "The rate was 35.7% in 2014.", []],
  ["The storm killed 12 people on Monday.", "The storm killed 21 people on Monday.", ["number/high"]],
  ["The bond was set at $500,000 on Monday.", "The bond was set at $750,000 on Monday.", ["number/high"]],
  // Of two mentions of one value the one counting the same thing pairs; a small count of two things is none.
  [
    "They shot Zack Barth and two Capitol Police officers, Crystal Griner and David Bailey.",
    "Six people, including two congressmen, two police officers and a lobbyist, were hurt.",
    [],
  ],
  ["Lawyers decried a rush to indict after a two-year grand jury investigation.", "Two prosecutors in the investigation had attended a fund-raiser.", []],
  // A hyphenated modifier or a possessive is not what is counted; the words before "and" belong to the other figure.
  ["He bought a $43,000 Rolex watch and a mink cape.", "He bought a $43,350 gold-plated men's Rolex watch and $9,587.64 worth of furniture.", ["number/low"]],
  // A bound the other keeps, figures ten times apart, or another set: nothing; a rounded figure of several: low.
  ["Vanity Fair estimated the reading cost $1.1 million.", "Vanity Fair estimated the reading cost more than $1 million.", []],
  ["Lawyers found roughly 900 pages about the attack.", "The department received 55,000 pages of emails about the attack.", []],
  ["The accusations of four women are fake news, the campaign said.", "The paper found three other women who said Moore pursued them.", []],
  ["They paid $43,885,310 in federal taxes and $13,625,777 in state taxes.", "They paid an additional $13.6 million in state taxes.", []],
  // Sources are people; one equivalent noun of a compound is enough.
  ["The reporters talked to more than 30 sources.", "The reporters interviewed more than 30 people.", []],
  ["A letter was signed by nearly 90 professors.", "A letter was signed by nearly 90 faculty members.", []],
  // A figure that does not say what it counts is of the noun beside it on the other side.
  ["Couture's bond was set at $500,000.", "Couture is being held on $750,000 bond.", ["number/high"]],
  ["The fund paid $500,000 to the families.", "The fund paid 750,000 meals to the families.", []],
  ["Two-thirds of the Senate backed the bill.", "The bill was backed after two full terms of debate.", []],
  ["Polls opened at 0300 GMT on Sunday.", "Polls opened at 1100 GMT on Sunday.", []],
  // One year against a span of years: two periods, two facts.
  ["Last year the couple paid an effective tax rate of 35.7 percent.", "From 2007 through 2014 the couple paid an effective tax rate of 31.55 percent.", []],
  // (a year against a rate is no pair)
  ["Lee paid an effective tax rate of roughly 36 percent over those three decades.", "The couple's effective tax rate for 2014 was 45.8 percent.", []],
  ["Last year the couple paid an effective tax rate of 35.7 percent.", "Last year the couple paid an effective tax rate of 31.5 percent.", ["number/high"]],
  // A figure in brackets after another is that figure converted: not a second figure.
  ["Thieves made off with jewels worth two million euros ($2.6 million).", "Thieves made off with jewels worth two million euros (£1.7 million).", []],
  ["The quake struck 36 miles (58 km) north of the city.", "The quake struck 36 miles north of the city.", []],
  ["Thieves made off with jewels worth two million euros ($2.6 million).", "Thieves made off with jewels worth three million euros.", ["number/high"]],
  // One hand-over told from either end is one event: the figures differ.
  ["Boxes with 50,000 pages of emails were delivered to the department.", "The department received 55,000 pages of emails.", ["number/high"]],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("in members of several sentences, figures from two sentences that share little are two facts; from one claim, they differ", () => {
  const kinds = (a: Side, b: Side) => numbers(a, b).map((f) => `${f.type}/${f.severity}: ${f.explanation}`);
  const older = member(
    "A",
    "The new portables carry up to 8GB of memory and graphics 60 percent faster than the previous generation.",
    "The company will ask $1,099 for the base 13-inch version of its older laptop and $1,799 for a 15-inch version, with an upgraded 15-inch model going for $2,199.",
  );
  const thin = member(
    "B",
    "New 11-inch and 13-inch models of the thin laptop were announced on Monday.",
    "The 13-inch models start at $1,199 and include the same display as the previous models, along with 4GB of memory and 128GB of storage.",
  );
  expect(kinds(older, thin)).toEqual([]);
  const upgraded = member("A", "The new portables carry up to 8GB of memory.", "The company will ask $2,199 for an upgraded 15-inch model of its older laptop.");
  const sameClaim = member("B", "New 11-inch and 13-inch models of the thin laptop were announced on Monday.", "The company will ask $2,499 for an upgraded 15-inch model of its older laptop.");
  expect(kinds(upgraded, sameClaim)[0]).toBe("number/high: A gives “$2,199”; B gives “$2,499”.");
  // A short sentence is all of the other's words but its figures: one claim.
  const vote = member("A", "The bill passed the Senate on Tuesday.", "The vote was 52 to 48.");
  expect(kinds(vote, side("B", "The Senate passed the bill by a vote of 51 to 49."))[0]).toBe("number/high: A gives “52 to 48”; B gives “51 to 49”.");
});

test("\"a good one\" is a pronoun, not a count: \"three games\" has nothing to pair with", () => {
  expect(kindsOf(numbers, "The Sixers have dropped their last three games.", "The season was supposed to be a good one for the Sixers.")).toEqual([]);
  expect(kindsOf(numbers, "The Sixers have dropped their last three games.", "The Sixers have dropped their last one game.")).toEqual(["number/high"]);
});

test("a figure only one side gives is a detail it adds, no finding", () => {
  expect(kindsOf(numbers, "Police said 4,300 women filed complaints against the chain.", "Police said women filed complaints against the chain.")).toEqual([]);
  expect(kindsOf(numbers, "Police said 4,300 women filed complaints against the chain.", "Police said 3,100 women filed complaints against the chain.")).toEqual(["number/high"]);
});

test.each([
  // Figures written in other forms: a dozen, a scale glued to the figure, a share in words, an age in apposition.
  ["A dozen people were injured when the tram derailed.", "Twenty people were injured when the tram derailed.", ["number/high"]],
  ["A dozen people were injured when the tram derailed.", "Twelve people were injured when the tram derailed.", []],
  ["Two dozen people were injured when the tram derailed.", "Twenty-four people were injured when the tram derailed.", []],
  ["The bank agreed to buy the startup for $3bn.", "The bank agreed to buy the startup for $300 million.", ["number/high"]],
  ["The bank agreed to buy the startup for $3bn.", "The bank agreed to buy the startup for $3 billion.", []],
  ["The club sold the striker for £65m.", "The club sold the striker for £65 million.", []],
  ["Half of the voters surveyed said they opposed the tax.", "A third of the voters surveyed said they opposed the tax.", ["number/high"]],
  ["Half of the voters surveyed said they opposed the tax.", "Fifty percent of the voters surveyed said they opposed the tax.", []],
  ["Two-thirds of the voters surveyed opposed the tax.", "Sixty-seven percent of the voters surveyed opposed the tax.", []],
  ["The woman, 34, was charged with arson.", "The 43-year-old woman was charged with arson.", ["number/high"]],
  ["The woman, 34, was charged with arson.", "The 34-year-old woman was charged with arson.", []],
  ["The woman, aged 34, was charged with arson.", "The 43-year-old woman was charged with arson.", ["number/high"]],
  ["The victim died at age 41, police said.", "Police said 41 people were questioned about the victim.", []],
  // The two sides of a clash counted with one figure: one of them misread.
  ["Twelve police officers were injured in the clashes, the ministry said.", "Twelve protesters were injured in the clashes, the ministry said.", ["number/high"]],
  ["At least 30 civilians were killed in the strike.", "At least 30 militants were killed in the strike.", ["number/high"]],
  ["Twelve police officers were injured in the clashes.", "Twelve officers were hurt in the clashes.", []],
  // One claim told alike but for its one figure, of one unit: however far apart, the figures conflict.
  ["The study enrolled 2,000 people across 14 hospitals.", "The study enrolled 50 people across 14 hospitals.", ["number/high"]],
  ["The recommended starting dose is 10 mg once daily.", "The recommended starting dose is 10 g once daily.", ["number/medium"]],
  ["The recommended starting dose is 10 milligrams once daily.", "The recommended starting dose is 10 mg once daily.", []],
  // (One rate over two periods is no conflict, nor a calibre with and without its point.)
  ["The plant emits 200 tonnes of carbon dioxide a day.", "The plant emits 70,000 tonnes of carbon dioxide a year.", []],
  ["The gunman used a .45-caliber handgun.", "The gunman used a 45-calibre handgun.", []],
  // (A part against the whole, told in other words, is two facts.)
  ["Texas Department of Health and Human Services records show there were 88 abortions performed on girls age 14 and younger last year.", "Statistics from the Texas Department of Health and Human Services show that 11,844 abortions were performed in the state last year.", []],
  // One change measured against two periods: medium.
  ["The median home price rose 4.1% from a year earlier to $426,900, the group said.", "The median home price rose 4.1% from the previous month to $426,900, the group said.", ["number/medium"]],
  ["Rents rose 0.4% month over month in March, the survey found.", "Rents rose 0.4% year over year in March, the survey found.", ["number/medium"]],
  ["Rents rose 0.4% year-on-year in March, the survey found.", "Rents rose 0.4% from a year ago in March, the survey found.", []],
  // (Not a sentence that names two periods, nor a period inside a quotation.)
  ["Rents rose 0.4% month over month and 5% year over year in March.", "Rents rose 0.4% from the previous month in March, the survey found.", []],
  ["\"Rents rose 0.4% month over month,\" the economist said of March.", "Rents rose 0.4% from a year earlier in March, the economist said.", []],
  // A count in words of a count in words: one range; nested in the other's, worth a look; outside it, a conflict.
  ["Tens of thousands of people rallied in Belgrade on Saturday.", "Thousands of people rallied in Belgrade on Saturday.", ["number/low"]],
  ["Tens of thousands of people rallied in Belgrade on Saturday.", "About 40,000 people rallied in Belgrade on Saturday.", ["number/low"]],
  ["Tens of thousands of people rallied in Belgrade on Saturday.", "About 4,000 people rallied in Belgrade on Saturday.", ["number/high"]],
  // (Its edges are ten and a hundred of them: "at least 10,000", "nearly 100,000", "more than 100,000" are inside.)
  ["Tens of thousands of people marched in Paris.", "Nearly 100,000 people marched in Paris.", ["number/low"]],
  ["Tens of thousands of people fled the city.", "At least 10,000 people fled the city.", ["number/low"]],
  ["Hundreds of thousands of people fled the city.", "More than 100,000 people fled the city.", ["number/low"]],
  ["Tens of thousands of people fled the city.", "Hundreds of thousands of people fled the city.", ["number/high"]],
  ["Hundreds of thousands of people fled the city.", "Hundreds of thousands of residents fled the city.", []],
  // An age after "aged" or "at age" with no one named beside it is one person's where the words around it are the same.
  ["He died at age 87 on Sunday at his home in Vermont.", "He died at age 78 on Sunday at his home in Vermont.", ["number/high"]],
  ["The actress, aged 87, had been in declining health, her family said.", "The actress, aged 78, had been in declining health, her family said.", ["number/high"]],
  ["He died at age 87 on Sunday.", "He died at 87 on Sunday.", []],
  // Ages of two people: words around them that differ.
  ["A woman aged 40 was arrested at the scene.", "The crash killed a cyclist aged 19.", []],
  ["Police arrested a woman aged 40 on Friday.", "Police arrested a man aged 41 on Friday.", []],
  // "At age": of the one the verb before it is said of ("Her husband died at age 70" / "She died at age 68": two people).
  ["Her husband died at age 70 in the crash.", "She died at age 68 in the crash.", []],
  ["The actress died at age 87 on Sunday.", "The actress died at age 78 on Sunday.", ["number/high"]],
  ["The gunman, aged 40, was shot by police.", "The victim, aged 19, was shot by police.", []],
  // ("Aged" itself is no word around the figure: "arrested a man aged 40" / "killed a man aged 19" are two men.)
  ["Police arrested a man aged 40 on Friday.", "The crash killed a man aged 19 on Friday.", []],
  // A rank on a scale is a figure of the claim; a route's number is a name.
  ["Delia made landfall near Port Arthur on Thursday as a Category 3 storm.", "Delia made landfall near Port Arthur on Thursday as a Category 4 storm.", ["number/high"]],
  ["Delia made landfall on Thursday as a Category 3 storm.", "Delia came ashore on Thursday as a Category 3 hurricane.", []],
])("figures in other forms: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // Two spans of years are one period only as a whole.
  ["The couple earned $141 million from 2007 to 2014, tax returns show.", "He earned $20 million between 2011 and 2014, tax returns show.", []],
  ["The couple earned $141 million from 2007 to 2014, tax returns show.", "The couple earned $120 million between 2007 and 2014, tax returns show.", ["number/high"]],
])("periods: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // A plural the tagger reads as a verb ("carries", "catches") is what the figure counts: two statistics.
  ["Smith finished the year with 404 yards rushing, as well as 52 catches for 440 yards.", "Smith finished the season with 404 yards rushing on 106 carries.", []],
  ["Smith finished the season with 52 catches for 440 yards.", "Smith finished the season with 48 catches for 440 yards.", ["number/high"]],
  // "seven of its villages" counts villages: not the quake's magnitude.
  ["The quake struck with a force of about 6.0 on the Richter scale and hit the island.", "The island and seven of its villages were most affected by the quake.", []],
  ["Two of their children were hurt in the crash.", "Three of their children were hurt in the crash.", ["number/high"]],
  // Distances from two places are two measures of where; from one place, one.
  ["The quake was centered 13 miles east of Cloverdale.", "The quake was centered 23 miles north of Santa Rosa.", []],
  ["The bomb exploded 40 km from Kabul.", "The bomb exploded 60 km from Kabul.", ["number/high"]],
  ["The body was found 2 miles from the victim's home.", "The body was found 5 miles from the school.", []],
  ["The body was found 2 miles from the victim's home.", "The body was found 5 miles from the victim's home.", ["number/high"]],
  // Where a fall began is no position: the fall's lengths compare.
  ["Another climber died after slipping and falling about 200 feet from a ridge in the park.", "A 36-year-old climber is dead after falling about 150 metres at Mount Cook.", ["number/medium"]],
  // A distance from a place is no depth: the depths are what compare.
  ["The quake struck 13 miles east of Cloverdale at a depth of 5 miles.", "The quake struck 23 miles north of Santa Rosa at a depth of 8 miles.", ["number/high"]],
  // A game's statistic in two words is one statistic.
  ["Kelce finished the season with 52 catches.", "Kelce finished the season with 52 receptions.", []],
  ["Henry finished the game with 26 carries.", "Henry finished the game with 26 rushing attempts.", []],
  // Children in general are a kind of young people only, not of any people ("two leaders").
  ["Two leaders of polygamous groups have been arrested in Canada, charged with practicing polygamy.", "The leader of a polygamous community who has dozens of children was arrested and charged with practicing polygamy.", []],
  ["The fire killed two other kids in the house.", "The fire killed two other stepchildren in the house.", []],
  // A noun after "in" says where the counted things are, not what they are.
  ["In 2004 a tsunami killed 170,000 people in the province and tens of thousands more in countries around the Indian Ocean.", "In 2004 a tsunami killed 230,000 people in 13 countries around the Indian Ocean.", []],
  // A unit written in capitals is what the figure measures: storage is no price.
  ["Storage remains at 64 GB and 128 GB in the models, though it is now configurable up to 512 GB.", "The 13-inch model comes in $1,199 and $1,499 versions.", []],
  ["The base model has 128 GB of storage.", "The base model has 256 GB of storage.", ["number/high"]],
  // A count since a month or a day on one side only is a count of part of the time.
  ["The teenager had been arrested four times.", "The teenager had been arrested three times since October.", []],
  ["The teenager had been arrested four times since October.", "The teenager had been arrested three times since October.", ["number/high"]],
  ["He has been arrested three times since 2019.", "He has been arrested four times.", []],
  // One telephone number with its digits grouped two ways.
  ["For information call 0800 555 111.", "For information call 0800 555111.", []],
  ["For information call 0800 555 111.", "For information call 0800 555 112.", ["number/high"]],
])("what a figure measures: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // Two sentences saying the same with one figure each give one figure two ways, whatever stands beside them; an age both give is not a figure of the claim.
  ["The judge set bail for the 41-year-old at $500,000.", "Bail for the 41-year-old was set at $50,000 by the judge.", ["number/high"]],
  // Verbs news uses for one event: a score, a contract.
  ["Liverpool beat Arsenal 2-0 at Anfield on Saturday.", "Liverpool defeated Arsenal 2-1 on Saturday at Anfield.", ["number/high"]],
  // One sum given whole and in two parts that add up to it; parts adding up to another sum differ.
  ["The transfer fee is £100m including add-ons.", "The transfer fee is £85m plus £15m in add-ons.", []],
  ["He will be paid a total of $1.5 million this year.", "He will be paid $1.2 million and a further $300,000 in bonuses this year.", []],
  ["He was offered a base salary of $1.5 million.", "He was offered a base salary of $1.2 million and a further $300,000 in bonuses.", ["number/high"]],
  ["The transfer fee is £100m including add-ons.", "The transfer fee is £85m plus £10m in add-ons.", ["number/high"]],
  // The dead and the injured against one toll of both; a toll that is not their sum, or told as the dead alone, differs.
  ["The bus crash killed three people and injured 11 others, police said.", "Police said 14 people were hurt in the bus crash, three of them fatally.", []],
  ["The shelling killed 9 people and wounded 25 others, officials said.", "Officials said 34 people were killed or wounded in the shelling.", []],
  // (The injured counted without their noun: "three people were killed and 12 injured".)
  ["Three people were killed and 12 injured in the crash.", "Fifteen people were killed or injured in the crash.", []],
  ["Three people were killed and 12 injured in the crash.", "Sixteen people were killed or injured in the crash.", ["number/high"]],
  ["The bus crash killed three people and injured 11 others, police said.", "Police said 15 people were hurt in the bus crash, three of them fatally.", ["number/high"]],
  ["The shelling killed 9 people and wounded 25 others, officials said.", "Officials said 34 people were killed in the shelling.", ["number/high"]],
  // (Not any "of them", nor parts that are not the dead and the injured.)
  ["The shelling killed 9 people and wounded 25 others, officials said.", "The shelling killed 34 people, many of them children, officials said.", ["number/high"]],
  ["Nine soldiers were killed and four others were wounded in the ambush.", "Thirteen soldiers were killed in the ambush, two of them officers.", ["number/high", "number/high"]],
  // South Asian scales: a crore is ten million, a lakh a hundred thousand; "Rs" is rupees' code, not a name.
  ["The company was fined Rs 2 crore by the regulator.", "The company was fined Rs 20 crore by the regulator.", ["number/high"]],
  ["The company was fined Rs 2 crore by the regulator.", "The company was fined 20 million rupees by the regulator.", []],
  ["The company was fined Rs 2 crore by the regulator.", "The company was fined Rs 2 million by the regulator.", ["number/high"]],
  ["The regulator fined Infosys 2 crore rupees on Monday.", "The regulator fined Infosys 2 million rupees on Monday.", ["number/high"]],
  // Rupees by their code against dollars: two currencies, a sum worth a look.
  ["The company was fined Rs 2 crore by the regulator.", "The company was fined $2 million by the regulator.", ["number/medium"]],
  ["The court ordered him to pay 5 lakh rupees in compensation.", "The court ordered him to pay 50,000 rupees in compensation.", ["number/high"]],
  ["The court ordered him to pay Rs 500 in compensation.", "The court ordered him to pay Rs 5,000 in compensation.", ["number/high"]],
  // The same score told from the loser's side, its figures the other way round: one score.
  ["Liverpool beat Arsenal 3-1 at Anfield on Saturday.", "Arsenal lost 1-3 to Liverpool at Anfield on Saturday.", []],
  ["Liverpool beat Arsenal 3-1 at Anfield on Saturday.", "Arsenal lost 1-2 to Liverpool at Anfield on Saturday.", ["number/high"]],
  // A rate's move in basis points and in points: one unit.
  ["The Fed raised rates by 50 basis points on Wednesday.", "The Fed raised rates by a quarter of a percentage point on Wednesday.", ["number/high"]],
  ["The Fed raised rates by 50 basis points on Wednesday.", "The Fed raised rates by half a percentage point on Wednesday.", []],
  // A match told set by set keeps each set's order: who won it.
  ["Sinner won 6-4, 3-6, 7-5 on Sunday.", "Sinner won 6-4, 6-3, 7-5 on Sunday.", ["number/high"]],
  ["The winger signed a four-year contract with Juventus.", "The winger agreed a three-year deal with Juventus.", ["number/high"]],
])("one claim, its figure given two ways: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("a count of others is not the count of all, though the figure's noun lies past an adjective", () => {
  expect(kindsOf(numbers, "Nineteen injured passengers were taken to hospitals in Huancayo.", "Mamani and 18 other injured passengers were brought to hospitals in Huancayo.")).toEqual([]);
});

test.each([
  // One value written two ways is no difference; a glued "k" or "m" is a scale before a count of many, not a metre.
  ["About 250,000 people marched in the capital on Saturday.", "About 250k people marched in the capital on Saturday.", []],
  ["About 1.2 million homes lost power on Tuesday.", "About 1.2m homes lost power on Tuesday.", []],
  ["About 250,000 people marched in the capital on Saturday.", "About 150k people marched in the capital on Saturday.", ["number/high"]],
])("one value written two ways: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("one measure beside one verb, or one term in prison, shows one fact: the finding is anchored", () => {
  const anchored = (a: string, b: string) => findingsOf(numbers, a, b).map((f) => f.anchored === true);
  expect(anchored("The flood killed five people in the valley.", "The flood killed three people in the valley.")).toEqual([true]);
  expect(anchored("The clerk was sentenced to nine years in prison.", "The clerk will spend eight years in prison.")).toEqual([true]);
  // Two verbs that may tell two events: unsure, not anchored.
  expect(anchored("Seven people died in the crash.", "Nine people were injured in the crash.")).toEqual([false]);
});

test.each([
  // Two figures of two events given the other way round: each value is there, on the wrong event.
  ["The storm killed 12 people and injured 40.", "The storm killed 40 people and injured 12.", ["number/high"]],
  ["Twelve people died and 40 were injured in the crash.", "Forty people died and 12 were injured in the crash.", ["number/high"]],
  ["The company cut 200 jobs and hired 50 engineers.", "The company hired 200 engineers and cut 50 jobs.", ["number/high"]],
  // The same figures on the same events, in other words or order: none.
  ["The storm killed 12 people and injured 40.", "The storm injured 40 people and killed 12, officials said.", []],
  ["Twelve people died and 40 were injured in the crash.", "The crash killed 12 people; 40 others were hurt.", []],
  // Not two verbs of one act, nor two occasions or two people.
  ["Israel released 40 prisoners and Hamas freed 12 hostages.", "Hamas released 12 hostages and Israel freed 40 prisoners.", []],
  ["The attack killed 12 people; a similar attack last year injured 40.", "A similar attack last year killed 40 people; this one injured 12.", []],
  // Two figures each given to the other's owner: the clause's subject ("police", "organisers") or the kind named in the figure ("Ukrainian", "Russian").
  ["Police estimated the crowd at 20,000, while organisers put it at 100,000.", "Organisers estimated the crowd at 20,000, while police put it at 100,000.", ["number/high"]],
  ["The ministry said 40 Ukrainian soldiers and 15 Russian troops died in the fighting.", "The ministry said 15 Ukrainian soldiers and 40 Russian troops died in the fighting.", ["number/high"]],
  // Each figure with its own owner, told in another order, is no swap.
  ["Police estimated the crowd at 20,000, while organisers put it at 100,000.", "Organisers put the crowd at 100,000, while police estimated it at 20,000.", []],
  ["Smith won 52% of the vote and Jones 48%.", "Jones took 48% and Smith won 52% of the vote.", []],
  // (Nor figures whose speakers stand where their owners did: "Russia lost 400, Ukraine said" / "Ukraine said Russia lost 400".)
  ["Russia lost 400 soldiers, Ukraine said, while Ukraine lost 600, according to Russia.", "Ukraine said Russia lost 400 soldiers, while Russia said Ukraine lost 600.", []],
  ["China was accused by the US of 40 violations, and the US by China of 12.", "The US accused China of 40 violations, and China accused the US of 12.", []],
])("swapped figures: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("figures swapped between owners are named with their owners", () => {
  const [f] = findingsOf(numbers, "Police estimated the crowd at 20,000, while organisers put it at 100,000.", "Organisers estimated the crowd at 20,000, while police put it at 100,000.");
  expect(f?.explanation).toBe("A gives 20,000 to “Police” and 100,000 to “organisers”; B gives 20,000 to “Organisers” and 100,000 to “police”: the figures are swapped.");
});

test("swapped figures are named with their verbs", () => {
  const [f] = findingsOf(numbers, "The storm killed 12 people and injured 40.", "The storm killed 40 people and injured 12.");
  expect(f?.explanation).toBe("A says “killed 12 people” and “injured 40”; B says “killed 40 people” and “injured 12”: the figures are swapped.");
});

test.each([
  // One value counting two things, where each side counts the other's thing too: the figures moved between things.
  ["The fire destroyed 46 homes and 12 businesses.", "The fire destroyed 64 homes and 46 businesses.", ["number/high", "number/high"]],
  ["Three people in two states have been hospitalized.", "Four people in three states have been hospitalized.", ["number/high", "number/high"]],
  // Not when the other side has no other figure for the thing: one value, two facts.
  ["Two congressmen and two police officers were hurt.", "Two Capitol Police officers were hurt.", []],
])("a figure that moved to another thing pairs with its own thing's figure: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // A term in custody, however told ("jailed for", "a five-year sentence", "years in prison"), is one sentence.
  ["Okafor was jailed for four years on Friday.", "Okafor received a five-year sentence on Friday.", ["number/high"]],
  ["Okafor was sentenced to four years in prison.", "Okafor was jailed for five years.", ["number/high"]],
  // A term the law allows or someone asks for is not one served.
  ["He was charged with fraud, which carries a maximum five-year sentence.", "He was jailed for four years for fraud.", ["number/low"]],
  ["Prosecutors sought a five-year sentence.", "He was jailed for four years.", ["number/low"]],
  // A term of office is not a term in custody.
  ["Okafor was jailed for four years in 2019.", "Okafor will serve a five-year term as mayor.", ["number/low"]],
])("a term in custody: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // A figure measuring the one thing of the story in a compound differs whoever the subjects.
  ["Trump took the 35-word oath administered by Chief Justice John Roberts at noon.", "Chief Justice John Roberts administered the 38-word oath at noon.", ["number/high"]],
  ["In a 48-page indictment, prosecutors charged the congressman with fraud.", "The 47-page indictment says the congressman spent campaign funds.", ["number/high"]],
  // Not "a 10-year sentence" against "a 5-year sentence" of two people.
  ["Smith received a 10-year sentence on Monday.", "Jones received a 5-year sentence on Monday.", []],
  // The one sum each sentence gives for one thing: worth a look, whoever gives or asks for it.
  ["Trump has said that $5 billion in funding for the wall is non-negotiable.", "Trump is now insisting that Congress appropriate $5.7 billion for the wall.", ["number/medium"]],
])("one thing measured, one sum for one thing: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // Sums in two currencies that may be one sum converted: no pair; that no conversion makes one: medium;
  // one value in two currencies: a conversion forgotten, medium; two markets' prices, low.
  ["Arsenal signed him for £55m.", "Arsenal signed him for €64m.", []],
  ["Arsenal signed him for £55m.", "Arsenal signed him for 64 million euros.", []],
  ["Australia will spend A$2bn on defence.", "Australia will spend $1.3bn on defence.", []],
  ["The club paid £55m for the striker.", "The club paid €30m for the striker.", ["number/medium"]],
  ["The fine was 2 billion euros.", "The fine was $2 billion.", ["number/medium"]],
  ["The phone costs $999 in New York.", "The phone costs £999 in London.", ["number/low"]],
  // A bare "$" may be the local dollar of the outlet's country: against Canadian dollars, low.
  ["The merger is worth 2 billion Canadian dollars.", "The merger is worth $2 billion.", ["number/low"]],
  // A weight in pounds is no sum of money.
  ["The suspect, who weighs 200 pounds, was arrested on Friday.", "The suspect was arrested on Friday with $200 in cash.", []],
  ["Arsenal paid £55m for him.", "Arsenal paid £65m for him.", ["number/high"]],
  // Both totals with their parts compare; a total with a part against a bare figure may be a part.
  ["Police arrested 14 people, including three teenagers.", "Police arrested nine people, including three teenagers.", ["number/high"]],
  ["The ministry reported 40 deaths, among them 15 civilians.", "The ministry reported 25 deaths, among them 10 civilians.", ["number/low", "number/high"]],
  ["The company cut 1,200 jobs, including 300 through attrition.", "The company cut 900 jobs.", ["number/low"]],
  // A figure is of the verb on its own side of "and": "killing at least 27 people and injuring about 300".
  ["An earthquake struck Turkey on Tuesday, killing at least 27 people and injuring about 300.", "At least 41 people have died after an earthquake hit Turkey on Tuesday.", ["number/medium"]],
])("currencies, parts, clauses: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // An age opening both sentences as "the" someone is the story's one person of that age: worth a look.
  ["The 24-year-old has signed a five-year contract.", "The 25-year-old has agreed a five-year contract.", ["number/medium"]],
  ["A 24-year-old man was arrested.", "The 25-year-old victim died.", []],
])("the one person of an age: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("a crowd and a turnout are one count", () => {
  expect(kindsOf(numbers, "Police estimated the crowd at 18,000.", "Police put the turnout at 25,000.")).toEqual(["number/high"]);
});

test.each([
  // Members of a parliament, however named, are one count; two chambers' members are two.
  ["Forty MPs voted against the bill.", "Forty lawmakers voted against the bill.", []],
  ["Forty MPs voted against the bill.", "Forty-two lawmakers voted against the bill.", ["number/high"]],
])("members of a parliament: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("a participle after a comma is another clause, not the figure's verb", () => {
  expect(kindsOf(numbers, "The Bank of England cut interest rates to 4.5 per cent on Thursday.", "The Bank of England lowered its benchmark rate to 4.25 per cent on Thursday, citing a weaker economic outlook.")).toEqual(["number/high"]);
});

test("a rate in one word is a rate: 'annually' is 'a year'", () => {
  expect(kindsOf(numbers, "The district will save $1.2 million a year.", "The district will save $2.1 million annually.")).toEqual(["number/high"]);
});

test("'annual' before what a sum measures makes it a rate, as 'annually' after it does", () => {
  expect(
    kindsOf(numbers, "A 25 percent increase would raise undergraduate tuition to about $5,247 annually, including fees.", "The 25 percent hike takes annual UC undergraduate tuition to $4,794."),
  ).toEqual(["number/low"]);
});

test("the dead and the injured are not summed against a toll when the other side counts a part its own way (five dead against three)", () => {
  expect(kindsOf(numbers, "The blast killed three people and 12 injured.", "The blast left 15 people killed or injured, including five dead.")).toContain("number/high");
});

test.each([
  // A change's size between the verb and the sum is no word of the sum: "rose" says what both are.
  ["Profit rose 12% to $4.1 billion.", "Profit rose 12% to $4.1 million.", ["number/high"]],
  ["Revenue fell by 3% to $2.2 billion in the quarter.", "Revenue fell by 3% to $2.2 million in the quarter.", ["number/high"]],
  ["Profit rose 12% to $4.1 billion.", "Profit rose 12% to $4.1 billion, the company said.", []],
])("a sum slipped a scale after a change's size: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // One value in two roles is no figure given alike: the rate it came to differs.
  ["The central bank cut its key rate to 4.5% from 4.75%.", "The central bank cut its key rate to 4.25% from 4.5%.", ["number/high"]],
  ["The central bank cut its key rate to 4.5% from 4.75%.", "The central bank lowered its key rate to 4.5% from 4.75% on Wednesday.", []],
  // The same values in turned roles are a direction reversed (`negation`'s), no figure told two ways.
  ["The jobless rate rose to 4.3% from 4.1%.", "The jobless rate fell to 4.1% from 4.3%.", []],
  // One side giving one end alone says nothing of which end it is: last year's revenue is that figure.
  ["Revenue was $1.48 billion, up 7% from $1.39 billion a year earlier.", "That compares with $1.39 billion in revenue a year earlier.", []],
])("a figure in the role of the other's starting point: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test.each([
  // A change in percentage points against the same figure in percent, whatever verb moves it "by" it.
  ["Ortiz's lead has shrunk by 5 percentage points since September.", "Ortiz's lead has shrunk by 5 percent since September.", ["number/medium"]],
  ["The gap between the parties narrowed by 3 percentage points in a month.", "The gap between the parties narrowed by 3 percent in a month.", ["number/medium"]],
  ["Ortiz's lead has shrunk by 5 percentage points since September.", "Ortiz's lead has shrunk by 5 points since September.", []],
])("points for percent after any verb of change: %s / %s", (a, b, expected) => {
  expect(kindsOf(numbers, a, b)).toEqual(expected);
});

test("a 'pick six' is a play, not a count of six", () => {
  expect(kindsOf(numbers, "Quinn threw a pick six to Darius Butler, and the Colts won their 10th game.", "Quinn threw an interception to Butler as the Colts won their 10th game.")).toEqual([]);
  expect(kindsOf(numbers, "Quinn threw a pick-six to Butler, who returned the interception for a touchdown.", "Butler returned an interception for a touchdown, helping the Colts win 10 games.")).toEqual([]);
  expect(kindsOf(numbers, "Six people were hurt in the crash.", "Seven people were hurt in the crash.")).toEqual(["number/high"]);
});

test("a dollar's country after its sign ('$US1 million', wire style) is a figure, and a conversion after it in brackets is the same amount", () => {
  expect(kindsOf(numbers, "Damage to the church was estimated at $US1 million ($1.52 million), authorities said.", "Damage to the church was estimated at $1 million, authorities said.")).toEqual([]);
  expect(kindsOf(numbers, "Damage was estimated at $US1 million, officials said.", "Damage was estimated at $US2 million, officials said.")).toEqual(["number/high"]);
  expect(kindsOf(numbers, "The club paid $A50 million for the land.", "The club paid $A80 million for the land.")).toEqual(["number/high"]);
});

test("'first base' and 'third base' are places on the field, not one thing ranked two ways", () => {
  expect(kindsOf(numbers, "The Red Sox have Youkilis at first base and Lowell at third.", "They would move Youkilis from first to third base and trade Lowell.")).toEqual([]);
  expect(kindsOf(numbers, "The fire started on the sixth floor.", "The fire started on the ninth floor.")).toEqual(["number/high"]);
});

test("a rank against one opponent and one over a career are two counts ('second victory over Thompson' / '58th victory')", () => {
  expect(kindsOf(numbers, "Klitschko earned his second victory over Thompson on Saturday.", "Klitschko earned his 58th victory on Saturday.")).toEqual([]);
  expect(kindsOf(numbers, "It was his second win over Thompson.", "It was his third win over Thompson.")).toEqual(["number/high"]);
  expect(kindsOf(numbers, "Klitschko earned his 57th victory on Saturday.", "Klitschko earned his 58th victory on Saturday.")).toEqual(["number/high"]);
});

test("a count before a decimal is two figures ('One 7.3-magnitude tremor'), and a name's number ('IE version 5') is no count", () => {
  expect(kindsOf(numbers, "A tremor with a 7.3 magnitude was felt in Australia.", "One 7.3-magnitude tremor was felt in Australia.")).toEqual([]);
  expect(kindsOf(numbers, "The patch covers more than half-a-dozen versions of the browser.", "The patch is for users of browser version 5 and up.")).toEqual([]);
  expect(kindsOf(numbers, "The firm filed for Chapter 11 protection with 300 workers.", "The firm filed for Chapter 7 protection with 300 workers.")).toEqual([]);
  // (Two counts still differ: "Two 6.1-magnitude quakes" / "Three 6.1-magnitude quakes".)
  expect(kindsOf(numbers, "Two 6.1-magnitude quakes hit the island.", "Three 6.1-magnitude quakes hit the island.")).toEqual(["number/high"]);
});

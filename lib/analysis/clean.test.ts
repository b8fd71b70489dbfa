import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { clean, relatedness } from "./clean";

const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");

describe("clean", () => {
  test("removes the UPI page furniture with reasons and keeps the headline and dateline as metadata", () => {
    const r = clean(upi);
    const reasons = Object.fromEntries(r.discarded.map((d) => [d.text.slice(0, 30), d.reason]));
    expect(reasons["Advertisement"]).toBe("advertisement");
    expect(reasons["Latest Headlines"]).toBe("navigation");
    expect(reasons["u"]).toBe("fragment");
    expect(reasons["Scenes from the Russian war on"]).toBe("teaser");
    expect(r.discarded.filter((d) => d.reason === "caption")).toHaveLength(3);
    expect(r.headline).toBe("Ukraine ambassador asks South Korea for help against Russian cyberattacks");
    expect(r.dateline).toBe("SEOUL, Feb. 25 (UPI) --");
    expect(r.paragraphs[0]).toMatch(/^Ukrainian Ambassador to South Korea Dmytro Ponomarenko on Friday/);
    expect(r.paragraphs.join("\n")).not.toMatch(/Advertisement|Photo by|License Photo/);
  });

  test("removes the Reuters byline, wire sign-off and the unrelated editor bio", () => {
    const r = clean(reuters);
    expect(r.byline).toBe("Hyonhee Shin");
    expect(r.dateline).toBe("SEOUL (Reuters) –");
    expect(r.discarded.map((d) => d.reason)).toEqual(["byline", "sign-off", "author-bio"]);
    expect(r.paragraphs.at(-1)).toMatch(/^“We need to act together/);
  });

  test("a station's credit and copyright lines are sign-offs; a sentence about copyright is not", () => {
    const text = [
      "A man was shot outside a bar on Main Street late Saturday, police said.",
      "The victim died at the scene.",
      "Copyright lawsuits against the bar's owner were dropped in 2024.",
      "Reported by Ana Ruiz, WXYZ 7 News.",
      "Copyright 2024 WXYZ. All rights reserved.",
      "© 2025 Lakeside Media Group",
    ].join("\n\n");
    const r = clean(text);
    expect(r.discarded.map((d) => [d.reason, d.text])).toEqual([
      ["sign-off", "Reported by Ana Ruiz, WXYZ 7 News."],
      ["sign-off", "Copyright 2024 WXYZ. All rights reserved."],
      ["sign-off", "© 2025 Lakeside Media Group"],
    ]);
    expect(r.paragraphs).toContain("Copyright lawsuits against the bar's owner were dropped in 2024.");
  });

  test("a data sheet printed beside the story (labels and values) is no part of it; a dash in a sentence is", () => {
    const text = [
      "Police charged a 17-year-old with negligent homicide after a shotgun went off on a porch.",
      "Incident Information  Date –",
      "Shooting  Weapon Information – Shotgun  Investigating Agency – City Police  Incident Location",
      "Victim Information  Name – Ann Lee  Age –",
      "The victim – a neighbour – died at the scene.",
      "Officers – two of them – arrived within minutes of the call, the chief said.",
    ].join("\n\n");
    const r = clean(text);
    expect(r.discarded.filter((d) => d.reason === "data-sheet").map((d) => d.text)).toEqual([
      "Incident Information Date –",
      "Shooting Weapon Information – Shotgun Investigating Agency – City Police Incident Location",
      "Victim Information Name – Ann Lee Age –",
    ]);
    expect(r.paragraphs).toContain("The victim – a neighbour – died at the scene.");
    expect(r.paragraphs).toContain("Officers – two of them – arrived within minutes of the call, the chief said.");
  });

  test("restore keeps a line the rules would drop; discard drops one they would keep", () => {
    const text = "Advertisement\n\nThe mayor resigned on Monday after a long inquiry.\n\nShe denied wrongdoing in a short statement to reporters.";
    expect(clean(text, { restore: ["Advertisement"] }).paragraphs).toContain("Advertisement");
    expect(clean(text, { discard: ["She denied wrongdoing in a short statement to reporters."] }).paragraphs).toEqual([
      "The mayor resigned on Monday after a long inquiry.",
    ]);
  });

  test("relatedness is high for the story and low for a bio", () => {
    expect(relatedness("Ponomarenko urged sanctions against Russia", "Ponomarenko asked Seoul for sanctions against Russia")).toBeGreaterThan(0.5);
    expect(relatedness("Wanda Rich edits Global Banking Finance Review magazine", "Ponomarenko asked Seoul for sanctions")).toBe(0);
  });
});

// A one-sentence lead of 26 words, then two body paragraphs.
const lead =
  "The mayor of Riverton resigned on Monday, two weeks after auditors found that $2 million in city grants had been paid out without a council vote.";
const second = "She denied any wrongdoing and said the payments had been approved by her predecessor in the spring.";
const third = "The council will choose an interim mayor at a special meeting on Thursday evening.";
const article = (...lines: string[]) => lines.join("\n\n");
const kept = (text: string) => clean(text).paragraphs;

describe("headlines", () => {
  test.each([
    ["sentence case with a full stop", "Riverton mayor resigns after audit of city grants."],
    ["title case with a full stop", "Riverton Mayor Resigns Over Grant Payments."],
    ["a question in title case", "Can Riverton Recover From Its Grant Scandal?"],
    ["without a full stop (unchanged)", "Riverton mayor resigns after audit of city grants"],
  ])("the first line is the headline when it looks like one: %s", (_case, headline) => {
    const r = clean(article(headline, lead, second));
    expect(r.headline).toBe(headline);
    expect(r.paragraphs).toEqual([lead, second]);
    expect(r.discarded).toEqual([{ text: headline, reason: "headline", line: 0 }]);
  });

  test("a first line that ends in a quotation is not a headline", () => {
    const quoted = 'Mayor tells council: "I did nothing wrong."';
    expect(clean(article(quoted, lead, second)).headline).toBeNull();
    expect(kept(article(quoted, lead, second))).toEqual([quoted, lead, second]);
  });

  test("a one-sentence lead is never the headline", () => {
    expect(kept(article(lead, second, third))).toEqual([lead, second, third]);
    const short = "The mayor of Riverton resigned on Monday.";
    expect(kept(article(short, lead, second))).toEqual([short, lead, second]);
    expect(kept(article(second, third))).toEqual([second, third]);
  });

  test("an update stamp before the dateline or the first words is metadata; words that merely start with Updated are not", () => {
    const stamped = clean(article("Riverton Mayor Resigns", `UPDATED at 3:05 p.m. RIVERTON, Ohio — ${lead}`, second));
    expect(stamped.dateline).toBe("UPDATED at 3:05 p.m. RIVERTON, Ohio —");
    expect(stamped.paragraphs).toEqual([lead, second]);
    const colon = clean(article("Riverton Mayor Resigns", `Updated: ${lead}`, second));
    expect(colon.dateline).toBe("Updated:");
    expect(colon.paragraphs).toEqual([lead, second]);
    const plain = "Updated figures show the grants were paid twice.";
    expect(clean(article("Riverton Mayor Resigns", plain, second)).paragraphs).toEqual([plain, second]);
  });

  test("a standfirst between the headline and a dateline or byline is not body", () => {
    const dek = "Auditors found $2 million in grants paid without a vote.";
    const dated = clean(article("Riverton Mayor Resigns", dek, `RIVERTON, Ohio — ${lead}`, second));
    expect(dated.headline).toBe("Riverton Mayor Resigns");
    expect(dated.dateline).toBe("RIVERTON, Ohio —");
    expect(dated.paragraphs).toEqual([lead, second]);
    expect(dated.discarded.map((d) => [d.text, d.reason])).toEqual([
      ["Riverton Mayor Resigns", "headline"],
      [dek, "teaser"],
    ]);
    const signed = clean(article("Riverton Mayor Resigns", dek, "By Ann Lee", lead, second));
    expect(signed.byline).toBe("Ann Lee");
    expect(signed.paragraphs).toEqual([lead, second]);
  });

  test("the headline repeated further down is a duplicate", () => {
    const r = clean(article("Riverton mayor resigns after grant audit", lead, "Update: Riverton mayor resigns after grant audit", second));
    expect(r.paragraphs).toEqual([lead, second]);
    expect(r.discarded.at(-1)).toEqual({ text: "Update: Riverton mayor resigns after grant audit", reason: "duplicate", line: 4 });
    const echo = "Riverton mayor resigns after grant audit, aides say.";
    expect(kept(article("Riverton mayor resigns after grant audit", lead, echo, second))).toEqual([lead, echo, second]);
  });
});

describe("the same pasted headline, whatever the lead below it", () => {
  const headline = "Riverton mayor resigns after audit of city grants.";
  const shortLead = "The mayor of Riverton resigned on Monday after auditors found problems with grants.";
  test.each([
    ["a lead of 26 words", lead],
    ["a lead of 13 words", shortLead],
  ])("above %s it is the headline, not a compared sentence", (_case, opening) => {
    const r = clean(article(headline, opening, second, third));
    expect(r.headline).toBe(headline);
    expect(r.paragraphs).toEqual([opening, second, third]);
    expect(r.discarded).toEqual([{ text: headline, reason: "headline", line: 0 }]);
  });
});

describe("calls to action and closing quotations", () => {
  test.each([
    "Sign up for our newsletter to get the latest news from Riverton delivered to your inbox every morning.",
    "Subscribe to our daily briefing.",
    "Download our app for breaking news alerts.",
    "Get our free weekday newsletter with the stories you need to know.",
    "Support our journalism: become a member today.",
  ])("%j is removed, at the end or in the middle of the body", (promo) => {
    const atEnd = clean(article(lead, second, third, promo));
    expect(atEnd.paragraphs).toEqual([lead, second, third]);
    expect(atEnd.discarded.map((d) => [d.text, d.reason])).toEqual([[promo, "navigation"]]);
    expect(kept(article(lead, promo, second, third))).toEqual([lead, second, third]);
  });

  test.each([
    "Get your flu shot before the winter, health officials urged residents on Monday.",
    '"Sign up for our newsletter," the mayor joked at the start of her speech.',
    "Join the protest on Saturday, organisers told the crowd outside city hall.",
    "Follow the money trail, the auditors wrote in their final report to the council.",
  ])("%j is news, not a call to action", (sentence) => {
    expect(kept(article(lead, second, sentence, third))).toEqual([lead, second, sentence, third]);
  });

  test.each([
    ["a quotation with no attribution", "“It is a sad day for everybody who grew up here and remembers the old mill, the Friday dances by the water and the summers before the flood took almost everything we ever had.”"],
    ["a quotation attributed with an uncommon verb", "“It is a sad day for everybody who grew up here and remembers the old mill, the Friday dances by the water and the summers before the flood took everything,” recalled Henderson, 71."],
  ])("the story's closing quote is kept however few words it shares: %s", (_case, quote) => {
    const r = clean(article(lead, second, third, quote));
    expect(r.paragraphs).toEqual([lead, second, third, quote]);
    expect(r.discarded).toEqual([]);
  });
});

describe("furniture inside the body", () => {
  test("short question subheads between paragraphs are not claims; a quoted question is", () => {
    const asked = '"Who approved these payments?" she asked.';
    const r = clean(article(lead, "What happens next?", second, "Why did the audit take so long?", third, asked, second.replace("She", "He")));
    expect(r.paragraphs).toEqual([lead, second, third, asked, second.replace("She", "He")]);
    expect(r.discarded.map((d) => d.reason)).toEqual(["teaser", "teaser"]);
  });

  test("a gallery teaser that repeats itself within one line is not body", () => {
    const gallery =
      "Warehouse fire in Riverton Photos Fire crews battled a blaze that destroyed a riverside warehouse overnight. Warehouse fire in Riverton Fire crews battled a blaze that destroyed a riverside warehouse overnight. More";
    const r = clean(article(lead, gallery, second));
    expect(r.paragraphs).toEqual([lead, second]);
    expect(r.discarded).toEqual([{ text: gallery, reason: "teaser", line: 2 }]);
    const refrain = '"It is not about the money. It is not about the title. It is about the town," she said of the job.';
    expect(kept(article(lead, refrain, second))).toEqual([lead, refrain, second]);
  });

  test("a photo caption with a credit in parentheses is a caption", () => {
    const caption = "The old city hall in Riverton on Monday morning. (Photo: Jane Roe/Riverton Daily)";
    const r = clean(article(lead, caption, second));
    expect(r.paragraphs).toEqual([lead, second]);
    expect(r.discarded).toEqual([{ text: caption, reason: "caption", line: 2 }]);
  });

  test("a closing quotation from a spokeswoman is body, however few words it shares", () => {
    const appeal =
      '"If you know anything, if you saw somebody on that street last week, we need you to pick up the phone and call our tip line today," police spokeswoman Dana Cole said.';
    expect(kept(article(lead, second, third, appeal))).toEqual([lead, second, third, appeal]);
    const promo =
      'Readers who want the weekly digest can text "DIGEST plus your postcode" to 55555 or sign up online in under a minute using any phone, tablet or computer at home.';
    expect(clean(article(lead, second, third, promo)).discarded).toEqual([{ text: promo, reason: "unrelated", line: 6 }]);
  });

  test("a closing paragraph that names someone the story names, or says who says it, is body however few words it shares", () => {
    const named = "The council of Riverton asked Mayor Dana Whitfield about the grants at a special meeting.";
    const aside =
      "Ms. Whitfield gave a voluntary interview to investigators in 2019 during their inquiry into whether she or her aides broke state law by corresponding through a private email server.";
    expect(kept(article(lead, named, second, aside))).toEqual([lead, named, second, aside]);
    const noLeads =
      "Detectives say they do not have any motive or leads on a suspect at this point. Anyone with information can reach Crime Stoppers at 555-0100 around the clock.";
    expect(kept(article(lead, second, third, noLeads))).toEqual([lead, second, third, noLeads]);
    const hotline =
      "Callers wishing to remain anonymous may reach Crime Solvers at 1-866-555-0199, text TIPS plus a message to 55555 on a cell phone or go to www.example-solvers.org.";
    expect(clean(article(lead, named, second, hotline)).discarded).toEqual([{ text: hotline, reason: "unrelated", line: 6 }]);
  });

  test("a closing promo or bio that names the town, a platform, or asks the reader to read on is still not body", () => {
    const onFacebook = "She said the payments were approved by her predecessor, according to a post on Facebook.";
    for (const tail of [
      "Dana Cole, who has covered Riverton City Hall and county government for the paper since 2015, can be reached by email at dcole@example.com or by phone on weekdays.",
      "Like us on Facebook and follow us on Twitter and Instagram for breaking news, photo galleries, contests and exclusive offers from our advertisers, updated throughout the day and night.",
      "Subscribers can read every story on our website and in the app without limits, and support local journalism for less than the cost of a cup of coffee each week of the year.",
      "Want to tell us what you think about our coverage of local government? Write to the editor at letters@example.com and include your full name, town and a daytime phone number.",
    ]) {
      expect(clean(article(lead, onFacebook, third, tail)).discarded.map((d) => d.reason)).toEqual(["unrelated"]);
    }
  });

  test("a one-word line that opens or is a quotation is speech, not a fragment; a stray mark or letter still is", () => {
    const text = [
      "The council voted on Tuesday to close the Riverton pool for the summer after an inspection found cracks in its floor.",
      "Asked whether the pool could open again in August, as many residents had hoped, the mayor was blunt:",
      '"No.',
      "We looked at every option.",
      'It will take a year."',
      "|",
      "Repairs begin next month, the city said.",
    ].join("\n\n");
    const r = clean(text);
    expect(r.discarded.map((d) => [d.text, d.reason])).toEqual([["|", "fragment"]]);
    expect(r.paragraphs).toContain('"No.');
  });
});

describe("lists and closing paragraphs", () => {
  test("a list's items are claims however short, after a lead-in ending in ':'; a link label ends the list", () => {
    const leadIn = "At the meeting, the interim council also agreed:";
    const items = ["The pool stays closed until the spring", "Grants above $5,000 need a council vote", "Auditors will report every quarter"];
    const link = "Read the full audit report";
    const r = clean(article(lead, second, leadIn, ...items, link, third));
    expect(r.paragraphs).toEqual([lead, second, leadIn, ...items, third]);
    expect(r.discarded).toEqual([{ text: link, reason: "teaser", line: 12 }]);
  });

  test("short lines after a short label, or a single one after a lead-in, are still subheads or links", () => {
    const links = ["Riverton pool to close for the summer", "Auditors question city grant payments"];
    expect(kept(article(lead, second, "Related stories:", ...links, third))).toEqual([lead, second, third]);
    const subhead = "What happens next for the council";
    expect(kept(article(lead, second, "Residents had one question for the council:", subhead, third))).toEqual([lead, second, third]);
  });

  test("a closing paragraph about the story that shares few of its words is body; one that speaks to the reader is not", () => {
    const closer =
      "In contrast to the drama unfolding behind closed doors, the streets of the town remained calm, with people going about their daily business under grey skies at the end of a long week.";
    expect(kept(article(lead, second, third, closer))).toEqual([lead, second, third, closer]);
    const tips =
      "Anyone who saw something unusual near the old mill that night is asked to phone the county office at 555-0100 during the day or leave a message after hours with the desk.";
    expect(clean(article(lead, second, third, tips)).discarded).toEqual([{ text: tips, reason: "unrelated", line: 6 }]);
  });

  test("a closing paragraph of news that names websites, readers or going online is body; one that sends the reader there is not", () => {
    const news =
      "The ruling also warned that the statute was so broad it might cover forums and websites that allow reader comments, the latest setback for efforts to police what teenagers see online.";
    expect(kept(article(lead, second, third, news))).toEqual([lead, second, third, news]);
    const visit =
      "Visit the county website for more information about the grant program, including eligibility rules, deadlines, application forms and the dates of upcoming information sessions in each town.";
    expect(clean(article(lead, second, third, visit)).discarded).toEqual([{ text: visit, reason: "unrelated", line: 6 }]);
  });
});

test("a picture's credit in parentheses, a doubled 'Credit' and 'In this photo' mark captions; a sentence ending in an aside does not", () => {
  for (const caption of [
    "Gunmen stormed the museum, killing at least 19 people, most of them tourists. (Reuters)",
    "Whole Foods touted a price cut on halibut as part of an announcement on lower prices. (Ellen Banner / The Seattle Times)",
    "Interest payments could surpass the defense budget in 2023.CreditCreditJane Roe/EPA",
    "In this photo dated Tuesday, the rocket booster is installed on a launch pad in Baikonur.",
  ]) {
    expect(clean(article(lead, caption, second, third)).discarded).toEqual([{ text: caption, reason: "caption", line: 2 }]);
  }
  const aside = "The mayor said the grants were approved by her predecessor (a claim the auditors dispute).";
  expect(kept(article(lead, aside, second, third))).toEqual([lead, aside, second, third]);
});

test("a caption labelled as one, a link label whatever follows it, a reporter's beat, how to reach the reporter and a promise to follow the story are not body", () => {
  const caption = "Picture caption: Callum Reyes (centre) is mobbed by team-mates after his late winner.";
  expect(clean(article(lead, caption, second, third)).discarded).toEqual([{ text: caption, reason: "caption", line: 2 }]);
  const related = "Related: Which councils have frozen their grants this year?";
  expect(clean(article(lead, related, second, third)).discarded).toEqual([{ text: related, reason: "navigation", line: 2 }]);
  const beat = "Dana Whitfield covers city hall for the Riverton Ledger. Reach her at 555-0142.";
  expect(clean(article(lead, second, third, beat)).discarded).toEqual([{ text: beat, reason: "author-bio", line: 6 }]);
  const contact = "Reach the reporter at 555-0142 or by email.";
  expect(clean(article(lead, second, third, contact)).discarded).toEqual([{ text: contact, reason: "sign-off", line: 6 }]);
  const followUp = "KRVT will continue to follow this story.";
  expect(clean(article(lead, second, third, followUp)).discarded).toEqual([{ text: followUp, reason: "sign-off", line: 6 }]);
});

test("a credit after a caption, an advertisement under its label and a bio under its label are furniture; a sentence about what a video showed is body", () => {
  const caption = "Firefighters search the rubble of a house. Photo: Mariela Quispe / Riverton Herald";
  expect(clean(article(lead, caption, second, third)).discarded).toEqual([{ text: caption, reason: "caption", line: 2 }]);
  const ad = "Ad: Save 20% on travel insurance today";
  expect(clean(article(lead, ad, second, third)).discarded).toEqual([{ text: ad, reason: "advertisement", line: 2 }]);
  const about = "About the author: Ana Ruiz has covered city hall for ten years.";
  expect(clean(article(lead, second, third, about)).discarded).toEqual([{ text: about, reason: "author-bio", line: 6 }]);
  const footage = "Video footage showed a collapsed church roof in the old town, where most of the victims died.";
  expect(kept(article(lead, footage, second, third))).toEqual([lead, footage, second, third]);
});

describe("newsroom furniture around the story", () => {
  test.each([
    ["at the end", "sign-off", "Channel 5's Dana Price contributed to this story."],
    ["at the end", "sign-off", "The Associated Press contributed to this report."],
    ["at the end", "sign-off", "Contact Maria Lopez: mlopez@riverton-herald.com or 555 - 201 - 3344."],
    ["at the end", "sign-off", "Contact Tom Reyes at: treyes@example.com, 555-010-2299, or on Twitter @treyes."],
    ["at the end", "sign-off", "Stay with WKRN 2 and wkrn.com for more details as they become available."],
    ["at the end", "navigation", "Like this: Like Loading..."],
    ["at the end", "sign-off", "(Published Tuesday, March 3, 2020)"],
    ["inside the body", "navigation", "RELATED ARTICLES: Mayor opens the new bridge | Storm closes two schools"],
    ["inside the body", "navigation", "Like this: Like Loading..."],
    ["inside the body", "caption", "| Family photo"],
  ])("%s, a %s line is no claim: %j", (where, reason, line) => {
    const r = clean(where === "at the end" ? article(lead, second, third, line) : article(lead, second, line, third));
    expect(r.paragraphs).toEqual([lead, second, third]);
    expect(r.discarded.map((d) => [d.reason, d.text])).toEqual([[reason, line]]);
  });

  test.each([
    "Reach Out, a local charity, said it had helped 40 families since the flood.",
    "Heavy rain contributed to this year's poor harvest, farmers said on Friday.",
    "Stay with your family during the storm, the governor urged residents on Sunday.",
    "The city published the audit on Tuesday, March 3, after a two-year delay.",
  ])("%j is news, kept at the end of the story", (sentence) => {
    expect(kept(article(lead, second, third, sentence))).toEqual([lead, second, third, sentence]);
  });
});

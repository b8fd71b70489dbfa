import { describe, expect, test } from "vitest";
import { align, group, leadLink, linksOf, MAX_PER_SOURCE, scorePair, type AlignedGroup, type Candidate, type Link } from "./align";
import { extractFeatures } from "./features";
import { comparisonIdf } from "./similarity";
import { analyze } from "./analyze";

const f = (sentences: string[]) => sentences.map((text) => extractFeatures(text));
const noIdf = () => 1;
const members = (groups: AlignedGroup[]) => groups.map((g) => g.members);
/** The whole engine on articles labelled outlet0, outlet1, ... */
const analyzed = (texts: readonly string[]) => analyze(texts.map((text, k) => ({ label: `outlet${k}`, text })));

/** Every linked pair of sentences in the groups, as "source:sentence|source:sentence", in text order. */
function links(groups: AlignedGroup[], texts: string[][]): string[] {
  const out = new Set<string>();
  for (const g of groups)
    for (const m of g.members)
      for (const n of g.members)
        if (m.source < n.source)
          for (const i of m.sentences) for (const j of n.sentences) out.add([texts[m.source]?.[i], texts[n.source]?.[j]].sort().join(" | "));
  return [...out].sort();
}

test("reordered paragraphs still align one to one", () => {
  const a = f([
    "The central bank raised interest rates by half a point on Wednesday.",
    "Unemployment fell to 3.5 percent in March, the labour ministry said.",
    "Opposition leaders criticised the decision as reckless.",
  ]);
  const b = f([
    "Opposition politicians called the rate decision reckless.",
    "The central bank lifted its key interest rate by half a percentage point on Wednesday.",
    "The labour ministry said unemployment dropped to 3.5 percent in March.",
  ]);
  const groups = align([{ features: a }, { features: b }], noIdf);
  const bySource0 = members(groups).sort((x, y) => (x[0]?.sentences[0] ?? 0) - (y[0]?.sentences[0] ?? 0));
  expect(bySource0).toEqual([
    [{ source: 0, sentences: [0] }, { source: 1, sentences: [1] }],
    [{ source: 0, sentences: [1] }, { source: 1, sentences: [2] }],
    [{ source: 0, sentences: [2] }, { source: 1, sentences: [0] }],
  ]);
});

test("a claim split over two sentences joins one group (1:n)", () => {
  const a = f(["Moon thanked the envoy and said Ukraine's sovereignty, integrity and independence must be guaranteed."]);
  const b = f(["Moon thanked the envoy for his visit to Seoul.", "He said Ukraine's sovereignty and independence must be guaranteed."]);
  const groups = align([{ features: a }, { features: b }], noIdf);
  expect(members(groups)).toEqual([[{ source: 0, sentences: [0] }, { source: 1, sentences: [0, 1] }]]);
  // Which sentence carries the claim of which: each of the two links to the one sentence.
  expect(groups[0]?.pairs.map((p) => [p.a, p.b])).toEqual([
    [[0, 0], [1, 0]],
    [[0, 0], [1, 1]],
  ]);
});

test("a row's sentence links are listed lower source first, whatever the order of the sources", () => {
  const a = ["The central bank raised interest rates by half a point on Wednesday.", "Its governor said inflation was still too high."];
  const b = ["The central bank lifted its key interest rate by half a percentage point on Wednesday, its governor saying inflation was still too high."];
  const pairsOf = (sources: string[][]) => align(sources.map((s) => ({ features: f(s) })), noIdf).map((g) => g.pairs.map((p) => `${sources[p.a[0]]?.[p.a[1]]} | ${sources[p.b[0]]?.[p.b[1]]}`).sort());
  const forwards = pairsOf([a, b]);
  expect(forwards).toHaveLength(1);
  expect(forwards[0]).toHaveLength(2);
  const backwards = align([b, a].map((s) => ({ features: f(s) })), noIdf);
  expect(backwards[0]?.pairs.every((p) => p.a[0] < p.b[0])).toBe(true);
  expect(pairsOf([b, a])[0]?.map((x) => x.split(" | ").sort().join(" | ")).sort()).toEqual(forwards[0]?.map((x) => x.split(" | ").sort().join(" | ")).sort());
});

test("a short sentence split off whose every word the other holds joins it, whatever its similarity; a speaker's tag does not", () => {
  const a = f(["Flight 212 landed safely in Tulsa at 4:10 p.m., and none of the 96 people on board were injured."]);
  const b = f(["Flight 212 landed safely in Tulsa at 4:10 p.m.", "No one was hurt."]);
  expect(members(align([{ features: a }, { features: b }], noIdf))).toEqual([[{ source: 0, sentences: [0] }, { source: 1, sentences: [0, 1] }]]);
  // (Read as the comparison weighs them, the tag shares little with the long sentence, but all of its words.)
  const candidate = (b: number, similarity: number, coverB: number): Candidate => ({ a: 0, b, similarity, coverA: 0.1, coverB, probability: b === 0 ? 0.9 : 0.05, features: {} as Candidate["features"] });
  const long = f(["The county will appeal the ruling on Monday, and it will ask the state supreme court to hear the case quickly, Ruiz told reporters."]);
  const split = (second: string) => linksOf([candidate(0, 0.6, 0.9), candidate(1, 0.1, 1)], long, f(["The county will appeal the ruling on Monday.", second])).map((c) => `${c.a}:${c.b}`);
  expect(split("It will ask the state supreme court to hear the case quickly.")).toEqual(["0:0", "0:1"]);
  expect(split("Ruiz told reporters.")).toEqual(["0:0"]);
});

test("a lead that sums up two claims links to both, while each keeps its own partner (n:m)", () => {
  const texts = [
    [
      "The city council approved the new stadium on Tuesday and cut the library budget by a third.",
      "The stadium will seat 40,000 fans and open in 2027.",
      "Librarians said the budget cut would close four branches.",
    ],
    [
      "Council members voted 7-2 on Tuesday to approve a new stadium for the city.",
      "The council also cut the library budget by a third, a move librarians said would close four branches.",
      "The stadium, which will seat 40,000 fans, is due to open in 2027.",
    ],
  ];
  const sources = texts.map((t) => ({ features: f(t) }));
  const groups = align(sources, comparisonIdf(sources.flatMap((s) => s.features)));
  const found = links(groups, texts);
  // The lead links to both claims it sums up.
  expect(found).toContain([texts[0]?.[0], texts[1]?.[0]].sort().join(" | "));
  expect(found).toContain([texts[0]?.[0], texts[1]?.[1]].sort().join(" | "));
  // The details keep their own partners, and the stadium's size is not linked to the library cut.
  expect(found).toContain([texts[0]?.[1], texts[1]?.[2]].sort().join(" | "));
  expect(found).toContain([texts[0]?.[2], texts[1]?.[1]].sort().join(" | "));
  expect(found).not.toContain([texts[0]?.[1], texts[1]?.[1]].sort().join(" | "));
});

test("three sources form claim groups across all of them; unrelated sentences stay alone", () => {
  const sources = [
    f(["Firefighters contained the wildfire near Athens on Sunday.", "Tourism revenue rose sharply this summer."]),
    f(["The wildfire near Athens was contained by firefighters on Sunday."]),
    f(["A chess tournament opened in Oslo.", "On Sunday firefighters contained a wildfire near Athens."]),
  ];
  const groups = align(sources.map((features) => ({ features })), comparisonIdf(sources.flat()));
  expect(members(groups)).toEqual([
    [
      { source: 0, sentences: [0] },
      { source: 1, sentences: [0] },
      { source: 2, sentences: [1] },
    ],
  ]);
});

test("groups do not chain: two sentences that each share a different claim with a third stay in two groups", () => {
  const texts = [
    ["The mayor resigned on Monday after an audit found missing funds."],
    ["The mayor resigned on Monday.", "An audit found $2 million in missing funds at the water department."],
    ["The water department's missing $2 million was found by an audit ordered by the state treasurer."],
  ];
  const sources = texts.map((t) => ({ features: f(t) }));
  const groups = align(sources, comparisonIdf(sources.flatMap((s) => s.features)));
  // Source 1's resignation sentence and source 2's audit sentence say different things: never one row.
  for (const g of groups) {
    const has = (s: number, i: number) => g.members.some((m) => m.source === s && m.sentences.includes(i));
    expect(has(1, 0) && has(2, 0)).toBe(false);
  }
  for (const g of groups) for (const m of g.members) expect(m.sentences.length).toBeLessThanOrEqual(MAX_PER_SOURCE);
});

test("the same sources in any order give the same links", () => {
  const texts = [
    ["Heavy rain flooded the main road into the village on Friday.", "Three families were evacuated by boat.", "The school will stay closed until Wednesday."],
    ["Rescuers used boats to evacuate three families.", "The main road into the village was under water on Friday after heavy rain."],
    ["Officials said the village school would remain closed until Wednesday.", "Floodwater cut the village's main road on Friday."],
  ];
  const run = (order: number[]) => {
    const ordered = order.map((k) => texts[k] ?? []);
    const sources = ordered.map((t) => ({ features: f(t) }));
    return links(align(sources, comparisonIdf(sources.flatMap((s) => s.features))), ordered);
  };
  const forward = run([0, 1, 2]);
  expect(forward.length).toBeGreaterThan(0);
  expect(run([2, 1, 0])).toEqual(forward);
  expect(run([1, 2, 0])).toEqual(forward);
});

test("an editor's veto keeps two sentences apart in every later analysis", async () => {
  const { analyze } = await import("./analyze");
  const a = "The central bank raised interest rates by half a point on Wednesday.";
  const b = "The central bank lifted its key interest rate by half a percentage point on Wednesday.";
  const sources = [
    { label: "A", text: `${a}\n\nUnemployment fell to a record low in March.` },
    { label: "B", text: `${b}\n\nOpposition leaders called the decision reckless.` },
  ];
  expect(analyze(sources).claimGroups).toHaveLength(1);
  const vetoed = analyze(sources, { separate: [[{ label: "A", text: a }, { label: "B", text: b }]] });
  expect(vetoed.claimGroups).toHaveLength(0);
});

describe("an editor's \"same claim\"", () => {
  // Two wordings of one claim that share no informative word: no link is scored between them.
  const a = "Most senators kept quiet about the nominee on Friday.";
  const b = "Lawmakers in the upper chamber largely declined to comment on the 47-year-old judge.";
  const sources = [
    { label: "A", text: `The central bank raised interest rates by half a point on Wednesday.\n\n${a}` },
    { label: "B", text: `The central bank lifted its key interest rate by half a percentage point on Wednesday.\n\n${b}` },
  ];
  const rowOf = (result: ReturnType<typeof import("./analyze").analyze>, source: number, text: string) => {
    const i = result.sources[source]?.sentences.findIndex((s) => s.text === text) ?? -1;
    return result.claimGroups.filter((g) => g.members.some((m) => m.source === source && m.sentences.includes(i)));
  };

  test("aligns two sentences the engine left apart, and its omissions go", async () => {
    const { analyze } = await import("./analyze");
    const before = analyze(sources);
    expect(rowOf(before, 0, a)).toHaveLength(0);
    expect(before.discrepancies.filter((d) => d.type === "omission" && d.spans.some((s) => s.text.includes("senators")))).toHaveLength(1);

    const joined = analyze(sources, { join: [{ chosen: { label: "B", text: b }, row: [{ label: "A", text: a }] }] });
    const rows = rowOf(joined, 0, a);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.members.map((m) => m.source)).toEqual([0, 1]);
    expect(rowOf(joined, 1, b)).toEqual(rows);
    expect(joined.discrepancies.filter((d) => d.type === "omission" && d.spans.some((s) => s.text.includes("senators") || s.text.includes("Lawmakers")))).toEqual([]);
    // The other row is untouched.
    expect(joined.claimGroups).toHaveLength(before.claimGroups.length + 1);
  });

  test("flags what differs between the joined sentences at full severity", async () => {
    const { analyze } = await import("./analyze");
    const x = "The ferry hit the harbour wall on Sunday, and 14 people were hurt.";
    const y = "Nine people were hurt after the vessel struck the pier, officials said.";
    const pair = [
      { label: "A", text: `${x}\n\nThe central bank raised interest rates by half a point on Wednesday.` },
      { label: "B", text: `${y}\n\nThe central bank lifted its key interest rate by half a percentage point on Wednesday.` },
    ];
    expect(rowOf(analyze(pair), 0, x)).toHaveLength(0);
    const joined = analyze(pair, { join: [{ chosen: { label: "A", text: x }, row: [{ label: "B", text: y }] }] });
    const row = rowOf(joined, 0, x)[0];
    expect(row).toBeDefined();
    const flags = joined.discrepancies.filter((d) => d.claimGroup === row?.id);
    expect(flags.map((d) => [d.type, d.severity, d.explanation])).toEqual([["number", "high", "A gives “14 people”; B gives “Nine people”."]]);
  });

  test("a veto of the same pair wins, and a pair whose sentence is gone is ignored", async () => {
    const { analyze } = await import("./analyze");
    const pair = [{ label: "A", text: a }, { label: "B", text: b }] as const;
    expect(rowOf(analyze(sources, { join: [{ chosen: pair[1], row: [pair[0]] }], separate: [pair] }), 0, a)).toHaveLength(0);
    const gone = analyze(sources, { join: [{ chosen: { label: "B", text: b }, row: [{ label: "A", text: "A sentence no longer in the article." }] }] });
    expect(gone).toEqual(analyze(sources));
  });

  // One rate rise told by three outlets, the third in words the engine does not link; a fourth for four-outlet rows.
  const [x, y, z, w] = [
    "The central bank raised interest rates by half a point on Wednesday.",
    "The central bank lifted its key interest rate by half a percentage point on Wednesday.",
    "Borrowing will cost more from this week, the governor's office announced.",
    "Mortgages are about to get dearer for millions of households.",
  ];
  const three = [
    { label: "A", text: `${x}\n\nUnemployment fell to a record low in March.` },
    { label: "B", text: `${y}\n\nOpposition leaders called the decision reckless.` },
    { label: "C", text: `${z}\n\nShares in lenders rose after the news.` },
  ];

  test("with three outlets, a sentence ruled to carry a row's claim (paired with each of its sentences) joins that row", async () => {
    const { analyze } = await import("./analyze");
    const before = analyze(three);
    expect(rowOf(before, 2, z)).toHaveLength(0);
    const c = { label: "C", text: z };
    const joined = analyze(three, { join: [{ chosen: c, row: [{ label: "A", text: x }, { label: "B", text: y }] }] });
    expect(rowOf(joined, 2, z).map((g) => g.members.map((m) => m.source))).toEqual([[0, 1, 2]]);
    expect(joined.claimGroups).toHaveLength(before.claimGroups.length);
  });

  test("a sentence an editor places in a row leaves the row the engine had put it in, and what it was paired with there is its outlet's alone again", async () => {
    const { analyze } = await import("./analyze");
    const lead = "A passenger ferry crashed in Port Elms harbour on Sunday morning, the coast guard said.";
    const injured = "Fourteen travellers were injured in the collision.";
    const theirs = "A passenger ferry crashed in Port Elms harbour on Sunday, the coast guard said.";
    const pair = [
      { label: "A", text: `${lead}\n\nThe harbour master ordered an inquiry into the crew's training.\n\n${injured}` },
      { label: "B", text: `${theirs}\n\nDivers spent the afternoon checking the hull for damage.` },
    ];
    expect(rowOf(analyze(pair), 1, theirs).map((g) => g.members.map((m) => m.source))).toEqual([[0, 1]]);
    const placed = analyze(pair, { join: [{ chosen: { label: "B", text: theirs }, row: [{ label: "A", text: injured }] }] });
    const rows = rowOf(placed, 1, theirs);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const sentencesOf = (r: typeof placed, g: typeof row) => (g?.members ?? []).flatMap((m) => m.sentences.map((i) => r.sources[m.source]?.sentences[i]?.text));
    expect(sentencesOf(placed, row).sort()).toEqual([injured, theirs].sort());
    expect(rowOf(placed, 0, lead)).toEqual([]);
    expect(placed.discrepancies.filter((d) => d.type === "omission" && d.spans.some((sp) => sp.text === lead))).toHaveLength(1);
  });

  test("with four outlets, two sentences ruled into one row (for the two outlets it lacked) make it one row of four", async () => {
    const { analyze } = await import("./analyze");
    const four = [...three, { label: "D", text: `${w}\n\nA heatwave is forecast for the weekend.` }];
    const row = [{ label: "A", text: x }, { label: "B", text: y }];
    const joined = analyze(four, { join: [{ chosen: { label: "C", text: z }, row }, { chosen: { label: "D", text: w }, row }] });
    expect(rowOf(joined, 3, w).map((g) => g.members.map((m) => m.source))).toEqual([[0, 1, 2, 3]]);
    expect(rowOf(joined, 0, x)).toHaveLength(1);
  });

  test.each([
    ["the ruling's link to the member outside the others' majority comes first", ["a", "b"]],
    ["it comes last", ["b", "a"]],
  ])("a row an editor joined a sentence to stays one row (%s)", (_, [early, late]) => {
    // p, q, r, s: one row (s does not link to p); p also sits in a second row with t; z is ruled into the row.
    const [p, q, r, s, t, z] = [0, 1, 2, 3, 4, 5];
    const link = (u: number, v: number, probability: number, key: string): Link => ({ u, v, similarity: 0.5, probability, key });
    const links = [
      link(p, q, 0.9, "pq"), link(p, r, 0.9, "pr"), link(q, r, 0.9, "qr"), link(q, s, 0.9, "qs"), link(r, s, 0.9, "rs"), link(p, t, 0.95, "pt"),
      link(z, s, 1, `z${early}s`), link(z, p, 1, `z${late}p`), link(z, q, 1, "zcq"), link(z, r, 1, "zcr"),
    ];
    const rows = group(links, [0, 1, 2, 3, 4, 5], () => false, [{ nodes: [z, p, q, r, s], key: "z" }]).map((g) => [...g.nodes].sort());
    expect(rows).toContainEqual([p, q, r, s, z]);
    expect(rows).toContainEqual([p, t]);
    expect(rows).toHaveLength(2);
  });

  const editorLink = (u: number, v: number): Link => ({ u, v, similarity: 0.2, probability: 1, key: `${u}:${v}` });
  const engineLink = (u: number, v: number, probability: number): Link => ({ u, v, similarity: 0.5, probability, key: `${u}:${v}` });
  const sorted = (groups: ReturnType<typeof group>) => groups.map((g) => [...g.nodes].sort((x, y) => x - y)).sort((x, y) => (x.join() < y.join() ? -1 : 1));

  test("two rulings into one row, for two outlets it lacked, are one row (the second made on a page loaded before the first took effect)", () => {
    // Four outlets: a and b are a row; c (outlet 2) and d (outlet 3) were each ruled into it while it held a and b.
    const [a, b, c, d] = [0, 1, 2, 3];
    const links = [engineLink(a, b, 0.9), editorLink(c, a), editorLink(c, b), editorLink(d, a), editorLink(d, b)];
    const rulings = [
      { nodes: [c, a, b], key: "c" },
      { nodes: [d, a, b], key: "d" },
    ];
    expect(sorted(group(links, [0, 1, 2, 3], () => false, rulings))).toEqual([[a, b, c, d]]);
    // Made on a page that showed the first: the second ruling's row holds c too.
    const fresh = [...links, editorLink(d, c)];
    expect(sorted(group(fresh, [0, 1, 2, 3], () => false, [rulings[0] ?? { nodes: [], key: "" }, { nodes: [d, a, b, c], key: "d" }]))).toEqual([[a, b, c, d]]);
    // A row of one sentence: two sentences ruled into it are one row with it.
    expect(sorted(group([editorLink(c, a), editorLink(d, a)], [0, 1, 2, 3], () => false, [{ nodes: [c, a], key: "c" }, { nodes: [d, a], key: "d" }]))).toEqual([[a, c, d]]);
  });

  test("a sentence in two rows, each given a sentence by an editor, stays in two rows (the two chosen sentences are not a third)", () => {
    // a sits in row {a, b} and row {a, e}; c is ruled into the first, d into the second.
    const [a, b, c, d, e] = [0, 1, 2, 3, 4];
    const links = [engineLink(a, b, 0.9), engineLink(a, e, 0.8), editorLink(c, a), editorLink(c, b), editorLink(d, a), editorLink(d, e)];
    const rows = sorted(
      group(links, [0, 1, 2, 3, 1], () => false, [
        { nodes: [c, a, b], key: "c" },
        { nodes: [d, a, e], key: "d" },
      ]),
    );
    expect(rows).toEqual([
      [a, b, c],
      [a, d, e],
    ]);
  });

  test("gives the same rows whichever order the sources come in", async () => {
    const { analyze } = await import("./analyze");
    const join = [{ chosen: { label: "A", text: a }, row: [{ label: "B", text: b }] }];
    const forward = analyze(sources, { join });
    const reversed = analyze([...sources].reverse(), { join });
    const rows = (r: typeof forward) => r.claimGroups.map((g) => g.members.map((m) => `${r.sources[m.source]?.label}:${m.sentences.join(",")}`).sort().join(" ")).sort();
    expect(rows(reversed)).toEqual(rows(forward));
  });
});

describe("what a reader links", () => {
  const linked = async (a: string[], b: string[]) => {
    const { analyze } = await import("./analyze");
    const result = analyze([
      { label: "A", text: a.join("\n\n") },
      { label: "B", text: b.join("\n\n") },
    ]);
    return result.claimGroups.flatMap((g) => {
      const ma = g.members.find((m) => m.source === 0);
      const mb = g.members.find((m) => m.source === 1);
      return ma && mb ? ma.sentences.flatMap((i) => mb.sentences.map((j) => `${i}:${j}`)) : [];
    }).sort();
  };

  test("the same announcement with and without the person's name", async () => {
    expect(
      await linked(
        ["The prime minister will visit Canada on 3 May to discuss a fisheries agreement.", "Farmers protested outside parliament on Tuesday."],
        ["Snow closed roads in the north.", "The Prime Minister, Jane Roe, will visit Canada in May for talks on fisheries."],
      ),
    ).toEqual(["0:1"]);
  });

  test("an agency named in full by one outlet and by its acronym by the other", async () => {
    const a = ["The Central Intelligence Agency said it had found no evidence that the ballots were altered.", "Turnout reached a record high in the capital."];
    const b = ["The CIA found no evidence of altered ballots.", "Voters waited for hours in the rain."];
    expect(await linked(a, b)).toEqual(["0:0"]);
  });

  test("a statement quoted whole by one outlet and split over two sentences by the other", async () => {
    expect(
      await linked(
        ['"We will rebuild every school that the floods destroyed, and we will start this summer," the governor said.'],
        ['"We will rebuild every school that the floods destroyed," the governor said.', '"We will start this summer."'],
      ),
    ).toEqual(["0:0", "0:1"]);
  });

  test("the two leads tell the event in words of their own: they link; the same two sentences further down do not", async () => {
    // (One lead on the event and the other on a reaction to it, each linked further down, stay apart:
    // "reordered paragraphs still align one to one".)
    const leadA = "Three bodies were found on Thursday in a house on Oak Lane, and investigators believe a father killed his two children before turning the gun on himself.";
    const leadB = "A man and two others died at their Oak Lane home in what the sheriff called a murder-suicide.";
    const [fair, roads, spring, school] = [
      "The county fair opens on Saturday with a new livestock barn.",
      "Road works will close Elm Street for two weeks.",
      "Neighbors said the family had moved in last spring.",
      "The school district offered counselors to classmates.",
    ];
    expect(await linked([leadA, spring, fair], [leadB, school, roads])).toEqual(["0:0"]);
    expect(await linked([fair, leadA, spring], [roads, leadB, school])).toEqual([]);
    // A lead with nothing in common with the other's is not linked to it.
    expect(await linked([fair, leadA, spring], [leadB, roads, school])).toEqual([]);
    // A text of one sentence has no lead: what ties these two is their own words, a killing and a death (`NEWS_EQUIVALENTS`).
    expect(await linked([leadA], [leadB])).toEqual(["0:0"]);
    // One opens on Thursday's shooting, the other on Friday's reaction to it and tells the shooting further down.
    const shooting = "A man shot and killed his two sons and then himself on Thursday at their home on Oak Lane, the sheriff said.";
    const reaction = "Governor Ellen Park on Friday called for a statewide ban on assault weapons, a day after a shooting on Oak Lane.";
    const told = "The sheriff said a man shot his two sons and then himself at their home on Thursday.";
    expect(await linked([shooting, spring, fair], [reaction, school, told])).toEqual(["0:2"]);
  });

  test("two sentences giving different values of one measure, with few other words in common", async () => {
    expect(
      await linked(
        ["Pike's bond was set at $200,000 after the hearing.", "The shooting happened outside a bar on Main Street late on Friday."],
        ["Neighbors said they heard four shots near the bar late on Friday.", "Pike remains jailed on a $350,000 bond and under a suicide watch."],
      ),
    ).toEqual(["0:1", "1:0"]);
  });
});

test("a sentence quoting a piece of a remark links to the other outlet's sentence quoting it at length, whatever the link model says", () => {
  const texts = [
    ["“I apologize to Mayor Ruiz and anyone I may have inconvenienced,” Harlan wrote.", "The board meets again on Thursday."],
    ["Ridership is down a third since spring.", "Ms. Harlan apologized to “anyone I may have inconvenienced” after a recording emerged."],
  ];
  // A model that links no pair by its words: only the quotation can.
  const nothing = { features: ["similarity"], mean: [0], scale: [1], weights: [0], bias: -20 };
  const groups = align(texts.map((t) => ({ features: f(t) })), noIdf, { model: nothing });
  expect(links(groups, texts)).toEqual([[texts[0]?.[0], texts[1]?.[1]].sort().join(" | ")]);
});

test("a sentence saying a name is not released links to the other outlet's sentence that gives it, though they share no word", () => {
  const texts = [
    ["A four-year-old boy was shot in a car on Monday night.", "His name has not been released."],
    ["A four-year-old boy was shot in a car on Monday night.", "The parents of Ana Ruiz, 4, rushed her to the hospital."],
  ];
  const groups = align(texts.map((t) => ({ features: f(t) })), noIdf);
  expect(links(groups, texts)).toContain("His name has not been released. | The parents of Ana Ruiz, 4, rushed her to the hospital.");
});

test("sentences giving a victim's condition differently link, though they share no word, and the condition is flagged, not a hedge", () => {
  const texts = [
    "A boy was shot on Elm Street on Sunday. Doctors listed him in critical condition, police said in a statement.",
    "A boy was shot on Elm Street on Sunday. The child is expected to survive, police said at a news conference.",
  ];
  const result = analyzed(texts);
  const group = result.claimGroups.find((g) => g.members.some((m) => m.source === 0 && m.sentences.includes(1)));
  expect(group?.members.map((m) => `${m.source}:${m.sentences.join(",")}`)).toEqual(["0:1", "1:1"]);
  const flags = result.discrepancies.filter((d) => d.claimGroup === group?.id).map((d) => `${d.type}/${d.severity}`);
  expect(flags).toContain("other/medium");
  expect(flags).not.toContain("hedge/low");
  // The condition ties the two sentences, nothing else: whatever else differs stays low.
  expect(flags.filter((f) => f !== "other/medium").every((f) => f.endsWith("/low"))).toBe(true);
  expect(flags).toContain("attribution/low");
});

describe("a line of a quotation carries the sentence that says who speaks it", () => {
  const statement = [
    "Lawmakers reacted to the indictments on Friday.",
    "“We need a foreign policy built on strength and on our alliances in Europe and Asia, not on flattery of autocrats,” Senator Ana Ruiz of Ohio, the ranking member of the Armed Services Committee, said in a statement.",
    "“If the president is not prepared to hold the Kremlin accountable, the summit in Vienna should not move forward.”",
  ].join(" ");
  const groupsOf = (texts: string[]) => {
    const result = analyzed(texts);
    return result.claimGroups.map((g) => g.members.flatMap((m) => m.sentences.map((s) => result.sources[m.source]?.sentences[s]?.text.slice(0, 30) ?? "")));
  };

  test("another outlet's sentence giving the line, and saying who speaks it, links to both", () => {
    const tweet = "Senator Ana Ruiz tweeted that if the president “is not prepared to hold the Kremlin accountable,” the summit in Vienna “should not move forward.”";
    const result = analyze([{ label: "times", text: statement }, { label: "post", text: tweet }]);
    const group = result.claimGroups.find((g) => g.members.some((m) => m.source === 1));
    expect(group?.members.find((m) => m.source === 0)?.sentences).toEqual([1, 2]);
    // Said in a statement, and tweeted: how the one speaker said it differs.
    expect(result.discrepancies.filter((d) => d.type === "attribution").map((d) => d.severity)).toContain("medium");
  });

  test("two outlets quoting it line by line link line to line", () => {
    const lines = [
      "Lawmakers reacted to the indictments on Friday.",
      "“If the president is not prepared to hold the Kremlin accountable, the summit in Vienna should not move forward.",
      "We need a foreign policy built on strength, not on flattery,” Senator Ana Ruiz said.",
    ].join(" ");
    const groups = groupsOf([statement, lines]);
    const holds = (g: string[], opening: string) => g.some((t) => t.startsWith(opening));
    // Line to line: her "If ..." line is with the other outlet's "If ..." line, and no group holds one outlet's attribution with the other's other line.
    expect(groups.some((g) => holds(g, "“If the president") && g.length === 2)).toBe(true);
    expect(groups.some((g) => holds(g, "“If the president") && holds(g, "“We need a foreign policy") )).toBe(false);
  });
});

test("two leads link only when one of them, free of other links, comes closest to the other lead", () => {
  const story = f(["The council met on the budget.", "The mayor spoke at length.", "The vote comes next month."]);
  const candidate = (a: number, b: number, similarity: number): Candidate =>
    ({ a, b, similarity, coverA: similarity, coverB: similarity, probability: 0.2, features: {} }) as unknown as Candidate;
  const lead = candidate(0, 0, 0.2);
  // The second lead comes closest to the first: they link, at the link threshold.
  expect(leadLink([lead, candidate(0, 2, 0.3)], [], story, story).map((c) => `${c.a}:${c.b}`)).toEqual(["0:0"]);
  // Each lead comes closer to another sentence of the other article: no link.
  expect(leadLink([lead, candidate(0, 2, 0.3), candidate(1, 0, 0.3)], [], story, story)).toEqual([]);
  // A text of a sentence or two has no lead: its claims, not a lead and a story.
  expect(leadLink([lead], [], f(["The council met on the budget."]), story)).toEqual([]);
});

test("a group that another group comes to hold whole is one row: its sentences are free to link again", () => {
  // Nodes: a0 a1 (source 0), b0 b1 b2 (source 1), c0 (source 2).
  const [a0, a1, b0, b1, c0, b2] = [0, 1, 2, 3, 4, 5];
  const sourceOf = [0, 0, 1, 1, 2, 1];
  const link = (u: number, v: number, probability: number): Link => ({ u, v, similarity: probability, probability, key: `${u}:${v}` });
  const links = [link(b0, c0, 0.9), link(a1, b1, 0.8), link(a1, c0, 0.75), link(b1, c0, 0.75), link(a1, b0, 0.7), link(a0, b0, 0.5), link(a1, b2, 0.45)];
  const rows = group(links, sourceOf, () => false).map((g) => [...g.nodes].sort((x, y) => x - y));
  // {a1, b1} ends up inside {a1, b0, b1, c0}: one row, not two, so a1 still has a row to share with b2.
  expect(rows).toEqual([
    [a1, b0, b1, c0],
    [a0, b0],
    [a1, b2],
  ]);
});

describe("candidates", () => {
  test("a pair sharing only a word similarity counts as a synonym is scored (walkout / stoppage)", () => {
    const [a, b] = [f(["The walkout halted truck production."]), f(["The stoppage has shut the assembly line."])];
    const scored = scorePair(a, b, noIdf);
    expect(scored.map((c) => [c.a, c.b])).toEqual([[0, 0]]);
    expect(scored[0]?.similarity).toBeGreaterThan(0.2);
  });
});

/**
 * Closed word lists the classifier reasons with. They describe English news
 * writing in general (roles, hedges, speech verbs), not any one story.
 */

export const ROLE_WORDS = new Set(
  (
    "president presidents premier chancellor minister ministers secretary ambassador ambassadors envoy envoys consul diplomat " +
    "governor mayor senator representative congressman congresswoman lawmaker legislator chairman chairwoman chair chairperson " +
    "chief director head commissioner spokesman spokeswoman spokesperson official officials officer general colonel lieutenant " +
    "captain sergeant major admiral commander marshal judge justice prosecutor attorney lawyer sheriff detective inspector " +
    "king queen prince princess emperor ceo cfo coo cto founder executive manager leader emir sultan pope bishop cardinal " +
    "rabbi imam professor dr doctor coach member candidate nominee adviser advisor aide analyst economist researcher scientist " +
    "editor reporter correspondent councillor councilman councilwoman trustee superintendent principal constable pilot " +
    "owner partner president-elect speaker whip leader delegate attache attaché ombudsman auditor regulator"
  ).split(" "),
);

/**
 * Roles too vague to contradict a specific title or to name an office ("official" for "ambassador";
 * "aide" for "communications director", one of a lawmaker's aides; "the leader" said it).
 */
export const VAGUE_ROLES: ReadonlySet<string> = new Set(["official", "officials", "leader", "member", "head", "officer", "executive", "chief", "aide", "aides"]);

/** Words that change what a role means: "acting", "-designate", "former". */
/** Plural and group nouns that open news sentences capitalised ("Police said ...") and are never a name by themselves. */
export const GENERIC_AGENTS = new Set(
  (
    "police officers authorities prosecutors investigators officials witnesses residents family families relatives neighbors " +
    "neighbours deputies troopers detectives firefighters paramedics doctors lawyers attorneys students teachers parents victims " +
    "sources analysts experts critics protesters demonstrators soldiers troops rescuers survivors"
  ).split(" "),
);

/** Nouns after which a role word names a body ("the Justice Department"), not a person's title. */
export const BODY_WORDS = new Set(["department", "ministry", "committee", "office", "agency", "council", "court", "division", "bureau"]);

/** Counted nouns newsrooms use for one another where WordNet's top senses do not connect them. */
export const COUNTED_EQUIVALENTS: ReadonlyMap<string, string> = new Map(
  [
    ["soldier", "troop", "serviceman", "servicemember", "servicewoman"],
    ["person", "individual"],
    ["child", "kid"],
    // People harmed, counted by what was found of them: "two more victims were found" / "found two more bodies".
    ["victim", "body", "casualty", "fatality"],
    ["professor", "faculty", "academic"],
    // People in a trial: "30,000 participants" / "30,000 volunteers".
    ["participant", "volunteer", "subject", "enrollee"],
    // Members of a parliament: "40 MPs" / "40 lawmakers".
    ["lawmaker", "mp", "legislator"],
    // A game's statistics in two words: "52 catches" / "52 receptions", "26 carries" / "26 rushing attempts".
    ["catch", "reception"],
    ["carry", "rush", "attempt"],
    // Units written out and abbreviated ("120 mph" / "120 miles per hour").
    ["mile", "mph", "mi"],
    ["kilometer", "kilometre", "km", "kph"],
    ["foot", "ft"],
    ["pound", "lb", "lbs"],
    // What a gun fired, counted: "fired four shots" / "four rounds" / "four bullets".
    ["shot", "round", "bullet", "gunshot"],
    // Jobs cut, counted as posts: "cut 1,200 jobs" / "1,200 positions".
    ["job", "position", "post"],
    // A kind of vehicle counted in a recall: "212,000 sport utility vehicles" / "230,000 SUVs".
    ["vehicle", "suv"],
  ].flatMap((group) => group.map((word) => [word, group[0] ?? word] as const)),
);

/**
 * Words news reports use for one another about one event, most of which WordNet's two top senses do
 * not connect: "police" / "investigators" / "deputies", "the boy" / "the child" / "the toddler",
 * "found" / "recovered". A sentence pair sharing one of these shares it as it shares a synonym. Words
 * with a common other sense are left out ("house" of Congress, "custody" of a child, "weapons" of
 * war, a "Port Authority"); "fire" stays for "opened fire", which one story uses far more than "fired"
 * from a job, and "shot" for the noun the tagger reads in "several people shot inside".
 */
export const NEWS_EQUIVALENTS: ReadonlyMap<string, string> = new Map(
  [
    ["police", "officer", "investigator", "detective", "deputy", "trooper", "cop", "policeman", "policewoman"],
    // (The boy of one outlet is his son in the other.)
    ["child", "boy", "girl", "baby", "infant", "toddler", "kid", "youngster", "son", "daughter"],
    ["find", "recover", "discover", "locate"],
    ["wound", "injure", "hurt"],
    // A death told by what caused it or by itself: "No deaths were reported" / "No one was killed".
    ["die", "dead", "death", "fatal", "fatally", "kill", "slay"],
    ["home", "residence", "apartment"],
    ["gun", "handgun", "pistol", "rifle", "firearm", "shotgun"],
    ["aide", "staffer"],
    ["workforce", "staff", "employee", "worker", "personnel", "payroll", "headcount"],
    ["father", "dad"],
    ["mother", "mom", "mum"],
    ["arrest", "detain", "apprehend"],
    ["car", "vehicle", "suv", "truck", "sedan"],
    ["shoot", "shot", "fire", "gunfire", "gunshot", "shooting"],
    ["lawmaker", "legislator", "congressman", "congresswoman"],
    ["walkout", "strike", "stoppage"],
    ["crowd", "turnout", "attendance"],
    ["attacker", "assailant", "gunman", "shooter", "hacker"],
  ].flatMap((group) => group.map((word) => [word, group[0] ?? word] as const)),
);

/** Minutes ahead of UTC of the time zones news names by their letters ("EDT" -240, "CEST" 120); not "IST", two zones. */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ["utc", 0], ["gmt", 0], ["z", 0], ["bst", 60], ["wet", 0], ["west", 60], ["cet", 60], ["cest", 120], ["eet", 120], ["eest", 180], ["msk", 180],
  ["jst", 540], ["kst", 540], ["aest", 600], ["aedt", 660], ["awst", 480], ["nzst", 720], ["nzdt", 780],
  ["est", -300], ["edt", -240], ["cst", -360], ["cdt", -300], ["mst", -420], ["mdt", -360], ["pst", -480], ["pdt", -420], ["akst", -540], ["akdt", -480], ["hst", -600],
]);

/** A time zone's letters after a clock time: "EDT", "PST", "GMT", "CEST". */
export const TIME_ZONE_LETTERS = String.raw`(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CEST|AEST)`;

/** Two words news reports use for one another (`NEWS_EQUIVALENTS`): "staff" / "workforce", "officers" / "police". */
export function newsEquivalent(a: string, b: string): boolean {
  const one = NEWS_EQUIVALENTS.get(a);
  return one !== undefined && one === NEWS_EQUIVALENTS.get(b);
}

/**
 * Outlets a newsroom labels a source by, with the names other outlets cite them by ("the Times
 * reported" in a comparison with a source labelled "NYT" relays that source).
 */
export const OUTLET_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ["nyt", ["new york times", "times"]],
  ["nytimes", ["new york times", "times"]],
  ["wapo", ["washington post", "post"]],
  ["wp", ["washington post", "post"]],
  ["wsj", ["wall street journal", "journal"]],
  ["hpo", ["huffington post", "huffpost"]],
  ["huffpost", ["huffington post", "huffpost"]],
  ["fox", ["fox news", "fox"]],
  ["ap", ["associated press", "ap"]],
  ["lat", ["los angeles times", "times"]],
]);

/** Pet forms of first names newsrooms print for the full name ("Sandi Jackson" / "Sandra Jackson"). */
export const PET_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ["sandi", ["sandra"]], ["sandy", ["sandra"]], ["kathy", ["katherine", "kathleen", "kathryn"]], ["cathy", ["catherine"]],
  ["katie", ["katherine", "kathleen", "kathryn", "katharine", "catherine"]], ["kate", ["katherine", "kathleen", "kathryn", "katharine", "catherine"]], ["jenny", ["jennifer"]], ["jen", ["jennifer"]],
  ["andy", ["andrew"]], ["danny", ["daniel"]], ["dan", ["daniel"]], ["billy", ["william"]], ["bill", ["william"]],
  ["will", ["william"]], ["bobby", ["robert"]], ["bob", ["robert"]], ["rob", ["robert"]], ["tommy", ["thomas"]],
  ["jimmy", ["james"]], ["jim", ["james"]], ["johnny", ["john", "jonathan"]], ["jon", ["jonathan"]], ["larry", ["lawrence"]],
  ["patty", ["patricia"]], ["pat", ["patricia", "patrick"]], ["peggy", ["margaret"]], ["maggie", ["margaret"]],
  ["debbie", ["deborah", "debra"]], ["becky", ["rebecca"]], ["vicky", ["victoria"]], ["nicky", ["nicholas", "nicole"]],
  ["ricky", ["richard"]], ["rick", ["richard"]], ["dick", ["richard"]], ["ted", ["edward", "theodore"]], ["ed", ["edward"]],
  ["liz", ["elizabeth"]], ["beth", ["elizabeth"]], ["betsy", ["elizabeth"]], ["sue", ["susan"]], ["joe", ["joseph"]],
  ["mike", ["michael"]], ["mick", ["michael"]], ["steve", ["steven", "stephen"]], ["chuck", ["charles"]], ["charlie", ["charles"]],
  ["tony", ["anthony"]], ["tim", ["timothy"]], ["chris", ["christopher", "christine", "christina"]], ["matt", ["matthew"]],
  ["alex", ["alexander", "alexandra"]], ["sam", ["samuel", "samantha"]], ["nate", ["nathan", "nathaniel"]], ["ben", ["benjamin"]],
  ["greg", ["gregory"]], ["jeff", ["jeffrey"]], ["ron", ["ronald"]], ["don", ["donald"]], ["doug", ["douglas"]], ["abby", ["abigail"]],
  ["tom", ["thomas"]], ["dave", ["david"]], ["nick", ["nicholas"]], ["josh", ["joshua"]], ["zach", ["zachary"]], ["jake", ["jacob"]],
  ["ken", ["kenneth"]], ["kenny", ["kenneth"]], ["jerry", ["gerald", "jerome"]], ["gerry", ["gerald"]], ["fred", ["frederick"]],
  ["hank", ["henry"]], ["harry", ["henry", "harold"]], ["jack", ["john"]], ["phil", ["philip", "phillip"]], ["stan", ["stanley"]],
  ["walt", ["walter"]], ["vince", ["vincent"]], ["bernie", ["bernard"]], ["eddie", ["edward"]], ["jamie", ["james"]],
  ["sally", ["sarah"]], ["molly", ["mary"]], ["cindy", ["cynthia"]], ["mandy", ["amanda"]], ["barb", ["barbara"]],
  ["meg", ["margaret"]], ["jess", ["jessica"]], ["trish", ["patricia"]], ["tina", ["christina"]], ["terry", ["terrence", "terence", "teresa", "theresa"]],
]);

/**
 * Verbs with a particle that news uses for one verb, by that verb: "stepped down" is "resigned",
 * "called off" is "cancelled", "passed away" is "died".
 */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([
  ["step down", "resign"], ["stand down", "resign"], ["call off", "cancel"], ["put off", "postpone"], ["turn down", "reject"],
  ["pass away", "die"], ["blow up", "explode"], ["shut down", "close"], ["look into", "investigate"],
  // (The tagger reads "lay" as the past of "lie".)
  ["lay off", "dismiss"], ["lie off", "dismiss"],
]);

/** Verbs of one hand-over, told by the side that gives or the side that gets. */
export const HAND_OVER = new Set(["send", "deliver", "give", "hand", "provide", "submit", "supply", "transfer", "receive", "get", "obtain", "turn"]);

/**
 * Verbs news reports use for one event (WordNet does not tie them by their first senses): "seven
 * people died" / "nine people were killed", "broke out on Sunday" / "started on Saturday", "beat
 * Arsenal 2-0" / "defeated Arsenal 2-1". Each verb's class.
 */
export const EVENT_VERBS: ReadonlyMap<string, string> = new Map(
  [
    ["die", "kill", "perish", "dead"],
    ["injure", "hurt", "wound", "suffer"],
    ["start", "begin", "break", "erupt", "ignite"],
    ["beat", "defeat", "rout", "thrash"],
    ["arrest", "detain", "apprehend"],
    ["charge", "indict"],
    ["sentence", "jail", "imprison"],
    // Jobs cut are workers dismissed: "cut 1,200 jobs" / "lay off 1,200 workers".
    ["cut", "lower", "reduce", "slash", "trim", "shed", "eliminate", "axe", "ax", "dismiss", "sack"],
    ["raise", "increase", "lift", "hike", "boost", "rise", "climb", "gain", "jump", "rally", "advance", "surge", "soar", "grow"],
    ["fall", "drop", "decline", "slide", "slip", "sink", "tumble", "plunge", "dip", "decrease", "shrink"],
    ["buy", "acquire", "purchase"],
    ["sign", "agree", "ink"],
    ["strike", "hit", "jolt", "rock"],
    ["challenge", "contest"],
    ["evacuate", "flee"],
    // Votes won, however taken: "took 52.4% of the vote" / "captured 54.2 percent".
    ["elect", "reelect", "re-elect", "win", "take", "capture", "garner", "secure"],
  ].flatMap((verbs) => verbs.map((v) => [v, verbs[0] ?? v] as [string, string])),
);

/** Nouns for people counted in a story's facts ("two men were shot", "three victims"): small counts of them are news. */
export const COUNTED_PEOPLE = new Set(
  "person people man woman boy girl child kid teen teenager victim baby infant toddler adult student officer soldier resident worker passenger civilian suspect".split(" "),
);

/** Modifiers of seniority within one office ("senior adviser", "adviser"): a nuance, not another office. */
export const SENIORITY_MODIFIERS = new Set(["senior", "junior", "top"]);

/**
 * Modifiers that place an office in time, not change it: "former FBI Director Comey" (today) and
 * "FBI Director Comey" (at the time of the events) are one office of one man.
 */
export const TEMPORAL_MODIFIERS = new Set(["former", "ex", "retired", "outgoing", "then"]);

/** Modifiers that say something about the person, not the office: "the late Justice Scalia" held the office. */
export const COURTESY_MODIFIERS = new Set(["late"]);

export const ROLE_MODIFIERS = new Set(
  "designate elect acting former ex then interim deputy vice assistant associate senior junior top late outgoing incoming retired honorary caretaker provisional temporary shadow".split(
    " ",
  ),
);

export const NEGATIONS = new Set(
  "not n't never no none nobody nothing neither nor cannot".split(" "),
);

/** Words that lower certainty. */
export const HEDGES = new Set(
  (
    "may might could reportedly allegedly apparently possibly probably likely unlikely appear appears appeared seem seems seemed " +
    "suggest suggests suggested expected expect expects projected forecast predicted believe believes believed suspect suspects suspected unconfirmed rumored rumoured purportedly perhaps potentially " +
    "thought understood said presumed feared considering weighing mulling contemplating"
  ).split(" "),
);

/** Words that assert certainty. */
export const CERTAINTY = new Set("will confirmed definitely certainly clearly undoubtedly officially proven".split(" "));

/** Possessive determiners: "said his daughter", "its embassy", "to sell its cloud unit". */
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** Speech verbs by stance: changing class is an attribution difference, changing within one is style. */
export const SPEECH_VERB_CLASS: Record<string, string> = {
  say: "neutral", tell: "neutral", add: "neutral", state: "neutral", note: "neutral", explain: "neutral",
  write: "neutral", identify: "neutral", show: "neutral", comment: "neutral", remark: "neutral", speak: "neutral", reply: "neutral", respond: "neutral",
  // Arguing a point is reporting it, as "said" does: only "claimed" and "alleged" cast doubt on it.
  insist: "neutral", assert: "neutral", contend: "neutral", maintain: "neutral", argue: "neutral",
  claim: "assertive", allege: "assertive",
  confirm: "confirm", acknowledge: "concede", admit: "concede", concede: "concede",
  deny: "deny", dispute: "deny", reject: "deny",
  announce: "announce", declare: "announce", proclaim: "announce",
  report: "report", tweet: "post", post: "post",
  warn: "warn", threaten: "warn",
};

/** Phrases that mean the same event in newsroom English. */
/** Nouns that report someone's words: "remarks that", "his statement calling for", "said in an interview Tuesday". */
export const SPEECH_NOUNS = new Set(
  "remark comment statement word call claim assertion warning promise pledge vow argument message tweet post letter interview speech address testimony declaration announcement plea appeal demand".split(" "),
);

/** Modal verbs that say a thing will or must be, and those that leave it open: "will appeal" / "may appeal". */
export const FIRM_MODALS: ReadonlySet<string> = new Set(["will", "shall", "must"]);
export const OPEN_MODALS: ReadonlySet<string> = new Set(["may", "might", "could", "would", "should", "can"]);

/** Words that say a thing was left as it was: "left rates unchanged", "held the rate steady", "remained flat". */
export const UNCHANGED = ["unchanged", "steady", "flat"];

/**
 * Outcomes news reports state of one person or thing that cannot both hold, which WordNet does not
 * list as antonyms: killed or injured, died or survived, approved or rejected, raised or cut, rose
 * or fell, and any of these against left unchanged (`UNCHANGED`). Verb lemmas.
 */
const RAISED = ["raise", "increase", "hike", "lift", "boost"];
const CUT = ["cut", "lower", "reduce", "slash", "trim"];
const ROSE = ["rise", "climb", "gain", "jump", "surge", "soar", "grow", "advance"];
const FELL = ["fall", "drop", "decline", "slide", "slip", "sink", "tumble", "plunge", "dip", "decrease", "shrink"];
/** Words of a market's trading day: a price or a move read in it may be read at another minute. */
export const TRADING = /\b(?:trading|traded|session|midday|premarket|pre-market|intraday|dealings|closing|GMT|UTC|(?:at|by)\s+the\s+close)\b/i;

/** Verbs (and words) of a figure's movement, or of its staying put: "raised", "cut", "rose", "fell", "unchanged". */
export const MOVEMENTS: ReadonlySet<string> = new Set([...RAISED, ...CUT, ...ROSE, ...FELL, ...UNCHANGED]);
export const OPPOSITE_OUTCOMES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [new Set(["kill", "dead"]), new Set(["injure", "wound", "hurt"])],
  // Dead against alive: "survived the crash" / "were killed in the crash". (Not "rescued": one may die after it.)
  [new Set(["die", "kill", "dead", "drown"]), new Set(["survive"])],
  // Dead, or missing: "Three people were killed" / "Three people were missing".
  [new Set(["kill", "dead", "die"]), new Set(["missing"])],
  [new Set(["approve", "pass", "adopt"]), new Set(["reject", "defeat", "block"])],
  // A forecast or a mark beaten or missed: "beat analysts' estimates" / "missed analysts' estimates".
  [new Set(["beat", "top", "exceed", "surpass"]), new Set(["miss"])],
  // Things gained or lost: "added 8 million subscribers" / "lost 8 million subscribers", "gained 200,000 jobs" / "lost".
  [new Set(["add", "gain"]), new Set(["lose", "shed"])],
  // A rate, price or forecast moved one way or the other ("raised its forecast" / "cut its forecast"), or left as it was.
  [new Set(RAISED), new Set(CUT)],
  [new Set(ROSE), new Set(FELL)],
  [new Set(UNCHANGED), new Set([...RAISED, ...CUT, ...ROSE, ...FELL])],
];

/**
 * Rulings on one request or decision that cannot both be given: bail or an injunction granted or
 * refused, a conviction upheld or quashed, a suspect remanded in custody or released. Verb lemmas,
 * opposite only of one thing ruled on (`rules/negation`): "upheld the appeal" and "quashed the
 * conviction" are one ruling told two ways.
 */
export const OPPOSITE_RULINGS: ReadonlyArray<{ given: ReadonlySet<string>; refused: ReadonlySet<string>; on: "object" | "person" }> = [
  { given: new Set(["grant"]), refused: new Set(["refuse", "deny", "reject"]), on: "object" },
  { given: new Set(["uphold"]), refused: new Set(["quash", "overturn", "reverse", "vacate", "overrule", "reject", "dismiss"]), on: "object" },
  // (Of a person: "was remanded in custody" / "was released on bail".)
  // ("Refused bail" is no release: "bail" is read as the noun there, never a verb of this list.)
  { given: new Set(["remand"]), refused: new Set(["release", "free"]), on: "person" },
];

/**
 * Results one period or one contest cannot have both of, as nouns after the verb that reports them
 * ("posted a profit" / "posted a loss", "swung to a deficit" / "recorded a surplus", "secured an
 * acquittal" / "secured a conviction"). Kept apart from `OPPOSITE_OUTCOMES`: the verb "defeat" is a
 * win, the noun "defeat" a loss. Noun lemmas.
 */
export const OPPOSITE_RESULTS: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [new Set(["profit", "gain"]), new Set(["loss"])],
  [new Set(["surplus"]), new Set(["deficit"])],
  [new Set(["victory", "win"]), new Set(["defeat", "loss"])],
  [new Set(["acquittal"]), new Set(["conviction"])],
];

/**
 * Verbs of the start and of the end of one thing ("the strike began Monday" / "the strike will end
 * Thursday"): two moments of it, not opposites, and their dates two dates. Verb lemmas.
 */
export const PHASE_VERBS: Readonly<Record<"start" | "end", ReadonlySet<string>>> = {
  start: new Set(["begin", "start", "commence"]),
  end: new Set(["end", "finish", "conclude", "stop", "cease", "halt"]),
};

/** The phases (`PHASE_VERBS`) a sentence's verbs tell: "start", "end", both or none. */
export function phasesOf(tokens: ReadonlyArray<{ pos: string; lemma: string }>): Set<"start" | "end"> {
  const out = new Set<"start" | "end">();
  for (const t of tokens) {
    if (t.pos !== "VERB") continue;
    if (PHASE_VERBS.start.has(t.lemma)) out.add("start");
    if (PHASE_VERBS.end.has(t.lemma)) out.add("end");
  }
  return out;
}

/** One side tells only the start of a thing and the other only its end: two moments of it. */
export function twoMoments(a: ReadonlyArray<{ pos: string; lemma: string }>, b: ReadonlyArray<{ pos: string; lemma: string }>): boolean {
  const [pa, pb] = [phasesOf(a), phasesOf(b)];
  return pa.size === 1 && pb.size === 1 && [...pa][0] !== [...pb][0];
}

/** Legal and official documents, which state ("the complaint says") and allege ("the indictment alleges") what they hold. */
export const LEGAL_DOCUMENTS = new Set("complaint lawsuit suit filing indictment affidavit petition warrant charge charges".split(" "));

/**
 * Unnamed speakers by kind: two of one kind ("police" / "officers") may be one source; two kinds
 * ("the family" / "police", "sources" / "an official") are two. Singular lemmas.
 */
export const AGENT_KINDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    police: "police officer deputy trooper detective investigator sheriff",
    officials: "official authority government ministry department commission spokesperson spokesman spokeswoman regulator",
    prosecutors: "prosecutor prosecution court",
    // A party's own lawyers: the other side of a case from its prosecutors ("attorney" is a
    // prosecutor's title only with its office: "the district attorney", `rules/attribution`).
    defence: "lawyer attorney counsel solicitor barrister defence defense",
    family: "family relative parent mother father wife husband son daughter brother sister",
    witnesses: "witness resident neighbor neighbour bystander survivor",
    sources: "source insider",
    experts: "analyst expert critic observer researcher scientist economist",
    documents: "complaint lawsuit suit filing indictment affidavit document record report memo letter",
    unions: "union guild",
    // A poll of voters: a source of its own kind ("according to an exit poll" / "according to the
    // electoral commission"); not a survey, as often a body's report.
    polls: "poll",
    organizers: "organizer organiser promoter",
    medical: "doctor physician nurse surgeon paramedic medic coroner",
  }).flatMap(([kind, words]) => words.split(" ").map((w) => [w, kind] as [string, string])),
);

/** Bodies that speak for themselves: two different ones ("the ministry" / "the embassy") are two sources. */
export const INSTITUTIONS = new Set(
  "ministry embassy consulate department agency office bureau commission committee council court parliament senate congress company government administration campaign party union hospital school university airline airport bank firm navy army military guard".split(" "),
);

/** The first person singular ("I", "I'm" read as "i"): a speaker's word of themselves, which an outlet's own narration does not use. */
export const FIRST_PERSON_SINGULAR = new Set(["i", "me", "my", "mine", "myself"]);

/**
 * Words that attribute or doubt a claim: a sentence with none of them states it as the outlet's own fact
 * ("the lawsuit claims", "the suit states", "witnesses told police", "according to").
 */
export const ATTRIBUTED = /\b(?:alleg\w*|claim\w*|accus\w*|contend\w*|assert\w*|charg(?:es|ed)\s+that|according\s+to|said|says|say|told|tells|stat(?:es|ed)|testif(?:y|ies|ied)|reports?|reported(?:ly)?|believed?|suspected|purported(?:ly)?)\b/i;

/** Courtesy titles: part of how a name is written, never a different name ("Mr. Halla" for "Brian Halla"). */
export const HONORIFICS = new Set("mr mrs ms miss dr sir dame prof rev hon".split(" "));

/** Abbreviated titles written before a name ("Sen. Ann Lee", "Capt. Jeff Butler"), with the office `people.roleKey` gives their full form. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"],
  ["sen", "senator"],
  ["rep", "congressperson"],
  ["pres", "president"],
  ["atty", "attorney"],
  ["supt", "superintendent"],
  ["insp", "inspector"],
  ["det", "detective"],
  ["capt", "captain"],
  ["sgt", "sergeant"],
  ["cpl", "corporal"],
  ["lt", "lieutenant"],
  ["col", "colonel"],
  ["maj", "major"],
  ["brig", "brigadier"],
  ["gen", "general"],
  ["adm", "admiral"],
  ["cmdr", "commander"],
]);

/**
 * Names of one place or body written differently, by their letters only (lower case, no dots or
 * spaces; a plural also matches without its final "s"): countries with their irregular demonyms
 * and the usual short forms, capitals and seats of power said for a government, departments and
 * their initials.
 */
export const NAME_ALIASES: ReadonlyMap<string, string> = new Map(
  [
    ["us", "usa", "unitedstates", "unitedstatesofamerica", "america", "american"],
    ["gop", "republican", "republicanparty"],
    // British parties by their nicknames, and the word for members of a parliament.
    ["tory", "tories", "conservative", "conservatives", "conservativeparty"],
    ["labour", "labourparty"],
    ["mp", "mps", "lawmaker", "lawmakers", "legislator", "legislators"],
    ["uk", "unitedkingdom", "britain", "greatbritain", "british", "briton"],
    ["un", "unitednations"],
    ["eu", "europeanunion"],
    // A capital or a seat of power said for its government ("Beijing said", "the Kremlin said").
    ["china", "chinese", "prc", "beijing"],
    ["russia", "russian", "kremlin", "moscow"],
    ["france", "french"],
    ["turkey", "turkish", "ankara"],
    ["japan", "japanese", "tokyo"],
    ["southkorea", "southkorean", "seoul"],
    ["northkorea", "northkorean", "pyongyang", "dprk"],
    ["iran", "iranian", "tehran"],
    ["iraq", "iraqi", "baghdad"],
    ["ukraine", "ukrainian", "kyiv", "kiev"],
    ["germany", "german", "berlin"],
    ["italy", "italian", "rome"],
    ["canada", "canadian", "ottawa"],
    ["australia", "australian", "canberra"],
    ["india", "indian", "newdelhi"],
    ["pakistan", "pakistani", "islamabad"],
    ["afghanistan", "afghan", "kabul"],
    ["syria", "syrian", "damascus"],
    ["egypt", "egyptian", "cairo"],
    ["taiwan", "taiwanese", "taipei"],
    ["spain", "spanish"],
    ["netherlands", "holland", "dutch"],
    ["greece", "greek"],
    ["switzerland", "swiss"],
    // ("Defense Secretary Lloyd Austin" / "Pentagon chief Lloyd Austin".)
    ["pentagon", "defensedepartment", "departmentofdefense", "dod", "defense"],
    ["scotlandyard", "metropolitanpolice", "metpolice", "metropolitanpoliceservice"],
    ["doj", "justicedepartment", "departmentofjustice"],
    ["dhs", "homelandsecurity", "homelandsecuritydepartment", "departmentofhomelandsecurity"],
    ["statedepartment", "departmentofstate"],
    // An aid group by its initials in its own language. (Not the ICRC as "the Red Cross": a national society has that name too.)
    ["msf", "doctorswithoutborders", "medecinssansfrontieres", "médecinssansfrontières"],
  ].flatMap((group) => group.map((name) => [name, group[0] ?? name] as const)),
);

export const EQUIVALENT_PHRASES: Array<[RegExp, string]> = [
  [/\b(press|news|media)\s+(conference|briefing)s?\b/g, "news_conference"],
  [/\bU\.?S\.?A?\b/g, "united_states"],
  [/\bUnited States( of America)?\b/g, "united_states"],
  [/\bU\.?K\.?\b/g, "united_kingdom"],
  [/\bUnited Kingdom\b/g, "united_kingdom"],
];

export const NUMBER_WORDS: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17",
  eighteen: "18", nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50", sixty: "60", seventy: "70",
  eighty: "80", ninety: "90", hundred: "100", thousand: "1000", million: "1e6", billion: "1e9", trillion: "1e12",
  dozen: "12", dozens: "dozens", hundreds: "hundreds", thousands: "thousands", millions: "millions",
  billions: "billions", scores: "scores", half: "0.5", twice: "2x", double: "2x", triple: "3x",
};

/** Weekday and month names, lower case: the one list every date test is built from. */
export const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;
/** Short forms of weekday names ("Tues.", "Thurs."). */
export const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"] as const;
/** Short forms of month names ("Nov.", "Sept."); "may" is its own short form. */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"] as const;

const WEEKDAY = WEEKDAY_NAMES.join("|");
const MONTH = MONTH_NAMES.join("|");
/** Every way a month is named, short forms first ("jan|...|dec|january|...|december", "may" once). */
const ANY_MONTH = [...MONTH_ABBREVIATIONS, ...MONTH_NAMES.filter((m) => !(MONTH_ABBREVIATIONS as readonly string[]).includes(m))].join("|");

/** A weekday anywhere in a text. */
export const WEEKDAYS = new RegExp(String.raw`\b(${WEEKDAY})\b`, "i");
/** One word that is a weekday or a relative day ("yesterday", "Monday"). */
export const DAY_WORD = new RegExp(`^(yesterday|today|tonight|tomorrow|${WEEKDAY})$`, "i");
/** One word that names a month ("Nov.", "September"). */
export const MONTH_WORD = new RegExp(String.raw`^(${ANY_MONTH})\.?$`, "i");
/** One word that names a weekday or a month: the tagger often calls them names. */
export const CALENDAR_WORD = new RegExp(String.raw`^(${WEEKDAY}|${ANY_MONTH})\.?$`, "i");
export const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(?:on\s+)?(?:${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\b(?:${MONTH_ABBREVIATIONS.filter((m) => !(MONTH_NAMES as readonly string[]).includes(m)).join("|")})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`,
    String.raw`\b(?:${MONTH})\s+\d{1,4}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`,
    // (With its day and year when it gives them: "until March 14, 2025", "in November 2001".)
    // ("from November", "mid-January": a month after the word that bounds it; not "through March", which
    // ends where "until April" does.)
    String.raw`\b(?:(?:in|since|by|until|from|starting|beginning|last|next|this|early|late|mid)\s+|mid-)(?:${MONTH})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d{2}\b)?`,
    String.raw`\b\d{1,2}\s+(?:${MONTH})(?:\s+\d{4})?\b`,
    String.raw`\b(?:yesterday|today|tonight|tomorrow)\b`,
    String.raw`\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|weekend|morning|night|spring|summer|autumn|fall|winter)\b`,
    // ("4.17am": the British write the minutes after a full stop.)
    String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|(?:am|pm)\b)`,
    // A time on the 24-hour clock with its zone ("19:14 UTC", "14:30 GMT").
    String.raw`\b(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*\(?${TIME_ZONE_LETTERS}\b)`,
    // Or written in four digits, as the wires do ("0130 GMT").
    String.raw`\b(?:[01]\d|2[0-3])[0-5]\d(?=\s*\(?${TIME_ZONE_LETTERS}\b)`,
    // Noon and midnight are clock times too ("at noon", "from midnight").
    String.raw`\b(?:noon|midnight)\b`,
    // A span of years ("from 1967 to 1979", "from 2010 until 2013"), read whole before "until 1979" alone.
    String.raw`\bfrom\s+(?:19|20)\d{2}\s+(?:to|until|through|till)\s+(?:19|20)\d{2}\b`,
    // (A list of years is one date: "in 2001 and 2005".)
    String.raw`\b(?:in|since|by|until)\s+(?:19|20)\d{2}(?:(?:,|,?\s+and|,?\s+or)\s+(?:19|20)\d{2})*\b`,
    // "by the end of 2026", "the start of 2025", "the first quarter of 2025": a part of a year.
    String.raw`\b(?:the\s+)?(?:end|start|beginning|middle|first half|second half|(?:first|second|third|fourth) quarter)\s+of\s+(?:19|20)\d{2}\b`,
    // "by the end of March", "the start of June": a part of a month.
    String.raw`\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:${MONTH})\b`,
  ].join("|"),
  "gi",
);

/** A figure that is a year ("1992", "2014"): dated, not counted. */
export const YEAR = /^(1[89]|20)\d{2}$/;

/**
 * Units of measure by quantity, with their size in the quantity's base unit (a month is no fixed
 * number of days: months and years are a quantity of their own). Not "pound", a sum of money as often
 * as a weight, nor "ton", three weights.
 */
export const MEASURE_UNITS: ReadonlyMap<string, { quantity: string; size: number }> = new Map(
  (
    [
      ["clock", [["second", 1], ["minute", 60], ["hour", 3600], ["day", 86_400], ["week", 604_800]]],
      ["calendar", [["month", 1], ["year", 12], ["decade", 120], ["century", 1200]]],
      ["length", [["millimeter", 0.001], ["mm", 0.001], ["centimeter", 0.01], ["cm", 0.01], ["meter", 1], ["kilometer", 1000], ["km", 1000], ["inch", 0.0254], ["foot", 0.3048], ["yard", 0.9144], ["mile", 1609.344]]],
      ["speed", [["mph", 0.44704], ["kph", 1 / 3.6]]],
      ["mass", [["microgram", 1e-9], ["mcg", 1e-9], ["milligram", 1e-6], ["mg", 1e-6], ["gram", 0.001], ["g", 0.001], ["kilogram", 1], ["kg", 1], ["ounce", 0.028_349_523_125], ["tonne", 1000]]],
      ["area", [["acre", 4_046.856_422_4], ["hectare", 10_000]]],
      ["volume", [["milliliter", 0.001], ["millilitre", 0.001], ["ml", 0.001], ["liter", 1], ["litre", 1], ["gallon", 3.785_411_784]]],
    ] as const
  ).flatMap(([quantity, units]) => units.map(([unit, size]) => [unit, { quantity, size }] as const)),
);

/** Ordinals in words, by rank: "third" 3. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(" ")
    .map((w, i) => [w, i + 1]),
);

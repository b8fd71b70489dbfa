import { insideQuotation } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import type { RuleDescriptor } from "./rule";

/**
 * Directions: one place put on two sides of another ("10 km north of Amatrice" / "10 km south of
 * Amatrice"), or two parts of one country or region ("in eastern Syria" / "in southern Syria"). The
 * compass word is lower-case (not "North Carolina", "South Korea"; a sentence may open with "North
 * of"), outside quotations, before "of" and the same named place, or as an adjective before it, and
 * both stand in the same place of their sentences (the two words before them alike, figures aside:
 * "centred 10 km north" / "centred 12 km south"), so that two things placed around one town ("The
 * fire burned north of Pasadena" / "Evacuation centres opened south of Pasadena") or a move from one
 * part to another ("people in northern Gaza" / "move to southern Gaza") are not one thing put in two
 * places. Directions a right angle or more apart are high (one of the two is wrong), parts of a
 * region medium (a region's parts are loosely bounded: "eastern Ukraine" / "southern Ukraine");
 * neighbours ("north-east" / "east") low, a point told roughly. Opposite parts ("northern Syria" /
 * "southern Syria") are `sides`' finding.
 */
export const DIRECTIONS_RULE = {
  type: "entity",
  detects: "one place put in two directions from another (north / south of a town, eastern / western part of a country)",
  severity: { otherDirection: "high", otherPart: "medium", neighbouringDirection: "low" },
} as const satisfies RuleDescriptor;

/** A compass point's bearing in degrees, by its words ("north-east", "northeastern", "north east"). */
const BEARINGS: Readonly<Record<string, number>> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

const POINT = String.raw`(?:north|south)(?:[- ]?(?:east|west))?|east|west`;
/** A named place: capitalised words, the first with two small letters or more (not "north of Rs 19,000", "north of US$100"); not a day or a month after it. */
const PLACE = String.raw`\p{Lu}\p{Ll}{2,}[\p{L}'’.-]*(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’.-]*)*`;
/** "north of Denver", "20 miles west of the town of Amatrice", "north and east of the United States" (each point given). */
const FROM_PLACE = new RegExp(
  String.raw`(?<![\p{L}-])((?:${POINT})(?:\s*(?:,|and|or)\s+(?:${POINT}))*)\s+of\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2}of\s+|the\s+)?(${PLACE})`,
  "gu",
);
/** "northern Syria", "north-eastern Nigeria", "southern and eastern Ukraine" (each part given). */
const PART_OF_PLACE = new RegExp(String.raw`(?<![\p{L}-])((?:${POINT})ern(?:\s*(?:,|and|or)\s+(?:${POINT})ern)*)\s+(${PLACE})`, "gu");

/** The two words before a position, small letters, any figure as "#": the place a direction stands in its sentence. */
function frameBefore(text: string, at: number): string {
  return [...text.slice(Math.max(0, at - 60), at).matchAll(/[\p{L}\p{N}]+/gu)]
    .slice(-2)
    .map((m) => (/\d/.test(m[0]) ? "#" : m[0].toLowerCase()))
    .join(" ");
}

interface Direction {
  form: "from" | "part";
  bearing: number;
  frame: string;
  place: string;
  start: number;
  end: number;
}

function directionsOf(side: Side): Direction[] {
  const out: Direction[] = [];
  for (const [form, pattern] of [
    ["from", FROM_PLACE],
    ["part", PART_OF_PLACE],
  ] as const) {
    pattern.lastIndex = 0;
    // ("North of Kyiv, ..." opens a sentence with its point capitalised.)
    const text = side.features.text.replace(/^(North|South|East|West)(?=[- ]?(?:east|west)?\s+of\s)/, (w) => w.toLowerCase());
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      // (Not the full stop a place at a sentence's end brings: "in northern Iraq.")
      const where = { start, end: start + m[0].replace(/\.$/, "").length };
      if (insideQuotation(side.features, where)) continue;
      for (const point of (m[1] ?? "").split(/\s*(?:,|\band\b|\bor\b)\s*/)) {
        const bearing = BEARINGS[point.replace(/[- ]|ern$/g, "")];
        if (bearing !== undefined) out.push({ form, bearing, frame: frameBefore(text, start), place: (m[2] ?? "").toLowerCase().replace(/\.$/, ""), ...where });
      }
    }
  }
  return out;
}

export function directions(a: Side, b: Side): Finding[] {
  const [da, db] = [directionsOf(a), directionsOf(b)];
  for (const x of da) {
    for (const y of db) {
      if (x.form !== y.form || x.place !== y.place || x.bearing === y.bearing || x.frame !== y.frame) continue;
      // One side giving both ("north and east of Denver") gives the other's too.
      if (da.some((o) => o.place === y.place && o.bearing === y.bearing) || db.some((o) => o.place === x.place && o.bearing === x.bearing)) continue;
      const apart = Math.min(Math.abs(x.bearing - y.bearing), 360 - Math.abs(x.bearing - y.bearing));
      if (x.form === "part" && apart === 180) continue;
      return [
        {
          type: DIRECTIONS_RULE.type,
          severity: apart < 90 ? DIRECTIONS_RULE.severity.neighbouringDirection : x.form === "part" ? DIRECTIONS_RULE.severity.otherPart : DIRECTIONS_RULE.severity.otherDirection,
          spans: [span(0, x), span(1, y)],
          explanation: `${a.label} has ${q(a.features.text.slice(x.start, x.end))}; ${b.label} has ${q(b.features.text.slice(y.start, y.end))}.`,
        },
      ];
    }
  }
  return [];
}

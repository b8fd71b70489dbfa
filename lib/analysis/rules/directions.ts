import { insideQuotation } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import type { RuleDescriptor } from "./rule";

/**
 * Directions: one place put on two sides of another ("10 km north of Amatrice" / "10 km south of
 * Amatrice"), or two parts of one country or region ("in northern Syria" / "in southern Syria"). The
 * compass word is lower-case (not "North Carolina", "South Korea"), outside quotations, before "of"
 * and the same named place, or as an adjective before it. Directions a right angle or more apart are
 * high (one of the two is wrong); neighbours ("north-east" / "east") low, a point told roughly.
 */
export const DIRECTIONS_RULE = {
  type: "entity",
  detects: "one place put in two directions from another (north / south of a town, eastern / western part of a country)",
  severity: { otherDirection: "high", neighbouringDirection: "low" },
} as const satisfies RuleDescriptor;

/** A compass point's bearing in degrees, by its words ("north-east", "northeastern", "north east"). */
const BEARINGS: Readonly<Record<string, number>> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

const POINT = String.raw`(?:north|south)(?:[- ]?(?:east|west))?|east|west`;
/** "north of Denver", "20 miles west of the town of Amatrice", "north and east of the United States" (each point given). */
const FROM_PLACE = new RegExp(
  String.raw`(?<![\p{L}-])((?:${POINT})(?:\s*(?:,|and|or)\s+(?:${POINT}))*)\s+of\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2}of\s+|the\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)`,
  "gu",
);
/** "northern Syria", "north-eastern Nigeria". */
const PART_OF_PLACE = new RegExp(String.raw`(?<![\p{L}-])(${POINT})(?:ern)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)`, "gu");

interface Direction {
  form: "from" | "part";
  bearing: number;
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
    for (const m of side.features.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      // (Not the full stop a place at a sentence's end brings: "in northern Iraq.")
      const where = { start, end: start + m[0].replace(/\.$/, "").length };
      if (insideQuotation(side.features, where)) continue;
      for (const point of (m[1] ?? "").split(/\s*(?:,|\band\b|\bor\b)\s*/)) {
        const bearing = BEARINGS[point.replace(/[- ]/g, "")];
        if (bearing !== undefined) out.push({ form, bearing, place: (m[2] ?? "").toLowerCase().replace(/\.$/, ""), ...where });
      }
    }
  }
  return out;
}

export function directions(a: Side, b: Side): Finding[] {
  const [da, db] = [directionsOf(a), directionsOf(b)];
  for (const x of da) {
    for (const y of db) {
      if (x.form !== y.form || x.place !== y.place || x.bearing === y.bearing) continue;
      // One side giving both ("north and east of Denver") gives the other's too.
      if (da.some((o) => o.place === y.place && o.bearing === y.bearing) || db.some((o) => o.place === x.place && o.bearing === x.bearing)) continue;
      const apart = Math.min(Math.abs(x.bearing - y.bearing), 360 - Math.abs(x.bearing - y.bearing));
      return [
        {
          type: DIRECTIONS_RULE.type,
          severity: apart >= 90 ? DIRECTIONS_RULE.severity.otherDirection : DIRECTIONS_RULE.severity.neighbouringDirection,
          spans: [span(0, x), span(1, y)],
          explanation: `${a.label} has ${q(a.features.text.slice(x.start, x.end))}; ${b.label} has ${q(b.features.text.slice(y.start, y.end))}.`,
        },
      ];
    }
  }
  return [];
}

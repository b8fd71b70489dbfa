import { z } from "zod";

/**
 * A source's published time. People type a date ("2022-02-25") or a date and time in UTC
 * ("2022-02-25 14:30"); pages carry a full ISO time with its offset (`article:published_time`,
 * "2026-03-10T11:20:00+01:00"). A date alone is stored as midnight UTC and shown as a date; a
 * time is stored as the instant and shown in UTC, with the zone named.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The instant a typed or page-given published time names; null for "", undefined when it is not one. */
export function parsePublished(value: string | null | undefined): Date | null | undefined {
  const text = (value ?? "").trim();
  if (!text) return null;
  let date: Date;
  if (DATE.test(text)) date = new Date(`${text}T00:00:00Z`);
  else if (LOCAL.test(text)) date = new Date(`${text.replace(" ", "T")}${text.length === 16 ? ":00" : ""}Z`);
  else if (ZONED.test(text)) date = new Date(text);
  else return undefined;
  if (Number.isNaN(date.getTime())) return undefined;
  // "2022-02-30" rolls over to March in Date; refuse it instead.
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m && !ZONED.test(text) && date.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) return undefined;
  return date;
}

/** "2022-02-25" for a date alone (midnight UTC), else "2022-02-25 14:30 UTC". */
export function formatPublished(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A page's `article:published_time` as the form would carry it, or "" when the page gives none usable. */
export function publishedFromPage(value: string | null | undefined): string {
  const date = parsePublished(value);
  return date ? date.toISOString() : "";
}

export const ZPublishedAt = z
  .string()
  .trim()
  .refine((v) => parsePublished(v) !== undefined, "Use a date like 2022-02-25, or a date and time in UTC like 2022-02-25 14:30.");

import { z } from "zod";

/**
 * A source's web address: http or https only. Anything else (javascript:, data:, file:, ...) is
 * refused when a comparison is created, and a stored address that is not one is shown as text,
 * never as a link.
 */
export function isWebAddress(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const ZWebAddress = z.string().trim().refine(isWebAddress, "Enter a full web address starting with https:// or http://.");

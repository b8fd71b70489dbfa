import { LIMITS } from "./analysis/limits";

/** The largest source a person can give: a pasted text or an uploaded file. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * The largest form body: every source at its largest, plus 1 MB for the rest of the form (next.config.ts
 * gives it to server actions and the proxy). Relative imports: next.config.ts reads this file too.
 */
export const MAX_FORM_BYTES = LIMITS.maxSources * MAX_INPUT_BYTES + 1024 * 1024;

export const TOO_LARGE_MESSAGE = `The form is larger than ${Math.round(MAX_FORM_BYTES / 1024 / 1024)} MB: at most ${LIMITS.maxSources} sources of 5 MB each. Send fewer or smaller files.`;

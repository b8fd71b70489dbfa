import { expect, test } from "vitest";
import { CRASH_LIMIT, recordStop } from "./restart-policy";

test("a process that stops now and then is restarted; one that keeps stopping is given up on", () => {
  let history: number[] = [];
  const t0 = 1_000_000;
  // One stop every 20 s: never more than 3 in a minute.
  for (let i = 0; i < 10; i += 1) {
    const r = recordStop(history, t0 + i * 20_000);
    expect(r.giveUp).toBe(false);
    history = r.history;
  }
  // Five stops within a few seconds: the fifth gives up.
  history = [];
  for (let i = 1; i <= CRASH_LIMIT; i += 1) {
    const r = recordStop(history, t0 + i * 1_000);
    expect(r.giveUp).toBe(i === CRASH_LIMIT);
    history = r.history;
  }
});

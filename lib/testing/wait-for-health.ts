/**
 * For benches and specs that start their own server: resolves once `<base>/api/health`
 * answers 200, polling every 250 ms; throws after `timeoutMs` (a first start may build).
 */
export async function waitForHealth(base: string, timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${base} did not start within ${Math.round(timeoutMs / 1000)} s`);
}

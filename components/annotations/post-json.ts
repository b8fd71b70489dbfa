/** POST JSON to one of Parallax's mutation endpoints; the parsed body with the status. */
export async function postJson<T>(url: string, body: unknown): Promise<{ ok: boolean; status: number; data: T & { error?: string } }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({ error: `The server answered ${response.status}.` }))) as T & { error?: string };
  return { ok: response.ok, status: response.status, data };
}

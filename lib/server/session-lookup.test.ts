import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

createTestDatabase("session");
const { auth, SESSION_COOKIE } = await import("@/lib/auth");
const { db } = await import("@/lib/db");
const { createFirstAdmin } = await import("./users/create-first-admin");
const { createUser } = await import("./users/create-user");
const { changeRole } = await import("./users/change-role");
const { lookupSession } = await import("./session-lookup");

const DAY = 24 * 60 * 60 * 1000;
let admin: { id: string; name: string; email: string; role: "admin" };

async function signIn(email: string, password: string): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error("no session cookie");
  return cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "";
}

beforeAll(async () => {
  const { id } = await createFirstAdmin({ name: "Ada Admin", email: "ada@example.com", password: "a long password" });
  admin = { id, name: "Ada Admin", email: "ada@example.com", role: "admin" };
});

test("a cookie better-auth signed resolves to its person; the role is read fresh on every lookup", async () => {
  await createUser(admin, { name: "Jo Journalist", email: "jo@example.com", password: "another long one", role: "journalist" });
  const cookie = await signIn("jo@example.com", "another long one");
  const jo = await lookupSession(cookie, Date.now());
  expect(jo).toMatchObject({ name: "Jo Journalist", email: "jo@example.com", role: "journalist" });
  if (!jo || jo === "refresh") throw new Error("expected an actor");
  await changeRole(admin, { userId: jo.id, role: "editor" });
  expect(await lookupSession(cookie, Date.now())).toMatchObject({ id: jo.id, role: "editor" });
});

test("a forged, truncated or re-signed cookie is nobody", async () => {
  const cookie = await signIn("ada@example.com", "a long password");
  const value = decodeURIComponent(cookie);
  const token = value.slice(0, value.lastIndexOf("."));
  expect(await lookupSession(cookie, Date.now())).toMatchObject({ id: admin.id, role: "admin" });
  expect(await lookupSession(token, Date.now())).toBeNull();
  expect(await lookupSession(`${token}.${"A".repeat(43)}=`, Date.now())).toBeNull();
  expect(await lookupSession(`x${value}`, Date.now())).toBeNull();
  expect(await lookupSession("%E0%A4%A", Date.now())).toBeNull();
  expect(await lookupSession("", Date.now())).toBeNull();
});

test("a signed-out or expired session is nobody; one due for extension is handed back to better-auth", async () => {
  const cookie = await signIn("ada@example.com", "a long password");
  const value = decodeURIComponent(cookie);
  const token = value.slice(0, value.lastIndexOf("."));
  const session = await db.session.findUniqueOrThrow({ where: { token } });
  const now = Date.now();
  expect(await lookupSession(cookie, now)).toMatchObject({ id: admin.id });
  // 14-day sessions are extended once a day: 12 days left means it was issued over a day ago.
  await db.session.update({ where: { token }, data: { expiresAt: new Date(now + 12 * DAY) } });
  expect(await lookupSession(cookie, now)).toBe("refresh");
  expect(await lookupSession(cookie, session.expiresAt.getTime() + 1)).toBeNull();
  await db.session.delete({ where: { token } });
  expect(await lookupSession(cookie, now)).toBeNull();
});

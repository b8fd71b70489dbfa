import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/** Accounts: password strength everywhere a password is set, change, admin reset by link, sign out everywhere. */
createTestDatabase("accounts");
const { auth, SESSION_COOKIE } = await import("@/lib/auth");
const { db } = await import("@/lib/db");
const { verifySessionCookie } = await import("../session-cookie");
const { ForbiddenError } = await import("../permissions");
const { createFirstAdmin } = await import("./create-first-admin");
const { createUser } = await import("./create-user");
const { changePassword } = await import("./change-password");
const { endSessions } = await import("./end-sessions");
const { createPasswordReset } = await import("./create-password-reset");
const { getPasswordReset, resetPassword } = await import("./reset-password");
const { WeakPasswordError } = await import("./password-strength");
const { UserInputError } = await import("./errors");
const { ZEmail, ZSignIn } = await import("./types");

let admin: Actor;
let jo: Actor;
const JO_PASSWORD = "tangerine-orbit-kettles";

/** A session as a browser gets it: returns its token. */
async function signIn(email: string, password: string): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`${email} could not sign in`);
  return verifySessionCookie(cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "", process.env.AUTH_SECRET ?? (await auth.$context).secret) ?? "";
}
const sessions = (userId: string) => db.session.findMany({ where: { userId }, select: { token: true } }).then((rows) => rows.map((r) => r.token).sort());
const canSignIn = (email: string, password: string) => signIn(email, password).then(() => true, () => false);

beforeAll(async () => {
  const { id } = await createFirstAdmin({ name: "Ada Admin", email: "ada@example.com", password: "a long password" });
  admin = { id, name: "Ada Admin", email: "ada@example.com", role: "admin" };
  const created = await createUser(admin, { name: "Jo Journalist", email: "jo@example.com", password: JO_PASSWORD, role: "journalist" });
  jo = { id: created.id, name: "Jo Journalist", email: "jo@example.com", role: "journalist" };
});

test.each([
  ["aaaaaaaaaa", /too easy to guess/],
  ["1234567890", /too easy to guess/],
  ["sam@example.com", /Do not use your email address/],
  ["Sam Samuelson", /Do not use your name/],
])("a new account with the password %s is refused, and nothing is written", async (password, message) => {
  const attempt = createUser(admin, { name: "Sam Samuelson", email: "sam@example.com", password, role: "editor" });
  await expect(attempt).rejects.toThrow(WeakPasswordError);
  await expect(attempt).rejects.toThrow(message);
  expect(await db.user.count({ where: { email: "sam@example.com" } })).toBe(0);
});

test("an email with a trailing or leading space is trimmed, not refused", () => {
  expect(ZEmail.parse("  Jo@Example.com ")).toBe("jo@example.com");
  expect(ZSignIn.parse({ email: "jo@example.com ", password: "x" }).email).toBe("jo@example.com");
  expect(ZEmail.safeParse("not an email").success).toBe(false);
});

test("changing your password: the current one must be right, the new one strong; your other sessions end, this one stays", async () => {
  const here = await signIn("jo@example.com", JO_PASSWORD);
  const laptop = await signIn("jo@example.com", JO_PASSWORD);
  const context = { client: "192.0.2.1", keepSessionToken: here };
  await expect(changePassword(jo, { currentPassword: "not-my-password", newPassword: "violet-harbour-lanterns" }, context)).rejects.toThrow("That is not your current password.");
  await expect(changePassword(jo, { currentPassword: JO_PASSWORD, newPassword: "jo@example.com" }, context)).rejects.toThrow(WeakPasswordError);
  expect(await sessions(jo.id)).toEqual([here, laptop].sort());
  await changePassword(jo, { currentPassword: JO_PASSWORD, newPassword: "violet-harbour-lanterns" }, context);
  expect(await sessions(jo.id)).toEqual([here]);
  expect(await canSignIn("jo@example.com", JO_PASSWORD)).toBe(false);
  expect(await canSignIn("jo@example.com", "violet-harbour-lanterns")).toBe(true);
});

test("guessing the current password counts against the sign-in limit", async () => {
  const context = { client: "192.0.2.99", keepSessionToken: null };
  const ed = await createUser(admin, { name: "Ed Editor", email: "ed@example.com", password: "marble-comet-pianos", role: "editor" });
  const actor: Actor = { id: ed.id, name: "Ed Editor", email: "ed@example.com", role: "editor" };
  for (let i = 0; i < 5; i += 1) await expect(changePassword(actor, { currentPassword: `guess-${i}`, newPassword: "violet-harbour-lanterns" }, context)).rejects.toThrow(UserInputError);
  await expect(changePassword(actor, { currentPassword: "marble-comet-pianos", newPassword: "violet-harbour-lanterns" }, context)).rejects.toThrow(/Too many wrong passwords/);
});

test("sign out everywhere: you for yourself, an admin for anyone, nobody else for someone else", async () => {
  await signIn("jo@example.com", "violet-harbour-lanterns");
  expect((await sessions(jo.id)).length).toBeGreaterThan(0);
  const ed = await db.user.findUniqueOrThrow({ where: { email: "ed@example.com" } });
  const edActor: Actor = { id: ed.id, name: ed.name, email: ed.email, role: "editor" };
  await expect(endSessions(edActor, jo.id)).rejects.toThrow(ForbiddenError);
  await expect(endSessions(null, jo.id)).rejects.toThrow(ForbiddenError);
  expect((await sessions(jo.id)).length).toBeGreaterThan(0);
  await endSessions(jo, jo.id);
  expect(await sessions(jo.id)).toEqual([]);
  await signIn("jo@example.com", "violet-harbour-lanterns");
  await endSessions(admin, jo.id);
  expect(await sessions(jo.id)).toEqual([]);
});

test("an admin's password link: signs the person out at once, works once, needs a strong password, ends sessions again", async () => {
  await signIn("jo@example.com", "violet-harbour-lanterns");
  await expect(createPasswordReset(jo, admin.id)).rejects.toThrow(ForbiddenError);
  const first = await createPasswordReset(admin, jo.id);
  expect(await sessions(jo.id)).toEqual([]);
  const { token } = await createPasswordReset(admin, jo.id);
  expect(await getPasswordReset(first.token)).toBeNull(); // a newer link replaces it
  expect(await getPasswordReset(token)).toEqual({ email: "jo@example.com", name: "Jo Journalist" });
  await expect(resetPassword({ token, password: "1234567890" })).rejects.toThrow(WeakPasswordError);
  await resetPassword({ token, password: "copper-meadow-violins" });
  expect(await canSignIn("jo@example.com", "copper-meadow-violins")).toBe(true);
  expect(await canSignIn("jo@example.com", "violet-harbour-lanterns")).toBe(false);
  await expect(resetPassword({ token, password: "another-fine-phrase-here" })).rejects.toThrow(/expired or was already used/);
  expect(await getPasswordReset(token)).toBeNull();
});

test("an expired password link is refused", async () => {
  const { token } = await createPasswordReset(admin, jo.id);
  await db.passwordReset.updateMany({ where: { userId: jo.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect(resetPassword({ token, password: "copper-meadow-violins-2" })).rejects.toThrow(/expired/);
});

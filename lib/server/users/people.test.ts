import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/** People: deactivate and reactivate, pending invitations and revoking them, role changes. */
createTestDatabase("people");
const { auth, ACCOUNT_DEACTIVATED, SESSION_COOKIE } = await import("@/lib/auth");
const { db } = await import("@/lib/db");
const { lookupSession } = await import("../session-lookup");
const { ForbiddenError } = await import("../permissions");
const { createFirstAdmin } = await import("./create-first-admin");
const { createUser } = await import("./create-user");
const { changeRole, LastAdminError } = await import("./change-role");
const { setUserActive } = await import("./set-user-active");
const { inviteUser } = await import("./invite-user");
const { findPendingInvitations } = await import("./find-invitations");
const { revokeInvitation } = await import("./revoke-invitation");
const { acceptInvitation, getInvitation } = await import("./accept-invitation");
const { createPasswordReset } = await import("./create-password-reset");
const { signIn } = await import("./sign-in");
const { UserInputError } = await import("./errors");
const { ZSetUserActive } = await import("./types");

let admin: Actor;
let jo: Actor;
const JO_PASSWORD = "tangerine-orbit-kettles";

/** A browser's session cookie value; without a session, an error with better-auth's status and message. */
async function signInCookie(email: string, password: string): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`no session (${response.status}: ${((await response.json()) as { message?: string }).message})`);
  return cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "";
}

/** The app's sign-in as the sign-in form runs it (the verify step as in app/sign-in/actions.ts). */
const signInAsForm = (email: string, password: string, client: string) =>
  signIn({ email, password }, client, async (body) => {
    try {
      await auth.api.signInEmail({ body });
      return true;
    } catch (error) {
      return error instanceof Error && error.message === ACCOUNT_DEACTIVATED ? "deactivated" : false;
    }
  });

beforeAll(async () => {
  const { id } = await createFirstAdmin({ name: "Ada Admin", email: "ada@example.com", password: "a long password" });
  admin = { id, name: "Ada Admin", email: "ada@example.com", role: "admin" };
  const created = await createUser(admin, { name: "Jo Journalist", email: "jo@example.com", password: JO_PASSWORD, role: "journalist" });
  jo = { id: created.id, name: "Jo Journalist", email: "jo@example.com", role: "journalist" };
});

test("deactivating someone ends their sessions at once and refuses their sign-in; reactivating lets them back", async () => {
  const cookie = await signInCookie(jo.email, JO_PASSWORD);
  expect(await lookupSession(cookie, Date.now())).toMatchObject({ id: jo.id });

  expect(await setUserActive(admin, { userId: jo.id, active: false })).toEqual({ name: "Jo Journalist", sessionsEnded: 1 });
  expect(await lookupSession(cookie, Date.now())).toBeNull();
  expect(await db.session.count({ where: { userId: jo.id } })).toBe(0);
  await expect(signInCookie(jo.email, JO_PASSWORD)).rejects.toThrow(ACCOUNT_DEACTIVATED);
  expect(await db.session.count({ where: { userId: jo.id } })).toBe(0);
  // The form says so only when the password was right.
  expect(await signInAsForm(jo.email, JO_PASSWORD, "10.0.0.1")).toEqual({ ok: false, message: "This account is deactivated. Ask an admin to reactivate it." });
  expect(await signInAsForm(jo.email, "not the password", "10.0.0.1")).toEqual({ ok: false, message: "The email or password is not right." });
  // No password link for a deactivated person.
  await expect(createPasswordReset(admin, jo.id)).rejects.toThrow(/is deactivated: reactivate them first/);

  expect(await setUserActive(admin, { userId: jo.id, active: true })).toEqual({ name: "Jo Journalist", sessionsEnded: 0 });
  const again = await signInCookie(jo.email, JO_PASSWORD);
  expect(await lookupSession(again, Date.now())).toMatchObject({ id: jo.id, role: "journalist" });
});

test("nobody deactivates themselves or the last active admin; only admins deactivate", async () => {
  await expect(setUserActive(admin, { userId: admin.id, active: false })).rejects.toThrow(UserInputError);
  await expect(setUserActive(jo, { userId: admin.id, active: false })).rejects.toThrow(ForbiddenError);
  const { id } = await createUser(admin, { name: "Bea Admin", email: "bea@example.com", password: "marigold-ferry-lantern", role: "admin" });
  const bea: Actor = { id, name: "Bea Admin", email: "bea@example.com", role: "admin" };
  await setUserActive(bea, { userId: admin.id, active: false });
  // Ada is deactivated: Bea is the last active admin, so she cannot be deactivated or demoted.
  await expect(setUserActive(bea, { userId: bea.id, active: false })).rejects.toThrow(/cannot deactivate yourself/);
  await expect(changeRole(bea, { userId: bea.id, role: "editor" })).rejects.toThrow(LastAdminError);
  await setUserActive(bea, { userId: admin.id, active: true });
  await changeRole(admin, { userId: bea.id, role: "editor" });
  expect(await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).toEqual({ role: "editor" });
});

test("changing a role names the person; an unknown person is refused", async () => {
  expect(await changeRole(admin, { userId: jo.id, role: "editor" })).toEqual({ name: "Jo Journalist" });
  await changeRole(admin, { userId: jo.id, role: "journalist" });
  await expect(changeRole(admin, { userId: "nobody", role: "editor" })).rejects.toThrow(/That person was not found/);
});

test("pending invitations are listed until used, revoked or expired; a revoked link stops working", async () => {
  const kept = await inviteUser(admin, { email: "kim@example.com", role: "editor" });
  const revoked = await inviteUser(admin, { email: "lee@example.com", role: "journalist" });
  const used = await inviteUser(admin, { email: "max@example.com", role: "journalist" });
  await acceptInvitation({ token: used.token, name: "Max", password: "cobalt-sparrow-meadow" });
  const pending = await findPendingInvitations(admin);
  expect(pending.map((p) => [p.email, p.role, p.invitedBy])).toEqual([
    ["lee@example.com", "journalist", "Ada Admin"],
    ["kim@example.com", "editor", "Ada Admin"],
  ]);
  // Eight days later, both have expired.
  expect(await findPendingInvitations(admin, new Date(Date.now() + 8 * 24 * 3600 * 1000))).toEqual([]);

  const lee = pending.find((p) => p.email === "lee@example.com");
  if (!lee) throw new Error("lee's invitation is missing");
  await expect(revokeInvitation(jo, lee.id)).rejects.toThrow(ForbiddenError);
  expect(await revokeInvitation(admin, lee.id)).toEqual({ email: "lee@example.com" });
  expect((await findPendingInvitations(admin)).map((p) => p.email)).toEqual(["kim@example.com"]);
  expect(await getInvitation(revoked.token)).toBeNull();
  await expect(acceptInvitation({ token: revoked.token, name: "Lee", password: "cobalt-sparrow-meadow" })).rejects.toThrow(/an admin revoked it/);
  expect(await db.user.count({ where: { email: "lee@example.com" } })).toBe(0);
  await expect(revokeInvitation(admin, lee.id)).rejects.toThrow(/already used or revoked/);
  expect(await getInvitation(kept.token)).toEqual({ email: "kim@example.com", role: "editor" });
});

test.each([
  [{ deactivate: "u1" }, { userId: "u1", active: false }],
  [{ reactivate: "u1" }, { userId: "u1", active: true }],
  [{}, null],
  [{ deactivate: "u1", reactivate: "u1" }, null],
])("the row button %j reads as %j", (form, expected) => {
  const parsed = ZSetUserActive.safeParse(form);
  expect(parsed.success ? parsed.data : null).toEqual(expected);
});

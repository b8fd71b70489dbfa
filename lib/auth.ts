import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "./db";
import { env } from "./env";

/**
 * better-auth: email and password, sessions in the database (httpOnly cookies,
 * SameSite=Lax, Secure when served over https), passwords hashed by the
 * library. Public sign-up is closed: accounts come from first-run setup and
 * admin invitations. Only server code calls it (server actions and pages);
 * no auth endpoints are exposed to the browser.
 */
/** The message better-auth answers with when a deactivated person's password was right. */
export const ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";

/** Sessions last 14 days and are extended at most once a day. */
export const SESSION_EXPIRES_IN_S = 60 * 60 * 24 * 14;
export const SESSION_UPDATE_AGE_S = 60 * 60 * 24;
const secureCookies = env.PUBLIC_URL.startsWith("https://");
/** The cookie holding the signed session token (better-auth's name; `__Secure-` over https). */
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}better-auth.session_token`;

export const auth = betterAuth({
  appName: "Parallax",
  baseURL: env.PUBLIC_URL,
  secret: env.AUTH_SECRET,
  database: prismaAdapter(db, { provider: env.DIALECT }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "journalist", input: false } } },
  // No cookie cache: a role change or sign-out must take effect on the very next request.
  session: { expiresIn: SESSION_EXPIRES_IN_S, updateAge: SESSION_UPDATE_AGE_S },
  // A deactivated person never gets a session, whichever way they sign in.
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (user?.deactivatedAt) throw new APIError("FORBIDDEN", { message: ACCOUNT_DEACTIVATED });
        },
      },
    },
  },
  advanced: { useSecureCookies: secureCookies, defaultCookieAttributes: { sameSite: "lax", httpOnly: true } },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

import "server-only";
import { betterAuth } from "better-auth";
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
export const auth = betterAuth({
  appName: "Parallax",
  baseURL: env.PUBLIC_URL,
  secret: env.AUTH_SECRET,
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "journalist", input: false } } },
  // No cookie cache: a role change or sign-out must take effect on the very next request.
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  advanced: { useSecureCookies: env.PUBLIC_URL.startsWith("https://"), defaultCookieAttributes: { sameSite: "lax", httpOnly: true } },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

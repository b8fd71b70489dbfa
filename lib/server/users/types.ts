import { z } from "zod";
import { ROLES } from "../permissions";

export const ZPassword = z.string().min(10, "Use at least 10 characters.").max(256);
export const ZEmail = z.email("Enter an email address.").trim().toLowerCase();

export const ZCreateUser = z.object({
  name: z.string().trim().min(1, "Give a name.").max(120),
  email: ZEmail,
  password: ZPassword,
  role: z.enum(ROLES),
});
export type CreateUser = z.infer<typeof ZCreateUser>;

export const ZSetup = ZCreateUser.omit({ role: true });
export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password.").max(256) });
export type SignIn = z.infer<typeof ZSignIn>;
export const ZInvite = z.object({ email: ZEmail, role: z.enum(ROLES) });
export const ZAcceptInvitation = z.object({ token: z.string().min(20).max(200), name: z.string().trim().min(1, "Give your name.").max(120), password: ZPassword });
export const ZChangeRole = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });

import { z } from "zod";
import { ROLES } from "../permissions";

export const ZPassword = z.string().min(10, "Use at least 10 characters.").max(256);
/** Surrounding spaces (a paste, an autofill) are trimmed before the address is checked. */
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email("Enter an email address."));

export const ZCreateUser = z.object({
  name: z.string().trim().min(1, "Give a name.").max(120),
  email: ZEmail,
  password: ZPassword,
  role: z.enum(ROLES, "Choose a role."),
});
export type CreateUser = z.infer<typeof ZCreateUser>;

export const ZSetup = ZCreateUser.omit({ role: true });
export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password.").max(256) });
export type SignIn = z.infer<typeof ZSignIn>;
export const ZInvite = z.object({ email: ZEmail, role: z.enum(ROLES, "Choose a role.") });
/** The row button pressed: `deactivate=<id>` or `reactivate=<id>`. */
export const ZSetUserActive = z
  .object({ deactivate: z.string().min(1).max(100).optional(), reactivate: z.string().min(1).max(100).optional() })
  .transform((v, ctx) => {
    const userId = v.deactivate ?? v.reactivate;
    if (!userId || (v.deactivate && v.reactivate)) {
      ctx.addIssue({ code: "custom", message: "Choose a person.", path: ["userId"] });
      return z.NEVER;
    }
    return { userId, active: v.deactivate === undefined };
  });
export const ZInvitationRef = z.object({ invitationId: z.string().min(1).max(100) });
export const ZAcceptInvitation = z.object({ token: z.string().min(20).max(200), name: z.string().trim().min(1, "Give your name.").max(120), password: ZPassword });
const ZRole = z.enum(ROLES, "Choose a role.");
export const ZChangeRole = z.object({ userId: z.string().min(1, "Choose a person."), role: ZRole });
export const ZChangePassword = z.object({ currentPassword: z.string().min(1, "Enter your current password.").max(256), newPassword: ZPassword });
export type ChangePassword = z.infer<typeof ZChangePassword>;
export const ZUserRef = z.object({ userId: z.string().min(1, "Choose a person.") });
export const ZResetPassword = z.object({ token: z.string().min(20).max(200), password: ZPassword });
export type ResetPassword = z.infer<typeof ZResetPassword>;

"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { publicOrigin } from "@/lib/server/origins";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";
import { NotFoundError } from "@/lib/server/annotations/errors";
import { changeRole, LastAdminError } from "@/lib/server/users/change-role";
import { createPasswordReset, RESET_VALID_HOURS } from "@/lib/server/users/create-password-reset";
import { createUser, EmailTakenError } from "@/lib/server/users/create-user";
import { endSessions } from "@/lib/server/users/end-sessions";
import { UserInputError } from "@/lib/server/users/errors";
import { inviteUser } from "@/lib/server/users/invite-user";
import { revokeInvitation } from "@/lib/server/users/revoke-invitation";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { ZChangeRole, ZCreateUser, ZInvitationRef, ZInvite, ZSetUserActive, ZUserRef } from "@/lib/server/users/types";

function refusal(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof UserInputError) return { message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : {}, values };
  if (error instanceof ForbiddenError || error instanceof EmailTakenError || error instanceof LastAdminError || error instanceof NotFoundError) {
    return { message: error.message, fieldErrors: {}, values };
  }
  throw error;
}

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZCreateUser.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await createUser(await getActor(), parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `${parsed.data.name} can now sign in as ${parsed.data.role}.`, fieldErrors: {}, values: {} };
}

export async function inviteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZInvite.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const { token } = await inviteUser(await getActor(), parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, message: `Send this one-time link to ${parsed.data.email} (valid 7 days):`, fieldErrors: {}, values: {}, result: `${publicOrigin(await headers())}/invite/${token}` };
  } catch (error) {
    return refusal(error, values);
  }
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZChangeRole.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  let name: string;
  try {
    ({ name } = await changeRole(await getActor(), parsed.data));
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `${name} is now ${parsed.data.role}.`, fieldErrors: {}, values };
}

/** A one-time link for someone to choose a new password; they are signed out everywhere at once. */
export async function passwordResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZUserRef.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Choose a person.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const { token, name } = await createPasswordReset(await getActor(), parsed.data.userId);
    return {
      ok: true,
      message: `${name} is signed out everywhere. Send them this one-time link to choose a new password (valid ${RESET_VALID_HOURS} hours):`,
      fieldErrors: {},
      values,
      result: `${publicOrigin(await headers())}/reset-password/${token}`,
    };
  } catch (error) {
    return refusal(error, values);
  }
}

/** End every session of someone (a lost laptop, a person who left). */
export async function endSessionsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZUserRef.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Choose a person.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const ended = await endSessions(await getActor(), parsed.data.userId);
    return { ok: true, message: `Signed out everywhere (${ended} session${ended === 1 ? "" : "s"} ended).`, fieldErrors: {}, values };
  } catch (error) {
    return refusal(error, values);
  }
}

/** Deactivate someone (they cannot sign in; their sessions end at once) or reactivate them. */
export async function setUserActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZSetUserActive.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Choose a person.", fieldErrors: fieldErrors(parsed.error), values };
  const { active } = parsed.data;
  try {
    const { name, sessionsEnded } = await setUserActive(await getActor(), parsed.data);
    revalidatePath("/admin/users");
    const ended = sessionsEnded > 0 ? ` (${sessionsEnded} session${sessionsEnded === 1 ? "" : "s"} ended)` : "";
    return { ok: true, message: active ? `${name} can sign in again.` : `${name} is deactivated and signed out everywhere${ended}.`, fieldErrors: {}, values: {} };
  } catch (error) {
    return refusal(error, values);
  }
}

/** Revoke an invitation link that was not used yet. */
export async function revokeInvitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZInvitationRef.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Choose an invitation.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const { email } = await revokeInvitation(await getActor(), parsed.data.invitationId);
    revalidatePath("/admin/users");
    return { ok: true, message: `The invitation for ${email} is revoked: its link no longer works.`, fieldErrors: {}, values: {} };
  } catch (error) {
    return refusal(error, values);
  }
}

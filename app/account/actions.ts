"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { clientAddress } from "@/lib/server/client-address";
import { ForbiddenError } from "@/lib/server/permissions";
import { currentSessionToken, getActor } from "@/lib/server/session";
import { changePassword } from "@/lib/server/users/change-password";
import { endSessions } from "@/lib/server/users/end-sessions";
import { UserInputError } from "@/lib/server/users/errors";
import { ZChangePassword } from "@/lib/server/users/types";

const PASSWORDS = ["currentPassword", "newPassword"];

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form, PASSWORDS);
  const parsed = ZChangePassword.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await changePassword(await getActor(), parsed.data, { client: clientAddress(await headers()), keepSessionToken: await currentSessionToken() });
  } catch (error) {
    if (error instanceof UserInputError) return { message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : {}, values };
    if (error instanceof ForbiddenError) return { message: error.message, fieldErrors: {}, values };
    throw error;
  }
  return { message: "Your password is changed. Everywhere else you were signed in, you are now signed out.", fieldErrors: {}, values: {} };
}

/** End every session of yours, this one included. */
export async function signOutEverywhereAction(): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  await endSessions(actor, actor.id);
  redirect("/sign-in");
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { UserInputError } from "@/lib/server/users/errors";
import { acceptInvitation, InvitationError } from "@/lib/server/users/accept-invitation";
import { ZAcceptInvitation } from "@/lib/server/users/types";

export async function acceptInvitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZAcceptInvitation.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  let email: string;
  try {
    ({ email } = await acceptInvitation(parsed.data));
  } catch (error) {
    if (error instanceof InvitationError) return { message: error.message, fieldErrors: {}, values };
    if (error instanceof UserInputError) return { message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : {}, values };
    throw error;
  }
  await auth.api.signInEmail({ body: { email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { UserInputError } from "@/lib/server/users/errors";
import { createFirstAdmin, SetupClosedError } from "@/lib/server/users/create-first-admin";
import { ZSetup } from "@/lib/server/users/types";

export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZSetup.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await createFirstAdmin(parsed.data);
  } catch (error) {
    if (error instanceof SetupClosedError) return { message: error.message, fieldErrors: {}, values };
    if (error instanceof UserInputError) return { message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : {}, values };
    throw error;
  }
  await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}

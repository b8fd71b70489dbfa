"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { safeNext } from "@/lib/server/users/safe-next";
import { clearSignInFailures, recordSignInFailure, signInBlockedFor } from "@/lib/server/users/sign-in-limiter";
import { ZSignIn } from "@/lib/server/users/types";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZSignIn.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  const requestHeaders = await headers();
  const client = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || "direct";
  const keys = [`email:${parsed.data.email}`, `client:${client}`];
  const wait = await signInBlockedFor(keys);
  if (wait > 0) return { message: `Too many failed sign-ins. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`, fieldErrors: {}, values };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    await recordSignInFailure(keys);
    return { message: "The email or password is not right.", fieldErrors: {}, values };
  }
  await clearSignInFailures(keys);
  redirect(safeNext(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ACCOUNT_DEACTIVATED, auth } from "@/lib/auth";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { clientAddress } from "@/lib/server/client-address";
import { safeNext } from "@/lib/server/users/safe-next";
import { signIn } from "@/lib/server/users/sign-in";
import { ZSignIn } from "@/lib/server/users/types";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZSignIn.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  const requestHeaders = await headers();
  const result = await signIn(parsed.data, clientAddress(requestHeaders), async (body) => {
    try {
      await auth.api.signInEmail({ body, headers: requestHeaders });
      return true;
    } catch (error) {
      if (isAPIError(error)) return error.message === ACCOUNT_DEACTIVATED ? "deactivated" : false; // else a wrong email or password
      throw error;
    }
  });
  if (!result.ok) return { message: result.message, fieldErrors: {}, values };
  redirect(safeNext(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

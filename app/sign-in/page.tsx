import { redirect } from "next/navigation";
import { SimpleForm } from "@/components/ui/simple-form";
import { db } from "@/lib/db";
import { getActor } from "@/lib/server/session";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await db.user.count()) === 0) redirect("/setup");
  if (await getActor()) redirect("/");
  const { next } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <SimpleForm
        action={signInAction}
        submit="Sign in"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "username" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          { name: "next", label: "", hidden: next ?? "/" },
        ]}
      />
    </>
  );
}

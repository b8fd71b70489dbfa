import { redirect } from "next/navigation";
import { SimpleForm } from "@/components/ui/simple-form";
import { db } from "@/lib/db";
import { setupAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await db.user.count()) > 0) redirect("/sign-in");
  return (
    <>
      <h1>Set up Parallax</h1>
      <p>Create the first account. It will be the admin, who invites editors and journalists.</p>
      <SimpleForm
        action={setupAction}
        submit="Create the admin account"
        fields={[
          { name: "name", label: "Your name", autoComplete: "name" },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
        ]}
      />
    </>
  );
}

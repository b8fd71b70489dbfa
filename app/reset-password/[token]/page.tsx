import { SimpleForm } from "@/components/ui/simple-form";
import { getPasswordReset } from "@/lib/server/users/reset-password";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await getPasswordReset(token);
  if (!reset) {
    return (
      <>
        <h1>New password</h1>
        <p role="alert" className="error">This password link has expired or was already used. Ask an admin for a new one.</p>
      </>
    );
  }
  return (
    <>
      <h1>Choose a new password</h1>
      <p>For {reset.name} ({reset.email}). The link works once; you will be signed in with the new password.</p>
      <SimpleForm
        action={resetPasswordAction}
        submit="Set the password"
        fields={[
          { name: "token", label: "", hidden: token },
          { name: "password", label: "New password (at least 10 characters, hard to guess)", type: "password", autoComplete: "new-password" },
        ]}
      />
    </>
  );
}

import { SimpleForm } from "@/components/ui/simple-form";
import { getInvitation, INVITATION_GONE } from "@/lib/server/users/accept-invitation";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1>Invitation</h1>
        <p role="alert" className="error">{INVITATION_GONE}</p>
      </>
    );
  }
  return (
    <>
      <h1>Join Parallax</h1>
      <p>You are invited as <strong>{invitation.role}</strong> with the email {invitation.email}.</p>
      <SimpleForm
        action={acceptInvitationAction}
        submit="Create my account"
        fields={[
          { name: "token", label: "", hidden: token },
          { name: "name", label: "Your name", autoComplete: "name" },
          { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
        ]}
      />
    </>
  );
}

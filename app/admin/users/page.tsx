import { InvitationsTable } from "@/components/table/invitations-table";
import { UsersTable } from "@/components/table/users-table";
import { NotAllowed } from "@/components/ui/not-allowed";
import { SimpleForm } from "@/components/ui/simple-form";
import { can, type Role } from "@/lib/server/permissions";
import { requireActor } from "@/lib/server/session";
import { findPendingInvitations } from "@/lib/server/users/find-invitations";
import { findUsers } from "@/lib/server/users/find-users";
import {
  changeRoleAction,
  createUserAction,
  endSessionsAction,
  inviteAction,
  passwordResetAction,
  revokeInvitationAction,
  setUserActiveAction,
} from "./actions";

export const dynamic = "force-dynamic";

/** Least privilege first, and chosen unless the admin picks another: nobody becomes admin by default. */
const ROLE_CHOICES: ReadonlyArray<{ value: Role; label: string }> = [
  { value: "journalist", label: "journalist (least access)" },
  { value: "editor", label: "editor (decides)" },
  { value: "admin", label: "admin (manages people)" },
];
const DEFAULT_ROLE: Role = "journalist";

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  if (!can(actor, "users:manage")) return <NotAllowed what="People (inviting and managing accounts)" who="admins" role={actor.role} />;
  const [users, invitations] = await Promise.all([findUsers(actor), findPendingInvitations(actor)]);
  const label = (u: { name: string; email: string; deactivatedAt: string | null }) => `${u.name} (${u.email})${u.deactivatedAt ? ", deactivated" : ""}`;
  const people = users.map((u) => ({ value: u.id, label: label(u) }));
  const others = users.filter((u) => u.id !== actor.id && !u.deactivatedAt).map((u) => ({ value: u.id, label: label(u) }));
  return (
    <>
      <h1>People</h1>
      <UsersTable rows={users} actorId={actor.id} setActive={setUserActiveAction} />
      <p className="muted">A deactivated person cannot sign in and is signed out everywhere at once; their comparisons, decisions and notes stay.</p>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Pending invitations</h2>
        <InvitationsTable rows={invitations} revoke={revokeInvitationAction} />
      </section>
      <p className="muted">Roles: a journalist creates and reads comparisons and comments; an editor also decides on discrepancies; an admin also manages people.</p>
      <div className="two-col">
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite by link</h2>
          <SimpleForm
            action={inviteAction}
            submit="Create the invitation link"
            resultLabel="Link:"
            fields={[
              { name: "email", label: "Email", type: "email" },
              { name: "role", label: "Role", type: "select", options: ROLE_CHOICES, initial: DEFAULT_ROLE },
            ]}
          />
        </section>
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">Add with a password</h2>
          <SimpleForm
            action={createUserAction}
            submit="Add the person"
            fields={[
              { name: "name", label: "Name" },
              { name: "email", label: "Email", type: "email" },
              { name: "password", label: "Initial password (at least 10 characters)", type: "password", autoComplete: "new-password" },
              { name: "role", label: "Role", type: "select", options: ROLE_CHOICES, initial: DEFAULT_ROLE },
            ]}
          />
        </section>
        <section aria-labelledby="role-heading">
          <h2 id="role-heading">Change a role</h2>
          <SimpleForm
            action={changeRoleAction}
            submit="Change the role"
            fields={[
              { name: "userId", label: "Person", type: "select", options: people, placeholder: "Choose a person" },
              { name: "role", label: "New role", type: "select", options: ROLE_CHOICES, placeholder: "Choose a role" },
            ]}
          />
        </section>
        <section aria-labelledby="reset-heading">
          <h2 id="reset-heading">Reset a password</h2>
          <p className="muted">Signs the person out everywhere and gives a one-time link to choose a new password.</p>
          <SimpleForm
            action={passwordResetAction}
            submit="Create a password link"
            resultLabel="Link:"
            fields={[{ name: "userId", label: "Person", type: "select", options: others, placeholder: "Choose a person" }]}
          />
        </section>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sign someone out everywhere</h2>
          <SimpleForm
            action={endSessionsAction}
            submit="Sign out everywhere"
            fields={[{ name: "userId", label: "Person", type: "select", options: others, placeholder: "Choose a person" }]}
          />
        </section>
      </div>
    </>
  );
}

import { notFound } from "next/navigation";
import { UsersTable } from "@/components/table/users-table";
import { SimpleForm } from "@/components/ui/simple-form";
import { can, ROLES } from "@/lib/server/permissions";
import { requireActor } from "@/lib/server/session";
import { findUsers } from "@/lib/server/users/find-users";
import { changeRoleAction, createUserAction, endSessionsAction, inviteAction, passwordResetAction } from "./actions";

export const dynamic = "force-dynamic";
const roleOptions = ROLES.map((r) => ({ value: r, label: r }));

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  if (!can(actor, "users:manage")) notFound();
  const users = await findUsers(actor);
  const people = users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const others = people.filter((p) => p.value !== actor.id);
  return (
    <>
      <h1>People</h1>
      <UsersTable rows={users} />
      <div className="two-col">
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite by link</h2>
          <SimpleForm
            action={inviteAction}
            submit="Create the invitation link"
            resultLabel="Link:"
            fields={[
              { name: "email", label: "Email", type: "email" },
              { name: "role", label: "Role", type: "select", options: roleOptions },
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
              { name: "role", label: "Role", type: "select", options: roleOptions },
            ]}
          />
        </section>
        <section aria-labelledby="role-heading">
          <h2 id="role-heading">Change a role</h2>
          <SimpleForm
            action={changeRoleAction}
            submit="Change the role"
            fields={[
              { name: "userId", label: "Person", type: "select", options: people },
              { name: "role", label: "New role", type: "select", options: roleOptions },
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
            fields={[{ name: "userId", label: "Person", type: "select", options: others }]}
          />
        </section>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sign someone out everywhere</h2>
          <SimpleForm action={endSessionsAction} submit="Sign out everywhere" fields={[{ name: "userId", label: "Person", type: "select", options: others }]} />
        </section>
      </div>
    </>
  );
}

import { SimpleForm } from "@/components/ui/simple-form";
import { requireActor } from "@/lib/server/session";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await requireActor("/account");
  return (
    <>
      <h1>Your account</h1>
      <p>
        {actor.name} · {actor.email} · <span className="badge">{actor.role}</span>
      </p>
      <div className="two-col">
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">Change your password</h2>
          <SimpleForm
            action={changePasswordAction}
            submit="Change the password"
            fields={[
              { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
              { name: "newPassword", label: "New password (at least 10 characters, hard to guess)", type: "password", autoComplete: "new-password" },
            ]}
          />
        </section>
        <section aria-labelledby="everywhere-heading">
          <h2 id="everywhere-heading">Sign out everywhere</h2>
          <p>Ends every session of yours: on this browser and on every other device (a lost laptop, a shared computer).</p>
          <SimpleForm action={signOutEverywhereAction} submit="Sign out everywhere" fields={[]} />
        </section>
      </div>
    </>
  );
}

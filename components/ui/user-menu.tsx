import Link from "next/link";
import { signOutAction } from "@/app/sign-in/actions";
import type { Actor } from "@/lib/server/permissions";

export function UserMenu({ actor }: { actor: Actor | null }) {
  if (!actor) return null;
  return (
    <div className="user-menu">
      {actor.role === "admin" ? <Link href="/admin/users">People</Link> : null}
      <span>
        <Link href="/account">{actor.name}</Link> <span className="badge">{actor.role}</span>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="secondary small">Sign out</button>
      </form>
    </div>
  );
}

import Link from "next/link";

/** What a signed-in person sees on a page their role does not open (instead of "not found"). */
export function NotAllowed({ what, role, who }: { what: string; role: string; who: string }) {
  return (
    <div>
      <h1>Not allowed</h1>
      <p role="alert">
        {what} is for {who}. You are signed in as <strong>{role}</strong>; ask an admin if you need it.
      </p>
      <p><Link href="/">Back to the comparisons</Link></p>
    </div>
  );
}

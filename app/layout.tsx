import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/ui/user-menu";
import { countMyWork } from "@/lib/server/annotations/find-my-work";
import { getActor } from "@/lib/server/session";
import "@/components/manage/manage.css";
import "@fontsource/inter/400.css";
import "@fontsource/inter/700.css";
import "@fontsource/source-serif-4/400.css";
import "@fontsource/source-serif-4/600.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Parallax",
  description: "Compare how outlets reported the same story, sentence by sentence.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  const work = actor ? await countMyWork(actor) : null;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to main content</a>
        <header className="site">
          <Link href="/" className="brand">Parallax</Link>
          <nav aria-label="Main">
            <Link href="/">Comparisons</Link> · <Link href="/comparisons/new">New comparison</Link>
            {work ? (
              <>
                {" · "}<Link href="/my-work"><span className="nav-label">Assigned to me</span> <span className={work.assigned ? "count" : "count zero"}>{work.assigned}</span></Link>
                {" · "}<Link href="/my-work?view=follow-ups"><span className="nav-label">My follow-ups</span> <span className={work["follow-ups"] ? "count" : "count zero"}>{work["follow-ups"]}</span></Link>
              </>
            ) : null}
          </nav>
          <UserMenu actor={actor} />
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}

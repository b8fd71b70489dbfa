import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/ui/user-menu";
import { getActor } from "@/lib/server/session";
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
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to main content</a>
        <header className="site">
          <Link href="/" className="brand">Parallax</Link>
          <nav aria-label="Main">
            <Link href="/">Comparisons</Link> · <Link href="/comparisons/new">New comparison</Link>
          </nav>
          <UserMenu actor={actor} />
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}

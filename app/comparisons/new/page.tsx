import { CreateComparisonForm } from "@/components/ui/create-comparison-form";
import { requireActor } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function NewComparisonPage() {
  await requireActor("/comparisons/new");
  return (
    <>
      <h1>New comparison</h1>
      <p className="muted">Paste two or more articles on the same story, junk and all, or upload the saved pages. Parallax strips the page furniture, aligns the sentences and flags what differs.</p>
      <CreateComparisonForm />
    </>
  );
}

import { CreateComparisonForm } from "@/components/ui/create-comparison-form";

export default function NewComparisonPage() {
  return (
    <>
      <h1>New comparison</h1>
      <p className="muted">Paste two or more articles on the same story, junk and all, or upload the saved pages. Parallax strips the page furniture, aligns the sentences and flags what differs.</p>
      <CreateComparisonForm />
    </>
  );
}

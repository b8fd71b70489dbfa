import Link from "next/link";

export default function ComparisonNotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>There is no such comparison (it may have been deleted). <Link href="/">Back to the list</Link>.</p>
    </div>
  );
}

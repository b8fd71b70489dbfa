"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an analysis runs, show its progress and refresh the page until it is done. */
export function AnalysisStatus({ status, progress, error }: { status: string; progress: number; error: string | null }) {
  const router = useRouter();
  useEffect(() => {
    if (status !== "pending" && status !== "running") return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [status, router]);
  if (status === "failed") return <p role="alert" className="error">{error ?? "The analysis failed."}</p>;
  if (status === "done") return null;
  return (
    <div role="status" aria-live="polite">
      <p>Analysing… {Math.round(progress * 100)}%</p>
      <div className="progress" aria-hidden="true"><div style={{ width: `${Math.round(progress * 100)}%` }} /></div>
    </div>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reanalyseComparison } from "@/lib/server/comparisons/reanalyse-comparison";
import { setSourceLine } from "@/lib/server/comparisons/set-source-line";
import { ZSetSourceLine } from "@/lib/server/comparisons/types";
import { getActor } from "@/lib/server/session";

const ZReanalyse = z.object({ comparisonId: z.string().min(1) });

export async function reanalyseAction(form: FormData): Promise<void> {
  const { comparisonId } = ZReanalyse.parse({ comparisonId: form.get("comparisonId") });
  await reanalyseComparison(await getActor(), comparisonId);
  revalidatePath(`/comparisons/${comparisonId}`);
}

export async function setSourceLineAction(form: FormData): Promise<void> {
  const input = ZSetSourceLine.parse({ sourceId: form.get("sourceId"), text: form.get("text"), action: form.get("action") });
  const comparisonId = await setSourceLine(await getActor(), input);
  if (comparisonId) revalidatePath(`/comparisons/${comparisonId}`);
}

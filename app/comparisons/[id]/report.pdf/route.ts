import { exportResponse } from "@/lib/server/reports/export-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return exportResponse(request, (await params).id, "pdf");
}

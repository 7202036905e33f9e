import { serveSampleRoom } from "@atelier/api";

export const runtime = "nodejs";

/** A sample room's picture, drawn by the server (public). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveSampleRoom(req, (await params).id);
}

// Liveness for load balancers and orchestrators: the process answers. Nothing
// else is checked, so a slow database never gets a healthy instance restarted.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}

import { SESSION_COOKIE } from "@/lib/auth/site";

// POST only: a GET sign-out could be triggered by any <img> on another site.
export async function POST(): Promise<Response> {
  return new Response(null, {
    status: 303,
    headers: {
      Location: "/signin/site",
      "Set-Cookie": `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
      "Cache-Control": "no-store",
    },
  });
}

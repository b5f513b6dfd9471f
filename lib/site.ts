// Absolute base URL for link previews and exports: the configured SITE_URL,
// never the request's Host or X-Forwarded-Host (a shared cache in front of the
// site would hand a forged preview URL to everyone). Without SITE_URL, the
// local address the server listens on.
import { readWebEnv } from "@/db/env";

export function siteBase(env: NodeJS.ProcessEnv = process.env): URL {
  const { SITE_URL } = readWebEnv(env);
  if (SITE_URL) return new URL(SITE_URL.endsWith("/") ? SITE_URL : `${SITE_URL}/`);
  return new URL(`http://localhost:${env.PORT || "3000"}/`);
}

/** The base as a string without a trailing slash, for `${origin}/articles/…`. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return siteBase(env).toString().replace(/\/$/, "");
}

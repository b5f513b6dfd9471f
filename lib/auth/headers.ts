// Security headers for every response, as data so a unit test can read them.

/**
 * Views that other sites may frame: an indicator chart with `?embed=1`
 * (`/indicators/<id>?embed=1`) and anything under `/embed/`. Everything else
 * refuses to be framed (clickjacking).
 */
export function isEmbeddable(pathname: string, search: URLSearchParams): boolean {
  if (pathname.startsWith("/embed/")) return true;
  return /^\/indicators\/[^/]+\/?$/.test(pathname) && search.getAll("embed").includes("1");
}

export interface CspOptions {
  nonce: string;
  embeddable: boolean;
  /** `next dev` needs eval for its error overlay; production never does. */
  dev: boolean;
  /** Only over HTTPS: on plain-HTTP loopback it would break every asset. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, embeddable, dev, https }: CspOptions): string {
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    // Only scripts carrying this response's nonce (Next stamps it on its own
    // tags) and what they load; 'self' is the fallback for CSP2 browsers.
    ["script-src", `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`],
    // Inline style attributes place the chart tooltip and lay out forms; a nonce here
    // would disable 'unsafe-inline' and leave server-rendered charts unstyled.
    // Styles cannot run code, so this costs little.
    ["style-src", "'self' 'unsafe-inline'"],
    // data:/blob: for chart PNG/SVG downloads built in the browser.
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", embeddable ? "*" : "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests", ""]);
  return directives.map(([k, v]) => (v ? `${k} ${v}` : k)).join("; ");
}

export interface HeaderOptions extends CspOptions {}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // For browsers that predate frame-ancestors; an embeddable view sends none.
  if (!options.embeddable) headers["X-Frame-Options"] = "DENY";
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000";
  return headers;
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { safeNextPath } from "@/lib/navigation/safe-next";
import { contentSecurityPolicy, makeNonce } from "@/lib/security/content-security-policy";

// Runs before every page (not the API or static files): gives the page its CSP with a fresh
// nonce, and gates the app pages. Headers that never change are in next.config.ts.

const HSTS = "max-age=31536000; includeSubDomains";

export function proxy(request: NextRequest) {
  const https = servesHttps(request);
  // A quick, optimistic gate: no session cookie on an app page → sign-in. It reads only
  // the cookie's presence; the pages and the API still check the session itself.
  if (isAppPage(request.nextUrl.pathname) && !getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(safeNextPath(request.nextUrl.pathname + request.nextUrl.search))}`;
    return withHsts(NextResponse.redirect(url), https);
  }

  const nonce = makeNonce();
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  // Next reads the nonce from the request's CSP header and puts it on its scripts; the root
  // layout reads x-nonce for the theme script.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return withHsts(response, https);
}

const APP_PAGES = ["/teams", "/catalog"];

function isAppPage(pathname: string): boolean {
  return APP_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** https when the public URL is, or when the request came over https (Next reads x-forwarded-proto). */
function servesHttps(request: NextRequest): boolean {
  const publicUrl = process.env.BETTER_AUTH_URL;
  return publicUrl ? publicUrl.startsWith("https://") : request.nextUrl.protocol === "https:";
}

function withHsts(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Every page; not the API (JSON needs no CSP; /api/v1 checks origins itself) nor static
  // files (Next's, and public/: icons and the web manifest).
  matcher: [
    "/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg|icon-|apple-touch-icon\\.png|manifest\\.webmanifest).*)",
  ],
};

import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { safeNextPath } from "@/lib/navigation/safe-next";

// A quick, optimistic gate: no session cookie on an app page → sign-in. It reads only
// the cookie's presence; the pages and the API still check the session itself.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(safeNextPath(request.nextUrl.pathname + request.nextUrl.search))}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/teams/:path*"] };

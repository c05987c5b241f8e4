// The canvas benchmark's calls to the app's HTTP API, as a signed-up user.

import { randomBytes } from "node:crypto";

export type Session = {
  base: string;
  cookie: string;
  cookies: { name: string; value: string }[];
  user: { id: string; name: string; email: string };
};

export async function api<T>(session: Session, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${session.base}${route}`, {
    method,
    headers: { "content-type": "application/json", origin: session.base, cookie: session.cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

export async function signUp(base: string): Promise<Session> {
  const email = `bench-${Date.now().toString(36)}@example.com`;
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ name: "Bench User", email, password: `Bench-${randomBytes(6).toString("hex")}` }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string; name: string; email: string } };
  const cookies = response.headers.getSetCookie().map((line) => {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    return { name: pair!.slice(0, eq).trim(), value: pair!.slice(eq + 1).trim() };
  });
  if (!cookies.some((c) => c.name.includes("session_token"))) throw new Error("sign-up set no session cookie");
  return {
    base,
    user: { id: user.id, name: user.name, email: user.email },
    cookies,
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
  };
}

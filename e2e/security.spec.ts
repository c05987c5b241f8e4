import { appOrigin, expect, expectApiError, runSuffix, sameOrigin, test, useAccount } from "./helpers";

// The hardening issue's headers and cross-site checks, against the built app in Chromium.

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.split(" ")[0] === name);
}

test.describe("security headers", () => {
  test("a page carries a nonce CSP its scripts match, and the other security headers", async ({ page }) => {
    const first = await page.goto("/sign-in");
    const headers = first!.headers();
    const policy = headers["content-security-policy"]!;
    expect(policy).toBeTruthy();
    const nonce = /'nonce-([^']+)'/.exec(directive(policy, "script-src") ?? "")?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(directive(policy, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    for (const expected of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
      "img-src 'self' data: blob:",
    ]) {
      expect(policy).toContain(expected);
    }
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Served over plain http here: no HSTS, no upgrade of requests.
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(policy).not.toContain("upgrade-insecure-requests");

    // Every script of the page, Next's and the theme's, carries this response's nonce.
    const nonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
    expect(nonces.length).toBeGreaterThan(1);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
    // The theme script ran: the colour scheme class is on <html>.
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toMatch(/\b(light|dark)\b/);

    const second = await page.goto("/sign-in");
    expect(second!.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });

  test("the policy is enforced, and the suite's guard sees a violation", async ({ page, cspViolations }) => {
    await page.goto("/sign-in");
    // The classic injection: markup whose event handler runs script. Without the nonce it must not run.
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="window.__injected = true">`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations.join("\n")).toContain("script-src-attr blocked inline");
    // This violation was the point of the test.
    cspViolations.length = 0;
  });

  test("/api/v1 answers are never cached, and unknown paths and methods answer in the error shape", async ({
    request,
  }) => {
    const teams = await request.get("/api/v1/teams");
    await expectApiError(teams, 401, "unauthorized");
    expect(teams.headers()["cache-control"]).toBe("no-store");
    expect(teams.headers()["x-content-type-options"]).toBe("nosniff");

    const unknown = await request.get("/api/v1/no/such/route");
    await expectApiError(unknown, 404, "not_found");
    expect(unknown.headers()["content-type"]).toContain("application/json");
    expect(unknown.headers()["cache-control"]).toBe("no-store");

    const wrongMethod = await request.delete("/api/v1/teams", { headers: sameOrigin() });
    await expectApiError(wrongMethod, 405, "method_not_allowed");
    expect(wrongMethod.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");

    const echoed = await request.get("/api/v1/teams", { headers: { "x-request-id": "trace-1.a_b" } });
    expect(echoed.headers()["x-request-id"]).toBe("trace-1.a_b");
    const replaced = await request.get("/api/v1/teams", { headers: { "x-request-id": "</script><b>x" } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

test.describe("cross-site request forgery", () => {
  test("a form on another port of the same host cannot write with the visitor's session", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const app = new URL(appOrigin());
    // Same host, another port: the same site, so the SameSite=Lax session cookie goes along.
    const attacker = `${app.protocol}//${app.hostname}:${app.port === "65000" ? "65001" : "65000"}`;
    const name = `Forged ${runSuffix()}`;
    // An enctype=text/plain form sends `<name>=<value>`: chosen so that the body is JSON.
    const form = `<!doctype html><form method="post" enctype="text/plain" action="${app.origin}/api/v1/teams">
      <input type="hidden" name='{"name":"${name}' value='"}'></form><script>document.forms[0].submit()</script>`;
    await page.route(`${attacker}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: form }));

    const answered = page.waitForResponse((response) => response.url() === `${app.origin}/api/v1/teams`);
    await page.goto(`${attacker}/`);
    const response = await answered;
    const sent = await response.request().allHeaders();
    expect(sent["origin"]).toBe(attacker);
    expect(sent["cookie"]).toContain("session_token");
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "csrf_rejected" } });

    const mine = (await (await page.request.get("/api/v1/teams")).json()) as { teams: { name: string }[] };
    expect(mine.teams.map((t) => t.name)).not.toContain(`${name}=`);
  });
});

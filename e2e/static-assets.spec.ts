import { expect, test } from "./helpers";

// The icons and the web manifest in public/ are served to anyone, signed in or not.
test("the favicon, the web manifest and its icons are served and linked from the pages", async ({ request, page }) => {
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  // An ICO file starts with reserved 0, type 1 (icon).
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  const manifestResponse = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifestResponse.status()).toBe(200);
  expect(manifestResponse.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = (await manifestResponse.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: "MLOps Map", start_url: "/teams", display: "standalone" });
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of [...manifest.icons, { src: "/apple-touch-icon.png", type: "image/png" }]) {
    const response = await request.get(icon.src, { maxRedirects: 0 });
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toMatch(new RegExp(`^${icon.type.replace("+", "\\+")}`));
  }

  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  }
});

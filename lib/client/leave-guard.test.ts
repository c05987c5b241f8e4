import { describe, expect, it } from "vitest";
import { confirmLeave, inAppDestination, registerLeaveGuard } from "./leave-guard";

const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const anchor = (href: string, extra: Partial<{ target: string; download: boolean }> = {}) => ({
  href,
  target: "",
  download: false,
  ...extra,
});
const here = "https://app.example.com/teams/t1/projects/p1/pipeline";

describe("inAppDestination", () => {
  it("returns the path of a plain click on a link to another page of the app", () => {
    expect(inAppDestination(click, anchor("https://app.example.com/teams/t1/projects/p1/assessment"), here)).toBe(
      "/teams/t1/projects/p1/assessment",
    );
    expect(inAppDestination(click, anchor("/teams?new=1#form"), here)).toBe("/teams?new=1#form");
    expect(inAppDestination(click, anchor("/teams", { target: "_self" }), here)).toBe("/teams");
  });

  it("ignores clicks that open elsewhere or do not leave", () => {
    const to = anchor("/teams");
    expect(inAppDestination(click, null, here)).toBeNull();
    expect(inAppDestination({ ...click, button: 1 }, to, here)).toBeNull();
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const)
      expect(inAppDestination({ ...click, [key]: true }, to, here)).toBeNull();
    expect(inAppDestination({ ...click, defaultPrevented: true }, to, here)).toBeNull();
    expect(inAppDestination(click, anchor("/teams", { target: "_blank" }), here)).toBeNull();
    expect(inAppDestination(click, anchor("/teams", { download: true }), here)).toBeNull();
    expect(inAppDestination(click, anchor("https://docs.example.org/"), here)).toBeNull();
    expect(inAppDestination(click, anchor("/api/v1/projects/p1/roadmap.md"), here)).toBeNull();
    expect(inAppDestination(click, anchor(`${here}#lanes`), here)).toBeNull();
  });
});

describe("confirmLeave", () => {
  it("lets the user leave only when every guard agrees", async () => {
    expect(await confirmLeave()).toBe(true);
    let answer = false;
    const unregister = registerLeaveGuard(async () => answer);
    expect(await confirmLeave()).toBe(false);
    answer = true;
    expect(await confirmLeave()).toBe(true);
    answer = false;
    unregister();
    expect(await confirmLeave()).toBe(true);
  });
});

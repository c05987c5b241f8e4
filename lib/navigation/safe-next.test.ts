import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

// `value` is what the page reads from `?next=`: searchParams are already percent-decoded
// once, so `?next=/%09/evil.example` arrives here as "/\t/evil.example".
describe("safeNextPath", () => {
  it.each([
    ["/teams/abc?x=1", "/teams/abc?x=1"],
    ["/teams/abc#settings", "/teams/abc#settings"],
    ["/invite/tok_123", "/invite/tok_123"],
    ["/teams/a/../b", "/teams/b"],
    ["/teams?next=%2Fteams", "/teams?next=%2Fteams"],
  ])("keeps the path on this site %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    // Browsers drop tabs and newlines from URLs: "/\t/evil.example" becomes "//evil.example".
    ["tab", "/\t/evil.example"],
    ["newline", "/\n/x"],
    ["carriage return", "/\r/x"],
    ["NUL", "/\u0000/x"],
    ["DEL", "/\u007f/x"],
    ["space", "/ /evil.example"],
    ["leading space", " //evil.example"],
    ["no-break space", "/\u00a0/x"],
    // U+3002 IDEOGRAPHIC FULL STOP, which host parsing reads as a dot.
    ["ideographic full stop", "/\u3002/x"],
    ["fullwidth solidus", "/\uff0f/x"],
    ["line separator", "/\u2028/x"],
    ["protocol-relative", "//x"],
    ["protocol-relative to a host", "//evil.example/teams"],
    ["backslash", "/\\x"],
    ["backslash host", "/\\evil.example"],
    ["scheme without slashes", "https:x"],
    ["absolute URL", "https://evil.example"],
    ["javascript", "javascript:x"],
    ["javascript alert", "javascript:alert(1)"],
    ["data", "data:text/html,x"],
    ["encoded slashes", "%2F%2Fx"],
    ["encoded slashes after a slash", "/%2F/x"],
    ["encoded backslash after a slash", "/%5Cx"],
    ["encoded tab", "/%09/evil.example"],
    ["encoded newline", "/%0A/x"],
    ["encoded carriage return", "/%0D/x"],
    ["encoded ideographic full stop", "/%E3%80%82/x"],
    ["malformed escape", "/%E3%80/x"],
    ["relative path", "teams"],
    ["empty", ""],
  ])("refuses %s", (_label, value) => {
    expect(safeNextPath(value)).toBe("/teams");
  });

  it("refuses missing values and uses the given fallback", () => {
    expect(safeNextPath(null)).toBe("/teams");
    expect(safeNextPath(undefined)).toBe("/teams");
    expect(safeNextPath("//x", "/")).toBe("/");
  });

  it("returns only printable ASCII, so it is always a valid Location header", () => {
    for (const value of ["/teams/ä", "/teams?q=ü", "/teams/%C3%A4"]) {
      const result = safeNextPath(value);
      expect(result).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });
});

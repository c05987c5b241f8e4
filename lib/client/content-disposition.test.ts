import { describe, expect, it } from "vitest";
import { filenameFromContentDisposition } from "./content-disposition";

describe("filenameFromContentDisposition", () => {
  it("reads the quoted name the API's fileDownload sends", () => {
    expect(filenameFromContentDisposition('attachment; filename="roadmap-churn-model-2026-12-02.md"')).toBe(
      "roadmap-churn-model-2026-12-02.md",
    );
  });

  it("reads an unquoted name", () => {
    expect(filenameFromContentDisposition("attachment; filename=roadmap.csv")).toBe("roadmap.csv");
  });

  it("prefers filename* (UTF-8) over filename", () => {
    expect(
      filenameFromContentDisposition(`attachment; filename="plan.md"; filename*=UTF-8''%E8%A8%88%E7%94%BB.md`),
    ).toBe("計画.md");
  });

  it("falls back to filename when filename* is malformed", () => {
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E8%ZZ.md; filename="plan.md"`)).toBe(
      "plan.md",
    );
  });

  it("unescapes a quoted name and drops folders", () => {
    expect(filenameFromContentDisposition('attachment; filename="a\\"b.md"')).toBe('a"b.md');
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
  });

  it("answers null without a usable name", () => {
    expect(filenameFromContentDisposition(null)).toBeNull();
    expect(filenameFromContentDisposition("attachment")).toBeNull();
    expect(filenameFromContentDisposition('attachment; filename=".."')).toBeNull();
  });
});

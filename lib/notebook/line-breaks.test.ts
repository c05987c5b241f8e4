import { describe, expect, it } from "vitest";
import { unixLineBreaks } from "./line-breaks";

describe("unixLineBreaks", () => {
  it("turns \\r\\n and lone \\r into \\n", () => {
    expect(unixLineBreaks("a\r\nb\rc\n\r\nd")).toBe("a\nb\nc\n\nd");
  });
  it("hands back a text without \\r as it is", () => {
    const text = "import pandas as pd\nx = 1\n";
    expect(unixLineBreaks(text)).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { parseTab, withTab } from "./view-tab";

describe("parseTab", () => {
  it("accepts the four views and falls back to the board", () => {
    expect(parseTab("table")).toBe("table");
    expect(parseTab("workload")).toBe("workload");
    expect(parseTab("mine")).toBe("mine");
    expect(parseTab("Board")).toBe("board");
    expect(parseTab("<script>")).toBe("board");
    expect(parseTab(null)).toBe("board");
  });
});

describe("withTab", () => {
  it("sets or clears view and keeps the other parameters", () => {
    expect(withTab("?owner=unassigned", "table")).toBe("?owner=unassigned&view=table");
    expect(withTab("?view=table&owner=x", "board")).toBe("?owner=x");
    expect(withTab("", "board")).toBe("");
  });
});

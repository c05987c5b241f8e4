import { describe, expect, it } from "vitest";
import { cpuTicks } from "./postgres-cpu";

describe("cpuTicks", () => {
  it("adds utime and stime, whatever the process name holds", () => {
    const stat = "4242 (postgres: bench (x)) S 1 4242 4242 0 -1 4194560 500 0 0 0 37 15 0 0 20 0 1 0 100 1000 10";
    expect(cpuTicks(stat)).toBe(52);
  });
});

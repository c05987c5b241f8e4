import { describe, expect, it } from "vitest";
import { portFrom, withHostname } from "./next-args";

describe("next arguments", () => {
  it("listens on HOST unless the command line names a hostname", () => {
    expect(withHostname([], "127.0.0.1")).toEqual(["--hostname", "127.0.0.1"]);
    expect(withHostname(["--port", "4000"], "0.0.0.0")).toEqual(["--hostname", "0.0.0.0", "--port", "4000"]);
    for (const args of [["-H", "::"], ["--hostname", "::"], ["--hostname=::"]])
      expect(withHostname(args, "127.0.0.1")).toEqual(args);
  });

  it("reads the port in its three spellings", () => {
    expect(portFrom(["-p", "4000"])).toBe("4000");
    expect(portFrom(["--port", "4001"])).toBe("4001");
    expect(portFrom(["--port=4002"])).toBe("4002");
    expect(portFrom(["--hostname", "::"])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { call } from "@/test/api";
import { logLinesOf } from "@/test/log-lines";
import * as live from "./live/route";
import * as ready from "./route";

// Kubernetes probes ask both every few seconds per pod: a healthy answer's access line is
// debug, so at the default info level it is not written (the 503 is, health-down.int.test.ts).

describe("the access log of health checks", () => {
  for (const [route, handler] of [
    ["/api/health", ready.GET],
    ["/api/health/live", live.GET],
  ] as const) {
    it(`${route}: a 200 writes no info line, only a debug one`, async () => {
      let status = 0;
      const atInfo = await logLinesOf("info", async () => {
        status = (await call(handler as never, {})).status;
      });
      expect(status).toBe(200);
      expect(atInfo).toEqual([]);
      const atDebug = await logLinesOf("debug", () => call(handler as never, {}));
      expect(atDebug).toEqual([expect.objectContaining({ level: "debug", msg: "request", route, status: 200 })]);
    });
  }
});

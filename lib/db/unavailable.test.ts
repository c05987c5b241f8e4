import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "./unavailable";

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(`error ${code}`, { code, clientVersion: "7", meta });
/** What pg throws for a server-side error: a SQLSTATE code and a severity. */
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable or closing database in each wrapping", () => {
    const cases: [string, unknown][] = [
      ["Prisma can't reach the server", prismaError("P1001")],
      ["Prisma: the server closed the connection", prismaError("P1017")],
      ["Prisma: pool timeout", prismaError("P2024")],
      ["Prisma: too many connections", prismaError("P2037")],
      [
        "Prisma initialisation",
        new Prisma.PrismaClientInitializationError("Can't reach database server at db:5432", "7"),
      ],
      [
        "adapter: PostgreSQL shutting down (P2039 around 57P01)",
        prismaError("P2039", {
          driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "57P01" } },
        }),
      ],
      ["adapter: kind", { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } }],
      ["pg: the database system is starting up", pgError("57P03")],
      ["pg: connection exception class 08", pgError("08006")],
      ["pg: connection dropped", new Error("Connection terminated unexpectedly")],
      ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
      [
        "socket",
        Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
          code: "ECONNREFUSED",
          syscall: "connect",
          errno: -111,
        }),
      ],
      [
        "better-auth's APIError around Prisma's",
        Object.assign(new Error("Failed to get session"), { name: "APIError", cause: prismaError("P1001") }),
      ],
    ];
    for (const [name, error] of cases) expect(isDatabaseUnavailable(error), name).toBe(true);
  });

  it("leaves bad input, missing rows and bugs alone", () => {
    const cases: [string, unknown][] = [
      ["NUL in text (22021)", pgError("22021")],
      ["int4 overflow (P2020)", prismaError("P2020")],
      ["unique violation", prismaError("P2002")],
      ["missing row", prismaError("P2025")],
      ["a bug", new Error("disk on fire")],
      ["not an error", "ECONNREFUSED"],
      ["nothing", null],
    ];
    for (const [name, error] of cases) expect(isDatabaseUnavailable(error), name).toBe(false);
  });

  it("stops on a cycle of causes", () => {
    const a: Record<string, unknown> = { message: "a" };
    a.cause = { message: "b", cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

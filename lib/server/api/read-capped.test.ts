import { describe, expect, it } from "vitest";
import { readCapped } from "./read-capped";

const tooLarge = () => new Error("too large");

/** A request whose body arrives in `chunks`, with or without a declared length. */
function request(chunks: Uint8Array[], declared?: number): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const headers = declared === undefined ? undefined : { "content-length": String(declared) };
  return new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

const bytes = (n: number, start = 0) => Uint8Array.from({ length: n }, (_, i) => (start + i) % 251);

describe("readCapped", () => {
  const chunks = [bytes(70_000), bytes(5, 70_000), bytes(200_000, 70_005)];
  const whole = bytes(270_005);

  it("reads a body of declared length into one buffer of that length", async () => {
    const out = await readCapped(request(chunks, whole.byteLength), 1_000_000, tooLarge);
    expect(out).toEqual(whole);
    expect(out.buffer.byteLength).toBe(whole.byteLength);
  });

  it("reads a chunked body (no length) whole, in a buffer of its own size", async () => {
    const out = await readCapped(request(chunks), 1_000_000, tooLarge);
    expect(out).toEqual(whole);
    expect(out.buffer.byteLength).toBe(whole.byteLength);
  });

  it("refuses as soon as the body passes the limit, declared or not", async () => {
    await expect(readCapped(request(chunks), 100_000, tooLarge)).rejects.toThrow("too large");
    await expect(readCapped(request(chunks, 50_000), 100_000, tooLarge)).rejects.toThrow("too large");
  });

  it("returns what came when the body is shorter than declared", async () => {
    const out = await readCapped(request([bytes(10)], 20), 1000, tooLarge);
    expect(out).toEqual(bytes(10));
  });
});

import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatusSelect } from "./status-select";

describe("StatusSelect", () => {
  it("shows the status in the server's HTML, before any client code has run", () => {
    const html = renderToString(<StatusSelect title="Add a test set" status="IN_PROGRESS" onChange={() => {}} />);
    expect(html).toContain('aria-label="Status of Add a test set"');
    expect(html).toContain("In progress");
  });
});

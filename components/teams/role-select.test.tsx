import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ROLE_LABELS } from "@/lib/teams/roles";
import { RoleSelect } from "./role-select";

describe("RoleSelect", () => {
  it("shows the role in the server's HTML, before any client code has run", () => {
    const html = renderToString(<RoleSelect value="VIEWER" onChange={() => {}} label="Role of Ada" />);
    expect(html).toContain('aria-label="Role of Ada"');
    expect(html).toContain(`>${ROLE_LABELS.VIEWER}<`);
  });
});

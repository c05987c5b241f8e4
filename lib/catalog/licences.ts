import type { TCatalogTool } from "./schema";

// Licence values shared by many catalog entries, so a typo cannot make two Apache-2.0 tools differ.

type Licence = TCatalogTool["licence"];

export function openSource(name: string, note?: string): Licence {
  return note
    ? { kind: "open_source", name, openAlternative: null, note }
    : { kind: "open_source", name, openAlternative: null };
}

/** A hosted service with no self-hosted version to license. */
export function service(name = "Proprietary hosted service", note?: string): Licence {
  return note
    ? { kind: "service", name, openAlternative: null, note }
    : { kind: "service", name, openAlternative: null };
}

export const APACHE = openSource("Apache-2.0");
export const MIT = openSource("MIT");
export const BSD3 = openSource("BSD-3-Clause");

// Node and edge ids are made on the client, so a new element can be linked and undone
// before the server has seen it; the server only checks their format.

/** What the API accepts as a node or edge id (also safe in URLs, DOM ids and CSS selectors). */
export const ELEMENT_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function newNodeId(): string {
  return `n_${randomHex()}`;
}

/** A notebook group's id (lib/server/pipeline-groups.ts), one per import. */
export function newGroupId(): string {
  return `g_${randomHex()}`;
}

export function newEdgeId(): string {
  return `e_${randomHex()}`;
}

/** 128 random bits as 32 hex digits. */
function randomHex(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts (https or localhost); a self-hosted app
  // served over plain http still has getRandomValues.
  if (typeof c.randomUUID === "function") return c.randomUUID().replaceAll("-", "");
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

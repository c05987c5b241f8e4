import type { ComponentId } from "@/lib/pipeline/components";

// A component's name inside a sentence ("Needs containerization first"): COMPONENTS' labels
// are titles ("Containerised frontend and backend"), too long to run inline.
const INLINE: Partial<Record<ComponentId, string>> = {
  model_api: "a model API",
  ci_cd: "CI/CD",
  frontend: "a user-facing app",
  testing: "tests",
  load_testing: "load tests",
  alerting: "alerts",
};

export function inlineComponentName(id: ComponentId): string {
  return INLINE[id] ?? id.replaceAll("_", " ");
}

export function inlineList(ids: readonly ComponentId[]): string {
  const names = ids.map(inlineComponentName);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

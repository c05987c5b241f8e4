// What a team and its members know, as structured data the recommender reads
// (the team profile in team settings, each member's skills). Ids are stored: rename one
// only with a data migration.

export const LANGUAGES = ["python", "r", "scala", "java", "typescript", "sql", "go", "julia", "csharp"] as const;
export type LanguageId = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Record<LanguageId, string> = {
  python: "Python",
  r: "R",
  scala: "Scala",
  java: "Java",
  typescript: "TypeScript / JavaScript",
  sql: "SQL",
  go: "Go",
  julia: "Julia",
  csharp: "C#",
};

export const CLOUDS = ["gcp", "aws", "azure", "on_premises", "none"] as const;
export type CloudId = (typeof CLOUDS)[number];
export const CLOUD_LABELS: Record<CloudId, string> = {
  gcp: "Google Cloud",
  aws: "AWS",
  azure: "Azure",
  on_premises: "On-premises",
  none: "None yet",
};

export const TOOL_PREFERENCES = ["open_source", "managed", "none"] as const;
export type ToolPreference = (typeof TOOL_PREFERENCES)[number];
export const TOOL_PREFERENCE_LABELS: Record<ToolPreference, string> = {
  open_source: "Open source",
  managed: "Managed services",
  none: "No preference",
};

export const FAMILIARITIES = ["some", "expert"] as const;
export type Familiarity = (typeof FAMILIARITIES)[number];

export type TeamProfile = { languages: LanguageId[]; clouds: CloudId[]; preference: ToolPreference };

/** One member's skills: catalog tools they know, languages, and a free-text note. */
export type MemberSkills = {
  tools: { slug: string; familiarity: Familiarity }[];
  languages: LanguageId[];
  note: string;
};

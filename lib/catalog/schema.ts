import { z } from "zod";
import { COMPONENT_IDS } from "../pipeline/components";
import { PHASES } from "../pipeline/types";
import { LANGUAGES } from "../teams/profile";

// The shape of one tool in the curated catalog (lib/catalog/tools.ts). The catalog is data
// in the repo, checked by this schema in a test and upserted into PostgreSQL by the
// migration runner. Facts must be true (shared TOOL-FACTS); what is uncertain says so.

/** Where a tool runs: self-hosted open source, a vendor's managed SaaS, or native to a cloud. */
export const HOSTINGS = ["self_hosted", "managed_saas", "gcp", "aws", "azure"] as const;
export type Hosting = (typeof HOSTINGS)[number];

/**
 * open_source: an OSI licence. source_available: BSL, SSPL, FSL, RSAL, ELv2 and the like —
 * flagged in the UI, with the open alternative named. proprietary: closed source you run.
 * service: a hosted service with no self-hosted version to license.
 */
export const LICENCE_KINDS = ["open_source", "source_available", "proprietary", "service"] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A slug is lower-case words joined by hyphens.");

export const ZCatalogTool = z.strictObject({
  slug,
  name: z.string().min(1).max(60),
  /** COMPONENTS.md ids the tool provides, the most apt first. */
  components: z.array(z.enum(COMPONENT_IDS)).min(1),
  /** 1–3 per component above, same order: how apt the tool is for it (3 = made for it). */
  aptness: z.array(z.int().min(1).max(3)).min(1),
  phases: z.array(z.enum(PHASES)).min(1),
  /** Languages with an SDK or first-class support; empty when language does not matter (e.g. Redis via any client is not "an SDK"). */
  languages: z.array(z.enum(LANGUAGES)),
  hosting: z.array(z.enum(HOSTINGS)).min(1),
  licence: z.strictObject({
    kind: z.enum(LICENCE_KINDS),
    /** SPDX id or the licence's name, e.g. "Apache-2.0", "BUSL-1.1", "SSPL-1.0 (server); Apache-2.0 (SDK)". */
    name: z.string().min(1),
    /** Slug of the open alternative for source-available tools, when one exists. */
    openAlternative: slug.nullable(),
    /** e.g. "BSL since v1.6 (Aug 2023)"; "none widely used". */
    note: z.string().optional(),
  }),
  /** 1 = an afternoon for one person; 5 = a platform team's project. */
  complexity: z.int().min(1).max(5),
  /** Google Cloud levels (0–2) at which the tool fits a team. */
  maturityLevels: z.array(z.int().min(0).max(2)).min(1),
  homepage: z.url(),
  /** Components the tool needs first (e.g. autoscaling on Kubernetes needs containerization). */
  prerequisites: z.array(z.enum(COMPONENT_IDS)),
  /** Tools of one family count as related knowledge ("knows Terraform" → OpenTofu). */
  family: slug.optional(),
  /** Other names people write in a free-text skill ("k8s", "gh actions"). */
  aliases: z.array(z.string()),
  description: z.string().min(20).max(300),
  /** Facts we could not confirm, said so on the page instead of stated. */
  uncertain: z.string().optional(),
});
export type TCatalogTool = z.infer<typeof ZCatalogTool>;

import type { Metadata } from "next";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { listStoredTools } from "@/lib/server/catalog";
import { requirePageUser } from "@/lib/server/session";
import { catalogFilterFromParams } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Tool catalog" };

export default async function CatalogPage({ searchParams }: PageProps<"/catalog">) {
  await requirePageUser("/catalog");
  const [tools, params] = await Promise.all([listStoredTools(), searchParams]);
  const { filter, ignored } = catalogFilterFromParams(params);
  return (
    <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Tool catalog</h1>
        <p className="mt-1 max-w-3xl text-muted-foreground">
          Real tools for each MLOps component, with the licence facts that matter: source-available licences are flagged
          and their open alternative named, and anything we could not verify says so. Pick two or three to compare them
          side by side.
        </p>
        {ignored.length > 0 && (
          <p role="status" className="mt-2 text-sm text-amber-700 dark:text-amber-300">
            Ignored a filter in the address that is not valid: {ignored.join(", ")}.
          </p>
        )}
      </div>
      {/* Keyed by the filter: following a link to other filters (an open alternative) starts afresh. */}
      <CatalogBrowser key={JSON.stringify(filter)} tools={tools} initialFilter={filter} />
    </div>
  );
}

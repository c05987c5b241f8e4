import type { Metadata } from "next";
import { ApiReferenceLoader } from "@/components/api-reference/api-reference-loader";
import { Logo } from "@/components/layout/logo";

export const metadata: Metadata = { title: "API reference" };

// Public, like the document it shows (GET /api/v1/openapi.json holds no data). Trying a
// request from the page uses the visitor's own session, as the app's pages do.
export default function ApiReferencePage() {
  return (
    <div className="flex min-h-dvh flex-col [--scalar-custom-header-height:3.5rem]">
      <header className="sticky top-0 z-30 border-b bg-background">
        <div className="flex h-14 items-center gap-3 px-4 sm:px-6">
          <Logo href="/teams" className="shrink-0" />
          <span aria-hidden="true" className="text-muted-foreground/50">
            /
          </span>
          <h1 className="truncate text-sm font-medium">API reference</h1>
          <a
            href="/api/v1/openapi.json"
            className="ml-auto text-sm whitespace-nowrap text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            openapi.json
          </a>
        </div>
      </header>
      <main id="main" className="flex-1">
        <ApiReferenceLoader />
      </main>
    </div>
  );
}

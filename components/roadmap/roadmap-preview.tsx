"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { roadmapExtraKeys } from "./query-keys";
import { ExportMenu } from "./export-menu";
import { MarkdownPreview } from "./markdown-preview";
import { fetchExport } from "./roadmap-files";

type Props = { teamId: string; projectId: string };

/** Fetches GET …/roadmap.md — the very file "Download Markdown" saves — and renders it. */
export function RoadmapPreview({ teamId, projectId }: Props) {
  const markdown = useQuery({
    queryKey: roadmapExtraKeys.markdown(projectId),
    queryFn: async ({ signal }) => await (await fetchExport(projectId, "md", signal)).blob.text(),
    staleTime: 0,
  });
  return (
    <section aria-labelledby="preview-title" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h2 id="preview-title" className="text-lg font-semibold">
            Markdown preview
          </h2>
          <p className="text-sm text-muted-foreground">
            The exported roadmap.md as GitHub or GitLab shows it: tables, task lists and the pipeline diagram.
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Link
            href={`/teams/${teamId}/projects/${projectId}/roadmap`}
            className={buttonVariants({ variant: "ghost", size: "sm" })}
          >
            <ArrowLeft aria-hidden="true" />
            Back to the roadmap
          </Link>
          <ExportMenu teamId={teamId} projectId={projectId} />
        </div>
      </div>
      <div className="rounded-xl border bg-card p-4 sm:p-6">
        {markdown.isPending ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <Spinner /> Loading the Markdown…
          </p>
        ) : markdown.isError ? (
          <p role="alert" className="text-sm text-destructive">
            {markdown.error.message}
          </p>
        ) : (
          <>
            <MarkdownPreview markdown={markdown.data} />
            <details className="mt-6 border-t pt-4">
              <summary className="cursor-pointer text-sm font-medium">Markdown source</summary>
              <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs whitespace-pre-wrap">
                {markdown.data}
              </pre>
            </details>
          </>
        )}
      </div>
    </section>
  );
}

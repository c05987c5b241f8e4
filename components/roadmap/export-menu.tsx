"use client";

import { ClipboardCopy, Download, Eye, FileDown } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ApiError } from "@/lib/client/api";
import { copyText, EXPORT_FORMATS, fetchExport, saveBlob, type RoadmapFileFormat } from "./roadmap-files";

type Props = { teamId: string; projectId: string };

/** Download the roadmap as Markdown, CSV or JSON, copy the Markdown, or preview it rendered. */
export function ExportMenu({ teamId, projectId }: Props) {
  const [busy, setBusy] = useState(false);

  async function run(what: string, work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : `Could not ${what}.`);
    } finally {
      setBusy(false);
    }
  }

  const download = (format: RoadmapFileFormat) =>
    run(`download the ${EXPORT_FORMATS[format].label} file`, async () => {
      const { blob, filename } = await fetchExport(projectId, format);
      saveBlob(blob, filename);
    });

  const copy = () =>
    run("copy the Markdown", async () => {
      const { blob } = await fetchExport(projectId, "md");
      if (await copyText(await blob.text()))
        toast.success("Markdown copied. Paste it into an issue, a wiki or a README.");
      else toast.error("The browser blocked copying: download the Markdown file instead.");
    });

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" disabled={busy} aria-busy={busy || undefined}>
          <FileDown aria-hidden="true" />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        {(Object.keys(EXPORT_FORMATS) as RoadmapFileFormat[]).map((format) => (
          <DropdownMenuItem key={format} onSelect={() => void download(format)}>
            <Download aria-hidden="true" />
            Download {EXPORT_FORMATS[format].label}
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void copy()}>
          <ClipboardCopy aria-hidden="true" />
          Copy Markdown
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href={`/teams/${teamId}/projects/${projectId}/roadmap/preview`}>
            <Eye aria-hidden="true" />
            Preview Markdown
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

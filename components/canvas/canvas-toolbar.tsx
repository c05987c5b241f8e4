"use client";

import { useReactFlow } from "@xyflow/react";
import { Download, FileUp, LayoutGrid, Maximize2, Minimize2, Redo2, Search, Undo2 } from "lucide-react";
import { memo, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { SaveStatus } from "@/lib/client/autosave-session";
import { fromFlowEdge, fromFlowNode, type PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { exportPipeline, type PipelineFileFormat } from "./export-files";
import { SaveStatusBadge } from "./save-status";

type Props = {
  projectName: string;
  /** The saved version, written into the JSON export. */
  getVersion: () => number;
  status: SaveStatus;
  /** Saving before an in-app navigation goes on. */
  leaving: boolean;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
  onImport: () => void;
  hasNodes: boolean;
  onFocusNode: (id: string) => void;
  fullScreen: boolean;
  onToggleFullScreen: () => void;
};

function CanvasToolbarImpl(props: Props) {
  const flow = useReactFlow<PipelineFlowNode>();
  const [query, setQuery] = useState("");
  const [hit, setHit] = useState(0);

  function search(event: React.FormEvent) {
    event.preventDefault();
    const q = query.trim().toLowerCase();
    if (!q) return;
    const matches = flow.getNodes().filter((n) => n.data.title.toLowerCase().includes(q));
    if (matches.length === 0) {
      toast(`No step matches “${query}”.`);
      return;
    }
    const match = matches[hit % matches.length]!;
    setHit(hit + 1);
    props.onFocusNode(match.id);
  }

  async function download(format: PipelineFileFormat) {
    try {
      await exportPipeline(format, {
        projectName: props.projectName,
        version: props.getVersion(),
        nodes: flow.getNodes().map(fromFlowNode),
        edges: flow.getEdges().map(fromFlowEdge),
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not export the diagram.");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 border-b px-3 py-2">
      {!props.readOnly && (
        <>
          <IconButton label="Undo (Ctrl+Z)" disabled={!props.canUndo} onClick={props.onUndo}>
            <Undo2 className="size-4" aria-hidden="true" />
          </IconButton>
          <IconButton label="Redo (Shift+Ctrl+Z)" disabled={!props.canRedo} onClick={props.onRedo}>
            <Redo2 className="size-4" aria-hidden="true" />
          </IconButton>
          <Button variant="outline" size="sm" onClick={props.onLayout} disabled={!props.hasNodes}>
            <LayoutGrid className="size-4" aria-hidden="true" /> Auto-layout
          </Button>
          <Button variant="outline" size="sm" onClick={props.onImport}>
            <FileUp className="size-4" aria-hidden="true" /> Import notebook
          </Button>
        </>
      )}
      <form onSubmit={search} role="search" className="relative">
        <label htmlFor="node-search" className="sr-only">
          Find a step
        </label>
        <Search
          className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          id="node-search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setHit(0);
          }}
          placeholder="Find a step…"
          className="h-8 w-48 pl-8"
        />
      </form>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={!props.hasNodes}>
            <Download className="size-4" aria-hidden="true" /> Export
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuItem onSelect={() => void download("png")}>PNG image</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void download("svg")}>SVG image</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void download("mermaid")}>Mermaid diagram</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void download("json")}>JSON data</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <div className="ml-auto flex items-center gap-2">
        <SaveStatusBadge status={props.status} leaving={props.leaving} readOnly={props.readOnly} />
        <IconButton
          label={props.fullScreen ? "Leave full screen (Esc)" : "Full screen"}
          pressed={props.fullScreen}
          onClick={props.onToggleFullScreen}
        >
          {props.fullScreen ? (
            <Minimize2 className="size-4" aria-hidden="true" />
          ) : (
            <Maximize2 className="size-4" aria-hidden="true" />
          )}
        </IconButton>
      </div>
    </div>
  );
}

function IconButton({
  label,
  children,
  ...rest
}: {
  label: string;
  children: React.ReactNode;
  disabled?: boolean;
  /** A toggle: announced as pressed or not. */
  pressed?: boolean;
  onClick: () => void;
}) {
  const { pressed, ...button } = rest;
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button variant="ghost" size="icon" className="size-8" aria-label={label} aria-pressed={pressed} {...button}>
          {children}
        </Button>
      </TooltipTrigger>
      <TooltipContent>{label}</TooltipContent>
    </Tooltip>
  );
}

export const CanvasToolbar = memo(CanvasToolbarImpl);

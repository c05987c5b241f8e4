"use client";

import { ArrowDown, ArrowUp, ArrowUpDown, ChevronDown } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PRIORITY_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";
import { PHASES, PRIORITIES, STAGES } from "@/lib/pipeline/types";
import { ROADMAP_STATUS_LABELS } from "@/lib/roadmap/stage-rules";
import { ROADMAP_STATUSES } from "@/lib/roadmap/types";
import {
  applyView,
  DEFAULT_ROADMAP_VIEW,
  NO_PRIORITY,
  UNASSIGNED,
  type RoadmapSortKey,
  type RoadmapView,
} from "@/lib/roadmap/view-filters";
import type { TRoadmapItem, TRoadmapMember } from "@/lib/validation/roadmap";
import { OwnerChip, PhaseBadge, PriorityBadge, StatusBadge } from "./item-badges";
import { useRoadmapActions } from "./roadmap-context";
import { StatusSelect } from "./status-select";

type FilterKey = "owner" | "phase" | "priority" | "status" | "stage";

const COLUMNS: { key: RoadmapSortKey; label: string }[] = [
  { key: "title", label: "Title" },
  { key: "stage", label: "Stage" },
  { key: "phase", label: "Phase" },
  { key: "priority", label: "Priority" },
  { key: "status", label: "Status" },
  { key: "owner", label: "Owner" },
  { key: "targetDate", label: "Target date" },
];

/** Every item in one sortable table, filtered by owner (or unassigned), phase, priority, status and stage. */
export function RoadmapTable({
  items,
  members,
  view,
  onViewChange,
}: {
  items: readonly TRoadmapItem[];
  members: readonly TRoadmapMember[];
  view: RoadmapView;
  onViewChange: (view: RoadmapView) => void;
}) {
  const actions = useRoadmapActions();
  const me = actions.viewer.membershipId;
  // "My items" is a tab of its own; the table always shows everyone's.
  const rows = useMemo(() => applyView(items, { ...view, mine: false }, me), [items, view, me]);
  const filters: { key: FilterKey; label: string; options: [string, string][] }[] = [
    {
      key: "owner",
      label: "Owner",
      options: [
        [UNASSIGNED, "Unassigned"],
        ...members.filter((m) => m.role !== "VIEWER").map((m) => [m.id, m.name] as [string, string]),
      ],
    },
    { key: "phase", label: "Phase", options: PHASES.map((p) => [p, p]) },
    {
      key: "priority",
      label: "Priority",
      options: [...PRIORITIES.map((p) => [p, PRIORITY_LABELS[p]] as [string, string]), [NO_PRIORITY, "No priority"]],
    },
    { key: "status", label: "Status", options: ROADMAP_STATUSES.map((s) => [s, ROADMAP_STATUS_LABELS[s]]) },
    { key: "stage", label: "Stage", options: STAGES.map((s) => [s, STAGE_LABELS[s]]) },
  ];
  const active = filters.some((f) => view[f.key].length > 0);

  function toggle(key: FilterKey, value: string, on: boolean) {
    const current = view[key] as string[];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onViewChange({ ...view, [key]: next } as RoadmapView);
  }

  function sortBy(key: RoadmapSortKey) {
    const dir = view.sort === key && view.dir === "asc" ? "desc" : "asc";
    onViewChange({ ...view, sort: key, dir });
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
        {filters.map((filter) => {
          const chosen = view[filter.key] as string[];
          return (
            <DropdownMenu key={filter.key}>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm" aria-label={`Filter by ${filter.label.toLowerCase()}`}>
                  {filter.label}
                  {chosen.length > 0 && <span className="rounded bg-muted px-1 text-xs">{chosen.length}</span>}
                  <ChevronDown className="size-3.5" aria-hidden="true" />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="start">
                {filter.options.map(([value, text]) => (
                  <DropdownMenuCheckboxItem
                    key={value}
                    checked={chosen.includes(value)}
                    onSelect={(e) => e.preventDefault()}
                    onCheckedChange={(on) => toggle(filter.key, value, on === true)}
                  >
                    {text}
                  </DropdownMenuCheckboxItem>
                ))}
              </DropdownMenuContent>
            </DropdownMenu>
          );
        })}
        {active && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onViewChange({ ...DEFAULT_ROADMAP_VIEW, sort: view.sort, dir: view.dir })}
          >
            Clear filters
          </Button>
        )}
        <span className="ml-auto text-xs text-muted-foreground" aria-live="polite">
          {rows.length === items.length ? `${items.length} items` : `${rows.length} of ${items.length} items`}
        </span>
      </div>
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHead
                  key={column.key}
                  aria-sort={view.sort === column.key ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <button
                    type="button"
                    onClick={() => sortBy(column.key)}
                    className="-mx-1 inline-flex items-center gap-1 rounded px-1 outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    {column.label}
                    <SortIcon active={view.sort === column.key} dir={view.dir} />
                  </button>
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={COLUMNS.length} className="py-6 text-center text-sm text-muted-foreground">
                  No item matches these filters.
                </TableCell>
              </TableRow>
            ) : (
              rows.map((item) => (
                <TableRow key={item.id}>
                  <TableCell className="max-w-72 min-w-48 whitespace-normal">
                    <button
                      type="button"
                      className="rounded-sm text-left font-medium break-words outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                      onClick={() => actions.openItem(item)}
                    >
                      {item.title}
                    </button>
                  </TableCell>
                  <TableCell>{STAGE_LABELS[item.stage]}</TableCell>
                  <TableCell>
                    <PhaseBadge phase={item.phase} />
                  </TableCell>
                  <TableCell>
                    <PriorityBadge priority={item.priority} />
                  </TableCell>
                  <TableCell>
                    {actions.canSetStatus(item) ? (
                      <StatusSelect
                        title={item.title}
                        status={item.status}
                        onChange={(s) => actions.setStatus(item, s)}
                      />
                    ) : (
                      <StatusBadge status={item.status} />
                    )}
                  </TableCell>
                  <TableCell>
                    <OwnerChip owner={item.owner} />
                  </TableCell>
                  <TableCell className="text-muted-foreground">{item.targetDate ?? "—"}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function SortIcon({ active, dir }: { active: boolean; dir: "asc" | "desc" }) {
  const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return <Icon className={active ? "size-3.5" : "size-3.5 opacity-40"} aria-hidden="true" />;
}

"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";
import { PRIORITY_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";
import { PRIORITIES, STAGES, type Priority, type Stage } from "@/lib/pipeline/types";
import type { DraftEdit, DraftRow } from "@/lib/roadmap/proposal-draft";

const NONE = "__none__";

export type OwnerOption = { id: string; name: string };

type Props = {
  row: DraftRow;
  index: number;
  members: OwnerOption[];
  onEdit: (edit: DraftEdit) => void;
};

/** One proposed item: keep it or not, and the lead's edits of title, done-when, stage, priority, owner. */
export function ProposalRow({ row, index, members, onEdit }: Props) {
  const id = `proposal-${index}`;
  const suggested = row.proposed.suggestedOwners;
  const others = members.filter((m) => !suggested.some((s) => s.id === m.id));
  const reason = suggested.find((s) => s.id === row.ownerId)?.reason;
  return (
    <li
      className={cn("grid gap-3 rounded-lg border p-3", !row.include && "border-dashed opacity-70")}
      data-testid="proposal-row"
    >
      <div className="flex items-start gap-2">
        <input
          id={`${id}-keep`}
          type="checkbox"
          className="mt-1 size-4 accent-primary"
          checked={row.include}
          onChange={(e) => onEdit({ include: e.target.checked })}
          aria-label={`Keep “${row.title || "untitled"}”`}
        />
        <div className="grid min-w-0 flex-1 gap-1.5">
          <Input
            id={`${id}-title`}
            value={row.title}
            maxLength={300}
            disabled={!row.include}
            aria-invalid={row.include && row.title.trim() === "" ? true : undefined}
            onChange={(e) => onEdit({ title: e.target.value })}
            aria-label={`Title of item ${index + 1}`}
          />
          {row.proposed.detail && <p className="text-xs text-muted-foreground">{row.proposed.detail}</p>}
        </div>
      </div>
      {row.include && (
        <div className="grid gap-3 sm:pl-6">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-done`}>Done when</Label>
            <Textarea
              id={`${id}-done`}
              rows={2}
              maxLength={2000}
              value={row.doneWhen}
              onChange={(e) => onEdit({ doneWhen: e.target.value })}
            />
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <Pick
              id={`${id}-stage`}
              label="Stage"
              value={row.stage}
              onChange={(v) => onEdit({ stage: v as Stage })}
              options={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            />
            <Pick
              id={`${id}-priority`}
              label="Priority"
              value={row.priority ?? NONE}
              onChange={(v) => onEdit({ priority: v === NONE ? null : (v as Priority) })}
              options={[
                { value: NONE, label: "No priority" },
                ...PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] })),
              ]}
            />
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-owner`}>Owner</Label>
              <Select value={row.ownerId ?? NONE} onValueChange={(v) => onEdit({ ownerId: v === NONE ? null : v })}>
                <SelectTrigger id={`${id}-owner`} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={NONE}>No owner</SelectItem>
                  {suggested.length > 0 && (
                    <SelectGroup>
                      <SelectLabel>Suggested</SelectLabel>
                      {suggested.map((s) => (
                        <SelectItem key={s.id} value={s.id}>
                          {s.name}
                        </SelectItem>
                      ))}
                    </SelectGroup>
                  )}
                  {others.length > 0 && (
                    <SelectGroup>
                      <SelectLabel>{suggested.length > 0 ? "Everyone else" : "Members"}</SelectLabel>
                      {others.map((m) => (
                        <SelectItem key={m.id} value={m.id}>
                          {m.name}
                        </SelectItem>
                      ))}
                    </SelectGroup>
                  )}
                </SelectContent>
              </Select>
              {reason && <p className="text-xs text-muted-foreground">{reason}</p>}
            </div>
          </div>
        </div>
      )}
    </li>
  );
}

function Pick(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select value={props.value} onValueChange={props.onChange}>
        <SelectTrigger id={props.id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {props.options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

"use client";

import { X } from "lucide-react";
import { useId, type ReactNode } from "react";
import { ToolPicker } from "@/components/teams/tool-picker";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toolBySlug } from "@/lib/catalog/catalog";
import { COMPONENTS, type ComponentId } from "@/lib/pipeline/components";
import { PRIORITY_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";
import { PHASES, PRIORITIES, STAGES, type Phase, type Priority, type Stage } from "@/lib/pipeline/types";
import type { DraftField, ItemDraft } from "@/lib/roadmap/item-draft";
import type { SuggestedOwner } from "@/lib/roadmap/generate";
import { ROADMAP_STATUS_LABELS } from "@/lib/roadmap/stage-rules";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/roadmap/types";
import type { TRoadmapMember } from "@/lib/validation/roadmap";
import { NodePicker, type PickableNode } from "./node-picker";

const NONE = "__none__";

type Props = {
  draft: ItemDraft;
  onChange: (patch: Partial<ItemDraft>) => void;
  locks: Record<DraftField, string | null>;
  members: readonly TRoadmapMember[];
  nodes: readonly PickableNode[];
  suggestions: readonly SuggestedOwner[];
  isNew: boolean;
};

/** Every field of an item; a field the viewer may not change is disabled with the reason beside it. */
export function ItemFields({ draft, onChange, locks, members, nodes, suggestions, isNew }: Props) {
  const assignable = members.filter((m) => m.role !== "VIEWER");
  const ownerKnown = !draft.ownerId || assignable.some((m) => m.id === draft.ownerId);
  const tool = draft.toolSlug ? toolBySlug(draft.toolSlug) : undefined;
  return (
    <div className="grid gap-4">
      <Field label="Title" id="item-title" lock={locks.title}>
        {(props) => (
          <Input
            {...props}
            value={draft.title}
            maxLength={300}
            required
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label="Done when" id="item-done-when" lock={locks.doneWhen} hint="One checkable sentence.">
        {(props) => (
          <Textarea
            {...props}
            rows={2}
            maxLength={2000}
            value={draft.doneWhen}
            onChange={(e) => onChange({ doneWhen: e.target.value })}
          />
        )}
      </Field>
      <Field label="Detail" id="item-detail" lock={locks.detail} hint="Notes, e.g. why this tool.">
        {(props) => (
          <Textarea
            {...props}
            rows={3}
            maxLength={4000}
            value={draft.detail}
            onChange={(e) => onChange({ detail: e.target.value })}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Stage" id="item-stage" lock={locks.stage}>
          {(props) => (
            <SimpleSelect
              {...props}
              value={draft.stage}
              options={STAGES.map((s) => [s, STAGE_LABELS[s]])}
              onChange={(v) => onChange({ stage: v as Stage })}
            />
          )}
        </Field>
        <Field label="Phase" id="item-phase" lock={locks.phase}>
          {(props) => (
            <SimpleSelect
              {...props}
              value={draft.phase ?? NONE}
              options={[[NONE, "No phase"], ...PHASES.map((p) => [p, p] as [string, string])]}
              onChange={(v) => onChange({ phase: v === NONE ? null : (v as Phase) })}
            />
          )}
        </Field>
      </div>
      <Field label="Component" id="item-component" lock={locks.componentId}>
        {(props) => (
          <SimpleSelect
            {...props}
            value={draft.componentId ?? NONE}
            options={[[NONE, "No component"], ...COMPONENTS.map((c) => [c.id, c.label] as [string, string])]}
            onChange={(v) => onChange({ componentId: v === NONE ? null : (v as ComponentId) })}
          />
        )}
      </Field>
      <Field label="Tool" id="item-tool" lock={locks.toolSlug} asGroup>
        {(props) => (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby={`${props.id}-label`}>
            <span id={props.id} className="text-sm" aria-describedby={props["aria-describedby"]}>
              {tool ? tool.name : draft.toolSlug ? draft.toolSlug : <span className="text-muted-foreground">None</span>}
            </span>
            {draft.toolSlug && !props.disabled && (
              <Button type="button" variant="ghost" size="sm" onClick={() => onChange({ toolSlug: null })}>
                <X className="size-3.5" aria-hidden="true" />
                Remove tool
              </Button>
            )}
            <ToolPicker
              chosen={draft.toolSlug ? [draft.toolSlug] : []}
              onPick={(slug) => onChange({ toolSlug: slug })}
              disabled={props.disabled}
              label={draft.toolSlug ? "Change tool" : "Choose a tool"}
              single
            />
          </div>
        )}
      </Field>
      <Field label="Linked pipeline steps" id="item-nodes" lock={locks.nodeIds} asGroup>
        {(props) => (
          <NodePicker
            nodes={nodes}
            value={draft.nodeIds}
            onChange={(nodeIds) => onChange({ nodeIds })}
            disabled={props.disabled}
            describedBy={props["aria-describedby"]}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Owner" id="item-owner" lock={locks.ownerId}>
          {(props) => (
            <SimpleSelect
              {...props}
              value={draft.ownerId ?? NONE}
              options={[
                [NONE, "Unassigned"],
                ...assignable.map((m) => [m.id, m.name] as [string, string]),
                ...(ownerKnown ? [] : [[draft.ownerId!, "Former member"] as [string, string]]),
              ]}
              onChange={(v) => onChange({ ownerId: v === NONE ? null : v })}
            />
          )}
        </Field>
        <Field label="Priority" id="item-priority" lock={locks.priority}>
          {(props) => (
            <SimpleSelect
              {...props}
              value={draft.priority ?? NONE}
              options={[[NONE, "No priority"], ...PRIORITIES.map((p) => [p, PRIORITY_LABELS[p]] as [string, string])]}
              onChange={(v) => onChange({ priority: v === NONE ? null : (v as Priority) })}
            />
          )}
        </Field>
      </div>
      {suggestions.length > 0 && !locks.ownerId && (
        <div className="grid gap-1 rounded-md bg-muted/60 p-2">
          <p className="text-xs font-medium text-muted-foreground">Suggested owners (from the recommendations)</p>
          <ul className="grid gap-1" aria-label="Suggested owners">
            {suggestions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  <span className="font-medium">{s.name}</span>{" "}
                  <span className="text-xs text-muted-foreground">{s.reason}</span>
                </span>
                <Button
                  type="button"
                  size="sm"
                  variant="outline"
                  className="h-7"
                  disabled={draft.ownerId === s.id}
                  onClick={() => onChange({ ownerId: s.id })}
                >
                  {draft.ownerId === s.id ? "Assigned" : `Assign ${s.name}`}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {!isNew && (
          <Field label="Status" id="item-status" lock={locks.status}>
            {(props) => (
              <SimpleSelect
                {...props}
                value={draft.status}
                options={ROADMAP_STATUSES.map((s) => [s, ROADMAP_STATUS_LABELS[s]] as [string, string])}
                onChange={(v) => onChange({ status: v as RoadmapStatus })}
              />
            )}
          </Field>
        )}
        <Field label="Target date" id="item-target-date" lock={locks.targetDate}>
          {(props) => (
            <Input
              {...props}
              type="date"
              value={draft.targetDate ?? ""}
              onChange={(e) => onChange({ targetDate: e.target.value || null })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}

type ControlProps = { id: string; disabled: boolean; "aria-describedby"?: string };

function Field({
  label,
  id,
  lock,
  hint,
  asGroup,
  children,
}: {
  label: string;
  id: string;
  lock: string | null;
  hint?: string;
  /** The control is a group (no single labelable element): the label names it by id. */
  asGroup?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const noteId = useId();
  const note = lock ?? hint;
  return (
    <div className="grid gap-1.5">
      {asGroup ? (
        <span id={`${id}-label`} className="text-sm leading-none font-medium">
          {label}
        </span>
      ) : (
        <Label htmlFor={id}>{label}</Label>
      )}
      {children({ id, disabled: lock !== null, "aria-describedby": note ? noteId : undefined })}
      {note && (
        <p id={noteId} className="text-xs text-muted-foreground">
          {note}
        </p>
      )}
    </div>
  );
}

function SimpleSelect({
  id,
  value,
  options,
  onChange,
  disabled,
  "aria-describedby": describedBy,
}: ControlProps & { value: string; options: [string, string][]; onChange: (value: string) => void }) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled}>
      <SelectTrigger id={id} className="w-full" aria-describedby={describedBy}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map(([v, text]) => (
          <SelectItem key={v} value={v}>
            {text}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

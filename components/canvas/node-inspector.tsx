"use client";

import { X } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { STEP_CATEGORIES } from "@/lib/notebook/taxonomy";
import { COMPONENTS } from "@/lib/pipeline/components";
import { AUTOMATIONS, NODE_KINDS, PHASES, PRIORITIES, STAGES, type PipelineNode } from "@/lib/pipeline/types";
import { AUTOMATION_LABELS, PHASE_LABELS, PRIORITY_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";

export type MemberOption = { id: string; name: string };
const NONE = "__none__";
const KIND_LABELS = {
  step: "Notebook step",
  component: "MLOps component",
  data: "Data / artifact",
  external: "External system",
} as const;

type Props = {
  node: PipelineNode;
  members: MemberOption[];
  canEdit: boolean;
  canAssign: boolean;
  /** `burst` names one focus of a text field: its keystrokes are one undo step. */
  onChange: (patch: Partial<PipelineNode>, burst?: string) => void;
  onClose: () => void;
  /** Where the step's notebook cells are shown (node-cells.tsx); the editor supplies it. */
  cells?: React.ReactNode;
  /** Below the fields: the roadmap's "Automate this" (components/roadmap/automate-this.tsx). */
  footer?: React.ReactNode;
};

/** Edits every field of the selected node. Owner and priority are the leads'. */
export function NodeInspector({ node, members, canEdit, canAssign, onChange, onClose, cells, footer }: Props) {
  const categories = node.kind === "component" ? COMPONENTS : node.kind === "step" ? STEP_CATEGORIES : [];
  return (
    <aside
      aria-label="Selected step"
      className="absolute inset-y-0 right-0 z-20 flex min-h-0 w-full max-w-80 shrink-0 flex-col border-l bg-background shadow-lg md:static md:shadow-none"
    >
      <div className="flex items-center justify-between border-b px-4 py-2.5">
        <h3 className="text-sm font-semibold">Step details</h3>
        <Button variant="ghost" size="icon" className="size-7" onClick={onClose} aria-label="Close details">
          <X className="size-4" aria-hidden="true" />
        </Button>
      </div>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] content-start gap-4 overflow-y-auto p-4">
        {!canEdit && (
          <p className="rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground">
            Viewers see the pipeline but cannot change it.
          </p>
        )}
        <TextField
          key={`title-${node.id}`}
          id="node-title"
          label="Title"
          value={node.title}
          disabled={!canEdit}
          maxLength={200}
          onEdit={(title, burst) => onChange({ title }, `${node.id}:title:${burst}`)}
        />
        <TextField
          key={`desc-${node.id}`}
          id="node-description"
          label="Description"
          value={node.description}
          multiline
          disabled={!canEdit}
          maxLength={2000}
          onEdit={(description, burst) => onChange({ description }, `${node.id}:description:${burst}`)}
        />
        <Field label="Kind" id="node-kind">
          <Select
            value={node.kind}
            disabled={!canEdit}
            onValueChange={(kind) =>
              onChange({
                kind: kind as PipelineNode["kind"],
                category: kind === "step" ? "other" : kind === "component" ? "notebooks" : null,
              })
            }
          >
            <SelectTrigger id="node-kind" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {NODE_KINDS.map((k) => (
                <SelectItem key={k} value={k}>
                  {KIND_LABELS[k]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </Field>
        {categories.length > 0 && (
          <Field label={node.kind === "step" ? "Cell category" : "Component"} id="node-category">
            <Select
              value={node.category ?? undefined}
              disabled={!canEdit}
              onValueChange={(category) => onChange({ category })}
            >
              <SelectTrigger id="node-category" className="w-full">
                <SelectValue placeholder="Choose…" />
              </SelectTrigger>
              <SelectContent>
                {categories.map((c) => (
                  <SelectItem key={c.id} value={c.id}>
                    {c.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </Field>
        )}
        <EnumField
          id="node-phase"
          label="Phase (lane)"
          value={node.phase}
          options={PHASES}
          labels={(p) => `${PHASE_LABELS[p].title} · ${PHASE_LABELS[p].subtitle}`}
          disabled={!canEdit}
          onChange={(phase) => onChange({ phase })}
        />
        <EnumField
          id="node-stage"
          label="Stage"
          value={node.stage}
          options={STAGES}
          labels={(s) => STAGE_LABELS[s]}
          disabled={!canEdit}
          onChange={(stage) => onChange({ stage })}
        />
        <EnumField
          id="node-automation"
          label="Automation"
          value={node.automation}
          options={AUTOMATIONS}
          labels={(a) => AUTOMATION_LABELS[a]}
          disabled={!canEdit}
          onChange={(automation) => onChange({ automation })}
        />
        <Field label="Owner" id="node-owner" hint={canAssign ? undefined : "Set by a lead."}>
          <Select
            value={node.ownerId ?? NONE}
            disabled={!canAssign}
            onValueChange={(v) => onChange({ ownerId: v === NONE ? null : v })}
          >
            <SelectTrigger id="node-owner" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={NONE}>No owner</SelectItem>
              {members.map((m) => (
                <SelectItem key={m.id} value={m.id}>
                  {m.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </Field>
        <Field label="Priority" id="node-priority" hint={canAssign ? undefined : "Set by a lead."}>
          <Select
            value={node.priority ?? NONE}
            disabled={!canAssign}
            onValueChange={(v) => onChange({ priority: v === NONE ? null : (v as PipelineNode["priority"]) })}
          >
            <SelectTrigger id="node-priority" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={NONE}>No priority</SelectItem>
              {PRIORITIES.map((p) => (
                <SelectItem key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </Field>
        {cells}
        {footer}
      </div>
    </aside>
  );
}

function Field({
  label,
  id,
  hint,
  hintId,
  children,
}: {
  label: string;
  id: string;
  hint?: string;
  hintId?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
    </div>
  );
}

function EnumField<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: (v: T) => string;
  disabled: boolean;
  onChange: (v: T) => void;
}) {
  return (
    <Field label={props.label} id={props.id}>
      <Select value={props.value} disabled={props.disabled} onValueChange={(v) => props.onChange(v as T)}>
        <SelectTrigger id={props.id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {props.options.map((o) => (
            <SelectItem key={o} value={o}>
              {props.labels(o)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </Field>
  );
}

// Numbers the focuses of text fields, so each focus is its own undo step.
let focuses = 0;

/**
 * Every keystroke goes to the diagram (the autosave debounces it), so nothing typed waits
 * for a blur to be saved; one focus of the field is one undo step. A one-line field keeps
 * the previous text while it is empty (a title is required) and trims on blur or Enter. A
 * value changed from outside (undo, the other person's version) replaces the draft.
 */
function TextField(props: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  disabled: boolean;
  maxLength: number;
  onEdit: (v: string, burst: number) => void;
}) {
  const { value, multiline, onEdit } = props;
  const [draft, setDraft] = useState(value);
  // The value last seen from the diagram: a different one came from outside the field.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const burst = useRef(0);
  const send = (next: string) => {
    setSeen(next);
    onEdit(next, burst.current);
  };
  const required = !multiline;
  const onChange = (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const next = e.target.value;
    setDraft(next);
    if (required && next.trim() === "") return;
    if (next !== value) send(next);
  };
  const onBlur = () => {
    const next = multiline ? draft : draft.trim();
    if (required && next === "") setDraft(value);
    else if (next !== value) send(next);
    else if (next !== draft) setDraft(next);
  };
  const empty = required && draft.trim() === "";
  const common = {
    id: props.id,
    value: draft,
    disabled: props.disabled,
    maxLength: props.maxLength,
    "aria-invalid": empty || undefined,
    "aria-describedby": empty ? `${props.id}-hint` : undefined,
    onChange,
    onFocus: () => {
      focuses += 1;
      burst.current = focuses;
    },
    onBlur,
  };
  return (
    <Field
      label={props.label}
      id={props.id}
      hint={empty ? `A ${props.label.toLowerCase()} is required; the previous one is kept.` : undefined}
      hintId={`${props.id}-hint`}
    >
      {multiline ? (
        <Textarea rows={3} {...common} />
      ) : (
        <Input {...common} onKeyDown={(e) => e.key === "Enter" && (e.currentTarget as HTMLInputElement).blur()} />
      )}
    </Field>
  );
}

"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { ZSkills } from "@/lib/validation/teams";

const SUGGESTIONS = ["data scientist", "ML engineer", "data engineer", "DevOps", "backend engineer", "SRE", "product owner"];

export function SkillsDialog({
  open,
  onOpenChange,
  memberName,
  skills,
  onSave,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  memberName: string;
  skills: string[];
  onSave: (skills: string[]) => Promise<void>;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Skills of {memberName}</DialogTitle>
          <DialogDescription>Free text, separated by commas. Recommendations use them to match tools to people.</DialogDescription>
        </DialogHeader>
        {open && <SkillsForm skills={skills} onSave={onSave} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

/** Mounted each time the dialog opens, so it starts from the member's current skills. */
function SkillsForm({ skills, onSave, onDone }: { skills: string[]; onSave: (skills: string[]) => Promise<void>; onDone: () => void }) {
  const [text, setText] = useState(skills.join(", "));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const parsed = text.split(",").map((s) => s.trim()).filter(Boolean);

  async function save() {
    const result = ZSkills.safeParse(parsed);
    if (!result.success) {
      setError(result.error.issues[0]?.message ?? "Check the skills.");
      return;
    }
    setPending(true);
    try {
      await onSave(result.data);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not save the skills.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Label htmlFor="skills-input">Skills</Label>
      <Input
        id="skills-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "skills-error" : undefined}
        placeholder="data scientist, DevOps"
      />
      {error && (
        <p id="skills-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-1.5" aria-label="Suggestions">
        {SUGGESTIONS.filter((s) => !parsed.some((p) => p.toLowerCase() === s.toLowerCase())).map((s) => (
          <Badge key={s} variant="outline" asChild>
            <button type="button" onClick={() => setText(parsed.length ? `${parsed.join(", ")}, ${s}` : s)}>
              + {s}
            </button>
          </Badge>
        ))}
      </div>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={() => onDone()}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending && <Spinner className="size-4" />}
          Save skills
        </Button>
      </DialogFooter>
    </form>
  );
}

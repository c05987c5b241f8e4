"use client";

import { KeyRound } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { ToggleChips } from "@/components/teams/toggle-chips";
import { ApiError } from "@/lib/client/api";
import { TEAM_ROLES, type TTeamRole } from "@/lib/teams/roles";
import { CEILING_LABELS, ceilingNotes } from "@/lib/tokens/ceiling-notes";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, type TApiTokenCreated } from "@/lib/validation/api-tokens";
import { useApiTokenMutations } from "./use-api-tokens";

type Team = { id: string; name: string; role: TTeamRole };

export function CreateApiTokenForm({
  teams,
  onCreated,
}: {
  teams: Team[];
  onCreated: (made: TApiTokenCreated) => void;
}) {
  const { create } = useApiTokenMutations();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"all" | "some">("all");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [ceiling, setCeiling] = useState<TTeamRole>("VIEWER");
  const [days, setDays] = useState(String(API_TOKEN_DEFAULT_DAYS));
  const chosen = scope === "all" ? null : teamIds;
  const notes = ceilingNotes(teams, chosen, ceiling);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (scope === "some" && teamIds.length === 0) {
      toast.error("Choose at least one team, or “All my teams”.");
      return;
    }
    try {
      const made = await create.mutateAsync({ name, teamIds: chosen, ceiling, expiresInDays: Number(days) });
      onCreated(made);
      setName("");
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : "Could not create the token.");
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-4 rounded-lg border p-4" aria-label="New API token">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
        <div className="grid gap-1.5">
          <Label htmlFor="token-name">Name</Label>
          <Input
            id="token-name"
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. GitHub Actions, docs repo"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="token-ceiling">Role ceiling</Label>
          <Select value={ceiling} onValueChange={(v) => setCeiling(v as TTeamRole)}>
            <SelectTrigger id="token-ceiling" className="w-36">
              <SelectValue>{CEILING_LABELS[ceiling]}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {[...TEAM_ROLES].reverse().map((role) => (
                <SelectItem key={role} value={role}>
                  {CEILING_LABELS[role]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="token-days">Expires in (days)</Label>
          <Input
            id="token-days"
            type="number"
            required
            min={1}
            max={API_TOKEN_MAX_DAYS}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            className="w-28"
          />
        </div>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Teams it may act in</legend>
        <RadioGroup value={scope} onValueChange={(v) => setScope(v as "all" | "some")}>
          <div className="flex items-center gap-2">
            <RadioGroupItem id="token-scope-all" value="all" />
            <Label htmlFor="token-scope-all" className="font-normal">
              All my teams, including teams I join later
            </Label>
          </div>
          <div className="flex items-center gap-2">
            <RadioGroupItem id="token-scope-some" value="some" disabled={teams.length === 0} />
            <Label htmlFor="token-scope-some" className="font-normal">
              Only these teams
            </Label>
          </div>
        </RadioGroup>
        {scope === "some" && (
          <ToggleChips
            label="Teams for the token"
            options={teams.map((t) => ({ value: t.id, label: t.name }))}
            value={teamIds}
            onChange={setTeamIds}
          />
        )}
      </fieldset>
      {notes.length > 0 && (
        <ul className="grid gap-1 text-sm text-muted-foreground" aria-label="Where the token acts below its ceiling">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <Button type="submit" className="justify-self-start" disabled={create.isPending}>
        {create.isPending ? <Spinner className="size-4" /> : <KeyRound className="size-4" aria-hidden="true" />}
        Create token
      </Button>
    </form>
  );
}

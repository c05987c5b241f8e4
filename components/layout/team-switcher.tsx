"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ROLE_LABELS, type TTeamRole } from "@/lib/teams/roles";

export type TeamOption = { id: string; name: string; role: TTeamRole };

export function TeamSwitcher({ teams }: { teams: TeamOption[] }) {
  const params = useParams<{ teamId?: string }>();
  const current = teams.find((t) => t.id === params.teamId);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="min-w-0 max-w-[14rem] shrink gap-1 px-2" aria-label="Switch team">
          <span className="truncate">{current?.name ?? "Teams"}</span>
          <ChevronsUpDown className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Your teams</DropdownMenuLabel>
        <DropdownMenuGroup>
          {teams.map((team) => (
            <DropdownMenuItem key={team.id} asChild>
              <Link href={`/teams/${team.id}`} className="flex items-center gap-2">
                <Check className={team.id === current?.id ? "size-4" : "size-4 opacity-0"} aria-hidden="true" />
                <span className="flex-1 truncate">{team.name}</span>
                <span className="text-xs text-muted-foreground">{ROLE_LABELS[team.role]}</span>
              </Link>
            </DropdownMenuItem>
          ))}
          {teams.length === 0 && <p className="px-2 py-1.5 text-sm text-muted-foreground">No teams yet.</p>}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/teams?new=1">
            <Plus className="size-4" aria-hidden="true" />
            New team
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

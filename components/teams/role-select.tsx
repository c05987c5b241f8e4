"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, TEAM_ROLES, type TTeamRole } from "@/lib/teams/roles";

export function RoleSelect({
  value,
  onChange,
  disabled,
  label,
  id,
}: {
  value: TTeamRole;
  onChange: (role: TTeamRole) => void;
  disabled?: boolean;
  label: string;
  id?: string;
}) {
  return (
    <Select value={value} onValueChange={(v) => onChange(v as TTeamRole)} disabled={disabled}>
      <SelectTrigger id={id} aria-label={label} className="w-32">
        {/* Given, not left to Radix: it fills an empty value only after hydration (status-select.tsx). */}
        <SelectValue>{ROLE_LABELS[value]}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {TEAM_ROLES.map((role) => (
          <SelectItem key={role} value={role} title={ROLE_DESCRIPTIONS[role]}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

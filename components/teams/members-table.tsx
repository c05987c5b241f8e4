"use client";

import { Pencil, UserMinus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ApiError } from "@/lib/client/api";
import { initials } from "@/lib/teams/initials";
import { can, ROLE_LABELS, type TTeamRole } from "@/lib/teams/roles";
import { MemberSkillChips } from "./member-skill-chips";
import { RoleSelect } from "./role-select";
import { SkillsDialog } from "./skills-dialog";
import type { TMember } from "@/lib/validation/teams";
import { useMemberMutations, useMembers } from "./use-team";
import { useSetMemberSkills } from "./use-team-profile";

const NO_SKILLS: TMember["skills"] = { tools: [], languages: [], note: "", version: 1 };

export function MembersTable({
  teamId,
  role,
  currentUserId,
  initialMembers,
}: {
  teamId: string;
  role: TTeamRole;
  currentUserId: string;
  initialMembers: TMember[];
}) {
  const { data: members } = useMembers(teamId, initialMembers);
  const { update, remove } = useMemberMutations(teamId, currentUserId);
  const setSkills = useSetMemberSkills(teamId);
  const [editingSkills, setEditingSkills] = useState<TMember | null>(null);
  const [removing, setRemoving] = useState<TMember | null>(null);

  const showError = (error: unknown, fallback: string) =>
    toast.error(error instanceof ApiError ? error.message : fallback);

  async function changeRole(member: TMember, next: TTeamRole) {
    try {
      await update.mutateAsync({ id: member.id, version: member.version, role: next });
      toast.success(`${member.name} is now ${ROLE_LABELS[next].toLowerCase()}.`);
    } catch (error) {
      showError(error, "Could not change the role.");
    }
  }

  async function confirmRemove(member: TMember) {
    const self = member.userId === currentUserId;
    try {
      await remove.mutateAsync(member);
      toast.success(self ? "You left the team." : `${member.name} was removed.`);
    } catch (error) {
      showError(error, "Could not remove the member.");
    }
  }

  return (
    <>
      {/* Under `sm` (a phone) each member is a card: name and the leave/remove button on one line,
          the role and the skills under them; four columns there scrolled sideways. */}
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader className="max-sm:hidden">
            <TableRow>
              <TableHead>Member</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Skills</TableHead>
              <TableHead className="w-0 text-right">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => {
              const self = member.userId === currentUserId;
              const canSetRole = can(role, "members.set_role", { self });
              const canSetSkills = can(role, "members.set_skills", { self });
              const canRemove = can(role, "members.remove", { self });
              return (
                <TableRow
                  key={member.id}
                  data-testid="member-row"
                  className="max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:items-center max-sm:py-1"
                >
                  <TableCell className="max-sm:col-start-1 max-sm:row-start-1 max-sm:min-w-0">
                    <div className="flex items-center gap-3">
                      <Avatar className="size-8">
                        <AvatarFallback className="text-xs">{initials(member.name)}</AvatarFallback>
                      </Avatar>
                      <div className="min-w-0">
                        <p className="truncate font-medium">
                          {member.name} {self && <span className="text-muted-foreground">(you)</span>}
                        </p>
                        <p className="truncate text-xs text-muted-foreground">{member.email}</p>
                      </div>
                    </div>
                  </TableCell>
                  <TableCell className="max-sm:col-span-2 max-sm:pt-0">
                    {canSetRole ? (
                      <RoleSelect
                        value={member.role}
                        label={`Role of ${member.name}`}
                        disabled={update.isPending}
                        onChange={(next) => next !== member.role && void changeRole(member, next)}
                      />
                    ) : (
                      <Badge variant={member.role === "LEAD" ? "default" : "secondary"}>
                        {ROLE_LABELS[member.role]}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell className="max-sm:col-span-2 max-sm:pt-0 max-sm:whitespace-normal">
                    <MemberSkillChips
                      skills={member.skills}
                      action={
                        canSetSkills && (
                          <Button
                            variant="ghost"
                            size="icon"
                            className="size-7"
                            aria-label={`Edit skills of ${member.name}`}
                            onClick={() => setEditingSkills(member)}
                          >
                            <Pencil className="size-3.5" aria-hidden="true" />
                          </Button>
                        )
                      }
                    />
                  </TableCell>
                  <TableCell className="text-right max-sm:col-start-2 max-sm:row-start-1">
                    {canRemove && (
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => setRemoving(member)}
                        aria-label={self ? "Leave team" : `Remove ${member.name}`}
                      >
                        <UserMinus className="size-4" aria-hidden="true" />
                        {self ? "Leave" : "Remove"}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>

      <SkillsDialog
        open={editingSkills !== null}
        onOpenChange={(open) => !open && setEditingSkills(null)}
        memberName={editingSkills?.name ?? ""}
        skills={editingSkills?.skills ?? NO_SKILLS}
        onSave={async (skills) => {
          if (!editingSkills) return;
          await setSkills.mutateAsync({ memberId: editingSkills.id, ...skills });
          toast.success("Skills saved.");
        }}
      />

      <AlertDialog open={removing !== null} onOpenChange={(open) => !open && setRemoving(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              {removing?.userId === currentUserId ? "Leave this team?" : `Remove ${removing?.name}?`}
            </AlertDialogTitle>
            <AlertDialogDescription>
              {removing?.userId === currentUserId
                ? "You lose access to its projects until someone invites you again."
                : "They lose access to the team's projects. You can invite them again later."}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={() => removing && void confirmRemove(removing)}>
              {removing?.userId === currentUserId ? "Leave team" : "Remove member"}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}

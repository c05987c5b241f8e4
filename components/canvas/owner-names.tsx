"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";

// Owner names reach the node cards through context, not node data, so renaming a
// member never rewrites the diagram and cards re-render only when the list changes.
const OwnerNames = createContext<ReadonlyMap<string, string>>(new Map());

export function OwnerNamesProvider({
  members,
  children,
}: {
  members: { id: string; name: string }[];
  children: ReactNode;
}) {
  const map = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  return <OwnerNames.Provider value={map}>{children}</OwnerNames.Provider>;
}

export function useOwnerName(ownerId: string | null): string | null {
  const names = useContext(OwnerNames);
  return ownerId ? (names.get(ownerId) ?? "Former member") : null;
}

"use client";

import { createContext, useContext } from "react";
import type { Stage } from "@/lib/pipeline/types";
import type { ItemRelation } from "@/lib/roadmap/item-permissions";
import type { RoadmapStatus } from "@/lib/roadmap/types";
import type { TTeamRole } from "@/lib/teams/roles";
import type { TRoadmapItem } from "@/lib/validation/roadmap";

// What every view (board, table, my items) does with an item, provided once by the
// Roadmap workspace so cards and rows stay small. The server checks every one of these again.

export type RoadmapViewer = { role: TTeamRole; membershipId: string | null; userId: string };

export type CardMove = "up" | "down" | { stage: Stage };

export type RoadmapActions = {
  viewer: RoadmapViewer;
  canPlan: boolean;
  relationOf: (item: TRoadmapItem) => ItemRelation;
  canSetStatus: (item: TRoadmapItem) => boolean;
  openItem: (item: TRoadmapItem) => void;
  setStatus: (item: TRoadmapItem, status: RoadmapStatus) => void;
  move: (item: TRoadmapItem, move: CardMove) => void;
  askDelete: (item: TRoadmapItem) => void;
};

const Context = createContext<RoadmapActions | null>(null);

export const RoadmapActionsProvider = Context.Provider;

export function useRoadmapActions(): RoadmapActions {
  const actions = useContext(Context);
  if (!actions) throw new Error("useRoadmapActions outside RoadmapActionsProvider");
  return actions;
}

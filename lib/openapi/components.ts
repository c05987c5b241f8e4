import { ZProjectBackup } from "@/lib/backup/format";
import { ZCatalogTool } from "@/lib/catalog/schema";
import { ZAssessment, ZAssessmentSummary } from "@/lib/validation/assessment-records";
import { ZAssessmentResult, ZNextPractice, ZQuestionBank } from "@/lib/validation/assessments";
import { ZChoice } from "@/lib/validation/choices";
import { ZCuid, ZTimestamp } from "@/lib/validation/common";
import { ZCellAnalysis, ZCellPreview, ZNotebookStep } from "@/lib/validation/notebooks";
import { ZPipelineDiagram, ZPipelineEdgeOutput, ZPipelineNodeOutput } from "@/lib/validation/pipeline";
import { ZGap, ZRecommendations, ZToolPick } from "@/lib/validation/recommendations";
import { ZRoadmapHistoryEvent, ZRoadmapItem, ZRoadmapMember } from "@/lib/validation/roadmap";
import { ZMemberSkills, ZTeamProfile } from "@/lib/validation/team-profile";
import { ZInvitation, ZMember, ZTeam, ZTeamSummary } from "@/lib/validation/teams";

// Schemas written once in components.schemas and referenced wherever an operation uses them
// (zod-openapi matches them by identity): without them the document repeats every team, item
// and timestamp inline and weighs megabytes. A schema used both as input and output may
// appear twice, the output one suffixed "Output".

export const NAMED_SCHEMAS = {
  Id: ZCuid,
  ProjectBackup: ZProjectBackup,
  Timestamp: ZTimestamp,
  Team: ZTeam,
  TeamSummary: ZTeamSummary,
  TeamProfile: ZTeamProfile,
  Member: ZMember,
  MemberSkills: ZMemberSkills,
  Invitation: ZInvitation,
  PipelineDiagram: ZPipelineDiagram,
  PipelineNode: ZPipelineNodeOutput,
  PipelineEdge: ZPipelineEdgeOutput,
  CellAnalysis: ZCellAnalysis,
  CellPreview: ZCellPreview,
  NotebookStep: ZNotebookStep,
  QuestionBank: ZQuestionBank,
  Assessment: ZAssessment,
  AssessmentSummary: ZAssessmentSummary,
  AssessmentResult: ZAssessmentResult,
  NextPractice: ZNextPractice,
  CatalogTool: ZCatalogTool,
  Recommendations: ZRecommendations,
  Gap: ZGap,
  ToolPick: ZToolPick,
  Choice: ZChoice,
  RoadmapItem: ZRoadmapItem,
  RoadmapMember: ZRoadmapMember,
  RoadmapHistoryEvent: ZRoadmapHistoryEvent,
};

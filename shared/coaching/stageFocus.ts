// What the method says to focus on in each relationship stage (关系阶段). The words are the UI's
// (coaching.focus.<id>); the stage rules in ./rules/stage.ts check the parts the data can show.
import type { RelationshipStage } from '../domain/model';

export type StageFocus =
  | 'buildTrust'
  | 'meetTopDecisionMaker'
  | 'qualifyAccount'
  | 'preventSurprises'
  | 'answerCrises'
  | 'insideProcesses'
  | 'deepen'
  | 'mutualBenefit'
  | 'growSales';

export const STAGE_FOCUS: Record<RelationshipStage, readonly StageFocus[]> = {
  // Establish (建立关系): the costliest, most decisive stage.
  establish: ['buildTrust', 'meetTopDecisionMaker', 'qualifyAccount'],
  // Stabilize (稳定关系): no surprises; being inside their processes and helping in a crisis (立功).
  stabilize: ['preventSurprises', 'answerCrises', 'insideProcesses'],
  // Strengthen (加强关系): mutual benefit, each a key account of the other; grow what we sell.
  strengthen: ['deepen', 'mutualBenefit', 'growSales'],
};

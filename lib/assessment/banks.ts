import { BANK_V1 } from "./bank-v1";
import type { QuestionBank } from "./types";

// Every question bank ever shipped: a stored assessment names its bank version and must still
// render (and re-score) after the bank changes, so old versions are never removed.

const BANKS: readonly QuestionBank[] = [BANK_V1];

/** The bank new assessments are answered against: the highest version. */
export const CURRENT_BANK: QuestionBank = BANKS.reduce((a, b) => (b.version > a.version ? b : a));

export function bankByVersion(version: number): QuestionBank | undefined {
  return BANKS.find((b) => b.version === version);
}

/** All shipped versions, oldest first. */
export function bankVersions(): number[] {
  return BANKS.map((b) => b.version).sort((a, b) => a - b);
}

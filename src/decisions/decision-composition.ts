import type { Violation } from '@app/cases/entities/violation.entity';
import type { ActLine, DecisionContent, StoredChoice } from '@app/decisions/decision-content';
import { actLineOf } from '@app/decisions/decision-pdf-input';
import type { Worksheet } from '@libs/legal';
import { applyOfficerChoice, choiceBands } from '@libs/legal/officer-choice';
import { decisionLines, type MeasureLine } from '@libs/legal/sanctions';

/** The violation as a decision reads it. */
export type DecisionViolation = Pick<Violation, 'id' | 'facts' | 'worksheet' | 'worksheetComputedAt' | 'limitationLastDay'>;

/** An act of the draft: the violation, its worksheet as the decision uses it (choice applied), the choice. */
export interface ComposedAct {
  violation: DecisionViolation;
  worksheet: Worksheet;
  choice: StoredChoice | null;
  /** A choice made against a worksheet that was recomputed since: it no longer counts (issue 13). */
  staleChoice: StoredChoice | null;
}

/** What a draft imposes, derived in one place: the acts with the officer's choices, and the structured list. */
export interface Composition {
  acts: ComposedAct[];
  actLines: ActLine[];
  measures: MeasureLine[];
  /** Edits of lines that no longer exist (the worksheet was recomputed): ignored, listed for the officer. */
  orphanEdits: string[];
  /** The draft's free-text remedial wordings that found no pre-filled line, and its free-text additional sanctions. */
  unattached: { remedial: number; additional: number };
}

/** The choice counts only against the worksheet it was checked on (a recomputation invalidates it). */
function applyChoice(v: DecisionViolation, choices: readonly StoredChoice[]): ComposedAct {
  const choice = choices.find((c) => c.violationId === v.id) ?? null;
  if (choice === null) return { violation: v, worksheet: v.worksheet, choice: null, staleChoice: null };
  if (choice.worksheetComputedAt !== v.worksheetComputedAt.toISOString()) return { violation: v, worksheet: v.worksheet, choice: null, staleChoice: choice };
  try {
    return { violation: v, worksheet: applyOfficerChoice(v.worksheet, choice), choice, staleChoice: null };
  } catch {
    // Checked when made against this very worksheet; a worksheet that no longer takes it makes it stale.
    return { violation: v, worksheet: v.worksheet, choice: null, staleChoice: choice };
  }
}

/** The draft's acts (violations still on the case, in the draft's order), choices applied, and what it imposes. */
export function compose(content: DecisionContent, violations: readonly (DecisionViolation | undefined)[]): Composition {
  const acts = violations.filter((v): v is DecisionViolation => v !== undefined).map((v) => applyChoice(v, content.choices ?? []));
  const actLines = acts.map((a) => {
    const made = a.choice ?? a.staleChoice;
    const bands = choiceBands(a.violation.worksheet.acts[0]);
    return {
      ...actLineOf(a.violation, a.worksheet),
      bands: bands.amount === null && bands.months === null ? null : bands,
      choice: made ? { amountVnd: made.amountVnd, suspensionMonths: made.suspensionMonths, reason: made.reason, chosenAt: made.chosenAt, stale: a.choice === null } : null,
    };
  });
  const { lines, orphanEdits, unattached } = decisionLines(
    acts.map((a) => ({ violationId: a.violation.id, act: a.worksheet.acts[0], licence: content.licence ?? null })),
    content.remedialMeasures,
    content.measureEdits ?? [],
    content.measureAdditions ?? [],
  );
  return { acts, actLines, measures: lines, orphanEdits, unattached: { remedial: unattached, additional: content.additionalSanctions.length } };
}

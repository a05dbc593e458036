import { DecisionKind, DecisionStanding } from '@app/decisions/decisions.enums';

/** An issued decision as the public verification names it: its kind, number and date. */
export interface DecisionRef {
  kind: DecisionKind;
  number: string;
  issuedOn: string;
}

export interface IssuedDecisionRef extends DecisionRef {
  issuedAt: Date;
}

export interface Standing {
  standing: DecisionStanding;
  /** The decision that gave the standing; null while in force. */
  changedBy: DecisionRef | null;
}

/**
 * Which later decisions of a chain change what a decision of `kind` says. A sanction decision (MQĐ02) is changed by
 * every decision that refers to it: annulled (hủy bỏ, MQĐ40), amended (sửa đổi, bổ sung, MQĐ38) or corrected (đính
 * chính, MQĐ39). An amendment's figures give way to a later amendment and to an annulment of the chain; a correction
 * only to an annulment; an annulment stands. (Forms MQĐ38–40, NĐ 118/2021 appendix; every one of them refers to the
 * sanction decision itself, see DecisionsService.correct.)
 */
function changedByKinds(kind: DecisionKind): readonly DecisionKind[] {
  switch (kind) {
    case DecisionKind.Sanction:
      return [DecisionKind.Annul, DecisionKind.Amend, DecisionKind.Correct];
    case DecisionKind.Amend:
      return [DecisionKind.Annul, DecisionKind.Amend];
    case DecisionKind.Correct:
      return [DecisionKind.Annul];
    case DecisionKind.Annul:
      return [];
  }
}

/**
 * Tình trạng hiệu lực of an issued decision from the decisions of its chain issued after it: an annulment wins, then
 * the latest amendment, then the latest correction (the order `standingOf` uses for the department's own view).
 */
export function standingOf(kind: DecisionKind, later: readonly IssuedDecisionRef[]): Standing {
  const relevant = changedByKinds(kind);
  const inOrder = later.filter((d) => relevant.includes(d.kind)).sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const last = (k: DecisionKind) => inOrder.filter((d) => d.kind === k).at(-1);
  const ref = (d: IssuedDecisionRef): DecisionRef => ({ kind: d.kind, number: d.number, issuedOn: d.issuedOn });
  const annulment = last(DecisionKind.Annul);
  if (annulment) return { standing: DecisionStanding.Annulled, changedBy: ref(annulment) };
  const amendment = last(DecisionKind.Amend);
  if (amendment) return { standing: DecisionStanding.Amended, changedBy: ref(amendment) };
  const correction = last(DecisionKind.Correct);
  if (correction) return { standing: DecisionStanding.Corrected, changedBy: ref(correction) };
  return { standing: DecisionStanding.InForce, changedBy: null };
}

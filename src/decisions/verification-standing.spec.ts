import { DecisionKind, DecisionStanding } from '@app/decisions/decisions.enums';
import { IssuedDecisionRef, standingOf } from '@app/decisions/verification-standing';

const at = (kind: DecisionKind, n: number): IssuedDecisionRef => ({
  kind,
  number: `${String(n).padStart(2, '0')}/QĐ-XPHC`,
  issuedOn: `2026-11-${String(10 + n).padStart(2, '0')}`,
  issuedAt: new Date(Date.UTC(2026, 10, 10 + n, 3)),
});

describe('standing of an issued decision on the public verification', () => {
  it('should keep a sanction decision in force while nothing refers to it', () => {
    expect(standingOf(DecisionKind.Sanction, [])).toEqual({ standing: DecisionStanding.InForce, changedBy: null });
  });

  it('should name the annulment whatever else came before or after it (MQĐ40 wins)', () => {
    const later = [at(DecisionKind.Amend, 2), at(DecisionKind.Annul, 3), at(DecisionKind.Correct, 4)];
    expect(standingOf(DecisionKind.Sanction, later)).toEqual({
      standing: DecisionStanding.Annulled,
      changedBy: { kind: DecisionKind.Annul, number: '03/QĐ-XPHC', issuedOn: '2026-11-13' },
    });
  });

  it('should name the latest amendment, then the latest correction', () => {
    expect(standingOf(DecisionKind.Sanction, [at(DecisionKind.Amend, 5), at(DecisionKind.Correct, 6), at(DecisionKind.Amend, 2)]).changedBy?.number).toBe('05/QĐ-XPHC');
    expect(standingOf(DecisionKind.Sanction, [at(DecisionKind.Correct, 2), at(DecisionKind.Correct, 3)])).toMatchObject({
      standing: DecisionStanding.Corrected,
      changedBy: { number: '03/QĐ-XPHC' },
    });
  });

  it('should let a later amendment or an annulment overtake an amendment, and only an annulment a correction', () => {
    expect(standingOf(DecisionKind.Amend, [at(DecisionKind.Amend, 4)]).standing).toBe(DecisionStanding.Amended);
    expect(standingOf(DecisionKind.Amend, [at(DecisionKind.Correct, 4)]).standing).toBe(DecisionStanding.InForce);
    expect(standingOf(DecisionKind.Correct, [at(DecisionKind.Amend, 4), at(DecisionKind.Correct, 5)]).standing).toBe(DecisionStanding.InForce);
    expect(standingOf(DecisionKind.Correct, [at(DecisionKind.Annul, 4)]).standing).toBe(DecisionStanding.Annulled);
  });

  it('should keep an annulment in force', () => {
    expect(standingOf(DecisionKind.Annul, [at(DecisionKind.Correct, 9)]).standing).toBe(DecisionStanding.InForce);
  });
});

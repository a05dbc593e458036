import fc from 'fast-check';
import { availableActions, CaseFacts, checkTransition, isAllowed } from './state-machine';
import { CaseAction, CaseStatus, ClosureReason, ExplanationOutcome } from './status';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  status: CaseStatus.Open,
  inspectionCount: 0,
  violationCount: 0,
  recordSigned: false,
  explanationApplies: false,
  explanationLastDay: null,
  explanationOutcome: null,
  limitationLastDay: null,
  today: '2026-05-04',
  ...over,
});

const recorded = (over: Partial<CaseFacts> = {}): CaseFacts =>
  facts({ status: CaseStatus.ViolationsRecorded, inspectionCount: 1, violationCount: 1, recordSigned: true, limitationLastDay: '2028-04-01', ...over });

const missing = (action: CaseAction, f: CaseFacts, reason?: ClosureReason): string => {
  const result = checkTransition(action, f, reason);
  if (result.allowed) throw new Error(`expected ${action} to be refused`);
  return result.missing.key;
};

const to = (action: CaseAction, f: CaseFacts, reason?: ClosureReason): CaseStatus => {
  const result = checkTransition(action, f, reason);
  if (!result.allowed) throw new Error(`expected ${action} to be allowed: ${result.missing.message}`);
  return result.to;
};

describe('case state machine', () => {
  describe('start inspection', () => {
    it('moves an open case with a logged inspection to inspecting', () => {
      expect(to(CaseAction.StartInspection, facts({ inspectionCount: 1 }))).toBe(CaseStatus.Inspecting);
    });

    it('names the missing inspection when none is logged', () => {
      expect(missing(CaseAction.StartInspection, facts())).toBe('inspection');
    });

    it('refuses a case already past it', () => {
      expect(missing(CaseAction.StartInspection, recorded())).toBe('status');
    });
  });

  describe('record violations (signing the record)', () => {
    const inspecting = facts({ status: CaseStatus.Inspecting, inspectionCount: 1, violationCount: 1, recordSigned: true });

    it('moves an inspecting case with a violation and a signed record to violations recorded (LXLVPHC Đ58)', () => {
      expect(to(CaseAction.RecordViolations, inspecting)).toBe(CaseStatus.ViolationsRecorded);
    });

    it('needs a violation, then a signed record, then the inspecting status, in that order', () => {
      expect(missing(CaseAction.RecordViolations, { ...inspecting, violationCount: 0 })).toBe('violation');
      expect(missing(CaseAction.RecordViolations, { ...inspecting, recordSigned: false })).toBe('violation_record');
      expect(missing(CaseAction.RecordViolations, { ...inspecting, status: CaseStatus.Open })).toBe('status');
    });
  });

  describe('await explanation (LXLVPHC Đ61 k1)', () => {
    it('opens the window only when the right to explain applies', () => {
      expect(to(CaseAction.AwaitExplanation, recorded({ explanationApplies: true, explanationLastDay: '2026-05-08' }))).toBe(CaseStatus.AwaitingExplanation);
      expect(missing(CaseAction.AwaitExplanation, recorded())).toBe('explanation_right');
    });
  });

  describe('ready for decision', () => {
    it('goes straight from violations recorded when there is no right to explain', () => {
      expect(to(CaseAction.MarkReadyForDecision, recorded())).toBe(CaseStatus.ReadyForDecision);
    });

    it('must pass through the explanation window when the right applies', () => {
      expect(missing(CaseAction.MarkReadyForDecision, recorded({ explanationApplies: true, explanationLastDay: '2026-05-01' }))).toBe('await_explanation');
    });

    it('waits for the explanation window to pass unless the explanation was received or waived (LXLVPHC Đ61)', () => {
      const awaiting = recorded({ status: CaseStatus.AwaitingExplanation, explanationApplies: true, explanationLastDay: '2026-05-08' });
      expect(missing(CaseAction.MarkReadyForDecision, awaiting)).toBe('explanation_window');
      expect(missing(CaseAction.MarkReadyForDecision, { ...awaiting, today: '2026-05-08' })).toBe('explanation_window');
      expect(to(CaseAction.MarkReadyForDecision, { ...awaiting, today: '2026-05-09' })).toBe(CaseStatus.ReadyForDecision);
      expect(to(CaseAction.MarkReadyForDecision, { ...awaiting, explanationOutcome: ExplanationOutcome.Received })).toBe(CaseStatus.ReadyForDecision);
      expect(to(CaseAction.MarkReadyForDecision, { ...awaiting, explanationOutcome: ExplanationOutcome.Waived })).toBe(CaseStatus.ReadyForDecision);
    });
  });

  describe('decide', () => {
    const ready = recorded({ status: CaseStatus.ReadyForDecision });

    it('moves a ready case to decided', () => {
      expect(to(CaseAction.Decide, ready)).toBe(CaseStatus.Decided);
    });

    it('names the missing violation record before anything else, even on an open case', () => {
      const result = checkTransition(CaseAction.Decide, facts({ inspectionCount: 1, violationCount: 1 }));
      expect(result).toEqual({ allowed: false, missing: { key: 'violation_record', message: expect.stringContaining('violation record') } });
    });

    it('refuses while the explanation window is open', () => {
      const f = { ...ready, explanationApplies: true, explanationLastDay: '2026-05-08', status: CaseStatus.ReadyForDecision };
      expect(missing(CaseAction.Decide, f)).toBe('explanation_window');
    });

    it('refuses a time-barred case (LXLVPHC Đ6 k1, Đ65 k1)', () => {
      expect(missing(CaseAction.Decide, { ...ready, limitationLastDay: '2026-05-03' })).toBe('limitation');
      expect(to(CaseAction.Decide, { ...ready, limitationLastDay: '2026-05-04' })).toBe(CaseStatus.Decided);
    });

    it('asks to mark the case ready when everything else is there', () => {
      const result = checkTransition(CaseAction.Decide, recorded());
      expect(result.allowed).toBe(false);
      expect(!result.allowed && result.missing.message).toMatch(/mark the case ready for decision first/);
    });
  });

  describe('execute and close', () => {
    it('executes a decided case and closes an executed one', () => {
      expect(to(CaseAction.Execute, recorded({ status: CaseStatus.Decided }))).toBe(CaseStatus.Executed);
      expect(to(CaseAction.Close, recorded({ status: CaseStatus.Executed }))).toBe(CaseStatus.Closed);
    });

    it('does not execute an undecided case nor close an unexecuted one', () => {
      expect(missing(CaseAction.Execute, recorded({ status: CaseStatus.ReadyForDecision }))).toBe('status');
      expect(missing(CaseAction.Close, recorded({ status: CaseStatus.Decided }))).toBe('status');
    });
  });

  describe('close without sanction (LXLVPHC Đ65 k1)', () => {
    it.each([CaseStatus.Open, CaseStatus.Inspecting, CaseStatus.ViolationsRecorded, CaseStatus.AwaitingExplanation, CaseStatus.ReadyForDecision])(
      'closes a %s case for no violation',
      (status) => {
        expect(to(CaseAction.CloseWithoutSanction, facts({ status }), ClosureReason.NoViolation)).toBe(CaseStatus.Closed);
      },
    );

    it('refuses once a decision exists', () => {
      expect(missing(CaseAction.CloseWithoutSanction, recorded({ status: CaseStatus.Decided }), ClosureReason.NoViolation)).toBe('status');
    });

    it('accepts "limitation expired" only after the limitation really ended (LXLVPHC Đ6 k1)', () => {
      expect(missing(CaseAction.CloseWithoutSanction, recorded({ limitationLastDay: '2026-05-04' }), ClosureReason.LimitationExpired)).toBe('limitation');
      expect(missing(CaseAction.CloseWithoutSanction, facts(), ClosureReason.LimitationExpired)).toBe('limitation');
      expect(to(CaseAction.CloseWithoutSanction, recorded({ limitationLastDay: '2026-05-03' }), ClosureReason.LimitationExpired)).toBe(CaseStatus.Closed);
    });

    it('keeps "sanction executed" for the normal close', () => {
      expect(missing(CaseAction.CloseWithoutSanction, facts(), ClosureReason.SanctionExecuted)).toBe('closure_reason');
    });
  });

  it('refuses every action on a closed case', () => {
    for (const action of Object.values(CaseAction)) {
      expect(missing(action, recorded({ status: CaseStatus.Closed }), ClosureReason.NoViolation)).toBe('closed');
    }
  });

  it('lists the actions available now', () => {
    expect(availableActions(facts({ inspectionCount: 1 }))).toEqual([CaseAction.StartInspection, CaseAction.CloseWithoutSanction]);
    expect(availableActions(recorded())).toEqual([CaseAction.MarkReadyForDecision, CaseAction.CloseWithoutSanction]);
  });

  it('answers isAllowed exactly as checkTransition(...).allowed, for any facts, action and closure reason', () => {
    const day = fc.option(fc.constantFrom('2026-05-01', '2026-05-04', '2026-05-08'), { nil: null });
    const anyFacts = fc.record({
      status: fc.constantFrom(...Object.values(CaseStatus)),
      inspectionCount: fc.nat(2),
      violationCount: fc.nat(2),
      recordSigned: fc.boolean(),
      explanationApplies: fc.boolean(),
      explanationLastDay: day,
      explanationOutcome: fc.option(fc.constantFrom(...Object.values(ExplanationOutcome)), { nil: null }),
      limitationLastDay: day,
      today: fc.constantFrom('2026-05-01', '2026-05-04', '2026-05-08'),
    });
    const reason = fc.option(fc.constantFrom(...Object.values(ClosureReason)), { nil: undefined });
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...Object.values(CaseAction)), reason, (f, action, r) => {
        expect(isAllowed(action, f, r)).toBe(checkTransition(action, f, r).allowed);
      }),
      { numRuns: 5000 },
    );
  });
});

import type { SanctionDecision } from '@app/decisions/decision.entity';
import type { DocumentRecord } from '@app/documents/document.entity';
import type { ChainDecision, ExecutionRecords, ExecutionState } from '@app/execution/execution-state';

/** An issued sanction decision with what its execution file holds, loaded inside one transaction. */
export interface ExecutionContext {
  decision: SanctionDecision & { snapshot: NonNullable<SanctionDecision['snapshot']>; number: string; issuedOn: string };
  chain: ChainDecision[];
  records: ExecutionRecords;
  state: ExecutionState;
  today: string;
}

/** What a write did: the audit entry's action and record, and documents to dispatch after commit. */
export interface ExecutionChange {
  action: string;
  after: object;
  documents?: DocumentRecord[];
}


import { EntityManager } from 'typeorm';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionKind, DecisionStatus } from '@app/decisions/decisions.enums';
import { SanctionDecisionLine } from '@app/decisions/decision-line.entity';
import { pressAgencyJoin, subjectKindSql } from '@app/cases/subject-kind';
import { imposedOnActs } from '@libs/legal/sanctions';
import { decisionLineValues, ReportSubjectKind, type DecisionLineValues } from '@libs/reports';

interface ChainRoot {
  id: string;
  issuedOn: string;
  issuingBodyCode: string;
}

/** The original sanction decision a correction refers to (following the links, in case one ever points at another). */
async function chainRoot(manager: EntityManager, d: SanctionDecision): Promise<ChainRoot> {
  if (d.kind === DecisionKind.Sanction) return { id: d.id, issuedOn: d.issuedOn as string, issuingBodyCode: d.issuingBodyCode };
  const rows: { id: string; issued_on: string; issuing_body_code: string }[] = await manager.query(
    `with recursive up as (
       select id, kind, original_decision_id, issued_on, issuing_body_code, 0 as depth from sanction_decisions where id = $1
       union all
       select s.id, s.kind, s.original_decision_id, s.issued_on, s.issuing_body_code, up.depth + 1
         from sanction_decisions s join up on s.id = up.original_decision_id where up.depth < 20)
     select id, to_char(issued_on, 'YYYY-MM-DD') as issued_on, issuing_body_code from up where kind = 'sanction' order by depth limit 1`,
    [d.originalDecisionId],
  );
  if (rows.length === 0 || !rows[0].issued_on) throw new Error(`decision ${d.id}: no issued sanction decision at the root of its chain`);
  return { id: rows[0].id, issuedOn: rows[0].issued_on, issuingBodyCode: rows[0].issuing_body_code };
}

async function subjectKindOf(manager: EntityManager, caseId: string): Promise<ReportSubjectKind> {
  const rows: { kind: ReportSubjectKind }[] = await manager.query(
    `select ${subjectKindSql('c', 'pa')} as kind from inspection_cases c ${pressAgencyJoin('c', 'pa')} where c.id = $1`,
    [caseId],
  );
  return rows[0]?.kind ?? ReportSubjectKind.Other;
}

/**
 * Whether this decision's lines are the chain's figures from now on. "Counts once" (issue 6): an amendment (sửa đổi,
 * bổ sung, MQĐ38) replaces the figures with its own acts; an annulment (hủy bỏ, MQĐ40) removes the chain; a correction
 * (đính chính, MQĐ39) fixes wording and changes no figure. Lines of the decisions they supersede stop counting.
 */
function takesOver(kind: DecisionKind): { supersedes: boolean; effective: boolean } {
  switch (kind) {
    case DecisionKind.Sanction:
      return { supersedes: false, effective: true };
    case DecisionKind.Amend:
      return { supersedes: true, effective: true };
    case DecisionKind.Annul:
      return { supersedes: true, effective: false };
    case DecisionKind.Correct:
      return { supersedes: false, effective: false };
  }
}

/**
 * One line per act: the fine from the frozen worksheets (the officer's choice applied), and what else the decision
 * imposes from its structured list, the same list the PDF printed, so a dropped suspension is counted nowhere.
 * Decisions issued before the list existed (issue 13) count what their worksheets carried, as they always did.
 */
export function lineValues(snapshot: NonNullable<SanctionDecision['snapshot']>): DecisionLineValues[] {
  const values = decisionLineValues(snapshot.worksheets);
  if (snapshot.measures === undefined) return values;
  const imposed = imposedOnActs(snapshot.measures, snapshot.worksheets.map((w) => w.violationId));
  return values.map((v) => {
    const on = v.violationId === null ? undefined : imposed.get(v.violationId);
    return on ? { ...v, ...on } : v;
  });
}

/**
 * Writes the report lines of an issued decision (one per act of its frozen worksheets) inside the issuing transaction,
 * and moves the chain's "effective" flag. Idempotent: a decision already recorded is left as it is.
 */
export async function recordDecisionLines(manager: EntityManager, decisionId: string): Promise<void> {
  const d = await manager.findOneBy(SanctionDecision, { id: decisionId });
  if (!d || d.status !== DecisionStatus.Issued || !d.issuedOn || !d.snapshot) {
    throw new Error(`decision ${decisionId} is not an issued decision with a snapshot`);
  }
  const root = await chainRoot(manager, d);
  // One chain at a time: two corrections of one decision issued at once must not both stay effective.
  await manager.query(`select pg_advisory_xact_lock(hashtext('press-inspect:decision-chain'), hashtext($1))`, [root.id]);
  if (await manager.exists(SanctionDecisionLine, { where: { decisionId } })) return;
  const { supersedes, effective } = takesOver(d.kind);
  const annulled = await manager.exists(SanctionDecision, {
    where: { originalDecisionId: root.id, kind: DecisionKind.Annul, status: DecisionStatus.Issued },
  });
  if (supersedes) await manager.update(SanctionDecisionLine, { chainId: root.id, effective: true }, { effective: false });
  const subjectKind = await subjectKindOf(manager, d.caseId);
  const lines = lineValues(d.snapshot).map(({ code, ...v }) =>
    manager.create(SanctionDecisionLine, {
      ...v,
      catalogueCode: code,
      departmentId: d.departmentId,
      decisionId: d.id,
      chainId: root.id,
      caseId: d.caseId,
      year: Number(root.issuedOn.slice(0, 4)),
      issuedOn: d.issuedOn as string,
      issueYear: Number((d.issuedOn as string).slice(0, 4)),
      decisionKind: d.kind,
      issuingBodyCode: root.issuingBodyCode,
      subjectKind,
      effective: effective && !annulled,
    }),
  );
  if (lines.length > 0) await manager.save(SanctionDecisionLine, lines);
}

/**
 * Records the lines of every issued decision that has none yet, in issue order (originals before their corrections).
 * For decisions issued before `recordDecisionLines` was called from the issuing transaction; a no-op afterwards.
 */
export async function recordMissingDecisionLines(manager: EntityManager): Promise<number> {
  const missing: { id: string }[] = await manager.query(
    `select d.id from sanction_decisions d
      where d.status = 'issued' and not exists (select 1 from sanction_decision_lines l where l.decision_id = d.id)
      order by d.issued_at, d.original_decision_id nulls first, d.id`,
  );
  for (const { id } of missing) await recordDecisionLines(manager, id);
  return missing.length;
}

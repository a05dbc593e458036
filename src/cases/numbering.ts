import { EntityManager } from 'typeorm';

/** Kinds of numbered documents: this module's, and the decisions' sequence per issuing body ("NN/QĐ-XPHC"). */
export type NumberKind = 'case' | 'violation_record' | 'qd-xphc:department' | 'qd-xphc:provincial_committee';

/**
 * The next number of `kind` for the department and year, taken inside the caller's transaction. The upsert locks
 * the counter row until commit: a second transaction waits, and a rollback gives the number back, so numbers run
 * 1, 2, 3 … without gaps or repeats (NĐ 30/2020 Đ15: numbers restart each calendar year).
 */
export async function nextNumber(manager: EntityManager, departmentId: string, year: number, kind: NumberKind): Promise<number> {
  const rows: { last_value: number }[] = await manager.query(
    `insert into case_number_counters (department_id, year, kind, last_value) values ($1, $2, $3, 1)
     on conflict (department_id, year, kind) do update set last_value = case_number_counters.last_value + 1
     returning last_value`,
    [departmentId, year, kind],
  );
  return rows[0].last_value;
}

/** Số hồ sơ: "15/2026/HS" (HS = hồ sơ vụ việc). */
export const caseNumber = (sequence: number, year: number): string => `${sequence}/${year}/HS`;

/** Số biên bản: "12/BB-VPHC", as form MBB01 prints it; below 10 zero-padded, "05/BB-VPHC" (NĐ 30/2020 Phụ lục I). */
export const recordNumber = (sequence: number): string => `${String(sequence).padStart(2, '0')}/BB-VPHC`;

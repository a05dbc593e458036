import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NumberKind } from '@app/cases/numbering';

/** Số: the gapless counters of cases, violation records and decisions (table case_number_counters). */
@Injectable()
export class NumberingRepository {
  /**
   * The next number of `kind` for the department and year, taken inside the caller's transaction. The upsert locks
   * the counter row until commit: a second transaction waits, and a rollback gives the number back, so numbers run
   * 1, 2, 3 … without gaps or repeats (NĐ 30/2020 Đ15: numbers restart each calendar year). `kind` is the counter's
   * key: one of this module's NumberKind, or another module's own kinds (execution's "qd-npnl" …), which the cases
   * module does not need to know.
   */
  async next(manager: EntityManager, departmentId: string, year: number, kind: NumberKind | (string & {})): Promise<number> {
    const rows: { last_value: number }[] = await manager.query(
      `insert into case_number_counters (department_id, year, kind, last_value) values ($1, $2, $3, 1)
       on conflict (department_id, year, kind) do update set last_value = case_number_counters.last_value + 1
       returning last_value`,
      [departmentId, year, kind],
    );
    return rows[0].last_value;
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number given per department, year and kind ("case", "violation_record"). Taken with an upsert
 * inside the creating transaction: the row stays locked until commit, so numbers are gapless and never repeat.
 */
@Entity('case_number_counters')
export class CaseNumberCounter {
  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'int' })
  lastValue!: number;
}

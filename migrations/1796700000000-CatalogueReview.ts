import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue revision 2 (issue 14, issue 12 finding 8).
 *
 * 1. Four-eyes review of the national catalogue: a change is a proposal until a second legal officer approves it (a
 *    new `approve` or `reject` row naming it). Each change records the shipped revision it was made against; the rows
 *    already stored were made under revision 1, when one officer's change took effect at once, and stay in effect
 *    (`catalogue_revision` 1). The enum gains its new values by a new type, not `ADD VALUE`, because the check
 *    constraint uses them in this same transaction.
 * 2. Stored case data that is not frozen (violations of cases not yet decided) and cites a code revision 2 replaced
 *    moves to the code of the same act, by meaning (superseded-2026-12.json `migrateTo`): 174/2026:Đ45.k1.đ meant
 *    ".vn" and is now Đ45.k1.d, Đ45.k1.e (servers) is now Đ45.k1.đ. Worksheets are snapshots and are not rewritten:
 *    a moved violation's worksheet still names the old row and is recomputed on request before the decision (issuing
 *    refuses it until then). Signed records, issued decisions and decided cases keep what they cited. Likewise the
 *    aggravating circumstance stored as LXLVPHC Đ10 k1 đ was labelled "abusing one's position", which the law puts at
 *    point e: it moves to e. Every move is audited.
 */
export class CatalogueReview1796700000000 implements MigrationInterface {
  name = 'CatalogueReview1796700000000';

  /** The data part on its own, so a test can run it over seeded case data (TypeORM loads only classes from here). */
  static readonly repointCaseData = (queryRunner: QueryRunner): Promise<void> => repointCaseData(queryRunner);
  static readonly codeMoves = (): readonly (readonly [string, string])[] => CODE_MOVES;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP CONSTRAINT "ck_catalogue_changes_payload"`);
    await queryRunner.query(`ALTER TYPE "public"."catalogue_change_kind" RENAME TO "catalogue_change_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."catalogue_change_kind" AS ENUM('add-version', 'verify', 'complete', 'approve', 'reject')`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ALTER COLUMN "kind" TYPE "public"."catalogue_change_kind" USING "kind"::"text"::"public"."catalogue_change_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."catalogue_change_kind_old"`);
    // Existing rows get revision 1 from the default (no row is updated, so the append-only trigger is not involved).
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ADD "catalogue_revision" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ALTER COLUMN "catalogue_revision" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ADD "proposal_id" uuid`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ADD "base_revision" integer`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ADD "official_text" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ADD CONSTRAINT "ck_catalogue_changes_payload" CHECK ((kind = 'add-version' AND "row" IS NOT NULL AND proposal_id IS NULL) OR (kind = 'verify' AND "row" IS NULL AND source IS NOT NULL AND proposal_id IS NULL) OR (kind = 'complete' AND "row" IS NOT NULL AND official_text IS NOT NULL AND proposal_id IS NULL) OR (kind IN ('approve', 'reject') AND "row" IS NULL AND proposal_id IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_catalogue_changes_decision" ON "catalogue_changes"  ("proposal_id") WHERE proposal_id IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ADD CONSTRAINT "FK_c60d5563498332677c2409173d7" FOREIGN KEY ("proposal_id") REFERENCES "catalogue_changes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await CatalogueReview1796700000000.repointCaseData(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Moved case data stays where it moved: the old codes are no longer in the catalogue.
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP CONSTRAINT "FK_c60d5563498332677c2409173d7"`);
    await queryRunner.query(`DROP INDEX "public"."uq_catalogue_changes_decision"`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP CONSTRAINT "ck_catalogue_changes_payload"`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP COLUMN "official_text"`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP COLUMN "base_revision"`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP COLUMN "proposal_id"`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP COLUMN "catalogue_revision"`);
    await queryRunner.query(`CREATE TYPE "public"."catalogue_change_kind_old" AS ENUM('add-version', 'verify')`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ALTER COLUMN "kind" TYPE "public"."catalogue_change_kind_old" USING "kind"::"text"::"public"."catalogue_change_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."catalogue_change_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."catalogue_change_kind_old" RENAME TO "catalogue_change_kind"`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ADD CONSTRAINT "ck_catalogue_changes_payload" CHECK ((kind = 'add-version' AND "row" IS NOT NULL) OR (kind = 'verify' AND "row" IS NULL AND source IS NOT NULL))`,
    );
  }
}

/**
 * Old code → the code of the same act in revision 2 (superseded-2026-12.json, frozen here as it was when this
 * migration was written). Only codes that changed are listed; a code re-researched under the same name needs no move.
 */
const CODE_MOVES: readonly (readonly [from: string, to: string])[] = [
  ['119/2020:Đ8.kTop.a', '119/2020:Đ8.k0.a'],
  ['119/2020:Đ8.kTop.b', '119/2020:Đ8.k0.b'],
  ['119/2020:Đ8.kTop.c', '119/2020:Đ8.k0.c'],
  ['119/2020:Đ8.kTop.d', '119/2020:Đ8.k0.d'],
  ['119/2020:Đ8.kTop.đ', '119/2020:Đ8.k0.đ'],
  ['119/2020:Đ8.kTop.e', '119/2020:Đ8.k0.e'],
  ['119/2020:Đ8.kTop.g', '119/2020:Đ8.k0.g'],
  ['119/2020:Đ8.false-minor', '119/2020:Đ8.k0.h'],
  ['119/2020:Đ8.false-serious', '119/2020:Đ8.k0.i'],
  ['119/2020:Đ8.false-very-serious', '119/2020:Đ8.k0.k'],
  ['119/2020:Đ8.k?.tonchi-nghiem-trong', '119/2020:Đ8.k0.l'],
  // The old row described all four acts of Đ9 k2 and led with false information given to the press (point d).
  ['119/2020:Đ9.k?.false-to-press', '119/2020:Đ9.k2.d'],
  ['119/2020:Đ10.warn', '119/2020:Đ10.k1'],
  ['119/2020:Đ10.1-3M', '119/2020:Đ10.k2'],
  ['119/2020:Đ10.3-5M', '119/2020:Đ10.k3'],
  ['119/2020:Đ10.10-20M', '119/2020:Đ10.k4'],
  ['119/2020:Đ20.k?.press-works-no-consent', '119/2020:Đ20.k1.e'],
  ['119/2020:Đ20.k?.not-per-licence', '119/2020:Đ20.k1'],
  ['119/2020:Đ20.k2.?custom', '119/2020:Đ20.k2'],
  ['119/2020:Đ20.k4.?map-false', '119/2020:Đ20.k4'],
  ['119/2020:Đ20.k?.top', '119/2020:Đ20.k6'],
  // The old row listed the acts of k1 and led with false information (point a).
  ['15/2020:Đ101.k1', '15/2020:Đ101.k1.a'],
  // Changed meaning: the OCR letters were wrong (".vn" is d, servers in Vietnam đ).
  ['174/2026:Đ45.k1.đ', '174/2026:Đ45.k1.d'],
  ['174/2026:Đ45.k1.e', '174/2026:Đ45.k1.đ'],
  ['174/2026:Đ92.k1', '174/2026:Đ92.k1.a'],
];

/** A violation is frozen once its case is decided (the decision froze its worksheet) or later. */
const NOT_FROZEN = `EXISTS (SELECT 1 FROM inspection_cases c WHERE c.id = v.case_id AND c.status NOT IN ('decided', 'executed', 'closed'))`;

/**
 * Moves the code of not-yet-frozen violations by meaning, in one statement (so đ → d and e → đ cannot chain), and
 * writes one audit event per moved violation in the same statement.
 */
async function repointCaseData(queryRunner: QueryRunner): Promise<void> {
  const values = CODE_MOVES.map((_, i) => `($${2 * i + 1}::text, $${2 * i + 2}::text)`).join(', ');
  await queryRunner.query(
    `WITH moves(old_code, new_code) AS (VALUES ${values}),
     changed AS (
       SELECT v.id, v.code AS old_code, m.new_code FROM case_violations v JOIN moves m ON m.old_code = v.code WHERE ${NOT_FROZEN}
     ),
     moved AS (
       UPDATE case_violations v SET code = changed.new_code, version = v.version + 1, updated_at = now()
       FROM changed WHERE v.id = changed.id
       RETURNING v.id, v.department_id, changed.old_code, changed.new_code
     )
     INSERT INTO audit_events (actor_id, department_id, action, entity_type, entity_id, before, after)
     SELECT NULL, moved.department_id, 'catalogue:migrate-code', 'case_violation', moved.id,
            jsonb_build_object('code', moved.old_code),
            jsonb_build_object('code', moved.new_code, 'why', 'catalogue revision 2 (issue 14): the same act under its citation')
       FROM moved`,
    CODE_MOVES.flat(),
  );
  // LXLVPHC Đ10 k1: the label stored with point đ was point e's ("lợi dụng chức vụ, quyền hạn"); keep one entry.
  await queryRunner.query(
    `WITH old AS (
       SELECT v.id, v.aggravating FROM case_violations v
        WHERE v.aggravating @> '[{"code": "Đ10.k1.đ"}]'::jsonb AND ${NOT_FROZEN}
     ),
     recoded AS (
       UPDATE case_violations v SET aggravating = (
         SELECT coalesce(jsonb_agg(d.e ORDER BY d.ord), '[]'::jsonb) FROM (
           SELECT DISTINCT ON (s.e->>'code') s.e, s.ord FROM (
             SELECT CASE WHEN a.elem->>'code' = 'Đ10.k1.đ' THEN jsonb_set(a.elem, '{code}', to_jsonb('Đ10.k1.e'::text)) ELSE a.elem END AS e, a.ord
             FROM jsonb_array_elements(old.aggravating) WITH ORDINALITY AS a(elem, ord)
           ) s ORDER BY s.e->>'code', s.ord
         ) d
       ), version = v.version + 1, updated_at = now()
       FROM old WHERE v.id = old.id
       RETURNING v.id, v.department_id, old.aggravating AS before, v.aggravating AS after
     )
     INSERT INTO audit_events (actor_id, department_id, action, entity_type, entity_id, before, after)
     SELECT NULL, recoded.department_id, 'catalogue:migrate-circumstance', 'case_violation', recoded.id,
            jsonb_build_object('aggravating', recoded.before),
            jsonb_build_object('aggravating', recoded.after, 'why', 'LXLVPHC Đ10 k1 e: lợi dụng chức vụ, quyền hạn (issue 14)')
       FROM recoded`,
  );
}

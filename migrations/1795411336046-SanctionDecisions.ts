import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sanction decisions (MQĐ02) and their corrections (MQĐ38–40). Hand-added at the end of `up`: the trigger that
 * freezes an issued decision (UPDATE and DELETE raise), so its number, content and snapshot can never be rewritten,
 * not even by a bug; a correction is always a new row.
 */

export class SanctionDecisions1795411336046 implements MigrationInterface {
    name = 'SanctionDecisions1795411336046'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."sanction_decision_kind" AS ENUM('sanction', 'amend', 'correct', 'annul')`);
        await queryRunner.query(`CREATE TYPE "public"."sanction_decision_status" AS ENUM('draft', 'issued')`);
        await queryRunner.query(`CREATE TYPE "public"."issuing_body_code" AS ENUM('department', 'provincial_committee')`);
        await queryRunner.query(`CREATE TABLE "sanction_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" "public"."sanction_decision_kind" NOT NULL DEFAULT 'sanction', "original_decision_id" uuid, "correction_reason" text, "status" "public"."sanction_decision_status" NOT NULL DEFAULT 'draft', "issuing_body_code" "public"."issuing_body_code" NOT NULL DEFAULT 'department', "content" jsonb NOT NULL, "created_by_id" uuid NOT NULL, "year" integer, "sequence" integer, "number" character varying(32), "issued_on" date, "issued_at" TIMESTAMP WITH TIME ZONE, "issued_by_id" uuid, "total_fine_vnd" bigint, "verification_code" character varying(16), "snapshot" jsonb, CONSTRAINT "ck_sanction_decisions_original" CHECK ((kind = 'sanction') = (original_decision_id IS NULL)), CONSTRAINT "ck_sanction_decisions_issued" CHECK (status <> 'issued' OR (number IS NOT NULL AND year IS NOT NULL AND sequence IS NOT NULL AND issued_on IS NOT NULL AND total_fine_vnd IS NOT NULL AND verification_code IS NOT NULL AND snapshot IS NOT NULL)), CONSTRAINT "PK_089c2c4befa94051e4887f1c184" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decisions_original" ON "sanction_decisions"  ("original_decision_id") `);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decisions_case" ON "sanction_decisions"  ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_sanction_decisions_verification_code" ON "sanction_decisions"  ("verification_code") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_sanction_decisions_number" ON "sanction_decisions"  ("department_id", "issuing_body_code", "year", "sequence") `);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" ADD CONSTRAINT "FK_192476c6ef823567aa2828bdf3e" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" ADD CONSTRAINT "FK_50d94f601f412fbaf337d8714ef" FOREIGN KEY ("case_id") REFERENCES "inspection_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" ADD CONSTRAINT "FK_a8e6cff31ba023503a286a5e77e" FOREIGN KEY ("original_decision_id") REFERENCES "sanction_decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE FUNCTION sanction_decisions_issued_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'sanction decision % is issued and cannot change: % is not allowed', OLD.number, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
        await queryRunner.query(`CREATE TRIGGER sanction_decisions_frozen BEFORE UPDATE OR DELETE ON "sanction_decisions" FOR EACH ROW WHEN (OLD.status = 'issued') EXECUTE FUNCTION sanction_decisions_issued_frozen()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER sanction_decisions_frozen ON "sanction_decisions"`);
        await queryRunner.query(`DROP FUNCTION sanction_decisions_issued_frozen()`);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" DROP CONSTRAINT "FK_a8e6cff31ba023503a286a5e77e"`);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" DROP CONSTRAINT "FK_50d94f601f412fbaf337d8714ef"`);
        await queryRunner.query(`ALTER TABLE "sanction_decisions" DROP CONSTRAINT "FK_192476c6ef823567aa2828bdf3e"`);
        await queryRunner.query(`DROP INDEX "public"."uq_sanction_decisions_number"`);
        await queryRunner.query(`DROP INDEX "public"."uq_sanction_decisions_verification_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decisions_case"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decisions_original"`);
        await queryRunner.query(`DROP TABLE "sanction_decisions"`);
        await queryRunner.query(`DROP TYPE "public"."issuing_body_code"`);
        await queryRunner.query(`DROP TYPE "public"."sanction_decision_status"`);
        await queryRunner.query(`DROP TYPE "public"."sanction_decision_kind"`);
    }

}

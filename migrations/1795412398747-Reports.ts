import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reports: `sanction_decision_lines` (one row per act of each issued decision, with the `effective` flag that makes a
 * decision count once) and its indexes for the annual aggregates; the `annual_report` document kind for the printable
 * summary. The enum value is appended (ALTER TYPE … ADD VALUE); the unique index on documents is left as it is.
 */

export class Reports1795412398747 implements MigrationInterface {
    name = 'Reports1795412398747'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sanction_decision_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "chain_id" uuid NOT NULL, "case_id" uuid NOT NULL, "year" integer NOT NULL, "issued_on" date NOT NULL, "issue_year" integer NOT NULL, "decision_kind" character varying(16) NOT NULL, "issuing_body_code" character varying(32) NOT NULL, "line_no" integer NOT NULL, "violation_id" uuid, "catalogue_code" character varying(96) NOT NULL, "field" character varying(16) NOT NULL, "subject_kind" character varying(40) NOT NULL, "offender_type" character varying(16) NOT NULL, "warning" boolean NOT NULL, "fine_vnd" bigint NOT NULL, "licence_suspension_months" numeric(4,1) NOT NULL DEFAULT '0', "activity_suspension_months" numeric(4,1) NOT NULL DEFAULT '0', "confiscation" boolean NOT NULL DEFAULT false, "press_card_revocation" boolean NOT NULL DEFAULT false, "remedial_measure_count" integer NOT NULL DEFAULT '0', "effective" boolean NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce546d9e77ac389192d2239226b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_case" ON "sanction_decision_lines"  ("case_id") WHERE effective`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_chain" ON "sanction_decision_lines"  ("chain_id") `);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_issue_year" ON "sanction_decision_lines"  ("issue_year", "decision_kind") WHERE line_no = 1`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_department_issue_year" ON "sanction_decision_lines"  ("department_id", "issue_year", "decision_kind") WHERE line_no = 1`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_year" ON "sanction_decision_lines"  ("year") WHERE effective`);
        await queryRunner.query(`CREATE INDEX "ix_sanction_decision_lines_department_year" ON "sanction_decision_lines"  ("department_id", "year") WHERE effective`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_sanction_decision_lines_act" ON "sanction_decision_lines"  ("decision_id", "line_no") `);
        await queryRunner.query(`ALTER TYPE "public"."document_kind" ADD VALUE 'annual_report'`);
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" ADD CONSTRAINT "FK_31cc4a91388cd5313eb8c3119a9" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" ADD CONSTRAINT "FK_acd338c40e45053eb6ae5a83c84" FOREIGN KEY ("decision_id") REFERENCES "sanction_decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" ADD CONSTRAINT "FK_d0c6d23ae3c791b6f3a2b32ada3" FOREIGN KEY ("case_id") REFERENCES "inspection_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" DROP CONSTRAINT "FK_d0c6d23ae3c791b6f3a2b32ada3"`);
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" DROP CONSTRAINT "FK_acd338c40e45053eb6ae5a83c84"`);
        await queryRunner.query(`ALTER TABLE "sanction_decision_lines" DROP CONSTRAINT "FK_31cc4a91388cd5313eb8c3119a9"`);
        // An enum value cannot be dropped: rebuild the type without it, after removing the documents that use it.
        await queryRunner.query(`DELETE FROM "documents" WHERE "kind" = 'annual_report'`);
        await queryRunner.query(`DROP INDEX "public"."uq_documents_subject_revision"`);
        await queryRunner.query(`CREATE TYPE "public"."document_kind_old" AS ENUM('sanction_decision', 'violation_record')`);
        await queryRunner.query(`ALTER TABLE "documents" ALTER COLUMN "kind" TYPE "public"."document_kind_old" USING "kind"::"text"::"public"."document_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."document_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."document_kind_old" RENAME TO "document_kind"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_documents_subject_revision" ON "documents" USING btree ("kind", "subject_id", "revision") `);
        await queryRunner.query(`DROP INDEX "public"."uq_sanction_decision_lines_act"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_department_year"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_year"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_department_issue_year"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_issue_year"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_chain"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sanction_decision_lines_case"`);
        await queryRunner.query(`DROP TABLE "sanction_decision_lines"`);
    }

}

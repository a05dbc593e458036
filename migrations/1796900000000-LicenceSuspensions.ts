import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13 point 5: the licence suspensions sanction decisions impose (LXLVPHC Đ25 k2), carried out in the registry and
 * linked to the decision; licence events name the decision behind them, and two kinds record the nightly start and the
 * lifting by an annulment. Reverting refuses while events of the new kinds exist (history is not deleted).
 */

export class LicenceSuspensions1796900000000 implements MigrationInterface {
    name = 'LicenceSuspensions1796900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."licence_suspension_status" AS ENUM('imposed', 'running', 'served', 'lifted')`);
        await queryRunner.query(`CREATE TABLE "licence_suspensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "licence_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "decision_number" character varying(32) NOT NULL, "months" numeric(4,1) NOT NULL, "from_on" date NOT NULL, "to_on" date NOT NULL, "status" "public"."licence_suspension_status" NOT NULL DEFAULT 'imposed', "lifted_on" date, "lifted_by_decision_id" uuid, "lifted_by_number" character varying(32), CONSTRAINT "PK_430a5cb7c5b309239b48eab620c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_licence_suspensions_status" ON "licence_suspensions"  ("status", "from_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_licence_suspensions_decision_licence" ON "licence_suspensions"  ("decision_id", "licence_id") `);
        await queryRunner.query(`ALTER TABLE "licence_events" ADD "decision_id" uuid`);
        await queryRunner.query(`ALTER TYPE "public"."licence_event_kind" ADD VALUE 'suspension_started'`);
        await queryRunner.query(`ALTER TYPE "public"."licence_event_kind" ADD VALUE 'suspension_lifted'`);
        await queryRunner.query(`ALTER TABLE "licence_suspensions" ADD CONSTRAINT "FK_db7a24946105600333c3f999b91" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "licence_suspensions" ADD CONSTRAINT "FK_3abbd25a7e6a31213640d10791b" FOREIGN KEY ("licence_id") REFERENCES "licences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "licence_suspensions" DROP CONSTRAINT "FK_3abbd25a7e6a31213640d10791b"`);
        await queryRunner.query(`ALTER TABLE "licence_suspensions" DROP CONSTRAINT "FK_db7a24946105600333c3f999b91"`);
        await queryRunner.query(`CREATE TYPE "public"."licence_event_kind_old" AS ENUM('issued', 'amended', 'suspended', 'reinstated', 'revoked', 'expired')`);
        await queryRunner.query(`ALTER TABLE "licence_events" ALTER COLUMN "kind" TYPE "public"."licence_event_kind_old" USING "kind"::"text"::"public"."licence_event_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."licence_event_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."licence_event_kind_old" RENAME TO "licence_event_kind"`);
        await queryRunner.query(`ALTER TABLE "licence_events" DROP COLUMN "decision_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_licence_suspensions_decision_licence"`);
        await queryRunner.query(`DROP INDEX "public"."ix_licence_suspensions_status"`);
        await queryRunner.query(`DROP TABLE "licence_suspensions"`);
        await queryRunner.query(`DROP TYPE "public"."licence_suspension_status"`);
    }

}

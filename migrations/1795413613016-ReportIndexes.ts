import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportIndexes1795413613016 implements MigrationInterface {
    name = 'ReportIndexes1795413613016'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_paid" ON "inspection_cases"  ("executed_on") WHERE execution_mode = 'paid'`);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_closed" ON "inspection_cases"  ("closed_on") `);
        await queryRunner.query(`CREATE INDEX "ix_inspections_decision_date" ON "inspections"  ("decision_date") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_inspections_decision_date"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_closed"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_paid"`);
    }

}

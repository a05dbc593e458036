import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseListIndexes1795411242296 implements MigrationInterface {
    name = 'CaseListIndexes1795411242296'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_status"`);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_opened" ON "inspection_cases"  ("department_id", "opened_on", "sequence") `);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_status" ON "inspection_cases"  ("department_id", "status", "opened_on", "sequence") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_opened"`);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_status" ON "inspection_cases" USING btree ("department_id", "status") `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/** Case list indexes end with the id, so a page's ids come from the index alone (see src/database/pagination.ts). */
export class CaseListCoveringIndexes1795420991135 implements MigrationInterface {
    name = 'CaseListCoveringIndexes1795420991135'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_opened"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_status"`);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_opened" ON "inspection_cases"  ("department_id", "opened_on", "sequence", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_status" ON "inspection_cases"  ("department_id", "status", "opened_on", "sequence", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inspection_cases_department_opened"`);
        // Written by hand: the generator read the old columns back in the wrong order.
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_status" ON "inspection_cases" ("department_id", "status", "opened_on", "sequence") `);
        await queryRunner.query(`CREATE INDEX "ix_inspection_cases_department_opened" ON "inspection_cases" ("department_id", "opened_on", "sequence") `);
    }

}

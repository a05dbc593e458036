import { MigrationInterface, QueryRunner } from "typeorm";

export class Documents1795409804824 implements MigrationInterface {
    name = 'Documents1795409804824'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."document_kind" AS ENUM('sanction_decision', 'violation_record')`);
        await queryRunner.query(`CREATE TYPE "public"."document_status" AS ENUM('pending', 'ready', 'failed')`);
        await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "kind" "public"."document_kind" NOT NULL, "subject_id" uuid NOT NULL, "revision" integer NOT NULL, "status" "public"."document_status" NOT NULL DEFAULT 'pending', "input" jsonb NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "render_attempts" integer NOT NULL DEFAULT '0', "blob_key" text, "sha256" character(64), "size" bigint, "rendered_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_documents_pending" ON "documents"  ("status", "requested_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_documents_subject_revision" ON "documents"  ("kind", "subject_id", "revision") `);
        await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_24a226d1434cd9a9748d5f11959" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_24a226d1434cd9a9748d5f11959"`);
        await queryRunner.query(`DROP INDEX "public"."uq_documents_subject_revision"`);
        await queryRunner.query(`DROP INDEX "public"."ix_documents_pending"`);
        await queryRunner.query(`DROP TABLE "documents"`);
        await queryRunner.query(`DROP TYPE "public"."document_status"`);
        await queryRunner.query(`DROP TYPE "public"."document_kind"`);
    }

}

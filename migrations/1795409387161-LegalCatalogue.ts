import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of changes to the fine catalogue (added versions, verifications). Hand-added at the end: the trigger
 * that makes `catalogue_changes` append-only like `audit_events`, because the effective catalogue is rebuilt by
 * replaying these rows and a rewritten row would silently change the law applied to past worksheets.
 */

export class LegalCatalogue1795409387161 implements MigrationInterface {
  name = 'LegalCatalogue1795409387161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."catalogue_change_kind" AS ENUM('add-version', 'verify')`);
    await queryRunner.query(
      `CREATE TABLE "catalogue_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "kind" "public"."catalogue_change_kind" NOT NULL, "code" character varying(100) NOT NULL, "effective_from" date NOT NULL, "row" jsonb, "ends_previous_version" boolean NOT NULL DEFAULT false, "source" text, "note" text, "actor_id" uuid NOT NULL, "department_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_catalogue_changes_payload" CHECK ((kind = 'add-version' AND "row" IS NOT NULL) OR (kind = 'verify' AND "row" IS NULL AND source IS NOT NULL)), CONSTRAINT "PK_8fc6198e730e58c6637668b0654" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_catalogue_changes_seq" ON "catalogue_changes"  ("seq") `);
    await queryRunner.query(`CREATE INDEX "ix_catalogue_changes_code" ON "catalogue_changes"  ("code", "seq") `);
    await queryRunner.query(
      `ALTER TABLE "catalogue_changes" ADD CONSTRAINT "FK_5966013432004a21bd01fa9d2f4" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION catalogue_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'catalogue_changes is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER catalogue_changes_no_update BEFORE UPDATE OR DELETE ON "catalogue_changes" FOR EACH ROW EXECUTE FUNCTION catalogue_changes_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER catalogue_changes_no_truncate BEFORE TRUNCATE ON "catalogue_changes" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changes_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER catalogue_changes_no_truncate ON "catalogue_changes"`);
    await queryRunner.query(`DROP TRIGGER catalogue_changes_no_update ON "catalogue_changes"`);
    await queryRunner.query(`DROP FUNCTION catalogue_changes_append_only()`);
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP CONSTRAINT "FK_5966013432004a21bd01fa9d2f4"`);
    await queryRunner.query(`DROP INDEX "public"."ix_catalogue_changes_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_catalogue_changes_seq"`);
    await queryRunner.query(`DROP TABLE "catalogue_changes"`);
    await queryRunner.query(`DROP TYPE "public"."catalogue_change_kind"`);
  }
}

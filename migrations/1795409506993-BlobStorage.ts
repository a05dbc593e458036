import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The `blobs` table of the PostgreSQL storage driver. Hand-added at the end: stored files are legal
 * records (evidence, issued decisions), so a trigger refuses UPDATE, DELETE and TRUNCATE as on
 * `audit_events`; and the bytes skip TOAST compression (PDFs and photos are compressed already).
 */

export class BlobStorage1795409506993 implements MigrationInterface {
    name = 'BlobStorage1795409506993'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "blobs" ("key" text NOT NULL, "sha256" character(64) NOT NULL, "size" bigint NOT NULL, "content_type" character varying(255) NOT NULL, "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_blobs_size" CHECK ("size" = octet_length("bytes")), CONSTRAINT "ck_blobs_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_c4f1b1851cdf6d548a0ee9ac723" PRIMARY KEY ("key"))`);
        await queryRunner.query(`ALTER TABLE "blobs" ALTER COLUMN "bytes" SET STORAGE EXTERNAL`);
        await queryRunner.query(`CREATE FUNCTION blobs_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'blobs are immutable: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
        await queryRunner.query(`CREATE TRIGGER blobs_no_update BEFORE UPDATE OR DELETE ON "blobs" FOR EACH ROW EXECUTE FUNCTION blobs_immutable()`);
        await queryRunner.query(`CREATE TRIGGER blobs_no_truncate BEFORE TRUNCATE ON "blobs" FOR EACH STATEMENT EXECUTE FUNCTION blobs_immutable()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER blobs_no_truncate ON "blobs"`);
        await queryRunner.query(`DROP TRIGGER blobs_no_update ON "blobs"`);
        await queryRunner.query(`DROP FUNCTION blobs_immutable()`);
        await queryRunner.query(`DROP TABLE "blobs"`);
    }

}

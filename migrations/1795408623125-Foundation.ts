import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Departments, users, the press registry and the audit trail. Hand-added at the end: the trigger that
 * makes `audit_events` append-only (UPDATE, DELETE and TRUNCATE raise), so no code path, not even a
 * bug or a manual psql session without superuser tricks, can rewrite history.
 */

export class Foundation1795408623125 implements MigrationInterface {
    name = 'Foundation1795408623125'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "department_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "request_id" character varying(64), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_events_department" ON "audit_events"  ("department_id", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" text NOT NULL, "parent_body" text NOT NULL, "place_name" text NOT NULL, "province_code" character varying(8) NOT NULL, "abbreviation" character varying(32) NOT NULL, CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "e_information_sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "name" text NOT NULL, "domains" text array NOT NULL DEFAULT '{}', "owner_name" text NOT NULL, "owner_tax_code" character varying(32) NOT NULL DEFAULT '', "owner_address" text NOT NULL DEFAULT '', "legal_representative" text NOT NULL DEFAULT '', "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_13b9b37513747d57630b15f1fd8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_e_information_sites_department" ON "e_information_sites"  ("department_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."licence_kind" AS ENUM('press_activity', 'supplement', 'general_site', 'representative_office')`);
        await queryRunner.query(`CREATE TYPE "public"."licence_holder_type" AS ENUM('press_agency', 'e_information_site', 'representative_office')`);
        await queryRunner.query(`CREATE TYPE "public"."licence_status" AS ENUM('active', 'suspended', 'revoked', 'expired')`);
        await queryRunner.query(`CREATE TABLE "licences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "kind" "public"."licence_kind" NOT NULL, "holder_type" "public"."licence_holder_type" NOT NULL, "holder_id" uuid NOT NULL, "number" character varying(64) NOT NULL, "issuer" text NOT NULL, "issued_on" date NOT NULL, "expires_on" date, "status" "public"."licence_status" NOT NULL DEFAULT 'active', "suspended_from" date, "suspended_until" date, "purpose" text NOT NULL DEFAULT '', "licensed_domains" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "periodicity" text NOT NULL DEFAULT '', "other_particulars" text NOT NULL DEFAULT '', CONSTRAINT "PK_78f76903a7e2d2b2ac378fca8d3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_licences_number_issuer" ON "licences"  ("department_id", "number", "issuer") `);
        await queryRunner.query(`CREATE INDEX "ix_licences_department_expiry" ON "licences"  ("department_id", "expires_on") `);
        await queryRunner.query(`CREATE INDEX "ix_licences_holder" ON "licences"  ("holder_type", "holder_id") `);
        await queryRunner.query(`CREATE TYPE "public"."licence_event_kind" AS ENUM('issued', 'amended', 'suspended', 'reinstated', 'revoked', 'expired')`);
        await queryRunner.query(`CREATE TABLE "licence_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "licence_id" uuid NOT NULL, "department_id" uuid NOT NULL, "kind" "public"."licence_event_kind" NOT NULL, "effective_on" date NOT NULL, "until" date, "reason" text NOT NULL DEFAULT '', "reference" text NOT NULL DEFAULT '', "actor_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "before" jsonb, "after" jsonb, CONSTRAINT "PK_2f7fa750453125a7c3e5c79e080" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_licence_events_licence" ON "licence_events"  ("licence_id", "occurred_at") `);
        await queryRunner.query(`CREATE TYPE "public"."press_agency_kind" AS ENUM('print_newspaper', 'e_newspaper', 'print_magazine', 'e_magazine', 'radio', 'television')`);
        await queryRunner.query(`CREATE TYPE "public"."press_agency_scope" AS ENUM('local', 'central')`);
        await queryRunner.query(`CREATE TABLE "press_agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "kind" "public"."press_agency_kind" NOT NULL, "name" text NOT NULL, "governing_body" text NOT NULL, "head_name" text NOT NULL DEFAULT '', "address" text NOT NULL DEFAULT '', "scope" "public"."press_agency_scope" NOT NULL, "domains" text array NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_a175d7f967dd61f15427b526f78" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_press_agencies_department" ON "press_agencies"  ("department_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."representative_office_status" AS ENUM('active', 'suspended', 'closed')`);
        await queryRunner.query(`CREATE TABLE "representative_offices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "agency_name" text NOT NULL, "address" text NOT NULL, "head_name" text NOT NULL DEFAULT '', "notified_on" date, "status" "public"."representative_office_status" NOT NULL DEFAULT 'active', "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_c540d1fb18cd7e6bbd44ebd2083" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_representative_offices_department" ON "representative_offices"  ("department_id", "agency_name") `);
        await queryRunner.query(`CREATE TABLE "resident_reporters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "agency_name" text NOT NULL, "representative_office_id" uuid, "full_name" text NOT NULL, "press_card_number" character varying(64) NOT NULL DEFAULT '', "press_card_expires_on" date, "area" text NOT NULL DEFAULT '', "appointed_on" date, "ended_on" date, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_88bd6029cf7fa341c3846d63b6d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_resident_reporters_department" ON "resident_reporters"  ("department_id", "full_name") `);
        await queryRunner.query(`CREATE TYPE "public"."subject_kind" AS ENUM('organisation', 'individual')`);
        await queryRunner.query(`CREATE TABLE "unregistered_subjects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "kind" "public"."subject_kind" NOT NULL, "name" text NOT NULL, "address" text NOT NULL DEFAULT '', "personal_id" character varying(32) NOT NULL DEFAULT '', "tax_code" character varying(32) NOT NULL DEFAULT '', "representative" text NOT NULL DEFAULT '', "representative_title" text NOT NULL DEFAULT '', "date_of_birth" date, "gender" character varying(16) NOT NULL DEFAULT '', "nationality" text NOT NULL DEFAULT '', "occupation" text NOT NULL DEFAULT '', "domains" text array NOT NULL DEFAULT '{}', "note" text NOT NULL DEFAULT '', "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_8c622264880ec9318b8e40a6072" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_unregistered_subjects_department" ON "unregistered_subjects"  ("department_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('inspector', 'legal_officer', 'leader', 'department_admin', 'ministry_viewer')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid, "username" character varying(64) NOT NULL, "full_name" text NOT NULL, "title" text NOT NULL DEFAULT '', "role" "public"."user_role" NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") `);
        await queryRunner.query(`ALTER TABLE "e_information_sites" ADD CONSTRAINT "FK_716c92618f8fd30785110ffae4c" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "licences" ADD CONSTRAINT "FK_bd6f5dcbfa895cff8ccc0b10ed1" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "licence_events" ADD CONSTRAINT "FK_94ea57555f2b84b4fadb0615615" FOREIGN KEY ("licence_id") REFERENCES "licences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "press_agencies" ADD CONSTRAINT "FK_d95958a0e7a701fc6ab63ee16be" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "representative_offices" ADD CONSTRAINT "FK_c3ca0b2983d73485682f04d47ec" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resident_reporters" ADD CONSTRAINT "FK_cd5c51b72c2125f8f72d10e4022" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resident_reporters" ADD CONSTRAINT "FK_601d5b16691024bb51eb6d5f44a" FOREIGN KEY ("representative_office_id") REFERENCES "representative_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unregistered_subjects" ADD CONSTRAINT "FK_0532eab1f11ce118292017b6dba" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_0921d1972cf861d568f5271cd85" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
            await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
        await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
        await queryRunner.query(`DROP TRIGGER audit_events_no_update ON "audit_events"`);
        await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_0921d1972cf861d568f5271cd85"`);
        await queryRunner.query(`ALTER TABLE "unregistered_subjects" DROP CONSTRAINT "FK_0532eab1f11ce118292017b6dba"`);
        await queryRunner.query(`ALTER TABLE "resident_reporters" DROP CONSTRAINT "FK_601d5b16691024bb51eb6d5f44a"`);
        await queryRunner.query(`ALTER TABLE "resident_reporters" DROP CONSTRAINT "FK_cd5c51b72c2125f8f72d10e4022"`);
        await queryRunner.query(`ALTER TABLE "representative_offices" DROP CONSTRAINT "FK_c3ca0b2983d73485682f04d47ec"`);
        await queryRunner.query(`ALTER TABLE "press_agencies" DROP CONSTRAINT "FK_d95958a0e7a701fc6ab63ee16be"`);
        await queryRunner.query(`ALTER TABLE "licence_events" DROP CONSTRAINT "FK_94ea57555f2b84b4fadb0615615"`);
        await queryRunner.query(`ALTER TABLE "licences" DROP CONSTRAINT "FK_bd6f5dcbfa895cff8ccc0b10ed1"`);
        await queryRunner.query(`ALTER TABLE "e_information_sites" DROP CONSTRAINT "FK_716c92618f8fd30785110ffae4c"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
        await queryRunner.query(`DROP INDEX "public"."ix_unregistered_subjects_department"`);
        await queryRunner.query(`DROP TABLE "unregistered_subjects"`);
        await queryRunner.query(`DROP TYPE "public"."subject_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_resident_reporters_department"`);
        await queryRunner.query(`DROP TABLE "resident_reporters"`);
        await queryRunner.query(`DROP INDEX "public"."ix_representative_offices_department"`);
        await queryRunner.query(`DROP TABLE "representative_offices"`);
        await queryRunner.query(`DROP TYPE "public"."representative_office_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_press_agencies_department"`);
        await queryRunner.query(`DROP TABLE "press_agencies"`);
        await queryRunner.query(`DROP TYPE "public"."press_agency_scope"`);
        await queryRunner.query(`DROP TYPE "public"."press_agency_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_licence_events_licence"`);
        await queryRunner.query(`DROP TABLE "licence_events"`);
        await queryRunner.query(`DROP TYPE "public"."licence_event_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_licences_holder"`);
        await queryRunner.query(`DROP INDEX "public"."ix_licences_department_expiry"`);
        await queryRunner.query(`DROP INDEX "public"."uq_licences_number_issuer"`);
        await queryRunner.query(`DROP TABLE "licences"`);
        await queryRunner.query(`DROP TYPE "public"."licence_status"`);
        await queryRunner.query(`DROP TYPE "public"."licence_holder_type"`);
        await queryRunner.query(`DROP TYPE "public"."licence_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_e_information_sites_department"`);
        await queryRunner.query(`DROP TABLE "e_information_sites"`);
        await queryRunner.query(`DROP TABLE "departments"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_events_entity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_events_department"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
    }

}

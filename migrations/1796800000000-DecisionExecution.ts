import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13: the decision's life after it is issued (LXLVPHC Part Two, Chapter III): delivery, payments, postponement
 * and instalment requests, enforcement decisions, complaints, remedial measures done, the per-decision summary the case
 * guards read, and the daily reminder digests. Three document kinds for MQĐ03, MQĐ05 and the enforcement forms.
 */

export class DecisionExecution1796800000000 implements MigrationInterface {
    name = 'DecisionExecution1796800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "decision_executions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "case_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "paid_in_full" boolean NOT NULL DEFAULT false, "settled_on" date, "enforced" boolean NOT NULL DEFAULT false, "balance_vnd" bigint NOT NULL DEFAULT '0', "remedial_outstanding" integer NOT NULL DEFAULT '0', "suspension_outstanding" integer NOT NULL DEFAULT '0', "annulled" boolean NOT NULL DEFAULT false, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8cc68cffa139022f5902ae85a7f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_decision_executions_case" ON "decision_executions"  ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_decision_executions_decision" ON "decision_executions"  ("decision_id") `);
        await queryRunner.query(`CREATE TYPE "public"."execution_file_purpose" AS ENUM('delivery_proof', 'refusal_record', 'payment_receipt', 'request', 'complaint', 'remedial')`);
        await queryRunner.query(`CREATE TABLE "execution_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "purpose" "public"."execution_file_purpose" NOT NULL, "file_name" text NOT NULL, "content_type" character varying(255) NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "uploaded_by_id" uuid NOT NULL, CONSTRAINT "PK_68c54136ba4cc73480d009c9d2a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_execution_files_decision" ON "execution_files"  ("decision_id") `);
        await queryRunner.query(`CREATE TYPE "public"."delivery_method" AS ENUM('in_person', 'registered_post', 'electronic', 'public_posting')`);
        await queryRunner.query(`CREATE TABLE "decision_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "method" "public"."delivery_method" NOT NULL, "sent_on" date NOT NULL, "received_on" date, "recipient" text NOT NULL DEFAULT '', "refused" boolean NOT NULL DEFAULT false, "refusal_record_number" character varying(64), "proof_file_id" uuid, "note" text NOT NULL DEFAULT '', "recorded_by_id" uuid NOT NULL, CONSTRAINT "PK_4af33a69b86956acd4ad9006136" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_decision_deliveries_decision" ON "decision_deliveries"  ("decision_id") `);
        await queryRunner.query(`CREATE TYPE "public"."payment_channel" AS ENUM('state_treasury', 'bank_account', 'public_service_portal')`);
        await queryRunner.query(`CREATE TABLE "fine_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "amount_vnd" bigint NOT NULL, "paid_on" date NOT NULL, "channel" "public"."payment_channel" NOT NULL, "receipt_number" character varying(64) NOT NULL, "receipt_file_id" uuid, "note" text NOT NULL DEFAULT '', "recorded_by_id" uuid NOT NULL, CONSTRAINT "PK_354c1247aa534b7860f113723c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_fine_payments_decision" ON "fine_payments"  ("decision_id", "paid_on") `);
        await queryRunner.query(`CREATE TYPE "public"."execution_request_kind" AS ENUM('postponement', 'instalments')`);
        await queryRunner.query(`CREATE TYPE "public"."execution_request_status" AS ENUM('pending', 'granted', 'refused')`);
        await queryRunner.query(`CREATE TABLE "execution_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "kind" "public"."execution_request_kind" NOT NULL, "received_on" date NOT NULL, "request_date" date NOT NULL, "reason" text NOT NULL, "hardship_confirmed_by" text NOT NULL, "request_file_id" uuid, "status" "public"."execution_request_status" NOT NULL DEFAULT 'pending', "decided_on" date, "decision_number" character varying(32), "refusal_reason" text, "postponed_until" date, "instalments" jsonb, "instalment_months" integer, "signer" jsonb, "warnings" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_fbbbc5f6a8467dd90736fbd7e3e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_execution_requests_decision" ON "execution_requests"  ("decision_id") `);
        await queryRunner.query(`CREATE TYPE "public"."enforcement_measure" AS ENUM('wage_deduction', 'account_deduction', 'asset_seizure', 'remedial_enforcement')`);
        await queryRunner.query(`CREATE TABLE "enforcement_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "number" character varying(32) NOT NULL, "decided_on" date NOT NULL, "measure" "public"."enforcement_measure" NOT NULL, "amount_vnd" bigint, "signer" jsonb NOT NULL, "details" jsonb NOT NULL, "effective_date" date NOT NULL, "carried_out_on" date, "carried_out_note" text NOT NULL DEFAULT '', CONSTRAINT "PK_92f31572383ffc7a25dce8d4962" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enforcement_decisions_decision" ON "enforcement_decisions"  ("decision_id") `);
        await queryRunner.query(`CREATE TYPE "public"."complaint_kind" AS ENUM('complaint', 'lawsuit')`);
        await queryRunner.query(`CREATE TYPE "public"."complaint_outcome" AS ENUM('pending', 'upheld', 'amended', 'annulled', 'withdrawn')`);
        await queryRunner.query(`CREATE TABLE "execution_complaints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "kind" "public"."complaint_kind" NOT NULL, "filed_on" date NOT NULL, "body" text NOT NULL, "summary" text NOT NULL, "outcome" "public"."complaint_outcome" NOT NULL DEFAULT 'pending', "outcome_on" date, "correction_decision_id" uuid, "suspended_from" date, "suspended_until" date, "suspension_reference" text, "file_id" uuid, CONSTRAINT "PK_263e19c4e63d704ce62405efdb1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_execution_complaints_decision" ON "execution_complaints"  ("decision_id") `);
        await queryRunner.query(`CREATE TABLE "remedial_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "department_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "measure_index" integer NOT NULL, "description" text NOT NULL, "done_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "file_id" uuid, CONSTRAINT "PK_b883597c88a87d958a7d14899d0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_remedial_completions_measure" ON "remedial_completions"  ("decision_id", "measure_index") `);
        await queryRunner.query(`CREATE TABLE "reminder_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "department_id" uuid, "day" date NOT NULL, "item_count" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c74445fe192c8dab806f49dd0e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_digests_user_day" ON "reminder_digests"  ("user_id", "day") `);
        await queryRunner.query(`CREATE TABLE "reminder_addresses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "department_id" uuid, "email" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6d94c30fa5887a6980e62abd3f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_addresses_user" ON "reminder_addresses"  ("user_id") `);
        await queryRunner.query(`ALTER TYPE "public"."document_kind" ADD VALUE 'postponement_decision'`);
        await queryRunner.query(`ALTER TYPE "public"."document_kind" ADD VALUE 'instalment_decision'`);
        await queryRunner.query(`ALTER TYPE "public"."document_kind" ADD VALUE 'enforcement_decision'`);
        await queryRunner.query(`ALTER TABLE "decision_executions" ADD CONSTRAINT "FK_c3324bdab939d217f61511942db" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "execution_files" ADD CONSTRAINT "FK_94dc6fe614c54413591368ca947" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision_deliveries" ADD CONSTRAINT "FK_f9e4d3af577dc4484afd3c5eaac" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "fine_payments" ADD CONSTRAINT "FK_22b2fcb2c65f023ec31ebe6e2d5" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "execution_requests" ADD CONSTRAINT "FK_3ec410e95cc778d0e8b9c1140bd" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enforcement_decisions" ADD CONSTRAINT "FK_30190b0f775f80fc93a1ac3c836" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "execution_complaints" ADD CONSTRAINT "FK_b7f1a4f9173b4f6fb4deacae75c" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "remedial_completions" ADD CONSTRAINT "FK_8aeb45488db8bcbea503105da81" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "remedial_completions" DROP CONSTRAINT "FK_8aeb45488db8bcbea503105da81"`);
        await queryRunner.query(`ALTER TABLE "execution_complaints" DROP CONSTRAINT "FK_b7f1a4f9173b4f6fb4deacae75c"`);
        await queryRunner.query(`ALTER TABLE "enforcement_decisions" DROP CONSTRAINT "FK_30190b0f775f80fc93a1ac3c836"`);
        await queryRunner.query(`ALTER TABLE "execution_requests" DROP CONSTRAINT "FK_3ec410e95cc778d0e8b9c1140bd"`);
        await queryRunner.query(`ALTER TABLE "fine_payments" DROP CONSTRAINT "FK_22b2fcb2c65f023ec31ebe6e2d5"`);
        await queryRunner.query(`ALTER TABLE "decision_deliveries" DROP CONSTRAINT "FK_f9e4d3af577dc4484afd3c5eaac"`);
        await queryRunner.query(`ALTER TABLE "execution_files" DROP CONSTRAINT "FK_94dc6fe614c54413591368ca947"`);
        await queryRunner.query(`ALTER TABLE "decision_executions" DROP CONSTRAINT "FK_c3324bdab939d217f61511942db"`);
        await queryRunner.query(`DROP INDEX "public"."uq_documents_subject_revision"`);
        await queryRunner.query(`CREATE TYPE "public"."document_kind_old" AS ENUM('sanction_decision', 'violation_record', 'annual_report')`);
        await queryRunner.query(`ALTER TABLE "documents" ALTER COLUMN "kind" TYPE "public"."document_kind_old" USING "kind"::"text"::"public"."document_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."document_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."document_kind_old" RENAME TO "document_kind"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_documents_subject_revision" ON "documents" USING btree ("kind", "subject_id", "revision") `);
        await queryRunner.query(`DROP INDEX "public"."uq_reminder_addresses_user"`);
        await queryRunner.query(`DROP TABLE "reminder_addresses"`);
        await queryRunner.query(`DROP INDEX "public"."uq_reminder_digests_user_day"`);
        await queryRunner.query(`DROP TABLE "reminder_digests"`);
        await queryRunner.query(`DROP INDEX "public"."uq_remedial_completions_measure"`);
        await queryRunner.query(`DROP TABLE "remedial_completions"`);
        await queryRunner.query(`DROP INDEX "public"."ix_execution_complaints_decision"`);
        await queryRunner.query(`DROP TABLE "execution_complaints"`);
        await queryRunner.query(`DROP TYPE "public"."complaint_outcome"`);
        await queryRunner.query(`DROP TYPE "public"."complaint_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_enforcement_decisions_decision"`);
        await queryRunner.query(`DROP TABLE "enforcement_decisions"`);
        await queryRunner.query(`DROP TYPE "public"."enforcement_measure"`);
        await queryRunner.query(`DROP INDEX "public"."ix_execution_requests_decision"`);
        await queryRunner.query(`DROP TABLE "execution_requests"`);
        await queryRunner.query(`DROP TYPE "public"."execution_request_status"`);
        await queryRunner.query(`DROP TYPE "public"."execution_request_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_fine_payments_decision"`);
        await queryRunner.query(`DROP TABLE "fine_payments"`);
        await queryRunner.query(`DROP TYPE "public"."payment_channel"`);
        await queryRunner.query(`DROP INDEX "public"."ix_decision_deliveries_decision"`);
        await queryRunner.query(`DROP TABLE "decision_deliveries"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_method"`);
        await queryRunner.query(`DROP INDEX "public"."ix_execution_files_decision"`);
        await queryRunner.query(`DROP TABLE "execution_files"`);
        await queryRunner.query(`DROP TYPE "public"."execution_file_purpose"`);
        await queryRunner.query(`DROP INDEX "public"."uq_decision_executions_decision"`);
        await queryRunner.query(`DROP INDEX "public"."ix_decision_executions_case"`);
        await queryRunner.query(`DROP TABLE "decision_executions"`);
    }

}

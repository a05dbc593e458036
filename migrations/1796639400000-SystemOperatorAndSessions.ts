import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 12. The system operator role (the queue dashboard is no longer a department admin's: the queues are shared
 * by every department); a session version per user, so a password reset or change, a deactivation or a role change
 * ends the user's existing tokens; and no more lock-out per account (anyone could lock anyone out, and the answer
 * told which usernames exist): failed logins now slow down their source address instead (src/auth/login-failures.ts).
 * Written by hand: the generator would rebuild the enum type instead of adding a value.
 */
export class SystemOperatorAndSessions1796639400000 implements MigrationInterface {
    name = 'SystemOperatorAndSessions1796639400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'system_operator'`);
        await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_login_count"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "failed_login_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
        // PostgreSQL cannot drop an enum value: rebuild the type without it (refused while a system operator exists).
        await queryRunner.query(`ALTER TYPE "public"."user_role" RENAME TO "user_role_old"`);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('inspector', 'legal_officer', 'leader', 'department_admin', 'ministry_viewer')`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."user_role" USING "role"::"text"::"public"."user_role"`);
        await queryRunner.query(`DROP TYPE "public"."user_role_old"`);
    }

}

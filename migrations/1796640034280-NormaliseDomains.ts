import { MigrationInterface, QueryRunner } from "typeorm";
import { domainSearchText, normaliseDomain, normaliseSiteAddress } from "@app/registry/domain-names";

/**
 * Issue 12: domains are stored in one normalised form (NFKC, no invisible characters, lower case, IDNA to ASCII).
 * Rewrites the domains stored before, and adds their stored and Unicode forms to the search text (the next edit of a
 * row rebuilds it whole). A value that does not normalise is kept as it is: no data is dropped.
 */
const TABLES: { table: string; column: string; normalise: (s: string) => string | null; searchText: boolean }[] = [
    { table: "press_agencies", column: "domains", normalise: normaliseDomain, searchText: true },
    { table: "e_information_sites", column: "domains", normalise: normaliseDomain, searchText: true },
    { table: "unregistered_subjects", column: "domains", normalise: normaliseSiteAddress, searchText: true },
    { table: "licences", column: "licensed_domains", normalise: normaliseDomain, searchText: false },
];

export class NormaliseDomains1796640034280 implements MigrationInterface {
    name = 'NormaliseDomains1796640034280'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const { table, column, normalise, searchText } of TABLES) {
            const rows: { id: string; values: string[] }[] = await queryRunner.query(
                `SELECT "id", "${column}" AS "values" FROM "${table}" WHERE cardinality("${column}") > 0`,
            );
            for (const row of rows) {
                const values = [...new Set(row.values.map((v) => normalise(v) ?? v))];
                if (values.length === row.values.length && values.every((v, i) => v === row.values[i])) continue;
                await queryRunner.query(`UPDATE "${table}" SET "${column}" = $2 WHERE "id" = $1`, [row.id, values]);
                if (searchText) {
                    await queryRunner.query(`UPDATE "${table}" SET "search_text" = trim("search_text" || ' ' || $2) WHERE "id" = $1`, [row.id, domainSearchText(values)]);
                }
            }
        }
    }

    public async down(): Promise<void> {
        // Nothing to undo: the normalised forms are what the application stores from now on, and the forms typed
        // before were not kept.
    }

}

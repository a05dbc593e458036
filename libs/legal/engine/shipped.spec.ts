/** Smoke test over whatever rows the shipped catalogue holds: every version computes for both offender types. */
import { loadShippedCatalogue } from '../catalogue/load';
import { addDays } from '../dates';
import { computeWorksheet } from './compute';

describe('engine over the shipped catalogue', () => {
  const catalogue = loadShippedCatalogue();

  it('computes a worksheet for every row version, for an organisation and an individual', () => {
    for (const row of catalogue.rows()) {
      for (const offenderType of ['organisation', 'individual'] as const) {
        const ws = computeWorksheet(catalogue, {
          decisionDate: addDays(row.effectiveFrom, 10),
          signer: { title: 'department-director' },
          acts: [
            {
              code: row.code,
              offenderType,
              endedOn: row.effectiveFrom,
              ongoingAtDetection: false,
              detectedOn: addDays(row.effectiveFrom, 2),
              mitigating: [],
              aggravating: [],
            },
          ],
        });
        const fine = ws.acts[0].fine;
        expect(ws.acts[0].version.effectiveFrom).toBe(row.effectiveFrom);
        expect(fine.status).toBe(
          row.mainSanction === 'warning' ? 'warning-only' : row.fine === null ? 'range-unknown' : 'computed',
        );
        if (!row.verified)
          {expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'unverified-row', code: row.code }));}
        // A draft row can be previewed, and the worksheet says its citation is incomplete (issue 14).
        expect(ws.flags.some((f) => f.kind === 'draft-row' && f.code === row.code)).toBe(row.draft);
        expect(ws.acts[0].version.draft).toBe(row.draft);
        expect(ws.acts[0].version.citationShort.includes('dòng nháp, trích dẫn chưa đầy đủ')).toBe(row.draft);
      }
    }
  });
});

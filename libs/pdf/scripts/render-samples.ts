// Renders the sample decision and violation record into test/fixtures/documents/ (PDF, input JSON and
// 60 dpi PNG pages for reviewers). Run from the repository root:
//   npx ts-node -r tsconfig-paths/register libs/pdf/scripts/render-samples.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderDecisionPdf, renderViolationRecordPdf } from '@libs/pdf';
import { sampleDecision, sampleViolationRecord } from '@libs/pdf/samples';

const OUT = resolve(__dirname, '../../../test/fixtures/documents');

function writeSample(name: string, input: unknown, pdf: Buffer): void {
  for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(OUT, f));
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(input, null, 2)}\n`);
  writeFileSync(join(OUT, `${name}.pdf`), pdf);
  const png = spawnSync('pdftoppm', ['-png', '-r', '60', join(OUT, `${name}.pdf`), join(OUT, name)]);
  const pngNote = png.status === 0 ? 'PNG pages written' : 'pdftoppm not available: no PNG pages';
  const digest = createHash('sha256').update(pdf).digest('hex');
  console.log(`${name}.pdf  ${pdf.length} bytes  sha256 ${digest}  (${pngNote})`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const decision = sampleDecision();
  writeSample('sample-decision', decision, await renderDecisionPdf(decision));
  const record = sampleViolationRecord();
  writeSample('sample-violation-record', record, await renderViolationRecordPdf(record));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

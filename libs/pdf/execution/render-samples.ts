// Renders the sample execution decisions into test/fixtures/documents/ (PDF and 70 dpi PNG pages for reviewers).
// Run from the repository root: npx ts-node -r tsconfig-paths/register libs/pdf/execution/render-samples.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderEnforcementPdf, renderInstalmentPdf, renderPostponementPdf } from './index';
import { sampleEnforcement, sampleInstalments, samplePostponement } from './samples';

const OUT = resolve(__dirname, '../../../test/fixtures/documents');

async function main(): Promise<void> {
  const samples: [string, Buffer][] = [
    ['sample-postponement-mqd03', await renderPostponementPdf(samplePostponement())],
    ['sample-instalments-mqd05', await renderInstalmentPdf(sampleInstalments())],
    ['sample-enforcement-mqd08', await renderEnforcementPdf(sampleEnforcement())],
  ];
  for (const [name, pdf] of samples) {
    const file = join(OUT, `${name}.pdf`);
    writeFileSync(file, pdf);
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', file, join(OUT, name)]);
    console.log(`${name}.pdf ${pdf.length} bytes${png.status === 0 ? ', PNG pages written' : ', pdftoppm not available'}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

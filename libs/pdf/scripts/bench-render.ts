// Times 50 renders of the sample decision in one process: the first pays for reading the fonts and wording
// files; later ones reuse the cached Buffers. Run from the repository root:
//   npx ts-node -r tsconfig-paths/register libs/pdf/scripts/bench-render.ts [count]
import { createHash } from 'node:crypto';
import { renderDecisionPdf } from '@libs/pdf';
import { sampleDecision } from '@libs/pdf/samples';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 50);
  const times: number[] = [];
  const digests = new Set<string>();
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const pdf = await renderDecisionPdf(sampleDecision());
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    digests.add(createHash('sha256').update(pdf).digest('hex'));
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  const mean = rest.reduce((s, t) => s + t, 0) / rest.length;
  const ms = (t: number): string => `${t.toFixed(1)} ms`;
  console.log(`renders: ${count}, distinct outputs: ${digests.size}`);
  console.log(`first: ${ms(times[0])}`);
  console.log(
    `others: mean ${ms(mean)}, median ${ms(rest[Math.floor(rest.length / 2)])}, ` +
      `p95 ${ms(rest[Math.floor(rest.length * 0.95)])}, min ${ms(rest[0])}, max ${ms(rest[rest.length - 1])}`,
  );
  console.log(`total: ${ms(times.reduce((s, t) => s + t, 0))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

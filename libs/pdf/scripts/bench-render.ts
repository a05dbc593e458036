// Renders the sample decision with the fonts parsed once per process and, in the same run, with the fonts
// registered from Buffers (pdfkit decodes them again for every document, as before issue 15), and says whether
// both give the same bytes. The two paths alternate in rounds so a busy machine slows both alike; CPU time is
// printed next to wall time because other processes on the machine inflate the latter. Run from the repository root:
//   npm run bench:pdf [-- renders-per-path]
import { createHash } from 'node:crypto';
import { renderDecisionPdf } from '@libs/pdf';
import { sampleDecision } from '@libs/pdf/samples';
import type { FontSource } from '@libs/pdf/writer';

const TARGET = 1.8;
const ROUNDS = 5;

interface Tally {
  wallMs: number;
  cpuMs: number;
  renders: number;
  digests: Set<string>;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function timed(fonts: FontSource, count: number, tally: Tally): Promise<void> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) tally.digests.add(sha256(await renderDecisionPdf(sampleDecision(), { fonts })));
  tally.wallMs += Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  tally.cpuMs += (used.user + used.system) / 1000;
  tally.renders += count;
}

async function main(): Promise<void> {
  const perPath = Math.max(ROUNDS, Number(process.argv[2] ?? 25));
  const perRound = Math.ceil(perPath / ROUNDS);

  const coldStart = process.hrtime.bigint();
  const first = await renderDecisionPdf(sampleDecision());
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
  await renderDecisionPdf(sampleDecision(), { fonts: 'buffers' });

  const parsed: Tally = { wallMs: 0, cpuMs: 0, renders: 0, digests: new Set([sha256(first)]) };
  const buffers: Tally = { wallMs: 0, cpuMs: 0, renders: 0, digests: new Set() };
  for (let round = 0; round < ROUNDS; round++) {
    const order: [FontSource, Tally][] = [
      ['parsed', parsed],
      ['buffers', buffers],
    ];
    if (round % 2 === 1) order.reverse();
    for (const [fonts, tally] of order) await timed(fonts, perRound, tally);
  }
  // Documents rendered at the same time share the parsed faces: they must not see each other's glyphs.
  const together = await Promise.all(
    Array.from({ length: 4 }, (_, i) => renderDecisionPdf(sampleDecision(), { fonts: i % 2 === 0 ? 'parsed' : 'buffers' })),
  );
  together.forEach((bytes, i) => (i % 2 === 0 ? parsed : buffers).digests.add(sha256(bytes)));

  const ms = (t: number): string => `${t.toFixed(1)} ms`;
  const line = (label: string, t: Tally): string =>
    `${label}: ${ms(t.wallMs / t.renders)} per decision (CPU ${ms(t.cpuMs / t.renders)}), ${t.renders} renders`;
  const identical = parsed.digests.size === 1 && buffers.digests.size === 1 && [...parsed.digests][0] === [...buffers.digests][0];
  const wallRatio = buffers.wallMs / buffers.renders / (parsed.wallMs / parsed.renders);
  const cpuRatio = buffers.cpuMs / buffers.renders / (parsed.cpuMs / parsed.renders);
  console.log(`sample decision, ${first.length} bytes; first render (reads and parses the fonts): ${ms(coldMs)}`);
  console.log(line('fonts parsed once per process', parsed));
  console.log(line('fonts registered from Buffers ', buffers));
  console.log(
    `ratio: ${wallRatio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (target >= ${TARGET}x: ` +
      `${Math.min(wallRatio, cpuRatio) >= TARGET ? 'met' : cpuRatio >= TARGET ? 'met on CPU time' : 'not met'})`,
  );
  console.log(
    identical
      ? `output bytes identical for both paths (sequential and concurrent renders): yes, sha256 ${[...parsed.digests][0]}`
      : `output bytes identical for both paths: NO (${parsed.digests.size} parsed, ${buffers.digests.size} Buffer digests)`,
  );
  if (!identical) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Worksheet throughput on one core. Run:
 *   npx ts-node -r tsconfig-paths/register --transpile-only test/bench/worksheet.bench.ts
 * Computes 100 000 worksheets (1–3 acts, random circumstances, decision date and signer) over the shipped catalogue
 * (or the test fixtures when it has no computable rows), and two baselines measured in the same run: a JSON round-trip
 * of the same inputs, and version resolution only. Target: ≥ 20 000 worksheets per second.
 */
import { performance } from 'node:perf_hooks';
import {
  AGGRAVATING_CODES,
  MITIGATING_CODES,
  addDays,
  computeWorksheet,
  loadShippedCatalogue,
  type ActInput,
  type Catalogue,
  type CatalogueRow,
  type SignerTitle,
  type WorksheetInput,
} from '@libs/legal';
import { fixtureCatalogue } from '@libs/legal/testing/fixtures';

const N = 100_000;
const DISTINCT_INPUTS = 2_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20260926);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** Rows whose fine can be computed without an officer's choice of range: fine rows with a known range, in force 2023+. */
function usableRows(catalogue: Catalogue): CatalogueRow[] {
  return catalogue
    .rows()
    .filter(
      (r) =>
        r.fine !== null && r.effectiveFrom <= '2024-01-01' && (r.effectiveTo === null || r.effectiveTo >= '2025-06-30'),
    );
}

function makeAct(row: CatalogueRow): ActInput {
  const endedOn = addDays('2024-01-01', int(0, 540));
  const choose = <T extends string>(codes: readonly T[], n: number) =>
    [...codes]
      .sort(() => random() - 0.5)
      .slice(0, n)
      .map((code) => ({ code }));
  return {
    code: row.code,
    offenderType: random() < 0.8 ? 'organisation' : 'individual',
    endedOn,
    ongoingAtDetection: false,
    detectedOn: addDays(endedOn, int(1, 60)),
    mitigating: choose(MITIGATING_CODES, pick([0, 0, 1, 2])),
    aggravating: choose(AGGRAVATING_CODES, pick([0, 0, 0, 1, 2])),
    licenceRef: random() < 0.5 ? 'GP-1' : undefined,
  };
}

function makeInput(rows: CatalogueRow[]): WorksheetInput {
  const acts = Array.from({ length: pick([1, 1, 2, 2, 3]) }, () => makeAct(pick(rows)));
  const lastDetection = acts
    .map((a) => a.detectedOn)
    .sort()
    .at(-1) as string;
  const title: SignerTitle = pick(['department-director', 'provincial-chair', 'commune-chair']);
  return { decisionDate: addDays(lastDetection, int(5, 30)), signer: { title }, acts };
}

function time(label: string, body: (input: WorksheetInput) => number, inputs: WorksheetInput[]): number {
  let sink = 0;
  for (let i = 0; i < 10_000; i++) sink += body(inputs[i % inputs.length]); // warm-up
  const start = performance.now();
  for (let i = 0; i < N; i++) sink += body(inputs[i % inputs.length]);
  const ms = performance.now() - start;
  const perSecond = Math.round((N / ms) * 1000);
  console.log(
    `${label.padEnd(34)} ${String(Math.round(ms)).padStart(6)} ms  ${String(perSecond).padStart(9)} /s  (sink ${sink % 1000})`,
  );
  return perSecond;
}

let catalogue = loadShippedCatalogue();
let rows = usableRows(catalogue);
let source = `shipped catalogue (${catalogue.rows().length} rows, ${rows.length} usable)`;
if (rows.length === 0) {
  catalogue = fixtureCatalogue();
  rows = usableRows(catalogue);
  source = `test fixtures (${rows.length} usable rows)`;
}
const inputs = Array.from({ length: DISTINCT_INPUTS }, () => makeInput(rows));
console.log(`node ${process.version}; ${N} iterations over ${DISTINCT_INPUTS} distinct inputs from the ${source}`);

const baselineJson = time(
  'baseline: JSON round-trip of input',
  (input) => (JSON.parse(JSON.stringify(input)) as WorksheetInput).acts.length,
  inputs,
);
const baselineResolve = time(
  'baseline: version resolution only',
  (input) => {
    let n = 0;
    for (const a of input.acts) n += catalogue.resolve(a.code, a.endedOn as string).article;
    return n;
  },
  inputs,
);
const worksheets = time(
  'computeWorksheet',
  (input) => computeWorksheet(catalogue, input).knownFineSubtotalVnd % 7,
  inputs,
);

console.log(`worksheets per second: ${worksheets} (target ≥ 20000: ${worksheets >= 20_000 ? 'met' : 'NOT met'})`);
console.log(
  `ratio to JSON round-trip: ${(baselineJson / worksheets).toFixed(2)}× slower; to resolution only: ${(baselineResolve / worksheets).toFixed(2)}× slower`,
);

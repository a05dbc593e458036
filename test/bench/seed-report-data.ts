/**
 * Seed generator for the annual-report benchmark: a realistic volume of departments, registry subjects, licences,
 * cases, inspections, violations, sanction decisions (with amendments, corrections and annulments) and their report
 * lines, bulk-inserted with INSERT … SELECT generate_series (no row-by-row work in Node).
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only test/bench/seed-report-data.ts [database-url]
 *
 * REPORT_BENCH_FULL=1 gives the full volume of issue 6 (34 departments × 10 years, ≈1 000 000 violations, ≈200 000
 * decisions); the default is a tenth of it. Deterministic: hashes of the row number, not random().
 */
import { Client } from 'pg';
import { subjectKindSql, pressAgencyJoin } from '@app/cases/subject-kind';
import { loadShippedCatalogue } from '@libs/legal';

export interface SeedVolume {
  departments: number;
  years: number;
  lastYear: number;
  cases: number;
}

export const FULL_VOLUME: SeedVolume = { departments: 34, years: 10, lastYear: 2026, cases: 300_000 };
export const SMALL_VOLUME: SeedVolume = { ...FULL_VOLUME, cases: 30_000 };

/** Decision: 65 % of cases; then 2 % amended, 1 % corrected, 1 % annulled. Acts per case 1–6 (≈3.5). */
const FUNCTIONS = `
create or replace function pg_temp.h(n bigint, salt text) returns int language sql immutable as
  $$ select (hashtext(n::text || ':' || salt) & 2147483647) $$;
create or replace function pg_temp.clamp(d date) returns date language sql immutable as
  $$ select least(d, date '2026-11-20') $$;`;

function catalogueCodes(): { code: string; field: string; min: number; max: number; susp: boolean; conf: boolean; rem: number }[] {
  const catalogue = loadShippedCatalogue();
  return catalogue.codes().map((code) => {
    const row = catalogue.versions(code).at(-1)!;
    const susp = row.additionalSanctions.some((s) => s.kind === 'licence-suspension' || s.kind === 'activity-suspension');
    return {
      code,
      field: row.field,
      min: row.fine?.minVnd ?? 5_000_000,
      max: row.fine?.maxVnd ?? 10_000_000,
      susp,
      conf: row.additionalSanctions.some((s) => s.kind === 'confiscation'),
      rem: row.remedialMeasures.length,
    };
  });
}

const registrySql = (v: SeedVolume) => `
insert into departments (name, parent_body, place_name, province_code, abbreviation)
  select 'Sở Văn hóa và Thể thao tỉnh Thử ' || g, 'Ủy ban nhân dân tỉnh Thử ' || g, 'Thử ' || g, lpad(g::text, 2, '0'), 'SVHTT' from generate_series(1, ${v.departments}) g;
create temp table d_idx as select (row_number() over (order by province_code)) - 1 as i, id from departments;
insert into press_agencies (department_id, kind, name, governing_body, scope)
  select d.id, (array['print_newspaper','e_newspaper','print_magazine','e_magazine','radio','television'])[1 + g % 6]::press_agency_kind,
    'Cơ quan báo chí số ' || g, 'Cơ quan chủ quản', 'local' from d_idx d, generate_series(0, 39) g;
insert into e_information_sites (department_id, name, owner_name) select d.id, 'Trang tin tổng hợp ' || g, 'Công ty ' || g from d_idx d, generate_series(0, 59) g;
insert into representative_offices (department_id, agency_name, address) select d.id, 'Văn phòng đại diện báo ' || g, 'Địa chỉ ' || g from d_idx d, generate_series(0, 14) g;
insert into resident_reporters (department_id, agency_name, full_name) select d.id, 'Báo ' || g, 'Phóng viên ' || g from d_idx d, generate_series(0, 19) g;
insert into unregistered_subjects (department_id, kind, name) select d.id, (case when g % 3 = 0 then 'individual' else 'organisation' end)::subject_kind, 'Đối tượng ' || g from d_idx d, generate_series(0, 64) g;
create temp table subj as select department_id, (row_number() over (partition by department_id order by t, id)) - 1 as n, t, id, name from (
  select department_id, 'press_agency' as t, id, name from press_agencies union all
  select department_id, 'e_information_site', id, name from e_information_sites union all
  select department_id, 'representative_office', id, agency_name from representative_offices union all
  select department_id, 'resident_reporter', id, full_name from resident_reporters union all
  select department_id, 'unregistered_subject', id, name from unregistered_subjects) x;
create index on subj (department_id, n);
insert into licences (department_id, kind, holder_type, holder_id, number, issuer, issued_on, expires_on, status, suspended_from, suspended_until)
  select s.department_id, k.kind::licence_kind, k.holder::licence_holder_type, s.id, s.n || '/GP-' || k.kind, 'Bộ', issued, issued + interval '10 years',
    (case when pg_temp.h(s.n, s.id::text) % 50 = 0 then 'revoked' when pg_temp.h(s.n, s.id::text) % 50 = 1 then 'suspended' else 'active' end)::licence_status,
    (case when pg_temp.h(s.n, s.id::text) % 50 = 1 then date '2026-10-01' end), (case when pg_temp.h(s.n, s.id::text) % 50 = 1 then date '2027-01-31' end)
  from subj s
  join (values ('press_agency', 'press_activity', 'press_agency'), ('e_information_site', 'general_site', 'e_information_site'),
               ('representative_office', 'representative_office', 'representative_office')) k(t, kind, holder) on k.t = s.t
  cross join lateral (select date '2010-01-01' + pg_temp.h(s.n, s.id::text || 'i') % 6000 as issued) i;`;

const casesSql = (v: SeedVolume) => `
create temp table bc as
  select g as seq, d.id as department_id, ${v.lastYear - v.years + 1} + (g / ${v.departments}) % ${v.years} as year,
    pg_temp.h(g, 'subject') % 200 as subject_n, pg_temp.h(g, 'decided') % 20 < 13 as decided, 1 + pg_temp.h(g, 'acts') % 6 as acts,
    pg_temp.h(g, 'outcome') % 100 as outcome
  from generate_series(1, ${v.cases}) g join d_idx d on d.i = g % ${v.departments};
alter table bc add column id uuid default gen_random_uuid(), add column opened_on date, add column decided_on date, add column executed_on date, add column closed_on date;
update bc set opened_on = pg_temp.clamp(make_date(year, 1, 1) + pg_temp.h(seq, 'opened') % 330);
update bc set decided_on = pg_temp.clamp(opened_on + 20 + pg_temp.h(seq, 'decide') % 40) where decided;
update bc set executed_on = pg_temp.clamp(decided_on + 5 + pg_temp.h(seq, 'exec') % 40) where decided and outcome < 90;
update bc set closed_on = case when decided then pg_temp.clamp(executed_on + pg_temp.h(seq, 'close') % 20) else pg_temp.clamp(opened_on + 30 + pg_temp.h(seq, 'close') % 60) end
  where (decided and outcome < 85) or (not decided and outcome < 70);
insert into inspection_cases (id, department_id, number, year, sequence, title, subject_type, subject_id, subject_name, origin, opened_on, status,
    decision_ref, decided_on, execution_mode, executed_on, closure_reason, closed_on)
  select bc.id, bc.department_id, bc.seq || '/' || bc.year || '/HS', bc.year, bc.seq, 'Hồ sơ ' || bc.seq, s.t::case_subject_type, s.id, s.name,
    (array['planned_inspection','ad_hoc_inspection','complaint_or_report','press_monitoring','referral'])[1 + bc.seq % 5]::case_origin, bc.opened_on,
    (case when bc.closed_on is not null then 'closed' when bc.executed_on is not null then 'executed' when bc.decided then 'decided' else 'inspecting' end)::case_status,
    case when bc.decided then 'QĐ ' || bc.seq end, bc.decided_on,
    (case when bc.executed_on is null then null when bc.outcome < 80 then 'paid' else 'enforced' end)::case_execution_mode, bc.executed_on,
    (case when bc.closed_on is null then null when bc.decided then 'sanction_executed'
      else (array['no_violation','limitation_expired','offender_unidentified','transferred_for_prosecution','offender_deceased_or_dissolved','exempting_circumstances'])[1 + bc.outcome % 6] end)::case_closure_reason,
    bc.closed_on
  from bc join subj s on s.department_id = bc.department_id and s.n = bc.subject_n
  -- appended in time order, as a live system writes them
  order by bc.opened_on, bc.seq;
insert into inspections (department_id, case_id, kind, planning, plan_year, decision_number, decision_date)
  select bc.department_id, bc.id, (case when k = 0 and bc.seq % 4 = 0 then 'inspection' else 'check' end)::inspection_kind,
    (case when bc.seq % 3 = 0 then 'planned' else 'ad_hoc' end)::inspection_planning, case when bc.seq % 3 = 0 then bc.year end,
    bc.seq || '/QĐ-TTr', bc.opened_on - (pg_temp.h(bc.seq, 'insp') % 5)
  from bc cross join generate_series(0, case when bc.seq % 10 = 0 then 1 else 0 end) k
  order by bc.opened_on, bc.seq;`;

const violationsSql = () => `
insert into case_violations (department_id, case_id, code, offender_type, ongoing_at_detection, detected_on, facts, worksheet, worksheet_computed_at,
    legal_basis, description_vi, explanation_right, limitation_last_day)
  select bc.department_id, bc.id, c.code, 'organisation', true, bc.opened_on, 'Nội dung vi phạm', '{}'::jsonb, now(), '', '', false, bc.opened_on + 730
  from bc cross join generate_series(1, bc.acts) a join codes c on c.n = pg_temp.h(bc.seq * 10 + a, 'code') % (select count(*) from codes)
  order by bc.opened_on, bc.seq, a;`;

/** Decisions and their report lines; corrections follow 2 % / 1 % / 1 % of the sanction decisions. */
const decisionsSql = () => `
create temp table dec as
  select gen_random_uuid() as id, bc.id as case_id, bc.seq, bc.department_id, 'sanction'::text as kind, null::uuid as original_id,
    bc.decided_on as issued_on, (case when bc.seq % 25 = 0 then 'provincial_committee' else 'department' end) as body, bc.acts
  from bc where bc.decided;
insert into dec select gen_random_uuid(), d.case_id, d.seq, d.department_id, k.kind, d.id, pg_temp.clamp(d.issued_on + 30), d.body,
    case when k.kind = 'amend' and d.acts > 1 then d.acts - 1 else d.acts end
  from dec d join (values (0, 'amend'), (1, 'amend'), (2, 'correct'), (3, 'annul')) k(r, kind) on pg_temp.h(d.seq, 'corr') % 100 = k.r;
create index on dec (original_id);
create temp table sk as select c.id as case_id, ${subjectKindSql('c', 'pa')} as subject_kind from inspection_cases c ${pressAgencyJoin('c', 'pa')};
create temp table ln as
  select d.id as decision_id, d.department_id, d.case_id, coalesce(d.original_id, d.id) as chain_id, d.kind, d.body, d.issued_on, a as line_no, c.code, c.field,
    c.min_vnd + least(c.max_vnd - c.min_vnd, (pg_temp.h(d.seq * 10 + a, 'fine') % 9) * ((c.max_vnd - c.min_vnd) / 8 / 250000) * 250000) as fine_vnd,
    case when c.susp and pg_temp.h(d.seq, 'susp') % 4 = 0 then 1 + pg_temp.h(d.seq, 'months') % 6 else 0 end as licence_months,
    c.conf and pg_temp.h(d.seq * 10 + a, 'conf') % 3 = 0 as confiscation, c.rem as remedial
  from dec d cross join generate_series(1, d.acts) a join codes c on c.n = pg_temp.h(d.seq * 10 + a, 'code') % (select count(*) from codes);
create index on ln (decision_id);
analyze dec;
analyze ln;
insert into sanction_decisions (id, department_id, case_id, kind, original_decision_id, correction_reason, status, issuing_body_code, content, created_by_id,
    year, sequence, number, issued_on, issued_at, issued_by_id, total_fine_vnd, verification_code, snapshot)
  select d.id, d.department_id, d.case_id, d.kind::sanction_decision_kind, d.original_id, case when d.original_id is not null then 'Lý do' end, 'issued',
    d.body::issuing_body_code, '{}'::jsonb, d.id,
    extract(year from d.issued_on)::int, s.sequence, lpad(s.sequence::text, 2, '0') || '/QĐ-XPHC', d.issued_on, d.issued_on::timestamptz, d.id,
    (select sum(fine_vnd) from ln where ln.decision_id = d.id), upper(substr(md5(d.id::text), 1, 10)),
    -- the report reads its own lines, not the snapshot: a placeholder keeps the table's shape
    '{"document": {}, "acts": [], "worksheets": []}'::jsonb
  from dec d join (select id, row_number() over (partition by department_id, body, extract(year from issued_on) order by issued_on, seq, kind) as sequence from dec) s on s.id = d.id
  order by d.issued_on, d.original_id nulls first;
insert into sanction_decision_lines (department_id, decision_id, chain_id, case_id, year, issued_on, issue_year, decision_kind, issuing_body_code, line_no,
    catalogue_code, field, subject_kind, offender_type, warning, fine_vnd, licence_suspension_months, confiscation, remedial_measure_count, effective)
  select ln.department_id, ln.decision_id, ln.chain_id, ln.case_id, extract(year from o.issued_on)::int, ln.issued_on, extract(year from ln.issued_on)::int,
    ln.kind, ln.body, ln.line_no, ln.code, ln.field, sk.subject_kind, 'organisation', false, ln.fine_vnd, ln.licence_months, ln.confiscation, ln.remedial,
    -- the chain's current state: the amendment if any, nothing once annulled, never a correction
    case when exists (select 1 from dec x where x.original_id = ln.chain_id and x.kind = 'annul') then false
         when ln.kind = 'sanction' then not exists (select 1 from dec x where x.original_id = ln.chain_id and x.kind = 'amend')
         when ln.kind = 'amend' then ln.decision_id = (select x.id from dec x where x.original_id = ln.chain_id and x.kind = 'amend' order by x.id desc limit 1)
         else false end
  from ln join dec o on o.id = ln.chain_id join sk on sk.case_id = ln.case_id
  order by ln.issued_on, ln.decision_id, ln.line_no;`;

export interface SeedCounts {
  departments: number;
  cases: number;
  inspections: number;
  violations: number;
  decisions: number;
  lines: number;
  licences: number;
}

/** Fills a migrated, empty database; returns what it made. */
export async function seedReportData(databaseUrl: string, v: SeedVolume, log: (s: string) => void = () => undefined): Promise<SeedCounts> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(FUNCTIONS);
    await c.query(
      `create temp table codes (n int, code text, field text, min_vnd bigint, max_vnd bigint, susp boolean, conf boolean, rem int)`,
    );
    const codes = catalogueCodes();
    await c.query(
      `insert into codes select (row_number() over ()) - 1, * from jsonb_to_recordset($1::jsonb) as x(code text, field text, min bigint, max bigint, susp boolean, conf boolean, rem int)`,
      [JSON.stringify(codes)],
    );
    for (const [name, sql] of [
      ['registry', registrySql(v)],
      ['cases and inspections', casesSql(v)],
      ['violations', violationsSql()],
      ['decisions and lines', decisionsSql()],
    ] as const) {
      const started = Date.now();
      await c.query(sql);
      log(`  seeded ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Set the visibility map and statistics as autovacuum would after a load, so the timings do not race it.
    await c.query('vacuum analyze');
    const count = async (table: string): Promise<number> => Number((await c.query(`select count(*) as n from ${table}`)).rows[0].n);
    return {
      departments: await count('departments'),
      cases: await count('inspection_cases'),
      inspections: await count('inspections'),
      violations: await count('case_violations'),
      decisions: await count('sanction_decisions'),
      lines: await count('sanction_decision_lines'),
      licences: await count('licences'),
    };
  } finally {
    await c.end();
  }
}

if (require.main === module) {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('give the database URL (a migrated, empty database)');
  const volume = process.env.REPORT_BENCH_FULL === '1' ? FULL_VOLUME : SMALL_VOLUME;
  seedReportData(url, volume, (s) => process.stdout.write(`${s}\n`))
    .then((counts) => process.stdout.write(`${JSON.stringify(counts)}\n`))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}

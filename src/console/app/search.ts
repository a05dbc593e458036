// The URL's search parameters of each list, parsed and checked: reload, back and a shared link keep the page.
import type { Schemas } from '../api/client';
import { PAGE_SIZES } from '../i18n/vi';

const CASE_STATUSES = ['open', 'inspecting', 'violations_recorded', 'awaiting_explanation', 'ready_for_decision', 'decided', 'executed', 'closed'] as const satisfies readonly Schemas['CaseStatus'][];
const SUBJECT_TYPES = ['press_agency', 'e_information_site', 'representative_office', 'resident_reporter', 'unregistered_subject'] as const satisfies readonly Schemas['CaseSubjectType'][];
export const CASE_SORTS = ['openedOn', '-openedOn', 'number', '-number', 'status', '-status'] as const;
export const CASE_TABS = ['inspections', 'violations', 'evidence', 'record', 'audit'] as const;

/** The registry lists, by their address segment (the API's /api/registry/<kind>). */
export const REGISTRY_KINDS = ['e-information-sites', 'press-agencies', 'representative-offices', 'resident-reporters', 'unregistered-subjects'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
const positive = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : undefined;
};
const text = (v: unknown, max = 200): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : undefined);
const pageSize = (v: unknown): number | undefined => PAGE_SIZES.find((n) => String(n) === String(v));

export interface CasesSearch {
  page?: number;
  pageSize?: number;
  sort?: (typeof CASE_SORTS)[number];
  status?: Schemas['CaseStatus'];
  subjectType?: Schemas['CaseSubjectType'];
  due?: string;
  q?: string;
  /** Giao cho tôi: the cases the signed-in inspector is assigned to (GET /api/cases?assignee=me). */
  assignee?: 'me';
}

export const casesSearch = (s: Record<string, unknown>): CasesSearch => ({
  page: positive(s.page),
  pageSize: pageSize(s.pageSize),
  sort: oneOf(CASE_SORTS, s.sort),
  status: oneOf(CASE_STATUSES, s.status),
  subjectType: oneOf(SUBJECT_TYPES, s.subjectType),
  due: typeof s.due === 'string' && /^(overdue|within:\d{1,3})$/.test(s.due) ? s.due : undefined,
  q: text(s.q),
  assignee: s.assignee === 'me' ? 'me' : undefined,
});

export const caseTabSearch = (s: Record<string, unknown>): { tab?: (typeof CASE_TABS)[number] } => ({ tab: oneOf(CASE_TABS, s.tab) });

export const newCaseSearch = (s: Record<string, unknown>): { subjectType?: Schemas['CaseSubjectType']; subjectId?: string } => ({
  subjectType: oneOf(SUBJECT_TYPES, s.subjectType),
  subjectId: typeof s.subjectId === 'string' && /^[0-9a-f-]{36}$/i.test(s.subjectId) ? s.subjectId : undefined,
});

export interface RegistrySearch {
  kind?: RegistryKind;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const registrySearch = (s: Record<string, unknown>): RegistrySearch => ({
  kind: oneOf(REGISTRY_KINDS, s.kind),
  q: text(s.q),
  page: positive(s.page),
  pageSize: pageSize(s.pageSize),
});

/** The case subject type of each registry list. */
export const SUBJECT_TYPE_OF: Record<RegistryKind, Schemas['CaseSubjectType']> = {
  'e-information-sites': 'e_information_site',
  'press-agencies': 'press_agency',
  'representative-offices': 'representative_office',
  'resident-reporters': 'resident_reporter',
  'unregistered-subjects': 'unregistered_subject',
};
export const KIND_OF_SUBJECT_TYPE = Object.fromEntries(Object.entries(SUBJECT_TYPE_OF).map(([k, v]) => [v, k])) as Record<Schemas['CaseSubjectType'], RegistryKind>;

/** The report's year and, for the ministry viewer, one department (absent: every department). */
export const reportsSearch = (s: Record<string, unknown>): { year?: number; departmentId?: string } => {
  const year = positive(s.year);
  return {
    year: year && year >= 2000 && year <= 2100 ? year : undefined,
    departmentId: typeof s.departmentId === 'string' && /^[0-9a-f-]{36}$/i.test(s.departmentId) ? s.departmentId : undefined,
  };
};

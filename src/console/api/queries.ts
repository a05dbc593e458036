// One queryOptions factory per resource; keys start with the resource so a mutation can invalidate all of it.
import { queryOptions } from '@tanstack/react-query';
import type { CasesSearch, RegistryKind } from '../app/search';
import { api, unwrap } from './client';

export const caseQueries = {
  list: (s: CasesSearch, subjectId?: string) =>
    queryOptions({
      queryKey: ['cases', 'list', s, subjectId],
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/cases', {
            params: { query: { page: s.page ?? 1, pageSize: s.pageSize ?? 20, sort: s.sort ?? '-openedOn', status: s.status, subjectType: s.subjectType, due: s.due, q: s.q, assignee: s.assignee, subjectId } },
            signal,
          }),
        ),
    }),
  one: (id: string) =>
    queryOptions({ queryKey: ['cases', 'one', id], queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}', { params: { path: { id } }, signal })) }),
  inspections: (id: string) =>
    queryOptions({ queryKey: ['cases', 'inspections', id], queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/inspections', { params: { path: { id } }, signal })) }),
  violations: (id: string) =>
    queryOptions({ queryKey: ['cases', 'violations', id], queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/violations', { params: { path: { id } }, signal })) }),
  evidence: (id: string) =>
    queryOptions({ queryKey: ['cases', 'evidence', id], queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/evidence', { params: { path: { id } }, signal })) }),
  record: (id: string) =>
    queryOptions({
      queryKey: ['cases', 'record', id],
      queryFn: async ({ signal }) => {
        const { data, response } = await api.GET('/api/cases/{id}/violation-record', { params: { path: { id } }, signal });
        // No record drawn yet is an answer, not an error.
        if (response.status === 404) return null;
        return unwrap(Promise.resolve({ data, response }));
      },
    }),
  recordDocument: (id: string) =>
    queryOptions({
      queryKey: ['cases', 'record-document', id],
      queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/violation-record/document', { params: { path: { id } }, signal })),
      // Rendering takes a moment: ask again until the worker is done.
      refetchInterval: (q) => (q.state.data?.status === 'pending' ? 700 : false),
    }),
};

export const auditQueries = {
  forCase: (caseId: string) =>
    queryOptions({ queryKey: ['audit', 'case', caseId], queryFn: ({ signal }) => unwrap(api.GET('/api/audit', { params: { query: { caseId, pageSize: 100 } }, signal })) }),
};

export const userQueries = {
  all: () => queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => unwrap(api.GET('/api/users', { signal })), staleTime: 60_000 }),
};

export const catalogueQueries = {
  search: (text: string, inForceOn?: string) =>
    queryOptions({
      queryKey: ['catalogue', 'search', text, inForceOn],
      queryFn: ({ signal }) => unwrap(api.GET('/api/legal/catalogue', { params: { query: { text, inForceOn } }, signal })),
      enabled: text.trim().length >= 2,
    }),
};

export const registryQueries = {
  list: (kind: RegistryKind, q: string | undefined, page = 1, pageSize = 20) =>
    queryOptions({
      queryKey: ['registry', kind, 'list', q, page, pageSize],
      queryFn: ({ signal }) => unwrap(api.GET(`/api/registry/${kind}`, { params: { query: { q, page, pageSize } }, signal })),
    }),
  one: (kind: RegistryKind, id: string) =>
    queryOptions({ queryKey: ['registry', kind, 'one', id], queryFn: ({ signal }) => unwrap(api.GET(`/api/registry/${kind}/{id}`, { params: { path: { id } }, signal })) }),
  licences: (holderId: string) =>
    queryOptions({ queryKey: ['registry', 'licences', holderId], queryFn: ({ signal }) => unwrap(api.GET('/api/registry/licences', { params: { query: { holderId, pageSize: 100 } }, signal })) }),
  licenceHistory: (id: string) =>
    queryOptions({ queryKey: ['registry', 'licence-history', id], queryFn: ({ signal }) => unwrap(api.GET('/api/registry/licences/{id}/history', { params: { path: { id } }, signal })) }),
};

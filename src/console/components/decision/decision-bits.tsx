// Shared pieces of the decision workspace: the queries, the mutation hook, the status tags.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Space, Tag } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import type { DecisionsSearch } from '../../app/routes/decisions';
import { vi } from '../../i18n/vi';

export type Decision = Schemas['DecisionDto'];

export const decisionQueries = {
  list: (s: DecisionsSearch, caseId?: string) =>
    queryOptions({
      queryKey: ['decisions', 'list', s, caseId],
      queryFn: ({ signal }) => unwrap(api.GET('/api/decisions', { params: { query: { page: s.page ?? 1, pageSize: s.pageSize ?? 20, status: s.status, year: s.year, caseId } }, signal })),
      placeholderData: keepPreviousData,
    }),
  one: (id: string) => queryOptions({ queryKey: ['decisions', 'one', id], queryFn: ({ signal }) => unwrap(api.GET('/api/decisions/{id}', { params: { path: { id } }, signal })) }),
  document: (id: string) =>
    queryOptions({
      queryKey: ['decisions', 'document', id],
      queryFn: ({ signal }) => unwrap(api.GET('/api/decisions/{id}/document', { params: { path: { id } }, signal })),
      // The worker renders it in a moment: ask again until it is done.
      refetchInterval: (q) => (q.state.data?.status === 'pending' ? 800 : false),
    }),
  signerTitles: () =>
    queryOptions({ queryKey: ['legal', 'signer-titles'], queryFn: ({ signal }) => unwrap(api.GET('/api/legal/signer-titles', { signal })), staleTime: 3_600_000 }),
};

/** A change to a decision: every decision (and case) query is read again; a stale version reloads, so the user sees why. */
export function useDecisionMutation<V>(fn: (v: V) => Promise<Decision>, success?: string | ((d: Decision) => string)) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (d) => {
      queryClient.setQueryData(['decisions', 'one', d.id], d);
      await queryClient.invalidateQueries({ queryKey: ['decisions'] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      if (success) void message.success(typeof success === 'string' ? success : success(d));
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') await queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
  });
}

const STANDING_COLOURS: Record<Schemas['DecisionStanding'], string> = { in_force: 'green', amended: 'orange', corrected: 'gold', annulled: 'red' };

/** Status (draft / issued) and, for an issued decision, its standing (in force, amended, corrected, annulled). */
export function DecisionTags({ d }: { d: Pick<Decision, 'status' | 'standing' | 'kind'> }) {
  return (
    <Space size={4} wrap>
      <Tag color={d.status === 'issued' ? 'blue' : 'default'}>{vi.decisions.status[d.status]}</Tag>
      {d.status === 'issued' && d.standing && <Tag color={STANDING_COLOURS[d.standing]}>{vi.labels.decisionStanding[d.standing]}</Tag>}
    </Space>
  );
}

/** "05/QĐ-XPHC", or "Dự thảo" before it is numbered. */
export const decisionName = (d: Pick<Decision, 'number'>): string => d.number ?? vi.decisions.draftLabel;

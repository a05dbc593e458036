// The catalogue's reads for its three pages; every key starts with 'catalogue' so a proposal or approval refreshes all.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CatalogueSearch } from '../../app/routes/legal';

/** The filters the API applies (sorting and paging of the answer happen on the page: the API returns every match). */
export type CatalogueFilters = Pick<CatalogueSearch, 'q' | 'instrument' | 'article' | 'subject' | 'field' | 'inForceOn' | 'verification'>;

export const catalogueBrowse = {
  list: (f: CatalogueFilters) =>
    queryOptions({
      queryKey: ['catalogue', 'browse', f],
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/legal/catalogue', {
            params: { query: { text: f.q, instrument: f.instrument, article: f.article, subject: f.subject, field: f.field, inForceOn: f.inForceOn, verification: f.verification } },
            signal,
          }),
        ),
    }),
  /** Every row, for the decree and article choices of the filters. */
  all: () =>
    queryOptions({
      queryKey: ['catalogue', 'browse', 'all'],
      queryFn: ({ signal }) => unwrap(api.GET('/api/legal/catalogue', { params: { query: {} }, signal })),
      staleTime: 5 * 60_000,
    }),
  versions: (code: string) =>
    queryOptions({
      queryKey: ['catalogue', 'versions', code],
      queryFn: ({ signal }) => unwrap(api.GET('/api/legal/catalogue/versions', { params: { query: { code } }, signal })),
    }),
  history: (code: string) =>
    queryOptions({
      queryKey: ['catalogue', 'history', code],
      queryFn: ({ signal }) => unwrap(api.GET('/api/legal/catalogue/history', { params: { query: { code } }, signal })),
    }),
  review: () =>
    queryOptions({ queryKey: ['catalogue', 'review'], queryFn: ({ signal }) => unwrap(api.GET('/api/legal/catalogue/review', { signal })) }),
};

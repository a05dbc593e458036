// Query factories of the administration screens and the licence expiry list (keys start with the resource).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const adminQueries = {
  department: () =>
    queryOptions({ queryKey: ['departments', 'current'], queryFn: ({ signal }) => unwrap(api.GET('/api/departments/current', { signal })) }),
  calendar: (year: number) =>
    queryOptions({ queryKey: ['calendar', year], queryFn: ({ signal }) => unwrap(api.GET('/api/calendar', { params: { query: { year } }, signal })) }),
  expiringLicences: (within: number, page: number, pageSize: number) =>
    queryOptions({
      queryKey: ['registry', 'licences', 'expiring', within, page, pageSize],
      queryFn: ({ signal }) =>
        unwrap(api.GET('/api/registry/licences', { params: { query: { licenceExpiringWithinDays: within, sort: 'expiresOn', page, pageSize } }, signal })),
      placeholderData: keepPreviousData,
    }),
};

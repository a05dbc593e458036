import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/client';

/** A change to a case: on success every case query is read again; a stale version reloads too, so the user sees why. */
export function useCaseMutation<V, R>(fn: (v: V) => Promise<R>, success?: string | ((r: R) => string)) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      if (success) void message.success(typeof success === 'string' ? success : success(result));
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

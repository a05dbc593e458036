import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { App, Card, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { RegistryForm, useRegistryForm } from '../components/registry-form';
import { vi } from '../i18n/vi';

/** Thêm đối tượng quản lý: a new press agency, site, office, reporter or unregistered subject. */
export function RegistryNewPage() {
  const { kind } = useParams({ from: '/_app/registry/$kind/new' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, showError } = useRegistryForm(kind);
  const create = useMutation({
    // The body is checked by the API, which names any field it refuses.
    mutationFn: (body: Record<string, unknown>) => unwrap(api.POST(`/api/registry/${kind}`, { body: body as never })),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['registry'] });
      void message.success(vi.registry.created);
      await navigate({ to: '/registry/$kind/$id', params: { kind, id: created.id } });
    },
    onError: showError,
  });
  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.registry.add(vi.registry.kinds[kind])}</Typography.Title>
      </div>
      <Card style={{ maxWidth: 820 }}>
        <RegistryForm kind={kind} form={form} pending={create.isPending} error={create.error} onSubmit={(body) => create.mutate(body)} onCancel={() => window.history.back()} />
      </Card>
    </>
  );
}

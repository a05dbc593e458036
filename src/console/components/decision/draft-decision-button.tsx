import { FileAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { useSession } from '../../app/auth';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { decisionQueries, useDecisionMutation } from './decision-bits';
import { SignerFields, signerBody } from './details-tab';

const t = vi.decisions.draft;
type SignerValues = Parameters<typeof signerBody>[0];

/**
 * "Lập dự thảo quyết định xử phạt" on a case: for the legal officer, on a case the API lets decide; opens the existing
 * sanction decision of the case instead when there is one.
 */
export function DraftDecisionButton({ caseId }: { caseId: string }) {
  const session = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SignerValues>();
  const isLegal = session?.user.role === 'legal_officer';
  const c = useQuery({ ...caseQueries.one(caseId), enabled: isLegal });
  const existing = useQuery({ ...decisionQueries.list({ pageSize: 10 }, caseId), enabled: isLegal });
  const create = useDecisionMutation(
    (v: SignerValues) => unwrap(api.POST('/api/cases/{caseId}/decisions', { params: { path: { caseId } }, body: { signer: signerBody(v) } })),
    t.created,
  );
  if (!isLegal || !c.data || !existing.data) return null;
  const sanction = existing.data.items.find((x) => x.kind === 'sanction');
  if (sanction) {
    return (
      <Link to="/decisions/$decisionId" params={{ decisionId: sanction.id }} search={{}}>
        <Button type="primary" icon={<FileAddOutlined />}>
          {sanction.status === 'draft' ? t.open : t.openIssued}
        </Button>
      </Link>
    );
  }
  const allowed = c.data.status === 'ready_for_decision' && c.data.availableActions.includes('decide' satisfies Schemas['CaseAction']);
  if (!allowed) return null;
  return (
    <>
      <Button type="primary" icon={<FileAddOutlined />} onClick={() => setOpen(true)}>
        {t.button}
      </Button>
      <Modal
        title={t.modalTitle}
        open={open}
        okText={t.submit}
        cancelText={vi.common.cancel}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
        width={720}
      >
        <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
        <ErrorAlert error={create.error} />
        <Form<SignerValues>
          form={form}
          name="draft-decision"
          layout="vertical"
          initialValues={{ deputy: false }}
          onFinish={(v) =>
            create.mutate(v, {
              onSuccess: (d) => {
                setOpen(false);
                void navigate({ to: '/decisions/$decisionId', params: { decisionId: d.id }, search: {} });
              },
              onError: (e) => showFieldErrors(form, e, ['signer']),
            })
          }
        >
          <SignerFields />
        </Form>
      </Modal>
    </>
  );
}

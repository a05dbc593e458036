import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { DATE_FORMAT, isoDate, lines } from '../case/form-bits';
import { showFieldErrors } from '../form-errors';
import { decisionQueries, useDecisionMutation, type Decision } from './decision-bits';

const t = vi.decisions.details;

interface Values {
  fullName: string;
  title: string;
  signerTitle: Schemas['SignerDto']['signerTitle'];
  deputy: boolean;
  headTitle?: string;
  delegationNumber?: string;
  delegationDate?: Dayjs;
  bodyName?: string;
  parentBody?: string;
  placeName?: string;
  extraLegalBases?: string;
  treasuryOrBank?: string;
  accountNumber?: string;
  accountName?: string;
  collectingBody?: string;
  executingBody?: string;
  cooperatingBodies?: string;
  recipients?: string;
  effectiveDate?: Dayjs | null;
}

const FIELDS = ['signer', 'issuingBody', 'extraLegalBases', 'payment', 'collectingBody', 'executingBody', 'cooperatingBodies', 'recipients', 'effectiveDate'];

/** Signer and the signer's authority, delegation (KT.), issuing body, extra legal bases, payment place and delivery list. */
export function SignerFields() {
  const titles = useQuery(decisionQueries.signerTitles());
  const deputy = Form.useWatch('deputy') as boolean | undefined;
  return (
    <>
      <Space size="middle" wrap align="start">
        <Form.Item label={t.fullName} name="fullName" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
          <Input maxLength={200} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label={t.title} name="title" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
          <Input maxLength={200} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label={t.signerTitle} name="signerTitle" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <Select
            loading={titles.isPending}
            style={{ width: 340 }}
            options={(titles.data ?? []).map((x) => ({ value: x.title, label: x.labelVi }))}
          />
        </Form.Item>
      </Space>
      <ErrorAlert error={titles.error} />
      <Form.Item name="deputy" valuePropName="checked">
        <Checkbox>{t.deputy}</Checkbox>
      </Form.Item>
      {deputy && (
        <Space size="middle" wrap align="start">
          <Form.Item label={t.headTitle} name="headTitle" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
            <Input maxLength={200} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t.delegationNumber} name="delegationNumber" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
            <Input maxLength={64} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label={t.delegationDate} name="delegationDate" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
      )}
    </>
  );
}

/** The signer part of a draft or update body. */
export function signerBody(v: Pick<Values, 'fullName' | 'title' | 'signerTitle' | 'deputy' | 'headTitle' | 'delegationNumber' | 'delegationDate'>): Schemas['SignerDto'] {
  return {
    fullName: v.fullName.trim(),
    title: v.title.trim(),
    signerTitle: v.signerTitle,
    deputy: v.deputy && v.headTitle && v.delegationNumber && v.delegationDate ? { headTitle: v.headTitle.trim(), delegationDecision: { number: v.delegationNumber.trim(), date: isoDate(v.delegationDate) ?? '' } } : null,
  };
}

const initial = (d: Decision): Values => ({
  fullName: d.signer.fullName,
  title: d.signer.title,
  signerTitle: d.signer.signerTitle,
  deputy: !!d.signer.deputy,
  headTitle: d.signer.deputy?.headTitle,
  delegationNumber: d.signer.deputy?.delegationDecision.number,
  delegationDate: d.signer.deputy ? dayjs(d.signer.deputy.delegationDecision.date) : undefined,
  bodyName: d.issuingBody.name,
  parentBody: d.issuingBody.parentBody ?? undefined,
  placeName: d.issuingBody.placeName,
  extraLegalBases: d.extraLegalBases.join('\n'),
  treasuryOrBank: d.payment?.treasuryOrBank,
  accountNumber: d.payment?.accountNumber ?? undefined,
  accountName: d.payment?.accountName ?? undefined,
  collectingBody: d.collectingBody ?? undefined,
  executingBody: d.executingBody ?? undefined,
  cooperatingBodies: d.cooperatingBodies.join('\n'),
  recipients: d.recipients.join('\n'),
  effectiveDate: d.effectiveDate ? dayjs(d.effectiveDate) : null,
});

/** Người ký và nội dung: what the printed decision needs beyond the acts; PATCH with the version read. */
export function DetailsTab({ d, canEdit }: { d: Decision; canEdit: boolean }) {
  const [form] = Form.useForm<Values>();
  const editable = canEdit && d.status === 'draft';
  const save = useDecisionMutation(
    (v: Values) =>
      unwrap(
        api.PATCH('/api/decisions/{id}', {
          params: { path: { id: d.id } },
          body: {
            version: d.version,
            signer: signerBody(v),
            issuingBody: { name: v.bodyName?.trim() || undefined, parentBody: v.parentBody?.trim() || null, placeName: v.placeName?.trim() || undefined },
            extraLegalBases: lines(v.extraLegalBases),
            payment: v.treasuryOrBank?.trim() ? { treasuryOrBank: v.treasuryOrBank.trim(), accountNumber: v.accountNumber?.trim() || null, accountName: v.accountName?.trim() || null } : null,
            collectingBody: v.collectingBody?.trim() || null,
            executingBody: v.executingBody?.trim() || null,
            cooperatingBodies: lines(v.cooperatingBodies),
            recipients: lines(v.recipients),
            effectiveDate: isoDate(v.effectiveDate) ?? null,
          },
        }),
      ),
    t.saved,
  );
  return (
    <Form<Values>
      form={form}
      name="decision-details"
      layout="vertical"
      disabled={!editable}
      initialValues={initial(d)}
      key={d.version}
      onFinish={(v) => save.mutate(v, { onError: (e) => showFieldErrors(form, e, FIELDS) })}
    >
      <ErrorAlert error={save.error} />
      <Card size="small" title={t.signer} style={{ marginBottom: 16 }}>
        <SignerFields />
      </Card>
      <Card size="small" title={t.subject} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t.subjectName}>{d.subject.name ?? vi.common.none}</Descriptions.Item>
          <Descriptions.Item label={t.subjectAddress}>{d.subject.address ?? vi.common.none}</Descriptions.Item>
          <Descriptions.Item label={t.representative}>
            {[d.subject.representativeName, d.subject.representativeTitle].filter(Boolean).join(', ') || vi.common.none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t.issuingBody} style={{ marginBottom: 16 }}>
        <Space size="middle" wrap align="start">
          <Form.Item label={t.bodyName} name="bodyName">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label={t.parentBody} name="parentBody">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label={t.placeName} name="placeName">
            <Input maxLength={100} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t.legalBases} name="extraLegalBases" extra={t.legalBasesHint}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t.effectiveDate} name="effectiveDate">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Card>
      <Card size="small" title={t.payment} style={{ marginBottom: 16 }}>
        <Space size="middle" wrap align="start">
          <Form.Item label={t.treasury} name="treasuryOrBank">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label={t.accountNumber} name="accountNumber">
            <Input maxLength={64} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t.accountName} name="accountName">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
        </Space>
        <Space size="middle" wrap align="start">
          <Form.Item label={t.collectingBody} name="collectingBody">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label={t.executingBody} name="executingBody">
            <Input maxLength={300} style={{ width: 320 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t.cooperatingBodies} name="cooperatingBodies">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t.recipients} name="recipients">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Card>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t.save}
        </Button>
      )}
    </Form>
  );
}

import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { download, uploadForm, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { formatBytes, formatDateTime } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { useCaseMutation } from './use-case-mutation';

type Evidence = Schemas['EvidenceDto'];

/** Chứng cứ: drag-and-drop upload (type recognised by the server from the bytes), SHA-256 and size shown, download. */
export function EvidenceTab({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const list = useQuery(caseQueries.evidence(caseId));
  const violations = useQuery(caseQueries.violations(caseId));
  const { message } = App.useApp();
  const [description, setDescription] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [violationId, setViolationId] = useState<string | undefined>();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const upload = useCaseMutation(
    (file: File) => {
      const form = new FormData();
      if (violationId) form.append('violationId', violationId);
      if (description.trim()) form.append('description', description.trim());
      if (sourceUrl.trim()) form.append('sourceUrl', sourceUrl.trim());
      form.append('file', file, file.name);
      return uploadForm<Evidence>(`/api/cases/${caseId}/evidence`, form);
    },
    (e) => vi.evidence.uploaded(e.fileName),
  );

  return (
    <>
      {canEdit && (
        <div style={{ marginBottom: 16 }}>
          <Form layout="vertical">
            <Space size="large" wrap style={{ width: '100%' }} styles={{ item: { flex: 1, minWidth: 260 } }}>
              <Form.Item label={vi.evidence.violation} htmlFor="evidence-violation">
                <Select
                  id="evidence-violation"
                  allowClear
                  value={violationId}
                  onChange={setViolationId}
                  options={(violations.data ?? []).map((v) => ({ value: v.id, label: v.descriptionVi }))}
                />
              </Form.Item>
              <Form.Item label={vi.evidence.description} htmlFor="evidence-description">
                <Input id="evidence-description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
              </Form.Item>
              <Form.Item label={vi.evidence.sourceUrl} htmlFor="evidence-source">
                <Input id="evidence-source" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} placeholder="https://" />
              </Form.Item>
            </Space>
          </Form>
          <ErrorAlert error={upload.error} />
          <Upload.Dragger
            multiple
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file, onSuccess, onError }) =>
              upload.mutate(file as File, { onSuccess: (r) => onSuccess?.(r), onError: (e) => onError?.(e instanceof Error ? e : new Error(String(e))) })
            }
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{upload.isPending ? vi.common.loading : vi.evidence.drop}</p>
            <p className="ant-upload-hint">{vi.evidence.dropHint}</p>
          </Upload.Dragger>
        </div>
      )}
      <ErrorAlert error={downloadError} />
      <Table<Evidence>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data}
        locale={{ emptyText: vi.evidence.empty }}
        columns={[
          // The type goes under the name: the hash needs the width (two lines of 32 characters, not a column of four).
          { title: vi.evidence.fileName, dataIndex: 'fileName', render: (n: string, e) => <><div>{n}</div><div style={{ color: '#666', fontSize: 12 }}>{e.contentType}</div>{e.description && <div style={{ color: '#666', fontSize: 12 }}>{e.description}</div>}</> },
          { title: vi.evidence.size, dataIndex: 'size', width: 80, align: 'right', render: formatBytes },
          { title: vi.evidence.hash, dataIndex: 'sha256', width: 270, render: (h: string) => <span className="mono" style={{ fontSize: 12, wordBreak: 'break-all' }}>{h}</span> },
          { title: vi.evidence.uploadedAt, dataIndex: 'uploadedAt', width: 150, render: formatDateTime },
          {
            title: vi.common.download,
            key: 'download',
            width: 110,
            render: (_: unknown, e) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                aria-label={`${vi.common.download} ${e.fileName}`}
                onClick={() => {
                  setDownloadError(null);
                  download(`/api/cases/${caseId}/evidence/${e.id}`, e.fileName).catch((err: unknown) => {
                    setDownloadError(err);
                    void message.error(vi.errors.refused);
                  });
                }}
              >
                {vi.common.download}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

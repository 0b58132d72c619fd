// Attached documents: PDF scans of the signed texts, uploaded as-is (the server checks type, size and
// keeps a SHA-256), downloadable by everyone who may read the agreement.
import { Anchor, Button, Card, FileInput, Group, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { agreementCalls, uploadDocument, useAgreementMutation } from './agreements.api';
import type { AgreementDetail } from './agreements.types';

export function DocumentsTab({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const a = detail.agreement;
  const calls = agreementCalls(a.tenantCode, a.id);
  const canWrite = hasPermission(useCurrentUser(), 'agreements:write');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const upload = useAgreementMutation(a.tenantCode, (input: { file: File; title: string }) => uploadDocument(a.tenantCode, a.id, input.file, input.title));
  const remove = useAgreementMutation(a.tenantCode, calls.removeDocument);

  return (
    <>
      {canWrite && (
        <Card withBorder mb="md">
          <Group align="flex-end">
            <FileInput label={t('agreements.documents.file')} accept="application/pdf" value={file} onChange={setFile} w={300} data-testid="document-file" />
            <TextInput label={t('agreements.documents.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={300} />
            <Button disabled={!file} loading={upload.isPending} data-testid="document-upload" onClick={() => file && upload.mutate({ file, title }, {
              onSuccess: () => { setFile(null); setTitle(''); notifications.show({ color: 'green', message: t('agreements.documents.uploaded') }); },
            })}>{t('agreements.documents.upload')}</Button>
          </Group>
          {(upload.error ?? remove.error) && <ErrorAlert error={upload.error ?? remove.error} />}
        </Card>
      )}
      {detail.documents.length === 0 ? <Text c="dimmed">{t('agreements.documents.none')}</Text> : (
        <Card withBorder padding={0}>
          <Table data-testid="documents-table">
            <Table.Tbody>
              {detail.documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td><Anchor href={calls.fileUrl(`documents/${d.id}`)} fw={600}>{d.title}</Anchor><Text fz="xs" c="dimmed">{d.filename} · SHA-256 {d.sha256.slice(0, 12)}…</Text></Table.Td>
                  <Table.Td ta="right">{f.number(Math.ceil(d.size / 1024))} KB</Table.Td>
                  <Table.Td>{f.dateTime(d.uploadedAt)} · {d.uploadedBy}</Table.Td>
                  {canWrite && <Table.Td><Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(d.id)}>{t('agreements.documents.remove')}</Button></Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}

// The claim's document checklist: each required or optional paper with its status, the uploaded files
// (open, verify, reject) and an upload button per slot. Missing required papers are red, so the operator
// sees at a glance what the family must still bring.
import { Alert, Anchor, Badge, Button, Card, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useLangText } from './claim-text';
import { documentUrl, useChecklist, useDecideDocument, useUploadDocument, type Checklist, type ClaimDocument } from './claim-documents.api';
import { RejectModal } from './reject-modal';

const STATUS_COLOR = { missing: 'red', received: 'yellow', verified: 'teal', rejected: 'gray' } as const;
type Item = Checklist['items'][number];

interface Rights { canUpload: boolean; canVerify: boolean; canOpen: boolean }

export function ChecklistPanel({ tenant, claimId, rights }: { tenant: string; claimId: number; rights: Rights }) {
  const { t } = useTranslation();
  const text = useLangText();
  const checklist = useChecklist(tenant, claimId);
  const [verifying, setVerifying] = useState<ClaimDocument | null>(null);
  const [rejecting, setRejecting] = useState<ClaimDocument | null>(null);
  const decide = useDecideDocument(tenant, claimId);
  if (checklist.isError) return <ErrorAlert error={checklist.error} />;
  const data = checklist.data;
  if (!data) return null;
  const missing = data.items.filter((i) => i.required && i.status === 'missing').length;
  const unverified = data.items.filter((i) => i.required && i.status === 'received').length;
  const docsOf = (item: Item) => data.documents.filter((d) => d.requirementCode === item.code && (item.heirId === null || d.heirId === item.heirId));
  return (
    <Card withBorder data-testid="claim-checklist">
      <Title order={4} mb="xs">{t('claims.docs.title')}</Title>
      <Alert color={data.complete ? 'teal' : 'orange'} variant="light" mb="sm" data-testid="checklist-summary">
        {data.complete ? t('claims.docs.complete') : t('claims.docs.incomplete', { missing, unverified })}
      </Alert>
      <Table.ScrollContainer minWidth={700}>
        <Table>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={`${item.code}-${item.heirId ?? 0}`} data-testid={`checklist-${item.code}`} data-status={item.status}>
                <Table.Td>
                  <Text fw={500} c={item.required && item.status === 'missing' ? 'red' : undefined}>{text(item.label)}</Text>
                  <Text fz="xs" c="dimmed">{item.required ? t('claims.docs.required') : t('claims.docs.optional')}</Text>
                </Table.Td>
                <Table.Td><Badge color={STATUS_COLOR[item.status]} variant="light">{t(`claims.docs.status.${item.status}`)}</Badge></Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {docsOf(item).map((d) => (
                      <DocumentLine key={d.id} tenant={tenant} claimId={claimId} doc={d} rights={rights} onVerify={setVerifying} onReject={setRejecting} />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{rights.canUpload && <UploadButton tenant={tenant} claimId={claimId} item={item} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fz="xs" c="dimmed" mt="xs">
        {t('claims.docs.basis', { basis: data.legalBasis })}{data.confidence === 'unconfirmed' && ` (${t('claims.docs.unconfirmed')})`}
      </Text>
      <ConfirmModal opened={verifying !== null} title={t('claims.docs.verifyTitle', { name: verifying?.filename ?? '' })} body={t('claims.docs.verifyBody')}
        confirm={t('claims.docs.verify')} color="teal" pending={decide.isPending} error={decide.error} testId="verify-confirm"
        onClose={() => { setVerifying(null); decide.reset(); }}
        onConfirm={() => verifying && decide.mutate({ documentId: verifying.id, verdict: 'verified' }, { onSuccess: () => setVerifying(null) })} />
      <RejectModal doc={rejecting} decide={decide} onClose={() => { setRejecting(null); decide.reset(); }} />
    </Card>
  );
}

function DocumentLine({ tenant, claimId, doc, rights, onVerify, onReject }: {
  tenant: string; claimId: number; doc: ClaimDocument; rights: Rights; onVerify: (d: ClaimDocument) => void; onReject: (d: ClaimDocument) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="claim-document" data-status={doc.status}>
      {rights.canOpen ? <Anchor href={documentUrl(tenant, claimId, doc.id)} target="_blank" fz="sm">{doc.filename}</Anchor> : <Text fz="sm">{doc.filename}</Text>}
      <Badge size="xs" color={STATUS_COLOR[doc.status]} variant="outline">{t(`claims.docs.status.${doc.status}`)}</Badge>
      {doc.note && <Text fz="xs" c="dimmed">{doc.note}</Text>}
      {rights.canVerify && doc.status === 'received' && (
        <>
          <Button size="compact-xs" variant="light" color="teal" onClick={() => onVerify(doc)} data-testid="document-verify">{t('claims.docs.verify')}</Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onReject(doc)} data-testid="document-reject">{t('claims.docs.reject')}</Button>
        </>
      )}
    </Group>
  );
}

function UploadButton({ tenant, claimId, item }: { tenant: string; claimId: number; item: Item }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(tenant, claimId);
  return (
    <Stack gap={2} align="flex-start">
      <FileButton accept="application/pdf,image/jpeg,image/png" onChange={(file) => file && upload.mutate({ file, requirementCode: item.code, heirId: item.heirId },
        { onSuccess: () => notifications.show({ color: 'teal', message: t('claims.docs.uploaded') }) })}>
        {(props) => <Button {...props} size="compact-sm" variant="default" loading={upload.isPending} title={t('claims.docs.uploadHint')} data-testid={`upload-${item.code}`}>{t('claims.docs.upload')}</Button>}
      </FileButton>
      {upload.isError && <ErrorAlert error={upload.error} />}
    </Stack>
  );
}

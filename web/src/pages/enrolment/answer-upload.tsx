// BPJS's answer file back into Lindung: every row accounted for (activated, refused, unmatched, invalid,
// duplicate), with the error sheet for the rows that did not activate anyone.
import { Alert, Anchor, Button, Card, FileInput, Group, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { answerErrorsUrl, useUploadAnswer } from './enrolment.api';

export function AnswerUpload({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadAnswer(tenant);
  const result = upload.data;
  const bad = result ? result.refused + result.unmatched + result.invalid + result.duplicates : 0;
  return (
    <Card withBorder mb="md">
      <Title order={5} mb="sm">{t('enrolment.answer.title')}</Title>
      <Group align="flex-end">
        <FileInput label={t('enrolment.answer.file')} accept=".csv,.xlsx" value={file} onChange={setFile} w={320} data-testid="answer-file" />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)} data-testid="answer-submit">{t('enrolment.answer.submit')}</Button>
      </Group>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {result && (
        <Alert mt="sm" color={bad ? 'orange' : 'teal'} variant="light" data-testid="answer-result">
          {t('enrolment.answer.result', { ...result })}
          {bad > 0 && (
            <> <Anchor href={answerErrorsUrl(tenant, result.answerId)} fz="sm">{t('enrolment.answer.errors')}</Anchor></>
          )}
        </Alert>
      )}
    </Card>
  );
}

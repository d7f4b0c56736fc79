import {
  Button,
  Heading,
  Inline,
  Lozenge,
  ProgressBar,
  SectionMessage,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import { useEffect, useState } from 'react';
import type { Job } from '../../../storage/jobs';
import { invokeResolver } from '../../../ui/invokeResolver';

const APPEARANCE = {
  queued: 'default',
  running: 'inprogress',
  done: 'success',
  cancelled: 'moved',
  failed: 'removed',
} as const;

/**
 * Bulk jobs: start a project rescore or labeller training, watch progress, cancel.
 *
 * @example
 * <JobsPanel />
 */
export function JobsPanel() {
  const [projectKey, setProjectKey] = useState('');
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<string>();

  const refresh = async () => {
    const r = await invokeResolver<Job[]>('jobs/status', {});
    if (r.ok) setJobs(r.data);
    else setError(r.error.message);
  };
  // Load once on mount; later refreshes are explicit (buttons), so `refresh` is not a dependency.
  // biome-ignore lint/correctness/useExhaustiveDependencies: mount-only load, see above
  useEffect(() => {
    void refresh();
  }, []);

  const start = async (kind: Job['kind']) => {
    const r = await invokeResolver<Job>('jobs/start', { kind, projectKey: projectKey.trim().toUpperCase() });
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    await refresh();
  };
  const cancel = async (jobId: string) => {
    const r = await invokeResolver<Job>('jobs/cancel', { jobId });
    if (!r.ok) return setError(r.error.message);
    await refresh();
  };

  return (
    <Stack space="space.150">
      <Heading as="h3">Bulk jobs</Heading>
      <Textfield
        name="jobProject"
        placeholder="Project key, e.g. PM"
        value={projectKey}
        onChange={(e) => setProjectKey(String(e.target.value ?? ''))}
      />
      <Inline space="space.100">
        <Button onClick={() => void start('rescore-project')}>Rescore project</Button>
        <Button onClick={() => void start('train-labeller')}>Train labeller from history</Button>
        <Button appearance="subtle" onClick={() => void refresh()}>
          Refresh
        </Button>
      </Inline>
      {error ? (
        <SectionMessage appearance="error" title="Job not started">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      {jobs.map((job) => (
        <Inline key={job.id} space="space.100" alignBlock="center">
          <Lozenge appearance={APPEARANCE[job.status]}>{job.status}</Lozenge>
          <Text>{`${job.kind} ${job.projectKey}: ${job.processed}${job.total === undefined ? '' : ` of ~${job.total}`} issues, ${job.changed} changed, ${job.pages} pages${job.error ? ` — ${job.error}` : ''}`}</Text>
          {job.total ? (
            <ProgressBar ariaLabel={`${job.kind} progress`} value={Math.min(1, job.processed / job.total)} />
          ) : null}
          {job.status === 'queued' || job.status === 'running' ? (
            <Button appearance="warning" isDisabled={job.cancelRequested} onClick={() => void cancel(job.id)}>
              {job.cancelRequested ? 'Cancelling…' : 'Cancel'}
            </Button>
          ) : null}
        </Inline>
      ))}
    </Stack>
  );
}

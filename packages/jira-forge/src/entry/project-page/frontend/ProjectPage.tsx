import {
  Frame,
  Heading,
  SectionMessage,
  Spinner,
  Stack,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  Text,
  useProductContext,
} from '@forge/react';
import { useEffect, useState } from 'react';
import type { RoadmapViewData } from '../../../services/roadmapView';
import { invokeResolver } from '../../../ui/invokeResolver';
import { DuplicatesPanel } from './DuplicatesPanel';
import { OutcomesPanel } from './OutcomesPanel';
import { ReleasePlanner } from './ReleasePlanner';
import { BacklogTable, RoadmapBoard } from './RoadmapBoard';

/**
 * The "Roadmap & releases" project page: core's roadmap page in a Frame, the Now / Next / Later
 * board, the ranked backlog, the release planner, the outcomes of experiments and the duplicate
 * report.
 *
 * @example
 * ForgeReconciler.render(<ProjectPage />);
 */
export function ProjectPage() {
  const context = useProductContext() as { extension?: { project?: { key?: string } } } | undefined;
  const projectKey = context?.extension?.project?.key;
  const [data, setData] = useState<RoadmapViewData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!projectKey) return;
    void invokeResolver<RoadmapViewData>('roadmap/render', { projectKey }).then((r) =>
      r.ok ? setData(r.data) : setError(r.error.message),
    );
  }, [projectKey]);
  if (error)
    return (
      <SectionMessage appearance="error" title="Roadmap unavailable">
        <Text>{error}</Text>
      </SectionMessage>
    );
  if (!data || !projectKey) return <Spinner label="Loading roadmap" />;
  return (
    <Stack space="space.200">
      <Heading as="h2">{`${projectKey} roadmap & releases`}</Heading>
      <Tabs id="trailmap-project">
        <TabList>
          <Tab>Roadmap</Tab>
          <Tab>Backlog</Tab>
          <Tab>Release planner</Tab>
          <Tab>Outcomes</Tab>
          <Tab>Duplicates</Tab>
        </TabList>
        <TabPanel>
          <Stack space="space.200">
            {/* Core's full roadmap page (board + SVG timeline), served by static/roadmap-frame. */}
            <Frame resource="roadmap-frame" height="640px" />
            <RoadmapBoard columns={data.columns} />
          </Stack>
        </TabPanel>
        <TabPanel>
          <BacklogTable backlog={data.backlog} />
        </TabPanel>
        <TabPanel>
          <ReleasePlanner projectKey={projectKey} versions={data.versions} />
        </TabPanel>
        <TabPanel>
          <OutcomesPanel projectKey={projectKey} />
        </TabPanel>
        <TabPanel>
          <DuplicatesPanel projectKey={projectKey} />
        </TabPanel>
      </Tabs>
    </Stack>
  );
}

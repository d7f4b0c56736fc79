import { Heading, List, ListItem, SectionMessage, Stack, Text } from '@forge/react';
import type { ScoreResult } from '@trailmap/core';
import { roundScore } from '../../../scoring/scoreWithInputs';
import type { IssueScoreView } from '../../../services/issueScore';

const OP_WORD = { add: '+', subtract: '−', multiply: '×', divide: '÷' } as const;

/**
 * The score with its range and per-factor explanation, or the problems blocking a score.
 *
 * @example
 * <ScoreSummary result={scoreItem(item, 'rice')} />
 */
export function ScoreSummary({ result }: { result: ScoreResult }) {
  if (!result.ok) {
    return (
      <SectionMessage appearance="error" title="Cannot compute the score">
        <List type="unordered">
          {result.problems.map((p) => (
            <ListItem key={`${p.field}-${p.code}`}>
              <Text>{p.message}</Text>
            </ListItem>
          ))}
        </List>
      </SectionMessage>
    );
  }
  const { score, range, explanation, warnings } = result;
  const spread =
    range.low === range.high ? '' : ` (range ${roundScore(range.low)}–${roundScore(range.high)})`;
  return (
    <Stack space="space.100">
      <Heading as="h3">{`Score ${roundScore(score)}${spread}`}</Heading>
      <Text>{explanation.summary}</Text>
      <List type="unordered">
        {explanation.factors.map((f) => (
          <ListItem key={f.name}>
            <Text>{`${f.name}: ${String(f.input)} → ${OP_WORD[f.op]} ${roundScore(f.contribution)}${f.name === explanation.topFactor ? ' (moves the score most)' : ''}`}</Text>
          </ListItem>
        ))}
      </List>
      {warnings.map((w) => (
        <SectionMessage key={w} appearance="warning">
          <Text>{w}</Text>
        </SectionMessage>
      ))}
    </Stack>
  );
}

/**
 * The issue's rank in its project and why it sits above or below its neighbours.
 *
 * @example
 * <RankSummary rank={view.rank} projectKey="PM" />
 */
export function RankSummary({
  rank,
  projectKey,
}: {
  rank: IssueScoreView['rank'];
  projectKey: string | undefined;
}) {
  if (!rank) return <Text>Not ranked yet: save a score to place this issue in the project ranking.</Text>;
  return (
    <Stack space="space.050">
      <Text>{`Rank #${rank.position} in ${projectKey ?? 'the project'} (among saved scores)`}</Text>
      {rank.above ? (
        <Text>{`Below ${rank.above.key} (${rank.above.score}): ${rank.above.why}`}</Text>
      ) : (
        <Text>Top of the project.</Text>
      )}
      {rank.below ? <Text>{`Above ${rank.below.key} (${rank.below.score}): ${rank.below.why}`}</Text> : null}
    </Stack>
  );
}

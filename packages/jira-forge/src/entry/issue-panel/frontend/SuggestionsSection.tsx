import { Button, Heading, Inline, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { Suggestion, SuggestionsView } from '../../../services/duplicateSuggestions';
import { invokeResolver } from '../../../ui/invokeResolver';

/**
 * The issue panel's "Similar issues" section: likely duplicates and related ideas from core's
 * duplicate index, each with a one-click "Link" that adds a Duplicate or Relates link.
 *
 * @example
 * <SuggestionsSection issueKey="PM-1" />
 */
export function SuggestionsSection({ issueKey }: { issueKey: string }) {
  const [view, setView] = useState<SuggestionsView>();
  const [error, setError] = useState<string>();
  const [linking, setLinking] = useState<string>();

  useEffect(() => {
    void invokeResolver<SuggestionsView>('suggestions/get', { issueKey }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setView(r.data);
    });
  }, [issueKey]);

  const link = async (s: Suggestion) => {
    setLinking(s.key);
    const r = await invokeResolver<{ created: boolean }>('suggestions/link', {
      issueKey,
      targetKey: s.key,
      type: s.linkType,
    });
    setLinking(undefined);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setView(
      (v) =>
        v && { ...v, suggestions: v.suggestions.map((x) => (x.key === s.key ? { ...x, linked: true } : x)) },
    );
  };

  return (
    <Stack space="space.100">
      <Heading as="h3">Similar issues</Heading>
      {view && view.suggestions.length === 0 ? <Text>No likely duplicates or related ideas.</Text> : null}
      {view?.suggestions.map((s) => (
        <Inline key={s.key} space="space.100" alignBlock="center">
          <Lozenge appearance={s.label === 'likely duplicate' ? 'moved' : 'default'}>{s.label}</Lozenge>
          <Text>{`${s.key} ${s.summary} (${s.score.toFixed(2)})`}</Text>
          <Button isDisabled={s.linked || linking !== undefined} onClick={() => void link(s)}>
            {s.linked ? 'Linked' : linking === s.key ? 'Linking…' : 'Link'}
          </Button>
        </Inline>
      ))}
      {error ? (
        <SectionMessage appearance="error" title="Suggestions">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}

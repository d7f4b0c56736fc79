import { describe, expect, it } from 'vitest';
import { coldStartExamples, kindFromTracker, teamLabelExamples } from './coldStart';

describe('cold start', () => {
  it('maps Jira issue types to kind labels', () => {
    expect(['Bug', 'Story', 'New Feature', 'Improvement', 'Task'].map((t) => kindFromTracker(t, []))).toEqual(
      ['bug', 'feature request', 'feature request', 'improvement', undefined],
    );
  });

  it("maps Linear's default labels when the type says nothing", () => {
    expect(kindFromTracker('Issue', ['Feature'])).toBe('feature request');
    expect(kindFromTracker('Issue', ['frontend', 'Bug'])).toBe('bug');
  });

  it('turns items into kind examples and skips items of unknown kind', () => {
    const items = [
      { title: 'Crash', description: 'x', type: 'Bug', labels: [] },
      { title: 'Chore', description: '', type: 'Task', labels: [] },
    ];
    expect(coldStartExamples(items)).toEqual([{ title: 'Crash', body: 'x', labels: ['bug'] }]);
  });

  it('learns team labels without the kind labels', () => {
    const items = [{ title: 'Login fails', description: '', labels: ['auth', 'Bug'] }];
    expect(teamLabelExamples(items)).toEqual([{ title: 'Login fails', body: '', labels: ['auth'] }]);
  });
});

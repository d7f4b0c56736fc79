import { describe, expect, it } from 'vitest';
import type { DemandScore } from '../../src/reach/scoreWithDemand';
import { renderScorePage } from '../../src/routes/renderScorePage';

// Only the fields the page reads; the score itself is beside the point here.
const scored = {
  item: { key: 'ENG-1', status: 'Todo', title: '<b>Export</b>' },
  demand: { customers: [], summary: 'No customer requests.' },
  score: { ok: false, problems: [{ message: 'effort missing' }] },
  assumptions: [],
} as unknown as DemandScore;

describe('score page', () => {
  it('never renders a javascript: "Open in Linear" link, and escapes the title', () => {
    const page = renderScorePage(scored, { linearUrl: 'javascript:alert(document.cookie)' });
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<a href="#">Open in Linear</a>');
    expect(page).toContain('&lt;b&gt;Export&lt;/b&gt;');
  });

  it('keeps a real Linear link', () => {
    expect(renderScorePage(scored, { linearUrl: 'https://linear.app/acme/issue/ENG-1' })).toContain(
      '<a href="https://linear.app/acme/issue/ENG-1">Open in Linear</a>',
    );
  });
});

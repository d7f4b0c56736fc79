import type { LabelExample } from './trainLabeller';

type Seeds = Record<'bug' | 'feature request' | 'improvement' | 'question' | 'praise', readonly string[]>;

// Generic phrasings of each kind, written for Trailmap (no data set's text). They give a cold
// start the vocabulary of kinds a tracker's issue types cannot teach (questions, praise) and
// the customer's voice, which differs from how engineers title their own bugs and stories.
const SEEDS: Seeds = {
  bug: [
    'The app crashes when I open the settings page',
    'Error message when saving a report',
    'Export fails with something went wrong',
    'Button does nothing after the latest update',
    'Data disappears after refreshing the page',
    'Notifications stopped working since yesterday',
    'Search returns wrong results',
    'Page is blank and never loads',
    'Attachments are lost when I send the message',
    'Login is broken for some users',
    'Sync is not working and shows a timeout',
    'Numbers in the dashboard are incorrect',
  ],
  'feature request': [
    'Please add a dark mode',
    'It would be great to have an export to PDF',
    'Can you support single sign-on with our identity provider',
    'We need an integration with our CRM',
    'Would love the ability to schedule reports',
    'Feature request: custom fields on contacts',
    'Add an API endpoint for bulk updates',
    'Allow us to set different permissions per team',
    'We would like a mobile app for our field staff',
    'Support for multiple languages please',
    'Any plans to offer a public roadmap view',
    'Let us create our own dashboards',
  ],
  improvement: [
    'Loading the inbox is too slow',
    'Bulk edit takes too many clicks',
    'Make the search box easier to find',
    'The layout wastes space on small screens',
    'Filters should remember my last choice',
    'Improve the wording of the error messages',
    'The settings page is confusing to navigate',
    'Sorting by date should be the default',
    'Speed up the export of large reports',
    'The font is hard to read in the editor',
  ],
  question: [
    'How do I change my password?',
    'Where can I find my invoices?',
    'Is there a way to invite guests to a project?',
    'How can I reset the workspace settings?',
    'What does the archive button do?',
    'Can I move tickets between projects?',
    'Does the plan include API access?',
    'Who can see private notes?',
    'How do I connect my email account?',
    'Is it possible to test automations without affecting customers?',
  ],
  praise: [
    'Love the new reports, great work',
    'Best support tool we have used',
    'Thank you, the new editor is fantastic',
    'The team is really happy with the update',
    'Great product, our agents love it',
    'Impressive release, keep it up',
    'Really enjoying the new inbox',
    'Amazing customer service, thanks',
  ],
};

/**
 * Seed examples of each kind label, a small built-in prior for cold start: merged with the
 * tracker's own signals so that a team with no labelled feedback still gets sensible kinds,
 * including the question and praise kinds no issue type carries.
 *
 * @example
 * kindSeedExamples().some((e) => e.labels[0] === 'praise'); // => true
 */
export function kindSeedExamples(): LabelExample[] {
  return Object.entries(SEEDS).flatMap(([kind, titles]) =>
    titles.map((title) => ({ title, body: '', labels: [kind] })),
  );
}

/** Text of the sample backlog: a fictional B2B help-desk SaaS, "Relaydesk". */
import type { SampleCustomer, SampleRelease } from './model';

export const PRODUCT = 'Relaydesk';

export const TEAMS = [
  { key: 'INB', name: 'Inbox', lead: 'Maya Chen' },
  { key: 'AUT', name: 'Automation', lead: 'Tomás Ortega' },
  { key: 'INS', name: 'Insights', lead: 'Priya Raman' },
  { key: 'INT', name: 'Integrations', lead: 'Jonas Weber' },
  { key: 'PLT', name: 'Platform', lead: 'Aisha Bello' },
  { key: 'FB', name: 'Feedback', lead: 'Lena Novak' },
] as const;

export const PEOPLE = [
  'Maya Chen',
  'Tomás Ortega',
  'Priya Raman',
  'Jonas Weber',
  'Aisha Bello',
  'Lena Novak',
  'Sam Okafor',
  'Noor Haddad',
  'Elias Berg',
  'Grace Kim',
] as const;

export const INITIATIVES = [
  'Enterprise readiness',
  'AI-assisted support',
  'Self-serve growth',
  'Reporting leaders trust',
] as const;

export const THEMES = [
  'Security & compliance',
  'Agent productivity',
  'Automation',
  'Analytics',
  'Ecosystem',
] as const;

export const RELEASES: SampleRelease[] = [
  { name: '2026.10', start: '2026-09-07', end: '2026-10-16', capacity: 55, released: true },
  { name: '2026.11', start: '2026-10-19', end: '2026-11-20', capacity: 50, released: true },
  { name: '2026.12', start: '2026-11-23', end: '2027-01-08', capacity: 60, released: false },
  { name: '2027.01', start: '2027-01-11', end: '2027-02-19', capacity: 60, released: false },
  { name: '2027.02', start: '2027-02-22', end: '2027-04-02', capacity: 55, released: false },
];

export const CUSTOMERS: SampleCustomer[] = [
  { name: 'Acme Logistics', revenue: 240000, tier: 'enterprise', size: 1800 },
  { name: 'Northwind Health', revenue: 198000, tier: 'enterprise', size: 1200 },
  { name: 'Globex Retail', revenue: 156000, tier: 'enterprise', size: 950 },
  { name: 'Umbrella Insurance', revenue: 132000, tier: 'enterprise', size: 700 },
  { name: 'Initech', revenue: 64000, tier: 'growth', size: 320 },
  { name: 'Hooli Cloud', revenue: 58000, tier: 'growth', size: 410 },
  { name: 'Stark Freight', revenue: 47000, tier: 'growth', size: 260 },
  { name: 'Wayne Hospitality', revenue: 39000, tier: 'growth', size: 230 },
  { name: 'Soylent Foods', revenue: 12000, tier: 'starter', size: 45 },
  { name: 'Vandelay Imports', revenue: 9600, tier: 'starter', size: 30 },
  { name: 'Pied Piper', revenue: 7200, tier: 'starter', size: 18 },
  { name: 'Tyrell Systems', revenue: 88000, tier: 'growth', size: 540 },
];

/** Epics: team, initiative, theme, title, description, children `[type, title]`. */
export const EPICS: [string, number, number, string, string, [string, string][]][] = [
  [
    'INB',
    2,
    1,
    'Unified inbox for email, chat and WhatsApp',
    'One queue for every channel so agents stop switching tabs.',
    [
      ['Story', 'Route WhatsApp messages into the inbox'],
      ['Story', 'Merge duplicate conversations across channels'],
      ['Task', 'Channel badge on the conversation list'],
      ['Bug', 'Chat transcripts lose attachments when merged'],
    ],
  ],
  [
    'INB',
    2,
    1,
    'Collision detection and shared drafts',
    'Two agents replying to the same customer is our most embarrassing support failure.',
    [
      ['Story', 'Show who is viewing a ticket'],
      ['Story', 'Lock the reply box while a teammate is typing'],
      ['Story', 'Shared draft replies'],
    ],
  ],
  [
    'AUT',
    0,
    2,
    'SLA policies v2',
    '- Business hours per team\n- Pause on pending\n- Breach warnings where agents work',
    [
      ['Story', 'Business-hours calendars per team'],
      ['Story', 'Pause the SLA clock while a ticket is pending'],
      ['Story', 'SLA breach warnings in Slack'],
      ['Bug', 'SLA timer ignores public holidays'],
    ],
  ],
  [
    'AUT',
    1,
    1,
    'AI reply suggestions',
    'Draft replies from help-centre articles and past resolutions; agents stay in control.',
    [
      ['Story', 'Suggest replies from help-centre articles'],
      ['Story', 'Tone rewrite: friendlier or more formal'],
      ['Task', 'Thumbs up/down feedback on AI suggestions'],
      ['Story', 'Redact personal data before it reaches the model'],
    ],
  ],
  [
    'AUT',
    2,
    2,
    'Workflow automation builder',
    'Let admins build if-this-then-that rules without support from us.',
    [
      ['Story', 'Trigger automations on custom field changes'],
      ['Story', 'Delay step in automations'],
      ['Task', 'Automation run history'],
    ],
  ],
  [
    'INS',
    3,
    3,
    'Custom dashboards',
    'Support leaders rebuild our reports in spreadsheets every Monday.',
    [
      ['Story', 'Drag-and-drop dashboard layout'],
      ['Story', 'Share a dashboard with a public link'],
      ['Story', 'Scheduled dashboard emails'],
    ],
  ],
  [
    'INS',
    3,
    3,
    'CSAT and NPS surveys',
    'Measure satisfaction where the conversation happens.',
    [
      ['Story', 'Post-resolution CSAT survey'],
      ['Story', 'NPS survey campaigns'],
      ['Bug', 'CSAT score leaves out reopened tickets'],
    ],
  ],
  [
    'INT',
    0,
    4,
    'Salesforce integration v2',
    'Account context next to every ticket; the top ask from enterprise deals.',
    [
      ['Story', 'Sync account owner from Salesforce'],
      ['Story', 'Show open opportunities in the ticket sidebar'],
      ['Story', 'Two-way case sync with Salesforce'],
    ],
  ],
  [
    'INT',
    2,
    4,
    'Public API v3',
    '=Stable, documented, paginated. Partners build on it.',
    [
      ['Story', 'Cursor pagination for the ticket list'],
      ['Story', 'Signed webhooks with retries'],
      ['Task', 'Rate-limit headers on every response'],
    ],
  ],
  [
    'PLT',
    0,
    0,
    'Enterprise SSO and SCIM',
    'Blocks three enterprise renewals this quarter.',
    [
      ['Story', 'SAML SSO with Okta and Azure AD'],
      ['Story', 'SCIM user provisioning'],
      ['Story', 'Enforce SSO for all agents'],
    ],
  ],
  [
    'PLT',
    0,
    0,
    'Data residency: EU region',
    'EU customers need their tickets stored in the EU.',
    [
      ['Task', 'Stand up the EU data centre'],
      ['Story', 'Region selector at signup'],
      ['Task', 'Migrate existing EU tenants'],
    ],
  ],
  [
    'PLT',
    0,
    0,
    'Audit log',
    'Who changed what, when: a hard requirement in security reviews.',
    [
      ['Story', 'Audit log of admin changes'],
      ['Story', 'Stream the audit log to a SIEM'],
    ],
  ],
];

/** Standalone ideas: team, initiative, theme, title. */
export const IDEAS: [string, number, number, string][] = [
  ['INB', 2, 1, 'Dark mode for the agent workspace'],
  ['INB', 2, 1, 'Bulk edit tickets'],
  ['INB', 2, 1, 'Ticket templates'],
  ['INB', 2, 1, 'Canned responses with variables'],
  ['INB', 2, 1, 'Keyboard shortcut cheat sheet'],
  ['INB', 2, 1, 'Saved views shared across a team'],
  ['INB', 0, 1, 'Side conversations with other departments'],
  ['INB', 2, 1, 'Parent and child tickets'],
  ['INB', 2, 1, 'Read receipts for email replies'],
  ['INB', 2, 1, 'Undo a ticket merge'],
  ['AUT', 2, 2, 'Round-robin assignment'],
  ['AUT', 0, 2, 'Skills-based routing'],
  ['AUT', 1, 2, 'Auto-translate incoming tickets'],
  ['AUT', 1, 2, 'Chatbot handover to a human agent'],
  ['AUT', 1, 2, 'Satisfaction prediction on open tickets'],
  ['AUT', 2, 2, 'Spam filter for inbound email'],
  ['AUT', 2, 2, 'Macros marketplace'],
  ['INS', 3, 3, 'Export reports to CSV'],
  ['INS', 3, 3, 'SLA reports by customer tier'],
  ['INS', 3, 3, 'Agent performance leaderboard'],
  ['INS', 3, 3, 'Knowledge base search analytics'],
  ['INS', 1, 3, 'Customer health score'],
  ['INS', 3, 3, 'Time tracking on tickets'],
  ['INT', 2, 4, 'Jira issue linking from tickets'],
  ['INT', 2, 4, 'Linear issue linking from tickets'],
  ['INT', 2, 4, 'Slack Connect support channels'],
  ['INT', 0, 4, 'Microsoft Teams integration'],
  ['INT', 2, 4, 'Zapier triggers and actions'],
  ['INT', 2, 4, 'Voice channel via Twilio'],
  ['INT', 2, 4, 'Outbound email campaigns'],
  ['PLT', 0, 0, 'IP allow-listing'],
  ['PLT', 0, 0, 'Field-level permissions'],
  ['PLT', 0, 0, 'GDPR deletion request workflow'],
  ['PLT', 0, 0, 'Sandbox environment'],
  ['PLT', 0, 0, 'Enforce two-factor authentication'],
  ['PLT', 2, 0, 'Custom domains for the help centre'],
  ['PLT', 2, 1, 'Light agent seats (read-only)'],
  ['PLT', 2, 1, 'Offline mode for the mobile app'],
  ['PLT', 2, 1, 'Custom ticket statuses'],
  ['PLT', 2, 4, 'Multi-brand help centres'],
];

/** Past work for throughput history: team, type, title; resolved over the last ten weeks. */
export const HISTORY: [string, string, string][] = [
  ['INB', 'Bug', 'Email threading breaks on Outlook replies'],
  ['INB', 'Story', 'Snooze a ticket until a date'],
  ['INB', 'Task', 'Faster conversation list on large inboxes'],
  ['INB', 'Bug', 'Emoji in subjects shown as question marks'],
  ['AUT', 'Story', 'Assign tickets by email domain'],
  ['AUT', 'Bug', 'Automations fire twice on reopened tickets'],
  ['AUT', 'Task', 'Retry failed automation webhooks'],
  ['INS', 'Story', 'First-response-time chart'],
  ['INS', 'Bug', 'Report totals off by one day across time zones'],
  ['INS', 'Task', 'Cache dashboard queries'],
  ['INT', 'Story', 'Slack notification on new urgent tickets'],
  ['INT', 'Bug', 'Shopify order lookup times out'],
  ['INT', 'Task', 'Upgrade the HubSpot connector API version'],
  ['PLT', 'Story', 'Session timeout setting for admins'],
  ['PLT', 'Task', 'Rotate database credentials automatically'],
  ['PLT', 'Bug', 'Password reset link expires too early'],
  ['PLT', 'Story', 'Login history per agent'],
  ['INB', 'Story', 'Pin internal notes to the top of a ticket'],
  ['AUT', 'Story', 'Business rules: auto-close solved tickets after 7 days'],
  ['INS', 'Story', 'Tickets-by-tag breakdown'],
];

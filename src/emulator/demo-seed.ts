import type { EmulatorSeed } from './seed-types.js';

/**
 * The built-in demo account, used when no seed is given. Examples and tests are written against
 * exactly this account: change it only together with them. Alex (101) and Jordan (103) have a
 * desk phone ("Desk phone"). Everything not listed starts from
 * RingCentral's documented defaults (work-hours 24/7, forward-all-calls and dnd off, no custom
 * rules; sites open 24/7 with only the business-hours rule; call queues ring their members
 * longest-idle first, with RingCentral's business-hours rule and the emulator's defaults).
 */
export const DEMO_SEED: EmulatorSeed = {
  base: 'empty',
  account: { id: '37439510', mainNumber: '+16505550100', name: 'Acme Inc.', timezone: 'America/Los_Angeles' },
  // EditAccounts: the demo app also manages the company's answering rules (their writes need it).
  credentials: {
    clientId: 'demo-client-id',
    clientSecret: 'demo-client-secret',
    jwt: 'demo-jwt',
    owner: '101',
    scope: 'EditAccounts EditExtensions ReadAccounts',
  },
  extensions: [
    user('63701631004', '101', 'Alex Smith', 'alex@acme.com', 'America/Los_Angeles', {
      admin: true,
      devices: [{ id: '805183004', name: 'Desk phone', type: 'HardPhone', phoneNumber: '+16505550101' }],
    }),
    user('63707590004', '102', 'Kim Lee', 'kim@acme.com', 'America/Los_Angeles'),
    user('63701632004', '103', 'Jordan Park', 'jordan@acme.com', 'America/New_York', {
      devices: [{ id: '805184004', name: 'Desk phone', type: 'HardPhone', phoneNumber: '+12125550103' }],
    }),
    user('63701633004', '104', 'Priya Patel', 'priya@acme.com', 'America/New_York'),
    user('63701634004', '105', 'Sam Rivera', 'sam@acme.com', 'Europe/London'),
    { id: '62952430016', extensionNumber: '1200', name: 'Support Queue', type: 'Department', members: ['101', '102'] },
    // The inside-sales team (104, 105) answers the Sales Queue on weekdays; after hours it takes messages.
    {
      id: '62952434016',
      extensionNumber: '1300',
      name: 'Sales Queue',
      type: 'Department',
      members: ['104', '105'],
      businessHours: { schedule: { weeklyRanges: weekdays('08:30', '17:30') } },
    },
    {
      id: '62952431016',
      extensionNumber: '1500',
      name: 'Main IVR',
      type: 'IvrMenu',
      ivrMenu: {
        prompt: {
          mode: 'TextToSpeech',
          text: 'Thank you for calling Acme. For sales press 1, for support press 2.',
          language: { id: '1033' },
        },
        promptRepeatCount: 3,
        actions: [
          { input: '1', action: 'Connect', extension: { id: '1300' } },
          { input: '2', action: 'Connect', extension: { id: '1200' } },
          { input: '0', action: 'ConnectToOperator' },
          { input: 'NoInput', action: 'Disconnect' },
        ],
      },
    },
    { id: '62952432016', extensionNumber: '1600', name: 'After-hours Messages', type: 'Voicemail' },
    { id: '62952433016', extensionNumber: '1700', name: 'Holiday Announcement', type: 'Announcement' },
    {
      id: '84854000016',
      extensionNumber: '2001',
      name: 'London Office',
      type: 'Site',
      timezone: 'Europe/London',
      transferTo: '1500',
    },
    {
      id: '84854001016',
      extensionNumber: '3001',
      name: 'New York Office',
      type: 'Site',
      timezone: 'America/New_York',
      transferTo: '1500',
    },
  ],
  // The main number answers weekdays 09:00-17:00: in business hours it goes straight to the Main
  // IVR (Bypass), whose keys 1 and 2 lead to the two queues; after hours the company greeting,
  // then the operator (RingCentral's default). The second number reaches the IVR too.
  phoneNumbers: [{ phoneNumber: '+16505550110', usageType: 'CompanyNumber' }],
  company: {
    businessHours: { schedule: { weeklyRanges: weekdays('09:00', '17:00') } },
    rules: { 'business-hours-rule': { callHandlingAction: 'Bypass', extension: { id: '1500' } } },
  },
  // The account's IVR prompt library (audio prompts are named by their filename).
  ivrPrompts: [
    { id: '6244138004', filename: 'Main menu 2026', contentType: 'audio/wav' },
    { id: '6244139004', filename: 'Holiday menu', contentType: 'audio/mpeg' },
  ],
  customGreetings: [
    { id: '5072424004', type: 'Introductory', extension: '101', name: 'Welcome to Acme' },
    { id: '5072424005', type: 'Voicemail', extension: '101', name: 'Alex voicemail' },
  ],
};

function weekdays(from: string, to: string) {
  const day = [{ from, to }];
  return { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };
}

function user(id: string, extensionNumber: string, name: string, email: string, timezone: string, extra: object = {}) {
  return { id, extensionNumber, name, type: 'User', email, timezone, ...extra };
}

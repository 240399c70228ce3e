import { DEFAULT_PRESETS as PRESET } from './default-dispatching.js';

/**
 * RingCentral's standard (preset) greetings dictionary as the emulator serves it. It holds the
 * presets of RingCentral's defaults for new rules (default-dispatching.ts),
 * plus a few named alternatives that manifests can pick by name.
 */

export interface StandardGreeting {
  id: string;
  name: string;
  type:
    | 'Introductory'
    | 'Announcement'
    | 'ConnectingMessage'
    | 'ConnectingAudio'
    | 'Voicemail'
    | 'HoldMusic'
    | 'Company'
    | 'Unavailable'
    | 'InterruptPrompt';
  usageType: string;
  category: 'Music' | 'Message' | 'RingTones' | 'None';
  text?: string;
}

const USER = 'UserExtensionAnsweringRule';
const DEPARTMENT = 'DepartmentExtensionAnsweringRule';

export const STANDARD_GREETINGS: readonly StandardGreeting[] = [
  { id: PRESET.welcome, name: 'Default', type: 'Introductory', usageType: USER, category: 'Message' },
  { id: PRESET.connectingMessage, name: 'Default', type: 'ConnectingMessage', usageType: USER, category: 'Message' },
  { id: PRESET.connectingAudio, name: 'Acoustic', type: 'ConnectingAudio', usageType: USER, category: 'Music' },
  { id: '197376', name: 'Classical', type: 'ConnectingAudio', usageType: USER, category: 'Music' },
  { id: '197632', name: 'Jazz', type: 'ConnectingAudio', usageType: USER, category: 'Music' },
  { id: '197888', name: 'Ring Tones', type: 'ConnectingAudio', usageType: USER, category: 'RingTones' },
  { id: PRESET.voicemail, name: 'Default', type: 'Voicemail', usageType: USER, category: 'Message' },
  { id: PRESET.announcementRinging, name: 'No Answer', type: 'Announcement', usageType: USER, category: 'Message' },
  {
    id: PRESET.announcementTerminating,
    name: 'Not Available',
    type: 'Announcement',
    usageType: USER,
    category: 'Message',
  },
  { id: '67072', name: 'Closed', type: 'Announcement', usageType: USER, category: 'Message' },
  { id: '67328', name: 'Holiday', type: 'Announcement', usageType: USER, category: 'Message' },
  {
    id: '65792',
    name: 'Default',
    type: 'Introductory',
    usageType: DEPARTMENT,
    category: 'Message',
  },
  { id: '65536', name: 'Default', type: 'Company', usageType: 'CompanyAnsweringRule', category: 'Message' },
  // Company greetings a company answering rule can play instead (predefined only).
  { id: '65552', name: 'Holiday', type: 'Company', usageType: 'CompanyAnsweringRule', category: 'Message' },
  { id: '65568', name: 'Default', type: 'Company', usageType: 'CompanyAfterHoursAnsweringRule', category: 'Message' },
  { id: '65584', name: 'Closed', type: 'Company', usageType: 'CompanyAfterHoursAnsweringRule', category: 'Message' },
  { id: '262400', name: 'Default', type: 'HoldMusic', usageType: USER, category: 'Music' },
  // Call queues' own greetings: "queue full" (Unavailable) and the wait message (InterruptPrompt).
  { id: '68608', name: 'Default', type: 'Unavailable', usageType: DEPARTMENT, category: 'Message' },
  { id: '68864', name: 'Default', type: 'InterruptPrompt', usageType: DEPARTMENT, category: 'Message' },
  // Category None switches greetings of its type off ("greetings of a certain type ('Introductory',
  // 'ConnectingAudio', etc.) are switched off", DictionaryGreetingInfo.category). The emulator has them
  // for a queue's welcome, waiting music, hold music and wait message, none for the other types.
  { id: '69120', name: 'None', type: 'Introductory', usageType: DEPARTMENT, category: 'None' },
  { id: '69376', name: 'None', type: 'ConnectingAudio', usageType: DEPARTMENT, category: 'None' },
  { id: '69632', name: 'None', type: 'HoldMusic', usageType: DEPARTMENT, category: 'None' },
  { id: '69888', name: 'None', type: 'InterruptPrompt', usageType: DEPARTMENT, category: 'None' },
];

const BY_ID = new Map(STANDARD_GREETINGS.map((g) => [g.id, g]));

export function standardGreeting(id: string): StandardGreeting | undefined {
  return BY_ID.get(id);
}

/** Filter values the spec's `listStandardGreetings` accepts (anything else is a 400). */
export const GREETING_TYPE_FILTER = [
  'Introductory',
  'Announcement',
  'ConnectingMessage',
  'ConnectingAudio',
  'Voicemail',
  'Unavailable',
  'HoldMusic',
  'Company',
];

export const GREETING_USAGE_FILTER = [
  'UserExtensionAnsweringRule',
  'ExtensionAnsweringRule',
  'DepartmentExtensionAnsweringRule',
  'CompanyAnsweringRule',
  'CompanyAfterHoursAnsweringRule',
  'VoicemailExtensionAnsweringRule',
  'AnnouncementExtensionAnsweringRule',
  'SharedLinesGroupAnsweringRule',
];

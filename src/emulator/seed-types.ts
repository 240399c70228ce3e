/**
 * The seed format (JSON): the account the emulator serves. docs/emulator.md documents it; the
 * built-in demo account (demo-seed.ts) is one. A seed file extends the demo account unless it
 * says `"base": "empty"`: extensions with the id or number of a demo extension change that
 * extension, others are added.
 */

export interface SeedExtension {
  id: string;
  extensionNumber: string;
  name: string;
  /** An AllExtensionTypesEnum value: User, Department (call queue), IvrMenu, Voicemail, Announcement, Site, … */
  type: string;
  status?: string;
  email?: string;
  /** IANA time zone; default: the account's. */
  timezone?: string;
  /** The site (extension number or id) the extension belongs to. */
  site?: string;
  admin?: boolean;
  /** Users: false marks an extension not on new call handling (v2 comm-handling refused). */
  newCallHandling?: boolean;
  /** Call queues (Department): member extensions (numbers or ids); members get the agent state. */
  members?: string[];
  /** Users: initial states, as CommStateUpdateRequest bodies keyed by state id. */
  states?: Record<string, unknown>;
  /** Users: initial state rules, as CommStateBasedRuleUpdateRequest bodies (`{dispatching}`) keyed by state id. */
  stateRules?: Record<string, unknown>;
  /** Users: initial interaction rules, as CommInteractionRuleCreateRequest bodies. */
  interactionRules?: unknown[];
  /** Users: their devices (desk phones, softphones, a hot-desk phone they are logged in to). */
  devices?: SeedDevice[];
  /**
   * Users: forwarding targets besides their devices, as CommForwardingTargetResource objects
   * (IntegrationRingTarget, ImsPhoneNumberRingTarget, FmcPhoneNumberRingTarget,
   * CloudConnectorRingTarget, PhoneNumberRingTarget, CoworkerRingTarget, CoworkerAppsRingTarget).
   */
  forwardingTargets?: unknown[];
  /** Sites and call queues: initial business hours, as a UserBusinessHoursUpdateRequest body. */
  businessHours?: unknown;
  /** Sites: where the business-hours rule transfers to (number or id); default: the first IVR menu. */
  transferTo?: string;
  /** Sites and call queues: initial custom answering rules, as CreateAnsweringRuleRequest bodies. */
  answeringRules?: unknown[];
  /**
   * IVR menus: the prompt, repeat count and keys, as an IvrMenuInfoUpdate body (`{prompt,
   * promptRepeatCount, actions}`); an action's `extension.id` may be an extension number.
   * Absent: a text-to-speech prompt in English (US) with no text, 3 repeats, no keys.
   */
  ivrMenu?: unknown;
  /** Call queues: the default rules (`business-hours-rule`, `after-hours-rule`), as UpdateAnsweringRuleRequest bodies. */
  rules?: Record<string, unknown>;
  /** Call queues: their details, as a CallQueueDetailsForUpdate body. */
  queueDetails?: unknown;
  /** Call queues: overflow settings, as a CallQueueOverflowSettingsRequestResource body. */
  overflow?: unknown;
}

export interface SeedDevice {
  /** Digits, unique in the account. */
  id: string;
  name: string;
  /** RingCentral's device type; default HardPhone. */
  type?: string;
  /** E.164 number of the device. */
  phoneNumber?: string;
  /** A shared hot-desk phone the user is logged in to (rung by HotdeskRingTarget, not listed as a device). */
  hotDesk?: boolean;
}

export type SeedExtensionEntry = Partial<SeedExtension> & ({ id: string } | { extensionNumber: string });

export interface SeedCustomGreeting {
  id: string;
  /** GreetingTypeEnum: Introductory, Voicemail, Announcement, ConnectingMessage, ConnectingAudio. */
  type: string;
  /** The extension (number or id) that recorded it. */
  extension?: string;
  name?: string;
}

/** An audio prompt of the account's IVR prompt library. */
export interface SeedIvrPrompt {
  id: string;
  /** Its name (PromptInfo `filename`), what manifests write as `audio:`. */
  filename: string;
  /** Default audio/wav. */
  contentType?: string;
}

/** The company's call handling (the main number). */
export interface SeedCompany {
  /** Company business hours, as a CompanyBusinessHoursUpdateRequest body (absent: 24/7). */
  businessHours?: unknown;
  /** The default rules (`business-hours-rule`, `after-hours-rule`), as CompanyAnsweringRuleUpdate bodies. */
  rules?: Record<string, unknown>;
  /** Custom company rules, as CompanyAnsweringRuleRequest bodies, in order. */
  answeringRules?: unknown[];
}

/** A phone number of the account besides the main number. */
export interface SeedPhoneNumber {
  phoneNumber: string;
  /** MainCompanyNumber, CompanyNumber, DirectNumber, …; default CompanyNumber. */
  usageType?: string;
  /** The extension (number or id) it is assigned to. */
  extension?: string;
}

/** Adds `count` users numbered from `startNumber`, for large accounts (benchmarks). */
export interface SeedUserGenerator {
  count: number;
  startNumber?: number;
  /** Id of the first generated user; the next ones add 1000. */
  startId?: number;
  timezone?: string;
  emailDomain?: string;
  /** Call queue (number or id) the generated users join. */
  queue?: string;
}

export interface EmulatorSeed {
  base?: 'demo' | 'empty';
  account?: { id?: string; mainNumber?: string; name?: string; timezone?: string };
  /**
   * `scope`: the app's permissions, space-separated as in RingCentral's token answer (default
   * "EditExtensions ReadAccounts"); e.g. "ReadAccounts" stands for an app without EditExtensions.
   */
  credentials?: { clientId?: string; clientSecret?: string; jwt?: string; owner?: string; scope?: string };
  /** New extensions, or changes to a base extension named by its id or extension number. */
  extensions?: SeedExtensionEntry[];
  customGreetings?: SeedCustomGreeting[];
  /** The company's business hours and answering rules (replaces the base account's). */
  company?: SeedCompany;
  /** Numbers of the account besides `account.mainNumber` (added to the base account's). */
  phoneNumbers?: SeedPhoneNumber[];
  generateUsers?: SeedUserGenerator;
  /** Audio prompts of the account (added to the base account's). */
  ivrPrompts?: SeedIvrPrompt[];
  /** Requests per window per group, overriding RingCentral's defaults (light 50, medium 40, heavy 10, auth 5). */
  rateLimits?: Partial<Record<'light' | 'medium' | 'heavy' | 'auth', number>>;
}

/** A seed with everything filled in, ready to build the account from. */
export interface ResolvedSeed {
  account: { id: string; mainNumber: string; name: string; timezone: string };
  credentials: { clientId: string; clientSecret: string; jwt: string; owner: string; scope: string };
  extensions: SeedExtension[];
  customGreetings: SeedCustomGreeting[];
  company: SeedCompany;
  phoneNumbers: SeedPhoneNumber[];
  ivrPrompts: SeedIvrPrompt[];
  rateLimits: Partial<Record<'light' | 'medium' | 'heavy' | 'auth', number>>;
}

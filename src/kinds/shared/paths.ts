/** RingCentral API paths, built in one place so plans and the emulator agree on them. */

export const v2Base = (extensionId: string) => `/restapi/v2/accounts/~/extensions/${extensionId}/comm-handling`;
export const v1Extension = (extensionId: string) => `/restapi/v1.0/account/~/extension/${extensionId}`;

export const paths = {
  extensions: () => '/restapi/v1.0/account/~/extension',
  greetings: () => '/restapi/v1.0/dictionary/greeting',
  states: (ext: string) => `${v2Base(ext)}/states`,
  state: (ext: string, stateId: string) => `${v2Base(ext)}/states/${stateId}`,
  stateRules: (ext: string) => `${v2Base(ext)}/voice/state-rules`,
  stateRule: (ext: string, stateId: string) => `${v2Base(ext)}/voice/state-rules/${stateId}`,
  forwardingTargets: (ext: string) => `${v2Base(ext)}/voice/forwarding-targets`,
  interactionRules: (ext: string) => `${v2Base(ext)}/voice/interaction-rules`,
  interactionRule: (ext: string, id: string) => `${v2Base(ext)}/voice/interaction-rules/${id}`,
  businessHours: (ext: string) => `${v1Extension(ext)}/business-hours`,
  answeringRules: (ext: string) => `${v1Extension(ext)}/answering-rule`,
  answeringRule: (ext: string, id: string) => `${v1Extension(ext)}/answering-rule/${id}`,
  companyBusinessHours: () => '/restapi/v1.0/account/~/business-hours',
  companyAnsweringRules: () => '/restapi/v1.0/account/~/answering-rule',
  companyAnsweringRule: (id: string) => `/restapi/v1.0/account/~/answering-rule/${id}`,
  ivrMenus: () => '/restapi/v1.0/account/~/ivr-menus',
  ivrMenu: (id: string) => `/restapi/v1.0/account/~/ivr-menus/${id}`,
  ivrPrompts: () => '/restapi/v1.0/account/~/ivr-prompts',
  languages: () => '/restapi/v1.0/dictionary/language',
  callQueue: (id: string) => `/restapi/v1.0/account/~/call-queues/${id}`,
  callQueueMembers: (id: string) => `/restapi/v1.0/account/~/call-queues/${id}/members`,
  callQueueBulkAssign: (id: string) => `/restapi/v1.0/account/~/call-queues/${id}/bulk-assign`,
  callQueues: () => '/restapi/v1.0/account/~/call-queues',
  overflowSettings: (id: string) => `${v1Extension(id)}/overflow-settings`,
  /** Not in the spec subset: RingCentral's API reference (listAccountPhoneNumbers, Heavy group). */
  accountPhoneNumbers: () => '/restapi/v1.0/account/~/phone-number',
};

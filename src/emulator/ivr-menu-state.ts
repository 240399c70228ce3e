/**
 * An IVR menu's own settings (`/account/{accountId}/ivr-menus/{ivrMenuId}`); its name, number and
 * site live on its extension record (an `IvrMenu` extension), as RingCentral lists them there too.
 * The prompt is either text to speech in a language of the dictionary or an audio prompt of the
 * account's prompt library; `actions` are the keys, at most one per input.
 */

export const IVR_INPUTS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'Hash', 'Star', 'NoInput'];

/** IvrMenuActionsInfo.action in the spec. */
export const IVR_ACTIONS = [
  'Connect',
  'Voicemail',
  'DialByName',
  'Transfer',
  'Repeat',
  'ReturnToRoot',
  'ReturnToPrevious',
  'Disconnect',
  'ReturnToTopLevelMenu',
  'DoNothing',
  'ConnectToOperator',
  'TransferToContactCenterNumber',
  'ConnectToIncomingCallRoutingSelection',
];

export interface IvrAction {
  input: string;
  action: string;
  /** Connect and Voicemail: the extension. */
  extensionId?: string;
  /** Transfer: an E.164 number. */
  phoneNumber?: string;
}

export type IvrPrompt = { mode: 'TextToSpeech'; text?: string; languageId: string } | { mode: 'Audio'; audioId: string };

export interface IvrMenuState {
  promptRepeatCount: number;
  prompt: IvrPrompt;
  actions: IvrAction[];
}

/** An audio prompt of the account (GET …/ivr-prompts); `filename` is its name. */
export interface IvrPromptRecord {
  id: string;
  filename: string;
  contentType: string;
}

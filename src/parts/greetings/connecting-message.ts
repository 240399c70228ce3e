import { PRESET } from '../../core/defaults.js';
import { registerGreetingAction } from '../register.js';
import { promptActionPart } from './prompt-action.js';

/** `greeting.connectingMessage` = PlayConnectingMessageAction ("please hold while I connect you"). */
export const connectingMessage = registerGreetingAction(
  promptActionPart({
    key: 'connectingMessage',
    apiType: 'PlayConnectingMessageAction',
    role: 'connectingMessage',
    preset: PRESET.connectingMessage,
    step: 'connecting message',
    reviewName: 'connecting message',
    description: '"Please hold while I connect you" (PlayConnectingMessageAction).',
  }),
);

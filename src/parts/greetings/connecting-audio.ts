import { PRESET } from '../../core/defaults.js';
import { registerGreetingAction } from '../register.js';
import { promptActionPart } from './prompt-action.js';

/** `greeting.connectingAudio` = PlayConnectingPromptAction (music while connecting). */
export const connectingAudio = registerGreetingAction(
  promptActionPart({
    key: 'connectingAudio',
    apiType: 'PlayConnectingPromptAction',
    role: 'connectingAudio',
    preset: PRESET.connectingAudio,
    step: 'connecting audio',
    reviewName: 'connecting audio',
    description: 'Music while connecting (PlayConnectingPromptAction), e.g. {preset: "Acoustic"}.',
  }),
);

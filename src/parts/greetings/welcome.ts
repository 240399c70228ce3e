import { PRESET } from '../../core/defaults.js';
import { registerGreetingAction } from '../register.js';
import { promptActionPart } from './prompt-action.js';

/** `greeting.welcome` = PlayWelcomePromptAction. */
export const welcome = registerGreetingAction(
  promptActionPart({
    key: 'welcome',
    apiType: 'PlayWelcomePromptAction',
    role: 'welcome',
    preset: PRESET.welcome,
    step: 'welcome',
    reviewName: 'welcome greeting',
    description: 'Welcome greeting (PlayWelcomePromptAction).',
  }),
);

import { registerRingTarget } from '../register.js';
import { ownAppsPart } from './own-apps.js';

/** `desktop-apps` = AllDesktopRingTarget: the user's RingCentral desktop and web apps. */
export const desktopApps = registerRingTarget(ownAppsPart('desktop-apps', 'AllDesktopRingTarget', 'desktop apps'));

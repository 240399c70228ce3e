import { registerRingTarget } from '../register.js';
import { ownAppsPart } from './own-apps.js';

/** `mobile-apps` = AllMobileRingTarget: the user's RingCentral apps on phones. */
export const mobileApps = registerRingTarget(ownAppsPart('mobile-apps', 'AllMobileRingTarget', 'mobile apps'));

import { registerEnd } from '../register.js';

/**
 * The call stays in IVR menus: `target` says which (`repeat`, `previous-menu`, `top-menu`);
 * none, it stays in this one (a key that does nothing, keys the manifest does not state).
 */
export const menuEnd = registerEnd({
  type: 'menu',
  outcomeText: (e) => (e.target ? `goes back to the menu (${e.target})` : 'stays in the menu'),
  expectText: (e) => (e.target ? `back to the menu (${e.target})` : 'stays in the menu'),
});

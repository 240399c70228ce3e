/** The dispatching's split/join lives with the parts; kept here for the kinds' imports. */
export {
  joinDispatching,
  normalizeDispatching,
  splitDispatching,
  type Dispatching,
  type DispatchingParts,
} from '../../parts/dispatching-form.js';

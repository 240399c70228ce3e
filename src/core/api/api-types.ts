/**
 * RingCentral API shapes, generated from the spec subset in `spec/ringcentral-api/` by
 * openapi-typescript (`npm run gen:api-types`; never edit `openapi.generated.ts` by hand).
 * Code names the schemas it reads or writes through `ApiSchema<'Name'>` instead of `any`.
 */
import type { components, paths } from './openapi.generated.js';

export type ApiSchemas = components['schemas'];
export type ApiSchema<N extends keyof ApiSchemas> = ApiSchemas[N];
export type ApiPaths = paths;

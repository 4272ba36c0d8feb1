import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx({ tsconfig: fileURLToPath(new URL('./tsconfig.render.json', import.meta.url)) });
register('./hooks.mjs', import.meta.url);

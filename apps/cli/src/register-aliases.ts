// Compiled code still says `require('@vieclam/…')`; map it to the mirrored tree next to this file
// (dist/ after `tsc`, the sources under ts-node/jest), so it works from both. Must be imported first.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@vieclam/*': ['libs/*/src'] } });

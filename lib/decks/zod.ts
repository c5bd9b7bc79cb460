// zod as every schema of ours uses it. Jitless, configured here before any schema is built: zod
// otherwise probes `new Function` to compile fast parsers, and the app's CSP (no 'unsafe-eval')
// reports that probe as a violation in the browser even though zod catches it.
import { z } from 'zod';

z.config({ jitless: true });

export { z };

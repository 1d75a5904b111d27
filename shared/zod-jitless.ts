import { z } from 'zod';

/**
 * Zod 4 compiles a fast object parser with `new Function`, and probes for it even when a
 * Content-Security-Policy forbids eval (the page then reports a violation). Folio's CSP has no
 * 'unsafe-eval', so Zod runs jitless. The flag is read when a schema is built: every module
 * that builds schemas imports this file first.
 */
z.config({ jitless: true });

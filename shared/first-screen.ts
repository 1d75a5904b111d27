import { z } from 'zod';

/**
 * Asks for a long document's first screen only: the passages around `around` (the top when
 * absent). getDocument and documentMarks cut the same window; the reader asks again without it.
 */
export const FirstScreenSchema = z.object({ around: z.string().min(1).max(200).optional() }).strict();
export type FirstScreen = z.infer<typeof FirstScreenSchema>;

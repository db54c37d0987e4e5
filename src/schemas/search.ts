import { z } from 'astro/zod';

/** content/search/synonyms.yaml: groups of words people use for the same thing. */
export const synonymsSchema = z.object({
  groups: z
    .array(z.array(z.string().trim().min(1)).min(2, 'Mỗi nhóm cần ít nhất 2 từ: từ đầy đủ và một từ khác.'))
    .min(1),
});

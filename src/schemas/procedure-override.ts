// A unit's own facts for a shared guide: content/units/<unit>/thu-tuc/<procedure>.yaml. Only what differs
// locally (fee, time, online level, a note about the desk) is written; the rest of the guide stays shared.
import { z } from 'astro/zod';
import { keysOf, onlineLevels } from '../lib/vocabulary.ts';
import { source, text } from './common.ts';
import { feePair, processingTime } from './procedure.ts';

export const procedureOverrideSchema = z.strictObject({
  fee: feePair.optional().meta({ title: 'Phí, lệ phí' }),
  processingTime: processingTime.optional().meta({ title: 'Thời hạn giải quyết' }),
  onlineLevel: z
    .enum(keysOf(onlineLevels))
    .optional()
    .describe('Mức dịch vụ công trực tuyến tại đơn vị')
    .meta({ title: 'Mức dịch vụ công trực tuyến' }),
  localNote: text('Điều riêng của đơn vị, ví dụ quầy tiếp nhận, giờ nhận hồ sơ của thủ tục này')
    .optional()
    .meta({ title: 'Ghi chú riêng của đơn vị' }),
  sources: z
    .array(source)
    .min(1, 'cần ít nhất một nguồn')
    .describe('Văn bản của đơn vị nêu các thông tin trên')
    .meta({ title: 'Nguồn' }),
});

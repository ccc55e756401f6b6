// A unit's own facts for a shared guide: content/units/<unit>/thu-tuc/<procedure>.yaml. Only what differs
// locally (fee, time, online level, a note about the desk) is written; the rest of the guide stays shared.
// Each value carries its `cite` as in the shared guide (src/checks/procedure-facts.ts checks both).
import { z } from 'astro/zod';
import { source, text } from './common.ts';
import { feePair, onlineLevel, processingTime, provenance } from './procedure.ts';

export const procedureOverrideSchema = z.strictObject({
  fee: feePair.optional().meta({ title: 'Phí, lệ phí' }),
  processingTime: processingTime.optional().meta({ title: 'Thời hạn giải quyết' }),
  onlineLevel: onlineLevel.optional(),
  localNote: text('Điều riêng của đơn vị, ví dụ quầy tiếp nhận, giờ nhận hồ sơ của thủ tục này')
    .optional()
    .meta({ title: 'Ghi chú riêng của đơn vị' }),
  sources: z
    .array(source)
    .min(1, 'cần ít nhất một nguồn')
    .describe('Văn bản của đơn vị nêu các thông tin trên (chỉ văn bản, trang chính thức)')
    .meta({ title: 'Nguồn' }),
  provenance,
});

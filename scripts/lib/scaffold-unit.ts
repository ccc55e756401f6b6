// `npm run new -- don-vi "Phường Hồng An"`: a new unit, ready to check and build at once. Its profile
// (content/units/<unit>/unit.yaml, every required field with a hint), one LED screen, its first QR code
// (prepared, not printed) and its line in the deploy list. What the name says (level, short name, the
// committee's name) and what every commune-level unit of Hải Phòng shares (the city, the resolution that
// formed the units) are filled in; every contact is written as unknown (null), so the site says «chưa cập
// nhật» and whom to ask until the editor fills it in. Pure: scripts/new.ts reads and writes the files.
import { DEFAULT_TIME_ZONE, dateIn } from '../../src/lib/dates.ts';
import * as routes from '../../src/lib/routes.ts';
import { slugify } from '../../src/lib/slug.ts';
import { unitKinds } from '../../src/lib/vocabulary.ts';
import { collectionSpecs, kindFolders } from '../../src/schemas/index.ts';
import type { UnitProfile } from '../../src/schemas/unit.ts';
import { entryFile, ScaffoldError } from './scaffold.ts';
import type { FieldHint } from './scaffold-fields.ts';
import { formatDeployList, siteUrlVariable, type DeployedUnit } from './unit-builds.ts';

type UnitKind = keyof typeof unitKinds;

export const UNIT_EXAMPLE = 'npm run new -- don-vi "Phường Hồng An"';

/** What every unit the project serves shares: the city, and the resolution that formed its commune-level units. */
const CITY = 'Hải Phòng';
const RESOLUTION = 'Nghị quyết số 1669/NQ-UBTVQH15';
const FORMED_BY = {
  document: `${RESOLUTION} của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của thành phố ${CITY} năm 2025`,
  issuer: 'Ủy ban Thường vụ Quốc hội',
  date: '2025-06',
};

/** The contacts a new unit does not know yet: written as null, shown as «chưa cập nhật». */
const CONTACTS = [
  'address',
  'deskAddress',
  'deskHours',
  'hotline',
  'email',
  'portal',
  'zaloOa',
  'facebook',
] as const satisfies readonly (keyof UnitProfile)[];

/** The screen and the QR code a new unit starts with (their file names). */
const SCREEN = 'man-hinh-ngang';
const QR_CODE = 'ho-dan';

export interface UnitName {
  /** «Phường Hồng An» */
  name: string;
  /** «Hồng An» */
  shortName: string;
  kind: UnitKind;
  /** The unit's folder in content/units and its name everywhere: «hong-an». */
  slug: string;
}

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/** The unit's level, short name and folder, read off its full name: «Xã Tiên Lãng» → xa, «Tiên Lãng», tien-lang. */
export function parseUnitName(input: string): UnitName {
  const words = input.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    throw new ScaffoldError(`Thiếu tên đơn vị. Viết tên đầy đủ của đơn vị trong dấu ngoặc kép, ví dụ: ${UNIT_EXAMPLE}`);
  }
  for (const [kind, label] of Object.entries(unitKinds) as [UnitKind, string][]) {
    const n = label.split(' ').length;
    if (slugify(words.slice(0, n).join(' ')) !== kind) continue;
    const shortName = words.slice(n).map(capitalise).join(' ');
    const slug = slugify(shortName);
    if (!slug) {
      throw new ScaffoldError(`Thiếu tên đơn vị sau «${label}»: viết cả cấp và tên, ví dụ: ${UNIT_EXAMPLE}`);
    }
    return { name: `${label} ${shortName}`, shortName, kind, slug };
  }
  throw new ScaffoldError(
    `Tên đơn vị «${words.join(' ')}» phải bắt đầu bằng cấp của đơn vị (${Object.values(unitKinds).join(', ')}) rồi đến tên, ví dụ: ${UNIT_EXAMPLE}`,
  );
}

export interface UnitRequest {
  /** The unit's full name, as typed. */
  name: string;
  now: Date;
  /** The units content/units already holds (folders, with or without a profile). */
  existing: readonly string[];
  /** The deploy list as it is. */
  deployed: readonly DeployedUnit[];
}

export interface NewUnit extends UnitName {
  /** Files to write, under content/. */
  files: { path: string; what: string; text: string }[];
  /** The deploy list with the new unit added, as its file is written. */
  deployList: string;
  /** The profile's fields to fill first, with their hints. */
  toFill: FieldHint[];
}

/** Every file of a new unit, and the deploy list with it; refuses a unit that exists. */
export function scaffoldUnit(request: UnitRequest): NewUnit {
  const unitName = parseUnitName(request.name);
  const { name, shortName, kind, slug } = unitName;
  if (request.existing.includes(slug)) {
    throw new ScaffoldError(
      `Đã có đơn vị «${slug}» (thư mục content/units/${slug}): lệnh không ghi đè lên đơn vị có sẵn. Mở content/units/${slug}/unit.yaml để sửa hồ sơ của đơn vị đó.`,
    );
  }
  if (request.deployed.some((d) => d.unit === slug)) {
    throw new ScaffoldError(
      `deploy/units.json đã có đơn vị «${slug}» nhưng content/units không có thư mục của nó: bỏ dòng đó trong deploy/units.json rồi chạy lại lệnh.`,
    );
  }
  const today = dateIn(request.now, DEFAULT_TIME_ZONE);
  const level = unitKinds[kind].toLowerCase();
  const ofUnit = `${level} ${shortName}`;

  const profile = entryFile(
    'units',
    {
      name,
      shortName,
      kind,
      city: CITY,
      committee: `Ủy ban nhân dân ${ofUnit}`,
      ...Object.fromEntries(CONTACTS.map((field) => [field, null])),
      intro: `Chuyên trang về Nghị quyết 57-NQ/TW của ${ofUnit}: hướng dẫn thủ tục hành chính, dịch vụ công trực tuyến và kỹ năng số cho người dân.`,
      sources: [FORMED_BY],
    },
    today,
    {
      heading: [
        `Hồ sơ ${ofUnit}, tạo bằng npm run new ngày ${today}. Chỉ ghi điều văn bản nguồn nêu, không đoán.`,
        'Điều chưa biết để trống (null): trang ghi «chưa cập nhật» và chỉ nơi hỏi, cho tới khi điền.',
        `Tên, cấp và thành phố theo ${RESOLUTION}; intro viết lại theo báo cáo của đơn vị.`,
      ],
    },
  );
  const screen = entryFile(
    'screens',
    {
      name: `Màn hình LED ngang của ${ofUnit}`,
      place: 'Chưa cập nhật',
      orientation: 'ngang',
      width: 1920,
      height: 1080,
      playlist: [
        { kind: 'khau-hieu', seconds: 10 },
        { kind: 'infographic', seconds: 20 },
        { kind: 'tin-moi', seconds: 15, count: 4 },
        { kind: 'ma-qr', seconds: 15 },
      ],
      schedule: { on: '06:00', off: '22:00', offMode: 'tat' },
    },
    today,
    {
      heading: [
        `Màn hình LED đầu tiên của đơn vị (trang ${routes.kioskScreen(SCREEN)}). Khi lắp màn hình: ghi nơi đặt (place),`,
        'kích thước thật (width, height, điểm ảnh) và giờ phát. Trang tin mới chỉ hiện khi đơn vị đã có tin;',
        'thêm trang số liệu (kind: so-lieu, dataset: <tên bộ số liệu>) khi đơn vị có bộ số liệu.',
      ],
    },
  );
  const qr = entryFile(
    'qr',
    { status: 'chuan-bi', target: routes.home(), campaign: 'Tờ rơi mã QR cho hộ dân' },
    today,
    {
      variant: 'chuan-bi',
      heading: [
        `Mã QR trên tờ rơi gửi hộ dân, dẫn tới trang chủ chuyên trang. Đã chuẩn bị, chưa in (trang in: ${routes.qrLeaflet(QR_CODE)}).`,
        'In xong: đổi status thành dang-dung, ghi ngày phát hành (issued) và số bản đã in (printed). Mã đã in không được xóa hay đổi tên.',
      ],
    },
  );
  const folder = (name: 'screens' | 'qr') => kindFolders(name, slug).unit ?? '';
  const profilePath = collectionSpecs.units.patterns(slug)[0] ?? `units/${slug}/unit.yaml`;
  return {
    ...unitName,
    files: [
      { path: profilePath, what: 'hồ sơ đơn vị', text: profile.text },
      { path: `${folder('screens')}/${SCREEN}.yaml`, what: 'màn hình LED', text: screen.text },
      { path: `${folder('qr')}/${QR_CODE}.yaml`, what: 'mã QR đầu tiên (đã chuẩn bị, chưa in)', text: qr.text },
    ],
    deployList: formatDeployList([...request.deployed, { unit: slug, base: '/' }]),
    toFill: [
      { field: 'intro', hint: 'viết lại một đến ba câu giới thiệu theo báo cáo của đơn vị' },
      { field: 'sources', hint: 'thêm báo cáo của đơn vị làm nguồn (văn bản, cơ quan ban hành, ngày)' },
      ...profile.toFill,
    ],
  };
}

/** What `npm run new -- don-vi` prints once the unit is written. */
export function unitReport(made: NewUnit): string {
  const width = Math.max(...made.files.map((f) => f.path.length)) + 10;
  return [
    `✓ Đã tạo đơn vị «${made.name}» (${made.slug}):`,
    ...made.files.map((f) => `  ${`content/${f.path}`.padEnd(width)}${f.what}`),
    `  ${'deploy/units.json'.padEnd(width)}thêm «${made.slug}», đường dẫn gốc /`,
    '',
    `Điền trước tiên, trong content/units/${made.slug}/unit.yaml (điều chưa biết cứ để trống: trang ghi «chưa cập nhật»):`,
    ...made.toFill.map((f) => `  • ${f.field}: ${f.hint}`),
    '',
    'Lưu ý:',
    `  • Thành phố (${CITY}) và nguồn (${RESOLUTION}) đã điền sẵn: sửa nếu đơn vị không thuộc ${CITY}.`,
    '  • Trang dùng chung các hướng dẫn thủ tục, hỏi đáp và bài tuyên truyền của mọi đơn vị; tin, số liệu của đơn vị thêm bằng npm run new -- tin, so-lieu … --unit ' +
      `${made.slug}.`,
    `  • Mã QR ${QR_CODE} mới chuẩn bị: in tờ rơi ở ${routes.qrLeaflet(QR_CODE)} khi chuyên trang đã có địa chỉ thật.`,
    '',
    'Bước tiếp theo:',
    '  1. npm run check: phải báo ✓ cho cả đơn vị mới.',
    `  2. SITE_UNIT=${made.slug} npm start: dựng và mở trang ở http://localhost:4321 để xem.`,
    `  3. Khi xuất bản: đặt biến ${siteUrlVariable(made.slug)} (địa chỉ của chuyên trang), xem docs/trien-khai.md.`,
  ].join('\n');
}

// The fixed lists content chooses from, each value with the Vietnamese label residents see.
// Schemas accept the keys; pages show the labels. One place for both.

export const unitKinds = { phuong: 'Phường', xa: 'Xã', 'dac-khu': 'Đặc khu' } as const;

export const procedureFields = {
  'ho-tich': 'Hộ tịch',
  'chung-thuc': 'Chứng thực',
  'cu-tru': 'Cư trú',
  'ho-kinh-doanh': 'Hộ kinh doanh',
  'dat-dai': 'Đất đai',
  'xay-dung': 'Xây dựng',
  'bao-tro-xa-hoi': 'Bảo trợ xã hội',
  'nguoi-co-cong': 'Người có công',
  'giam-ngheo': 'Giảm nghèo',
} as const;

export const lifeEvents = {
  'sinh-con': 'Sinh con',
  'ket-hon': 'Kết hôn',
  'mat-nguoi-than': 'Mất người thân',
  'chuyen-cho-o': 'Chuyển chỗ ở',
  'mo-cua-hang': 'Mở cửa hàng',
  'xay-nha': 'Xây nhà',
  'nha-dat': 'Nhà, đất',
  'giay-to': 'Giấy tờ, chứng thực',
  'ho-tro-xa-hoi': 'Trợ cấp, hỗ trợ',
} as const;

export const filingPlaces = {
  'mot-cua': 'Bộ phận một cửa (Trung tâm phục vụ hành chính công)',
  'cong-an': 'Công an cấp xã, phường, đặc khu',
} as const;

export const onlineLevels = {
  'toan-trinh': 'Trực tuyến toàn trình',
  'mot-phan': 'Trực tuyến một phần',
  'chi-truc-tiep': 'Chỉ nộp trực tiếp',
  'chua-xac-dinh': 'Chưa xác định',
} as const;

/** What one fee pays for, written after the amount: «2.000 đồng/trang». No `per`: one fee a case. */
export const feeUnits = {
  ban: 'bản',
  trang: 'trang',
  viec: 'việc',
  'hop-dong': 'hợp đồng',
} as const;

export const timeUnits = {
  'ngay-lam-viec': 'ngày làm việc',
  ngay: 'ngày',
  gio: 'giờ',
} as const;

export const documentForms = {
  'ban-chinh': 'Bản chính',
  'ban-sao': 'Bản sao',
  'ban-sao-chung-thuc': 'Bản sao có chứng thực',
  'xuat-trinh': 'Xuất trình bản chính để đối chiếu',
  'ban-chinh-hoac-ban-sao': 'Bản chính hoặc bản sao',
} as const;

/** Content groups 1.1–1.5 of the city plan 192/KH-UBND. */
export const campaignTopics = {
  'chinh-sach': '1.1. Chủ trương, chính sách',
  'nghi-quyet': '1.2. Nghị quyết 57 và mục tiêu',
  'thanh-tuu': '1.3. Kết quả, mô hình hay',
  'ho-tro': '1.4. Chính sách hỗ trợ',
  'huong-dan': '1.5. Hướng dẫn cho từng đối tượng',
} as const;

/** Topics of news and campaign material; tag pages live at /tin-tuc/chu-de/<key>/. */
export const tags = {
  'nghi-quyet-57': 'Nghị quyết 57',
  'chuyen-doi-so': 'Chuyển đổi số',
  'binh-dan-hoc-vu-so': 'Bình dân học vụ số',
  'dich-vu-cong': 'Dịch vụ công',
  'ke-hoach': 'Kế hoạch',
  'su-kien': 'Sự kiện',
  'truyen-thong': 'Truyền thông',
  'ho-kinh-doanh': 'Hộ kinh doanh',
  'ky-nang-so': 'Kỹ năng số',
} as const;

export const campaignKinds = { 'bai-viet': 'Bài viết', 'phat-thanh': 'Bài phát thanh', video: 'Video' } as const;

export const measureUnits = {
  'ho-so': 'hồ sơ',
  'thu-tuc': 'thủ tục',
  nguoi: 'người',
  'luot-nguoi': 'lượt người',
  luot: 'lượt',
  to: 'tổ',
  cum: 'cụm',
  'thiet-bi': 'thiết bị',
  'van-ban': 'văn bản',
  'bai-viet': 'tin, bài',
  'hoi-nghi': 'hội nghị',
  buoi: 'buổi',
  'man-hinh': 'màn hình',
  'san-pham': 'sản phẩm',
  thon: 'thôn',
  'phan-tram': '%',
  km2: 'km²',
  'chung-thu': 'chứng thư số',
} as const;

export const datePrecisions = { ngay: 'Biết ngày', thang: 'Chỉ biết tháng' } as const;

export const chartKinds = { cot: 'Biểu đồ cột', tron: 'Biểu đồ tròn' } as const;

export const orientations = { ngang: 'Ngang', doc: 'Dọc' } as const;

export const screenOffModes = { tat: 'Tắt (màn hình tối)', 'dong-ho': 'Đồng hồ mờ' } as const;

export const gitHosts = { github: 'GitHub', gitlab: 'GitLab' } as const;

export const qualifiers = { hon: 'hơn', khoang: 'khoảng', gan: 'gần' } as const;

export const slideKinds = {
  'so-lieu': 'Số liệu nổi bật',
  'bieu-do': 'Biểu đồ',
  infographic: 'Infographic',
  'tin-moi': 'Tin mới',
  'khau-hieu': 'Khẩu hiệu',
  'ma-qr': 'Mã QR tới trang',
} as const;

/** Measures the units' reports share, compared side by side on /so-lieu/. */
export const compareGroups = {
  'to-cong-nghe-so': 'Tổ công nghệ số cộng đồng',
  'loa-truyen-thanh': 'Loa truyền thanh cơ sở',
  'tap-huan': 'Tập huấn, hướng dẫn kỹ năng số',
} as const;

/** Kinds of page the site search knows; each indexed page names one (a filter on the search page). */
export const searchTypes = ['Thủ tục', 'Hỏi đáp', 'Tin nổi bật', 'Tuyên truyền', 'Infographic', 'Số liệu'] as const;
export type SearchType = (typeof searchTypes)[number];

export type Vocabulary = Record<string, string>;

/** The keys of a vocabulary, typed for z.enum. */
export function keysOf<T extends Vocabulary>(v: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(v) as [keyof T & string, ...(keyof T & string)[]];
}

// What residents type, and the page that must come back: first, or at least in the top three.
// Written from the resident's side before looking at results; a miss is fixed in the ranking,
// never by changing the expected page.

export interface RelevanceCase {
  query: string;
  /** Path under the base, as the result links to it (a FAQ answer by its anchor). */
  expect: string;
  rank: 1 | 3;
}

export const relevanceCases: RelevanceCase[] = [
  // Birth
  { query: 'khai sinh', expect: 'thu-tuc/dang-ky-khai-sinh/', rank: 3 },
  { query: 'dang ky khai sinh', expect: 'thu-tuc/dang-ky-khai-sinh/', rank: 1 },
  { query: 'Đăng ký khai sinh', expect: 'thu-tuc/dang-ky-khai-sinh/', rank: 1 },
  { query: 'lam giay khai sinh', expect: 'thu-tuc/dang-ky-khai-sinh/', rank: 1 },
  { query: 'sinh con', expect: 'thu-tuc/dang-ky-khai-sinh/', rank: 3 },
  { query: 'dang ky lai khai sinh', expect: 'thu-tuc/dang-ky-lai-khai-sinh/', rank: 1 },
  { query: 'the bhyt cho tre', expect: 'thu-tuc/lien-thong-khai-sinh-cap-the-bhyt/', rank: 1 },
  // Marriage, death, family
  { query: 'ket hon', expect: 'thu-tuc/dang-ky-ket-hon/', rank: 3 },
  { query: 'dang ky ket hon', expect: 'thu-tuc/dang-ky-ket-hon/', rank: 1 },
  { query: 'ket hon voi nguoi nuoc ngoai', expect: 'thu-tuc/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/', rank: 1 },
  { query: 'xac nhan tinh trang hon nhan', expect: 'thu-tuc/xac-nhan-tinh-trang-hon-nhan/', rank: 1 },
  { query: 'khai tu', expect: 'thu-tuc/dang-ky-khai-tu/', rank: 3 },
  { query: 'bao tu nguoi than', expect: 'thu-tuc/dang-ky-khai-tu/', rank: 3 },
  { query: 'giam ho', expect: 'thu-tuc/dang-ky-giam-ho/', rank: 3 },
  { query: 'nhan cha con', expect: 'thu-tuc/dang-ky-nhan-cha-me-con/', rank: 3 },
  { query: 'cai chinh ho tich', expect: 'thu-tuc/thay-doi-cai-chinh-bo-sung-thong-tin-ho-tich/', rank: 1 },
  { query: 'ban sao giay khai sinh', expect: 'thu-tuc/cap-ban-sao-trich-luc-ho-tich/', rank: 3 },
  // Certification
  { query: 'chung thuc', expect: 'thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/', rank: 3 },
  { query: 'chung thuc ban sao', expect: 'thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/', rank: 1 },
  { query: 'chứng thực chữ ký', expect: 'thu-tuc/chung-thuc-chu-ky/', rank: 1 },
  { query: 'di chuc', expect: 'thu-tuc/chung-thuc-di-chuc/', rank: 1 },
  { query: 'chung thuc hop dong', expect: 'thu-tuc/chung-thuc-hop-dong-giao-dich/', rank: 1 },
  // Residence
  { query: 'tam tru', expect: 'thu-tuc/dang-ky-tam-tru/', rank: 3 },
  { query: 'dang ky tam tru', expect: 'thu-tuc/dang-ky-tam-tru/', rank: 1 },
  { query: 'gia han tam tru', expect: 'thu-tuc/gia-han-tam-tru/', rank: 1 },
  { query: 'thuong tru', expect: 'thu-tuc/dang-ky-thuong-tru/', rank: 3 },
  { query: 'chuyen ho khau', expect: 'thu-tuc/dang-ky-thuong-tru/', rank: 3 },
  { query: 'tach ho', expect: 'thu-tuc/tach-ho/', rank: 1 },
  { query: 'khai bao tam vang', expect: 'thu-tuc/khai-bao-tam-vang/', rank: 1 },
  { query: 'CT07', expect: 'thu-tuc/xac-nhan-thong-tin-cu-tru/', rank: 1 },
  // Business, land, building, social
  { query: 'ho kinh doanh', expect: 'thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/', rank: 3 },
  { query: 'mo cua hang', expect: 'thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/', rank: 3 },
  { query: 'tam ngung kinh doanh', expect: 'thu-tuc/tam-ngung-tiep-tuc-kinh-doanh-ho-kinh-doanh/', rank: 1 },
  { query: 'xay nha', expect: 'thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le/', rank: 3 },
  { query: 'giay phep xay dung', expect: 'thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le/', rank: 1 },
  { query: 'tranh chap dat dai', expect: 'thu-tuc/hoa-giai-tranh-chap-dat-dai/', rank: 1 },
  { query: 'khuyet tat', expect: 'thu-tuc/xac-dinh-muc-do-khuyet-tat/', rank: 3 },
  { query: 'tro cap xa hoi', expect: 'thu-tuc/tro-cap-xa-hoi-hang-thang/', rank: 1 },
  // Digital services and the resolution
  { query: 'vneid', expect: 'hoi-dap/#vneid-giup-gi-khi-lam-thu-tuc', rank: 3 },
  { query: 'nghi quyet 57 la gi', expect: 'hoi-dap/#nghi-quyet-57-la-gi', rank: 3 },
  { query: 'binh dan hoc vu so', expect: 'hoi-dap/#binh-dan-hoc-vu-so-la-gi', rank: 3 },
  { query: 'lua dao tren mang', expect: 'hoi-dap/#tranh-lua-dao-khi-lam-thu-tuc-tren-mang', rank: 3 },
];

/**
 * Phrases only a guide's documents or steps hold, never its names or summary: the compact index cannot
 * answer them, so they check that Pagefind's full text still comes in below the first results.
 */
export const fullTextCases: { query: string; expect: string }[] = [
  { query: 'dong dau giap lai', expect: 'thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/' },
  { query: 'giay bao tu', expect: 'thu-tuc/dang-ky-khai-tu/' },
  { query: 'vang mat lan thu hai', expect: 'thu-tuc/hoa-giai-tranh-chap-dat-dai/' },
  { query: 'nguon goc dat', expect: 'thu-tuc/hoa-giai-tranh-chap-dat-dai/' },
  { query: 'tre bi bo roi', expect: 'thu-tuc/dang-ky-khai-sinh/' },
  { query: 'mang thai ho', expect: 'thu-tuc/dang-ky-khai-sinh/' },
  { query: 'nhiem HIV', expect: 'thu-tuc/tro-cap-xa-hoi-hang-thang/' },
  { query: 'phieu tu choi tiep nhan', expect: 'thu-tuc/dang-ky-tam-tru/' },
  { query: 'cho o hop phap', expect: 'thu-tuc/dang-ky-tam-tru/' },
  { query: 'chup anh giay to that ro net', expect: 'thu-tuc/dang-ky-khai-sinh/' },
];

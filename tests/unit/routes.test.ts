// The route builders: every address the site makes, at the root and under a base path, and what the
// route table says about each (which kind, in the sitemap or not, which file a build writes).
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

// [builder, the address it builds, the route kind of that address]
const examples: [string, string, string][] = [
  ['home', routes.home(), 'home'],
  ['news', routes.news(), 'news'],
  ['newsPage', routes.newsPage(2), 'newsPage'],
  ['newsItem', routes.newsItem('ra-mat-ma-qr'), 'newsItem'],
  ['newsTag', routes.newsTag('nghi-quyet-57'), 'newsTag'],
  ['newsFeed', routes.newsFeed(), 'newsFeed'],
  ['campaigns', routes.campaigns(), 'campaigns'],
  ['campaign', routes.campaign('nghi-quyet-57-la-gi'), 'campaign'],
  ['bulletin', routes.bulletin(), 'bulletin'],
  ['bulletinText', routes.bulletinText(), 'bulletinText'],
  ['bulletinItemText', routes.bulletinItemText('news', 'ra-mat-ma-qr'), 'bulletinItemText'],
  ['bulletinItemText', routes.bulletinItemText('campaign', 'nghi-quyet-57-la-gi'), 'bulletinItemText'],
  ['bulletinArticle', routes.bulletinArticle('news', 'ra-mat-ma-qr'), 'newsItem'],
  ['bulletinArticle', routes.bulletinArticle('campaign', 'nghi-quyet-57-la-gi'), 'campaign'],
  ['guides', routes.guides(), 'guides'],
  ['guide', routes.guide('dang-ky-khai-sinh'), 'guide'],
  ['guideSample', routes.guideSample('dang-ky-tam-tru'), 'guideSample'],
  ['faq', routes.faq(), 'faq'],
  ['faqAnswer', routes.faqAnswer('vneid-muc-2'), 'faq'],
  ['feedback', routes.feedback(), 'feedback'],
  ['figures', routes.figures(), 'figures'],
  ['dataset', routes.dataset('chuyen-doi-so-2025', 'csv'), 'datasetCsv'],
  ['dataset', routes.dataset('chuyen-doi-so-2025', 'json'), 'datasetJson'],
  ['search', routes.search(), 'search'],
  ['searchQuickIndex', routes.searchQuickIndex(), 'searchQuickIndex'],
  ['infographics', routes.infographics(), 'infographics'],
  ['infographic', routes.infographic('ho-so-truc-tuyen'), 'infographic'],
  ['kiosk', routes.kiosk(), 'kiosk'],
  ['kioskScreen', routes.kioskScreen('sanh-mot-cua'), 'kioskScreen'],
  ['kioskVersion', routes.kioskVersion(), 'kioskVersion'],
  ['qrLanding', routes.qrLanding('ho-dan'), 'qrLanding'],
  ['qrImage', routes.qrImage('ho-dan', 'png'), 'qrPng'],
  ['qrImage', routes.qrImage('ho-dan', 'svg'), 'qrSvg'],
  ['qrPrintList', routes.qrPrintList(), 'qrPrintList'],
  ['qrLeaflet', routes.qrLeaflet('ho-dan'), 'qrLeaflet'],
  ['offline', routes.offline(), 'offline'],
  ['notFound', routes.notFound(), 'notFound'],
  ['robots', routes.robots(), 'robots'],
  ['admin', routes.admin(), 'admin'],
  ['adminConfig', routes.adminConfig(), 'adminConfig'],
  ['adminCms', routes.adminCms(), 'adminCms'],
  ['favicon', routes.favicon(), 'favicon'],
  ['serviceWorker', routes.serviceWorker(), 'serviceWorker'],
  ['searchIndex', routes.searchIndex(), 'searchIndex'],
  ['sitemapIndex', routes.sitemapIndex(), 'sitemapIndex'],
  ['assets', routes.assets(), 'assets'],
];

describe('route builders', () => {
  it('build the addresses the site has always had', () => {
    expect(examples.map(([, path]) => path)).toEqual([
      '/',
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tin-tuc/ra-mat-ma-qr/',
      '/tin-tuc/chu-de/nghi-quyet-57/',
      '/tin-tuc/rss.xml',
      '/tuyen-truyen/',
      '/tuyen-truyen/nghi-quyet-57-la-gi/',
      '/truyen-thanh/',
      '/truyen-thanh/ban-tin.txt',
      '/truyen-thanh/tin-tuc/ra-mat-ma-qr.txt',
      '/truyen-thanh/tuyen-truyen/nghi-quyet-57-la-gi.txt',
      '/tin-tuc/ra-mat-ma-qr/',
      '/tuyen-truyen/nghi-quyet-57-la-gi/',
      '/thu-tuc/',
      '/thu-tuc/dang-ky-khai-sinh/',
      '/thu-tuc/dang-ky-tam-tru/ho-so-mau/',
      '/hoi-dap/',
      '/hoi-dap/#vneid-muc-2',
      '/phan-hoi/',
      '/so-lieu/',
      '/so-lieu/chuyen-doi-so-2025.csv',
      '/so-lieu/chuyen-doi-so-2025.json',
      '/tim-kiem/',
      '/tim-kiem/chi-muc.json',
      '/infographic/',
      '/infographic/ho-so-truc-tuyen/',
      '/kiosk/',
      '/kiosk/sanh-mot-cua/',
      '/kiosk/phien-ban.json',
      '/q/ho-dan/',
      '/q/ho-dan.png',
      '/q/ho-dan.svg',
      '/q/in/',
      '/q/in/ho-dan/',
      '/ngoai-tuyen/',
      '/404/',
      '/robots.txt',
      '/admin/',
      '/admin/config.yml',
      '/admin/cms/',
      '/favicon.svg',
      '/sw.js',
      '/pagefind/',
      '/sitemap-index.xml',
      '/_astro/',
    ]);
  });

  it('page 1 of the news is the news list itself', () => {
    expect(routes.newsPage(1)).toBe(routes.news());
  });

  it('files inside a folder route', () => {
    expect(routes.adminCms('cms.js')).toBe('/admin/cms/cms.js');
    expect(routes.searchIndex('pagefind.js')).toBe('/pagefind/pagefind.js');
    expect(routes.assets('*.{js,css}')).toBe('/_astro/*.{js,css}');
  });

  it("the folders of files editors publish: the web editor's media and the procedures' forms", () => {
    expect(routes.media()).toBe('/tep/');
    expect(routes.media('anh-mau.png')).toBe('/tep/anh-mau.png');
    expect(routes.forms('to-khai.pdf')).toBe('/bieu-mau/to-khai.pdf');
    expect(routes.routeOf(routes.media('anh-mau.png'))).toBeUndefined();
  });

  it('every builder is tested here, and every route kind has an example', () => {
    const helpers = [
      'bulletinSection',
      'routeKinds',
      'everyUnitPaths',
      'routeOf',
      'inSitemap',
      'builtFile',
      'addressOf',
      'firstSegments',
      // Folders of files editors publish in public/, not addresses a route makes: tested below.
      'media',
      'forms',
    ];
    const builders = Object.keys(routes).filter((name) => !helpers.includes(name));
    expect(new Set(examples.map(([builder]) => builder))).toEqual(new Set(builders));
    expect(new Set(examples.map(([, , kind]) => kind))).toEqual(new Set(Object.keys(routes.routeKinds())));
  });

  it('under a base path, with withBase', () => {
    for (const [, path] of examples) expect(withBase(path, '/nq57/')).toBe(`/nq57${path}`);
    expect(withBase(routes.guide('tach-ho'), '/nq57')).toBe('/nq57/thu-tuc/tach-ho/');
    expect(withBase(routes.home(), '/nq57/')).toBe('/nq57/');
  });
});

describe('route table', () => {
  it('finds the kind of every address', () => {
    for (const [, path, kind] of examples) expect(routes.routeOf(path), path).toBe(kind);
    expect(routes.routeOf('/khong-co-trang-nay/')).toBeUndefined();
  });

  it('the QR print list is not a code named «in»', () => {
    expect(routes.routeOf('/q/in/')).toBe('qrPrintList');
    expect(routes.routeOf('/q/in-to-roi/')).toBe('qrLanding');
  });

  it('keeps tools, screens, QR pages and error pages out of the sitemap', () => {
    const out = examples.filter(([, path]) => path.endsWith('/') && !routes.inSitemap(path)).map(([, path]) => path);
    expect(out).toEqual([
      '/tim-kiem/',
      '/kiosk/',
      '/kiosk/sanh-mot-cua/',
      '/q/ho-dan/',
      '/q/in/',
      '/q/in/ho-dan/',
      '/ngoai-tuyen/',
      '/404/',
      '/admin/',
      '/admin/cms/',
      '/pagefind/',
      '/_astro/',
    ]);
    expect(routes.inSitemap('/tin-tuc/chu-de/kiosk/')).toBe(true);
  });

  it('names the file a build writes for an address', () => {
    expect(routes.builtFile(routes.guide('tach-ho'))).toBe('thu-tuc/tach-ho/index.html');
    expect(routes.builtFile(routes.home())).toBe('index.html');
    expect(routes.builtFile(routes.notFound())).toBe('404.html');
    expect(routes.builtFile(routes.serviceWorker())).toBe('sw.js');
    expect(routes.builtFile(routes.assets('*.{js,css}'))).toBe('_astro/*.{js,css}');
  });

  it('reads the address back from a built file', () => {
    for (const [, path] of examples) expect(routes.addressOf(routes.builtFile(path))).toBe(path);
  });

  it('lists the addresses every unit publishes', () => {
    expect(routes.everyUnitPaths().sort()).toEqual(
      [
        '/',
        '/tin-tuc/',
        '/tin-tuc/rss.xml',
        '/tuyen-truyen/',
        '/truyen-thanh/',
        '/truyen-thanh/ban-tin.txt',
        '/thu-tuc/',
        '/phan-hoi/',
        '/hoi-dap/',
        '/so-lieu/',
        '/tim-kiem/',
        '/tim-kiem/chi-muc.json',
        '/infographic/',
        '/kiosk/',
        '/kiosk/phien-ban.json',
        '/q/in/',
        '/robots.txt',
      ].sort(),
    );
  });

  it('gives the lint rule the first segment of every address', () => {
    expect(routes.firstSegments()).toEqual(
      expect.arrayContaining([
        'tin-tuc',
        'truyen-thanh',
        'thu-tuc',
        'q',
        'kiosk',
        'robots.txt',
        'sw.js',
        'pagefind',
        '_astro',
      ]),
    );
    expect(routes.firstSegments()).not.toContain('');
  });
});

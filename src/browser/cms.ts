// The web editor (/admin/): Sveltia CMS from its npm package, bundled by src/integrations/web-editor.ts into
// <site>/admin/cms/ so that nothing is fetched from a CDN. It reads admin/config.yml beside the page.
import CMS from '@sveltia/cms';

// Ward editors read Vietnamese, whatever language their browser is set to: the editor picks its
// language from this list when it starts.
Object.defineProperty(navigator, 'languages', { value: ['vi', ...navigator.languages], configurable: true });

CMS.init();

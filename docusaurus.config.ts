import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkExamples from './src/plugins/remarkExamples';
import verificationPage from './src/plugins/verificationPage';
import doctorEngine from './src/plugins/doctorEngine';
import doctorRulePages from './src/plugins/doctorRulePages';

// Where the site is served. GitHub Pages project sites live under a sub-path,
// so both parts come from the environment (see README, "Publishing").
const siteUrl = process.env.SITE_URL ?? 'https://rolebook.example.com';
const baseUrl = process.env.BASE_URL ?? '/';

const config: Config = {
  title: 'Rolebook',
  tagline: 'ECS と Lambda の IAM ロールを、検証済みのスニペットで',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // The banner that warns of a wrong baseUrl is an inline script, which the hosting template's
  // content security policy would have to allow; the sub-path browser test checks baseUrl instead.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },

  // v4 turns on the Rspack bundler (about 5x faster builds here) and the
  // Docusaurus v4 defaults, including MDX without MDX 1 compatibility.
  future: { v4: true, faster: true },

  // One storage key for both locales, so a reader's tab choice (CloudFormation,
  // Terraform, ...) follows them across the language switch.
  storage: { type: 'localStorage', namespace: 'rolebook' },

  i18n: {
    defaultLocale: 'ja',
    locales: ['ja', 'en'],
    localeConfigs: {
      ja: { label: '日本語', htmlLang: 'ja' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          beforeDefaultRemarkPlugins: [[remarkExamples, { siteDir: __dirname }]],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        // One sitemap per locale (sitemap.xml, en/sitemap.xml); the search page is not a page to index.
        sitemap: { changefreq: 'weekly', priority: 0.5, ignorePatterns: ['**/search'] },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [verificationPage, doctorEngine, doctorRulePages],

  themes: [
    [
      // Offline search: the index is built with the site and queried in the
      // browser, so no request leaves the page. See docs-dev/search.md.
      require.resolve('@easyops-cn/docusaurus-search-local'),
      {
        hashed: true,
        language: ['ja', 'en'],
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    // The card link previews show (og:image, twitter:image): static/img/social-card.svg, rendered by `npm run social-card`.
    image: 'img/social-card.png',
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Rolebook',
      logo: { alt: 'Rolebook', src: 'img/favicon.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'roles', position: 'left', label: 'ロール' },
        { to: '/errors', position: 'left', label: 'エラーから調べる' },
        { to: '/doctor', position: 'left', label: 'ロールドクター' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [{ items: [{ label: '検証結果', to: '/verification' }, { label: 'エラーから調べる', to: '/errors' }, { label: 'ロールドクター', to: '/doctor' }, { label: 'ロールドクターのルール', to: '/doctor/rules' }] }],
      copyright: 'Rolebook — 掲載するすべてのスニペットは cfn-lint・TypeScript・IAM ポリシー検査で検証済みです。',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['hcl', 'json', 'yaml', 'typescript', 'bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;

import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { COMMANDS } from './lib/background/command-names';
import { corpusAssets } from './scripts/corpus-assets';

/**
 * The public half of the extension's signing key. It pins the Chrome extension id,
 * so the extension's origin (and with it the notes database) survives updates and
 * reinstalls of the unpacked build.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz1qKwg1LNdiMx/jrXIIKrkTu0S5189tF84OfElAP1REighWbHHpy1PrDB1SM4AsbMRMt1LlTw07CCPFdLZgfjhIA1riMIhZU5oxcqsE43KUpsLrjuXqd+FFAQEMYOrjKFEyOkD0Ds/YycctANrRL+X1J9ezmmdkw2FClUg76LJz7ePAjjf5hQYZpstdmcw2pW1S371+n+ygxy5PHTF9yCtF7wENmKiyj5av1+Dg1LQv1ZOj5os7fcEZ1RqRNj1D7QW/Pz7TFmB5pNQwGKAaAq+ThLOBGWQWNlPVBElssZHo3JwqQigityD3YB/KMrRWT6gw25l3/F73z6Ud1PcDowQIDAQAB';

/** Origins a user can grant one site at a time from the popup (see lib/sites/user-sites.ts). */
const USER_SITE_ORIGINS = ['http://*/*', 'https://*/*'];

/** The dictionary and its automaton (lib/dictionary/shipped.ts), fetched by frames with Han text. */
const SHIPPED_ASSET = 'matcher.bin.gz';

export default defineConfig({
  imports: false,
  // JSON.parse of a string literal starts faster than an object literal of the same data.
  vite: () => ({ plugins: [preact()], json: { stringify: true } }),
  hooks: {
    // The dictionary asset the content script fetches, and the corpus texts and provenance
    // index that the background and the reader fetch on demand.
    'build:publicAssets': (wxt, files) =>
      void files.push({ absoluteSrc: resolve('seeds', SHIPPED_ASSET), relativeDest: SHIPPED_ASSET }, ...corpusAssets(wxt.config.root)),
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings; unlimitedStorage: notes are research and must not be evicted;
    // contextMenus: "Mark as stock phrase"; scripting: run on sites the user allows.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'activeTab'],
    // Nothing beyond government hosts unless the user asks for one site in the popup.
    // MV2 has no optional_host_permissions (WXT drops the key without a word), so
    // Firefox's MV2 build lists the same origins under optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: USER_SITE_ORIGINS } : { optional_host_permissions: USER_SITE_ORIGINS }),
    action: { default_title: '__MSG_actionTitle__' },
    // Web-accessible: the card's notes frame (lib/card/notes-frame-element.tsx), the one page a
    // web page may embed, and the dictionary asset the content script fetches. Content scripts
    // run on granted sites too, so every http(s) origin; MV3 only through the per-session
    // dynamic URL, so a page cannot probe a fixed URL to learn the extension is installed.
    web_accessible_resources:
      manifestVersion === 2
        ? ['card-notes.html', SHIPPED_ASSET]
        : [{ resources: ['card-notes.html', SHIPPED_ASSET], matches: USER_SITE_ORIGINS, use_dynamic_url: true }],
    // Chrome takes four suggested keys; Firefox has no such cap, so the side panel gets one there.
    commands: browser === 'firefox' ? { ...COMMANDS, 'open-panel': { ...COMMANDS['open-panel'], suggested_key: { default: 'Alt+Shift+L' } } } : COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tifa-lens@tifa-lens.github.io',
              // 115 ESR still has users (Windows 7/8). It has scripting in MV2 (102) and
              // persistAcrossSessions (105), which lib/sites/user-sites.ts relies on; it
              // lacks the Highlight API (140), so lib/highlighter paints <tifa-mark>s there.
              strict_min_version: '115.0',
              // Required for new add-ons; Firefox before 140 ignores it (the linter warns).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The public half of the extension's signing key. It pins the Chrome extension id,
 * so the extension's origin (and with it the notes database) survives updates and
 * reinstalls of the unpacked build.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz1qKwg1LNdiMx/jrXIIKrkTu0S5189tF84OfElAP1REighWbHHpy1PrDB1SM4AsbMRMt1LlTw07CCPFdLZgfjhIA1riMIhZU5oxcqsE43KUpsLrjuXqd+FFAQEMYOrjKFEyOkD0Ds/YycctANrRL+X1J9ezmmdkw2FClUg76LJz7ePAjjf5hQYZpstdmcw2pW1S371+n+ygxy5PHTF9yCtF7wENmKiyj5av1+Dg1LQv1ZOj5os7fcEZ1RqRNj1D7QW/Pz7TFmB5pNQwGKAaAq+ThLOBGWQWNlPVBElssZHo3JwqQigityD3YB/KMrRWT6gw25l3/F73z6Ud1PcDowQIDAQAB';

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tifa-lens@tifa-lens.github.io', strict_min_version: '115.0' },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});

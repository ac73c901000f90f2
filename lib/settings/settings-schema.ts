import * as v from 'valibot';
import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';

/** A phrase the user marked as stock language themselves (context menu). */
export interface PersonalPhrase {
  id: string;
  text: string;
  kind: PhraseKind;
  comment: string;
  created: string;
}

/** Everything the user can set. Stored whole in `storage.local`, exported with the notes. */
export interface Settings {
  /** Global pause: no highlighting anywhere. */
  paused: boolean;
  /** Per-host switch; a host that is absent follows the default (on for government hosts). */
  sites: Record<string, boolean>;
  kinds: Record<PhraseKind, boolean>;
  palette: 'default' | 'colorblind';
  /** Per-kind colour overrides, `#rrggbb`. */
  colors: Partial<Record<PhraseKind, string>>;
  style: 'background' | 'underline';
  language: 'auto' | 'zh' | 'en';
  personalPhrases: PersonalPhrase[];
  /** Dictionary entry ids the user chose not to highlight. */
  hiddenEntries: string[];
}

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: {},
  kinds: Object.fromEntries(PHRASE_KINDS.map((k) => [k, true])) as Record<PhraseKind, boolean>,
  palette: 'default',
  colors: {},
  style: 'background',
  language: 'auto',
  personalPhrases: [],
  hiddenEntries: [],
};

const kind = v.picklist(PHRASE_KINDS);
const hostname = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i));
const color = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

/** Schema for imported or stored settings; every field optional, unknown keys dropped. */
const settingsSchema = v.object({
  paused: v.optional(v.boolean()),
  sites: v.optional(v.record(hostname, v.boolean())),
  kinds: v.optional(v.partial(v.object(Object.fromEntries(PHRASE_KINDS.map((k) => [k, v.boolean()]))))),
  palette: v.optional(v.picklist(['default', 'colorblind'])),
  colors: v.optional(v.partial(v.object(Object.fromEntries(PHRASE_KINDS.map((k) => [k, color]))))),
  style: v.optional(v.picklist(['background', 'underline'])),
  language: v.optional(v.picklist(['auto', 'zh', 'en'])),
  personalPhrases: v.optional(
    v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.string(), v.maxLength(80)),
          text: v.pipe(v.string(), v.minLength(2), v.maxLength(60)),
          kind,
          comment: v.pipe(v.string(), v.maxLength(2000)),
          created: v.pipe(v.string(), v.maxLength(40)),
        }),
      ),
      v.maxLength(5000),
    ),
  ),
  hiddenEntries: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(20000))),
});

/** Settings from anything stored or imported: invalid input gives the defaults, never a throw. */
export function normalizeSettings(raw: unknown): Settings {
  const parsed = v.safeParse(settingsSchema, raw ?? {});
  if (!parsed.success) return structuredClone(DEFAULT_SETTINGS);
  const s = parsed.output;
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    ...Object.fromEntries(Object.entries(s).filter(([, value]) => value !== undefined)),
    kinds: { ...DEFAULT_SETTINGS.kinds, ...(s.kinds as Partial<Record<PhraseKind, boolean>>) },
    colors: { ...(s.colors as Partial<Record<PhraseKind, string>>) },
    sites: { ...s.sites },
  } as Settings;
}

import { useRef } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/notes/export/formats';
import { useT } from '../i18n';

/** Export (all or the filtered notes, in four formats) and import (one JSON file). */
export function NotesActions({ filtered, count, onExport, onImport }: {
  filtered: boolean;
  count: number;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}) {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="notes-actions">
      <button type="button" class="button" onClick={() => input.current?.click()}>{t('notesImport')}</button>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      <details class="export-menu" ref={menu}>
        <summary class="button primary">{t('notesExport')}</summary>
        <div class="menu" role="menu">
          <p class="menu-title">{filtered ? t('notesExportFiltered', count) : t('notesExportAll', count)}</p>
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              data-format={format}
              disabled={count === 0}
              onClick={() => {
                menu.current?.removeAttribute('open');
                onExport(format);
              }}
            >
              {t(`notesFormat_${format}`)}
            </button>
          ))}
        </div>
      </details>
    </div>
  );
}

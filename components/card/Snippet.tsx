import type { ProvenanceLine } from '../../lib/provenance/lookup';

/** A context snippet of about two lines with the occurrence marked; text only. */
export function Snippet({ line }: { line: ProvenanceLine }) {
  return (
    <p class="snippet">
      {line.before && <span class="ellipsis">…</span>}
      {line.before}
      <mark>{line.match}</mark>
      {line.after}
      {line.after && <span class="ellipsis">…</span>}
    </p>
  );
}

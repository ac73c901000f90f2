/** One paragraph of a corpus document, rendered as text, with an optional marked occurrence. */
export function ParagraphText({ index, text, target, mark }: { index: number; text: string; target: boolean; mark?: { from: number; to: number } }) {
  const body =
    target && mark && mark.to <= text.length
      ? [text.slice(0, mark.from), <mark class="occurrence">{text.slice(mark.from, mark.to)}</mark>, text.slice(mark.to)]
      : text;
  return (
    <p id={`p-${index}`} data-paragraph={index} class={target ? 'paragraph target' : 'paragraph'} aria-current={target ? 'location' : undefined}>
      <span class="pnum" aria-hidden="true">{index}</span>
      {body}
    </p>
  );
}

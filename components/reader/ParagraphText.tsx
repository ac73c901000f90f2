import type { Paragraph } from '../../lib/corpus';

interface Props {
  paragraph: Paragraph;
  target: boolean;
  mark?: { from: number; to: number };
}

/** One paragraph, rendered as text, with an optional marked occurrence. */
export function ParagraphText({ paragraph, target, mark }: Props) {
  const Tag = paragraph.heading ? 'h3' : 'p';
  const text = paragraph.text;
  const body =
    target && mark && mark.to <= text.length
      ? [text.slice(0, mark.from), <mark class="occurrence">{text.slice(mark.from, mark.to)}</mark>, text.slice(mark.to)]
      : text;
  return (
    <Tag
      id={`p-${paragraph.index}`}
      data-paragraph={paragraph.index}
      class={target ? 'paragraph target' : 'paragraph'}
      aria-current={target ? 'location' : undefined}
    >
      <span class="pnum" aria-hidden="true">{paragraph.index}</span>
      {body}
    </Tag>
  );
}

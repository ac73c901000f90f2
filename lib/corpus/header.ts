/** What a speech's header block (between `第N篇:` and the salutation) says about it. */
export interface SpeechHeader {
  title: string;
  subtitle?: string;
  speaker?: string;
  date?: string;
}

const HAN = '[\\u3400-\\u9fff]';
/** `方 国 强(202_年2月20日)`, `郑志阳`: a name of two to four characters, maybe with a date. */
const SPEAKER_LINE = new RegExp(`^(${HAN}(?:\\s*${HAN}){1,3})\\s*(?:[(（]([^)）]*)[)）])?$`);
const DATE = /[0-9_X〇零一二三四五六七八九]{2,4}年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?/;

/** A stray `终` (end mark) sometimes glued to a title by the source. */
function cleanTitle(title: string): string {
  return title.trim().replace(/终$/, '').trim();
}

/** Read title, subtitle, speaker and date from the header lines of one speech. */
export function parseHeader(headerTitle: string, lines: string[]): SpeechHeader {
  const title = cleanTitle(headerTitle);
  const header: SpeechHeader = { title };
  const rest: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || cleanTitle(line) === title) continue;
    const speaker = SPEAKER_LINE.exec(line);
    if (speaker && !header.speaker) {
      header.speaker = speaker[1]!.replace(/\s+/g, '');
      const date = speaker[2] ? DATE.exec(speaker[2]) : null;
      if (date) header.date = date[0];
      continue;
    }
    const date = DATE.exec(line);
    if (date && line.length <= 20 && !header.date) {
      header.date = date[0];
      continue;
    }
    rest.push(line);
  }
  if (rest.length) header.subtitle = rest.join(' ');
  return header;
}

import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeBytes, looksBinary } from '../../../scripts/lib-scan/decode';
import { htmlToBlocks, looksLikeHtml } from '../../../scripts/lib-scan/html-text';

describe('HTML to text blocks', () => {
  it('breaks at blocks, cells, list items and <br>, never inside inline markup', () => {
    const html = '<body><p>要<b>高度</b>重视</p><table><tr><td>群众反映</td><td>强烈</td></tr></table><ul><li>一</li><li>二</li></ul><p>甲<br>乙</p></body>';
    expect(htmlToBlocks(html)).toEqual(['要高度重视', '群众反映', '强烈', '一', '二', '甲', '乙']);
  });

  it('drops script, style, noscript and template text', () => {
    const html = '<html><head><style>p{}</style><script>var a="贯彻落实"</script></head><body><noscript>求真务实</noscript><template>x</template><p>正文</p></body></html>';
    expect(htmlToBlocks(html)).toEqual(['正文']);
  });

  it('recognises HTML', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('同志们：')).toBe(false);
  });
});

describe('decoding', () => {
  const gbkBytes = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]); // 政府 in GBK

  it('reads the charset from the header or the page', () => {
    expect(charsetFromContentType('text/html; charset=GBK')).toBe('gbk');
    expect(charsetFromMeta(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(charsetFromMeta(new TextEncoder().encode('<meta charset="utf-8">'))).toBe('utf-8');
  });

  it('decodes GBK as declared, and undeclared GBK that is not valid UTF-8', () => {
    expect(decodeBytes(gbkBytes, 'text/plain; charset=gb2312')).toBe('政府');
    expect(decodeBytes(gbkBytes)).toBe('政府');
    expect(decodeBytes(new TextEncoder().encode('政府'))).toBe('政府');
  });

  it('tells binary from text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('同志们：\n下面，我讲三点意见。\n'))).toBe(false);
  });
});

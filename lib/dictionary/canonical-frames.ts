/**
 * Curated gapped frames (以…为指引) and speech ritual (同志们). A frame is stored as its fixed
 * parts and a bounded gap, so a page that fills the gap differently still matches. These
 * are the generic frames of Party-state prose, not patterns fitted to the seed speeches;
 * each gap bound is the longest filler that still reads as one noun phrase. Frames that
 * everyday prose also uses (以…为主线 in a book review, 把…摆在…位置 for furniture) are left out.
 */
import type { FrameSpec, PhraseKind } from './types';

/** One curated frame or ritual: `text` is the display form (parts joined by …). */
export interface CanonicalFrame {
  text: string;
  kind: PhraseKind;
  /** Absent for a contiguous ritual phrase. */
  frame?: FrameSpec;
}

const frame = (parts: string[], maxGap: number, kind: PhraseKind = 'frame', crossSentences = false): CanonicalFrame => ({
  text: parts.join('…'),
  kind,
  frame: crossSentences ? { parts, maxGap, crossSentences } : { parts, maxGap },
});
const ritual = (text: string): CanonicalFrame => ({ text, kind: 'ritual' });

/** Frames whose gap holds a theory, a meeting or an authority. */
const FRAMES = [
  frame(['以', '为指引'], 30),
  frame(['以', '为指导'], 30),
  frame(['以', '为统领'], 20),
  frame(['以', '为引领'], 20),
  frame(['以', '为抓手'], 20),
  frame(['以', '为总抓手'], 20),
  frame(['以', '为契机'], 25),
  frame(['以', '为根本遵循'], 30),
  frame(['坚持', '不动摇'], 20),
  frame(['深入学习贯彻', '精神'], 30),
  frame(['全面贯彻', '精神'], 30),
  frame(['传达学习', '精神'], 30),
  frame(['深入贯彻', '精神'], 30),
  frame(['认真学习贯彻', '精神'], 30),
  frame(['全面贯彻落实', '精神'], 30),
  frame(['贯彻落实', '精神'], 30),
  frame(['在', '的坚强领导下'], 20),
  frame(['在', '的正确领导下'], 20),
  frame(['把', '作为', '来抓'], 20),
  frame(['把', '落到实处'], 20),
  frame(['把', '摆在突出位置'], 20),
  frame(['围绕', '中心工作'], 15),
  frame(['高举', '伟大旗帜'], 20),
  frame(['开创', '新局面'], 16),
  frame(['谱写', '新篇章'], 16),
  frame(['更加紧密地团结在', '周围'], 30),
  frame(['一是', '二是', '三是'], 300, 'frame', true),
];

/** Frames whose gap holds a goal, a duty or a risk: the verbs of commitment, each bound to
 *  an officialese object (政治责任, 底线, 高质量发展), so everyday prose cannot fill them.
 *  守住…底线 (守住了做人的底线) and 打赢…攻坚战 (a cup final) are left out: novels and sports
 *  reports fill them; their fixed official forms are slogans instead. */
const COMMITMENTS = [
  frame(['坚决扛起', '政治责任'], 15),
  frame(['扛牢', '政治责任'], 15),
  frame(['守牢', '底线'], 15),
  frame(['兜牢', '底线'], 12),
  frame(['推动', '高质量发展'], 12),
  frame(['推动', '向纵深发展'], 12),
  frame(['奋力谱写', '篇章'], 20),
  frame(['谱写中国式现代化', '篇章'], 8),
  frame(['把思想和行动统一到', '上来'], 30),
  frame(['在思想上政治上行动上同', '保持高度一致'], 20),
  frame(['营造', '良好氛围'], 20),
  frame(['营造', '浓厚氛围'], 20),
  frame(['党对', '工作的全面领导'], 8),
  frame(['关于', '的重要论述'], 12),
];

/** The rituals of a cadre's speech: salutation, announcing the points, thanks, congratulations. */
const RITUALS = [
  ritual('同志们'),
  frame(['下面', '讲', '点意见'], 20, 'ritual'),
  frame(['讲', '点意见'], 2, 'ritual'),
  frame(['在此,我代表', '表示热烈的祝贺'], 30, 'ritual'),
  frame(['在此,我代表', '表示衷心的感谢'], 30, 'ritual'),
  ritual('表示热烈的祝贺'),
  ritual('表示衷心的感谢'),
  ritual('致以最崇高的敬意'),
  ritual('致以诚挚的问候'),
  ritual('首先,我代表'),
  ritual('各位代表'),
  ritual('请予审议'),
];

/** The rituals of an official document (公文): announcing, transmitting, closing. */
const DOCUMENT_RITUALS = [
  frame(['现将有关', '如下'], 8, 'ritual'),
  frame(['现将', '印发给你们'], 30, 'ritual'),
  ritual('特此通知'),
  ritual('自印发之日起施行'),
  ritual('请认真贯彻执行'),
  ritual('请结合实际认真贯彻落实'),
];

/** Every curated frame and ritual. */
export const CANONICAL_FRAMES: readonly CanonicalFrame[] = [...FRAMES, ...COMMITMENTS, ...RITUALS, ...DOCUMENT_RITUALS];

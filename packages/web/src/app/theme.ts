import { theme, type ThemeConfig } from 'antd';

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/**
 * Tags' text colours (antd draws a tag's text in the palette's 7th shade on its 1st): the shades
 * that reach WCAG AA (4.5:1) on their tag's background, where antd's do not (green 3.4:1,
 * orange 3.3:1, gold 2.8:1, volcano 4.4:1).
 */
const TAG_TEXT_COLORS = {
  red: '#a8071a',
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
} as const;
// antd keeps each shade twice (`green7` and the legacy `green-7`), both written to the CSS
// variable --ant-green-7: the two are overridden together
const TAG_TEXT: ThemeConfig['token'] = Object.fromEntries(
  Object.entries(TAG_TEXT_COLORS).flatMap(([color, value]) => [
    [`${color}7`, value],
    [`${color}-7`, value],
  ]),
);

const base: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a31515',
    // antd's greys (0.45) are 3.3:1 on white; WCAG AA asks 4.5:1 of text (5.7:1 here)
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // a select's placeholder names the filter: readable text (4.7:1), not antd's 0.25 grey
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    ...TAG_TEXT,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
  },
};

/**
 * 长辈模式 (适老化): body text at least 18 px, larger tap targets and near-black
 * text on white for high contrast.
 */
const large: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#9a0000',
    colorLink: '#8a0000',
    colorText: '#000000',
    colorTextSecondary: '#1a1a1a',
    colorTextTertiary: '#262626',
    colorTextDescription: '#262626',
    colorTextPlaceholder: '#595959',
    colorBorder: '#5c5c5c',
    colorBorderSecondary: '#8c8c8c',
    ...TAG_TEXT,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading1: 34,
    fontSizeHeading2: 28,
    fontSizeHeading3: 24,
    fontSizeHeading4: 21,
    fontSizeHeading5: 19,
    lineHeight: 1.6,
    controlHeight: 44,
    controlHeightSM: 36,
    controlHeightLG: 52,
  },
  components: {
    Menu: { itemHeight: 52, fontSize: 19 },
    Table: { cellPaddingBlock: 14 },
    Switch: { handleSize: 22, trackHeight: 26, trackMinWidth: 52 },
  },
};

export function appTheme(largeType: boolean): ThemeConfig {
  return largeType ? large : base;
}

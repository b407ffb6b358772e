import { theme, type ThemeConfig } from 'antd';

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

const base: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a31515',
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

// The app's chrome colours, shared by the web manifest and the layout's theme-color meta tags; app/globals.css
// holds the same values as --bg (a test keeps the two in step).
export const LIGHT_BACKGROUND = '#f7f8fa';
export const DARK_BACKGROUND = '#0d1117';

/** For the layout's `viewport.themeColor`: the browser bar follows the user's colour scheme. */
export const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: LIGHT_BACKGROUND },
  { media: '(prefers-color-scheme: dark)', color: DARK_BACKGROUND },
] as const;
